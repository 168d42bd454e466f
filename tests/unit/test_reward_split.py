"""Splitting a collective reward among co-authors (issue 4, item 9) and reading amounts."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sangkien_desktop.domain.errors import ValidationError
from sangkien_desktop.domain.rewards import MAX_AMOUNT_VND, RewardDecisionInput, parse_amount
from sangkien_desktop.domain.rules import split_amount


@st.composite
def shares_summing_to_100(draw: st.DrawFn) -> list[Decimal]:
    """1 to 8 shares with two decimals (some may be 0) that add up to exactly 100.00."""
    count = draw(st.integers(1, 8))
    cuts = sorted(draw(st.lists(st.integers(0, 10_000), min_size=count - 1, max_size=count - 1)))
    bounds = [0, *cuts, 10_000]
    return [Decimal(b - a) / 100 for a, b in pairwise(bounds)]


@given(shares=shares_summing_to_100(), total=st.integers(0, MAX_AMOUNT_VND))
def test_split_parts_add_up_and_stay_within_one_dong(shares: list[Decimal], total: int) -> None:
    parts = split_amount(total, shares)
    assert sum(parts) == total
    assert len(parts) == len(shares)
    for part, share in zip(parts, shares, strict=True):
        exact = Fraction(total) * Fraction(share) / 100
        assert abs(part - exact) < 1


def test_split_of_a_third_gives_the_extra_dong_to_the_first_author() -> None:
    assert split_amount(1_000_000, [Decimal("33.34"), Decimal("33.33"), Decimal("33.33")]) == [
        333_400, 333_300, 333_300]
    assert split_amount(100, [Decimal("33.33"), Decimal("33.33"), Decimal("33.34")]) == [33, 33, 34]


@pytest.mark.parametrize(("raw", "expected"), [
    (0, 0), (1_500_000, 1_500_000), ("1.500.000", 1_500_000), ("1.500.000 đ", 1_500_000),
    (2_000_000.0, 2_000_000), (Decimal("300"), 300), (MAX_AMOUNT_VND, MAX_AMOUNT_VND),
])
def test_amounts_read(raw: object, expected: int) -> None:
    assert parse_amount(raw) == expected


@pytest.mark.parametrize(("raw", "reason"), [
    (-1, "không được là số âm"),
    ("-500.000", "không được là số âm"),
    (1500.5, "phải là số đồng nguyên, không có phần lẻ"),
    (Decimal("0.5"), "phải là số đồng nguyên, không có phần lẻ"),
    ("1,5", "phải là số đồng nguyên, không có phần lẻ"),
    (MAX_AMOUNT_VND + 1, "không được quá 1.000.000.000.000 đ"),
    ("một triệu", "không đọc được"),
    (True, "không phải true/false"),
])
def test_bad_amounts_refused_with_the_reason(raw: object, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_amount(raw)


def test_decision_input_names_each_bad_line() -> None:
    with pytest.raises(ValidationError) as caught:
        RewardDecisionInput.from_mapping({
            "decided_on": "31/02/2024",
            "authority": "CHU_TICH",
            "recipients": [
                {"collective_name": "Tổ Cơ điện", "amount": -5},
                {"amount": 10},
                {"collective_name": "Tổ Dệt 2", "amount": "2,5"},
            ],
        })
    messages = [p.message() for p in caught.value.problems]
    assert "Dòng 1 – Số tiền: không được là số âm" in messages
    assert "Dòng 3 – Số tiền: phải là số đồng nguyên, không có phần lẻ" in messages
    assert any(m.startswith("Ngày quyết định: không có ngày 31/02/2024") for m in messages)
    assert any(m.startswith("Thẩm quyền ký: phải là một trong: TM_BCH, KT_CHU_TICH") for m in messages)


def test_decision_input_is_cleaned_to_nfc() -> None:
    decomposed = "To\u0302\u0309 Co\u031b đie\u0302\u0323n"  # as a "Unicode tổ hợp" keyboard sends it
    data = RewardDecisionInput.from_mapping({
        "number": "  01/QĐ-CĐCS ", "recipients": [{"collective_name": decomposed, "form": "giay_khen_cdcs"}]})
    assert data.number == "01/QĐ-CĐCS"
    assert data.recipients[0].collective_name == "Tổ Cơ điện"
    assert data.recipients[0].level == "CDCS"


def test_a_line_needs_one_recipient() -> None:
    with pytest.raises(ValidationError) as caught:
        RewardDecisionInput.from_mapping({"recipients": [{"amount": 10}, {
            "person_id": "x", "collective_name": "Tổ Dệt", "nominate_level": "TLD"}]})
    assert [p.field for p in caught.value.problems] == [
        "recipients.0.person_id", "recipients.1.collective_name", "recipients.1.nominate_level"]
