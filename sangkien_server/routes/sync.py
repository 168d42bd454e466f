"""Authenticated sync endpoints (SYNC.md §3.3)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from sangkien_desktop import protocol
from sangkien_server import auth, batches, db, locks, offline, queries, schema
from sangkien_server.auth import DeviceAuth
from sangkien_server.routes.context import blocking, settings_of
from sangkien_server.wire import (
    ApiError,
    check_protocol_header,
    check_protocol_version,
    decode_body,
    json_response,
    parse_json_object,
    raw_response,
    read_limited,
)

router = APIRouter(prefix=f"{protocol.API_PREFIX}/sync")


def device_of(request: Request) -> DeviceAuth:
    """Authenticate the request's device (blocking: call from the thread pool)."""
    settings = settings_of(request)
    check_protocol_header(request)
    auth.check_client_version(request.headers.get("user-agent"), settings.min_client_version)
    with db.read_session(settings.db_url) as session:
        return auth.authenticate(session, request.headers.get("authorization"))


def server_id_of(request: Request) -> str:
    db_url = settings_of(request).db_url
    with db.read_session(db_url) as session:
        return auth.server_id(session, db_url)


async def read_json(request: Request) -> dict[str, Any]:
    limit = settings_of(request).max_body_bytes
    return parse_json_object(decode_body(request, await read_limited(request, limit), limit))


@router.post("/batches")
async def upload_batch(request: Request) -> Response:
    settings = settings_of(request)
    raw = await read_limited(request, settings.max_body_bytes)
    data = decode_body(request, raw, settings.max_body_bytes)

    def work() -> Response:
        device = device_of(request)
        body = parse_json_object(data)
        check_protocol_version(body)
        key = request.headers.get(protocol.HEADER_IDEMPOTENCY)
        answer = batches.handle(settings.db_url, device, body, key, server_id=server_id_of(request),
                                retention_days=settings.replay_retention_days)
        return raw_response(answer.body, answer.status, hmac_key=device.hmac_key)

    return await blocking(work)


@router.get("/batches/{batch_id}")
async def replay_batch(request: Request, batch_id: str) -> Response:
    settings = settings_of(request)

    def work() -> Response:
        device = device_of(request)
        with db.write_session(settings.db_url) as session, \
                locks.held(session, settings.db_url, locks.device_key(device.device_id)):
            answer = batches.stored_answer(session, device.device_id, batch_id,
                                           settings.replay_retention_days)
        if answer is None:
            raise ApiError(404, "unknown_batch", "Máy chủ không có lô này (chưa nhận hoặc đã quá hạn lưu).")
        return raw_response(answer.body, answer.status, hmac_key=device.hmac_key)

    return await blocking(work)


@router.get("/jobs/{job_id}")
async def job(request: Request, job_id: str) -> Response:
    """This server applies every batch before answering (never 202), so it never has jobs."""

    def work() -> Response:
        device_of(request)
        raise ApiError(404, "not_found", "Máy chủ này xử lý lô ngay, không có công việc chờ nào.")

    return await blocking(work)


def _signed(request: Request, query: Callable[[Any, DeviceAuth], dict[str, Any]], *,
            write: bool = False) -> Callable[[], Response]:
    settings = settings_of(request)

    def work() -> Response:
        device = device_of(request)
        if not write:
            with db.read_session(settings.db_url) as session:
                return json_response(query(session, device), hmac_key=device.hmac_key)
        with db.write_session(settings.db_url) as session, \
                locks.held(session, settings.db_url, locks.device_key(device.device_id)):
            body = query(session, device)
            session.commit()
        return json_response(body, hmac_key=device.hmac_key)

    return work


@router.get("/state")
async def state(request: Request, epoch: int | None = Query(default=None, ge=1)) -> Response:
    server_id = await blocking(lambda: server_id_of(request))
    return await blocking(_signed(request, lambda s, d: queries.state(s, d, epoch, server_id)))


@router.post("/diff")
async def diff(request: Request) -> Response:
    pairs = schema.parse_diff(await read_json(request))
    return await blocking(_signed(request, lambda s, d: queries.diff(s, d, pairs)))


@router.get("/changes")
async def changes(request: Request, since: int = Query(default=0),
                  limit: int = Query(default=500)) -> Response:
    return await blocking(_signed(request, lambda s, d: queries.changes(s, d, since, limit)))


@router.post("/epochs")
async def epochs(request: Request) -> Response:
    return await blocking(_signed(request, queries.new_epoch, write=True))


@router.get("/ops")
async def ops(request: Request, epoch: int = Query(ge=1), after_seq: int = Query(default=0, ge=0),
              limit: int = Query(default=500)) -> Response:
    return await blocking(_signed(request, lambda s, d: queries.ops_page(s, d, epoch, after_seq, limit)))


@router.post("/import")
async def import_offline_file(request: Request) -> Response:
    """An offline delivery file (SYNC.md §9) uploaded as is (zip body); each batch's exact response
    is returned with its own signature, as if it had been sent over the network."""
    settings = settings_of(request)
    data = await read_limited(request, settings.blob_max_bytes + settings.max_body_bytes)

    def work() -> Response:
        device = device_of(request)
        summary = offline.import_bytes(settings, data, device)
        body = {
            "protocol": protocol.PROTOCOL_VERSION, "server_id": server_id_of(request),
            "device_id": device.device_id, "blobs": summary.blobs,
            "batches": [{"batch_id": batch_id, "response_body": answer.decode("utf-8"),
                         "response_signature": signature}
                        for batch_id, answer, signature in summary.responses],
        }
        return json_response(body, hmac_key=device.hmac_key)

    return await blocking(work)
