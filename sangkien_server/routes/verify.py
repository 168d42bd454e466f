"""Public certificate verification (no authentication) and the office key registry."""

from __future__ import annotations

import html
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from sangkien_desktop import protocol
from sangkien_server import certs, db, enrollment
from sangkien_server.routes.context import blocking, settings_of
from sangkien_server.routes.sync import device_of, read_json
from sangkien_server.wire import bad_request, json_response

router = APIRouter()
_MAX_SERIAL = 60


def _verification(request: Request, serial: str) -> dict[str, Any]:
    if len(serial) > _MAX_SERIAL:
        raise bad_request("Số hiệu quá dài.")
    payload = request.query_params.get("p") or request.query_params.get("h")
    with db.read_session(settings_of(request).db_url) as session:
        return certs.verify(session, serial, payload)


@router.get(f"{protocol.API_PREFIX}/verify/{{serial}}")
async def verify_json(request: Request, serial: str) -> Response:
    return json_response(await blocking(lambda: _verification(request, serial)))


@router.get("/v/{serial}", response_class=HTMLResponse)
async def verify_page(request: Request, serial: str) -> Response:
    return HTMLResponse(render_page(await blocking(lambda: _verification(request, serial))))


@router.get(f"{protocol.API_PREFIX}/keys")
async def keys(request: Request) -> Response:
    def work() -> dict[str, Any]:
        with db.read_session(settings_of(request).db_url) as session:
            return certs.keys_document(session)

    return json_response(await blocking(work))


@router.put(f"{protocol.API_PREFIX}/keys")
async def register_key(request: Request) -> Response:
    body = await read_json(request)
    key = body.get("public_key")
    if not isinstance(key, str) or certs.parse_key(key) is None:
        raise bad_request("“public_key” phải là khoá công khai dạng SKK1:MÃ_ĐƠN_VỊ:….")

    def work() -> Response:
        device = device_of(request)
        with db.write_session(settings_of(request).db_url) as session:
            enrollment.register_key(session, device.unit_id, device.device_id, key.strip())
            session.commit()
        return json_response({"protocol": protocol.PROTOCOL_VERSION, "unit_code": device.unit_code,
                              "public_key": key.strip()})

    return await blocking(work)


_COLOURS = {certs.VALID: "#1b7f3b", certs.REGISTERED: "#1b5e7f", certs.REVOKED: "#b3261e",
            certs.TAMPERED: "#b3261e", certs.UNKNOWN_ISSUER: "#8a6d00", certs.UNKNOWN_SERIAL: "#8a6d00"}
_LABELS = (("serial", "Số hiệu"), ("recipient_name", "Người nhận"), ("issued_on", "Ngày cấp"),
           ("unit_code", "Đơn vị cấp"))


def render_page(result: dict[str, Any]) -> str:
    rows = "".join(
        f"<tr><th>{label}</th><td>{html.escape(_shown(key, result[key]))}</td></tr>"
        for key, label in _LABELS if result.get(key)
    )
    revocation = result.get("revocation")
    if revocation:
        rows += (f"<tr><th>Thu hồi</th><td>{html.escape(_shown('issued_on', revocation['revoked_at']))}"
                 f" – {html.escape(revocation['reason'] or 'không ghi lý do')}</td></tr>")
    colour = _COLOURS[result["status"]]
    return f"""<!doctype html>
<html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kiểm tra giấy chứng nhận {html.escape(result["serial"])}</title>
<style>body{{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}}
h1{{color:{colour}}}th{{text-align:left;padding-right:1rem}}</style></head>
<body><p>Kiểm tra giấy chứng nhận sáng kiến</p>
<h1>{html.escape(result["headline"])}</h1>
<p>{html.escape(result["message"])}</p>
<table>{rows}</table>
<p><small>Kiểm tra lúc {html.escape(_shown("issued_on", result["checked_at"]))} (giờ UTC).</small></p>
</body></html>"""


def _shown(key: str, value: str) -> str:
    """Dates as dd/mm/yyyy, the way they are printed on the certificate."""
    if key == "issued_on" and len(value) >= 10 and value[4] == "-" and value[7] == "-":
        return f"{value[8:10]}/{value[5:7]}/{value[0:4]}"
    return str(value)
