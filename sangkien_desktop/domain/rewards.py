"""Union reward decisions as forms, the CLI and the service exchange them (DOMAIN.md §4.11, §4.12).

A decision (number, date, signing authority, fund source…) awards many recipients, each a person or
a collective. Inputs are parsed from untrusted data by ``from_mapping`` (every problem at once, in
Vietnamese, by field) and cleaned by ``checked``. What the service returns (views, totals, split
parts) lives in ``domain.reward_views``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

from .enums import (
    FundSource,
    InitiativeStatus,
    IssuerKind,
    LabelledEnum,
    RecipientKind,
    RewardForm,
    RewardLevel,
    SigningAuthority,
)
from .errors import FieldProblem, ValidationError
from .model import date_reason, parse_date
from .text import clean, format_money, format_number, parse_vnd

__all__ = [
    "DECISION_LABELS",
    "MAX_AMOUNT_VND",
    "RECIPIENT_LABELS",
    "REWARDABLE_STATES",
    "RecipientInput",
    "RewardDecisionInput",
    "default_level",
    "parse_amount",
    "recipient_field",
    "recipient_problem",
    "share_sum_reason",
]

E = TypeVar("E", bound=LabelledEnum)

MAX_AMOUNT_VND = 10**12
DECISION_LABELS = {
    "number": "Số quyết định",
    "decided_on": "Ngày quyết định",
    "issuer_kind": "Cơ quan ban hành",
    "subject": "Trích yếu",
    "legal_bases": "Căn cứ",
    "authority": "Thẩm quyền ký",
    "signer_id": "Người ký",
    "fund_source": "Nguồn kinh phí",
    "distribution": "Nơi nhận",
    "recipients": "Người được khen thưởng",
}
RECIPIENT_LABELS = {
    "id": "Mã dòng khen thưởng",
    "form": "Hình thức khen thưởng",
    "level": "Cấp khen",
    "person_id": "Người được khen",
    "collective_name": "Tên tập thể",
    "position_line": "Chức vụ, đơn vị",
    "citation": "Thành tích",
    "golden_book_no": "Số vào sổ vàng",
    "amount": "Số tiền",
    "initiatives": "Sáng kiến liên quan",
    "nominate_upward": "Đề nghị cấp trên khen",
    "nominate_level": "Cấp được đề nghị",
}
_DECISION_LENGTHS = {"number": 40, "subject": 300}
_RECIPIENT_LENGTHS = {"collective_name": 200, "position_line": 150, "citation": 300, "golden_book_no": 20}

# Rewards may be attached to an initiative from its recognition on (DOMAIN.md §5, other rules).
REWARDABLE_STATES: frozenset[InitiativeStatus] = frozenset({
    InitiativeStatus.DA_CONG_NHAN, InitiativeStatus.CDCS_XAC_NHAN, InitiativeStatus.SAN_SANG_TAI_LEN,
    InitiativeStatus.DA_TAI_LEN, InitiativeStatus.HOP_LE, InitiativeStatus.KHONG_HOP_LE,
})

_LEVEL_OF_FORM = {
    RewardForm.GIAY_KHEN_CDCS: RewardLevel.CDCS,
    RewardForm.GIAY_KHEN_CD_CAP_TREN: RewardLevel.CAP_TREN,
    RewardForm.BANG_KHEN_LDLD: RewardLevel.TINH_NGANH,
    RewardForm.BANG_KHEN_TLD: RewardLevel.TLD,
    RewardForm.BANG_LDST: RewardLevel.TLD,
    RewardForm.THUONG_NSDLD: RewardLevel.NSDLD,
    RewardForm.KHAC: RewardLevel.CDCS,
}


def default_level(form: RewardForm) -> RewardLevel:
    """The level that gives ``form`` (a Bằng khen TLĐ is a TLĐ award), used when none is given."""
    return _LEVEL_OF_FORM[form]


def recipient_field(field_name: str) -> tuple[int, str] | None:
    """(row, field) of a recipient problem's field ("recipients.2.amount" → (2, "amount")), else None."""
    parts = field_name.split(".")
    if len(parts) == 3 and parts[0] == "recipients" and parts[1].isdigit():
        return int(parts[1]), parts[2]
    return None


