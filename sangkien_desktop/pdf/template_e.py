"""Template E: Phiếu xác nhận áp dụng và hiệu quả sáng kiến (DOCUMENTS.md §9).

Exactly one A4 page with fixed positions. Long fields shrink to 11 pt and wrap to their documented
lines; a field that still does not fit is refused (``TextDoesNotFit`` naming it), never cut.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Final

from reportlab.pdfgen.canvas import Canvas

from sangkien_desktop.domain.text import money_in_words

from .blocks import IssuerHeader, draw_issuer_header
from .fonts import SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts
from .geometry import A4_PORTRAIT, mm, text_box
from .text import Align, draw_fitted, fit

__all__ = ["ConfirmationDocument", "IssuerHeader", "render_e"]

LINE_PITCH_MM: Final = 6.0
SIZE, MIN_SIZE = 13.0, 11.0
FULL: Final = (30.0, 195.0)
COLUMNS: Final = ((30.0, 85.0), (85.0, 140.0), (140.0, 195.0))
BOX_MM: Final = 3.5  # drawn check boxes (§4.1), never glyphs


@dataclass(frozen=True)
class ConfirmationDocument:
    """Every value of the confirmation as printed (dates formatted, labels resolved)."""

    header: IssuerHeader  # employer as issuer; ``place_date`` is the confirmation date in words
    title: str
    code: str
    kind: str  # label of the solution kind
    authors: str  # "Nguyễn Thị Hoa (60%), Trần Văn Nam (40%)"
    author_count: int
    first_applied_on: str = ""
    applied_at: str = ""
    applied_since: str = ""
    still_applied: bool | None = None
    scope_text: str = ""
    benefit_value: int | None = None
    is_estimate: bool = False
    not_quantifiable: bool = False
    benefit_basis: str = ""
    qualitative_benefit: str = ""
    employer_rep: str = ""
    union_rep: str = ""
    lead_author: str = ""


def _text(canvas: Canvas, text: str, baseline_mm: float, *, lines: int = 1, font: str = SERIF,
          span: tuple[float, float] = FULL, align: Align = "left", size: float = SIZE,
          min_size: float = MIN_SIZE, pitch_mm: float = LINE_PITCH_MM, field: str = "") -> float:
    """Fit and draw one element at its documented baseline; returns the drawn width of its last line (pt)."""
    fitted = fit(text, font, (span[1] - span[0]) * mm, size, min_size, lines,
                 pitch_pt=pitch_mm * mm if lines > 1 else None, field=field)
    pitch = fitted.leading / mm
    draw_fitted(canvas, fitted, font, text_box(A4_PORTRAIT, span[0], span[1], baseline_mm, pitch,
                                               max(1, len(fitted.lines))), align)
    return canvas.stringWidth(fitted.lines[-1], font, fitted.size) if fitted.lines else 0.0


def _checkbox(canvas: Canvas, x_mm: float, baseline_mm: float, ticked: bool) -> None:
    x, y = x_mm * mm, A4_PORTRAIT.y_from_top(baseline_mm) * mm
    canvas.setLineWidth(0.6)
    canvas.rect(x, y, BOX_MM * mm, BOX_MM * mm)
    if ticked:  # a drawn cross, as a ticked paper box
        canvas.line(x, y, x + BOX_MM * mm, y + BOX_MM * mm)
        canvas.line(x, y + BOX_MM * mm, x + BOX_MM * mm, y)


def _choices(canvas: Canvas, x_mm: float, baseline_mm: float, options: tuple[tuple[str, bool], ...]) -> None:
    """Check boxes each followed by its label, from ``x_mm`` on."""
    for label, ticked in options:
        _checkbox(canvas, x_mm, baseline_mm, ticked)
        x_mm += BOX_MM + 1.5
        canvas.setFont(SERIF, SIZE)
        canvas.drawString(x_mm * mm, A4_PORTRAIT.y_from_top(baseline_mm) * mm, label)
        x_mm += canvas.stringWidth(label, SERIF, SIZE) / mm + 6


def _section_one(canvas: Canvas, data: ConfirmationDocument) -> None:
    _text(canvas, "I. THÔNG TIN SÁNG KIẾN", 68, font=SERIF_BOLD)
    _text(canvas, f"Tên sáng kiến: “{data.title}”", 74, lines=2, field="Tên sáng kiến")
    _text(canvas, f"Mã sáng kiến: {data.code}; Loại giải pháp: {data.kind}", 86, field="Mã sáng kiến")
    label = "Tác giả" if data.author_count == 1 else "Nhóm tác giả"
    _text(canvas, f"{label}: {data.authors}", 92, lines=2, field="Tác giả")
    _text(canvas, f"Ngày áp dụng lần đầu: {data.first_applied_on}", 104, field="Ngày áp dụng lần đầu")


def _section_two(canvas: Canvas, data: ConfirmationDocument) -> None:
    _text(canvas, "II. XÁC NHẬN ÁP DỤNG", 112, font=SERIF_BOLD)
    _text(canvas, f"Nơi áp dụng: {data.applied_at}", 118, lines=2, field="Nơi áp dụng")
    since = f"Áp dụng từ ngày: {data.applied_since or '..../..../........'}; Đang tiếp tục áp dụng:"
    width = _text(canvas, since, 130, span=(30, 150), field="Áp dụng từ ngày")
    _choices(canvas, 30 + width / mm + 2, 130,
             (("Có", data.still_applied is True), ("Không", data.still_applied is False)))
    _text(canvas, f"Phạm vi áp dụng: {data.scope_text}", 136, field="Phạm vi áp dụng")


def _section_three(canvas: Canvas, data: ConfirmationDocument) -> None:
    _text(canvas, "III. HIỆU QUẢ", 144, font=SERIF_BOLD)
    if data.not_quantifiable or data.benefit_value is None:
        value = "Không tính được bằng tiền" if data.not_quantifiable else "…"
        _text(canvas, f"Giá trị làm lợi: {value}", 150, field="Giá trị làm lợi")
    else:
        figures = f"{data.benefit_value:,}".replace(",", ".")
        width = _text(canvas, f"Giá trị làm lợi: {figures} đồng/năm", 150, span=(30, 130),
                      field="Giá trị làm lợi")
        _choices(canvas, 30 + width / mm + 4, 150, (("ước tính", data.is_estimate),
                                                    ("thực tế", not data.is_estimate)))
        _text(canvas, f"Bằng chữ: {money_in_words(data.benefit_value)}/năm", 156, font=SERIF_ITALIC,
              field="Bằng chữ")
    _text(canvas, f"Cách tính: {data.benefit_basis}", 162, lines=3, field="Cách tính")
    _text(canvas, f"Lợi ích khác: {data.qualitative_benefit}", 180, lines=2, field="Lợi ích khác")


def _signatures(canvas: Canvas, data: ConfirmationDocument) -> None:
    _text(canvas, data.header.place_date, 195, font=SERIF_ITALIC, span=(100, 195), align="center",
          field="Ngày xác nhận")
    authors = "NHÓM TÁC GIẢ" if data.author_count > 1 else "TÁC GIẢ"
    headings = (("ĐẠI DIỆN", "NGƯỜI SỬ DỤNG", "LAO ĐỘNG"), ("ĐẠI DIỆN", "BAN CHẤP HÀNH", "CÔNG ĐOÀN CƠ SỞ"),
                ("ĐẠI DIỆN", authors))
    hints = ("(Ký, ghi rõ họ tên, đóng dấu)", "(Ký, ghi rõ họ tên)", "(Ký, ghi rõ họ tên)")
    names = (data.employer_rep, data.union_rep, data.lead_author)
    for column, lines, hint, name in zip(COLUMNS, headings, hints, names, strict=True):
        for n, line in enumerate(lines):
            _text(canvas, line, 202 + 5 * n, font=SERIF_BOLD, span=column, align="center", size=12)
        _text(canvas, hint, 217, font=SERIF_ITALIC, span=column, align="center", size=11, min_size=9)
        if name:
            _text(canvas, name, 260, lines=2, font=SERIF_BOLD, span=column, align="center",
                  pitch_mm=5.0, field="Người ký")


def render_e(data: ConfirmationDocument, *, invariant: bool = False) -> bytes:
    """The one-page confirmation as PDF bytes; ``TextDoesNotFit`` names a field that cannot fit."""
    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4_PORTRAIT.size_pt, invariant=int(invariant), initialFontName=SERIF)
    canvas.setTitle("Phiếu xác nhận áp dụng và hiệu quả sáng kiến")
    draw_issuer_header(canvas, data.header)
    _text(canvas, "PHIẾU XÁC NHẬN", 52, font=SERIF_BOLD, span=(30, 172), align="center", size=14)
    _text(canvas, "ÁP DỤNG VÀ HIỆU QUẢ SÁNG KIẾN", 59, font=SERIF_BOLD, span=(30, 172), align="center",
          size=14)
    _section_one(canvas, data)
    _section_two(canvas, data)
    _section_three(canvas, data)
    _signatures(canvas, data)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
