"""Public certificate verification and the key registry (DOCUMENTS.md §10)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import requests

from sangkien_desktop.domain.certificates import PayloadClaims
from sangkien_desktop.services import signing
from sangkien_desktop.services.signing import OfficeKey
from tests.server.client import TIMEOUT, Device, enroll
from tests.support.live_server import LiveServer

NAME = "Nguyễn Thị Ngọc Ánh"


def signed_payload(key: OfficeKey, counter: int = 7) -> str:
    claims = PayloadClaims("ABC", 2024, counter, date(2024, 3, 15), NAME, b"\x01" * 8)
    return signing.sign_payload(claims, key)


def sync_print_record(device: Device, serial: str, **extra: str) -> None:
    payload = {"serial": serial, "recipient_name": NAME, "template": "B", "record_type": "reward",
               "record_id": "r-1", **extra}
    assert device.send_ok([device.op("print_record", payload)])["results"][0]["status"] == "applied"


def verify(server: LiveServer, serial: str, payload: str | None = None) -> dict[str, str]:
    params = {"p": payload} if payload else {}
    answer = requests.get(f"{server.url}/api/v1/verify/{serial}", params=params, timeout=TIMEOUT)
    assert answer.status_code == 200
    result: dict[str, str] = answer.json()
    return result


def test_keys_from_enrolment_and_put_then_verdicts(live_server: LiveServer, tmp_path: Path) -> None:
    key = OfficeKey(tmp_path / "keys", "ABC")
    device = enroll(live_server, office_public_key=key.export())
    payload = signed_payload(key)
    listed = requests.get(f"{live_server.url}/api/v1/keys", timeout=TIMEOUT).json()
    assert listed["keys"] == [{"unit_code": "CDCS-01", "public_key": key.export()}]
    assert listed["revocations"] == []
    valid = verify(live_server, "ABC-2024-00007", payload)
    assert valid["status"] == "valid"
    assert valid["recipient_name"] == NAME
    tampered = payload[:-6] + ("A" if payload[-6] != "A" else "B") + payload[-5:]
    assert verify(live_server, "ABC-2024-00007", tampered)["status"] == "tampered"
    assert verify(live_server, "ABC-2024-00008", payload)["status"] == "tampered"  # serial swapped
    # A second key of the office (new PC) is registered through PUT /keys.
    other = OfficeKey(tmp_path / "other", "ABC")
    put = requests.put(f"{live_server.url}/api/v1/keys", json={"public_key": other.export()},
                       headers=device.headers, timeout=TIMEOUT)
    assert put.status_code == 200, put.text
    assert verify(live_server, "ABC-2024-00009", signed_payload(other, 9))["status"] == "valid"
    bad = requests.put(f"{live_server.url}/api/v1/keys", json={"public_key": "SKK1:ABC:nope"},
                       headers=device.headers, timeout=TIMEOUT)
    assert bad.status_code == 400
    assert requests.put(f"{live_server.url}/api/v1/keys", json={"public_key": other.export()},
                        timeout=TIMEOUT).status_code == 401


def test_unknown_issuer_and_revocation_from_synced_print_records(live_server: LiveServer,
                                                                 tmp_path: Path) -> None:
    key = OfficeKey(tmp_path / "keys", "ABC")
    payload = signed_payload(key)
    assert verify(live_server, "ABC-2024-00007", payload)["status"] == "unknown_issuer"
    device = enroll(live_server, office_public_key=key.export())
    assert verify(live_server, "ABC-2024-00007")["status"] == "unknown_serial"
    sync_print_record(device, "ABC-2024-00007")
    assert verify(live_server, "ABC-2024-00007")["status"] == "registered"
    sync_print_record(device, "ABC-2024-00007", revoked_at="2024-05-02T03:00:00.000000Z",
                      revoke_reason="Cấp nhầm người nhận")
    revoked = verify(live_server, "ABC-2024-00007", payload)
    assert revoked["status"] == "revoked"
    listed = requests.get(f"{live_server.url}/api/v1/keys", timeout=TIMEOUT).json()
    assert listed["revocations"] == [{"serial": "ABC-2024-00007", "revoked_at": "2024-05-02T03:00:00.000000Z",
                                      "reason": "Cấp nhầm người nhận"}]
    page = requests.get(f"{live_server.url}/v/ABC-2024-00007", params={"p": payload}, timeout=TIMEOUT)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "Đã bị thu hồi" in page.text
    assert "Cấp nhầm người nhận" in page.text
    assert "02/05/2024" in page.text


def test_verification_page_in_vietnamese(live_server: LiveServer, tmp_path: Path) -> None:
    key = OfficeKey(tmp_path / "keys", "ABC")
    enroll(live_server, office_public_key=key.export())
    page = requests.get(f"{live_server.url}/v/ABC-2024-00007", params={"p": signed_payload(key)},
                        timeout=TIMEOUT)
    assert '<html lang="vi">' in page.text
    assert "Hợp lệ" in page.text
    assert NAME in page.text
    assert "15/03/2024" in page.text
    garbage = requests.get(f"{live_server.url}/v/ABC-2024-00007", params={"p": "SK1:<script>"},
                           timeout=TIMEOUT)
    assert "Không hợp lệ" in garbage.text
    assert "<script>" not in garbage.text
