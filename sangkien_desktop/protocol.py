"""Wire format shared by the desktop and the central server (stdlib only).

Canonical JSON (SYNC.md §3.1): UTF-8, NFC strings, sorted keys, no spaces, no NaN, integers for VND
and counts, decimals as strings, dates ``YYYY-MM-DD``, datetimes RFC 3339 in UTC with ``Z``.
Both sides hash with these functions so that their digests agree byte for byte.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import hmac
import json
import os
import struct
import threading
import time
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from enum import Enum
from typing import Any
from uuid import UUID

PROTOCOL_VERSION = 1
ZERO_DIGEST = "0" * 64

ENTITY_TYPES = (
    "union_unit",
    "employer",
    "person",
    "initiative",
    "authorship",
    "trial_participant",
    "recognition_request",
    "recognition_decision",
    "application_confirmation",
    "remuneration",
    "remuneration_payment",
    "reward_decision",
    "reward",
    "upload_batch",
    "upload_item",
    "print_record",
    "attachment",
)
OP_UPSERT = "upsert"
OP_DELETE = "delete"


_id_lock = threading.Lock()
_id_state = [0, 0]  # last millisecond, counter within it
_RANDOM_BATCH = 8 * 1024
_random_pool = bytearray()  # OS randomness fetched in batches: one system call per thousand ids


def _forget_random_pool() -> None:
    # A forked child must never reuse its parent's unread random bytes (ids would repeat).
    _random_pool.clear()


os.register_at_fork(after_in_child=_forget_random_pool)


def new_id() -> str:
    """A UUID version 7 (RFC 9562): 48-bit Unix milliseconds, a 12-bit counter, 62 random bits.

    Time-ordered ids keep every id index append-mostly (random v4 ids scatter inserts over the
    whole B-tree) and still never repeat across devices.
    """
    with _id_lock:
        ms = time.time_ns() // 1_000_000
        last_ms, counter = _id_state
        if ms > last_ms:
            counter = 0
        else:
            ms, counter = last_ms, counter + 1
            if counter > 0xFFF:
                ms, counter = ms + 1, 0
        _id_state[:] = [ms, counter]
        if not _random_pool:
            _random_pool.extend(os.urandom(_RANDOM_BATCH))
        random_bits = int.from_bytes(_random_pool[-8:]) >> 2
        del _random_pool[-8:]
    value = (ms << 80) | (0x7 << 76) | (counter << 64) | (0b10 << 62) | random_bits
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _wire_default(value: Any) -> Any:
    """JSON encoder hook for the non-JSON types a record may hold."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return format_utc(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, tuple | set | frozenset):
        return list(value)
    raise TypeError(f"Cannot encode {type(value).__name__} in canonical JSON")


