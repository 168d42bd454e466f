"""HTTP plumbing shared by the routes: protocol errors, signed JSON responses, bounded bodies."""

from __future__ import annotations

import zlib
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from fastapi import Request
from fastapi.responses import Response
from starlette.requests import ClientDisconnect

from sangkien_desktop import protocol

JSON = "application/json"
PROTOCOL_HEADERS = {protocol.HEADER_PROTOCOL: str(protocol.PROTOCOL_VERSION)}


def utcnow() -> datetime:
    """Server clock, naive UTC (the only clock used for ordering and ``received_at``)."""
    return datetime.now(UTC).replace(tzinfo=None)


class ApiError(Exception):
    """A protocol error: answered as ``{"error", "message"}`` with ``X-Sangkien-Protocol``."""

    def __init__(self, status: int, code: str, message: str, headers: Mapping[str, str] | None = None):
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.headers = dict(headers or {})


def bad_request(message: str) -> ApiError:
    return ApiError(400, "bad_request", message)


def body_bytes(body: Mapping[str, Any]) -> bytes:
    return protocol.canonical_json(body).encode("utf-8")


def raw_response(body: bytes, status: int = 200, *, hmac_key: str | None = None,
                 headers: Mapping[str, str] | None = None) -> Response:
    """Exact bytes with the protocol header, signed with the device's key when given."""
    all_headers = {**PROTOCOL_HEADERS, **(headers or {})}
    if hmac_key is not None:
        all_headers[protocol.HEADER_SIGNATURE] = protocol.sign_body(hmac_key, body)
    return Response(content=body, status_code=status, media_type=JSON, headers=all_headers)


def json_response(body: Mapping[str, Any], status: int = 200, *, hmac_key: str | None = None,
                  headers: Mapping[str, str] | None = None) -> Response:
    return raw_response(body_bytes(body), status, hmac_key=hmac_key, headers=headers)


def error_response(error: ApiError) -> Response:
    return json_response({"error": error.code, "message": error.message}, error.status, headers=error.headers)


def too_large(limit: int) -> ApiError:
    return ApiError(413, "payload_too_large", f"Dữ liệu gửi lên vượt quá giới hạn {limit} byte.")


async def read_limited(request: Request, limit: int) -> bytes:
    """The raw request body, refused with 413 as soon as it passes ``limit`` bytes."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise too_large(limit)
    chunks: list[bytes] = []
    size = 0
    try:
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise too_large(limit)
            chunks.append(chunk)
    except ClientDisconnect as exc:  # cut mid-body (flaky link): nothing was read, nothing applied
        raise bad_request("Kết nối bị ngắt khi đang nhận dữ liệu.") from exc
    return b"".join(chunks)


def decode_body(request: Request, raw: bytes, limit: int) -> bytes:
    """Undo ``Content-Encoding: gzip`` with the same limit on the decompressed size (zip bombs)."""
    encoding = request.headers.get("content-encoding", "identity").strip().lower()
    if encoding in ("", "identity"):
        return raw
    if encoding != "gzip":
        raise bad_request(f"Không hỗ trợ Content-Encoding “{encoding}”.")
    return gunzip_limited(raw, limit)


def gunzip_limited(raw: bytes, limit: int) -> bytes:
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        data = inflater.decompress(raw, limit + 1)
    except zlib.error as exc:
        raise bad_request("Dữ liệu gzip bị hỏng.") from exc
    if len(data) > limit or inflater.unconsumed_tail:
        raise too_large(limit)
    if not inflater.eof:
        raise bad_request("Dữ liệu gzip bị cắt cụt.")
    return data


def parse_json_object(data: bytes) -> dict[str, Any]:
    import json

    try:
        value = json.loads(data.decode("utf-8"), parse_constant=_refuse_constant)
    except (UnicodeDecodeError, ValueError) as exc:
        raise bad_request("Nội dung không phải JSON hợp lệ.") from exc
    if not isinstance(value, dict):
        raise bad_request("Nội dung JSON phải là một đối tượng.")
    return value


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in canonical JSON")


def check_protocol_header(request: Request) -> None:
    """A request that names another protocol version (``X-Sangkien-Protocol``) is refused."""
    version = request.headers.get(protocol.HEADER_PROTOCOL)
    if version is not None and version.strip() != str(protocol.PROTOCOL_VERSION):
        raise ApiError(400, "protocol_version",
                       f"Phiên bản giao thức {version.strip()!r} không được hỗ trợ; máy chủ dùng phiên bản "
                       f"{protocol.PROTOCOL_VERSION}.")


def check_protocol_version(body: Mapping[str, Any]) -> None:
    version = body.get("protocol")
    if version != protocol.PROTOCOL_VERSION or isinstance(version, bool):
        raise ApiError(400, "protocol_version",
                       f"Phiên bản giao thức {version!r} không được hỗ trợ; máy chủ dùng phiên bản "
                       f"{protocol.PROTOCOL_VERSION}.")
