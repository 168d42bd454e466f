"""Reporting figures (DOMAIN.md §9): periods, what a figure counts by, breakdowns, progress on targets.

Pure data. The dashboard service fills it from SQL aggregates; the dashboard page draws it and turns a
clicked figure into the registry's filter (``Tally.link``); the report service lays it out for the
quarterly and phase reports to the upper-level union.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Final

from .enums import PeriodKind, RewardForm, SolutionKind
from .errors import FieldProblem, ValidationError
from .model import ProgrammeChoice, RegistryFilter
from .text import format_date, format_number, format_percent, nfc

__all__ = [
    "MAX_TARGET",
    "REPORT_HEADINGS",
    "ROMAN_QUARTERS",
    "VIETNAM_UTC_OFFSET",
    "AuthorFigures",
    "BenefitFigures",
    "Breakdown",
    "CountBasis",
    "Dashboard",
    "Dimension",
    "Figures",
    "MonthPoint",
    "PhaseInfo",
    "ProgrammeInfo",
    "ReportDocument",
    "ReportPeriod",
    "ReportRow",
    "RewardFigures",
    "RewardLine",
    "RowStyle",
    "Tally",
    "TargetInput",
    "TargetProgress",
    "TargetSheet",
    "TargetValue",
    "parse_target_count",
    "percent_of",
    "quarter_of",
]

# Periods are the office's calendar days; the server stamps receipts in UTC. Viet Nam keeps UTC+7
# all year (no summer time), so a quarter starts at 17:00 UTC on the day before.
VIETNAM_UTC_OFFSET: Final = timedelta(hours=7)
ROMAN_QUARTERS: Final = ("I", "II", "III", "IV")


class CountBasis(StrEnum):
    """Which date places an initiative in a period; every report states it (DOMAIN.md §9)."""

    UPLOAD = "upload"  # the upper union's server received the upload: the programme's quarterly rule
    APPLIED = "applied"  # first (trial) application: the registry's year and quarter filter
    DECISION = "decision"  # the employer's recognition decision: internal yearly reports

    @property
    def label(self) -> str:
        return _BASIS_LABELS[self]

    @property
    def note(self) -> str:
        """The sentence a report prints under its title."""
        return f"Số liệu tính theo {_BASIS_LABELS[self][0].lower()}{_BASIS_LABELS[self][1:]}"


_BASIS_LABELS: Final = {
    CountBasis.UPLOAD: "Ngày máy chủ công đoàn cấp trên nhận sáng kiến tải lên",
    CountBasis.APPLIED: "Ngày áp dụng lần đầu",
    CountBasis.DECISION: "Ngày quyết định công nhận",
}


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


@dataclass(frozen=True)
class ReportPeriod:
    """A year, a quarter or a programme phase (``Target.period_kind`` NAM, QUY, DOT); days inclusive."""

    kind: PeriodKind
    starts_on: date
    ends_on: date
    phase_id: str | None = None
    phase_name: str | None = None

    @classmethod
    def of_year(cls, year: int) -> ReportPeriod:
        _check_year(year)
        return cls(PeriodKind.NAM, date(year, 1, 1), date(year, 12, 31))

    @classmethod
    def of_quarter(cls, year: int, quarter: int) -> ReportPeriod:
        _check_year(year)
        if not 1 <= quarter <= 4:
            raise ValidationError([FieldProblem("quarter", "Quý", "phải từ 1 đến 4")])
        first = date(year, 3 * quarter - 2, 1)
        after = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
        return cls(PeriodKind.QUY, first, after - timedelta(days=1))

    @classmethod
    def of_phase(cls, phase_id: str, name: str, starts_on: date, ends_on: date) -> ReportPeriod:
        return cls(PeriodKind.DOT, starts_on, ends_on, phase_id, name)

    @property
    def year(self) -> int:
        return self.starts_on.year

    @property
    def quarter(self) -> int | None:
        return quarter_of(self.starts_on) if self.kind == PeriodKind.QUY else None

    @property
    def target_period(self) -> str:
        """``Target.period`` of this period: "2022", "2022-Q3" or the phase's id."""
        if self.kind == PeriodKind.NAM:
            return str(self.year)
        if self.kind == PeriodKind.QUY:
            return f"{self.year}-Q{self.quarter}"
        assert self.phase_id is not None
        return self.phase_id

    @property
    def label(self) -> str:
        """"Quý IV năm 2026", "Năm 2026", "Giai đoạn 1 (08/01/2022 – 31/05/2022)"."""
        if self.kind == PeriodKind.NAM:
            return f"Năm {self.year}"
        if self.kind == PeriodKind.QUY:
            return f"Quý {ROMAN_QUARTERS[(self.quarter or 1) - 1]} năm {self.year}"
        return f"{self.phase_name or 'Đợt'} ({self.span})"

    @property
    def span(self) -> str:
        return f"{format_date(self.starts_on)} – {format_date(self.ends_on)}"

    def contains(self, day: date) -> bool:
        return self.starts_on <= day <= self.ends_on

    def utc_bounds(self) -> tuple[datetime, datetime]:
        """[start, end) in UTC of this period's days in Viet Nam, for server timestamps."""
        start = datetime.combine(self.starts_on, datetime.min.time()) - VIETNAM_UTC_OFFSET
        end = datetime.combine(self.ends_on + timedelta(days=1), datetime.min.time()) - VIETNAM_UTC_OFFSET
        return start, end

    def registry_filter(self) -> RegistryFilter | None:
        """The registry's own year/quarter filter for this period (by first application); phases have none."""
        if self.kind == PeriodKind.DOT:
            return None
        return RegistryFilter(year=self.year, quarter=self.quarter)


