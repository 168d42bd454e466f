"""Certificate register and verification: plain values shared by the service, the CLI and the UI
(DOCUMENTS.md §10–§11, DOMAIN.md §4.16). No cryptography here: signing lives in services/signing.py."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from .enums import DocumentTemplate
from .text import format_date

SERIAL_PATTERN = re.compile(r"^(?P<unit>[A-Z0-9][A-Z0-9_-]{1,19})-(?P<year>\d{4})-(?P<counter>\d{5,})$")
PAYLOAD_PREFIX = "SK1:"


def format_serial(unit_code: str, year: int, counter: int) -> str:
    """``{unit_code}-{year}-{counter:05d}`` (setting ``numbering.certificate_serial``)."""
    return f"{unit_code}-{year}-{counter:05d}"


def split_serial(serial: str) -> tuple[str, int, int] | None:
    """(unit code, year, counter) of a well-formed serial, else None."""
    found = SERIAL_PATTERN.match(serial)
    if found is None:
        return None
    return found["unit"], int(found["year"]), int(found["counter"])


def check_code_groups(code: str) -> str:
    """The 10-character check code in two groups for reading over the phone ("K7Q2M-Z4XP1")."""
    return f"{code[:5]}-{code[5:10]}"


class VerdictKind(StrEnum):
    VALID = "VALID"
    TAMPERED = "TAMPERED"
    REVOKED = "REVOKED"
    UNKNOWN_ISSUER = "UNKNOWN_ISSUER"

    @property
    def label(self) -> str:
        return _VERDICT_LABELS[self]


_VERDICT_LABELS = {
    VerdictKind.VALID: "Hợp lệ",
    VerdictKind.TAMPERED: "Không hợp lệ: nội dung đã bị sửa hoặc nhập sai",
    VerdictKind.REVOKED: "Đã bị thu hồi",
    VerdictKind.UNKNOWN_ISSUER: "Không rõ đơn vị cấp",
}


@dataclass(frozen=True)
class PayloadClaims:
    """What a certificate's QR says, once decoded (the signature is checked separately)."""

    unit_code: str
    year: int
    counter: int
    issued_on: date
    recipient_name: str
    subject_digest: bytes  # 8 bytes: SHA-256 prefix of the canonical subject (template, name, title…)

    @property
    def serial(self) -> str:
        return format_serial(self.unit_code, self.year, self.counter)


@dataclass(frozen=True)
class RevokedSerial:
    serial: str
    revoked_on: date
    reason: str


@dataclass(frozen=True)
class RevocationList:
    """Serials revoked as known on ``as_of`` (the local register, later also the server's list)."""

    as_of: date
    entries: dict[str, RevokedSerial] = field(default_factory=dict)

    def find(self, serial: str) -> RevokedSerial | None:
        entry = self.entries.get(serial)
        return entry if entry is not None and entry.revoked_on <= self.as_of else None


@dataclass(frozen=True)
class Verdict:
    """The answer of an offline check, with the Vietnamese sentence shown to the officer."""

    kind: VerdictKind
    message: str
    claims: PayloadClaims | None = None
    revoked: RevokedSerial | None = None
    list_as_of: date | None = None

    @property
    def valid(self) -> bool:
        return self.kind is VerdictKind.VALID

    def lines(self) -> list[str]:
        """The verdict then the details a checker compares with the paper."""
        lines = [f"{self.kind.label}. {self.message}"]
        if self.claims is not None:
            lines += [
                f"Số hiệu: {self.claims.serial}",
                f"Người nhận: {self.claims.recipient_name}",
                f"Ngày cấp: {format_date(self.claims.issued_on)}",
                f"Đơn vị cấp: {self.claims.unit_code}",
            ]
        if self.revoked is not None:
            lines.append(f"Thu hồi ngày {format_date(self.revoked.revoked_on)}; lý do: {self.revoked.reason}")
        if self.list_as_of is not None:
            lines.append(f"Danh sách thu hồi tính đến ngày {format_date(self.list_as_of)}")
        return lines

    def text(self) -> str:
        return "\n".join(self.lines())


@dataclass(frozen=True)
class CertificateSubject:
    """What one certificate is for; its canonical digest is signed (DOCUMENTS.md §10)."""

    template: DocumentTemplate
    record_type: str  # "reward", "initiative", …
    record_id: str
    recipient_name: str
    title: str
    decision_number: str | None = None
    decision_date: date | None = None


@dataclass(frozen=True)
class PrintOptions:
    """How the sheet was printed, kept in the register row."""

    on_blank: bool = False
    printer_profile: str | None = None
    offset_x_mm: float = 0.0
    offset_y_mm: float = 0.0
    pdf_sha256: str | None = None


@dataclass(frozen=True)
class IssuedCertificate:
    """A register row's certificate: what the template prints in its QR block."""

    serial: str
    verification_code: str  # "K7Q2M-Z4XP1"
    payload: str  # "SK1:…", the QR content
    issued_on: date
    recipient_name: str
    template: DocumentTemplate
    print_record_id: str

    @property
    def caption(self) -> str:
        """The 9 pt caption under the code: serial, then the check code."""
        return f"Số: {self.serial}\nMã kiểm tra: {self.verification_code}"


@dataclass(frozen=True)
class RegisterEntry:
    """One issued certificate in the register (its first print), with its reprints counted."""

    serial: str
    template: DocumentTemplate
    recipient_name: str
    record_type: str
    record_id: str
    issued_at: datetime
    issued_by: str | None
    verification_code: str
    reprints: int
    last_printed_at: datetime
    revoked_at: datetime | None
    revoke_reason: str | None

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


@dataclass(frozen=True)
class RegisterPage:
    entries: tuple[RegisterEntry, ...]
    total: int
    offset: int
    limit: int


@dataclass(frozen=True)
class PrintEvent:
    """One row of a certificate's print history (first print or reprint)."""

    printed_at: datetime
    printed_by: str | None
    reprint: bool
