"""Reports to the upper union and the Excel lists (DOMAIN.md §9, issue 7).

The quarterly and phase reports take the dashboard's own figures (``DashboardService``), so what
the office sends up is what its dashboard shows; they are written as Excel (``spreadsheets.report``)
or PDF (``pdf.report_table``) by the target's suffix. The lists (initiatives, authors, rewards,
certificates) stream into write-only workbooks. Every file is written whole or not at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any, Final

from sangkien_desktop.domain.certificates import RegisterEntry
from sangkien_desktop.domain.columns import EXPORT_COLUMNS, ListColumn, format_shares, join_authors, label_of
from sangkien_desktop.domain.dashboard import (
    VIETNAM_UTC_OFFSET,
    CountBasis,
    ProgrammeInfo,
    ReportDocument,
    ReportPeriod,
)
from sangkien_desktop.domain.enums import DecisionState
from sangkien_desktop.domain.errors import KnownError, NotFoundError, ValidationError
from sangkien_desktop.domain.model import InitiativeView, OfficeView, RegistryFilter
from sangkien_desktop.domain.registry_sort import RegistrySort, SortColumn
from sangkien_desktop.domain.text import format_date, format_date_long, full_name_sort_key
from sangkien_desktop.persistence import export_queries
from sangkien_desktop.persistence.atomic_files import atomic_output, write_atomically
from sangkien_desktop.persistence.repositories import InitiativeRepository
from sangkien_desktop.persistence.unit_of_work import UnitOfWorkFactory
from sangkien_desktop.spreadsheets.sheets import CellKind, ListSheet, SheetColumn

from .certificates import CertificateService
from .dashboard import DashboardService
from .office import OfficeService
from .report_rows import report_rows
from .rewards import RewardService

__all__ = ["REPORT_SUFFIXES", "ReportService"]

REPORT_SUFFIXES: Final = (".xlsx", ".pdf")
_VIEW_CHUNK = 1000
# What the list says for a benefit that cannot be put in money (the importer reads it back).
NOT_QUANTIFIABLE: Final = "Không tính được"
_BY_CODE: Final = RegistrySort(SortColumn.CODE)
_SIGNING: Final = ("TM. BAN CHẤP HÀNH", "CHỦ TỊCH")


class ReportService:
    def __init__(self, uow: UnitOfWorkFactory, office: OfficeService, dashboard: DashboardService,
                 rewards: RewardService, certificates: CertificateService,
                 today: Callable[[], date] = date.today) -> None:
        self._uow = uow
        self._office = office
        self._dashboard = dashboard
        self._rewards = rewards
        self._certificates = certificates
        self._today = today

    # -- the reports --------------------------------------------------------------------------------

    def quarterly(self, year: int, quarter: int, basis: CountBasis = CountBasis.UPLOAD,
                  programme_id: str | None = None) -> ReportDocument:
        """The quarterly report of a programme (unless given, the one whose window overlaps the
        quarter; without one, of all initiatives); counted by the
        server's receipt of the uploads unless another basis is chosen (the report says which)."""
        period = ReportPeriod.of_quarter(year, quarter)
        programme = self._programme(programme_id, period)
        subject = _subject(programme, period.label[0].lower() + period.label[1:])
        return self._document("BÁO CÁO", subject, period, basis, programme)

    def phase(self, phase: str | int, basis: CountBasis = CountBasis.UPLOAD,
              programme_id: str | None = None) -> ReportDocument:
        """The phase (sơ kết) report: ``phase`` is the phase's id or its number in the programme
        (1 = the first phase, by date)."""
        programme = self._programme(programme_id, None)
        if programme is None:
            raise NotFoundError("Chưa có chương trình nào để lập báo cáo sơ kết giai đoạn.")
        period = self._dashboard.phase_period(programme.id, phase)
        subject = f"Chương trình “{programme.name}”, {(period.phase_name or '').lower()} ({period.span})"
        return self._document("BÁO CÁO SƠ KẾT", subject, period, basis, programme)

    def programmes(self) -> tuple[ProgrammeInfo, ...]:
        return self._dashboard.programmes()

    def save(self, document: ReportDocument, target: Path) -> Path:
        """The report as ``.xlsx`` or ``.pdf``, chosen by the suffix of ``target``."""
        # The renderers (ReportLab, openpyxl) load when a file is asked for, not with the services.
        from sangkien_desktop.pdf.report_table import render_report
        from sangkien_desktop.spreadsheets.report import write_report

        suffix = target.suffix.lower()
        if suffix == ".pdf":
            write_atomically(target, lambda: render_report(document))
        elif suffix == ".xlsx":
            with atomic_output(target) as out:
                write_report(document, out)
        else:
            raise KnownError(f"Báo cáo chỉ lưu được thành tệp .xlsx hoặc .pdf, không phải “{target.name}”.")
        return target

    def _programme(self, programme_id: str | None, period: ReportPeriod | None) -> ProgrammeInfo | None:
        """The programme asked for (by id or code); else the one running during ``period`` (the
        running one today when no period is given)."""
        if programme_id is None:
            if period is None:
                return self._dashboard.running_programme()
            overlapping = [r for r in self._dashboard.programmes()
                           if r.window_from <= period.ends_on and period.starts_on <= r.window_to]
            return overlapping[0] if overlapping else None
        found = next((r for r in self._dashboard.programmes() if programme_id in (r.id, r.code)), None)
        if found is None:
            raise NotFoundError(f"Không tìm thấy chương trình “{programme_id}”.")
        return found

    def _document(self, title: str, subject: str, period: ReportPeriod, basis: CountBasis,
                  programme: ProgrammeInfo | None) -> ReportDocument:
        office = self._office.get_office()
        programme_id = None if programme is None else programme.id
        progress = self._dashboard.progress(programme_id, [period])[0]
        figures = self._dashboard.figures(period, basis, programme_id, levels=True)
        notes = []
        if basis != CountBasis.UPLOAD:
            notes.append(f"Mục I {CountBasis.UPLOAD.note.lower()} (quy định của Chương trình); "
                         f"các mục khác {basis.note.lower()}.")
        return ReportDocument(
            issuer=office.full_name,
            parent=office.parent_union_name,
            place_date=format_date_long(self._today(), office.place_name),
            title=title,
            subtitle=subject,
            period_line=(f"(Từ ngày {format_date(period.starts_on)} đến ngày {format_date(period.ends_on)}; "
                         f"{basis.note.lower()})"),
            rows=report_rows(progress, figures),
            signing=_SIGNING,
            signer_name=office.chair_name or "",
            distribution=_distribution(office),
            notes=tuple(notes),
        )

    # -- the lists ----------------------------------------------------------------------------------

    def export_initiatives(self, target: Path, query: RegistryFilter | None = None, text: str = "") -> int:
        """The registry (narrowed by ``query`` and the search ``text``, as the registry page would
        show it) by code, with the column labels the importer reads back; returns the row count."""
        registry_filter = query or RegistryFilter()
        problems = registry_filter.problems()
        if problems:
            raise ValidationError(problems)
        office = self._office.get_office()
        with self._uow.read() as session:
            views = _registry_views(InitiativeRepository(session), registry_filter, text)
            sheet = ListSheet("Sáng kiến", "DANH SÁCH SÁNG KIẾN", _made_by(office, self._today()),
                              _INITIATIVE_COLUMNS, (_initiative_row(n, v) for n, v in enumerate(views, 1)))
            return self._write(sheet, target)

    def export_authors(self, target: Path, year: int | None = None) -> int:
        """Authors of live initiatives (first applied in ``year``, if given), sorted by given name."""
        office = self._office.get_office()
        applied = None if year is None else (date(year, 1, 1), date(year, 12, 31))
        with self._uow.read() as session:
            lines = export_queries.authors(session, applied)
            rows = (
                (n, a.full_name, a.birth_date, a.sex.label, a.department, a.job_title,
                 "Có" if a.is_member else "Không", a.worker_kind.label if a.worker_kind else None,
                 a.initiatives, "; ".join(sorted(a.codes.split("; "))))
                for n, a in enumerate(lines, start=1)
            )
            title = "DANH SÁCH TÁC GIẢ SÁNG KIẾN" + ("" if year is None else f" NĂM {year}")
            sheet = ListSheet("Tác giả", title, _made_by(office, self._today()), _AUTHOR_COLUMNS, rows,
                              total_label="Tổng cộng")
            return self._write(sheet, target)

    def export_rewards(self, target: Path, year: int | None = None) -> int:
        """Rewards of issued decisions (dated in ``year``, if given), decision by decision; within a
        decision by reward form, then by name (given name first)."""
        office = self._office.get_office()
        rows = _reward_rows(self._rewards, year)
        title = "DANH SÁCH KHEN THƯỞNG SÁNG KIẾN" + ("" if year is None else f" NĂM {year}")
        return self._write(ListSheet("Khen thưởng", title, _made_by(office, self._today()), _REWARD_COLUMNS,
                                     rows, total_label="Tổng cộng"), target)

    def export_certificates(self, target: Path, year: int | None = None) -> int:
        """The certificate register (issued in ``year``, if given), oldest first."""
        office = self._office.get_office()
        rows = _certificate_rows(self._certificates, year)
        title = "SỔ CẤP GIẤY CHỨNG NHẬN, GIẤY KHEN" + ("" if year is None else f" NĂM {year}")
        return self._write(ListSheet("Giấy chứng nhận", title, _made_by(office, self._today()),
                                     _CERTIFICATE_COLUMNS, rows), target)

    @staticmethod
    def _write(sheet: ListSheet, target: Path) -> int:
        if target.suffix.lower() != ".xlsx":
            raise KnownError(f"Danh sách chỉ lưu được thành tệp .xlsx, không phải “{target.name}”.")
        from sangkien_desktop.spreadsheets.lists import write_list

        with atomic_output(target) as out:
            return write_list(sheet, out)


