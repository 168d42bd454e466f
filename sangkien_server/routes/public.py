"""Unauthenticated endpoints: ping and enrolment."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from sangkien_desktop import protocol
from sangkien_server import auth, db, enrollment
from sangkien_server.routes.context import blocking, settings_of
from sangkien_server.wire import (
    check_protocol_version,
    decode_body,
    json_response,
    parse_json_object,
    read_limited,
    utcnow,
)

router = APIRouter(prefix=protocol.API_PREFIX)
ENROLL_LIMIT = 64 * 1024


@router.get("/ping")
async def ping(request: Request) -> Response:
    settings = settings_of(request)

    def work() -> str:
        with db.read_session(settings.db_url) as session:
            return auth.server_id(session, settings.db_url)

    server_id = await blocking(work)
    return json_response({
        "protocol": protocol.PROTOCOL_VERSION, "server_id": server_id,
        "server_time": protocol.format_utc(utcnow()), "min_client_version": settings.min_client_version,
        "message": settings.message,
    })


@router.post("/enroll", status_code=201)
async def enroll(request: Request) -> Response:
    settings = settings_of(request)
    body = parse_json_object(decode_body(request, await read_limited(request, ENROLL_LIMIT), ENROLL_LIMIT))
    check_protocol_version(body)

    def work() -> dict[str, object]:
        with db.write_session(settings.db_url) as session:
            answer = enrollment.enroll(session, body, auth.server_id(session, settings.db_url))
            session.commit()
            return answer

    return json_response(await blocking(work), 201)