def recipient_problem(index: int, name: str, reason: str) -> FieldProblem:
    return FieldProblem(f"recipients.{index}.{name}", f"Dòng {index + 1} – {RECIPIENT_LABELS[name]}", reason)


def _decision_problem(name: str, reason: str) -> FieldProblem:
    return FieldProblem(name, DECISION_LABELS[name], reason)


# -- amounts --------------------------------------------------------------------------------------------

_AMOUNT_LIMIT = f"không được quá {format_money(MAX_AMOUNT_VND)}"


def parse_amount(value: Any) -> int:
    """Whole đồng from 0 to 10^12: an int, an integral number, or text such as "1.234.567 đ".

    Raises ValueError whose text is the Vietnamese reason (negative, fractional, too large, unreadable).
    """
    if isinstance(value, bool):
        raise ValueError("phải là số tiền, không phải true/false")
    if isinstance(value, float | Decimal):
        if not math.isfinite(value) or value != int(value):
            raise ValueError("phải là số đồng nguyên, không có phần lẻ")
        value = int(value)
    if isinstance(value, str):
        try:
            value = parse_vnd(value)
        except ValueError as exc:
            reason = str(exc)
            if "âm" in reason:
                raise ValueError("không được là số âm") from None
            if "thập phân" in reason:
                raise ValueError("phải là số đồng nguyên, không có phần lẻ") from None
            raise ValueError("không đọc được, hãy nhập số đồng nguyên, ví dụ 1.500.000") from exc
    if not isinstance(value, int):
        raise ValueError("phải là số đồng nguyên, ví dụ 1500000")
    if value < 0:
        raise ValueError("không được là số âm")
    if value > MAX_AMOUNT_VND:
        raise ValueError(_AMOUNT_LIMIT)
    return value


# -- inputs ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RecipientInput:
    """One line of a decision: a person (``person_id``) or a collective (``collective_name``).

    ``id`` names the line being edited (None for a new one). ``initiatives`` holds codes or ids of the
    linked initiatives; the service stores their ids. ``level`` None means ``default_level(form)``.
    """

    form: RewardForm = RewardForm.GIAY_KHEN_CDCS
    person_id: str | None = None
    collective_name: str | None = None
    level: RewardLevel | None = None
    position_line: str | None = None
    citation: str | None = None
    golden_book_no: str | None = None
    amount: int | None = None
    initiatives: tuple[str, ...] = ()
    nominate_upward: bool = False
    nominate_level: RewardLevel | None = None
    id: str | None = None

    @property
    def recipient_kind(self) -> RecipientKind:
        return RecipientKind.TAP_THE if self.person_id is None else RecipientKind.CA_NHAN

    def cleaned(self) -> RecipientInput:
        return replace(
            self,
            person_id=clean(self.person_id),
            collective_name=clean(self.collective_name),
            level=self.level or default_level(self.form),
            position_line=clean(self.position_line),
            citation=clean(self.citation),
            golden_book_no=clean(self.golden_book_no),
            initiatives=tuple(dict.fromkeys(k for k in (clean(i) for i in self.initiatives) if k)),
        )

    def problems(self, index: int) -> list[FieldProblem]:
        found: list[FieldProblem] = []
        if self.person_id and self.collective_name:
            reason = "chỉ chọn một người hoặc ghi một tập thể"
            found.append(recipient_problem(index, "collective_name", reason))
        elif not self.person_id and not self.collective_name:
            found.append(recipient_problem(index, "person_id", "hãy chọn người hoặc ghi tên tập thể"))
        for name, limit in _RECIPIENT_LENGTHS.items():
            text = getattr(self, name)
            if text is not None and len(text) > limit:
                found.append(recipient_problem(index, name, f"dài {len(text)} ký tự, tối đa {limit}"))
        if self.amount is not None:
            try:
                parse_amount(self.amount)
            except ValueError as exc:
                found.append(recipient_problem(index, "amount", str(exc)))
        if self.nominate_level is not None and not self.nominate_upward:
            found.append(recipient_problem(index, "nominate_level", "chỉ ghi khi có đề nghị cấp trên khen"))
        return found


