"""The certificate register (DOCUMENTS.md §10–§11, DOMAIN.md §4.16): serials, signed QR payloads,
reprints, revocation and the offline check.

Serials ``{unit_code}-{year}-{counter:05d}`` come from ``certificate_counter``, bumped inside the
issuing unit of work. Write units begin with ``BEGIN IMMEDIATE``, so two issuers (threads or
programs) queue on the store's lock and never see the same counter; a unique index on the first
print of each serial backs this up. A counter missing for a year starts after the highest serial
already in the register (rows restored or received by sync), so numbers are never reused.

``issue`` always makes a new certificate; to print one again use ``reprint`` (same serial, same
QR, one more row saying who printed it and when). ``existing`` finds the certificate already
issued for a record.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from sangkien_desktop.domain.certificates import (
    CertificateSubject,
    IssuedCertificate,
    PayloadClaims,
    PrintEvent,
    PrintOptions,
    RegisterEntry,
    RegisterPage,
    RevocationList,
    RevokedSerial,
    Verdict,
    format_serial,
    split_serial,
)
from sangkien_desktop.domain.enums import DocumentTemplate
from sangkien_desktop.domain.errors import FieldProblem, KnownError, NotFoundError, ValidationError
from sangkien_desktop.domain.officers import Permission
from sangkien_desktop.domain.text import clean, nfc
from sangkien_desktop.persistence.models import CertificateCounter, Officer, PrintRecord
from sangkien_desktop.persistence.unit_of_work import UnitOfWork, UnitOfWorkFactory

from . import signing
from .office import OfficeService
from .permissions import ensure_allowed

__all__ = ["CertificateService"]

REASON_LABEL = "Lý do thu hồi"
MAX_PAGE = 500
PLAIN = PrintOptions()  # an ordinary print on blank paper, no offsets


class CertificateService:
    def __init__(
        self, uow: UnitOfWorkFactory, office: OfficeService, keys_dir: Path, today: Callable[[], date]
    ) -> None:
        self._uow = uow
        self._office = office
        self._keys_dir = keys_dir
        self._today = today
        self._key: signing.OfficeKey | None = None

    # -- keys ---------------------------------------------------------------------------------------

    def office_key(self) -> signing.OfficeKey:
        """This office's signing key, made on first use under ``<data folder>/keys``."""
        unit_code = self._office.get_office().unit_code
        if self._key is None or self._key.unit_code != unit_code:
            self._key = signing.OfficeKey(self._keys_dir, unit_code)
        return self._key

    def public_key_text(self) -> str:
        """The office's public key as a short text (``SKK1:UNIT:…``) for the upper union or server."""
        return self.office_key().export()

    def keyring(self) -> signing.FileKeyring:
        own = self.office_key() if self._office_initialised() else None
        return signing.FileKeyring(self._keys_dir, own)

    def add_known_key(self, text: str) -> str:
        """Trust another office's exported public key; returns its unit code."""
        return self.keyring().add(text)

    # -- issuing ------------------------------------------------------------------------------------

    def issue(
        self, subject: CertificateSubject, options: PrintOptions = PLAIN, officer_id: str | None = None
    ) -> IssuedCertificate:
        """A new certificate for ``subject``: a fresh serial, its signed payload and check code, and
        its first ``PrintRecord``, committed together."""
        return self.issue_many([subject], options, officer_id)[0]

    def issue_many(
        self, subjects: Sequence[CertificateSubject], options: PrintOptions = PLAIN,
        officer_id: str | None = None,
    ) -> list[IssuedCertificate]:
        """Issue a batch in one transaction (a decision's certificates): all or nothing."""
        key = self.office_key()
        issued_on = self._today()
        with self._uow(officer_id) as uow:
            who = _officer_name(uow.session, uow.officer_id)
            first = _take_numbers(uow.session, key.unit_code, issued_on.year, len(subjects))
            made = [
                self._issue_one(uow, key, subject, first + i, issued_on, options, who)
                for i, subject in enumerate(subjects)
            ]
            uow.commit()
        return made

    def _issue_one(
        self, uow: UnitOfWork, key: signing.OfficeKey, subject: CertificateSubject, number: int,
        issued_on: date, options: PrintOptions, who: str | None,
    ) -> IssuedCertificate:
        name = nfc(clean(subject.recipient_name) or "")
        claims = PayloadClaims(
            key.unit_code, issued_on.year, number, issued_on, name, signing.subject_digest(subject)
        )
        payload = signing.sign_payload(claims, key)
        row = PrintRecord(
            template=subject.template, serial=claims.serial, verification_code=signing.check_code(payload),
            record_type=subject.record_type, record_id=subject.record_id, printed_at=uow.now(),
            printed_by=who, recipient_name=name, payload=payload, **_print_columns(options),
        )
        uow.session.add(row)
        uow.session.flush()
        return _issued(row)

    def reprint(
        self, serial: str, options: PrintOptions = PLAIN, officer_id: str | None = None
    ) -> IssuedCertificate:
        """Log one more print of an issued certificate (same serial and QR); refused once revoked."""
        with self._uow(officer_id) as uow:
            first = _first_print(uow.session, serial)
            if first.revoked_at is not None:
                raise KnownError(f"Giấy chứng nhận {first.serial} đã bị thu hồi nên không được in lại.")
            row = PrintRecord(
                template=first.template, serial=first.serial, verification_code=first.verification_code,
                record_type=first.record_type, record_id=first.record_id, printed_at=uow.now(),
                printed_by=_officer_name(uow.session, uow.officer_id), recipient_name=first.recipient_name,
                payload=first.payload, reprint_of=first.id, **_print_columns(options),
            )
            uow.session.add(row)
            uow.session.flush()
            issued = _issued(row)
            uow.commit()
        return issued

    def revoke(self, serial: str, reason: str, officer_id: str | None = None) -> RegisterEntry:
        """Revoke a certificate with a reason; only an officer who may sign off (the chairman)."""
        text = clean(reason)
        if not text:
            raise ValidationError([FieldProblem("reason", REASON_LABEL, "bắt buộc phải có")])
        with self._uow(officer_id) as uow:
            ensure_allowed(uow.session, uow.officer_id, Permission.SIGN_OFF)
            first = _first_print(uow.session, serial)
            if first.revoked_at is not None:
                raise KnownError(f"Giấy chứng nhận {first.serial} đã bị thu hồi từ trước.")
            first.revoked_at = uow.now()
            first.revoke_reason = text
            uow.commit()
        return self.entry(serial)

    # -- reading ------------------------------------------------------------------------------------

    def existing(
        self, template: DocumentTemplate, record_type: str, record_id: str
    ) -> IssuedCertificate | None:
        """The latest certificate issued for a record with this template, revoked or not."""
        with self._uow.read() as session:
            row = session.scalars(
                _first_prints()
                .where(PrintRecord.template == template, PrintRecord.record_type == record_type,
                       PrintRecord.record_id == record_id)
                .order_by(PrintRecord.printed_at.desc(), PrintRecord.pk.desc())
                .limit(1)
            ).first()
            return _issued(row) if row is not None else None

    def entry(self, serial: str) -> RegisterEntry:
        with self._uow.read() as session:
            _first_print(session, serial)
            return _entries(session, PrintRecord.serial == serial.strip().upper(), 0, 1)[0]

    def register(self, offset: int = 0, limit: int = 100, search: str | None = None) -> RegisterPage:
        """A page of the register, newest first; ``search`` matches the serial or the recipient."""
        limit = max(1, min(limit, MAX_PAGE))
        condition = _search_condition(search)
        with self._uow.read() as session:
            total = session.scalar(
                sa.select(sa.func.count()).select_from(_first_prints().where(condition).subquery())
            )
            entries = _entries(session, condition, offset, limit)
        return RegisterPage(tuple(entries), int(total or 0), offset, limit)

    def history(self, serial: str) -> list[PrintEvent]:
        """Every print of a certificate, first print first: who printed it and when."""
        with self._uow.read() as session:
            first = _first_print(session, serial)
            rows = session.execute(
                sa.select(PrintRecord.printed_at, PrintRecord.printed_by, PrintRecord.reprint_of)
                .where(PrintRecord.serial == first.serial, PrintRecord.deleted_at.is_(None))
                .order_by(PrintRecord.printed_at, PrintRecord.pk)
            )
            return [PrintEvent(at, by, reprint_of is not None) for at, by, reprint_of in rows]

    # -- checking -----------------------------------------------------------------------------------

    def revocation_list(self) -> RevocationList:
        """Certificates revoked in this register, as of today."""
        with self._uow.read() as session:
            rows = session.execute(
                sa.select(PrintRecord.serial, PrintRecord.revoked_at, PrintRecord.revoke_reason)
                .where(PrintRecord.revoked_at.is_not(None), PrintRecord.reprint_of.is_(None))
            )
            entries = {
                serial: RevokedSerial(serial, at.date(), reason or "")
                for serial, at, reason in rows
                if serial and at
            }
        return RevocationList(self._today(), entries)

    def verify_payload(self, text: str) -> Verdict:
        """Check a scanned or typed payload offline with the known keys and the revocation list."""
        return signing.verify(text, self.keyring(), self.revocation_list())

    def _office_initialised(self) -> bool:
        try:
            self._office.get_office()
        except KnownError:
            return False
        return True


