"""Decree 13 remuneration against hand-computed schedules, payments per author, overdue years."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from sangkien_desktop.domain.errors import ValidationError, WorkflowError
from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.domain.remuneration import PaymentInput, RemunerationSchedule
from sangkien_desktop.persistence.models import ApplicationConfirmation, AuditEntry, Remuneration, Setting
from sangkien_desktop.persistence.models.remuneration import RemunerationPayment
from sangkien_desktop.services.container import Services

THREE_AUTHORS = [
    {"name": "Nguyễn Thị Hoa", "share": 50},
    {"name": "Trần Văn Nam", "share": 30},
    {"name": "Lê Đức Minh", "share": 20},
]
TODAY = date(2026, 6, 1)


@pytest.fixture
def recognised(make_initiative: Callable[..., InitiativeView]) -> Callable[..., InitiativeView]:
    """A recognised initiative, first applied on 01/03/2023, with three authors 50/30/20."""

    def make(**overrides: Any) -> InitiativeView:
        fields: dict[str, Any] = {
            "status": "DA_CONG_NHAN", "decision_number": "15/QĐ-ABC", "decided_on": "2023-09-01",
            "first_applied_on": "2023-03-01", "benefit_value": 100_000_000, "authors": THREE_AUTHORS,
        }
        return make_initiative(**{**fields, **overrides})

    return make


def _set_setting(services: Services, key: str, value: object) -> None:
    with services.uow() as uow:
        row = uow.session.scalars(sa.select(Setting).where(Setting.key == key)).one()
        row.value = json.dumps(value)
        uow.commit()


def _confirm(services: Services, initiative_id: str, on: date, value: int | None, nq: bool = False) -> None:
    with services.uow() as uow:
        uow.session.add(ApplicationConfirmation(
            initiative_id=initiative_id, confirmed_on=on, benefit_value=value, not_quantifiable=nq,
        ))
        uow.commit()


def _parts(schedule: RemunerationSchedule, year: int) -> list[int]:
    return [a.amount_due for a in schedule.year(year).authors]


def test_three_years_at_seven_percent_split_by_share_across_a_leap_year(
    services: Services, recognised: Callable[..., InitiativeView]
) -> None:
    item = recognised()
    schedule = services.remuneration.schedule(item.id, TODAY)

    # First applied 01/03/2023. Each year ends the day before its anniversary:
    #   year 1: 01/03/2023 – 29/02/2024 (2024 is a leap year), due 29/02/2024 + 1 month = 29/03/2024
    #   year 2: 01/03/2024 – 28/02/2025, due 28/03/2025
    #   year 3: 01/03/2025 – 28/02/2026, due 28/03/2026
    periods = [(y.period_from, y.period_to, y.due_on) for y in schedule.years]
    assert periods == [
        (date(2023, 3, 1), date(2024, 2, 29), date(2024, 3, 29)),
        (date(2024, 3, 1), date(2025, 2, 28), date(2025, 3, 28)),
        (date(2025, 3, 1), date(2026, 2, 28), date(2026, 3, 28)),
    ]
    # 100.000.000 đ/year × 7 % = 7.000.000 đ; split 50/30/20 → 3.500.000 / 2.100.000 / 1.400.000
    for year in schedule.years:
        assert year.year_benefit == 100_000_000
        assert year.rate_pct == Decimal("7.00")
        assert year.amount_due == 7_000_000
        assert _parts(schedule, year.year_index) == [3_500_000, 2_100_000, 1_400_000]
        assert year.outstanding == 7_000_000
        assert year.overdue  # TODAY 01/06/2026 is after every due date
    assert schedule.total_due == 21_000_000
    names = [a.full_name for a in schedule.years[0].authors]
    assert names == ["Nguyễn Thị Hoa", "Trần Văn Nam", "Lê Đức Minh"]


def test_first_applied_on_29_february_keeps_consecutive_years(
    services: Services, recognised: Callable[..., InitiativeView]
) -> None:
    item = recognised(first_applied_on="2024-02-29", decided_on="2024-06-01")
    schedule = services.remuneration.schedule(item.id, date(2025, 1, 1))

    # 29/02/2024 + 1 year = 28/02/2025 (no 29th), so year 1 ends on 27/02/2025 and year 2 starts the
    # next day; every anniversary is counted from 29/02/2024 itself, so nothing drifts:
    #   year 1: 29/02/2024 – 27/02/2025, due 27/03/2025
    #   year 2: 28/02/2025 – 27/02/2026, due 27/03/2026
    #   year 3: 28/02/2026 – 27/02/2027, due 27/03/2027
    periods = [(y.period_from, y.period_to, y.due_on) for y in schedule.years]
    assert periods == [
        (date(2024, 2, 29), date(2025, 2, 27), date(2025, 3, 27)),
        (date(2025, 2, 28), date(2026, 2, 27), date(2026, 3, 27)),
        (date(2026, 2, 28), date(2027, 2, 27), date(2027, 3, 27)),
    ]
    assert not any(y.overdue for y in schedule.years)  # 01/01/2025 is before the first due date


def test_rounding_up_and_an_exact_split_of_odd_amounts(
    services: Services, recognised: Callable[..., InitiativeView]
) -> None:
    item = recognised(benefit_value=33_333_333)
    schedule = services.remuneration.schedule(item.id, TODAY)

    # 33.333.333 × 7 % = 2.333.333,31 → rounded up to 2.333.334 đ.
    # Exact shares: 50 % = 1.166.667; 30 % = 700.000,2; 20 % = 466.666,8. Whole parts sum to
    # 2.333.333; the one đồng left goes to the largest remainder (0,8, the third author):
    # 1.166.667 + 700.000 + 466.667 = 2.333.334.
    assert schedule.year(1).amount_due == 2_333_334
    assert _parts(schedule, 1) == [1_166_667, 700_000, 466_667]


def test_not_quantifiable_uses_five_times_the_base_wage_in_force_at_year_end(
    services: Services, recognised: Callable[..., InitiativeView]
) -> None:
    item = recognised(benefit_value=None, benefit_not_quantifiable=True)
    schedule = services.remuneration.schedule(item.id, TODAY)

    # Base wage 1.800.000 đ from 01/07/2023, 2.340.000 đ from 01/07/2024 (setting rewards.base_salary).
    #   year 1 ends 29/02/2024 → 5 × 1.800.000 = 9.000.000
    #   years 2 and 3 end 28/02/2025 and 28/02/2026 → 5 × 2.340.000 = 11.700.000
    assert [y.amount_due for y in schedule.years] == [9_000_000, 11_700_000, 11_700_000]
    assert [y.base_salary for y in schedule.years] == [1_800_000, 2_340_000, 2_340_000]
    assert schedule.year(1).not_quantifiable
    assert schedule.year(1).basis_text(schedule.multiplier).startswith("5 × lương cơ sở 1.800.000 đ")
    # 9.000.000 split 50/30/20 → 4.500.000 / 2.700.000 / 1.800.000
    assert _parts(schedule, 1) == [4_500_000, 2_700_000, 1_800_000]


def test_confirmations_give_each_year_its_benefit_and_settings_change_the_rules(
    services: Services, recognised: Callable[..., InitiativeView]
) -> None:
    item = recognised()
    # Signed 20/03/2024, before year 1's deadline 29/03/2024: counts for year 1 and later years.
    _confirm(services, item.id, date(2024, 3, 20), 200_000_000)
    # Signed 10/01/2025, inside year 2: year 2 (due 28/03/2025) and year 3 use it.
    _confirm(services, item.id, date(2025, 1, 10), 50_000_000)
    schedule = services.remuneration.schedule(item.id, TODAY)
    # 200.000.000 × 7 % = 14.000.000; 50.000.000 × 7 % = 3.500.000
    assert [y.amount_due for y in schedule.years] == [14_000_000, 3_500_000, 3_500_000]
    assert not schedule.warnings  # every year rests on a confirmation

    _set_setting(services, "legal.remuneration.rate_pct", "10")
    _set_setting(services, "legal.remuneration.years", 2)
    _set_setting(services, "legal.remuneration.pay_within", "P2M")
    schedule = services.remuneration.schedule(item.id, TODAY)
    # 10 %: 20.000.000 and 5.000.000; two years; due two months after 29/02/2024 = 29/04/2024
    assert [y.amount_due for y in schedule.years] == [20_000_000, 5_000_000]
    assert schedule.year(1).due_on == date(2024, 4, 29)
    with services.uow.read() as session:
        rows = session.scalars(sa.select(Remuneration).where(Remuneration.initiative_id == item.id)).all()
        assert {r.year_index: r.deleted_at is None for r in rows} == {1: True, 2: True, 3: False}


def test_schedule_twice_writes_nothing_the_second_time(
    services: Services, recognised: Callable[..., InitiativeView]
) -> None:
    item = recognised()
    services.remuneration.schedule(item.id, TODAY)
    with services.uow.read() as session:
        before = session.scalar(sa.select(sa.func.count()).select_from(AuditEntry))
        versions = session.scalars(sa.select(Remuneration.version)).all()
    services.remuneration.schedule(item.id, TODAY)
    with services.uow.read() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(AuditEntry)) == before
        assert session.scalars(sa.select(Remuneration.version)).all() == versions == [1, 1, 1]


def test_payments_per_author_with_proof_settle_the_year_and_leave_the_overdue_list(
    services: Services, recognised: Callable[..., InitiativeView], tmp_path: Path
) -> None:
    item = recognised()
    first = services.remuneration.schedule(item.id, TODAY)
    overdue = [o.year_index for o in services.remuneration.overdue(TODAY) if o.initiative_id == item.id]
    assert overdue == [1, 2, 3]

    proof = tmp_path / "Phiếu chi 12.pdf"
    proof.write_bytes(b"%PDF-1.4 proof")
    hoa = first.year(1).authors[0].person_id
    after = services.remuneration.record_payment(PaymentInput(
        hoa, 3_500_000, date(2024, 3, 25), remuneration_id=first.year(1).remuneration_id, proof=proof,
        note="Chi tiền mặt",
    ), today=TODAY)
    year1 = after.year(1)
    assert [(a.paid, a.outstanding, a.overdue) for a in year1.authors] == [
        (3_500_000, 0, False), (0, 2_100_000, True), (0, 1_400_000, True),
    ]
    assert year1.payments[0].proof_name == "Phiếu chi 12.pdf"
    assert year1.outstanding == 3_500_000

    # By name without accents, and by initiative code + year.
    by_name = PaymentInput("tran van nam", 2_100_000, date(2024, 3, 26), initiative=item.code, year_index=1)
    services.remuneration.record_payment(by_name, today=TODAY)
    last = PaymentInput("Lê Đức Minh", 1_400_000, date(2024, 3, 28), initiative=item.id, year_index=1)
    done = services.remuneration.record_payment(last, today=TODAY)
    assert done.year(1).outstanding == 0 and not done.year(1).overdue
    assert done.total_paid == 7_000_000
    overdue = [o.year_index for o in services.remuneration.overdue(TODAY) if o.initiative_id == item.id]
    assert overdue == [2, 3]
    with services.uow.read() as session:
        row = session.scalars(sa.select(Remuneration).where(Remuneration.year_index == 1)).one()
        assert (row.amount_paid, row.paid_on) == (7_000_000, date(2024, 3, 28))
        audited = session.scalars(
            sa.select(AuditEntry.entity).where(AuditEntry.entity == "remuneration_payment")
        ).all()
        assert len(audited) == 3
        proof_of = sa.select(RemunerationPayment.proof_id).where(RemunerationPayment.amount == 3_500_000)
        assert session.scalar(proof_of)
    attachments = services.attachments.list_for("initiative", item.id)
    assert [a.file_name for a in attachments] == ["Phiếu chi 12.pdf"]


def test_bad_payments_are_refused_with_reasons(
    services: Services, recognised: Callable[..., InitiativeView]
) -> None:
    item = recognised()
    rid = services.remuneration.schedule(item.id, TODAY).year(1).remuneration_id
    with pytest.raises(ValidationError) as bad:
        services.remuneration.record_payment(
            PaymentInput("Nguyễn Thị Hoa", 0, date(2027, 1, 1), remuneration_id=rid), today=TODAY
        )
    assert {p.field for p in bad.value.problems} == {"amount", "paid_on"}
    with pytest.raises(ValidationError, match="không phải tác giả"):
        services.remuneration.record_payment(
            PaymentInput("Phạm Văn Tư", 100, date(2026, 1, 1), remuneration_id=rid), today=TODAY
        )
    with pytest.raises(ValidationError, match="năm thứ 1 đến 3"):
        fourth = PaymentInput("Nguyễn Thị Hoa", 100, date(2026, 1, 1), initiative=item.code, year_index=4)
        services.remuneration.record_payment(fourth, today=TODAY)
    with services.uow.read() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(RemunerationPayment)) == 0


def test_only_recognised_initiatives_with_a_benefit_get_a_schedule(
    services: Services,
    make_initiative: Callable[..., InitiativeView],
    recognised: Callable[..., InitiativeView],
) -> None:
    applied = make_initiative()
    with pytest.raises(WorkflowError, match="chỉ tính thù lao cho sáng kiến đã được công nhận"):
        services.remuneration.schedule(applied.id, TODAY)
    unknown = recognised(benefit_value=None)
    with pytest.raises(ValidationError, match="chưa có giá trị làm lợi"):
        services.remuneration.schedule(unknown.code, TODAY)
    estimated = recognised(benefit_value=10_000_000)
    (warning,) = services.remuneration.schedule(estimated.id, TODAY).warnings
    assert warning.message().startswith("Năm thứ 1, 2, 3: tính theo giá trị làm lợi ghi trong hồ sơ")
    # With a confirmation signed by year 1's deadline (29/03/2024), only the others would warn;
    # one signed 10/01/2025 covers years 2 and 3 but comes too late for year 1.
    _confirm(services, estimated.id, date(2025, 1, 10), 20_000_000)
    (warning,) = services.remuneration.schedule(estimated.id, TODAY).warnings
    assert warning.label == "Năm thứ 1"
