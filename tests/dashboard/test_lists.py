"""The Excel lists: initiatives (with the importer's column labels), authors by given name, rewards and
certificates; text that Excel would run as a formula stays text."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from sangkien_desktop.domain.certificates import CertificateSubject
from sangkien_desktop.domain.columns import EXPORT_COLUMNS, label_of
from sangkien_desktop.domain.enums import DocumentTemplate, SolutionKind
from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.model import InitiativeView, RegistryFilter
from sangkien_desktop.services.container import Services
from sangkien_desktop.spreadsheets.lists import TITLE_ROWS

from .conftest import KnownStore

HEADING_ROW = TITLE_ROWS + 1


def sheet_of(path: Path) -> Worksheet:
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    return sheet


def body(sheet: Worksheet) -> list[tuple[Any, ...]]:
    return [row for row in sheet.iter_rows(min_row=HEADING_ROW + 1, values_only=True)]


def test_initiatives_list_has_the_importers_labels_and_values(known: KnownStore, tmp_path: Path) -> None:
    target = tmp_path / "sang-kien.xlsx"
    assert known.services.reports.export_initiatives(target) == 7  # I8 is in the trash
    sheet = sheet_of(target)
    assert sheet["A1"].value == "DANH SÁCH SÁNG KIẾN"
    assert sheet["A2"].value.startswith("Công đoàn cơ sở Công ty TNHH ABC – lập ngày ")
    headings = [c.value for c in sheet[HEADING_ROW]]
    assert headings == [label_of(c) for c in EXPORT_COLUMNS]
    rows = {row[1]: dict(zip(headings, row, strict=True)) for row in body(sheet)}
    assert list(rows) == sorted(rows)  # by code
    i1 = rows[known.initiatives["I1"].code]
    assert i1["STT"] == 1
    assert (i1["Tên sáng kiến"], i1["Tác giả"], i1["Tỷ lệ đóng góp"]) == (
        "Cải tiến khuôn dệt", "Nguyễn Thị Hoa; Trần Văn An", "60; 40")
    assert (i1["Loại"], i1["Lĩnh vực"], i1["Bộ phận"]) == ("Giải pháp kỹ thuật", "Sản xuất, kinh doanh",
                                                           "Phân xưởng Dệt 1")
    assert (i1["Ngày áp dụng lần đầu"], i1["Giá trị làm lợi (đồng)"]) == (datetime(2025, 1, 15), 100_000_000)
    assert i1["Trạng thái"] == "Đang áp dụng thử / lần đầu"
    i2 = rows[known.initiatives["I2"].code]
    decision = (i2["Số quyết định công nhận"], i2["Ngày quyết định công nhận"])
    assert decision == ("01/QĐ-ABC", datetime(2025, 4, 10))
    assert rows[known.initiatives["I3"].code]["Giá trị làm lợi (đồng)"] == "Không tính được"
    idea = rows[known.initiatives["I6"].code]
    assert idea["Ngày áp dụng lần đầu"] is None and idea["Trạng thái"] == "Ý tưởng"
    date_cell = next(c for c in sheet[HEADING_ROW + 1] if isinstance(c.value, datetime))
    assert date_cell.number_format == "dd/mm/yyyy"
    assert sheet.freeze_panes == f"A{HEADING_ROW + 1}"
    assert sheet.page_setup.orientation == "landscape"


def test_initiatives_list_narrowed_like_the_registry(known: KnownStore, tmp_path: Path) -> None:
    reports = known.services.reports
    narrowed = RegistryFilter(year=2025, kind=SolutionKind.KY_THUAT)
    assert reports.export_initiatives(tmp_path / "a.xlsx", narrowed) == 2
    titles = [row[2] for row in body(sheet_of(tmp_path / "a.xlsx"))]
    assert titles == ["Cải tiến khuôn dệt", "Che chắn máy cắt"]
    assert reports.export_initiatives(tmp_path / "b.xlsx", text="khuon det") == 1
    with pytest.raises(KnownError, match="Quý"):
        reports.export_initiatives(tmp_path / "c.xlsx", RegistryFilter(quarter=2))


def test_text_that_looks_like_a_formula_stays_text(services: Services, tmp_path: Path,
                                                   make_initiative: Callable[..., InitiativeView]) -> None:
    hostile = {"title": "=HYPERLINK(\"http://x.example\",\"Bấm\")", "department": "-2+3",
               "summary": "@SUM(A1:A9)", "authors": [{"name": "+84 912 345 678", "share": 100}]}
    make_initiative(**hostile)
    target = tmp_path / "danh-sach.xlsx"
    services.reports.export_initiatives(target)
    sheet = sheet_of(target)
    headings = [c.value for c in sheet[HEADING_ROW]]
    cells = dict(zip(headings, sheet[HEADING_ROW + 1], strict=True))
    expected = (("Tên sáng kiến", hostile["title"]), ("Bộ phận", "-2+3"), ("Tóm tắt", "@SUM(A1:A9)"),
                ("Tác giả", "+84 912 345 678"))
    for heading, text in expected:
        cell = cells[heading]
        assert (cell.value, cell.data_type, cell.quotePrefix) == (text, "s", True), heading
    with zipfile.ZipFile(target) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml  # no formula anywhere in the sheet


def test_authors_sorted_by_given_name(known: KnownStore, tmp_path: Path) -> None:
    target = tmp_path / "tac-gia.xlsx"
    assert known.services.reports.export_authors(target) == 5
    rows = body(sheet_of(target))
    # An (Phạm before Trần: same given and middle name, then the family name), Bình, Châu, Hoa.
    names = [row[1] for row in rows[:-1]]
    assert names == ["Phạm Văn An", "Trần Văn An", "Lê Thị Bình", "Đỗ Minh Châu", "Nguyễn Thị Hoa"]
    tran = rows[1]
    assert tran[2:9] == (datetime(1980, 2, 2), "Nam", None, None, "Có", "Quản lý", 3)  # I1, I5, I6
    assert rows[2][6] == "Không"  # Bình is not a union member
    assert rows[-1][1:] == ("Tổng cộng", None, None, None, None, None, None, 9, None)
    assert known.services.reports.export_authors(tmp_path / "2025.xlsx", 2025) == 5
    by_name = {row[1]: row[8] for row in body(sheet_of(tmp_path / "2025.xlsx"))[:-1]}
    assert by_name == {"Phạm Văn An": 1, "Trần Văn An": 2, "Lê Thị Bình": 1, "Đỗ Minh Châu": 1,
                       "Nguyễn Thị Hoa": 2}


def test_rewards_list_of_issued_decisions(known: KnownStore, tmp_path: Path) -> None:
    target = tmp_path / "khen-thuong.xlsx"
    assert known.services.reports.export_rewards(target) == 5  # the draft is left out
    rows = body(sheet_of(target))
    assert [(r[1], r[3], r[5], r[10]) for r in rows[:-1]] == [
        ("Nguyễn Thị Hoa", "Giấy khen BCH CĐCS", "09/QĐ-CĐCS", 300_000),
        ("Trần Văn An", "Giấy khen BCH CĐCS", "01/QĐ-CĐCS", 500_000),
        ("Nguyễn Thị Hoa", "Giấy khen BCH CĐCS", "01/QĐ-CĐCS", 500_000),
        ("Tổ Bảo trì", "Giấy khen BCH CĐCS", "01/QĐ-CĐCS", 1_000_000),
        ("Lê Thị Bình", "Thưởng của người sử dụng lao động", "01/QĐ-CĐCS", 2_000_000),
    ]
    assert rows[2][6] == datetime(2025, 6, 15) and rows[2][7] == known.initiatives["I2"].code
    assert rows[-1][1] == "Tổng cộng" and rows[-1][10] == 4_300_000
    assert known.services.reports.export_rewards(tmp_path / "2025.xlsx", 2025) == 4


def test_certificates_register(services: Services, tmp_path: Path) -> None:
    first = services.certificates.issue(CertificateSubject(
        DocumentTemplate.B, "reward", "r-1", "Trần Thị Hồng Nhung", "Cải tiến", "05/QĐ", date(2025, 3, 12)))
    second = services.certificates.issue(CertificateSubject(
        DocumentTemplate.A, "initiative", "i-1", "Lê Văn Đức", "Cải tiến"))
    services.certificates.revoke(second.serial, "In nhầm tên")
    target = tmp_path / "so-cap.xlsx"
    assert services.reports.export_certificates(target) == 2
    rows = body(sheet_of(target))
    assert [r[1:4] for r in rows] == [(first.serial, "B", "Trần Thị Hồng Nhung"),
                                      (second.serial, "A", "Lê Văn Đức")]
    assert rows[0][7] == 0 and rows[0][8] is None
    assert isinstance(rows[1][8], datetime) and rows[1][9] == "In nhầm tên"
    assert services.reports.export_certificates(tmp_path / "cu.xlsx", 2000) == 0


def test_lists_must_be_xlsx(services: Services, tmp_path: Path) -> None:
    with pytest.raises(KnownError, match=r"\.xlsx"):
        services.reports.export_authors(tmp_path / "tac-gia.csv")
