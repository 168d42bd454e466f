"""Decree 13 remuneration (thù lao, DOMAIN.md §2.2, §4.10): yearly dues, split per author, payments.

Pure: the service reads the store, these functions decide which benefit figure applies to each year,
what is owed, how it splits among the authors and what is overdue.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from .errors import FieldProblem
from .model import parse_date
from .rules import LegalSettings, RemunerationYear, default_shares, remuneration_due, split_amount
from .text import format_date, format_money

BASE_SALARY_KEY = "rewards.base_salary"
# Mức lương cơ sở (DOMAIN.md §8.3): a dated table; the officer adds rows as decrees change it.
DEFAULT_BASE_SALARY: list[dict[str, object]] = [
    {"from": "2023-07-01", "amount": 1_800_000},
    {"from": "2024-07-01", "amount": 2_340_000},
]
MAX_PAYMENT_VND = 10**12


# --- inputs ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BenefitFigure:
    """A yearly benefit as known at some date: from a confirmation (dated) or the initiative (undated)."""

    value: int | None
    not_quantifiable: bool
    confirmed_on: date | None = None

    @property
    def known(self) -> bool:
        return self.not_quantifiable or self.value is not None


@dataclass(frozen=True)
class AuthorShare:
    person_id: str
    full_name: str
    share_pct: Decimal | None


@dataclass(frozen=True)
class PaymentInput:
    """One payment to record: the year by ``remuneration_id`` or by initiative (id or code) and year."""

    person: str  # person id or full name of an author
    amount: int
    paid_on: date
    remuneration_id: str | None = None
    initiative: str | None = None
    year_index: int | None = None
    proof: Path | None = None
    note: str | None = None


# --- planning --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlannedYear:
    """What one year of application owes, before looking at payments."""

    period: RemunerationYear
    year_benefit: int | None  # None when the benefit cannot be calculated
    rate_pct: Decimal
    base_salary: int | None  # the base wage used when not quantifiable
    amount_due: int


def base_salary_on(table: object, day: date) -> int | None:
    """The base wage in force on ``day`` from the dated table setting; None before its first row.

    Raises ValueError (Vietnamese) for a malformed table, so a typo in the settings is reported."""
    if not isinstance(table, Sequence) or isinstance(table, str):
        raise ValueError(f"Cấu hình «{BASE_SALARY_KEY}» phải là danh sách các mức lương cơ sở theo ngày")
    rows: list[tuple[date, int]] = []
    for row in table:
        if not isinstance(row, Mapping):
            raise ValueError(f"Cấu hình «{BASE_SALARY_KEY}»: mỗi dòng phải có ngày áp dụng và số tiền")
        amount = row.get("amount")
        try:
            since = parse_date(row.get("from"))
        except (TypeError, ValueError):
            reason = f"ngày áp dụng «{row.get('from')}» không hợp lệ"
            raise ValueError(f"Cấu hình «{BASE_SALARY_KEY}»: {reason}") from None
        if isinstance(amount, bool) or not isinstance(amount, int) or amount < 0:
            reason = f"số tiền «{amount}» phải là số đồng nguyên không âm"
            raise ValueError(f"Cấu hình «{BASE_SALARY_KEY}»: {reason}")
        rows.append((since, amount))
    in_force = [amount for since, amount in sorted(rows) if since <= day]
    return in_force[-1] if in_force else None


def benefit_for_year(
    period: RemunerationYear, confirmations: Sequence[BenefitFigure], fallback: BenefitFigure
) -> BenefitFigure:
    """The latest confirmation signed by the year's payment deadline, else the initiative's own figure.

    Employers usually confirm a year's benefit after the year ends, so a confirmation dated up to the
    deadline still counts for that year; later ones belong to later years."""
    usable = [c for c in confirmations if c.known and c.confirmed_on and c.confirmed_on <= period.due_on]
    if usable:
        return max(usable, key=lambda c: c.confirmed_on or date.min)
    return fallback


def plan_year(
    period: RemunerationYear, benefit: BenefitFigure, base_salary_table: object, settings: LegalSettings
) -> PlannedYear:
    """The minimum owed for one year (ValueError with the Vietnamese reason when it cannot be computed)."""
    # Stored as dec(5,2); the amount uses the setting's exact rate.
    rate = settings.remuneration_rate_pct.quantize(Decimal("0.01"))
    if benefit.not_quantifiable:
        # The base wage in force on the last day of the year of application.
        base = base_salary_on(base_salary_table, period.period_to)
        if base is None:
            raise ValueError(
                f"chưa có mức lương cơ sở áp dụng ngày {format_date(period.period_to)} trong cấu hình "
                f"«{BASE_SALARY_KEY}», cần để tính thù lao khi không tính được tiền làm lợi"
            )
        due = remuneration_due(None, True, base, settings)
        return PlannedYear(period, None, rate, base, due)
    if benefit.value is None:
        raise ValueError("chưa có giá trị làm lợi hằng năm (trên phiếu xác nhận hoặc trong hồ sơ sáng kiến)")
    due = remuneration_due(benefit.value, False, None, settings)
    return PlannedYear(period, benefit.value, rate, None, due)


# --- views -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PaymentView:
    id: str
    person_id: str
    full_name: str
    amount: int
    paid_on: date
    proof_id: str | None
    proof_name: str | None
    note: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "person_id": self.person_id,
            "name": self.full_name,
            "amount": self.amount,
            "paid_on": self.paid_on.isoformat(),
            "proof_id": self.proof_id,
            "proof_name": self.proof_name,
            "note": self.note,
        }


@dataclass(frozen=True)
class AuthorDue:
    """One author's part of one year: owed by share, paid, still outstanding."""

    person_id: str
    full_name: str
    share_pct: Decimal | None
    amount_due: int
    paid: int
    outstanding: int
    overdue: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "person_id": self.person_id,
            "name": self.full_name,
            "share": None if self.share_pct is None else str(self.share_pct),
            "amount_due": self.amount_due,
            "paid": self.paid,
            "outstanding": self.outstanding,
            "overdue": self.overdue,
        }


