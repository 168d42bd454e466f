"""Rule settings, durations, author shares and remuneration (DOMAIN.md §2.2, §4.5, §4.10)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sangkien_desktop.domain.rules import (
    DEFAULT_SETTINGS,
    LegalSettings,
    RemunerationYear,
    add_duration,
    check_shares,
    default_shares,
    remuneration_due,
    remuneration_schedule,
    split_amount,
)

SETTINGS = LegalSettings()
D = Decimal

# --- settings ------------------------------------------------------------------------------------


def test_defaults_follow_domain_table() -> None:
    assert SETTINGS.request_limit == "P1Y"
    assert SETTINGS.review_period == "P3M"
    assert SETTINGS.remuneration_rate_pct == D("7")
    assert SETTINGS.remuneration_years == 3
    assert SETTINGS.remuneration_pay_within == "P1M"
    assert SETTINGS.not_quantifiable_multiplier == 5
    assert SETTINGS.transfer_rate_pct == D("15")
    assert SETTINGS.share_sum == D("100.00")
    assert SETTINGS.min_share_pct is None
    assert SETTINGS.programme_deadline_warning_days == 30


def test_default_settings_mapping_round_trips_to_defaults() -> None:
    assert LegalSettings.from_mapping(DEFAULT_SETTINGS) == SETTINGS
    assert LegalSettings.from_mapping({}) == SETTINGS


def test_default_settings_are_json_friendly() -> None:
    import json

    assert json.loads(json.dumps(DEFAULT_SETTINGS)) == DEFAULT_SETTINGS


def test_from_mapping_overrides_each_key() -> None:
    settings = LegalSettings.from_mapping(
        {
            "legal.request_limit": "P2Y",
            "legal.review_period": "P60D",
            "legal.remuneration.rate_pct": "7.5",
            "legal.remuneration.years": 4,
            "legal.remuneration.pay_within": "P2M",
            "legal.remuneration.not_quantifiable_multiplier": "6",
            "legal.remuneration.transfer_rate_pct": 20,
            "authors.share_sum": "100",
            "authors.min_share_pct": "30",
        }
    )
    assert settings.request_limit == "P2Y"
    assert settings.review_period == "P60D"
    assert settings.remuneration_rate_pct == D("7.5")
    assert settings.remuneration_years == 4
    assert settings.remuneration_pay_within == "P2M"
    assert settings.not_quantifiable_multiplier == 6
    assert settings.transfer_rate_pct == D("20")
    assert settings.share_sum == D("100")
    assert settings.min_share_pct == D("30")


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("legal.request_limit", 1),
        ("legal.request_limit", "một năm"),
        ("legal.remuneration.rate_pct", "bảy"),
        ("legal.remuneration.rate_pct", [7]),
        ("legal.remuneration.years", True),
        ("legal.remuneration.years", "3.5"),
        ("legal.remuneration.years", 0),
        ("authors.min_share_pct", "NaN"),
        ("authors.share_sum", "-1"),
    ],
)
def test_from_mapping_rejects_wrong_values_in_vietnamese(key: str, value: object) -> None:
    with pytest.raises(ValueError, match="Cấu hình") as info:
        LegalSettings.from_mapping({key: value})
    assert key in str(info.value)


# --- durations -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "iso", "expected"),
    [
        (date(2024, 3, 5), "P1Y", date(2025, 3, 5)),
        (date(2024, 3, 5), "P3M", date(2024, 6, 5)),
        (date(2024, 1, 31), "P1M", date(2024, 2, 29)),
        (date(2023, 1, 31), "P1M", date(2023, 2, 28)),
        (date(2024, 2, 29), "P1Y", date(2025, 2, 28)),
        (date(2024, 11, 30), "P3M", date(2025, 2, 28)),
        (date(2024, 8, 31), "P1Y6M", date(2026, 2, 28)),
        (date(2024, 12, 15), "P1M", date(2025, 1, 15)),
        (date(2024, 3, 5), "P30D", date(2024, 4, 4)),
        (date(2024, 3, 5), "P2W", date(2024, 3, 19)),
        (date(2024, 3, 5), "p1y", date(2025, 3, 5)),
    ],
)
def test_add_duration(start: date, iso: str, expected: date) -> None:
    assert add_duration(start, iso) == expected


@pytest.mark.parametrize("iso", ["", "P", "1Y", "PT1H", "P1H", "P-1M", "P1.5Y", "P1D1M", "hằng năm"])
def test_add_duration_rejects_invalid(iso: str) -> None:
    with pytest.raises(ValueError, match="Khoảng thời gian"):
        add_duration(date(2024, 1, 1), iso)


def test_add_duration_beyond_calendar_is_value_error() -> None:
    with pytest.raises(ValueError, match="vượt quá"):
        add_duration(date(9999, 6, 1), "P1Y")


@given(st.dates(max_value=date(9000, 1, 1)), st.integers(0, 240))
def test_add_months_never_overshoots_month(start: date, months: int) -> None:
    result = add_duration(start, f"P{months}M")
    assert (result.year - start.year) * 12 + result.month - start.month == months
    assert result.day <= start.day


# --- shares --------------------------------------------------------------------------------------


def test_valid_shares_have_no_problems() -> None:
    assert check_shares([D("60"), D("40.00")], SETTINGS) == []
    assert check_shares([D("100")], SETTINGS) == []
    assert check_shares([D("33.34"), D("33.33"), D("33.33")], SETTINGS) == []


@pytest.mark.parametrize("bad", [D("0"), D("-5"), D("100.01"), D("150"), D("NaN"), D("Infinity")])
def test_share_out_of_range_blocks(bad: Decimal) -> None:
    problems = check_shares([bad, D("50")], SETTINGS)
    assert problems and all(p.blocking for p in problems)
    assert problems[0].field == "authors.share_pct"
    assert "Tỷ lệ đóng góp" in problems[0].message()
    assert "tác giả thứ 1" in problems[0].reason


def test_share_with_three_decimals_blocks() -> None:
    problems = check_shares([D("33.333"), D("66.667")], SETTINGS)
    assert [p.blocking for p in problems] == [True, True]
    assert "2 chữ số thập phân" in problems[0].reason


def test_trailing_zero_decimals_are_accepted() -> None:
    assert check_shares([D("50.000"), D("50")], SETTINGS) == []


def test_wrong_sum_only_warns_with_vietnamese_numbers() -> None:
    problems = check_shares([D("50"), D("40")], SETTINGS)
    assert len(problems) == 1
    problem = problems[0]
    assert not problem.blocking
    assert "tổng là 90,00%, phải bằng 100,00%" in problem.reason
    assert problem.message().startswith("Tỷ lệ đóng góp: ")


def test_single_author_is_not_held_to_the_sum() -> None:
    assert check_shares([D("80")], SETTINGS) == []


def test_configured_sum_is_used() -> None:
    settings = LegalSettings(share_sum=D("1000"))
    assert "phải bằng 1.000,00%" in check_shares([D("60"), D("40")], settings)[0].reason


def test_min_share_warns_only_when_configured() -> None:
    shares = [D("80"), D("20")]
    assert check_shares(shares, SETTINGS) == []
    problems = check_shares(shares, LegalSettings(min_share_pct=D("30")))
    assert len(problems) == 1
    assert not problems[0].blocking
    assert "tác giả thứ 2" in problems[0].reason and "30,00%" in problems[0].reason


@pytest.mark.parametrize("n", range(1, 51))
def test_default_shares_sum_to_hundred(n: int) -> None:
    shares = default_shares(n)
    assert len(shares) == n
    assert sum(shares, D(0)) == D("100.00")
    assert max(shares) - min(shares) <= D("0.01")
    assert shares == sorted(shares, reverse=True)  # leftover cents go to the first authors
    assert all(s == s.quantize(D("0.01")) for s in shares)
    assert check_shares(shares, SETTINGS) == []


def test_default_shares_examples() -> None:
    assert default_shares(1) == [D("100.00")]
    assert default_shares(3) == [D("33.34"), D("33.33"), D("33.33")]
    with pytest.raises(ValueError, match="Số tác giả"):
        default_shares(0)


# --- splitting money -----------------------------------------------------------------------------

_shares = st.lists(
    st.decimals(min_value=0, max_value=100, places=2, allow_nan=False, allow_infinity=False),
    min_size=1,
    max_size=12,
).filter(lambda xs: sum(xs) > 0)


@given(st.integers(0, 10**12), _shares)
def test_split_amount_is_exact_and_fair(total: int, shares: list[Decimal]) -> None:
    parts = split_amount(total, shares)
    assert len(parts) == len(shares)
    assert sum(parts) == total
    weight = sum(Fraction(s) for s in shares)
    for part, share in zip(parts, shares, strict=True):
        assert part >= 0
        assert abs(Fraction(part) - Fraction(total) * Fraction(share) / weight) < 1


def test_split_amount_examples() -> None:
    assert split_amount(100, [D("33.34"), D("33.33"), D("33.33")]) == [34, 33, 33]
    assert split_amount(10, [D("1"), D("1"), D("1")]) == [4, 3, 3]  # tie: earlier wins
    assert split_amount(2, [D("1"), D("1"), D("1")]) == [1, 1, 0]
    assert split_amount(1_000_000, [D("60"), D("40")]) == [600_000, 400_000]
    assert split_amount(7, [D("0"), D("2"), D("1")]) == [0, 5, 2]  # shares need not sum to 100


def test_split_amount_rejects_bad_input() -> None:
    with pytest.raises(ValueError, match="bằng 0"):
        split_amount(100, [D("0"), D("0")])
    with pytest.raises(ValueError, match="bằng 0"):
        split_amount(100, [])
    with pytest.raises(ValueError, match="âm"):
        split_amount(-1, [D("100")])
    with pytest.raises(ValueError, match="âm"):
        split_amount(100, [D("-10"), D("110")])


# --- remuneration --------------------------------------------------------------------------------


def test_remuneration_rounds_up_exactly() -> None:
    assert remuneration_due(100_000_001, False, None, SETTINGS) == 7_000_001
    assert remuneration_due(100_000_000, False, None, SETTINGS) == 7_000_000
    assert remuneration_due(1, False, None, SETTINGS) == 1
    assert remuneration_due(0, False, None, SETTINGS) == 0
    # A huge figure would lose the last đồng in float arithmetic.
    assert remuneration_due(10**17 + 1, False, None, SETTINGS) == 7 * 10**15 + 1


def test_remuneration_uses_configured_rate() -> None:
    assert remuneration_due(1_000_000, False, None, LegalSettings(remuneration_rate_pct=D("7.25"))) == 72_500
    assert remuneration_due(3, False, None, LegalSettings(remuneration_rate_pct=D("33.33"))) == 1


def test_not_quantifiable_is_multiple_of_base_salary() -> None:
    assert remuneration_due(None, True, 2_340_000, SETTINGS) == 11_700_000
    assert remuneration_due(999, True, 2_340_000, LegalSettings(not_quantifiable_multiplier=6)) == 14_040_000


def test_remuneration_missing_inputs() -> None:
    with pytest.raises(ValueError, match="Tiền làm lợi trong năm"):
        remuneration_due(None, False, 2_340_000, SETTINGS)
    with pytest.raises(ValueError, match="Mức lương cơ sở"):
        remuneration_due(5_000_000, True, None, SETTINGS)
    with pytest.raises(ValueError, match="âm"):
        remuneration_due(-1, False, None, SETTINGS)


def test_schedule_of_three_years() -> None:
    assert remuneration_schedule(date(2024, 3, 5), SETTINGS) == [
        RemunerationYear(1, date(2024, 3, 5), date(2025, 3, 4), date(2025, 4, 4)),
        RemunerationYear(2, date(2025, 3, 5), date(2026, 3, 4), date(2026, 4, 4)),
        RemunerationYear(3, date(2026, 3, 5), date(2027, 3, 4), date(2027, 4, 4)),
    ]


def test_schedule_clamps_and_follows_settings() -> None:
    schedule = remuneration_schedule(date(2024, 2, 29), LegalSettings(remuneration_years=5))
    assert [y.year_index for y in schedule] == [1, 2, 3, 4, 5]
    assert schedule[0].period_to == date(2025, 2, 27)
    assert schedule[1].period_from == date(2025, 2, 28)
    assert schedule[3].period_from == date(2027, 2, 28)
    assert schedule[3].period_to == date(2028, 2, 28)
    assert schedule[4].period_from == date(2028, 2, 29)  # back on the leap day, no drift
    # 31 Jan end + one month is clamped to the end of February.
    first = remuneration_schedule(date(2024, 2, 1), SETTINGS)[0]
    assert first.period_to == date(2025, 1, 31)
    assert first.due_on == date(2025, 2, 28)


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
def test_schedule_years_are_contiguous(start: date) -> None:
    schedule = remuneration_schedule(start, SETTINGS)
    assert schedule[0].period_from == start
    for earlier, later in pairwise(schedule):
        assert (later.period_from - earlier.period_to).days == 1
    for year in schedule:
        assert year.period_from < year.period_to < year.due_on
