"""Dashboard figures against values computed by hand from the known store (tests/dashboard/conftest.py).

2025, counted by first application: I1–I5 (I6 has no date, I7 is 2024, I8 is in the trash).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from sangkien_desktop.domain.dashboard import (
    CountBasis,
    ReportPeriod,
    TargetInput,
    TargetProgress,
    percent_of,
)
from sangkien_desktop.domain.enums import (
    FieldCode,
    InitiativeStatus,
    PeriodKind,
    RewardForm,
    SolutionKind,
)
from sangkien_desktop.domain.errors import ValidationError
from sangkien_desktop.domain.model import RegistryFilter
from sangkien_desktop.services.dashboard import DashboardService

from .conftest import KnownStore

YEAR = ReportPeriod.of_year(2025)


def counts(breakdown: object) -> dict[object, int]:
    return {(t.member if t.member is not None else t.text): t.count for t in breakdown.tallies if t.count}


def test_breakdowns_by_status_kind_field_and_department(known: KnownStore) -> None:
    figures = known.services.dashboard.figures(YEAR)
    assert figures.initiatives == 5
    assert counts(figures.by_status) == {InitiativeStatus.AP_DUNG_THU: 3, InitiativeStatus.DA_CONG_NHAN: 2}
    assert counts(figures.by_kind) == {SolutionKind.KY_THUAT: 2, SolutionKind.QUAN_LY: 1,
                                       SolutionKind.TAC_NGHIEP: 1, SolutionKind.DE_TAI_NCKH: 1}
    assert counts(figures.by_field) == {FieldCode.SX_KD: 3, FieldCode.ATVSLD: 1, FieldCode.CNTT: 1}
    # Largest first, ties in Vietnamese alphabetical order ("Phân" before "Phòng"), "not recorded" last.
    departments = [(t.text, t.count, t.benefit_vnd) for t in figures.by_department.tallies]
    assert departments == [("Phân xưởng Dệt 1", 2, 150_000_000), ("Phòng Kỹ thuật", 2, 12_345_678),
                           (None, 1, 7_000_000)]
    # Every member is listed (reports print them all), in the enum's order.
    assert [t.member for t in figures.by_kind.tallies] == list(SolutionKind)
    kind_benefit = {t.member: t.benefit_vnd for t in figures.by_kind.tallies}
    assert kind_benefit[SolutionKind.KY_THUAT] == 150_000_000
    assert kind_benefit[SolutionKind.DE_TAI_NCKH] == 12_345_678
    assert figures.research_topics == 1


def test_benefit_with_estimates_and_unquantifiable(known: KnownStore) -> None:
    benefit = known.services.dashboard.figures(YEAR).benefit
    assert benefit.total_vnd == 100_000_000 + 50_000_000 + 12_345_678 + 7_000_000
    assert (benefit.estimated_vnd, benefit.estimated, benefit.not_quantifiable) == (50_000_000, 1, 1)


def test_authors_are_counted_as_persons_and_as_authorships(known: KnownStore) -> None:
    authors = known.services.dashboard.figures(YEAR).authors
    # I1: Hoa, An · I2: Hoa · I3: Bình, An (Phạm) · I4: Châu · I5: An again.
    assert (authors.persons, authors.authorships) == (5, 7)
    assert authors.women == 2  # Hoa, Bình
    assert authors.members == 4  # all but Bình
    assert authors.direct_workers == 3  # Hoa, Bình, Phạm Văn An (Châu's kind of work is not recorded)


def test_rewards_of_issued_decisions_in_the_year_only(known: KnownStore) -> None:
    rewards = known.services.dashboard.figures(YEAR).rewards
    lines = {line.form: (line.count, line.amount_vnd) for line in rewards.lines}
    assert lines == {RewardForm.GIAY_KHEN_CDCS: (3, 2_000_000), RewardForm.THUONG_NSDLD: (1, 2_000_000)}
    assert (rewards.count, rewards.amount_vnd) == (4, 4_000_000)  # no draft, nothing from 2024


def test_trend_has_every_month_of_the_year(known: KnownStore) -> None:
    trend = known.services.dashboard.figures(YEAR).trend
    assert [p.month for p in trend] == [date(2025, m, 1) for m in range(1, 13)]
    by_month = {p.month.month: (p.initiatives, p.authorships) for p in trend if p.initiatives}
    assert by_month == {1: (1, 2), 2: (1, 1), 5: (1, 2), 8: (1, 1), 11: (1, 1)}
    assert trend[4].link == RegistryFilter(year=2025, quarter=2)  # a month opens its quarter


def test_every_link_opens_exactly_the_counted_initiatives(known: KnownStore) -> None:
    figures = known.services.dashboard.figures(YEAR)
    tallies = [*figures.by_status.tallies, *figures.by_kind.tallies, *figures.by_field.tallies,
               *figures.by_department.tallies]
    checked = 0
    for tally in tallies:
        if tally.link is None:
            assert tally.text is None and tally.member is None  # only "no department" has no filter
            continue
        assert known.services.initiatives.list(filter=tally.link, limit=50).total == tally.count, tally
        checked += 1
    assert checked == len(tallies) - 1
    assert figures.link == RegistryFilter(year=2025)
    assert known.services.initiatives.list(filter=figures.link).total == figures.initiatives


def test_progress_counts_uploads_by_server_receipt_in_viet_nam_time(known: KnownStore) -> None:
    dashboard = known.services.dashboard
    periods = [ReportPeriod.of_quarter(2025, q) for q in (1, 2, 3, 4)] + [YEAR]
    found = {p.period.label: (p.submitted, p.valid) for p in dashboard.progress(known.programme_id, periods)}
    assert found == {"Quý I năm 2025": (1, 0), "Quý II năm 2025": (3, 2), "Quý III năm 2025": (0, 0),
                     "Quý IV năm 2025": (1, 1), "Năm 2025": (4, 3)}
    phase = dashboard.phase_period(known.programme_id, 1)
    assert (phase.kind, phase.phase_id) == (PeriodKind.DOT, known.phase_ids[0])
    (in_phase,) = dashboard.progress(known.programme_id, [phase])
    assert (in_phase.submitted, in_phase.valid, in_phase.assigned) == (3, 2, None)  # I2 twice counts once


def test_targets_and_percentages(known: KnownStore) -> None:
    dashboard = known.services.dashboard
    year, quarter = dashboard.progress(known.programme_id, [YEAR, ReportPeriod.of_quarter(2025, 2)])
    assert (year.assigned, year.registered, year.percent) == (7, 8, Decimal("42.9"))
    assert year.percent_text == "42,9%"
    assert (quarter.percent_text, quarter.bar_value) == ("200,0%", 100)
    # Changing a target replaces it (one row per programme and period).
    dashboard.set_target(TargetInput(known.programme_id, YEAR, 3))
    (changed,) = dashboard.progress(known.programme_id, [YEAR])
    assert (changed.assigned, changed.registered, changed.percent_text) == (3, 0, "100,0%")


def test_percent_is_one_decimal_half_up() -> None:
    assert percent_of(697, 300) == Decimal("232.3")
    assert TargetProgress(YEAR, 700, 697, 300).percent_text == "232,3%"
    assert percent_of(1, 8) == Decimal("12.5")
    assert percent_of(5, 0) is None and percent_of(5, None) is None
    assert TargetProgress(YEAR, 1, 1).percent_text == "—"


def test_dashboard_of_a_year_with_the_running_programme(known: KnownStore) -> None:
    dashboard = DashboardService(known.services.uow, lambda: date(2025, 11, 20))
    board = dashboard.dashboard(2025)
    assert board.programme is not None and board.programme.code == "THI-DIEM-2025"
    assert board.current == ReportPeriod.of_quarter(2025, 4)
    labels = [p.period.label for p in board.progress]
    assert labels == ["Quý IV năm 2025", "Năm 2025", "Giai đoạn 1 (01/01/2025 – 30/06/2025)",
                      "Giai đoạn 2 (01/07/2025 – 31/12/2026)"]
    assert board.figures.initiatives == 5
    past = dashboard.dashboard(2024)
    assert past.current == ReportPeriod.of_quarter(2024, 4)  # a past year shows its last quarter
    assert past.figures.initiatives == 1  # I7


def test_other_bases(known: KnownStore) -> None:
    dashboard = known.services.dashboard
    q2 = ReportPeriod.of_quarter(2025, 2)
    uploaded = dashboard.figures(q2, CountBasis.UPLOAD, known.programme_id)
    assert uploaded.initiatives == 3  # I1, I2, I3 received in quarter 2 (I5 is not of the programme)
    assert uploaded.programme is not None and uploaded.link is None
    decided = dashboard.figures(YEAR, CountBasis.DECISION, levels=True)
    assert decided.initiatives == 2  # I2, I3 recognised in 2025
    assert decided.by_level is not None and decided.by_level.count == 2
    assert [t.count for t in decided.by_level.tallies if t.member is None] == [2]  # level not recorded
    everything = dashboard.figures(None)
    assert everything.initiatives == 7  # all live initiatives, the undated idea included


def test_bad_periods_are_refused() -> None:
    with pytest.raises(ValidationError, match="Quý"):
        ReportPeriod.of_quarter(2025, 5)
    with pytest.raises(ValidationError, match="Năm"):
        ReportPeriod.of_year(1800)
    with pytest.raises(ValidationError, match="Chỉ tiêu được giao"):
        TargetInput("x", YEAR, -1).checked()


def test_unknown_phase_lists_the_phases(known: KnownStore) -> None:
    with pytest.raises(ValidationError, match="1: Giai đoạn 1; 2: Giai đoạn 2"):
        known.services.dashboard.phase_period(known.programme_id, 3)


def test_quarter_bounds_in_utc() -> None:
    start, end = ReportPeriod.of_quarter(2025, 2).utc_bounds()
    assert (start.isoformat(), end.isoformat()) == ("2025-03-31T17:00:00", "2025-06-30T17:00:00")