# -- report documents ---------------------------------------------------------------------------------


def _subject(programme: ProgrammeInfo | None, period_words: str) -> str:
    if programme is None:
        return f"Kết quả phong trào phát huy sáng kiến {period_words}"
    return f"Kết quả thực hiện Chương trình “{programme.name}” {period_words}"


def _distribution(office: OfficeView) -> tuple[str, ...]:
    upper = office.parent_union_name or "Công đoàn cấp trên"
    return (f"- {upper} (để báo cáo);", "- Lưu VP CĐCS.")


def _made_by(office: OfficeView, today: date) -> str:
    return f"{office.full_name} – lập ngày {format_date(today)}"


# -- the initiatives list ---------------------------------------------------------------------------

_INITIATIVE_WIDTHS: Final = {
    ListColumn.ROW_NUMBER: 6, ListColumn.CODE: 15, ListColumn.TITLE: 36, ListColumn.AUTHORS: 24,
    ListColumn.SHARES: 10, ListColumn.KIND: 18, ListColumn.FIELD: 18, ListColumn.DEPARTMENT: 16,
    ListColumn.FIRST_APPLIED: 12, ListColumn.BENEFIT: 15, ListColumn.STATUS: 16,
    ListColumn.DECISION_NUMBER: 14, ListColumn.DECIDED_ON: 12, ListColumn.SUMMARY: 40,
}
_INITIATIVE_KINDS: Final = {ListColumn.ROW_NUMBER: CellKind.COUNT, ListColumn.FIRST_APPLIED: CellKind.DATE,
                            ListColumn.BENEFIT: CellKind.MONEY, ListColumn.DECIDED_ON: CellKind.DATE}
