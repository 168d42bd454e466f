"""Template B: the union's Giấy khen (A4 landscape, DOCUMENTS.md §6).

Ceremonial layout (border, optional union emblem, red titles) or pre-printed-blank mode: only the
variable fields, moved by the printer's X/Y offsets with one page transform. The numbers in the
comments are the documentation's element numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Literal

from reportlab.lib.colors import Color, white
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.pdf.certificate import (
    RED,
    CertificateData,
    Placed,
    Progress,
    StaticParts,
    caption_parts,
    draw_placed,
    draw_qr_block,
    load_image,
    place,
    render_pages,
)
from sangkien_desktop.pdf.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC
from sangkien_desktop.pdf.geometry import A4_LANDSCAPE, Box, mm, text_box
from sangkien_desktop.pdf.template_a import NATIONAL_MOTTO, NATIONAL_NAME, a_elements
from sangkien_desktop.pdf.text import TextDoesNotFit, caps, plain

__all__ = ["MAX_OFFSET_MM", "PAGE", "QR_BOX", "VARIABLE_ANCHORS", "Anchor", "CertificateData",
           "b_elements", "check_fits", "check_offset", "render_b"]

PAGE: Final = A4_LANDSCAPE
TITLE: Final = "GIẤY KHEN"
MAX_OFFSET_MM: Final = 15.0
GOLD: Final = Color(0.72, 0.53, 0.04)
QR_BOX: Final = Box(65.0, PAGE.height_mm - 158.0, 20.0, 20.0)  # 15: centred x 75, top 138, 20 mm
EMBLEM_BOX: Final = Box(140.5, PAGE.height_mm - 30.0, 16.0, 16.0)  # 1: centred x 148.5, top 14
CENTRE: Final = (40.0, 257.0)   # the centred lines' box, inside the border
DECISION: Final = (25.0, 125.0)  # 10: centred at x 75
SIGNATURE: Final = (172.0, 272.0)  # 11–14: centred at x 222


@dataclass(frozen=True)
class Anchor:
    """Where a variable element is printed (for the calibration page): x centre and baseline, mm
    from the top-left corner."""

    number: int
    label: str
    x_mm: float
    y_mm: float


VARIABLE_ANCHORS: Final = (
    Anchor(7, "Người nhận", 148.5, 95.0),
    Anchor(8, "Chức vụ, đơn vị", 148.5, 103.0),
    Anchor(9, "Thành tích", 148.5, 112.0),
    Anchor(10, "Quyết định, số sổ vàng", 75.0, 168.0),
    Anchor(11, "Địa danh, ngày tháng", 222.0, 140.0),
    Anchor(14, "Người ký", 222.0, 190.0),
)


def _line(x: tuple[float, float], y: float, pitch: float, lines: int = 1) -> Box:
    return text_box(PAGE, x[0], x[1], y, pitch, lines)


def _static_elements(item: CertificateData) -> list[Placed]:
    """2–6 and 12: the same on every page of a batch from one issuer."""
    elements = [
        place(NATIONAL_NAME, SERIF_BOLD, _line(CENTRE, 36.0, 6.0), 13, pitch_mm=6.0, field="Quốc hiệu"),
        place(NATIONAL_MOTTO, SERIF_BOLD, _line(CENTRE, 42.0, 6.0), 13, pitch_mm=6.0, field="Tiêu ngữ"),
    ]
    if item.issuer_name:
        elements.append(place(caps(item.issuer_name), SERIF_BOLD, _line(CENTRE, 52.0, 6.0), 15, 12,
                              pitch_mm=6.0, field="Tên đơn vị khen thưởng", color=RED))
    if item.issuer_subline:
        elements.append(place(item.issuer_subline, SERIF, _line(CENTRE, 57.5, 5.0), 12, 10, pitch_mm=5.0,
                              field="Đơn vị cấp trên"))
    elements.append(place("TẶNG", SERIF_BOLD, _line(CENTRE, 64.0, 6.0), 14, pitch_mm=6.0, field="Tặng"))
    elements.append(place(TITLE, SERIF_BOLD, _line(CENTRE, 80.0, 15.0), 40, pitch_mm=15.0,
                          field="Tiêu đề", color=RED))
    elements += _authority(item)
    return elements


def _authority(item: CertificateData) -> list[Placed]:
    """12: "TM. BAN CHẤP HÀNH" / "CHỦ TỊCH", caps 13 bold, y 147 and 153."""
    return [place(caps(line), SERIF_BOLD, _line(SIGNATURE, 147.0 + 6.0 * index, 6.0), 13, 11,
                  pitch_mm=6.0, field="Thẩm quyền ký")
            for index, line in enumerate(item.authority_lines[:2])]


def _variable_elements(item: CertificateData) -> list[Placed]:
    """7–11 and 14: the fields printed on a pre-printed blank too."""
    honorific = plain(item.honorific)
    name = f"{honorific} {plain(item.recipient_name)}" if honorific else item.recipient_name
    elements = [place(name, SERIF_BOLD, _line(CENTRE, 95.0, 8.0), 24, 18, pitch_mm=8.0,
                      field="Người được khen")]
    if item.position_unit:
        elements.append(place(item.position_unit, SERIF, _line(CENTRE, 103.0, 6.0), 14, 12, pitch_mm=6.0,
                              field="Chức vụ, đơn vị"))
    if item.citation:
        elements.append(place(item.citation, SERIF_ITALIC, _line(CENTRE, 112.0, 7.0, 3), 14, 12, lines=3,
                              pitch_mm=7.0, field="Thành tích"))
    golden_book = item.register_number and f"Số sổ vàng: {plain(item.register_number)}"
    decision_lines = [item.decision_text, golden_book]
    for index, line in enumerate(text for text in decision_lines if text):
        elements.append(place(line, SERIF, _line(DECISION, 168.0 + 6.0 * index, 6.0), 12, 10, pitch_mm=6.0,
                              field="Quyết định khen thưởng"))
    if item.place_date:
        elements.append(place(item.place_date, SERIF_ITALIC, _line(SIGNATURE, 140.0, 6.0), 13, 11,
                              pitch_mm=6.0, field="Địa danh, ngày tháng"))
    if item.signer_name:
        elements.append(place(item.signer_name, SERIF_BOLD, _line(SIGNATURE, 190.0, 6.0), 14, 12,
                              pitch_mm=6.0, field="Người ký"))
    return elements


def _caption(item: CertificateData) -> list[Placed]:
    """15: serial and check code on one 9 pt line centred at x 75, y 162 (under the QR)."""
    parts = caption_parts(item)
    if not parts:
        return []
    return [place(" · ".join(parts), SERIF, _line(DECISION, 162.0, 3.8), 9, 7, pitch_mm=3.8, field="Số hiệu")]


def b_elements(item: CertificateData, *, blank: bool = False) -> list[Placed]:
    """Every text element of one Giấy khen, fitted (raises ``TextDoesNotFit``)."""
    if blank:
        return _variable_elements(item)
    return _static_elements(item) + _variable_elements(item) + _caption(item)


def _draw_border(canvas: Canvas) -> None:
    """0: outer frame 8–289 x 8–202 with an 8 mm ornament band (red frame lines, gold lozenges)."""
    canvas.setStrokeColor(RED)
    canvas.setLineWidth(2.2)
    canvas.rect(8 * mm, 8 * mm, 281 * mm, 194 * mm)
    canvas.setLineWidth(0.6)
    canvas.rect(9.6 * mm, 9.6 * mm, 277.8 * mm, 190.8 * mm)
    canvas.setStrokeColor(GOLD)
    canvas.rect(14.4 * mm, 14.4 * mm, 268.2 * mm, 181.2 * mm)
    canvas.setLineWidth(1.2)
    canvas.rect(16 * mm, 16 * mm, 265 * mm, 178 * mm)
    canvas.setFillColor(GOLD)
    path = canvas.beginPath()
    for x, y in _lozenge_centres():
        path.moveTo((x - 1.3) * mm, y * mm)
        path.lineTo(x * mm, (y + 1.3) * mm)
        path.lineTo((x + 1.3) * mm, y * mm)
        path.lineTo(x * mm, (y - 1.3) * mm)
        path.close()
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.setStrokeColor(Color(0, 0, 0))
    canvas.setFillColor(Color(0, 0, 0))


def _lozenge_centres() -> list[tuple[float, float]]:
    """Centres of the band's lozenges every 6 mm, on the band's middle line at 12 mm from the edges."""
    left, right, bottom, top = 12.0, 285.0, 12.0, 198.0
    xs = [left + 6.0 * i for i in range(int((right - left) / 6.0) + 1)]
    ys = [bottom + 6.0 * i for i in range(int((top - bottom) / 6.0) + 1)]
    return ([(x, bottom) for x in xs] + [(x, top) for x in xs]
            + [(left, y) for y in ys[1:-1]] + [(right, y) for y in ys[1:-1]])


def _draw_static(canvas: Canvas, elements: Sequence[Placed], emblem: ImageReader | None) -> None:
    _draw_border(canvas)
    if emblem is not None:
        box = EMBLEM_BOX
        canvas.setFillColor(white)  # the emblem interrupts the top band
        canvas.rect((box.x_mm - 1) * mm, (box.y_mm - 1) * mm, (box.w_mm + 2) * mm, (box.h_mm + 2) * mm,
                    stroke=0, fill=1)
        canvas.drawImage(emblem, box.x_mm * mm, box.y_mm * mm, box.w_mm * mm, box.h_mm * mm,
                         preserveAspectRatio=True, anchor="c", mask="auto")
    draw_placed(canvas, elements)
    motto_w = stringWidth(NATIONAL_MOTTO, SERIF_BOLD, 13) / mm
    y = PAGE.y_from_top(42.0 + 1.5) * mm
    canvas.setLineWidth(0.6)
    canvas.line((148.5 - motto_w / 2) * mm, y, (148.5 + motto_w / 2) * mm, y)


def check_offset(offset_mm: tuple[float, float]) -> None:
    if any(abs(value) > MAX_OFFSET_MM for value in offset_mm):
        raise KnownError(f"Độ lệch in {offset_mm[0]:g}; {offset_mm[1]:g} mm vượt giới hạn "
                         f"±{MAX_OFFSET_MM:g} mm. Hãy in trang căn chỉnh và đo lại.")


def render_b(items: Sequence[CertificateData], *, blank: bool = False,
             offset_mm: tuple[float, float] = (0.0, 0.0), emblem: Path | None = None,
             progress: Progress | None = None, invariant: bool = False) -> bytes:
    """One Giấy khen per item in one PDF. ``blank``: only the variable fields, moved by
    ``offset_mm`` (x right, y down; at most ±15 mm), no QR, and the PDF asks viewers not to scale."""
    check_offset(offset_mm)
    emblem_image = None if blank or emblem is None else load_image(emblem, "biểu trưng")
    static = StaticParts()

    def draw_page(canvas: Canvas, item: CertificateData) -> None:
        if blank:
            elements = _variable_elements(item)
            canvas.translate(offset_mm[0] * mm, -offset_mm[1] * mm)
            draw_placed(canvas, elements)
            return
        key = (item.issuer_name, item.issuer_subline, item.authority_lines)
        fixed = [] if key in static else _static_elements(item)
        variable = _variable_elements(item) + _caption(item)
        static.draw(canvas, key, lambda c: _draw_static(c, fixed, emblem_image))
        draw_placed(canvas, variable)
        if item.qr is not None:
            draw_qr_block(canvas, item.qr, QR_BOX)

    return render_pages(PAGE, "Giấy khen", items, draw_page, invariant=invariant, progress=progress,
                        no_print_scaling=blank)


def check_fits(items: Sequence[CertificateData], template: Literal["A", "B"] = "B", *,
               blank: bool = False) -> list[str]:
    """Before printing: one Vietnamese message per record whose text cannot fit (empty = all fit)."""
    problems = []
    for item in items:
        try:
            if template == "A":
                a_elements(item)
            else:
                b_elements(item, blank=blank)
        except TextDoesNotFit as exc:
            problems.append(exc.for_record(item.record_label).message)
    return problems
