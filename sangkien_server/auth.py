"""Device tokens (stored only as SHA-256), the per-request device check and the client version gate."""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sangkien_server.models import Device, ServerMeta, Unit
from sangkien_server.wire import ApiError

_server_ids: dict[str, str] = {}


@dataclass(frozen=True)
class DeviceAuth:
    device_id: str
    unit_id: str
    unit_code: str
    hmac_key: str
    current_epoch: int


def hash_secret(secret: str) -> str:
    """Tokens are 32 random bytes, so a plain SHA-256 is enough (no brute force to slow down)."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def new_token() -> str:
    return secrets.token_urlsafe(32)


def new_hmac_key() -> str:
    return secrets.token_hex(32)


def bearer_token(authorization: str | None) -> str | None:
    if not authorization:
        return None
    scheme, _, token = authorization.strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def authenticate(session: Session, authorization: str | None) -> DeviceAuth:
    """The device behind ``Authorization: Bearer …``: 401 unknown, 403 revoked."""
    token = bearer_token(authorization)
    if token is None:
        raise ApiError(401, "unauthorized", "Thiếu mã xác thực thiết bị; hãy đăng ký lại với máy chủ.")
    row = session.execute(
        select(Device, Unit.code).join(Unit, Unit.id == Device.unit_id).where(
            Device.token_hash == hash_secret(token))
    ).first()
    if row is None:
        raise ApiError(401, "unauthorized", "Mã xác thực thiết bị không hợp lệ; hãy đăng ký lại với máy chủ.")
    device, unit_code = row
    if device.revoked_at is not None:
        raise ApiError(403, "device_revoked",
                       "Thiết bị này đã bị thu hồi quyền đồng bộ; hãy liên hệ công đoàn cấp trên "
                       "để đăng ký lại.")
    return DeviceAuth(device.id, device.unit_id, unit_code, device.hmac_key, device.current_epoch)


def server_id(session: Session, db_url: str) -> str:
    cached = _server_ids.get(db_url)
    if cached is None:
        cached = session.scalars(select(ServerMeta.value).where(ServerMeta.key == "server_id")).one()
        _server_ids[db_url] = cached
    return cached


_AGENT = re.compile(r"sangkien-desktop/(\d+(?:\.\d+)*)")


def version_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text)[:4])


def check_client_version(user_agent: str | None, minimum: str) -> None:
    """426 for a desktop older than ``minimum``; other agents (scripts, curl) are not judged."""
    match = _AGENT.search(user_agent or "")
    if match and version_tuple(match.group(1)) < version_tuple(minimum):
        raise ApiError(426, "client_too_old",
                       f"Phiên bản Sáng kiến Desktop {match.group(1)} đã cũ; hãy cập nhật lên {minimum} "
                       "trở lên để đồng bộ.")
