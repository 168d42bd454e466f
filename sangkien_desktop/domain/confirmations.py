"""The employer's confirmation of application and benefit (DOMAIN.md §4.9, template E) as forms, the
CLI and ``ConfirmationService`` exchange it: the input parsed from untrusted text, and the stored view.

Money is whole đồng ("12.500.000", "12500000 đ"), dates dd/mm/yyyy or ISO; every problem is reported
at once, in Vietnamese, by field.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from .errors import FieldProblem, ValidationError
from .model import date_reason, parse_date
from .rewards import parse_amount
from .text import clean, nfc, without_controls

__all__ = ["LABELS", "ConfirmationInput", "ConfirmationSaved", "ConfirmationView", "applied_since_warning"]

LABELS = {
    "number": "Số phiếu",
    "confirmed_on": "Ngày xác nhận",
    "applied_at": "Nơi áp dụng",
    "applied_since": "Áp dụng từ ngày",
    "still_applied": "Đang tiếp tục áp dụng",
    "scope_text": "Phạm vi áp dụng",
    "benefit_value": "Giá trị làm lợi xác nhận",
    "benefit_basis": "Cách tính",
    "is_estimate": "Là số ước tính",
    "not_quantifiable": "Không tính được bằng tiền",
    "qualitative_benefit": "Lợi ích khác",
    "employer_rep_name": "Đại diện người sử dụng lao động",
    "employer_rep_title": "Chức vụ đại diện người sử dụng lao động",
    "union_rep_name": "Đại diện Ban Chấp hành công đoàn cơ sở",
    "union_rep_title": "Chức vụ đại diện công đoàn",
}
# Column widths of persistence/models/decisions.py ``ApplicationConfirmation``.
MAX_LENGTHS = {
    "number": 40,
    "applied_at": 300,
    "employer_rep_name": 120,
    "employer_rep_title": 120,
    "union_rep_name": 120,
    "union_rep_title": 120,
}
_LONG_TEXTS = ("scope_text", "benefit_basis", "qualitative_benefit")


def _problem(key: str, reason: str, blocking: bool = True) -> FieldProblem:
    return FieldProblem(key, LABELS[key], reason, blocking)


class _Reader:
    """Reads one mapping of typed values, collecting every problem instead of stopping at the first."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data = data
        self.problems: list[FieldProblem] = []

    def _raw(self, key: str, required: bool = False) -> Any:
        raw = self.data.get(key)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            if required:
                self.problems.append(_problem(key, "chưa nhập"))
            return None
        return raw

    def text(self, key: str) -> str | None:
        raw = self._raw(key)
        if raw is None:
            return None
        if not isinstance(raw, str):
            self.problems.append(_problem(key, "phải là chữ"))
            return None
        if key in _LONG_TEXTS:  # keeps the officer's line breaks
            return nfc(without_controls(raw.replace("\r\n", "\n"), keep="\n").strip()) or None
        value = clean(raw)
        limit = MAX_LENGTHS.get(key)
        if value is not None and limit is not None and len(value) > limit:
            self.problems.append(_problem(key, f"dài {len(value)} ký tự, tối đa {limit}"))
            return None
        return value

    def date(self, key: str, required: bool = False) -> date | None:
        raw = self._raw(key, required)
        try:
            return None if raw is None else parse_date(raw)
        except (TypeError, ValueError):
            self.problems.append(_problem(key, date_reason(raw)))
            return None

    def amount(self, key: str) -> int | None:
        raw = self._raw(key)
        try:
            return None if raw is None else parse_amount(raw)
        except ValueError as exc:
            self.problems.append(_problem(key, str(exc)))
            return None

    def flag(self, key: str, default: bool) -> bool:
        raw = self._raw(key)
        if raw is None:
            return default
        if not isinstance(raw, bool):
            self.problems.append(_problem(key, "phải là true hoặc false"))
            return default
        return raw


@dataclass(frozen=True)
class ConfirmationInput:
    """One Phiếu xác nhận as typed; representatives left empty print the chair and the employer's head."""

    confirmed_on: date
    number: str | None = None
    applied_at: str | None = None
    applied_since: date | None = None
    still_applied: bool = True
    scope_text: str | None = None
    benefit_value: int | None = None
    benefit_basis: str | None = None
    is_estimate: bool = False
    not_quantifiable: bool = False
    qualitative_benefit: str | None = None
    employer_rep_name: str | None = None
    employer_rep_title: str | None = None
    union_rep_name: str | None = None
    union_rep_title: str | None = None

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> ConfirmationInput:
        """Parse untrusted input (a form, the CLI, JSON); ``ValidationError`` lists every problem."""
        reader = _Reader(data)
        confirmed_on = reader.date("confirmed_on", required=True)
        values: dict[str, Any] = {
            "number": reader.text("number"),
            "applied_at": reader.text("applied_at"),
            "applied_since": reader.date("applied_since"),
            "still_applied": reader.flag("still_applied", True),
            "scope_text": reader.text("scope_text"),
            "benefit_value": reader.amount("benefit_value"),
            "benefit_basis": reader.text("benefit_basis"),
            "is_estimate": reader.flag("is_estimate", False),
            "not_quantifiable": reader.flag("not_quantifiable", False),
            "qualitative_benefit": reader.text("qualitative_benefit"),
            **{key: reader.text(key) for key in ("employer_rep_name", "employer_rep_title",
                                                 "union_rep_name", "union_rep_title")},
        }
        problems = reader.problems
        if confirmed_on is not None:
            problems += cls(confirmed_on, **values).problems()
        if problems:
            raise ValidationError(problems)
        assert confirmed_on is not None
        return cls(confirmed_on, **values)

    def problems(self) -> list[FieldProblem]:
        """What contradicts itself within the confirmation (DOMAIN.md §4.9)."""
        found: list[FieldProblem] = []
        if self.applied_since is not None and self.applied_since > self.confirmed_on:
            found.append(_problem("applied_since", "muộn hơn ngày xác nhận"))
        if self.not_quantifiable and self.benefit_value is not None:
            reason = "không ghi số tiền khi đã xác nhận không tính được bằng tiền"
            found.append(_problem("benefit_value", reason))
        if self.not_quantifiable and not self.qualitative_benefit:
            found.append(_problem("qualitative_benefit", "bắt buộc khi không tính được bằng tiền"))
        return found


def applied_since_warning(applied_since: date | None, first_applied_on: date | None) -> list[FieldProblem]:
    """A non-blocking warning: the confirmed start should not precede the initiative's first application."""
    if applied_since is None or first_applied_on is None or applied_since >= first_applied_on:
        return []
    reason = f"sớm hơn ngày áp dụng lần đầu của sáng kiến ({first_applied_on:%d/%m/%Y}); hãy kiểm tra lại"
    return [_problem("applied_since", reason, blocking=False)]


@dataclass(frozen=True)
class ConfirmationView:
    """A stored confirmation (live row), as the service returns it."""

    id: str
    initiative_id: str
    number: str | None
    confirmed_on: date
    applied_at: str | None
    applied_since: date | None
    still_applied: bool
    scope_text: str | None
    benefit_value: int | None
    benefit_basis: str | None
    is_estimate: bool
    not_quantifiable: bool
    qualitative_benefit: str | None
    employer_rep_name: str | None
    employer_rep_title: str | None
    union_rep_name: str | None
    union_rep_title: str | None
    signed_scan_id: str | None
    version: int


@dataclass(frozen=True)
class ConfirmationSaved:
    """The recorded confirmation and the warnings the officer should see (never blocking)."""

    confirmation: ConfirmationView
    warnings: tuple[FieldProblem, ...] = ()