@dataclass(frozen=True)
class YearDue:
    remuneration_id: str
    year_index: int
    period_from: date
    period_to: date
    year_benefit: int | None
    rate_pct: Decimal
    base_salary: int | None
    amount_due: int
    due_on: date
    authors: tuple[AuthorDue, ...]
    payments: tuple[PaymentView, ...]

    @property
    def not_quantifiable(self) -> bool:
        return self.year_benefit is None

    @property
    def paid(self) -> int:
        return sum(p.amount for p in self.payments)

    @property
    def outstanding(self) -> int:
        return sum(a.outstanding for a in self.authors)

    @property
    def overdue(self) -> bool:
        return any(a.overdue for a in self.authors)

    def basis_text(self, multiplier: int) -> str:
        """How the amount was reached, in words for the officer."""
        if self.year_benefit is None:
            base = "?" if self.base_salary is None else format_money(self.base_salary)
            return f"{multiplier} × lương cơ sở {base} (không tính được tiền làm lợi)"
        return f"{_pct(self.rate_pct)} × {format_money(self.year_benefit)}"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.remuneration_id,
            "year": self.year_index,
            "period_from": self.period_from.isoformat(),
            "period_to": self.period_to.isoformat(),
            "year_benefit": self.year_benefit,
            "not_quantifiable": self.not_quantifiable,
            "rate_pct": str(self.rate_pct),
            "base_salary": self.base_salary,
            "amount_due": self.amount_due,
            "due_on": self.due_on.isoformat(),
            "paid": self.paid,
            "outstanding": self.outstanding,
            "overdue": self.overdue,
            "authors": [a.to_json() for a in self.authors],
            "payments": [p.to_json() for p in self.payments],
        }


