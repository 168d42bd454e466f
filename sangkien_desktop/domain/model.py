"""Plain immutable data crossing the service boundary: what callers send in and get back.

Drafts are built from untrusted input (CLI JSON, forms, imports) by ``from_mapping`` with
NFC-normalised text and Vietnamese messages naming each bad field; views are what services return
(never live ORM objects).
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from enum import Enum
from typing import Any, ClassVar, Generic, TypeVar

from .enums import FieldCode, InitiativeStatus, OfficerRole, RecognitionOutcome, Sex, SolutionKind
from .errors import FieldProblem, ValidationError
from .sync import SyncBadge
from .text import clean, nfc, parse_vnd, without_controls

T = TypeVar("T")
E = TypeVar("E", bound=Enum)

LABELS = {
    "title": "Tên sáng kiến",
    "code": "Mã sáng kiến",
    "kind": "Loại giải pháp",
    "field_code": "Lĩnh vực",
    "summary": "Tóm tắt",
    "department": "Đơn vị / bộ phận",
    "status": "Trạng thái",
    "first_applied_on": "Ngày áp dụng lần đầu",
    "benefit_value": "Giá trị làm lợi",
    "authors": "Tác giả",
    "authors.full_name": "Họ và tên tác giả",
    "authors.share_pct": "Tỷ lệ đóng góp",
    "authors.birth_date": "Ngày sinh tác giả",
    "authors.sex": "Giới tính tác giả",
    "decision_number": "Số quyết định công nhận",
    "decided_on": "Ngày quyết định công nhận",
    "content": "Nội dung giải pháp",
    "investor_name": "Chủ đầu tư tạo ra sáng kiến",
    "problem": "Vấn đề cần giải quyết",
    "prior_state": "Tình trạng trước khi áp dụng",
    "applicability": "Khả năng áp dụng",
    "confidential_info": "Những thông tin cần được bảo mật",
    "conditions": "Các điều kiện cần thiết để áp dụng sáng kiến",
    "notes": "Ghi chú",
    "first_application_is_trial": "Lần đầu là áp dụng thử",
    "benefit_is_estimate": "Giá trị làm lợi là số ước tính",
    "benefit_not_quantifiable": "Không tính được tiền làm lợi",
    "is_confidential": "Sáng kiến mật",
    "ip_protected": "Đã được bảo hộ sở hữu trí tuệ",
    "authors.department": "Bộ phận của tác giả",
    "authors.position": "Thứ tự tác giả",
    "authors.role": "Vai trò tác giả",
    "status_reason": "Lý do sửa trạng thái",
    "programme_id": "Chương trình",
}

# The long texts of the Đơn yêu cầu (TT 18/2013, Phụ lục I) beside the solution's content.
REQUEST_SECTIONS = ("problem", "prior_state", "applicability", "confidential_info", "conditions")


@dataclass(frozen=True)
class AuthorInput:
    full_name: str
    share_pct: Decimal | None = None
    birth_date: date | None = None
    sex: Sex | None = None
    department: str | None = None
    person_id: str | None = None


@dataclass(frozen=True)
class InitiativeDraft:
    title: str
    kind: SolutionKind
    field_code: FieldCode
    authors: tuple[AuthorInput, ...] = ()
    status: InitiativeStatus = InitiativeStatus.Y_TUONG
    code: str | None = None
    summary: str | None = None
    department: str | None = None
    content: str | None = None
    first_applied_on: date | None = None
    first_application_is_trial: bool = False
    benefit_value: int | None = None
    benefit_is_estimate: bool = False
    benefit_not_quantifiable: bool = False
    is_confidential: bool = False
    ip_protected: bool = False
    decision_number: str | None = None
    decided_on: date | None = None
    notes: str | None = None
    # The sections of the Đơn yêu cầu công nhận sáng kiến (TT 18/2013, Phụ lục I).
    investor_name: str | None = None
    problem: str | None = None
    prior_state: str | None = None
    applicability: str | None = None
    confidential_info: str | None = None
    conditions: str | None = None
    # The programme (e.g. "1 triệu sáng kiến") the union confirms it for; the id of a ``ProgrammeChoice``.
    programme_id: str | None = None

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> InitiativeDraft:
        """Parse untrusted input; every problem found is reported at once, by field."""
        reader = _Reader(data)
        authors = tuple(reader.authors())
        draft_fields: dict[str, Any] = {
            "title": reader.text("title", required=True) or "",
            "kind": reader.enum("kind", SolutionKind, required=True),
            "field_code": reader.enum("field_code", FieldCode, required=True),
            "status": reader.enum("status", InitiativeStatus) or InitiativeStatus.Y_TUONG,
            "code": reader.text("code"),
            "summary": reader.long_text("summary"),
            "department": reader.text("department"),
            "content": reader.long_text("content"),
            "first_applied_on": reader.date("first_applied_on"),
            "first_application_is_trial": reader.flag("first_application_is_trial"),
            "benefit_value": reader.money("benefit_value"),
            "benefit_is_estimate": reader.flag("benefit_is_estimate"),
            "benefit_not_quantifiable": reader.flag("benefit_not_quantifiable"),
            "is_confidential": reader.flag("is_confidential"),
            "ip_protected": reader.flag("ip_protected"),
            "decision_number": reader.text("decision_number"),
            "decided_on": reader.date("decided_on"),
            "notes": reader.long_text("notes"),
            "investor_name": reader.text("investor_name"),
            **{name: reader.long_text(name) for name in REQUEST_SECTIONS},
            "programme_id": reader.text("programme_id"),
            "authors": authors,
        }
        if reader.problems:
            raise ValidationError(reader.problems)
        return cls(**draft_fields)


@dataclass(frozen=True)
class AuthorView:
    person_id: str
    full_name: str
    position: int
    role: str
    share_pct: Decimal | None

    def to_json(self) -> dict[str, Any]:
        share = None if self.share_pct is None else str(self.share_pct)
        return {
            "person_id": self.person_id,
            "name": self.full_name,
            "position": self.position,
            "role": self.role,
            "share": share,
        }


@dataclass(frozen=True)
class InitiativeView:
    id: str
    code: str
    title: str
    status: InitiativeStatus
    kind: SolutionKind
    field_code: FieldCode
    department: str | None
    summary: str | None
    first_applied_on: date | None
    benefit_vnd: int | None
    benefit_not_quantifiable: bool
    is_confidential: bool
    authors: tuple[AuthorView, ...]
    decision_number: str | None
    decided_on: date | None
    decision_outcome: RecognitionOutcome | None
    version: int
    created_at: datetime
    updated_at: datetime
    programme_id: str | None = None  # the programme the initiative belongs to
    sync_badge: SyncBadge | None = None  # from the initiative's latest outbox op; None: never changed

    @property
    def lead_author(self) -> str | None:
        return self.authors[0].full_name if self.authors else None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "code": self.code,
            "title": self.title,
            "status": self.status.value,
            "status_label": self.status.label,
            "kind": self.kind.value,
            "field_code": self.field_code.value,
            "department": self.department,
            "summary": self.summary,
            "first_applied_on": _iso(self.first_applied_on),
            "benefit_vnd": self.benefit_vnd,
            "benefit_not_quantifiable": self.benefit_not_quantifiable,
            "is_confidential": self.is_confidential,
            "authors": [a.to_json() for a in self.authors],
            "decision_number": self.decision_number,
            "decided_on": _iso(self.decided_on),
            "version": self.version,
            "created_at": self.created_at.isoformat() + "Z",
            "updated_at": self.updated_at.isoformat() + "Z",
            "programme_id": self.programme_id,
            "sync_state": self.sync_badge.value if self.sync_badge else None,
        }


@dataclass(frozen=True)
class Page(Generic[T]):
    total: int
    items: tuple[T, ...]
    limit: int
    offset: int


@dataclass(frozen=True)
class RegistryFilter:
    """What the registry is narrowed to; ``None`` means "any".

    Year and quarter select by the date of first application (a quarter needs a year).
    ``department`` matches like the search box, limited to the department: every word typed must
    occur, diacritics and case ignored, the last word as a prefix ("xuong d" finds "Phân xưởng Dệt").
    """

    status: InitiativeStatus | None = None
    kind: SolutionKind | None = None
    field_code: FieldCode | None = None
    department: str | None = None
    year: int | None = None
    quarter: int | None = None
    programme_id: str | None = None  # initiatives linked to this programme

    MIN_YEAR: ClassVar[int] = 1900
    MAX_YEAR: ClassVar[int] = 2100

    def problems(self) -> list[FieldProblem]:
        """Every bad value, with Vietnamese reasons (an empty list when the filter is usable)."""
        found: list[FieldProblem] = []
        if self.year is not None and not self.MIN_YEAR <= self.year <= self.MAX_YEAR:
            found.append(FieldProblem("year", "Năm áp dụng", f"phải từ {self.MIN_YEAR} đến {self.MAX_YEAR}"))
        if self.quarter is not None:
            if not 1 <= self.quarter <= 4:
                found.append(FieldProblem("quarter", "Quý", "phải từ 1 đến 4"))
            elif self.year is None:
                found.append(FieldProblem("quarter", "Quý", "cần chọn năm trước"))
        return found

    def applied_between(self) -> tuple[date, date] | None:
        """First and last day of the chosen year or quarter; None when not filtering by date."""
        if self.year is None:
            return None
        if self.quarter is None:
            return date(self.year, 1, 1), date(self.year, 12, 31)
        first_month = 3 * self.quarter - 2
        after = date(self.year + 1, 1, 1) if self.quarter == 4 else date(self.year, first_month + 3, 1)
        return date(self.year, first_month, 1), after - timedelta(days=1)


@dataclass(frozen=True)
class ProgrammeChoice:
    """A programme the registry can be narrowed to."""

    id: str
    code: str
    name: str


@dataclass(frozen=True)
class OfficeView:
    """The office's details (DOMAIN.md §4.1–4.2) and this PC's officer (§4.19), if one is recorded."""

    unit_id: str
    unit_code: str
    full_name: str
    short_name: str
    employer_name: str
    parent_union_name: str | None
    place_name: str | None
    employer_head_name: str | None = None
    employer_head_title: str | None = None
    chair_name: str | None = None
    vice_chair_name: str | None = None
    officer_id: str | None = None
    officer_name: str | None = None
    officer_role: OfficerRole | None = None

    @property
    def title(self) -> OfficeTitle:
        return OfficeTitle(self.full_name, self.short_name, self.employer_name)


@dataclass(frozen=True)
class OfficeTitle:
    """What the main window's title and status bar name: the union unit and its employer."""

    full_name: str
    short_name: str
    employer_name: str


