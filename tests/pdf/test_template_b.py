"""Template B, the union's Giấy khen: ceremonial and pre-printed-blank modes, emblem, calibration."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image, ImageDraw

from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.pdf.calibration import anchor_label, render_calibration
from sangkien_desktop.pdf.qr import QrBlock
from sangkien_desktop.pdf.template_b import PAGE, VARIABLE_ANCHORS, b_elements, check_fits, render_b
from sangkien_desktop.pdf.text import TextDoesNotFit
from tests.pdf.certificate_samples import LONG_NAME, LONG_TITLE, TOO_LONG_NAME, TRICKY, UNION
from tests.pdf.layout_checks import assert_fonts_embedded_once, assert_inside_boxes, baseline_from_top
from tests.pdf.readback import page_text, reader, runs

TRICKY_B = replace(TRICKY, issuer_name=UNION.issuer_name, decision_text=UNION.decision_text)
LONG = replace(UNION, recipient_name=LONG_NAME, citation=f"Tác giả sáng kiến “{LONG_TITLE}”, năm 2024")


@pytest.fixture
def emblem(tmp_path: Path) -> Path:
    path = tmp_path / "bieu-trung.png"
    image = Image.new("RGBA", (120, 120), (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse((4, 4, 116, 116), fill=(192, 0, 0, 255))
    image.save(path)
    return path


def test_tricky_text_reads_back_exactly(emblem: Path) -> None:
    text = page_text(render_b([TRICKY_B], emblem=emblem))
    name = unicodedata.normalize("NFC", f"Ông/Bà {TRICKY.recipient_name}")
    for expected in (name, "Kỹ sư <b>R&D</b> &nbsp; đ/Đ ỡ ự ặ ẫ", TRICKY.citation, "GIẤY KHEN", "TẶNG",
                     "BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ CÔNG TY CỔ PHẦN DỆT MAY ABC",
                     "Quyết định số 05/QĐ-CĐCS ngày 12/3/2024", "Số sổ vàng: 012",
                     "Số hiệu: CDABC-2024-00012 · Mã kiểm tra: K7Q2M-Z4XP1"):
        assert expected in text, expected


def test_fonts_embedded_once_across_pages_and_the_static_form(emblem: Path) -> None:
    data = render_b([UNION, TRICKY_B, UNION], emblem=emblem)
    assert_fonts_embedded_once(data)
    assert len(reader(data).pages) == 3
    box = reader(data).pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (297, 210)


@pytest.mark.parametrize("item", [UNION, TRICKY_B, LONG], ids=["ordinary", "tricky", "long"])
def test_every_element_lies_in_its_box_inside_the_border(item: object) -> None:
    assert isinstance(item, type(UNION))
    data = render_b([item])
    assert_inside_boxes(data, b_elements(item))
    for run in runs(data):
        assert 16.0 <= run.x_mm <= 281.0 and 16.0 <= run.y_mm <= 194.0, run


def test_documented_baselines() -> None:
    data = render_b([UNION])
    documented = {
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": 36, "Độc lập - Tự do - Hạnh phúc": 42,
        "BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ CÔNG TY CỔ PHẦN DỆT MAY ABC": 52,
        "(trực thuộc Công đoàn Khu kinh tế Hải Phòng)": 57.5, "TẶNG": 64, "GIẤY KHEN": 80,
        "Ông/Bà Nguyễn Thị Hồng Nhung": 95, "Tổ trưởng, Phân xưởng Dệt 2": 103,
        "Quyết định số 05/QĐ-CĐCS ngày 12/3/2024": 168, "Số sổ vàng: 012": 174,
        "Hải Phòng, ngày 05 tháng 3 năm 2024": 140, "TM. BAN CHẤP HÀNH": 147, "CHỦ TỊCH": 153,
        "Phạm Văn Đức": 190, "Số hiệu: CDABC-2024-00012 · Mã kiểm tra: K7Q2M-Z4XP1": 162,
    }
    for text, y in documented.items():
        assert baseline_from_top(data, PAGE, text) == pytest.approx(y, abs=0.01), text
    citation = next(e for e in b_elements(UNION) if e.fitted.lines[0].startswith("Đã có thành tích"))
    assert baseline_from_top(data, PAGE, citation.fitted.lines[0]) == pytest.approx(112, abs=0.01)


def test_the_citation_wraps_and_a_name_that_cannot_fit_is_reported_before_printing() -> None:
    citation = next(e for e in b_elements(LONG) if e.font.endswith("Italic"))
    assert citation.fitted.size == 12 and 1 < len(citation.fitted.lines) <= 3
    bad = replace(UNION, recipient_name=TOO_LONG_NAME * 2, serial="CDABC-2024-00013")
    problems = check_fits([UNION, bad, LONG])
    assert len(problems) == 1 and "Người được khen của Nguyễn Hoàng Phương Thảo" in problems[0]
    assert "(CDABC-2024-00013)" in problems[0]
    with pytest.raises(TextDoesNotFit):
        render_b([bad])


def test_blank_mode_prints_only_the_variable_fields_moved_by_the_offsets(emblem: Path) -> None:
    full = {run.text: run for run in runs(render_b([UNION], emblem=emblem))}
    data = render_b([UNION], blank=True, offset_mm=(3.0, -4.5), emblem=emblem)
    blank = runs(data)
    citation = next(e for e in b_elements(UNION) if e.fitted.lines[0].startswith("Đã có thành tích"))
    assert {run.text for run in blank} == {
        "Ông/Bà Nguyễn Thị Hồng Nhung", "Tổ trưởng, Phân xưởng Dệt 2", *citation.fitted.lines,
        "Quyết định số 05/QĐ-CĐCS ngày 12/3/2024", "Số sổ vàng: 012", "Hải Phòng, ngày 05 tháng 3 năm 2024",
        "Phạm Văn Đức",
    }
    for run in blank:  # x to the right by 3 mm, y up by 4.5 mm (a negative offset moves up)
        assert run.x_mm == pytest.approx(full[run.text].x_mm + 3.0, abs=0.01)
        assert run.y_mm == pytest.approx(full[run.text].y_mm + 4.5, abs=0.01)
    pdf = reader(data)
    assert pdf.trailer["/Root"]["/ViewerPreferences"]["/PrintScaling"] == "/None"
    assert "/XObject" not in pdf.pages[0]["/Resources"]  # no border, no emblem
    assert_fonts_embedded_once(data)


def test_offsets_beyond_15_mm_are_refused() -> None:
    with pytest.raises(KnownError, match="±15 mm"):
        render_b([UNION], blank=True, offset_mm=(0, 16))


def test_a_missing_or_broken_emblem_is_named(tmp_path: Path) -> None:
    missing = tmp_path / "khong-co.png"
    with pytest.raises(KnownError) as caught:
        render_b([UNION], emblem=missing)
    assert str(missing) in caught.value.message
    assert "Không tìm thấy tệp ảnh biểu trưng" in caught.value.message
    broken = tmp_path / "hong.png"
    broken.write_text("không phải ảnh")
    with pytest.raises(KnownError, match="Không đọc được tệp ảnh biểu trưng"):
        render_b([UNION], emblem=broken)
    assert render_b([UNION], blank=True, emblem=missing)  # blank mode prints no emblem


def test_the_calibration_page_shows_every_variable_anchor() -> None:
    data = render_calibration(offset_mm=(2.0, 1.0))
    text = page_text(data)
    assert "7 Người nhận (148.5; 95)" in text
    assert all(anchor_label(anchor) in text for anchor in VARIABLE_ANCHORS)
    assert "tỷ lệ 100 %" in text and "X = 2 mm; Y = 1 mm" in text
    label = next(run for run in runs(data) if run.text == "14 Người ký (222; 190)")
    assert (label.x_mm, PAGE.height_mm - label.y_mm) == pytest.approx((222 + 2 + 2, 190 + 1 - 1.2), abs=0.01)
    assert_fonts_embedded_once(data)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils: scripts/system_deps.sh test")
def test_the_qr_code_decodes_from_the_printed_page(tmp_path: Path) -> None:
    payload = "SK1:" + "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567" * 5
    pdf = tmp_path / "b.pdf"
    pdf.write_bytes(render_b([replace(UNION, qr=QrBlock(payload, "không in"))]))
    subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf), str(tmp_path / "b")],
                   check=True)
    found = zxingcpp.read_barcodes(Image.open(tmp_path / "b.png"))
    assert [code.text for code in found] == [payload]
    assert "không in" not in page_text(pdf.read_bytes())  # the template prints the caption itself