def _check_year(year: int) -> None:
    if not RegistryFilter.MIN_YEAR <= year <= RegistryFilter.MAX_YEAR:
        limits = f"từ {RegistryFilter.MIN_YEAR} đến {RegistryFilter.MAX_YEAR}"
        raise ValidationError([FieldProblem("year", "Năm", f"phải {limits}")])


@dataclass(frozen=True)
class PhaseInfo:
    """A phase (đợt, giai đoạn) of a programme."""

    id: str
    name: str
    starts_on: date
    ends_on: date


@dataclass(frozen=True)
class ProgrammeInfo:
    """A programme with its window and its phases in date order, for choosing what to report."""

    id: str
    code: str
    name: str
    doc_number: str | None
    window_from: date
    window_to: date
    phases: tuple[PhaseInfo, ...]


class Dimension(StrEnum):
    """What a breakdown groups initiatives by."""

    STATUS = "status"
    KIND = "kind"
    FIELD = "field_code"
    DEPARTMENT = "department"
    LEVEL = "level"  # recognition level of the employer's decision


@dataclass(frozen=True)
class Tally:
    """One bar or slice: the initiatives having one value, their benefit, and where a click leads.

    ``member`` is the enum value (labels come from it), ``text`` a free value such as a department;
    both None for "not recorded". ``link`` is the registry filter showing exactly these initiatives,
    None when the registry cannot express it."""

    member: StrEnum | None
    text: str | None
    count: int
    benefit_vnd: int = 0
    link: RegistryFilter | None = None

    @property
    def label(self) -> str:
        if self.member is not None:
            return str(getattr(self.member, "label", self.member.value))
        return self.text or "(chưa ghi)"


@dataclass(frozen=True)
class Breakdown:
    dimension: Dimension
    tallies: tuple[Tally, ...]

    @property
    def count(self) -> int:
        return sum(t.count for t in self.tallies)

    @property
    def benefit_vnd(self) -> int:
        return sum(t.benefit_vnd for t in self.tallies)

    def count_of(self, member: StrEnum) -> int:
        return sum(t.count for t in self.tallies if t.member == member)


@dataclass(frozen=True)
class BenefitFigures:
    """Sum of ``benefit_value`` of the counted initiatives; estimates counted and flagged apart."""

    total_vnd: int = 0
    estimated_vnd: int = 0
    estimated: int = 0  # initiatives whose value is an estimate
    not_quantifiable: int = 0  # initiatives whose benefit cannot be put in money