@dataclass(frozen=True)
class StoreStats:
    initiatives: int
    by_status: Mapping[str, int]
    by_kind: Mapping[str, int]
    by_field: Mapping[str, int]
    benefit_total_vnd: int
    authors: int
    persons: int
    pending_ops: int

    def to_json(self) -> dict[str, Any]:
        return {
            "initiatives": self.initiatives,
            "by_status": dict(self.by_status),
            "by_kind": dict(self.by_kind),
            "by_field": dict(self.by_field),
            "benefit_total_vnd": self.benefit_total_vnd,
            "authors": self.authors,
            "persons": self.persons,
            "pending_ops": self.pending_ops,
        }


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


# -- parsing untrusted input -----------------------------------------------------------------------


@dataclass
class _Reader:
    data: Mapping[str, Any]
    prefix: str = ""
    problems: list[FieldProblem] = field(default_factory=list)

    def _fail(self, key: str, reason: str) -> None:
        name = f"{self.prefix}{key}"
        self.problems.append(FieldProblem(name, LABELS.get(name, name), reason))

    def _get(self, key: str, convert: Callable[[Any], T], reason: str, required: bool = False) -> T | None:
        raw = self.data.get(key)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            if required:
                self._fail(key, "bắt buộc phải có")
            return None
        try:
            return convert(raw)
        except (ValueError, TypeError, InvalidOperation):
            self._fail(key, reason)
            return None

    def text(self, key: str, required: bool = False) -> str | None:
        return self._get(key, _as_line, "phải là chữ", required)

    def long_text(self, key: str) -> str | None:
        return self._get(key, _as_long_text, "phải là chữ")

    def enum(self, key: str, enum_cls: type[E], required: bool = False) -> E | None:
        codes = ", ".join(str(m.value) for m in enum_cls)
        return self._get(
            key, lambda v: enum_cls(str(v).strip().upper()), f"phải là một trong: {codes}", required
        )

    def date(self, key: str) -> date | None:
        return self._get(key, parse_date, date_reason(self.data.get(key)))

    def money(self, key: str) -> int | None:
        return self._get(key, _as_vnd, "phải là số đồng nguyên, không âm (ví dụ 1.234.567)")

    def flag(self, key: str) -> bool:
        value = self._get(key, _as_bool, "phải là true hoặc false")
        return bool(value)

    def authors(self) -> list[AuthorInput]:
        raw = self.data.get("authors") or []
        if not isinstance(raw, Sequence) or isinstance(raw, str):
            self._fail("authors", "phải là danh sách tác giả")
            return []
        result: list[AuthorInput] = []
        for item in raw:
            entry = {"full_name": item} if isinstance(item, str) else item
            if not isinstance(entry, Mapping):
                self._fail("authors", "mỗi tác giả phải có họ và tên")
                continue
            # "name"/"share" are accepted too, so `show --json` output can be fed back in.
            entry = {"full_name": entry.get("name"), "share_pct": entry.get("share"), **entry}
            sub = _Reader(entry, "authors.", self.problems)
            result.append(
                AuthorInput(
                    full_name=sub.text("full_name", required=True) or "",
                    share_pct=sub._get("share_pct", _as_share, "phải là số phần trăm, ví dụ 40 hoặc 40,5"),
                    birth_date=sub.date("birth_date"),
                    sex=sub.enum("sex", Sex),
                    department=sub.text("department"),
                    person_id=sub.text("person_id"),
                )
            )
        return result


