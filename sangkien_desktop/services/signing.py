"""The office's Ed25519 key pair, the keyring of known issuers, and the signed QR payload
(DOCUMENTS.md §10).

Payload ``SK1:`` + Base32 (RFC 4648, no padding: stays in the QR alphanumeric set and survives a
shell) of::

    version u8 · len u8 + unit code (ASCII) · year u16 · counter u24 · issued on u16 (days since
    2000-01-01) · len u8 + recipient name (UTF-8, NFC) · subject digest (8 bytes) · Ed25519 signature
    (64 bytes, over every byte before it)

The subject digest is the SHA-256 prefix of the canonical JSON of
``{template, recipient_name, title, decision_number, decision_date}``; the name is also carried in
clear so an offline checker can compare it with the paper. About 115 bytes for a usual name: a
version 8 QR at level M.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from sangkien_desktop import protocol
from sangkien_desktop.domain.certificates import (
    PAYLOAD_PREFIX,
    CertificateSubject,
    PayloadClaims,
    RevocationList,
    Verdict,
    VerdictKind,
    check_code_groups,
)
from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.office import UNIT_CODE
from sangkien_desktop.protocol import canonical_json

# The payload's byte codec lives in protocol.py (the central server decodes payloads too).
PAYLOAD_VERSION = protocol.CERT_PAYLOAD_VERSION
EPOCH = protocol.CERT_EPOCH
SIGNATURE_BYTES = protocol.CERT_SIGNATURE_BYTES
DIGEST_BYTES = protocol.CERT_DIGEST_BYTES
MAX_NAME_BYTES = 255
PRIVATE_KEY_FILE = "office_ed25519.pem"
PUBLIC_KEY_FILE = "office_ed25519.pub"
KNOWN_KEYS_DIR = "known"
PUBLIC_KEY_PREFIX = "SKK1"


class PayloadError(KnownError):
    """A payload that cannot be read (not ours, cut short, mistyped)."""


# -- keys -------------------------------------------------------------------------------------------


def export_public_key(unit_code: str, key: Ed25519PublicKey) -> str:
    """A short text naming the unit and its key: ``SKK1:UNITCODE:BASE32`` (one line, 60–80 chars)."""
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return f"{PUBLIC_KEY_PREFIX}:{unit_code}:{_b32(raw)}"


def parse_public_key(text: str) -> tuple[str, Ed25519PublicKey]:
    """(unit code, key) of an exported public key text; ``PayloadError`` in Vietnamese otherwise."""
    parts = text.strip().split(":")
    if len(parts) != 3 or parts[0].upper() != PUBLIC_KEY_PREFIX or not UNIT_CODE.match(parts[1].upper()):
        raise PayloadError("Khoá công khai không đúng dạng “SKK1:MÃ_ĐƠN_VỊ:…”.")
    try:
        raw = _unb32(parts[2])
        return parts[1].upper(), Ed25519PublicKey.from_public_bytes(raw)
    except ValueError as exc:
        raise PayloadError("Khoá công khai bị hỏng hoặc chép thiếu ký tự.") from exc


class OfficeKey:
    """This office's key pair under ``<data folder>/keys``, made on first use.

    The private key (PKCS#8 PEM) is readable only by the user (file 0600, folder 0700). Two programs
    starting at once both end up with the same key: the file appears atomically, first one wins."""

    def __init__(self, keys_dir: Path, unit_code: str) -> None:
        self.keys_dir = keys_dir
        self.unit_code = unit_code
        self._private: Ed25519PrivateKey | None = None

    @property
    def private_path(self) -> Path:
        return self.keys_dir / PRIVATE_KEY_FILE

    def private_key(self) -> Ed25519PrivateKey:
        if self._private is None:
            self._private = self._load() or self._create()
        return self._private

    def public_key(self) -> Ed25519PublicKey:
        return self.private_key().public_key()

    def export(self) -> str:
        return export_public_key(self.unit_code, self.public_key())

    def sign(self, data: bytes) -> bytes:
        return self.private_key().sign(data)

    def _load(self) -> Ed25519PrivateKey | None:
        try:
            pem = self.private_path.read_bytes()
        except FileNotFoundError:
            return None
        key = serialization.load_pem_private_key(pem, password=None)
        if not isinstance(key, Ed25519PrivateKey):
            raise KnownError(f"Tệp khoá {self.private_path} không phải khoá Ed25519.")
        return key

    def _create(self) -> Ed25519PrivateKey:
        self.keys_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(self.keys_dir, 0o700)
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        fd, tmp = tempfile.mkstemp(dir=self.keys_dir, prefix=".new-key-")  # mkstemp creates it 0600
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(pem)
                out.flush()
                os.fsync(out.fileno())
            os.link(tmp, self.private_path)  # atomic and refuses to overwrite a key made meanwhile
        except FileExistsError:
            loaded = self._load()
            assert loaded is not None
            return loaded
        finally:
            os.unlink(tmp)
        public = export_public_key(self.unit_code, key.public_key())
        (self.keys_dir / PUBLIC_KEY_FILE).write_text(public + "\n")
        return key


class Keyring(Protocol):
    """Public keys of issuers this PC trusts, by unit code."""

    def keys_for(self, unit_code: str) -> Sequence[Ed25519PublicKey]: ...


class FileKeyring:
    """The office's own key plus keys of other offices saved under ``keys/known/<UNIT>.pub``
    (one exported key per line; the sync issue adds the server's list here)."""

    def __init__(self, keys_dir: Path, own: OfficeKey | None = None) -> None:
        self._known_dir = keys_dir / KNOWN_KEYS_DIR
        self._own = own

    def add(self, text: str) -> str:
        """Remember an exported public key; returns its unit code. Adding a key twice is harmless."""
        unit_code, key = parse_public_key(text)
        line = export_public_key(unit_code, key)
        path = self._known_dir / f"{unit_code}.pub"
        lines = path.read_text().split() if path.exists() else []
        if line not in lines:
            self._known_dir.mkdir(parents=True, exist_ok=True)
            path.write_text("\n".join([*lines, line]) + "\n")
        return unit_code

    def keys_for(self, unit_code: str) -> list[Ed25519PublicKey]:
        keys = []
        if self._own is not None and self._own.unit_code == unit_code and self._own.private_path.exists():
            keys.append(self._own.public_key())
        path = self._known_dir / f"{unit_code}.pub"
        if path.exists():
            keys += [parse_public_key(line)[1] for line in path.read_text().split()]
        return keys


@dataclass(frozen=True)
class StaticKeyring:
    """A fixed unit code → keys mapping (tests, a list received from the server)."""

    keys: dict[str, list[Ed25519PublicKey]]

    def keys_for(self, unit_code: str) -> list[Ed25519PublicKey]:
        return self.keys.get(unit_code, [])


# -- payload ----------------------------------------------------------------------------------------


def subject_digest(subject: CertificateSubject) -> bytes:
    decided = subject.decision_date.isoformat() if subject.decision_date else None
    text = canonical_json(
        {
            "template": subject.template.value,
            "recipient_name": subject.recipient_name,
            "title": subject.title,
            "decision_number": subject.decision_number,
            "decision_date": decided,
        }
    )
    return hashlib.sha256(text.encode("utf-8")).digest()[:DIGEST_BYTES]


def pack_claims(claims: PayloadClaims) -> bytes:
    """The signed part of the payload."""
    _name_bytes(claims.recipient_name)
    return protocol.pack_certificate(
        protocol.CertificateFields(
            claims.unit_code, claims.year, claims.counter, claims.issued_on, claims.recipient_name,
            claims.subject_digest,
        )
    )


def sign_payload(claims: PayloadClaims, key: OfficeKey) -> str:
    """``SK1:`` + Base32 of the packed claims and their signature."""
    body = pack_claims(claims)
    return PAYLOAD_PREFIX + _b32(body + key.sign(body))


def check_code(payload: str) -> str:
    """The printed check code: the first 10 Base32 characters of the signature, in two groups."""
    _body, signature = _payload_bytes(payload)
    return check_code_groups(_b32(signature)[:10])


def read_claims(payload: str) -> PayloadClaims:
    """The claims of a payload without checking its signature; ``PayloadError`` if unreadable."""
    body, _signature = _payload_bytes(payload)
    return _unpack(body)


def verify(payload: str, keyring: Keyring, revoked: RevocationList) -> Verdict:
    """Valid, tampered (signature fails or unreadable), revoked as of the list's date, or unknown
    issuer. Needs no network."""
    try:
        body, signature = _payload_bytes(payload)
        claims = _unpack(body)
    except PayloadError as exc:
        return Verdict(VerdictKind.TAMPERED, exc.message)
    keys = keyring.keys_for(claims.unit_code)
    if not keys:
        return Verdict(
            VerdictKind.UNKNOWN_ISSUER,
            f"Máy này chưa có khoá công khai của đơn vị “{claims.unit_code}”; chưa thể kiểm tra chữ ký.",
            claims,
        )
    if not any(_signed_by(key, signature, body) for key in keys):
        return Verdict(
            VerdictKind.TAMPERED,
            "Chữ ký không khớp với nội dung: mã đã bị sửa, chép sai hoặc không do đơn vị này cấp.",
        )
    entry = revoked.find(claims.serial)
    if entry is not None:
        message = "Giấy chứng nhận này đã bị thu hồi."
        return Verdict(VerdictKind.REVOKED, message, claims, entry, revoked.as_of)
    return Verdict(
        VerdictKind.VALID,
        "Chữ ký đúng, do đơn vị cấp ký và không có trong danh sách thu hồi.",
        claims,
        list_as_of=revoked.as_of,
    )


def payload_from_text(text: str) -> str:
    """The payload inside what a scanner or an officer gives: a bare payload or a verification URL
    ``…/v/{serial}?p={payload}``; spaces and line breaks dropped, case ignored."""
    return protocol.certificate_payload_from_text(text)


def _signed_by(key: Ed25519PublicKey, signature: bytes, body: bytes) -> bool:
    try:
        key.verify(signature, body)
    except InvalidSignature:
        return False
    return True


def _name_bytes(name: str) -> bytes:
    data = unicodedata.normalize("NFC", name).encode("utf-8")
    if len(data) > MAX_NAME_BYTES:
        raise PayloadError(f"Tên người nhận quá dài để đưa vào mã QR: “{name[:40]}…”.")
    return data


def _payload_bytes(payload: str) -> tuple[bytes, bytes]:
    """(signed body, signature) of a payload text."""
    try:
        return protocol.certificate_payload_bytes(payload)
    except protocol.CertificatePayloadError as exc:
        raise PayloadError(exc.message) from exc


def _unpack(body: bytes) -> PayloadClaims:
    try:
        fields = protocol.unpack_certificate(body)
    except protocol.CertificatePayloadError as exc:
        raise PayloadError(exc.message) from exc
    if not UNIT_CODE.match(fields.unit_code):
        raise PayloadError("Mã bị hỏng: độ dài các phần không khớp.")
    return PayloadClaims(
        fields.unit_code, fields.year, fields.counter, fields.issued_on, fields.recipient_name,
        fields.subject_digest,
    )


def _b32(data: bytes) -> str:
    return protocol.b32_encode(data)


def _unb32(text: str) -> bytes:
    return protocol.b32_decode(text)
