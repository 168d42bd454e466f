"""Public certificate verification: registered office keys, revocations from synced print records,
and the signature check of a QR payload (DOCUMENTS.md §10)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from sangkien_desktop import protocol
from sangkien_server.models import PublicKey, Record, Unit
from sangkien_server.wire import utcnow

KEY_PREFIX = "SKK1"
VALID, REVOKED, TAMPERED, UNKNOWN_ISSUER, REGISTERED, UNKNOWN_SERIAL = (
    "valid", "revoked", "tampered", "unknown_issuer", "registered", "unknown_serial")
HEADLINES = {
    VALID: "Hợp lệ", REVOKED: "Đã bị thu hồi", TAMPERED: "Không hợp lệ",
    UNKNOWN_ISSUER: "Không rõ đơn vị cấp", REGISTERED: "Có trong sổ cấp giấy chứng nhận",
    UNKNOWN_SERIAL: "Không tìm thấy số hiệu",
}


def parse_key(text: str) -> tuple[str, Ed25519PublicKey] | None:
    """(unit code written in the key, key) of ``SKK1:UNIT:BASE32``, or None when malformed."""
    parts = text.strip().split(":")
    if len(parts) != 3 or parts[0].upper() != KEY_PREFIX or not parts[1]:
        return None
    try:
        return parts[1].upper(), Ed25519PublicKey.from_public_bytes(protocol.b32_decode(parts[2]))
    except ValueError:
        return None


@dataclass(frozen=True)
class Revocation:
    serial: str
    revoked_at: str
    reason: str


def revocations(session: Session, serial: str | None = None) -> list[Revocation]:
    """Revoked certificates, from the synced ``print_record`` records that carry ``revoked_at``."""
    found = []
    for payload in _print_records(session, serial, '%"revoked_at":%'):
        if payload.get("serial") and payload.get("revoked_at"):
            reason = payload.get("revoke_reason") or ""
            found.append(Revocation(payload["serial"], payload["revoked_at"], reason))
    return sorted(found, key=lambda r: r.serial)


def _print_records(session: Session, serial: str | None, pattern: str) -> list[dict[str, Any]]:
    query = select(Record.payload).where(Record.entity_type == "print_record", Record.deleted.is_(False),
                                         Record.payload.like(pattern))
    if serial is not None:  # canonical JSON: the pair is spelled exactly like this
        needle = protocol.canonical_json({"serial": serial})[1:-1]
        escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(Record.payload.like(f"%{escaped}%", escape="\\"))
    return [json.loads(text) for text in session.scalars(query)]


def keys_document(session: Session) -> dict[str, Any]:
    rows = session.execute(select(Unit.code, PublicKey.public_key).join(Unit, Unit.id == PublicKey.unit_id)
                           .order_by(Unit.code, PublicKey.id)).all()
    return {
        "protocol": protocol.PROTOCOL_VERSION, "as_of": protocol.format_utc(utcnow()),
        "keys": [{"unit_code": code, "public_key": key} for code, key in rows],
        "revocations": [r.__dict__ for r in revocations(session)],
    }


def verify(session: Session, serial: str, payload: str | None) -> dict[str, Any]:
    """What the public page and ``/api/v1/verify`` say about a serial and, when given, its QR payload."""
    revoked = revocations(session, serial)
    answer: dict[str, Any] = {"protocol": protocol.PROTOCOL_VERSION, "serial": serial,
                              "checked_at": protocol.format_utc(utcnow())}
    if payload:
        status, message, details = _check_payload(session, serial, payload)
    else:
        registered = _print_records(session, serial, "%")
        status = REGISTERED if registered else UNKNOWN_SERIAL
        message = ("Số hiệu có trong sổ cấp giấy chứng nhận mà đơn vị đã gửi lên máy chủ." if registered else
                   "Máy chủ chưa nhận giấy chứng nhận nào mang số hiệu này.")
        details = {"recipient_name": registered[0].get("recipient_name")} if registered else {}
    if revoked and status in (VALID, REGISTERED):
        status, message = REVOKED, "Giấy chứng nhận này đã bị thu hồi."
    if revoked:
        answer["revocation"] = revoked[0].__dict__
    return {**answer, "status": status, "headline": HEADLINES[status], "message": message, **details}


def _check_payload(session: Session, serial: str, payload: str) -> tuple[str, str, dict[str, Any]]:
    try:
        body, signature = protocol.certificate_payload_bytes(payload)
        fields = protocol.unpack_certificate(body)
    except protocol.CertificatePayloadError as exc:
        return TAMPERED, exc.message, {}
    details = {"recipient_name": fields.recipient_name, "issued_on": fields.issued_on.isoformat(),
               "unit_code": fields.unit_code}
    if fields.serial != serial:
        return TAMPERED, "Số hiệu trên đường dẫn khác số hiệu trong mã QR.", details
    keys = [parsed[1] for text in session.scalars(select(PublicKey.public_key))
            if (parsed := parse_key(text)) is not None and parsed[0] == fields.unit_code]
    if not keys:
        return UNKNOWN_ISSUER, (f"Máy chủ chưa có khoá công khai của đơn vị “{fields.unit_code}”; "
                                "chưa thể kiểm tra chữ ký."), details
    if not any(_signed_by(key, signature, body) for key in keys):
        return TAMPERED, ("Chữ ký không khớp với nội dung: mã đã bị sửa, chép sai hoặc không do đơn vị "
                          "này cấp."), details
    return VALID, "Chữ ký đúng, do đơn vị cấp ký và không có trong danh sách thu hồi.", details


def _signed_by(key: Ed25519PublicKey, signature: bytes, body: bytes) -> bool:
    try:
        key.verify(signature, body)
    except InvalidSignature:
        return False
    return True