_INITIATIVE_COLUMNS: Final = tuple(
    SheetColumn(label_of(c), _INITIATIVE_WIDTHS[c], _INITIATIVE_KINDS.get(c, CellKind.TEXT))
    for c in EXPORT_COLUMNS
)


def _registry_views(repo: InitiativeRepository, registry_filter: RegistryFilter,
                    text: str) -> Iterator[InitiativeView]:
    """The registry's initiatives in code order, read a thousand views at a time."""
    if text.strip():
        offset = 0
        while True:
            _total, views = repo.search(text, _VIEW_CHUNK, offset, registry_filter, _BY_CODE)
            yield from views
            if len(views) < _VIEW_CHUNK:
                return
            offset += _VIEW_CHUNK
    total, pks = repo.page_pks(registry_filter, 0, 0)
    _total, pks = repo.page_pks(registry_filter, total, 0, _BY_CODE)
    for start in range(0, len(pks), _VIEW_CHUNK):
        yield from repo.views(pks[start:start + _VIEW_CHUNK])


def _initiative_row(number: int, view: InitiativeView) -> tuple[Any, ...]:
    authors = sorted(view.authors, key=lambda a: a.position)
    values: dict[ListColumn, Any] = {
        ListColumn.ROW_NUMBER: number,
        ListColumn.CODE: view.code,
        ListColumn.TITLE: view.title,
        ListColumn.AUTHORS: join_authors(a.full_name for a in authors),
        ListColumn.SHARES: format_shares([a.share_pct for a in authors]),
        ListColumn.KIND: view.kind.label,
        ListColumn.FIELD: view.field_code.label,
        ListColumn.DEPARTMENT: view.department,
        ListColumn.FIRST_APPLIED: view.first_applied_on,
        ListColumn.BENEFIT: NOT_QUANTIFIABLE if view.benefit_not_quantifiable else view.benefit_vnd,
        ListColumn.STATUS: view.status.label,
        ListColumn.DECISION_NUMBER: view.decision_number,
        ListColumn.DECIDED_ON: view.decided_on,
        ListColumn.SUMMARY: view.summary,
    }
    return tuple(values[column] for column in EXPORT_COLUMNS)