@dataclass(frozen=True)
class RemunerationSchedule:
    initiative_id: str
    code: str
    title: str
    multiplier: int
    years: tuple[YearDue, ...]
    warnings: tuple[FieldProblem, ...] = ()

    @property
    def total_due(self) -> int:
        return sum(y.amount_due for y in self.years)

    @property
    def total_paid(self) -> int:
        return sum(y.paid for y in self.years)

    @property
    def outstanding(self) -> int:
        return sum(y.outstanding for y in self.years)

    def year(self, index: int) -> YearDue:
        for year in self.years:
            if year.year_index == index:
                return year
        raise KeyError(index)

    def to_json(self) -> dict[str, Any]:
        return {
            "initiative_id": self.initiative_id,
            "code": self.code,
            "title": self.title,
            "total_due": self.total_due,
            "total_paid": self.total_paid,
            "outstanding": self.outstanding,
            "years": [y.to_json() for y in self.years],
            "warnings": [w.message() for w in self.warnings],
        }


@dataclass(frozen=True)
class OverdueDue:
    """A year of remuneration whose deadline passed before every author was paid their part."""

    initiative_id: str
    code: str
    title: str
    remuneration_id: str
    year_index: int
    due_on: date
    amount_due: int
    paid: int

    def days_late(self, today: date) -> int:
        return (today - self.due_on).days

    def text(self, today: date) -> str:
        return (
            f"Quá hạn trả thù lao năm thứ {self.year_index}: hạn {format_date(self.due_on)} "
            f"(quá {self.days_late(today)} ngày), phải trả {format_money(self.amount_due)}, "
            f"đã trả {format_money(self.paid)}"
        )

    def to_json(self, today: date) -> dict[str, Any]:
        return {
            "initiative_id": self.initiative_id,
            "code": self.code,
            "title": self.title,
            "remuneration_id": self.remuneration_id,
            "year": self.year_index,
            "due_on": self.due_on.isoformat(),
            "amount_due": self.amount_due,
            "paid": self.paid,
            "days_late": self.days_late(today),
        }


# --- per-author arithmetic -------------------------------------------------------------------------


def author_dues(
    amount_due: int,
    authors: Sequence[AuthorShare],
    payments: Sequence[PaymentView],
    due_on: date,
    today: date,
) -> tuple[AuthorDue, ...]:
    """Split ``amount_due`` by share (exactly, with ``split_amount``) and set each author's payments
    against their part. Missing shares count as equal shares; someone paid who is no longer an author
    is listed with nothing owed, so no payment disappears from view."""
    shares = _shares(authors)
    parts = split_amount(amount_due, shares) if authors else []
    paid: dict[str, int] = {}
    for payment in payments:
        paid[payment.person_id] = paid.get(payment.person_id, 0) + payment.amount
    rows = [
        _author_due(a.person_id, a.full_name, a.share_pct, part, paid.get(a.person_id, 0), due_on, today)
        for a, part in zip(authors, parts, strict=True)
    ]
    listed = {a.person_id for a in authors}
    for payment in payments:
        if payment.person_id not in listed:
            listed.add(payment.person_id)
            rows.append(_author_due(payment.person_id, payment.full_name, None, 0, paid[payment.person_id],
                                    due_on, today))
    return tuple(rows)


def _author_due(
    person_id: str, name: str, share: Decimal | None, due: int, paid: int, due_on: date, today: date
) -> AuthorDue:
    outstanding = max(due - paid, 0)
    return AuthorDue(person_id, name, share, due, paid, outstanding, outstanding > 0 and today > due_on)


def _shares(authors: Sequence[AuthorShare]) -> list[Decimal]:
    if any(a.share_pct is None for a in authors):
        return default_shares(len(authors)) if authors else []
    return [a.share_pct for a in authors if a.share_pct is not None]


def settled_on(dues: Sequence[AuthorDue], payments: Sequence[PaymentView]) -> date | None:
    """The day every author had their part: the last payment's date; None while anything is owed."""
    if any(d.outstanding for d in dues) or not payments:
        return None
    return max(p.paid_on for p in payments)


def _pct(rate: Decimal) -> str:
    text = f"{rate.normalize():f}".replace(".", ",")
    return f"{text} %"