def format_utc(moment: datetime) -> str:
    """RFC 3339 in UTC with ``Z``; naive datetimes are taken to be UTC already."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.isoformat(timespec="microseconds") + "Z"


def canonical_json(value: Any) -> str:
    """Canonical text of a value: NFC strings, keys sorted by their NFC form."""
    text = _dumps(value)
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    # Rare: non-NFC input. Normalise every string first so keys sort by their NFC form.
    return _dumps(_nfc_deep(value))


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False,
                      default=_wire_default)


def _nfc_deep(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, Mapping):
        return {_nfc_deep(k): _nfc_deep(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_nfc_deep(v) for v in value]
    return value


def sha256_hex(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def payload_hash(payload: Mapping[str, Any]) -> tuple[str, str]:
    """Canonical text of a payload and its SHA-256."""
    text = canonical_json(payload)
    return text, sha256_hex(text)


def op_digest_term(op_id: str, payload_sha256: str) -> int:
    return int(sha256_hex(f"{op_id}:{payload_sha256}"), 16)


def device_digest(ops: Iterable[tuple[str, str]]) -> str:
    """Order-independent XOR digest over (op_id, payload_sha256) pairs."""
    acc = 0
    for op_id, sha in ops:
        acc ^= op_digest_term(op_id, sha)
    return f"{acc:064x}"


# -- Transport (SYNC.md §3.2–3.6): names both sides must spell the same way ---------------------------

HEADER_PROTOCOL = "X-Sangkien-Protocol"
HEADER_SIGNATURE = "X-Sangkien-Signature"
HEADER_IDEMPOTENCY = "Idempotency-Key"
HEADER_BLOB_STATE = "X-Blob-State"
HEADER_BLOB_RECEIVED = "X-Blob-Received"
API_PREFIX = "/api/v1"

# Closed per-op result vocabulary (SYNC.md §3.5).
RESULT_APPLIED = "applied"
RESULT_DUPLICATE = "duplicate"
RESULT_MISMATCH = "mismatch"
RESULT_CONFLICT = "conflict_flagged"
RESULT_REJECTED = "rejected"
RESULT_DEFERRED = "deferred"
RESULT_GONE = "gone"
OP_RESULTS = frozenset(
    {RESULT_APPLIED, RESULT_DUPLICATE, RESULT_MISMATCH, RESULT_CONFLICT, RESULT_REJECTED, RESULT_DEFERRED,
     RESULT_GONE}
)
# Results whose op the server keeps: they count in device_op_count and device_digest.
STORED_RESULTS = frozenset({RESULT_APPLIED, RESULT_CONFLICT})


def ops_body_sha256(ops: Iterable[Mapping[str, Any]]) -> str:
    """``body_sha256`` of a batch: SHA-256 of the canonical JSON of its ``ops`` array."""
    return sha256_hex(canonical_json(list(ops)))


def gzip_bytes(data: bytes) -> bytes:
    """Deterministic gzip (no file name, mtime 0): the same body always gives the same bytes, so a
    sealed batch can be re-sent byte for byte and its hash compared."""
    return gzip.compress(data, compresslevel=6, mtime=0)


def sign_body(hmac_key_hex: str, body: bytes) -> str:
    """``X-Sangkien-Signature``: hex HMAC-SHA256 of the raw response body with the device's key."""
    return hmac.new(bytes.fromhex(hmac_key_hex), body, hashlib.sha256).hexdigest()


def signature_valid(hmac_key_hex: str, body: bytes, signature: str | None) -> bool:
    if not signature:
        return False
    return hmac.compare_digest(sign_body(hmac_key_hex, body), signature.strip().lower())


# Payload fields that name another synced record: entity type → {field: referenced entity type}.
# The server defers an op whose referenced record it does not hold yet (result ``deferred``, code
# ``missing_dependency``). A desktop test keeps this equal to the foreign keys of the local models.
REFERENCES: dict[str, dict[str, str]] = {
    "union_unit": {"chair_id": "person", "employer_id": "employer"},
    "authorship": {"initiative_id": "initiative", "person_id": "person"},
    "trial_participant": {"initiative_id": "initiative", "person_id": "person"},
    "recognition_request": {"initiative_id": "initiative", "addressee_id": "employer"},
    "recognition_decision": {"initiative_id": "initiative", "issuer_id": "employer", "scan_id": "attachment"},
    "application_confirmation": {"initiative_id": "initiative", "signed_scan_id": "attachment"},
    "remuneration": {"initiative_id": "initiative", "proof_id": "attachment"},
    "remuneration_payment": {
        "remuneration_id": "remuneration", "person_id": "person", "proof_id": "attachment",
    },
    "reward_decision": {"signer_id": "person"},
    "reward": {"decision_id": "reward_decision", "person_id": "person"},
    "upload_batch": {"export_file_id": "attachment"},
    "upload_item": {"batch_id": "upload_batch", "initiative_id": "initiative"},
    "print_record": {"reprint_of": "print_record"},
}


# -- Certificate QR payload: the byte codec (DOCUMENTS.md §10). No cryptography here: the desktop signs
# and checks in services/signing.py, the server checks with its own copy of the public keys.
# ``SK1:`` + Base32 (RFC 4648, no padding) of: version u8 · len u8 + unit code (ASCII) · year u16 ·
# counter u24 · issued on u16 (days since 2000-01-01) · len u8 + recipient name (UTF-8) · subject
# digest (8 bytes) · Ed25519 signature (64 bytes, over every byte before it).

CERT_PAYLOAD_PREFIX = "SK1:"
CERT_PAYLOAD_VERSION = 1
CERT_EPOCH = date(2000, 1, 1)
CERT_SIGNATURE_BYTES = 64
CERT_DIGEST_BYTES = 8