@dataclass(frozen=True)
class RewardDecisionInput:
    number: str | None = None
    decided_on: date | None = None
    issuer_kind: IssuerKind = IssuerKind.CONG_DOAN
    subject: str | None = None
    legal_bases: tuple[str, ...] = ()
    authority: SigningAuthority | None = None
    signer_id: str | None = None
    fund_source: FundSource | None = None
    distribution: tuple[str, ...] = ()
    recipients: tuple[RecipientInput, ...] = ()

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> RewardDecisionInput:
        """Parse untrusted input (JSON, a form): text as typed, enum codes, dates dd/mm/yyyy or ISO,
        amounts as numbers or "1.234.567 đ". Every problem is reported at once; returns ``checked()``."""
        reader = _Reader(data, _decision_problem)
        values: dict[str, Any] = {
            "number": reader.text("number"),
            "decided_on": reader.date("decided_on"),
            "issuer_kind": reader.enum("issuer_kind", IssuerKind) or IssuerKind.CONG_DOAN,
            "subject": reader.text("subject"),
            "legal_bases": reader.lines("legal_bases"),
            "authority": reader.enum("authority", SigningAuthority),
            "signer_id": reader.text("signer_id"),
            "fund_source": reader.enum("fund_source", FundSource),
            "distribution": reader.lines("distribution"),
        }
        recipients = _read_recipients(data.get("recipients"), reader.problems)
        if reader.problems:
            raise ValidationError(reader.problems)
        return cls(**values, recipients=recipients).checked()

    def checked(self) -> RewardDecisionInput:
        """NFC-cleaned copy, or ``ValidationError`` listing every problem (Vietnamese)."""
        cleaned = replace(
            self,
            number=clean(self.number),
            subject=clean(self.subject),
            signer_id=clean(self.signer_id),
            legal_bases=_clean_lines(self.legal_bases),
            distribution=_clean_lines(self.distribution),
            recipients=tuple(r.cleaned() for r in self.recipients),
        )
        problems = cleaned._problems()
        if problems:
            raise ValidationError(problems)
        return cleaned

    def _problems(self) -> list[FieldProblem]:
        found: list[FieldProblem] = []
        for name, limit in _DECISION_LENGTHS.items():
            text = getattr(self, name)
            if text is not None and len(text) > limit:
                found.append(_decision_problem(name, f"dài {len(text)} ký tự, tối đa {limit}"))
        for index, recipient in enumerate(self.recipients):
            found += recipient.problems(index)
        seen: set[tuple[str, RewardForm]] = set()
        for index, recipient in enumerate(self.recipients):
            if recipient.person_id is None:
                continue
            if (recipient.person_id, recipient.form) in seen:
                reason = "người này đã có một dòng cùng hình thức khen thưởng trong quyết định"
                found.append(recipient_problem(index, "person_id", reason))
            seen.add((recipient.person_id, recipient.form))
        return found


def _clean_lines(lines: Sequence[str]) -> tuple[str, ...]:
    return tuple(line for line in (clean(x) for x in lines) if line)


def share_sum_reason(total: Decimal, expected: Decimal) -> str:
    """Why a split is refused: the shares' sum, shown the Vietnamese way ("99,50%")."""
    return (f"tổng tỷ lệ đóng góp của các tác giả là {format_number(total, 2)}%, phải bằng "
            f"{format_number(expected, 2)}% mới chia được tiền")