# -- rows ---------------------------------------------------------------------------------------------


def _take_numbers(session: Session, unit_code: str, year: int, count: int) -> int:
    """Reserve ``count`` consecutive numbers; returns the first. Runs inside the write transaction."""
    counter = session.get(CertificateCounter, (unit_code, year))
    if counter is None:
        highest = _highest_serial(session, unit_code, year)
        counter = CertificateCounter(unit_code=unit_code, year=year, last_number=highest)
        session.add(counter)
    first = counter.last_number + 1
    counter.last_number += count
    session.flush()
    return first


def _highest_serial(session: Session, unit_code: str, year: int) -> int:
    prefix = format_serial(unit_code, year, 0)[:-5]
    serials = session.scalars(sa.select(PrintRecord.serial).where(PrintRecord.serial.startswith(prefix)))
    numbers = [parts[2] for s in serials if s and (parts := split_serial(s)) and parts[0] == unit_code]
    return max(numbers, default=0)


def _first_prints() -> sa.Select[PrintRecord]:
    return sa.select(PrintRecord).where(
        PrintRecord.reprint_of.is_(None), PrintRecord.serial.is_not(None), PrintRecord.deleted_at.is_(None)
    )


def _first_print(session: Session, serial: str) -> PrintRecord:
    row = session.scalars(_first_prints().where(PrintRecord.serial == serial.strip().upper())).first()
    if row is None:
        raise NotFoundError(f"Không có giấy chứng nhận số “{serial}” trong sổ.")
    return row


