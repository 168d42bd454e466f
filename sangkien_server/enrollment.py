"""One-time enrolment codes and device credentials (SYNC.md rule 5)."""

from __future__ import annotations

import re
import secrets
from datetime import timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sangkien_desktop import protocol
from sangkien_server import auth, certs
from sangkien_server.models import Device, DeviceEpoch, EnrollmentCode, PublicKey, Unit
from sangkien_server.wire import ApiError, bad_request, utcnow

_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I: read aloud over the phone


def normalise_code(code: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", code.upper())


def ensure_unit(session: Session, code: str, name: str) -> Unit:
    code = code.strip()
    if not code:
        raise ValueError("Mã đơn vị không được để trống.")
    unit = session.scalars(select(Unit).where(Unit.code == code)).one_or_none()
    if unit is None:
        unit = Unit(id=protocol.new_id(), code=code, name=name.strip() or code, created_at=utcnow())
        session.add(unit)
        session.flush()
    elif name.strip():
        unit.name = name.strip()
    return unit


def create_code(session: Session, unit: Unit, ttl_days: int) -> str:
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(16))
    now = utcnow()
    session.add(EnrollmentCode(code_hash=auth.hash_secret(raw), unit_id=unit.id, created_at=now,
                               expires_at=now + timedelta(days=ttl_days)))
    return "-".join(raw[i:i + 4] for i in range(0, 16, 4))


def enroll(session: Session, body: dict[str, Any], server_id: str) -> dict[str, Any]:
    """Consume the code and issue fresh credentials; the caller commits."""
    code = body.get("code")
    device_name = body.get("device_name") or ""
    previous_id = body.get("device_id")
    key = body.get("office_public_key")
    if not isinstance(code, str) or not isinstance(device_name, str):
        raise bad_request("Cần “code” và “device_name” dạng chuỗi.")
    if previous_id is not None and not isinstance(previous_id, str):
        raise bad_request("“device_id” phải là chuỗi.")
    if key is not None and (not isinstance(key, str) or certs.parse_key(key) is None):
        raise bad_request("“office_public_key” phải có dạng SKK1:….")
    now = utcnow()
    row = session.get(EnrollmentCode, auth.hash_secret(normalise_code(code)), with_for_update=True)
    if row is None or row.used_at is not None or row.expires_at < now:
        raise ApiError(403, "enrollment_code_invalid",
                       "Mã đăng ký không đúng, đã dùng hoặc đã hết hạn; hãy xin công đoàn cấp trên mã mới.")
    unit = session.get_one(Unit, row.unit_id)
    token, hmac_key = auth.new_token(), auth.new_hmac_key()
    device = _reusable_device(session, previous_id, unit.id)
    if device is None:
        device = Device(id=protocol.new_id(), unit_id=unit.id, name=device_name.strip(), current_epoch=1,
                        op_count=0, digest=protocol.ZERO_DIGEST, created_at=now, enrolled_at=now,
                        token_hash=auth.hash_secret(token), hmac_key=hmac_key)
        session.add(device)
        session.flush()
        session.add(DeviceEpoch(device_id=device.id, epoch=1, acked_through_seq=0, created_at=now))
    else:
        device.token_hash, device.hmac_key = auth.hash_secret(token), hmac_key
        device.revoked_at, device.enrolled_at = None, now
        device.name = device_name.strip() or device.name
    row.used_at, row.used_by = now, device.id
    if key is not None:
        register_key(session, unit.id, device.id, key.strip())
    return {
        "protocol": protocol.PROTOCOL_VERSION, "device_id": device.id, "device_epoch": device.current_epoch,
        "device_token": token, "hmac_key": hmac_key, "unit_id": unit.id, "unit_code": unit.code,
        "unit_name": unit.name, "server_id": server_id,
    }


def _reusable_device(session: Session, previous_id: str | None, unit_id: str) -> Device | None:
    """Re-enrolment keeps the device (and its epochs) only within the same unit."""
    if not previous_id:
        return None
    device = session.get(Device, previous_id)
    return device if device is not None and device.unit_id == unit_id else None


def register_key(session: Session, unit_id: str, device_id: str | None, key: str) -> None:
    exists = session.scalars(select(PublicKey.id).where(
        PublicKey.unit_id == unit_id, PublicKey.public_key == key)).first()
    if exists is None:
        session.add(PublicKey(unit_id=unit_id, device_id=device_id, public_key=key, created_at=utcnow()))
