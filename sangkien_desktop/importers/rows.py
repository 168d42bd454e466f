"""One data row of a list → an initiative draft, or the row's problems (row, column, message).

Values are read by the mapped columns only. A row is never taken half-way: any error keeps the whole
row out. The status may be given; otherwise it follows from what the row holds (a recognition
decision → recognised, a first application date → applied, else an idea). Imported records may be in
any status, but each status needs the facts it implies (a decision for the recognised ones).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Final

from sangkien_desktop.domain.columns import ListColumn, header_key, split_authors
from sangkien_desktop.domain.enums import FieldCode, InitiativeStatus, Sex, SolutionKind
from sangkien_desktop.domain.errors import FieldProblem
from sangkien_desktop.domain.importing import ImportedRow, ImportMapping, ProblemKind, RowProblem
from sangkien_desktop.domain.model import AuthorInput, InitiativeDraft
from sangkien_desktop.domain.rules import LegalSettings
from sangkien_desktop.domain.text import clean
from sangkien_desktop.domain.validation import validate_draft
from sangkien_desktop.domain.workflow import STATUS_ORDER

from .values import (
    CellProblem,
    DateValue,
    MonthFirstDate,
    as_amount,
    as_date,
    as_enum,
    as_shares,
    as_text,
    header_scale,
    is_blank,
)

__all__ = ["RowContext", "RowOutcome", "convert_row"]

C = ListColumn
S = InitiativeStatus
# Statuses that follow a recognition decision (the refusal aside): they need its number and date.
_RECOGNISED: Final = frozenset(
    s for s in S if STATUS_ORDER[s] >= STATUS_ORDER[S.DA_CONG_NHAN] and s is not S.KHONG_CONG_NHAN
)
# A validation problem's field → the column it is about.
_FIELD_COLUMNS: Final = {
    "title": C.TITLE,
    "code": C.CODE,
    "department": C.DEPARTMENT,
    "summary": C.SUMMARY,
    "status": C.STATUS,
    "first_applied_on": C.FIRST_APPLIED,
    "benefit_value": C.BENEFIT,
    "decision_number": C.DECISION_NUMBER,
    "decided_on": C.DECIDED_ON,
    "kind": C.KIND,
    "field_code": C.FIELD,
    "authors.share_pct": C.SHARES,
    "notes": C.NOTES,
}
_FOOTERS: Final = frozenset({"tong cong", "tong so", "cong", "tong", "cong chung", "tong cong toan don vi"})


@dataclass(frozen=True)
class RowContext:
    mapping: ImportMapping
    legal: LegalSettings
    today: date

    @functools.cached_property
    def benefit_scale(self) -> int:
        return header_scale(self.mapping.header_of(C.BENEFIT))

    @functools.cached_property
    def read_columns(self) -> tuple[tuple[ListColumn, int], ...]:
        """(target, position in the row) of every mapped column, worked out once per file."""
        return tuple((c.target, c.index) for c in self.mapping.columns if c.target is not None)


@dataclass
class RowOutcome:
    row: int
    imported: ImportedRow | None = None
    problems: list[RowProblem] = field(default_factory=list)
    skipped: bool = False  # an empty row or a footer: not a record
    ambiguous_dates: list[tuple[str, str]] = field(default_factory=list)  # (column, text) read day-first
    month_first_only: bool = False

    @property
    def has_error(self) -> bool:
        return any(p.kind is ProblemKind.ERROR for p in self.problems)


class _Cells:
    """The row's values by target column, with problems recorded against the file's headers."""

    def __init__(self, number: int, values: Sequence[object], context: RowContext) -> None:
        self.outcome = RowOutcome(number)
        self.mapping = context.mapping
        self.birth_year_only = False
        width = len(values)
        self.values = {target: values[index] for target, index in context.read_columns if index < width}

    def add(self, column: ListColumn, message: str, kind: ProblemKind = ProblemKind.ERROR) -> None:
        self.outcome.problems.append(
            RowProblem(self.outcome.row, self.mapping.header_of(column), message, kind)
        )

    def read(self, column: ListColumn, parse: Callable[[object], Any]) -> Any:
        try:
            return parse(self.values.get(column))
        except CellProblem as exc:
            self.outcome.month_first_only |= isinstance(exc, MonthFirstDate)
            self.add(column, str(exc))
            return None

    def text(self, column: ListColumn) -> str | None:
        return self.read(column, as_text)  # type: ignore[no-any-return]

    def date(self, column: ListColumn, *, year_allowed: bool = False) -> DateValue | None:
        value = self.read(
            column, lambda v: as_date(v, month_first=self.mapping.month_first, year_allowed=year_allowed)
        )
        if isinstance(value, DateValue):
            if value.ambiguous:
                self.outcome.ambiguous_dates.append(
                    (self.mapping.header_of(column), str(self.values.get(column)))
                )
            self.outcome.month_first_only |= value.month_first_only
        return value  # type: ignore[no-any-return]


def convert_row(number: int, values: Sequence[object], context: RowContext) -> RowOutcome:
    """``values`` already decoded to Unicode."""
    cells = _Cells(number, values, context)
    if _not_a_record(cells):
        cells.outcome.skipped = True
        return cells.outcome
    draft = _draft(cells, context)
    if draft is None or cells.outcome.has_error:
        return cells.outcome
    for problem in validate_draft(draft, context.legal, context.today, initial=False):
        cells.add(
            _column_of(problem),
            problem.reason,
            ProblemKind.ERROR if problem.blocking else ProblemKind.WARNING,
        )
    for column, message in _status_problems(draft):
        cells.add(column, message)
    if not cells.outcome.has_error:
        cells.outcome.imported = ImportedRow(number, draft, cells.text(C.JOB_TITLE), cells.birth_year_only)
    return cells.outcome


def _not_a_record(cells: _Cells) -> bool:
    """Blank rows, and rows without title and authors (a total, a signature block below the list)."""
    if all(is_blank(v) for v in cells.values.values()):
        return True
    title = cells.values.get(C.TITLE)
    if not is_blank(cells.values.get(C.AUTHORS)):
        return False
    if not is_blank(title):
        return isinstance(title, str) and _is_footer(title)  # "Tổng cộng" in the title column
    return _is_footer_row(cells)


def _is_footer(text: str) -> bool:
    return header_key(text) in _FOOTERS


def _is_footer_row(cells: _Cells) -> bool:
    first = next((v for v in cells.values.values() if not is_blank(v)), None)
    filled = sum(not is_blank(v) for v in cells.values.values())
    return (isinstance(first, str) and _is_footer(first)) or filled < 3


def _draft(cells: _Cells, context: RowContext) -> InitiativeDraft | None:
    mapping = context.mapping
    title = cells.text(C.TITLE)
    if title is None and not cells.outcome.problems:
        cells.add(C.TITLE, "thiếu tên sáng kiến")
    authors = _authors(cells)
    kind = cells.read(C.KIND, lambda v: as_enum(v, SolutionKind)) or mapping.default_kind
    field_code = _field(cells, mapping.default_field)
    applied, decided = cells.date(C.FIRST_APPLIED), cells.date(C.DECIDED_ON)
    benefit, not_quantifiable = cells.read(C.BENEFIT, lambda v: as_amount(v, context.benefit_scale)) or (
        None,
        False,
    )
    decision_number = cells.text(C.DECISION_NUMBER)
    status = cells.read(C.STATUS, lambda v: as_enum(v, InitiativeStatus))
    if status is None:
        status = S.DA_CONG_NHAN if decision_number and decided else S.AP_DUNG_THU if applied else S.Y_TUONG
    if title is None or cells.outcome.has_error:
        return None
    return InitiativeDraft(
        title=title,
        kind=kind,
        field_code=field_code,
        authors=authors,
        status=status,
        code=cells.text(C.CODE),
        summary=cells.text(C.SUMMARY),
        department=cells.text(C.DEPARTMENT),
        first_applied_on=applied.value if applied else None,
        benefit_value=benefit,
        benefit_not_quantifiable=not_quantifiable,
        decision_number=decision_number,
        decided_on=decided.value if decided else None,
        notes=cells.text(C.NOTES),
    )


def _field(cells: _Cells, default: FieldCode) -> FieldCode:
    raw = cells.values.get(C.FIELD)
    try:
        return as_enum(raw, FieldCode) or default
    except CellProblem:
        cells.add(
            C.FIELD, f"không nhận ra lĩnh vực «{as_text(raw)}», ghi là «{default.label}»", ProblemKind.WARNING
        )
        return default


def _authors(cells: _Cells) -> tuple[AuthorInput, ...]:
    text = cells.text(C.AUTHORS)
    names = [name for part in split_authors(text) if (name := clean(part))] if text else []
    shares = cells.read(C.SHARES, lambda v: as_shares(v, len(names))) if names else None
    if not names and not is_blank(cells.values.get(C.SHARES)):
        cells.add(C.SHARES, "có tỷ lệ đóng góp nhưng không có tác giả")
    birth = cells.date(C.BIRTH_DATE, year_allowed=True)
    cells.birth_year_only = bool(birth and birth.year_only)
    sex = _sex(cells)
    department = cells.text(C.DEPARTMENT)
    authors = []
    for position, name in enumerate(names):
        lead = position == 0  # a row's birth date and sex are its (lead) author's
        authors.append(
            AuthorInput(
                full_name=name,
                share_pct=shares[position] if shares else None,
                birth_date=birth.value if lead and birth else None,
                sex=sex if lead else None,
                department=department,
            )
        )
    return tuple(authors)


def _sex(cells: _Cells) -> Sex | None:
    raw = cells.values.get(C.SEX)
    try:
        return as_enum(raw, Sex)
    except CellProblem:
        cells.add(C.SEX, f"không nhận ra giới tính «{as_text(raw)}», để trống", ProblemKind.WARNING)
        return None


def _status_problems(draft: InitiativeDraft) -> list[tuple[ListColumn, str]]:
    """What a record imported in its status must already have."""
    status = draft.status
    found: list[tuple[ListColumn, str]] = []
    if status is not S.Y_TUONG and draft.first_applied_on is None:
        found.append((C.FIRST_APPLIED, f"cần có ngày áp dụng lần đầu khi trạng thái là «{status.label}»"))
    if status in _RECOGNISED:
        if not draft.decision_number:
            found.append(
                (C.DECISION_NUMBER, f"cần có số quyết định công nhận khi trạng thái là «{status.label}»")
            )
        if draft.decided_on is None:
            found.append(
                (C.DECIDED_ON, f"cần có ngày quyết định công nhận khi trạng thái là «{status.label}»")
            )
    elif draft.decision_number and status is not S.KHONG_CONG_NHAN:
        found.append((C.STATUS, f"có quyết định công nhận nhưng trạng thái là «{status.label}»"))
    if bool(draft.decision_number) != bool(draft.decided_on) and status is S.KHONG_CONG_NHAN:
        missing = C.DECIDED_ON if draft.decision_number else C.DECISION_NUMBER
        found.append((missing, "cần nhập cả số và ngày của quyết định"))
    return found


def _column_of(problem: FieldProblem) -> ListColumn:
    if problem.field.startswith("authors") and problem.field != "authors.share_pct":
        return C.AUTHORS
    return _FIELD_COLUMNS.get(problem.field, C.TITLE)