# -- reading untrusted input ----------------------------------------------------------------------------


@dataclass
class _Reader:
    data: Mapping[str, Any]
    problem: Callable[[str, str], FieldProblem]
    problems: list[FieldProblem] = field(default_factory=list)

    def _raw(self, key: str) -> Any:
        raw = self.data.get(key)
        return None if isinstance(raw, str) and not raw.strip() else raw

    def text(self, key: str) -> str | None:
        raw = self._raw(key)
        if raw is not None and not isinstance(raw, str):
            self.problems.append(self.problem(key, "phải là chữ"))
            return None
        return raw

    def date(self, key: str) -> date | None:
        raw = self._raw(key)
        try:
            return None if raw is None else parse_date(raw)
        except (TypeError, ValueError):
            self.problems.append(self.problem(key, date_reason(raw)))
            return None

    def enum(self, key: str, enum_cls: type[E]) -> E | None:
        raw = self._raw(key)
        try:
            return None if raw is None else enum_cls(str(raw).strip().upper())
        except ValueError:
            codes = ", ".join(m.value for m in enum_cls)
            self.problems.append(self.problem(key, f"phải là một trong: {codes}"))
            return None

    def flag(self, key: str) -> bool:
        raw = self._raw(key)
        if raw is not None and not isinstance(raw, bool):
            self.problems.append(self.problem(key, "phải là true hoặc false"))
            return False
        return bool(raw)

    def amount(self, key: str) -> int | None:
        raw = self._raw(key)
        try:
            return None if raw is None else parse_amount(raw)
        except ValueError as exc:
            self.problems.append(self.problem(key, str(exc)))
            return None

    def lines(self, key: str) -> tuple[str, ...]:
        raw = self._raw(key)
        if raw is None:
            return ()
        if isinstance(raw, str):
            return tuple(raw.splitlines())
        if isinstance(raw, Sequence) and all(isinstance(x, str) for x in raw):
            return tuple(raw)
        self.problems.append(self.problem(key, "phải là danh sách dòng chữ"))
        return ()


def _read_recipients(raw: Any, problems: list[FieldProblem]) -> tuple[RecipientInput, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, Sequence) or isinstance(raw, str):
        problems.append(_decision_problem("recipients", "phải là danh sách người được khen thưởng"))
        return ()
    result = []
    for index, item in enumerate(raw):
        if not isinstance(item, Mapping):
            reason = f"dòng {index + 1} phải là một đối tượng {{...}}"
            problems.append(_decision_problem("recipients", reason))
            continue
        result.append(_read_recipient(item, index, problems))
    return tuple(result)


def _read_recipient(item: Mapping[str, Any], index: int, problems: list[FieldProblem]) -> RecipientInput:
    reader = _Reader(item, lambda name, reason: recipient_problem(index, name, reason), problems)
    initiatives = item.get("initiatives") or ()
    if isinstance(initiatives, str):
        initiatives = [initiatives]
    if not isinstance(initiatives, Sequence) or not all(isinstance(i, str) for i in initiatives):
        problems.append(recipient_problem(index, "initiatives", "phải là danh sách mã sáng kiến"))
        initiatives = ()
    return RecipientInput(
        form=reader.enum("form", RewardForm) or RewardForm.GIAY_KHEN_CDCS,
        person_id=reader.text("person_id"),
        collective_name=reader.text("collective_name"),
        level=reader.enum("level", RewardLevel),
        position_line=reader.text("position_line"),
        citation=reader.text("citation"),
        golden_book_no=reader.text("golden_book_no"),
        amount=reader.amount("amount"),
        initiatives=tuple(initiatives),
        nominate_upward=reader.flag("nominate_upward"),
        nominate_level=reader.enum("nominate_level", RewardLevel),
        id=reader.text("id"),
    )