@dataclass(frozen=True)
class AuthorFigures:
    """Distinct persons and authorship rows ("lượt người") of the counted initiatives; women,
    union members and direct production workers are counted as persons."""

    persons: int = 0
    authorships: int = 0
    women: int = 0
    members: int = 0
    direct_workers: int = 0


@dataclass(frozen=True)
class RewardLine:
    form: RewardForm
    count: int
    amount_vnd: int


@dataclass(frozen=True)
class RewardFigures:
    """Rewards of issued decisions dated in the period, by form (DOMAIN.md §9)."""

    lines: tuple[RewardLine, ...] = ()

    @property
    def count(self) -> int:
        return sum(line.count for line in self.lines)

    @property
    def amount_vnd(self) -> int:
        return sum(line.amount_vnd for line in self.lines)


@dataclass(frozen=True)
class MonthPoint:
    """Participation in one month: initiatives first applied then and the authorships they carry."""

    month: date  # the first day of the month
    initiatives: int
    authorships: int
    link: RegistryFilter | None = None


@dataclass(frozen=True)
class Figures:
    """Everything counted over one set of initiatives: a period by one basis (all time when
    ``period`` is None), optionally only one programme's."""

    period: ReportPeriod | None
    basis: CountBasis
    programme: ProgrammeChoice | None
    initiatives: int
    by_status: Breakdown
    by_kind: Breakdown
    by_field: Breakdown
    by_department: Breakdown
    benefit: BenefitFigures
    authors: AuthorFigures
    rewards: RewardFigures
    trend: tuple[MonthPoint, ...] = ()
    by_level: Breakdown | None = None  # reports only (one more join per initiative)
    link: RegistryFilter | None = None  # the registry showing all counted initiatives

    @property
    def research_topics(self) -> int:
        return self.by_kind.count_of(SolutionKind.DE_TAI_NCKH)


def percent_of(part: int, whole: int | None) -> Decimal | None:
    """``part`` as a percentage of ``whole``, one decimal, half up; None without a whole."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class TargetProgress:
    """Submitted and valid initiatives of a programme in a period against its ``Target`` row.

    Counted by the server's receipt of the upload (DOMAIN.md §9); ``assigned`` None: no target set."""

    period: ReportPeriod
    submitted: int
    valid: int
    assigned: int | None = None
    registered: int | None = None

    @property
    def percent(self) -> Decimal | None:
        """valid ÷ assigned × 100, one decimal ("232,3%")."""
        return percent_of(self.valid, self.assigned)

    @property
    def percent_text(self) -> str:
        return "—" if self.percent is None else format_percent(self.percent)

    @property
    def bar_value(self) -> int:
        """0–100 for a progress bar (a target passed shows full; the text says by how much)."""
        return 0 if self.percent is None else int(min(Decimal(100), self.percent))


@dataclass(frozen=True)
class Dashboard:
    """The dashboard page's content: progress on the chosen programme's targets and the year's figures."""

    today: date
    year: int | None  # None: all years
    programmes: tuple[ProgrammeChoice, ...]
    programme: ProgrammeChoice | None
    current: ReportPeriod  # the quarter of ``today`` (or the last quarter of a past year)
    progress: tuple[TargetProgress, ...]
    figures: Figures


MAX_TARGET: Final = 10_000_000  # far above any office's target; keeps a slip of the finger out of the store
_TARGET_LABELS: Final = {"assigned": "Chỉ tiêu được giao", "registered": "Chỉ tiêu đăng ký"}
# Digits, optionally grouped by thousands with dots or spaces as Vietnamese write them ("1.200").
_TARGET_COUNT: Final = re.compile(r"[0-9]{1,3}(?:[.\s][0-9]{3})+|[0-9]+")


def parse_target_count(text: str) -> int:
    """A target as typed: "120", "1.200" or "1 200". ValueError whose text is the Vietnamese reason."""
    body = nfc(text).strip()
    if not body:
        raise ValueError("chưa nhập; hãy nhập một số nguyên, ví dụ 120")
    if body.startswith(("-", "−")):
        raise ValueError("không được là số âm")
    if not _TARGET_COUNT.fullmatch(body):
        raise ValueError("phải là số nguyên không âm, ví dụ 120 hoặc 1.200")
    value = int(re.sub(r"[^0-9]", "", body))
    if value > MAX_TARGET:
        raise ValueError(f"quá lớn, tối đa {format_number(MAX_TARGET)}")
    return value


