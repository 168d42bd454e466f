"""PDF-CORE: the Liberation Serif faces, escaping and fitting (DOCUMENTS.md §3, §4)."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
import reportlab
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.pdf.fonts import (
    SERIF,
    SERIF_BOLD,
    SERIF_BOLD_ITALIC,
    SERIF_ITALIC,
    register_fonts,
    required_characters,
)
from sangkien_desktop.pdf.geometry import A4_PORTRAIT, Box, mm, text_box
from sangkien_desktop.pdf.text import TextDoesNotFit, draw_fitted, fit, safe_markup, wrap
from sangkien_desktop.resources import SERIF_FACES, resource_path
from tests.pdf.certificate_samples import HOSTILE, TONES, VOWELS
from tests.pdf.readback import page_text, runs

FACES = (SERIF, SERIF_BOLD, SERIF_ITALIC, SERIF_BOLD_ITALIC)


@pytest.fixture(autouse=True)
def _fonts() -> None:
    register_fonts()


def vietnamese_letters() -> set[str]:
    """Every vowel with every tone form in both cases, đ and Đ: built from combining marks."""
    lower = {unicodedata.normalize("NFC", vowel + tone) for vowel in VOWELS for tone in TONES}
    return lower | {unicodedata.normalize("NFC", letter.upper()) for letter in lower} | {"đ", "Đ"}


def test_the_letter_set_is_the_documented_one() -> None:
    letters = vietnamese_letters()
    assert all(len(letter) == 1 for letter in letters)
    assert len([letter for letter in letters if not letter.isascii()]) == 134  # DOCUMENTS.md §3
    assert letters | {"₫"} <= required_characters()


@pytest.mark.parametrize("face", FACES)
def test_every_face_has_a_glyph_for_every_vietnamese_letter_and_the_dong_sign(face: str) -> None:
    mapped = pdfmetrics.getFont(face).face.charToGlyph
    assert ord("中") not in mapped  # the check can fail
    missing = sorted(ch for ch in vietnamese_letters() | {"₫"} if mapped.get(ord(ch), 0) == 0)
    assert missing == []


def test_registering_twice_is_harmless() -> None:
    register_fonts()
    register_fonts()
    assert pdfmetrics.getFont(SERIF_BOLD).face.name == b"LiberationSerif-Bold"


def test_a_missing_font_file_is_named(tmp_path: Path) -> None:
    for name in list(SERIF_FACES.values())[:3]:
        shutil.copy(resource_path("fonts", name), tmp_path / name)
    with pytest.raises(KnownError) as caught:
        register_fonts(tmp_path)
    assert str(tmp_path / SERIF_FACES["bold_italic"]) in caught.value.message
    assert "Không tìm thấy tệp phông chữ" in caught.value.message


def test_a_font_without_vietnamese_is_refused(tmp_path: Path) -> None:
    vera = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"
    for name in SERIF_FACES.values():
        shutil.copy(vera, tmp_path / name)
    # A fresh process: this one has registered the real faces already (one file per face).
    code = ("import sys; from pathlib import Path; from sangkien_desktop.pdf.fonts import register_fonts\n"
            "try:\n    register_fonts(Path(sys.argv[1]))\n"
            "except Exception as exc:\n    print(type(exc).__name__, exc)")
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True,
                            check=True)
    assert result.stdout.startswith("FontError")
    assert "thiếu" in result.stdout and "LiberationSerif-Regular.ttf" in result.stdout


@pytest.mark.parametrize("hostile", [
    "Công thức a<b && c>d", "Dùng thẻ <b>in đậm</b>", "Mã <script>alert(1)</script>", "AT&T R&D",
    "&nbsp; &#273;", HOSTILE,
])
def test_escaped_markup_prints_literally(hostile: str) -> None:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, initialFontName=SERIF)
    paragraph = Paragraph(safe_markup(hostile), ParagraphStyle("body", fontName=SERIF, fontSize=12))
    paragraph.wrapOn(canvas, 400, 200)
    paragraph.drawOn(canvas, 50, 700)
    canvas.save()
    assert page_text(buffer.getvalue()) == " ".join(hostile.split())


def test_safe_markup_composes_drops_controls_and_keeps_line_breaks() -> None:
    decomposed = unicodedata.normalize("NFD", "Ngọc\u0007 & Ánh\nhàng 2")
    assert safe_markup(decomposed) == "Ngọc &amp; Ánh<br/>hàng 2"


def test_a_short_text_keeps_the_largest_size() -> None:
    fitted = fit("Nguyễn Thị Hoa", SERIF_BOLD, 200 * mm, 24, 18, 1)
    assert fitted == fitted.__class__(("Nguyễn Thị Hoa",), 24, 24 * 1.2)


def test_a_long_text_shrinks_in_half_points_until_one_line_fits() -> None:
    text = "Ông/Bà Công Tằng Tôn Nữ Thị Phương Hoa Quỳnh Như"
    width = pdfmetrics.stringWidth(text, SERIF_BOLD, 20.3)
    fitted = fit(unicodedata.normalize("NFD", text), SERIF_BOLD, width, 24, 18, 1)
    assert fitted.lines == (text,)  # composed again
    assert fitted.size == 20.0  # 20.5 is too wide, 20 fits


def test_when_the_minimum_is_too_wide_the_text_wraps_at_the_minimum() -> None:
    text = "Cải tiến quy trình kiểm tra chất lượng vải mộc bằng camera và phần mềm nhận dạng lỗi"
    fitted = fit(text, SERIF_BOLD, 80 * mm, 14, 12, 3, pitch_pt=7 * mm)
    assert 2 <= len(fitted.lines) <= 3 and fitted.size == 12 and fitted.leading == pytest.approx(7 * mm)
    assert " ".join(fitted.lines) == text
    assert all(pdfmetrics.stringWidth(line, SERIF_BOLD, 12) <= 80 * mm for line in fitted.lines)


def test_an_over_long_word_is_broken_by_characters() -> None:
    lines = wrap("ab " + "x" * 60, SERIF, 12, 100)
    assert lines[0] == "ab" and "".join(lines[1:]) == "x" * 60
    assert all(pdfmetrics.stringWidth(line, SERIF, 12) <= 100 for line in lines)


def test_text_that_cannot_fit_is_refused_with_the_field_and_record() -> None:
    with pytest.raises(TextDoesNotFit) as caught:
        fit("Nguyễn Hoàng Phương Thảo " * 4, SERIF_BOLD, 60 * mm, 16, 14, 1, field="Họ và tên")
    message = caught.value.for_record("Hồ sơ SK-2024-001").message
    assert message.startswith("Họ và tên của Hồ sơ SK-2024-001 quá dài để in")
    assert "14 pt" in message and "“Nguyễn Hoàng Phương Thảo" in message


def test_draw_fitted_puts_the_baselines_where_the_box_says() -> None:
    box = text_box(A4_PORTRAIT, 40, 185, 126.0, 7.0, 3)
    fitted = fit("Tên " * 50, SERIF, box.w_pt, 14, 12, 3, pitch_pt=7 * mm)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, initialFontName=SERIF)
    draw_fitted(canvas, fitted, SERIF, box, align="left")
    canvas.save()
    baselines = [A4_PORTRAIT.height_mm - run.y_mm for run in runs(buffer.getvalue())]
    assert baselines == pytest.approx([126.0, 133.0, 140.0], abs=0.01)
    assert all(run.x_mm == pytest.approx(40.0) for run in runs(buffer.getvalue()))


def test_box_geometry() -> None:
    box = Box(10, 20, 30, 40)
    assert (box.right_mm, box.top_mm, box.centre_x_mm) == (40, 60, 25)
    assert box.shifted(1, -2) == Box(11, 18, 30, 40)
    assert box.contains(40.5, 20, tolerance_mm=1) and not box.contains(42, 20, tolerance_mm=1)
