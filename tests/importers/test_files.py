"""The hand-made test files of tests/data analysed through the import service: what each row becomes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from sangkien_desktop.domain.columns import ListColumn
from sangkien_desktop.domain.enums import FieldCode, InitiativeStatus, SolutionKind
from sangkien_desktop.domain.importing import (
    FileProblem,
    ImportPlan,
    ProblemKind,
    SourceKind,
    SpreadsheetError,
    TextEncoding,
)
from sangkien_desktop.domain.model import InitiativeDraft
from sangkien_desktop.services.container import Services

DATA = Path(__file__).resolve().parents[1] / "data"
LEGACY_TITLES = [
    "Cải tiến đường ống dẫn nước ở phân xưởng",
    "Giảm tiêu hao điện năng của máy nén khí",
    "Sắp xếp lại kho vật tư theo mã màu",
]
LEGACY_AUTHORS = ["Nguyễn Thị Hường", "Trần Văn Dũng", "Lê Thị Ngọc Tuyết"]


def drafts(plan: ImportPlan) -> dict[int, InitiativeDraft]:
    assert plan.ready is not None
    return {row.row: row.draft for row in plan.ready}


def problems(plan: ImportPlan) -> list[tuple[int, str, ProblemKind]]:
    return [(p.row, p.column, p.kind) for p in plan.problems]


def test_normal_list(services: Services) -> None:
    plan = services.importing.analyse(DATA / "import_normal.xlsx")
    assert (plan.rows, plan.valid, plan.problems) == (5, 5, ())
    assert (
        plan.source.kind is SourceKind.XLSX
        and plan.source.sheet == "Danh sách"
        and plan.source.header_row == 1
    )
    assert plan.encoding.detected is TextEncoding.UNICODE and plan.notes == ()
    rows = drafts(plan)
    first = rows[2]
    assert first.code == "2023-ABC-0001" and first.title == "Cải tiến băng tải phân xưởng 1"
    assert [(a.full_name, a.share_pct) for a in first.authors] == [
        ("Nguyễn Thị Hoa", Decimal("60.00")),
        ("Trần Văn Nam", Decimal("40.00")),
    ]
    assert (first.kind, first.field_code, first.status) == (
        SolutionKind.KY_THUAT,
        FieldCode.SX_KD,
        InitiativeStatus.DA_CONG_NHAN,
    )
    assert (first.first_applied_on, first.benefit_value) == (date(2023, 3, 5), 12_500_000)
    assert (first.decision_number, first.decided_on) == ("15/QĐ-ABC", date(2023, 6, 10))
    assert rows[4].code is None and len(rows[4].authors) == 3 and rows[4].status is InitiativeStatus.Y_TUONG
    assert rows[5].benefit_not_quantifiable and rows[5].benefit_value is None
    assert rows[6].status is InitiativeStatus.AP_DUNG_THU  # no status given: applied, so "applied"
    assert [p.row for p in plan.preview] == [2, 3, 4, 5, 6]
    assert plan.preview[2].initiative.code.startswith(f"{date.today().year}-ABC-")


def test_renamed_and_reordered_headers(services: Services) -> None:
    plan = services.importing.analyse(DATA / "import_renamed.xlsx")
    assert plan.source.header_row == 4  # under a title block
    targets = {c.header: c.target for c in plan.mapping.columns}
    assert targets == {
        "Số TT": ListColumn.ROW_NUMBER,
        "Họ và tên": ListColumn.AUTHORS,
        "Đơn vị": ListColumn.DEPARTMENT,
        "Tên giải pháp": ListColumn.TITLE,
        "Số điện thoại": None,
        "Hiệu quả (đồng)": ListColumn.BENEFIT,
        "Ngày áp dụng": ListColumn.FIRST_APPLIED,
        "Loại giải pháp": ListColumn.KIND,
    }
    assert (plan.rows, plan.valid) == (4, 3)
    rows = drafts(plan)
    assert [rows[r].benefit_value for r in (5, 6, 7)] == [1_234_567, 1_200_000_000, 500_000_000]
    assert [rows[r].first_applied_on for r in (5, 6, 7)] == [
        date(2022, 3, 5),
        date(2022, 4, 5),
        date(2022, 6, 30),
    ]
    assert rows[5].department == "Phân xưởng Sợi" and rows[6].kind is SolutionKind.QUAN_LY
    assert problems(plan) == [
        (8, "Loại giải pháp", ProblemKind.ERROR),
        (8, "Ngày áp dụng", ProblemKind.ERROR),
        (8, "Hiệu quả (đồng)", ProblemKind.ERROR),
    ]
    assert plan.invalid_rows == {8}
    assert "«31/02/2022»: không có ngày 31/02/2022" in plan.problems[1].message


@pytest.mark.parametrize("name", ["import_tcvn3.xlsx", "import_tcvn3.xls", "import_vni.xlsx"])
def test_legacy_text_with_fonts(services: Services, name: str) -> None:
    plan = services.importing.analyse(DATA / name)
    expected = TextEncoding.VNI if "vni" in name else TextEncoding.TCVN3
    assert plan.encoding.detected is expected and plan.mapping.encoding is expected
    assert plan.encoding.fonts and not plan.encoding.capitals_may_be_lost
    assert [c.header for c in plan.mapping.columns] == [
        "STT",
        "Họ và tên",
        "Tên sáng kiến",
        "Đơn vị",
        "Ngày áp dụng",
    ]
    rows = drafts(plan)
    assert [d.title for d in rows.values()] == LEGACY_TITLES
    assert [d.authors[0].full_name for d in rows.values()] == LEGACY_AUTHORS
    assert rows[3].first_applied_on == date(2004, 3, 5)
    assert plan.encoding.samples and plan.encoding.converted[expected][0] != plan.encoding.samples[0]
    if expected is TextEncoding.TCVN3:
        assert rows[5].department == "PHÒNG VẬT TƯ"  # typed as lower-case codes in ".VnTimeH"
    assert any("sang Unicode" in note for note in plan.notes)


@pytest.mark.parametrize(
    ("name", "encoding"), [("import_tcvn3.csv", TextEncoding.TCVN3), ("import_vni.csv", TextEncoding.VNI)]
)
def test_legacy_text_without_fonts(services: Services, name: str, encoding: TextEncoding) -> None:
    plan = services.importing.analyse(DATA / name)
    assert plan.source.kind is SourceKind.CSV and plan.source.header_row == 1
    assert plan.encoding.detected is encoding
    assert plan.encoding.capitals_may_be_lost is (encoding is TextEncoding.TCVN3)
    assert [d.title for d in drafts(plan).values()] == LEGACY_TITLES
    assert [d.department for d in drafts(plan).values()] == ["Phân xưởng Dệt", "Tổ Cơ điện", "Phòng Vật tư"]


def test_encoding_chosen_by_the_officer(services: Services) -> None:
    """Nothing converts silently: read as Unicode, the legacy text stays as it was stored."""
    plan = services.importing.analyse(DATA / "import_tcvn3.csv", encoding=TextEncoding.UNICODE)
    assert plan.mapping.encoding is TextEncoding.UNICODE
    assert drafts(plan)[2].authors[0].full_name == "NguyÔn ThÞ H\xadêng"


def test_merged_header_cells(services: Services) -> None:
    plan = services.importing.analyse(DATA / "import_merged_header.xlsx")
    assert plan.source.header_row == 3
    targets = {c.index: c.target for c in plan.mapping.columns}
    assert targets == {
        0: ListColumn.ROW_NUMBER,
        1: ListColumn.TITLE,
        2: ListColumn.AUTHORS,
        3: ListColumn.SHARES,
        4: ListColumn.FIELD,
        5: ListColumn.BENEFIT,
        6: ListColumn.NOTES,
    }
    assert (plan.rows, plan.valid) == (2, 2)  # the "(1) (2) …" row numbering the columns is not a record
    first = drafts(plan)[5]
    assert [(a.full_name, a.share_pct) for a in first.authors] == [
        ("Phan Văn Tài", Decimal("70.00")),
        ("Lý Thị Ngọc", Decimal("30.00")),
    ]
    assert (first.field_code, first.benefit_value) == (FieldCode.SX_KD, 45_000_000)


def test_dates_as_text_and_serials_and_empty_rows(services: Services) -> None:
    plan = services.importing.analyse(DATA / "import_dates.xlsx")
    assert (plan.rows, plan.valid) == (4, 3)  # empty rows and the total row are not records
    rows = drafts(plan)
    assert rows[2].first_applied_on == date(2021, 9, 1)
    assert rows[2].authors[0].birth_date == date(1985, 1, 1)
    assert rows[4].first_applied_on == date(2022, 1, 1) and rows[4].authors[0].birth_date == date(1985, 1, 1)
    assert rows[4].benefit_value == 2_500_000
    assert rows[6].first_applied_on == date(2022, 6, 15) and rows[6].authors[0].birth_date == date(
        1990, 7, 12
    )
    assert problems(plan) == [(7, "Ngày áp dụng", ProblemKind.ERROR)]
    assert plan.ready is not None and {r.row: r.birth_year_only for r in plan.ready}[2]


def test_us_dates_are_flagged(services: Services) -> None:
    plan = services.importing.analyse(DATA / "import_us_dates.csv")
    assert plan.us_dates and any("kiểu Mỹ" in note for note in plan.notes)
    assert problems(plan) == [
        (2, "Ngày áp dụng", ProblemKind.ERROR),
        (3, "Ngày áp dụng", ProblemKind.WARNING),
        (4, "Ngày áp dụng", ProblemKind.ERROR),
    ]
    assert plan.valid == 1
    corrected = services.importing.analyse(
        DATA / "import_us_dates.csv", plan.mapping.__class__(plan.mapping.columns, month_first=True)
    )
    assert (corrected.valid, corrected.problems, corrected.us_dates) == (3, (), False)
    assert [d.first_applied_on for d in drafts(corrected).values()] == [
        date(2024, 4, 23),
        date(2024, 3, 5),
        date(2023, 12, 31),
    ]


def test_formulas_give_their_saved_values(services: Services) -> None:
    plan = services.importing.analyse(DATA / "import_formulas.xlsx")
    rows = drafts(plan)
    assert rows[2].benefit_value == 18_000_000 and rows[3].benefit_value == 4_800_000
    assert [(p.row, p.column) for p in plan.problems] == [(4, "Giá trị làm lợi (đồng)")]
    assert "#DIV/0!" in plan.problems[0].message


@pytest.mark.parametrize(
    ("name", "problem", "words"),
    [
        ("import_not_spreadsheet.xlsx", FileProblem.NOT_SPREADSHEET, "không phải bảng tính"),
        ("import_password.xlsx", FileProblem.PASSWORD, "mật khẩu"),
        ("import_truncated.xlsx", FileProblem.TRUNCATED, "không đầy đủ"),
        ("import_no_header.xlsx", FileProblem.NO_HEADER, "không có dòng tiêu đề"),
    ],
)
def test_bad_files_are_refused_saying_why(
    services: Services, name: str, problem: FileProblem, words: str
) -> None:
    with pytest.raises(SpreadsheetError) as caught:
        services.importing.analyse(DATA / name)
    assert caught.value.problem is problem
    assert name in caught.value.message and words in caught.value.message


def test_other_files_are_not_spreadsheets(services: Services, tmp_path: Path) -> None:
    docx = tmp_path / "thu.docx"
    import zipfile

    with zipfile.ZipFile(docx, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    png = tmp_path / "anh.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    for path in (docx, png):
        with pytest.raises(SpreadsheetError) as caught:
            services.importing.analyse(path)
        assert caught.value.problem is FileProblem.NOT_SPREADSHEET