class CertificatePayloadError(ValueError):
    """A payload that cannot be read (not a certificate code, cut short, mistyped); Vietnamese message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class CertificateFields:
    """The signed fields of a certificate payload."""

    unit_code: str
    year: int
    counter: int
    issued_on: date
    recipient_name: str
    subject_digest: bytes

    @property
    def serial(self) -> str:
        return f"{self.unit_code}-{self.year}-{self.counter:05d}"


def b32_encode(data: bytes) -> str:
    return base64.b32encode(data).decode("ascii").rstrip("=")


def b32_decode(text: str) -> bytes:
    """Inverse of ``b32_encode`` (case ignored); ``ValueError`` on characters outside the alphabet."""
    try:
        return base64.b32decode(text.upper() + "=" * (-len(text) % 8))
    except (ValueError, TypeError) as exc:  # binascii.Error is a ValueError
        raise ValueError(str(exc)) from exc


def pack_certificate(fields: CertificateFields) -> bytes:
    """The signed part of a payload (the name is normalised to NFC)."""
    unit = fields.unit_code.encode("ascii")
    name = unicodedata.normalize("NFC", fields.recipient_name).encode("utf-8")
    days = (fields.issued_on - CERT_EPOCH).days
    return b"".join([
        struct.pack(">BB", CERT_PAYLOAD_VERSION, len(unit)), unit, struct.pack(">H", fields.year),
        fields.counter.to_bytes(3, "big"), struct.pack(">HB", days, len(name)), name, fields.subject_digest,
    ])


def unpack_certificate(body: bytes) -> CertificateFields:
    """Fields of the signed part; ``CertificatePayloadError`` when the bytes do not parse."""
    try:
        version, unit_len = struct.unpack_from(">BB", body, 0)
        if version != CERT_PAYLOAD_VERSION:
            raise CertificatePayloadError(f"Mã theo phiên bản {version} mà phần mềm này chưa biết.")
        at = 2 + unit_len
        unit_code = body[2:at].decode("ascii")
        (year,) = struct.unpack_from(">H", body, at)
        counter = int.from_bytes(body[at + 2 : at + 5], "big")
        days, name_len = struct.unpack_from(">HB", body, at + 5)
        name_at = at + 8
        name = body[name_at : name_at + name_len].decode("utf-8")
        digest = body[name_at + name_len :]
    except (struct.error, UnicodeDecodeError) as exc:
        raise CertificatePayloadError("Mã bị hỏng: không đọc được nội dung.") from exc
    if len(digest) != CERT_DIGEST_BYTES or len(unit_code) != unit_len:
        raise CertificatePayloadError("Mã bị hỏng: độ dài các phần không khớp.")
    return CertificateFields(unit_code, year, counter, CERT_EPOCH + timedelta(days=days), name, digest)


def certificate_payload_from_text(text: str) -> str:
    """The payload inside what a scanner or an officer gives: a bare payload or a verification URL
    ``…/v/{serial}?p={payload}``; spaces and line breaks dropped, case ignored."""
    text = "".join(text.split())
    if "p=" in text:
        text = text.split("p=", 1)[1].split("&", 1)[0]
    return text.upper()


def certificate_payload_bytes(payload: str) -> tuple[bytes, bytes]:
    """(signed body, signature) of a payload text; ``CertificatePayloadError`` when unreadable."""
    text = certificate_payload_from_text(payload)
    if not text.startswith(CERT_PAYLOAD_PREFIX):
        raise CertificatePayloadError(
            f"Mã không bắt đầu bằng “{CERT_PAYLOAD_PREFIX}”: đây không phải mã giấy chứng nhận."
        )
    encoded = text[len(CERT_PAYLOAD_PREFIX) :]
    try:
        data = b32_decode(encoded)
    except ValueError as exc:
        raise CertificatePayloadError("Mã có ký tự không hợp lệ hoặc bị thiếu ký tự.") from exc
    if b32_encode(data) != encoded:  # the last character's spare bits: only one spelling is genuine
        raise CertificatePayloadError("Mã có ký tự cuối không hợp lệ: có thể bị chép sai.")
    if len(data) <= CERT_SIGNATURE_BYTES:
        raise CertificatePayloadError("Mã quá ngắn: có thể bị chép thiếu.")
    return data[:-CERT_SIGNATURE_BYTES], data[-CERT_SIGNATURE_BYTES:]