@dataclass(frozen=True)
class TargetInput:
    """A target the upper union assigned (and the one the office registered) for one period."""

    programme_id: str
    period: ReportPeriod
    assigned: int
    registered: int = 0

    @classmethod
    def from_texts(cls, programme_id: str, period: ReportPeriod, assigned: str,
                   registered: str) -> TargetInput:
        """The counts as typed in the targets dialog (a blank registered target is 0); ``ValidationError``
        lists the problems of both."""
        counts: dict[str, int] = {}
        problems = []
        for name, text in (("assigned", assigned), ("registered", registered)):
            if name == "registered" and not text.strip():
                counts[name] = 0
                continue
            try:
                counts[name] = parse_target_count(text)
            except ValueError as exc:
                problems.append(FieldProblem(name, _TARGET_LABELS[name], str(exc)))
        if problems:
            raise ValidationError(problems)
        return cls(programme_id, period, counts["assigned"], counts["registered"]).checked()

    def checked(self) -> TargetInput:
        problems = [
            FieldProblem(name, _TARGET_LABELS[name], reason)
            for name, value in (("assigned", self.assigned), ("registered", self.registered))
            if (reason := _count_problem(value))
        ]
        if problems:
            raise ValidationError(problems)
        return self


def _count_problem(value: object) -> str:
    """Why ``value`` cannot be a target ("" when it can)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        return "phải là số nguyên không âm"
    return f"quá lớn, tối đa {format_number(MAX_TARGET)}" if value > MAX_TARGET else ""


@dataclass(frozen=True)
class TargetValue:
    """A programme's target for one period as recorded; ``period`` is ``ReportPeriod.target_period``."""

    kind: PeriodKind
    period: str
    assigned: int
    registered: int


@dataclass(frozen=True)
class TargetSheet:
    """What the targets dialog shows: the programmes to choose from, the chosen one (None: no programme
    entered yet) and its recorded targets."""

    programmes: tuple[ProgrammeInfo, ...]
    programme: ProgrammeInfo | None
    targets: tuple[TargetValue, ...]

    def target_of(self, period: ReportPeriod) -> TargetValue | None:
        return next((t for t in self.targets if (t.kind, t.period) == (period.kind, period.target_period)),
                    None)

    def with_target(self, value: TargetValue) -> TargetSheet:
        """This sheet once ``value`` is saved (it replaces the period's earlier target)."""
        others = tuple(t for t in self.targets if (t.kind, t.period) != (value.kind, value.period))
        return replace(self, targets=(*others, value))


# -- the reports to the upper union -------------------------------------------------------------------


class RowStyle(StrEnum):
    SECTION = "section"  # "I. KẾT QUẢ …": bold, no figures
    ITEM = "item"
    TOTAL = "total"  # "Cộng": bold


@dataclass(frozen=True)
class ReportRow:
    """One line of a report's table: a count (or a percentage, ``unit`` "%") and an amount in đồng."""

    number: str
    text: str
    unit: str = ""
    quantity: int | Decimal | None = None
    amount_vnd: int | None = None
    style: RowStyle = RowStyle.ITEM


REPORT_HEADINGS: Final = ("STT", "Nội dung", "Đơn vị tính", "Số lượng", "Giá trị (đồng)")


@dataclass(frozen=True)
class ReportDocument:
    """A report to the upper union with every value in place, for the Excel and PDF renderers.

    ``place_date`` is in words ("Hải Phòng, ngày 27 tháng 11 năm 2026"); ``notes`` follow the table."""

    issuer: str
    parent: str | None
    place_date: str
    title: str  # "BÁO CÁO"
    subtitle: str  # what and which period
    period_line: str  # the days and the date the figures count by
    rows: tuple[ReportRow, ...]
    signing: tuple[str, ...]
    signer_name: str
    distribution: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    sheet_name: str = "Báo cáo"
