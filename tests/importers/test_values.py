"""Cell values of old lists: dates, amounts, shares, coded values; headers by label."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from sangkien_desktop.domain.columns import (
    ListColumn,
    format_shares,
    match_header,
    split_authors,
    split_shares,
)
from sangkien_desktop.domain.enums import FieldCode, InitiativeStatus, Sex, SolutionKind
from sangkien_desktop.importers.values import (
    CellProblem,
    MonthFirstDate,
    as_amount,
    as_date,
    as_enum,
    as_shares,
    as_text,
    header_scale,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("05/03/2024", date(2024, 3, 5)),
        ("5-3-2024", date(2024, 3, 5)),
        ("05.03.2024", date(2024, 3, 5)),
        ("2024-03-05", date(2024, 3, 5)),
        ("2024-03-05 00:00:00", date(2024, 3, 5)),
        ("ngày 05 tháng 3 năm 2024", date(2024, 3, 5)),
        (datetime(2024, 3, 5, 0, 0), date(2024, 3, 5)),
        (date(2024, 3, 5), date(2024, 3, 5)),
        (45356, date(2024, 3, 5)),  # Excel serial
        (45356.0, date(2024, 3, 5)),
        ("45356", date(2024, 3, 5)),  # a serial saved as text (CSV)
        (61, date(1900, 3, 1)),
    ],
)
def test_dates_day_first(value: object, expected: date) -> None:
    parsed = as_date(value)
    assert parsed is not None and parsed.value == expected


def test_serials_before_march_1900() -> None:
    found = as_date(59)
    assert found is not None and found.value == date(1900, 2, 28)
    first = as_date(1)
    assert first is not None and first.value == date(1900, 1, 1)


def test_ambiguous_and_us_dates() -> None:
    ambiguous = as_date("03/04/2024")
    assert ambiguous is not None and ambiguous.value == date(2024, 4, 3) and ambiguous.ambiguous
    with pytest.raises(MonthFirstDate, match="kiểu Mỹ"):
        as_date("04/23/2024")
    month_first = as_date("04/23/2024", month_first=True)
    assert month_first is not None and month_first.value == date(2024, 4, 23) and month_first.month_first_only
    assert (as_date("03/04/2024", month_first=True) or pytest.fail()).value == date(2024, 3, 4)


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("31/02/2024", "không có ngày 31/02/2024"),
        ("6/2022", "chỉ có tháng và năm"),
        ("2024", "chỉ có năm"),
        ("sáng mai", "không phải ngày"),
        (2024, "chỉ có năm"),
        ("#REF!", "lỗi công thức"),
        (True, "không phải ngày"),
    ],
)
def test_bad_dates(value: object, reason: str) -> None:
    with pytest.raises(CellProblem, match=reason):
        as_date(value)


def test_birth_years() -> None:
    found = as_date("1985", year_allowed=True)
    assert found is not None and found.value == date(1985, 1, 1) and found.year_only
    assert as_date(None) is None and as_date("  ") is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1.234.567", 1_234_567),
        ("1.234.567 đ", 1_234_567),
        ("1.234.567 đồng", 1_234_567),
        ("1 234 567 VNĐ", 1_234_567),
        ("1,2 tỷ", 1_200_000_000),
        ("1,5 triệu", 1_500_000),
        ("500 triệu", 500_000_000),
        ("500 tr", 500_000_000),
        ("2.500 nghìn đồng", 2_500_000),
        ("1,234,567", 1_234_567),
        (12_500_000, 12_500_000),
        (12_500_000.0, 12_500_000),
        ("0", 0),
    ],
)
def test_amounts(value: object, expected: int) -> None:
    assert as_amount(value) == (expected, False)


def test_amounts_in_millions_by_header() -> None:
    assert header_scale("Giá trị làm lợi (triệu đồng)") == 1_000_000
    assert header_scale("Giá trị làm lợi (đồng)") == 1
    assert header_scale("Hiệu quả (nghìn đồng)") == 1000
    assert as_amount(1.5, 1_000_000) == (1_500_000, False)
    assert as_amount("2,25", 1_000_000) == (2_250_000, False)


def test_amounts_not_quantifiable() -> None:
    assert as_amount("Không tính được") == (None, True)
    assert as_amount(None) == (None, False)


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("12,5", "đồng nguyên"),
        ("-200.000", "không được âm"),
        ("abc", "không đọc được"),
        (1234.5, "đồng nguyên"),
        (date(2024, 1, 1), "không phải số tiền"),
        ("#DIV/0!", "lỗi công thức"),
    ],
)
def test_bad_amounts(value: object, reason: str) -> None:
    with pytest.raises(CellProblem, match=reason):
        as_amount(value)


def test_shares() -> None:
    assert as_shares("60; 40", 2) == (Decimal("60.00"), Decimal("40.00"))
    assert as_shares("33,34; 33,33; 33,33", 3) == (Decimal("33.34"), Decimal("33.33"), Decimal("33.33"))
    assert as_shares(100, 1) == (Decimal("100.00"),)
    assert as_shares("0,6; 0,4", 2) == (Decimal("60.00"), Decimal("40.00"))  # fractions, or a % format
    assert as_shares(None, 2) is None
    with pytest.raises(CellProblem, match="có 1 tỷ lệ cho 2 tác giả"):
        as_shares("100", 2)
    with pytest.raises(CellProblem, match="2 chữ số thập phân"):
        as_shares("33,333; 66,667", 2)


@pytest.mark.parametrize(
    ("text", "enum_cls", "member"),
    [
        ("Giải pháp kỹ thuật", SolutionKind, SolutionKind.KY_THUAT),
        ("KY_THUAT", SolutionKind, SolutionKind.KY_THUAT),
        ("kỹ thuật", SolutionKind, SolutionKind.KY_THUAT),
        ("Quản lý", SolutionKind, SolutionKind.QUAN_LY),
        ("Sản xuất, kinh doanh", FieldCode, FieldCode.SX_KD),
        ("an toan ve sinh lao dong", FieldCode, FieldCode.ATVSLD),
        ("CNTT", FieldCode, FieldCode.CNTT),
        ("Đã công nhận", InitiativeStatus, InitiativeStatus.DA_CONG_NHAN),
        ("Đang áp dụng thử / lần đầu", InitiativeStatus, InitiativeStatus.AP_DUNG_THU),
        ("Nữ", Sex, Sex.NU),
    ],
)
def test_coded_values(text: str, enum_cls: type, member: object) -> None:
    assert as_enum(text, enum_cls) is member


def test_unknown_coded_value() -> None:
    with pytest.raises(CellProblem, match="Sáng tạo"):
        as_enum("Sáng tạo", SolutionKind)


def test_text_cells() -> None:
    assert as_text("  Phân  xưởng\tDệt ") == "Phân xưởng Dệt"
    assert as_text(12.0) == "12"
    assert as_text(datetime(2024, 3, 5)) == "05/03/2024"
    assert as_text("") is None


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("Họ và tên", ListColumn.AUTHORS),
        ("HỌ TÊN", ListColumn.AUTHORS),
        ("Ho, ten", ListColumn.AUTHORS),
        ("Tên sáng kiến", ListColumn.TITLE),
        ("Tên giải pháp", ListColumn.TITLE),
        ("Đơn vị", ListColumn.DEPARTMENT),
        ("Bộ phận", ListColumn.DEPARTMENT),
        ("Phân xưởng", ListColumn.DEPARTMENT),
        ("Giá trị làm lợi", ListColumn.BENEFIT),
        ("Giá trị làm lợi (đồng)", ListColumn.BENEFIT),
        ("Hiệu quả (đồng)", ListColumn.BENEFIT),
        ("Giá trị làm lợi (đồng/năm)", ListColumn.BENEFIT),
        ("Ngày áp dụng", ListColumn.FIRST_APPLIED),
        ("Ngày sinh", ListColumn.BIRTH_DATE),
        ("Năm sinh", ListColumn.BIRTH_DATE),
        ("Giới tính", ListColumn.SEX),
        ("Chức danh", ListColumn.JOB_TITLE),
        ("Chức vụ", ListColumn.JOB_TITLE),
        ("Ngày QĐ công nhận", ListColumn.DECIDED_ON),
        ("Số quyết định", ListColumn.DECISION_NUMBER),
        ("STT", ListColumn.ROW_NUMBER),
    ],
)
def test_header_synonyms(header: str, column: ListColumn) -> None:
    assert match_header(header) is column


@pytest.mark.parametrize("header", ["Tên", "Số điện thoại", "", "Ghi chép"])
def test_headers_not_known(header: str) -> None:
    assert match_header(header) is None


def test_author_and_share_cells() -> None:
    assert split_authors("Nguyễn Thị Hoa; Trần Văn Nam,Lê An\nPhạm Bình") == [
        "Nguyễn Thị Hoa",
        "Trần Văn Nam",
        "Lê An",
        "Phạm Bình",
    ]
    assert split_shares("33,34; 33,33 ;33,33%") == ["33,34", "33,33", "33,33"]
    assert format_shares([Decimal("60.00"), Decimal("40.00")]) == "60; 40"
    assert format_shares([Decimal("33.34"), Decimal("33.33")]) == "33,34; 33,33"
    assert format_shares([None]) == ""
