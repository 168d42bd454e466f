"""Batch printing of certificates and single documents into one PDF file (DOCUMENTS.md §11).

A batch is every recipient of a reward decision, or a selection of them, one page each in the
decision's order. Before anything is issued, ``check_fits`` looks at every name and title: when
one cannot fit even at the minimum size, the batch is refused with the list of offending records
(never cut silently). Then the register issues (or, for a reprint, finds) each serial with its
signed QR payload, the template renders, and the bytes are written to a temporary file in the
target folder that is renamed over the target only at the very end: a cancelled or failed batch
leaves neither a half-written PDF nor a stray temporary file.

Long batches take a ``ProgressControl`` (the UI's ``TaskControl`` fits): ``report`` as pages are
done, ``check`` between steps, raising the caller's ``Cancelled`` to stop.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Literal, Protocol

import sqlalchemy as sa

from sangkien_desktop.domain.certificates import IssuedCertificate, PrintOptions
from sangkien_desktop.domain.enums import (
    DocumentTemplate,
    RecognitionOutcome,
)
from sangkien_desktop.domain.errors import KnownError, NotFoundError
from sangkien_desktop.domain.reward_views import RewardDecisionView
from sangkien_desktop.domain.text import (
    decision_number_key,
    format_date,
    format_date_long,
    format_money,
)
from sangkien_desktop.pdf.calibration import render_calibration
from sangkien_desktop.pdf.certificate import CertificateData
from sangkien_desktop.pdf.fonts import register_fonts
from sangkien_desktop.pdf.template_a import render_a
from sangkien_desktop.pdf.template_b import check_fits, check_offset, render_b
from sangkien_desktop.pdf.template_d import AuthorRow, RequestDocument, render_d
from sangkien_desktop.persistence.atomic_files import write_atomically
from sangkien_desktop.persistence.models import Reward
from sangkien_desktop.persistence.unit_of_work import UnitOfWorkFactory

from .certificate_sheets import (
    AUTHOR_RECORD,
    PLAIN_PAPER,
    REWARD_RECORD,
    SERIAL_SAMPLE_CODE,
    Sheet,
    author_sheet,
    reward_sheet,
    with_certificate,
)
from .certificates import CertificateService
from .documents import request_sections
from .initiatives import InitiativeService
from .office import OfficeService
from .printer_profiles import PrinterProfiles
from .recognition import RecognitionService
from .rewards import RewardService

__all__ = [
    "CertificatesDoNotFit",
    "PrintResult",
    "PrintingService",
    "ProgressControl",
]


class ProgressControl(Protocol):
    """What a long print needs from its caller: report progress, stop when asked."""

    def report(self, done: int, total: int | None = None, text: str | None = None) -> None: ...

    def check(self) -> None: ...


class _Silent:
    """The control used when nobody watches (the CLI, tests): never cancels."""

    def report(self, done: int, total: int | None = None, text: str | None = None) -> None:
        """Nobody to tell."""

    def check(self) -> None:
        """Never cancelled."""


@dataclass(frozen=True)
class PrintResult:
    """A finished PDF: where it is, how many pages, and the serials printed on them (in page order)."""

    path: Path
    pages: int | None  # None: a single document, whose pages nobody counted
    serials: tuple[str, ...] = ()


class CertificatesDoNotFit(KnownError):
    """Some names or titles cannot fit their box even at the minimum size; nothing was printed."""

    def __init__(self, records: Sequence[str]) -> None:
        self.records = tuple(records)
        listed = "\n".join(f"  - {record}" for record in self.records)
        super().__init__(f"Chưa in: {len(self.records)} bản có tên hoặc nội dung quá dài, không vừa ô in "
                         f"ngay cả với cỡ chữ nhỏ nhất. Hãy rút gọn rồi in lại:\n{listed}")


# -- the service ------------------------------------------------------------------------------------

CertificateTemplate = Literal["A", "B"]


class PrintingService:
    """Certificates of a reward decision (template B) or of an initiative's authors (template A), and
    single documents, into PDF files."""

    def __init__(self, uow: UnitOfWorkFactory, office: OfficeService, rewards: RewardService,
                 initiatives: InitiativeService, recognition: RecognitionService,
                 certificates: CertificateService, emblem: Callable[[], Path | None] = lambda: None,
                 today: Callable[[], date] = date.today, profiles: PrinterProfiles | None = None) -> None:
        self._uow = uow
        self._office, self._rewards, self._initiatives = office, rewards, initiatives
        self._recognition, self._certificates = recognition, certificates
        self._emblem, self._today = emblem, today
        self.profiles = profiles or PrinterProfiles(uow)  # the printers' offsets for pre-printed blanks

    # -- finding what to print ----------------------------------------------------------------------

    def decision_by_number(self, number: str, year: int | None = None) -> RewardDecisionView:
        """The reward decision numbered ``number`` (accents, case and spaces ignored), of ``year``
        when given. Numbers restart every year, so one number of several years asks for the year."""
        wanted = decision_number_key(number)
        found = [summary for summary in self._rewards.list(year)
                 if summary.number and decision_number_key(summary.number) == wanted]
        if not found:
            where = f" năm {year}" if year else ""
            raise NotFoundError(f"Không có quyết định khen thưởng số “{number}”{where}.")
        if len(found) > 1:
            dates = ", ".join(format_date(s.decided_on) for s in found if s.decided_on)
            raise KnownError(f"Có {len(found)} quyết định khen thưởng số “{number}” ({dates}); "
                             "hãy cho biết năm (--year NĂM).")
        return self._rewards.get(found[0].id)

    def decision_sheets(self, decision_id: str, reward_ids: Sequence[str] | None = None) -> list[Sheet]:
        """Template B sheets of an issued decision, in annex order; ``reward_ids`` keeps a selection."""
        decision = self._rewards.get(decision_id)
        if not decision.is_issued:
            raise KnownError(f"Quyết định {decision.number or ''} chưa ban hành nên chưa in được giấy khen.")
        lines = decision.recipients
        if reward_ids is not None:
            chosen = set(reward_ids)
            lines = tuple(line for line in lines if line.id in chosen)
            if len(lines) != len(chosen):
                raise NotFoundError("Có dòng khen thưởng được chọn không thuộc quyết định này.")
        if not lines:
            raise KnownError(f"Quyết định {decision.number or ''} không có ai được khen thưởng để in.")
        office = self._office.get_office()
        return [reward_sheet(office, decision, line) for line in lines]

    def initiative_sheets(self, key: str) -> list[Sheet]:
        """Template A sheets, one per author of a recognised initiative (code or id)."""
        initiative = self._initiatives.get(key)
        if initiative.decision_outcome is not RecognitionOutcome.CONG_NHAN or not initiative.decision_number:
            raise KnownError(f"Sáng kiến {initiative.code} chưa có quyết định công nhận nên chưa in được "
                             "giấy chứng nhận.")
        office = self._office.get_office()
        return [author_sheet(office, initiative, author) for author in initiative.authors]

    # -- printing -----------------------------------------------------------------------------------

    def print_decision(self, decision_id: str, target: Path, control: ProgressControl | None = None, *,
                       reward_ids: Sequence[str] | None = None, blank: bool = False,
                       offset_mm: tuple[float, float] | None = None, profile: str | None = None,
                       officer_id: str | None = None) -> PrintResult:
        """Every recipient of an issued decision (or the ``reward_ids`` selection), one Giấy khen each.

        On pre-printed blanks the fields move by ``offset_mm``, or by the saved offsets of the printer
        ``profile``, or by the default profile's when neither is given; the register keeps which."""
        options = self.blank_options(blank, offset_mm, profile)
        sheets = self.decision_sheets(decision_id, reward_ids)
        return self._print(sheets, "B", target, control, options, officer_id=officer_id)

    def blank_options(self, blank: bool, offset_mm: tuple[float, float] | None = None,
                      profile: str | None = None) -> PrintOptions:
        """How a Giấy khen batch is placed: on plain paper, or on blanks with explicit or saved offsets."""
        if not blank:
            if profile or (offset_mm is not None and any(offset_mm)):
                raise KnownError("Độ lệch máy in chỉ dùng khi in lên phôi in sẵn (--blank).")
            return PrintOptions()
        if profile and offset_mm is not None:
            raise KnownError("Hãy dùng hồ sơ máy in hoặc độ lệch nhập tay, không dùng cả hai.")
        if offset_mm is not None:
            check_offset(offset_mm)
            return PrintOptions(on_blank=True, offset_x_mm=offset_mm[0], offset_y_mm=offset_mm[1])
        chosen = self.profiles.get(profile) if profile else self.profiles.default()
        if chosen is None:
            return PrintOptions(on_blank=True)
        return PrintOptions(on_blank=True, printer_profile=chosen.name, offset_x_mm=chosen.offset_x_mm,
                            offset_y_mm=chosen.offset_y_mm)

    def print_calibration(self, target: Path, *, profile: str | None = None,
                          offset_mm: tuple[float, float] | None = None) -> PrintResult:
        """The calibration page (CAL) with the cross-hairs moved by ``offset_mm`` or the offsets saved
        for ``profile`` (none: unmoved, to measure a new printer)."""
        if profile and offset_mm is not None:
            raise KnownError("Hãy dùng hồ sơ máy in hoặc độ lệch nhập tay, không dùng cả hai.")
        offsets = self.profiles.get(profile).offset_mm if profile else offset_mm or (0.0, 0.0)
        check_offset(offsets)
        write_atomically(target, lambda: render_calibration(offset_mm=offsets))
        return PrintResult(target, 1)

    def reprint(self, serials: Sequence[str], target: Path, control: ProgressControl | None = None, *,
                officer_id: str | None = None) -> PrintResult:
        """Print issued certificates again (same serials and QR, each reprint logged), in the given order.

        All must be of one template; a revoked certificate is refused before anything is printed."""
        entries = [self._certificates.entry(serial) for serial in serials]
        revoked = [e.serial for e in entries if e.revoked]
        if revoked:
            raise KnownError(f"Giấy chứng nhận đã bị thu hồi nên không in lại được: {', '.join(revoked)}.")
        templates = {e.template for e in entries}
        if len(templates) != 1:
            raise KnownError("Hãy chọn các giấy chứng nhận cùng một mẫu để in lại trong một tệp.")
        sheets = [self._sheet_of(e.record_type, e.record_id) for e in entries]
        template: CertificateTemplate = "A" if templates == {DocumentTemplate.A} else "B"
        return self._print(sheets, template, target, control, officer_id=officer_id)

    def _sheet_of(self, record_type: str, record_id: str) -> Sheet:
        if record_type == REWARD_RECORD:
            with self._uow.read() as session:
                decision_id = session.scalar(sa.select(Reward.decision_id).where(Reward.id == record_id))
            if decision_id is not None:
                sheets = self.decision_sheets(decision_id, [record_id])
                return sheets[0]
        elif record_type == AUTHOR_RECORD:
            initiative_id = record_id.partition(":")[0]
            for sheet in self.initiative_sheets(initiative_id):
                if sheet.subject.record_id == record_id:
                    return sheet
        raise NotFoundError("Không còn dữ liệu gốc của giấy chứng nhận này (dòng khen thưởng hoặc tác giả "
                            "đã bị xoá) nên không in lại được.")

    def print_initiative(self, key: str, target: Path, control: ProgressControl | None = None, *,
                         officer_id: str | None = None) -> PrintResult:
        """The Giấy chứng nhận sáng kiến of every author of a recognised initiative."""
        return self._print(self.initiative_sheets(key), "A", target, control, officer_id=officer_id)

    def _print(self, sheets: Sequence[Sheet], template: CertificateTemplate, target: Path,
               control: ProgressControl | None, options: PrintOptions = PLAIN_PAPER, *,
               officer_id: str | None = None) -> PrintResult:
        control = control or _Silent()
        blank, offset_mm = options.on_blank, (options.offset_x_mm, options.offset_y_mm)
        unit_code = self._office.get_office().unit_code
        self._refuse_overflow(sheets, template, unit_code, blank)
        control.check()
        items: list[CertificateData] = []

        def produce() -> bytes:
            control.report(0, len(sheets), "Đang cấp số hiệu giấy chứng nhận…")
            issued = self._issue(sheets, options, control, officer_id)
            pairs = zip(sheets, issued, strict=True)
            items.extend(with_certificate(sheet.data, made, qr=not blank) for sheet, made in pairs)
            return self._render(items, template, control, blank, offset_mm)

        write_atomically(target, produce)
        return PrintResult(target, len(items), tuple(item.serial for item in items))

    def _refuse_overflow(self, sheets: Sequence[Sheet], template: CertificateTemplate, unit_code: str,
                         blank: bool) -> None:
        sample = f"{unit_code}-{self._today().year}-00000"
        samples = [replace(s.data, serial=sample, verification_code=SERIAL_SAMPLE_CODE) for s in sheets]
        register_fonts()  # measuring needs the faces; a missing font file is reported here, before issuing
        problems = check_fits(samples, template, blank=blank)
        if problems:
            raise CertificatesDoNotFit(problems)

    def _issue(self, sheets: Sequence[Sheet], options: PrintOptions, control: ProgressControl,
               officer_id: str | None) -> list[IssuedCertificate]:
        """Reprint (same serial) what was issued before and is not revoked; issue the rest in one go."""
        found: dict[int, IssuedCertificate] = {}
        fresh: list[int] = []
        for index, sheet in enumerate(sheets):
            subject = sheet.subject
            before = self._certificates.existing(subject.template, subject.record_type, subject.record_id)
            if before is not None and not self._certificates.entry(before.serial).revoked:
                control.check()
                found[index] = self._certificates.reprint(before.serial, options, officer_id)
            else:
                fresh.append(index)
        control.check()
        issued = self._certificates.issue_many([sheets[i].subject for i in fresh], options, officer_id)
        found.update(zip(fresh, issued, strict=True))
        return [found[index] for index in range(len(sheets))]

    def _render(self, items: Sequence[CertificateData], template: CertificateTemplate,
                control: ProgressControl, blank: bool, offset_mm: tuple[float, float]) -> bytes:
        def progress(done: int, total: int) -> None:
            control.report(done, total, f"Đang tạo trang {done}/{total}…")
            control.check()

        if template == "A":
            return render_a(items, progress=progress)
        return render_b(items, blank=blank, offset_mm=offset_mm, emblem=None if blank else self._emblem(),
                        progress=progress)

    # -- single documents ---------------------------------------------------------------------------

    def print_request(self, key: str, target: Path) -> PrintResult:
        """Template D, the Đơn yêu cầu công nhận sáng kiến of an initiative, to ``target``."""
        document = self.request_document(key)
        write_atomically(target, lambda: render_d(document))
        return PrintResult(target, None)

    def request_document(self, key: str) -> RequestDocument:
        initiative = self._initiatives.get(key)
        office = self._office.get_office()
        requests = self._recognition.requests_for(initiative.id)
        filed = requests[0].filed_on if requests else self._today()
        addressee = requests[0].addressee_name if requests else office.employer_name
        sections = request_sections(self._initiatives.detail(initiative.id).draft, office.employer_name)
        return RequestDocument(
            addressee=addressee,
            authors=tuple(AuthorRow(a.full_name, share_pct=a.share_pct) for a in initiative.authors),
            title=initiative.title,
            place_date=format_date_long(filed, office.place_name),
            field_text=initiative.field_code.label,
            first_applied_on=format_date(initiative.first_applied_on) if initiative.first_applied_on else "",
            benefit_value=format_money(initiative.benefit_vnd) if initiative.benefit_vnd is not None else "",
            **sections,
        )

