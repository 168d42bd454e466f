"""Targets as the officer types them (``parse_target_count``, ``TargetInput.from_texts``) and the read the
targets dialog makes (``DashboardService.target_sheet``) on the known store."""

from __future__ import annotations

from datetime import date

import pytest

from sangkien_desktop.domain.dashboard import (
    MAX_TARGET,
    ReportPeriod,
    TargetInput,
    TargetValue,
    parse_target_count,
)
from sangkien_desktop.domain.enums import PeriodKind
from sangkien_desktop.domain.errors import NotFoundError, ValidationError
from sangkien_desktop.services.dashboard import DashboardService
from tests.dashboard.conftest import PROGRAMME_CODE, KnownStore

YEAR = ReportPeriod.of_year(2025)


@pytest.mark.parametrize(("text", "count"), [
    ("120", 120), ("0", 0), (" 7 ", 7), ("1.200", 1200), ("1 200", 1200), ("10.000.000", MAX_TARGET),
])
def test_counts_as_typed(text: str, count: int) -> None:
    assert parse_target_count(text) == count


@pytest.mark.parametrize(("text", "reason"), [
    ("", "chưa nhập; hãy nhập một số nguyên, ví dụ 120"),
    ("  ", "chưa nhập; hãy nhập một số nguyên, ví dụ 120"),
    ("-3", "không được là số âm"),
    ("−3", "không được là số âm"),  # the minus sign a word processor puts
    ("1,5", "phải là số nguyên không âm, ví dụ 120 hoặc 1.200"),
    ("12.34", "phải là số nguyên không âm, ví dụ 120 hoặc 1.200"),
    ("1e3", "phải là số nguyên không âm, ví dụ 120 hoặc 1.200"),
    ("một trăm", "phải là số nguyên không âm, ví dụ 120 hoặc 1.200"),
    ("١٢", "phải là số nguyên không âm, ví dụ 120 hoặc 1.200"),  # other scripts' digits
    ("10000001", "quá lớn, tối đa 10.000.000"),
])
def test_counts_refused_with_the_reason(text: str, reason: str) -> None:
    with pytest.raises(ValueError) as refused:
        parse_target_count(text)
    assert str(refused.value) == reason


def test_from_texts_lists_both_fields() -> None:
    assert TargetInput.from_texts("p", YEAR, "1.200", "") == TargetInput("p", YEAR, 1200, 0)
    with pytest.raises(ValidationError) as refused:
        TargetInput.from_texts("p", YEAR, "abc", "-1")
    assert [(p.field, p.message()) for p in refused.value.problems] == [
        ("assigned", "Chỉ tiêu được giao: phải là số nguyên không âm, ví dụ 120 hoặc 1.200"),
        ("registered", "Chỉ tiêu đăng ký: không được là số âm"),
    ]
    with pytest.raises(ValidationError, match="Chỉ tiêu được giao"):
        TargetInput.from_texts("p", YEAR, "", "5")


def test_checked_caps_and_refuses_flags() -> None:
    with pytest.raises(ValidationError, match=r"quá lớn, tối đa 10\.000\.000"):
        TargetInput("p", YEAR, MAX_TARGET + 1).checked()
    with pytest.raises(ValidationError, match="Chỉ tiêu đăng ký: phải là số nguyên không âm"):
        TargetInput("p", YEAR, 1, True).checked()


def test_target_sheet_of_a_programme(known: KnownStore) -> None:
    dashboard = known.services.dashboard
    sheet = dashboard.target_sheet(known.programme_id)
    assert sheet.programme is not None and sheet.programme.code == PROGRAMME_CODE
    assert sheet.programmes[0].id == known.programme_id  # newest window first
    assert sheet.targets == (TargetValue(PeriodKind.NAM, "2025", 7, 8),
                             TargetValue(PeriodKind.QUY, "2025-Q2", 1, 2))
    assert sheet.target_of(ReportPeriod.of_quarter(2025, 2)) == sheet.targets[1]
    assert sheet.target_of(ReportPeriod.of_quarter(2025, 3)) is None
    changed = sheet.with_target(TargetValue(PeriodKind.NAM, "2025", 9, 0))
    assert changed.target_of(YEAR) == TargetValue(PeriodKind.NAM, "2025", 9, 0) and len(changed.targets) == 2
    with pytest.raises(NotFoundError):
        dashboard.target_sheet("no-such-programme")


def test_target_sheet_picks_the_running_programme(known: KnownStore) -> None:
    def sheet_on(day: date) -> str | None:
        programme = DashboardService(known.services.uow, today=lambda: day).target_sheet().programme
        return None if programme is None else programme.code

    assert sheet_on(date(2025, 11, 20)) == PROGRAMME_CODE
    assert sheet_on(date(2022, 3, 1)) == "1TRIEU-SK-2021"  # the office's seeded programme ran then
