"""The quarterly and phase reports: the Excel file re-opened with openpyxl and checked cell by cell,
the PDF re-read with pypdf. Figures are those of the known store (conftest.py), quarter 2 of 2025
counted by the server's receipt of the uploads: I1, I2 and I3."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet
from pypdf import PdfReader

from sangkien_desktop.domain.dashboard import CountBasis, ReportDocument
from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.office import OfficeInput
from sangkien_desktop.domain.text import format_date_long
from sangkien_desktop.services.container import Services
from sangkien_desktop.spreadsheets.report import TABLE_FIRST_ROW
from tests.pdf.readback import fonts, is_embedded_subset

from .conftest import PROGRAMME_CODE, KnownStore

PARENT = "Công đoàn Khu công nghiệp Đình Vũ"
CHAIR = "Nguyễn Thị Thu Hằng"

# (STT, Nội dung, Đơn vị tính, Số lượng, Giá trị) of quarter 2, worked out by hand.
EXPECTED_ROWS: list[tuple[Any, ...]] = [
    ("I", "KẾT QUẢ THỰC HIỆN CHỈ TIÊU", None, None, None),
    ("1", "Chỉ tiêu được giao", "sáng kiến", 1, None),
    ("2", "Chỉ tiêu đăng ký", "sáng kiến", 2, None),
    ("3", "Số sáng kiến đã nộp (lượt nộp)", "sáng kiến", 3, None),
    ("4", "Số sáng kiến hợp lệ", "sáng kiến", 2, None),
    ("5", "Tỷ lệ số sáng kiến hợp lệ so với chỉ tiêu được giao", "%", 2.0, None),  # 200,0%
    ("II", "PHÂN LOẠI THEO LOẠI GIẢI PHÁP", None, None, None),
    ("1", "Giải pháp kỹ thuật", "sáng kiến", 2, 150_000_000),
    ("2", "Giải pháp quản lý", "sáng kiến", 1, 0),
    ("3", "Giải pháp tác nghiệp", "sáng kiến", 0, 0),
    ("4", "Giải pháp ứng dụng tiến bộ kỹ thuật", "sáng kiến", 0, 0),
    ("5", "Đề tài nghiên cứu khoa học", "sáng kiến", 0, 0),
    (None, "Cộng", "sáng kiến", 3, 150_000_000),
    ("III", "PHÂN LOẠI THEO LĨNH VỰC", None, None, None),
    ("1", "Sản xuất, kinh doanh", "sáng kiến", 2, 100_000_000),
    ("2", "An toàn, vệ sinh lao động", "sáng kiến", 1, 50_000_000),
    *[(str(n), label, "sáng kiến", 0, 0) for n, label in enumerate(
        ["Bảo vệ môi trường", "Cải cách hành chính", "Xây dựng Đảng, hệ thống chính trị",
         "Quản lý, điều hành", "Sáng kiến cộng đồng (y tế, giáo dục)", "Ứng dụng công nghệ thông tin",
         "Khác"],
        start=3)],
    (None, "Cộng", "sáng kiến", 3, 150_000_000),
    ("IV", "PHÂN LOẠI THEO CẤP CÔNG NHẬN", None, None, None),
    ("1", "Cơ sở", "sáng kiến", 0, None),
    ("2", "Ngành", "sáng kiến", 0, None),
    ("3", "Tỉnh", "sáng kiến", 0, None),
    ("4", "(chưa ghi)", "sáng kiến", 2, None),
    (None, "Cộng", "sáng kiến", 2, None),
    ("V", "GIÁ TRỊ LÀM LỢI", None, None, None),
    ("1", "Tổng giá trị làm lợi", "đồng", None, 150_000_000),
    ("2", "Trong đó: giá trị ước tính (số sáng kiến, số tiền)", "sáng kiến", 1, 50_000_000),
    ("3", "Số sáng kiến không tính được giá trị làm lợi bằng tiền", "sáng kiến", 1, None),
    ("4", "Số đề tài nghiên cứu khoa học", "sáng kiến", 0, None),
    ("VI", "TÁC GIẢ", None, None, None),
    ("1", "Số tác giả, đồng tác giả", "người", 4, None),
    ("2", "Số lượt người tham gia", "lượt người", 5, None),
    ("3", "Trong đó: nữ", "người", 2, None),
    ("4", "Trong đó: đoàn viên công đoàn", "người", 3, None),
    ("5", "Trong đó: lao động trực tiếp sản xuất", "người", 3, None),
    ("VII", "KHEN THƯỞNG (quyết định đã ban hành trong kỳ)", None, None, None),
    ("1", "Giấy khen BCH CĐCS", "lượt", 3, 2_000_000),
    ("2", "Thưởng của người sử dụng lao động", "lượt", 1, 2_000_000),
    (None, "Cộng", "lượt", 4, 4_000_000),
]


def with_parent_and_chair(services: Services) -> None:
    services.office.update_office(OfficeInput("ABC", "Công đoàn cơ sở Công ty TNHH ABC", "Công ty TNHH ABC",
                                              parent_union_name=PARENT, place_name="Hải Phòng",
                                              chair_name=CHAIR))


def quarter_two(known: KnownStore) -> ReportDocument:
    with_parent_and_chair(known.services)
    return known.services.reports.quarterly(2025, 2, CountBasis.UPLOAD, PROGRAMME_CODE)


def table(sheet: Worksheet) -> list[tuple[Any, ...]]:
    rows = []
    for row in sheet.iter_rows(min_row=TABLE_FIRST_ROW + 1, max_col=5, values_only=True):
        if row[1] is None:
            break
        rows.append(row)
    return rows


def test_quarterly_report_in_excel_cell_by_cell(known: KnownStore, tmp_path: Path) -> None:
    target = known.services.reports.save(quarter_two(known), tmp_path / "quy-2.xlsx")
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None and sheet.title == "Báo cáo"
    # Title block: the upper union and the CĐCS on the left, the national header on the right.
    assert sheet["A1"].value == PARENT.upper()
    assert (sheet["A2"].value, sheet["A2"].font.b) == ("CÔNG ĐOÀN CƠ SỞ CÔNG TY TNHH ABC", True)
    assert (sheet["C1"].value, sheet["C2"].value) == ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                                      "Độc lập - Tự do - Hạnh phúc")
    assert sheet["C3"].value == format_date_long(date.today(), "Hải Phòng")
    assert sheet["A5"].value == "BÁO CÁO"
    assert sheet["A6"].value == ("Kết quả thực hiện Chương trình “Sáng kiến vì năng suất 2025–2026” "
                                 "quý II năm 2025")
    assert sheet["A7"].value == ("(Từ ngày 01/04/2025 đến ngày 30/06/2025; số liệu tính theo ngày máy chủ "
                                 "công đoàn cấp trên nhận sáng kiến tải lên)")
    assert {"A1:B1", "A2:B2", "C1:E1", "A5:E5", "A6:E6"} <= {str(r) for r in sheet.merged_cells.ranges}
    # The table: headings, every figure, the totals.
    headings = [sheet.cell(TABLE_FIRST_ROW, c).value for c in range(1, 6)]
    assert headings == ["STT", "Nội dung", "Đơn vị tính", "Số lượng", "Giá trị (đồng)"]
    assert table(sheet) == EXPECTED_ROWS
    first = TABLE_FIRST_ROW + 1
    percent_row = first + 5
    assert sheet.cell(percent_row, 4).number_format == "0.0%"
    assert sheet.cell(first + 7, 5).number_format == "#,##0"
    assert sheet.cell(first + 1, 4).number_format == "#,##0"
    total_row = first + 12
    assert sheet.cell(total_row, 2).value == "Cộng" and sheet.cell(total_row, 2).font.b
    assert not sheet.cell(first + 7, 2).font.b
    assert sheet.cell(first, 1).border.left.style == "thin"
    # Signature block under the table: "Nơi nhận" on the left, TM. BCH / CHỦ TỊCH and the name on the right.
    after = first + len(EXPECTED_ROWS)
    column_a = [sheet.cell(r, 1).value for r in range(after, after + 8)]
    assert "Nơi nhận:" in column_a
    assert f"- {PARENT} (để báo cáo);" in column_a and "- Lưu VP CĐCS." in column_a
    column_c = [sheet.cell(r, 3).value for r in range(after, after + 10)]
    assert [v for v in column_c if v] == ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", CHAIR]


def test_report_print_setup_is_a4_fitted_to_width(known: KnownStore, tmp_path: Path) -> None:
    target = known.services.reports.save(quarter_two(known), tmp_path / "r.xlsx")
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None
    setup = sheet.page_setup
    assert (setup.paperSize, setup.orientation, setup.fitToWidth, setup.fitToHeight) == (9, "portrait", 1, 0)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    margins = sheet.page_margins
    in_mm = [round(side * 25.4) for side in (margins.left, margins.right, margins.top, margins.bottom)]
    assert in_mm == [30, 15, 20, 20]
    assert sheet.print_title_rows == f"${TABLE_FIRST_ROW}:${TABLE_FIRST_ROW}"
    assert sheet.print_options.horizontalCentered


def test_quarterly_report_as_pdf(known: KnownStore, tmp_path: Path) -> None:
    target = known.services.reports.save(quarter_two(known), tmp_path / "quy-2.pdf")
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    for expected in ("BÁO CÁO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", PARENT.upper(), "quý II năm 2025",
                     "Tỷ lệ số sáng kiến hợp lệ so với chỉ tiêu được giao", "200,0%", "150.000.000",
                     "4.000.000", "Giấy khen BCH CĐCS", "TM. BAN CHẤP HÀNH", CHAIR, "Nơi nhận:"):
        assert expected in text, expected
    used = fonts(target.read_bytes())
    assert all(is_embedded_subset(name, font) for name, font in used.items())
    assert {name.split("+")[-1] for name in used} <= {"LiberationSerif", "LiberationSerif-Bold",
                                                       "LiberationSerif-Italic", "LiberationSerif-BoldItalic"}


def test_phase_report(known: KnownStore, tmp_path: Path) -> None:
    with_parent_and_chair(known.services)
    document = known.services.reports.phase(1, programme_id=PROGRAMME_CODE)
    assert document.title == "BÁO CÁO SƠ KẾT"
    assert document.subtitle == ("Chương trình “Sáng kiến vì năng suất 2025–2026”, giai đoạn 1 "
                                 "(01/01/2025 – 30/06/2025)")
    sheet = openpyxl.load_workbook(known.services.reports.save(document, tmp_path / "gd1.xlsx")).active
    assert sheet is not None
    rows = {row[1]: row for row in table(sheet)}
    assert rows["Số sáng kiến đã nộp (lượt nộp)"][3] == 3  # I1, I2 (twice), I3 in phase 1
    assert rows["Số sáng kiến hợp lệ"][3] == 2
    assert rows["Chỉ tiêu được giao"][3] is None  # no target for the phase


def test_basis_is_stated_and_section_one_keeps_the_upload_rule(known: KnownStore) -> None:
    document = known.services.reports.quarterly(2025, 2, CountBasis.APPLIED, PROGRAMME_CODE)
    assert document.period_line.endswith("số liệu tính theo ngày áp dụng lần đầu)")
    assert document.notes == ("Mục I số liệu tính theo ngày máy chủ công đoàn cấp trên nhận sáng kiến "
                              "tải lên (quy định của Chương trình); các mục khác số liệu tính theo ngày áp "
                              "dụng lần đầu.",)


def test_without_a_programme_in_the_period_the_report_covers_every_initiative(known: KnownStore) -> None:
    document = known.services.reports.quarterly(2024, 4, CountBasis.APPLIED)
    assert document.subtitle == "Kết quả phong trào phát huy sáng kiến quý IV năm 2024"
    totals = [row.quantity for row in document.rows if row.text == "Cộng"]
    assert totals[0] == 1  # I7, applied on 31/12/2024


def test_wrong_suffix_and_unknown_programme_are_refused(known: KnownStore, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    document = known.services.reports.quarterly(2025, 2)
    with pytest.raises(KnownError, match=r"\.xlsx hoặc \.pdf"):
        known.services.reports.save(document, out / "bao-cao.docx")
    with pytest.raises(KnownError, match="KHONG-CO"):
        known.services.reports.quarterly(2025, 2, programme_id="KHONG-CO")
    with pytest.raises(KnownError, match="không tồn tại"):
        known.services.reports.save(document, out / "khong-co" / "bao-cao.xlsx")
    assert not list(out.iterdir())  # nothing half-written
