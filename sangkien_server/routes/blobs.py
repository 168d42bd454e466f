"""Attachment endpoints: HEAD (what the server holds), PUT one chunk, GET the bytes back."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, Response

from sangkien_desktop import protocol
from sangkien_server import blobs, db, locks
from sangkien_server.blobs import BlobStatus
from sangkien_server.routes.context import blocking, settings_of
from sangkien_server.routes.sync import device_of
from sangkien_server.wire import PROTOCOL_HEADERS, ApiError, json_response, read_limited

router = APIRouter(prefix=f"{protocol.API_PREFIX}/blobs")


def _headers(found: BlobStatus) -> dict[str, str]:
    return {protocol.HEADER_BLOB_STATE: found.state, protocol.HEADER_BLOB_RECEIVED: str(found.received)}


def _unknown() -> ApiError:
    return ApiError(404, "unknown_blob", "Máy chủ chưa có tệp này.")


@router.head("/{sha256}")
async def head_blob(request: Request, sha256: str) -> Response:
    settings = settings_of(request)
    blobs.check_sha(sha256)

    def work() -> Response:
        device = device_of(request)
        with db.read_session(settings.db_url) as session:
            found = blobs.status(session, device.unit_id, sha256)
        if found is None:
            return Response(status_code=404, media_type="application/json",
                            headers={**PROTOCOL_HEADERS, "X-Sangkien-Error": "unknown_blob"})
        return Response(status_code=200, media_type="application/json",
                        headers={**PROTOCOL_HEADERS, **_headers(found)})

    return await blocking(work)


@router.put("/{sha256}")
async def put_blob(request: Request, sha256: str) -> Response:
    settings = settings_of(request)
    blobs.check_sha(sha256)
    data = await read_limited(request, settings.max_body_bytes)
    chunk = blobs.parse_chunk(request.headers.get("content-range"), data)

    def work() -> Response:
        device = device_of(request)
        key = f"blob:{device.unit_id}:{sha256}"
        with db.write_session(settings.db_url) as session, locks.held(session, settings.db_url, key):
            found = blobs.put_chunk(session, settings.data_dir, device.unit_id, sha256, chunk,
                                    settings.blob_max_bytes)
            session.commit()
        body = {"protocol": protocol.PROTOCOL_VERSION, "sha256": sha256, "state": found.state,
                "received": found.received, "size": found.size}
        return json_response(body, headers=_headers(found))

    return await blocking(work)


@router.get("/{sha256}")
async def get_blob(request: Request, sha256: str) -> Response:
    settings = settings_of(request)
    blobs.check_sha(sha256)

    def work() -> Response:
        device = device_of(request)
        with db.read_session(settings.db_url) as session:
            found = blobs.status(session, device.unit_id, sha256)
        if found is None or found.state != blobs.STATE_COMPLETE:
            raise _unknown()
        return FileResponse(blobs.path_of(settings.data_dir, device.unit_id, sha256),
                            media_type="application/octet-stream", headers=PROTOCOL_HEADERS)

    return await blocking(work)