def _search_condition(search: str | None) -> sa.ColumnElement[bool]:
    text = clean(search)
    if not text:
        return sa.true()
    pattern = f"%{text.replace('%', '').replace('_', '')}%"
    return sa.or_(PrintRecord.serial.ilike(pattern), PrintRecord.recipient_name.ilike(pattern))


def _entries(
    session: Session, condition: sa.ColumnElement[bool], offset: int, limit: int
) -> list[RegisterEntry]:
    again = aliased(PrintRecord)
    reprints = (
        sa.select(sa.func.count(), sa.func.max(again.printed_at))
        .where(again.reprint_of == PrintRecord.id, again.deleted_at.is_(None))
        .correlate(PrintRecord)
    )
    count_sq = reprints.with_only_columns(sa.func.count()).scalar_subquery()
    last_sq = reprints.with_only_columns(sa.func.max(again.printed_at)).scalar_subquery()
    rows = session.execute(
        _first_prints().add_columns(count_sq, last_sq).where(condition)
        .order_by(PrintRecord.printed_at.desc(), PrintRecord.pk.desc()).offset(offset).limit(limit)
    )
    return [_entry(row, count, last) for row, count, last in rows]


def _entry(row: PrintRecord, reprints: int, last_reprint: object) -> RegisterEntry:
    assert row.serial is not None
    last = last_reprint if last_reprint is not None else row.printed_at
    return RegisterEntry(
        serial=row.serial, template=row.template, recipient_name=row.recipient_name or "",
        record_type=row.record_type, record_id=row.record_id, issued_at=row.printed_at,
        issued_by=row.printed_by, verification_code=row.verification_code or "", reprints=int(reprints),
        last_printed_at=last,  # type: ignore[arg-type]
        revoked_at=row.revoked_at, revoke_reason=row.revoke_reason,
    )


def _issued(row: PrintRecord) -> IssuedCertificate:
    assert row.serial is not None and row.payload is not None
    claims = signing.read_claims(row.payload)
    return IssuedCertificate(
        serial=row.serial, verification_code=row.verification_code or "", payload=row.payload,
        issued_on=claims.issued_on, recipient_name=row.recipient_name or claims.recipient_name,
        template=row.template, print_record_id=row.id,
    )


def _print_columns(options: PrintOptions) -> dict[str, object]:
    return {
        "on_blank": options.on_blank,
        "printer_profile": options.printer_profile,
        "offset_x_mm": f"{options.offset_x_mm:g}",
        "offset_y_mm": f"{options.offset_y_mm:g}",
        "pdf_sha256": options.pdf_sha256,
    }


def _officer_name(session: Session, officer_id: str | None) -> str | None:
    if officer_id is None:
        return None
    name = session.scalar(sa.select(Officer.full_name).where(Officer.id == officer_id))
    return name or officer_id