# -- authors, rewards, certificates -------------------------------------------------------------------

_AUTHOR_COLUMNS: Final = (
    SheetColumn("STT", 6, CellKind.COUNT), SheetColumn("Họ và tên", 26),
    SheetColumn("Ngày sinh", 12, CellKind.DATE), SheetColumn("Giới tính", 9), SheetColumn("Bộ phận", 22),
    SheetColumn("Chức danh", 18),
    SheetColumn("Đoàn viên", 10), SheetColumn("Loại lao động", 18),
    SheetColumn("Số sáng kiến", 10, CellKind.COUNT, total=True), SheetColumn("Mã sáng kiến", 40),
)
_REWARD_COLUMNS: Final = (
    SheetColumn("STT", 6, CellKind.COUNT), SheetColumn("Họ và tên / tập thể", 26),
    SheetColumn("Chức vụ, đơn vị", 26), SheetColumn("Hình thức khen thưởng", 26), SheetColumn("Cấp khen", 18),
    SheetColumn("Số quyết định", 16), SheetColumn("Ngày quyết định", 12, CellKind.DATE),
    SheetColumn("Sáng kiến", 30), SheetColumn("Thành tích", 40), SheetColumn("Số vào sổ vàng", 10),
    SheetColumn("Số tiền (đồng)", 16, CellKind.MONEY, total=True),
)
_CERTIFICATE_COLUMNS: Final = (
    SheetColumn("STT", 6, CellKind.COUNT), SheetColumn("Số hiệu", 20), SheetColumn("Mẫu", 8),
    SheetColumn("Người nhận", 28), SheetColumn("Ngày cấp", 12, CellKind.DATE), SheetColumn("Người in", 22),
    SheetColumn("Mã kiểm tra", 14), SheetColumn("Số lần in lại", 10, CellKind.COUNT),
    SheetColumn("Ngày thu hồi", 12, CellKind.DATE), SheetColumn("Lý do thu hồi", 30),
)


def _reward_rows(rewards: RewardService, year: int | None) -> Iterator[tuple[Any, ...]]:
    number = 0
    issued = [d for d in rewards.list(year) if d.state == DecisionState.DA_BAN_HANH]
    for summary in sorted(issued, key=lambda d: (d.decided_on or date.min, d.number or "")):
        decision = rewards.get(summary.id)
        lines = sorted(decision.recipients, key=lambda r: (r.form.label, full_name_sort_key(r.name)))
        for line in lines:
            number += 1
            codes = "; ".join(i.code for i in line.initiatives)
            yield (number, line.name, line.position_line, line.form.label, line.level.label, decision.number,
                   decision.decided_on, codes, line.citation, line.golden_book_no, line.amount)


def _certificate_rows(certificates: CertificateService, year: int | None) -> Iterator[tuple[Any, ...]]:
    entries: list[RegisterEntry] = []
    offset = 0
    while True:
        page = certificates.register(offset=offset, limit=500)
        entries += page.entries
        offset += len(page.entries)
        if not page.entries or offset >= page.total:
            break
    number = 0
    for entry in sorted(entries, key=lambda e: e.issued_at):
        issued_on = (entry.issued_at + VIETNAM_UTC_OFFSET).date()
        if year is not None and issued_on.year != year:
            continue
        number += 1
        revoked = None if entry.revoked_at is None else (entry.revoked_at + VIETNAM_UTC_OFFSET).date()
        yield (number, entry.serial, entry.template.value, entry.recipient_name, issued_on, entry.issued_by,
               entry.verification_code, entry.reprints, revoked, entry.revoke_reason)

