"""Templates C, D and E (DOCUMENTS.md §7–9): text re-read exactly (NFC, hostile strings), fonts embedded
and subset, key positions inside their boxes, the annex split across pages with the right total."""

from __future__ import annotations

import io
import re
import subprocess
import unicodedata
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from sangkien_desktop.domain.errors import ValidationError
from sangkien_desktop.domain.text import money_in_words
from sangkien_desktop.pdf.blocks import IssuerHeader
from sangkien_desktop.pdf.template_c import AnnexRow, DecisionDocument, annex_total, render_c, signing_lines
from sangkien_desktop.pdf.template_d import AuthorRow, ParticipantRow, RequestDocument, render_d
from sangkien_desktop.pdf.template_e import ConfirmationDocument, render_e
from sangkien_desktop.pdf.text import TextDoesNotFit

TONES = "Ả Ã À Á Ạ ă ằ ắ ẳ ẵ ặ â ầ ấ ẩ ẫ ậ Ê Ề Ế Ể Ễ Ệ ơ ờ ớ ở ỡ ợ ư ừ ứ ử ữ ự ỳ ý ỷ ỹ ỵ đ Đ"
HOSTILE = ("Công thức a<b && c>d", "Dùng thẻ <b>in đậm</b>", "AT&T R&D", "&nbsp; &#273;")
LONG_NAME = "Tôn Nữ Hoàng Phương Thảo Nguyễn Đặng Bảo Ngọc Uyên"
HEADER = IssuerHeader("Công đoàn cơ sở Công ty TNHH ABC", "Công đoàn Khu kinh tế Hải Phòng", "05/QĐ-CĐCS",
                      "Hải Phòng, ngày 05 tháng 3 năm 2024")


