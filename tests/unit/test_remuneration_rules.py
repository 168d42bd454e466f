"""Pure remuneration rules: the base wage table, which benefit figure a year uses, per-author dues."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from sangkien_desktop.domain.remuneration import (
    DEFAULT_BASE_SALARY,
    AuthorShare,
    BenefitFigure,
    PaymentView,
    author_dues,
    base_salary_on,
    benefit_for_year,
    settled_on,
)
from sangkien_desktop.domain.rules import RemunerationYear

YEAR1 = RemunerationYear(1, date(2023, 3, 1), date(2024, 2, 29), date(2024, 3, 29))


def test_base_wage_in_force_on_a_day() -> None:
    assert base_salary_on(DEFAULT_BASE_SALARY, date(2023, 6, 30)) is None  # before the first row
    assert base_salary_on(DEFAULT_BASE_SALARY, date(2023, 7, 1)) == 1_800_000
    assert base_salary_on(DEFAULT_BASE_SALARY, date(2024, 6, 30)) == 1_800_000
    assert base_salary_on(DEFAULT_BASE_SALARY, date(2024, 7, 1)) == 2_340_000
    # Rows in any order, dates as dd/mm/yyyy too.
    assert base_salary_on([{"from": "01/07/2024", "amount": 2_340_000},
                           {"from": "2019-07-01", "amount": 1_490_000}], date(2020, 1, 1)) == 1_490_000


@pytest.mark.parametrize(("table", "reason"), [
    ("1800000", "phải là danh sách"),
    ([1_800_000], "mỗi dòng phải có ngày áp dụng và số tiền"),
    ([{"from": "31/02/2024", "amount": 1}], "ngày áp dụng «31/02/2024» không hợp lệ"),
    ([{"from": "2024-07-01", "amount": -1}], "số tiền «-1» phải là số đồng nguyên không âm"),
    ([{"from": "2024-07-01", "amount": 1.5}], "số tiền «1.5»"),
])
def test_a_malformed_base_wage_table_is_reported(table: object, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        base_salary_on(table, date(2025, 1, 1))


def test_the_year_uses_the_latest_confirmation_signed_by_its_deadline() -> None:
    own = BenefitFigure(10, False)
    early = BenefitFigure(20, False, date(2023, 5, 1))
    on_deadline = BenefitFigure(30, False, date(2024, 3, 29))
    too_late = BenefitFigure(40, False, date(2024, 3, 30))
    empty = BenefitFigure(None, False, date(2024, 3, 1))  # neither a figure nor "not quantifiable"
    assert benefit_for_year(YEAR1, [], own) is own
    assert benefit_for_year(YEAR1, [early, on_deadline, too_late, empty], own) is on_deadline
    assert benefit_for_year(YEAR1, [too_late], own) is own


def _paid(person: str, amount: int, on: date) -> PaymentView:
    return PaymentView(f"p-{person}-{amount}", person, person.upper(), amount, on, None, None, None)


def test_dues_split_exactly_and_payments_set_against_each_author() -> None:
    authors = [AuthorShare("a", "A", Decimal("33.33")), AuthorShare("b", "B", Decimal("33.33")),
               AuthorShare("c", "C", Decimal("33.34"))]
    payments = [_paid("a", 300, date(2024, 3, 1)), _paid("x", 50, date(2024, 3, 2))]
    dues = author_dues(1_000, authors, payments, YEAR1.due_on, date(2024, 4, 1))
    # 1.000 × 33,33 % = 333,3 (twice) and × 33,34 % = 333,4 → 333 + 333 + 333 = 999; the last đồng goes
    # to the largest remainder (0,4, author C). Someone paid who is not an author shows with nothing owed.
    assert [(d.person_id, d.amount_due, d.paid, d.outstanding, d.overdue) for d in dues] == [
        ("a", 333, 300, 33, True), ("b", 333, 0, 333, True), ("c", 334, 0, 334, True), ("x", 0, 50, 0, False),
    ]
    assert settled_on(dues, payments) is None
    settled = author_dues(100, [AuthorShare("a", "A", None)], [_paid("a", 100, date(2024, 3, 5))],
                          YEAR1.due_on, date(2024, 4, 1))
    assert settled[0].outstanding == 0 and not settled[0].overdue
    assert settled_on(settled, [_paid("a", 100, date(2024, 3, 5))]) == date(2024, 3, 5)