def _as_line(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError
    result = clean(value)
    if result is None:
        raise ValueError
    return result


def _as_long_text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError
    lines = value.replace("\r\n", "\n").replace("\r", "\n")
    return nfc(without_controls(lines, keep="\n\t").strip())


def _as_vnd(value: Any) -> int:
    if isinstance(value, bool):
        raise TypeError
    if isinstance(value, int):
        if value < 0:
            raise ValueError
        return value
    if isinstance(value, str):
        return parse_vnd(value)
    raise TypeError


def _as_share(value: Any) -> Decimal:
    if isinstance(value, bool | float):
        value = str(value)
    text = str(value).strip().rstrip("%").strip().replace(",", ".")
    return Decimal(text)


def _as_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise TypeError


def date_reason(value: Any) -> str:
    """Why a date was refused: a day that does not exist (31/02/2024) is named as such."""
    parts = value.strip().replace("-", "/").replace(".", "/").split("/") if isinstance(value, str) else []
    numbers = len(parts) == 3 and all(p.isascii() and p.isdigit() for p in parts)
    if numbers and 4 in (len(parts[0]), len(parts[2])):  # dd/mm/yyyy or yyyy-mm-dd
        day, month, year = (int(p) for p in (parts if len(parts[2]) == 4 else reversed(parts)))
        if not 1 <= month <= 12:
            return f"không có tháng {month} (nhập theo dạng dd/mm/yyyy, tháng từ 1 đến 12)"
        days = calendar.monthrange(year, month)[1]
        if not 1 <= day <= days:
            impossible = f"không có ngày {day:02d}/{month:02d}/{year:04d}"
            return f"{impossible}: tháng {month}/{year} chỉ có {days} ngày (nhập theo dạng dd/mm/yyyy)"
    return "không đúng định dạng ngày (dd/mm/yyyy hoặc yyyy-mm-dd)"


def parse_date(value: Any) -> date:
    """Day-first dates as officers type them ("05/03/2024", "5-3-2024") or ISO "2024-03-05"."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise TypeError
    text = value.strip()
    if len(text) == 10 and text[4] == "-":
        return date.fromisoformat(text)
    parts = text.replace("-", "/").replace(".", "/").split("/")
    if len(parts) != 3:
        raise ValueError
    day, month, year = (int(p) for p in parts)
    if year < 1000:
        raise ValueError
    return date(year, month, day)