def squashed(text: str) -> str:
    """NFC without any whitespace: wrapping may break a value anywhere between words."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def decision(count: int = 3, **changes: Any) -> DecisionDocument:
    annex = tuple(AnnexRow(f"Nguyễn Văn Hùng {n}", "Tổ trưởng, Phân xưởng 1", f"Cải tiến máy số {n}",
                           "Giấy khen", 500_000) for n in range(count))
    data = DecisionDocument(HEADER, "Về việc khen thưởng sáng kiến năm 2024",
                            "Ban Chấp hành Công đoàn cơ sở Công ty TNHH ABC",
                            ("Căn cứ Điều lệ Công đoàn Việt Nam", "Xét đề nghị của Văn phòng"), annex,
                            signing_lines(False), "Trần Thị Lan", ("Như Điều 3", "Lưu: VT"))
    return replace(data, **changes)


def request(**changes: Any) -> RequestDocument:
    data = RequestDocument(
        "Giám đốc Công ty TNHH ABC",
        (AuthorRow("Nguyễn Thị Hoa", "12/05/1988", "Phân xưởng Dệt 2", "Tổ trưởng", "Kỹ sư", Decimal(60)),
         AuthorRow("Trần Văn Nam", "1990", "Phòng Kỹ thuật", "Kỹ thuật viên", "Cao đẳng", Decimal(40))),
        "Cải tiến băng tải phân xưởng 1", "Hải Phòng, ngày 05 tháng 3 năm 2024",
        field_text="Sản xuất", first_applied_on="05/03/2024", content="Thay cụm con lăn.",
        participants=(ParticipantRow("Phạm Văn Hùng", "1979", "Phân xưởng 1", "Công nhân", "Bậc 4",
                                     "Lắp thử"),))
    return replace(data, **changes)


def confirmation(**changes: Any) -> ConfirmationDocument:
    data = ConfirmationDocument(
        IssuerHeader("Công ty TNHH ABC", None, "07/XN-ABC", "Hải Phòng, ngày 05 tháng 3 năm 2024"),
        "Cải tiến băng tải phân xưởng 1", "2024-ABC-0001", "Giải pháp kỹ thuật",
        "Nguyễn Thị Hoa (60%), Trần Văn Nam (40%)", 2, "05/03/2024", "Phân xưởng 1", "05/03/2024", True,
        "Toàn công ty", 12_500_000, True, False, "120 giờ × 104.000 đồng", "An toàn hơn",
        "Nguyễn Văn Thành", "Trần Thị Lan", "Nguyễn Thị Hoa")
    return replace(data, **changes)


def test_decision_text_reads_back_exactly_with_tricky_strings() -> None:
    rows = tuple(AnnexRow(name, "Tổ " + TONES, text, "Giấy khen", 1_234_567)
                 for name, text in zip((LONG_NAME, "Đỗ Thị Ánh", "Lê & <Bá>", "Vũ Đức"), HOSTILE,
                                       strict=True))
    data = decision(subject="Về việc khen thưởng “AT&T R&D” <2024>", rows=rows)
    text = squashed(pdf_text(render_c(data)))
    for value in (*HOSTILE, LONG_NAME, TONES, data.subject, "Tổng cộng", "4.938.268",
                  money_in_words(4_938_268), "TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "Trần Thị Lan",
                  "- Như Điều 3;", "- Lưu: VT."):
        assert squashed(value) in text
    assert unicodedata.normalize("NFD", "ễ") not in pdf_text(render_c(data))


def test_every_font_is_embedded_and_subset() -> None:
    for data in (render_c(decision()), render_d(request()), render_e(confirmation())):
        fonts: dict[str, Any] = {}
        for page in PdfReader(io.BytesIO(data)).pages:
            resources: Any = page["/Resources"]
            for ref in resources["/Font"].values():
                font = ref.get_object()
                fonts[font["/BaseFont"]] = font
        assert fonts
        for name, font in fonts.items():
            assert re.match(r"/[A-Z]{6}\+", name), name  # subset tag
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            assert "/FontFile2" in descendant["/FontDescriptor"].get_object(), name
            assert "Helvetica" not in name


def positions(data: bytes, page: int = 0) -> dict[str, tuple[float, float]]:
    """Text → (x, baseline y) in mm from the top-left corner, as drawn."""
    reader = PdfReader(io.BytesIO(data))
    height = float(reader.pages[page].mediabox.height)
    found: dict[str, tuple[float, float]] = {}

    def visit(text: str, cm: Any, tm: Any, _font: Any, _size: Any) -> None:
        if text.strip():
            x = tm[4] * cm[0] + cm[4]
            y = tm[5] * cm[3] + cm[5]
            where = (x / 72 * 25.4, (height - y) / 72 * 25.4)
            found.setdefault(unicodedata.normalize("NFC", text.strip()), where)

    reader.pages[page].extract_text(visitor_text=visit)
    return found


def test_header_lines_sit_on_their_documented_baselines() -> None:
    for data in (render_c(decision()), render_e(confirmation())):
        found = positions(data)
        assert found["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"][1] == pytest.approx(24, abs=1)
        assert found["Độc lập - Tự do - Hạnh phúc"][1] == pytest.approx(29.5, abs=1)
        assert found["Hải Phòng, ngày 05 tháng 3 năm 2024"][1] == pytest.approx(39, abs=1)
        x = found["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"][0]
        assert 100 - 1 <= x <= 195 + 1


def test_confirmation_fields_are_in_their_boxes_on_one_page() -> None:
    data = render_e(confirmation())
    assert len(PdfReader(io.BytesIO(data)).pages) == 1
    found = positions(data)
    expected = {"PHIẾU XÁC NHẬN": 52, "ÁP DỤNG VÀ HIỆU QUẢ SÁNG KIẾN": 59, "I. THÔNG TIN SÁNG KIẾN": 68,
                "II. XÁC NHẬN ÁP DỤNG": 112, "III. HIỆU QUẢ": 144, "Nguyễn Văn Thành": 260}
    for text, baseline in expected.items():
        assert found[text][1] == pytest.approx(baseline, abs=1), text
    assert 30 - 1 <= found["Nguyễn Văn Thành"][0] <= 85 + 1
    assert 140 - 1 <= found["Nguyễn Thị Hoa"][0] <= 195 + 1


def test_confirmation_refuses_a_field_that_cannot_fit() -> None:
    with pytest.raises(TextDoesNotFit, match="Tên sáng kiến"):
        render_e(confirmation(title="Cải tiến băng tải " * 40))


def test_request_positions_text_and_share_check() -> None:
    data = render_d(request(title=f"Cải tiến {HOSTILE[0]} {TONES}"))
    found = positions(data)
    assert found["ĐƠN YÊU CẦU CÔNG NHẬN SÁNG KIẾN"][1] == pytest.approx(45, abs=1)
    kinh_gui = found["Kính gửi: Giám đốc Công ty TNHH ABC"]
    assert kinh_gui[0] == pytest.approx(50, abs=1) and kinh_gui[1] == pytest.approx(57, abs=1)
    text = squashed(pdf_text(data))
    for value in (HOSTILE[0], TONES, "Phạm Văn Hùng", "Lắp thử", "Người nộp đơn", "Trần Văn Nam"):
        assert squashed(value) in text
    with pytest.raises(ValidationError, match="100"):
        render_d(request(authors=(AuthorRow("Nguyễn Thị Hoa", share_pct=Decimal("59.5")),)))


def test_long_request_continues_on_numbered_pages() -> None:
    data = render_d(request(content="Nội dung rất dài của giải pháp. " * 400))
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 3
    assert positions(data, 1)["2"][1] == pytest.approx(12, abs=1)


def test_sixty_recipient_annex_splits_with_header_repeated_and_right_total() -> None:
    rows = tuple(AnnexRow(f"Nguyễn Thị Hoa {n:02d}", "Phân xưởng Dệt 2", "Cải tiến băng tải", "Giấy khen",
                          300_000 + 1_000 * n) for n in range(60))
    data = render_c(decision(rows=rows))
    reader = PdfReader(io.BytesIO(data))
    annex_pages = [p.extract_text() for p in reader.pages[1:]]
    assert len(annex_pages) >= 3
    assert all("Họ và tên" in page for page in annex_pages)  # header row repeated
    total = annex_total(rows)
    assert total == 60 * 300_000 + 1_000 * sum(range(60))
    last = squashed(annex_pages[-1])
    assert squashed(f"Tổng cộng {total:,}".replace(",", ".")) in last
    assert squashed(money_in_words(total)) in last
    assert all(squashed(f"Nguyễn Thị Hoa {n:02d}") in squashed("".join(annex_pages)) for n in range(60))


def test_annex_goes_landscape_when_a_row_has_a_note() -> None:
    rows = (AnnexRow("Lê Văn Tám", form="Giấy khen", amount=200_000, note="Truy tặng"),)
    reader = PdfReader(io.BytesIO(render_c(decision(rows=rows, draft=True))))
    assert float(reader.pages[-1].mediabox.width) > float(reader.pages[-1].mediabox.height)
    assert "Ghi chú" in reader.pages[-1].extract_text()
    assert "DỰ THẢO" in reader.pages[0].extract_text()


@pytest.mark.parametrize(("amount", "words"), [
    (1_234_567, "Một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy đồng"),
    (105, "Một trăm linh năm đồng"),
    (1_005_000, "Một triệu không trăm linh năm nghìn đồng"),
    (21, "Hai mươi mốt đồng"),
    (36_500_000, "Ba mươi sáu triệu năm trăm nghìn đồng"),
])
def test_amount_in_words_under_the_annex(amount: int, words: str) -> None:
    text = pdf_text(render_c(decision(rows=(AnnexRow("Lê Văn Tám", form="Giấy khen", amount=amount),))))
    assert squashed(f"Bằng chữ: {words}") in squashed(text)


def test_pages_render_with_poppler(tmp_path: Path) -> None:
    for name, data in (("c", render_c(decision(30))), ("d", render_d(request())),
                       ("e", render_e(confirmation()))):
        pdf = tmp_path / f"{name}.pdf"
        pdf.write_bytes(data)
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), str(tmp_path / name)], check=True)
        assert list(tmp_path.glob(f"{name}-*.png"))
