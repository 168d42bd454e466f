"""The calibration page (CAL, DOCUMENTS.md §6.3) for printing Giấy khen onto pre-printed blanks.

A millimetre grid with a cross-hair at the anchor of every variable field: printed on plain paper at
100 % and laid on a blank against a window, it shows how far the printer puts each field from its
pre-printed line. The cross-hairs move with the offsets already entered, so the page also serves to
check them; the grid does not move (it measures the sheet itself).
"""

from __future__ import annotations

import io
from typing import Final

from reportlab.lib.colors import Color, black, white
from reportlab.pdfgen.canvas import Canvas

from sangkien_desktop.pdf.certificate import binary_streams
from sangkien_desktop.pdf.fonts import SERIF, SERIF_BOLD, register_fonts
from sangkien_desktop.pdf.geometry import mm
from sangkien_desktop.pdf.template_b import PAGE, VARIABLE_ANCHORS, Anchor, check_offset

__all__ = ["PROCEDURE", "anchor_label", "render_calibration"]

GREY: Final = Color(0.6, 0.6, 0.6)
CROSS_RED: Final = Color(0.8, 0, 0)
PROCEDURE: Final = (
    "TRANG CĂN CHỈNH IN GIẤY KHEN TRÊN PHÔI",
    "1. In trang này trên giấy trắng A4, tỷ lệ 100 % (tắt “vừa trang”).",
    "2. Đặt trang lên phôi giấy khen, áp vào cửa kính cho thấy cả hai.",
    "3. Đo khoảng cách từ mỗi dấu chữ thập đến dòng in sẵn trên phôi.",
    "4. Nhập độ lệch X (sang phải +) và Y (xuống dưới +), đơn vị mm.",
    "5. In thử trên giấy trắng, so lại với phôi; sau đó mới in lên phôi.",
)


def anchor_label(anchor: Anchor) -> str:
    """"7 Người nhận (148.5; 95)": number, field and the anchor in mm from the top-left corner."""
    return f"{anchor.number} {anchor.label} ({anchor.x_mm:g}; {anchor.y_mm:g})"


def _grid(canvas: Canvas) -> None:
    """A 10 mm grid of 0.1 mm grey lines over the whole sheet."""
    width, height = PAGE.width_mm, PAGE.height_mm
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.1 * mm)
    for x in range(0, int(width) + 1, 10):
        canvas.line(x * mm, 0, x * mm, height * mm)
    for y in range(0, int(height) + 1, 10):
        canvas.line(0, (height - y) * mm, width * mm, (height - y) * mm)


def _rulers(canvas: Canvas) -> None:
    """1 mm ticks along the top and left edges (longer every 5 and 10 mm), labelled every 10 mm."""
    width, height = PAGE.width_mm, PAGE.height_mm
    canvas.setStrokeColor(black)
    canvas.setFillColor(black)
    canvas.setLineWidth(0.15)
    canvas.setFont(SERIF, 6)
    for x in range(int(width) + 1):
        length = 4.0 if x % 10 == 0 else 2.5 if x % 5 == 0 else 1.5
        canvas.line(x * mm, height * mm, x * mm, (height - length) * mm)
        if x % 10 == 0 and 0 < x < width:
            canvas.drawCentredString(x * mm, (height - 6.5) * mm, str(x))
    for y in range(int(height) + 1):
        length = 4.0 if y % 10 == 0 else 2.5 if y % 5 == 0 else 1.5
        canvas.line(0, (height - y) * mm, length * mm, (height - y) * mm)
        if y % 10 == 0 and 0 < y < height:
            canvas.drawString(5.0 * mm, (height - y - 0.8) * mm, str(y))


def _cross(canvas: Canvas, anchor: Anchor, offset_mm: tuple[float, float]) -> None:
    x = (anchor.x_mm + offset_mm[0]) * mm
    y = (PAGE.height_mm - anchor.y_mm - offset_mm[1]) * mm
    canvas.setStrokeColor(CROSS_RED)
    canvas.setFillColor(CROSS_RED)
    canvas.setLineWidth(0.4)
    canvas.line(x - 6 * mm, y, x + 6 * mm, y)
    canvas.line(x, y - 6 * mm, x, y + 6 * mm)
    canvas.circle(x, y, 1.5 * mm, stroke=1, fill=0)
    canvas.setFont(SERIF_BOLD, 8)
    canvas.drawString(x + 2 * mm, y + 1.2 * mm, anchor_label(anchor))


def _procedure(canvas: Canvas, offset_mm: tuple[float, float]) -> None:
    lines = [*PROCEDURE, f"Độ lệch đang dùng: X = {offset_mm[0]:g} mm; Y = {offset_mm[1]:g} mm."]
    left, top, pitch = 180.0, 18.0, 4.6
    canvas.setFillColor(white)
    canvas.setStrokeColor(black)
    canvas.rect(left * mm, (PAGE.height_mm - top - pitch * len(lines) - 1.5) * mm, 104 * mm,
                (pitch * len(lines) + 3) * mm, stroke=1, fill=1)
    canvas.setFillColor(black)
    for index, line in enumerate(lines):
        canvas.setFont(SERIF_BOLD if index == 0 else SERIF, 9 if index == 0 else 8.5)
        canvas.drawString((left + 2) * mm, (PAGE.height_mm - top - pitch * (index + 0.8)) * mm, line)


def render_calibration(*, offset_mm: tuple[float, float] = (0.0, 0.0), invariant: bool = False) -> bytes:
    """One A4 landscape page: grid, rulers, a cross-hair per variable Giấy khen field, procedure."""
    check_offset(offset_mm)
    register_fonts()
    binary_streams()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=PAGE.size_pt, initialFontName=SERIF, invariant=1 if invariant else 0,
                    pageCompression=1)
    canvas.setTitle("Trang căn chỉnh in giấy khen")
    canvas.setCreator("Sáng kiến Desktop")
    canvas.setViewerPreference("PrintScaling", "None")
    _grid(canvas)
    _rulers(canvas)
    for anchor in VARIABLE_ANCHORS:
        _cross(canvas, anchor, offset_mm)
    _procedure(canvas, offset_mm)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
