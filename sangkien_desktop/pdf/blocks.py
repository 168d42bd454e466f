"""Pieces shared by the administrative papers C, D and E (DOCUMENTS.md §2): the NĐ 30 header blocks,
paragraph styles, the "Nơi nhận" list, signature blocks, page numbers and the draft watermark.

Positions are millimetres from the top-left corner (y = baseline), as the document gives them.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from sangkien_desktop.domain.text import nfc

from .fonts import SERIF, SERIF_BOLD, SERIF_BOLD_ITALIC, SERIF_ITALIC
from .geometry import A4_PORTRAIT, Page, mm, text_box
from .text import Fitted, caps, draw_fitted, fit, safe_markup

__all__ = [
    "BODY_SIZE",
    "LEFT_COLUMN",
    "NATIONAL_NAME",
    "RIGHT_COLUMN",
    "IssuerHeader",
    "cell",
    "distribution_block",
    "draw_centred",
    "draw_issuer_header",
    "draw_national_header",
    "draw_page_number",
    "draw_watermark",
    "flowing_document",
    "grid_table",
    "line_spacing",
    "para_style",
    "side_by_side",
    "signature_block",
]

NATIONAL_NAME: Final = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO: Final = "Độc lập - Tự do - Hạnh phúc"
BODY_SIZE: Final = 14.0
LEFT_COLUMN: Final = (30.0, 100.0)  # issuer block, "Nơi nhận"
RIGHT_COLUMN: Final = (100.0, 195.0)  # quốc hiệu, place and date, signature
RULE_GAP_MM: Final = 1.5  # drawn rules sit this far under the baseline (§2)
ISSUER_RULE_MM: Final = 30.0
ISSUER_PITCH_MM: Final = 5.5
PAGE_NUMBER_Y_MM: Final = 12.0  # centred in the 20 mm top margin


@dataclass(frozen=True)
class IssuerHeader:
    """The two-column header of page 1: issuing body on the left, quốc hiệu and date on the right.

    ``number`` is the bare "05/QĐ-CĐCS" ("Số: " is printed by the template; None omits the line);
    ``place_date`` is already in words ("Hải Phòng, ngày 05 tháng 3 năm 2024").
    """

    issuer: str
    parent: str | None = None
    number: str | None = None
    place_date: str = ""


def line_spacing(size: float) -> float:
    """Leading for 1.15 line spacing of a Times-like face (whose single spacing is 1.15 × size)."""
    return round(size * 1.15 * 1.15, 2)


def para_style(name: str, *, font: str = SERIF, size: float = BODY_SIZE, align: int = TA_JUSTIFY,
               indent_mm: float = 0.0, after: float = 6.0, before: float = 0.0,
               leading: float | None = None) -> ParagraphStyle:
    return ParagraphStyle(
        name, fontName=font, fontSize=size, leading=leading or line_spacing(size), alignment=align,
        firstLineIndent=indent_mm * mm, spaceAfter=after, spaceBefore=before,
    )


def _y(page: Page, y_top_mm: float) -> float:
    return page.y_from_top(y_top_mm) * mm


def draw_centred(canvas: Canvas, text: str, font: str, size: float, centre_x_mm: float, y_mm: float,
                 page: Page = A4_PORTRAIT) -> float:
    """One NFC line centred on ``centre_x_mm``, baseline ``y_mm`` from the top; returns its width (pt)."""
    value = nfc(text)
    canvas.setFont(font, size)
    canvas.drawCentredString(centre_x_mm * mm, _y(page, y_mm), value)
    return float(canvas.stringWidth(value, font, size))


def _rule(canvas: Canvas, centre_x_mm: float, y_mm: float, width_pt: float, page: Page) -> None:
    y = _y(page, y_mm + RULE_GAP_MM)
    canvas.setLineWidth(0.6)
    canvas.line(centre_x_mm * mm - width_pt / 2, y, centre_x_mm * mm + width_pt / 2, y)


def draw_national_header(canvas: Canvas, centre_x_mm: float, y_mm: tuple[float, float],
                         sizes: tuple[float, float] = (12.0, 13.0), page: Page = A4_PORTRAIT) -> None:
    """Quốc hiệu (caps bold) and tiêu ngữ (bold) with a solid rule as long as the tiêu ngữ."""
    draw_centred(canvas, NATIONAL_NAME, SERIF_BOLD, sizes[0], centre_x_mm, y_mm[0], page)
    width = draw_centred(canvas, MOTTO, SERIF_BOLD, sizes[1], centre_x_mm, y_mm[1], page)
    _rule(canvas, centre_x_mm, y_mm[1], width, page)


def _draw_lines(canvas: Canvas, fitted: Fitted, font: str, column: tuple[float, float], first_y: float,
                pitch_mm: float, page: Page) -> None:
    box = text_box(page, column[0], column[1], first_y, pitch_mm, len(fitted.lines))
    draw_fitted(canvas, fitted, font, box, "center")


def draw_issuer_header(canvas: Canvas, header: IssuerHeader, page: Page = A4_PORTRAIT) -> float:
    """Both header columns of page 1 (§2 boxes 1–4, positions of template A). Returns the baseline
    (mm from the top) of the lowest line drawn, so the body can start under it."""
    left_x = sum(LEFT_COLUMN) / 2
    width_pt = (LEFT_COLUMN[1] - LEFT_COLUMN[0]) * mm
    y = 24.0
    if header.parent:
        parent = fit(caps(header.parent), SERIF, width_pt, 12, 10, 1, pitch_pt=ISSUER_PITCH_MM * mm,
                     field="Công đoàn cấp trên")
        _draw_lines(canvas, parent, SERIF, LEFT_COLUMN, y, ISSUER_PITCH_MM, page)
        y += ISSUER_PITCH_MM
    issuer = fit(caps(header.issuer), SERIF_BOLD, width_pt, 12, 11, 2, pitch_pt=ISSUER_PITCH_MM * mm,
                 field="Đơn vị ban hành")
    _draw_lines(canvas, issuer, SERIF_BOLD, LEFT_COLUMN, y, ISSUER_PITCH_MM, page)
    last = y + ISSUER_PITCH_MM * (len(issuer.lines) - 1)
    _rule(canvas, left_x, last, ISSUER_RULE_MM * mm, page)
    lowest = max(39.0, last + 9.5)  # "Số" keeps clear of the rule when the issuer takes two lines
    if header.number:
        draw_centred(canvas, f"Số: {header.number}", SERIF, 13, left_x, lowest, page)
    right_x = sum(RIGHT_COLUMN) / 2
    draw_national_header(canvas, right_x, (24.0, 29.5), page=page)
    if header.place_date:
        draw_centred(canvas, header.place_date, SERIF_ITALIC, 13, right_x, 39.0, page)
    return lowest


def draw_page_number(canvas: Canvas, page_number: int, page_width_mm: float, left_mm: float,
                     right_mm: float) -> None:
    """Page numbers from page 2, centred over the text width in the top margin (§2)."""
    if page_number < 2:
        return
    height = canvas._pagesize[1]
    canvas.setFont(SERIF, 13)
    centre = (left_mm + page_width_mm - right_mm) / 2 * mm
    canvas.drawCentredString(centre, height - PAGE_NUMBER_Y_MM * mm, str(page_number))


def draw_watermark(canvas: Canvas, text: str = "DỰ THẢO") -> None:
    """The diagonal "DỰ THẢO" of drafts, light grey, under nothing important."""
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setFillGray(0.85)
    canvas.setFont(SERIF_BOLD, 90)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(45)
    canvas.drawCentredString(0, -30, nfc(text))
    canvas.restoreState()


def signature_block(authority: Sequence[str], signer_name: str, *, size: float = BODY_SIZE,
                    blank_mm: float = 32.0, hint: str | None = None, upper: bool = True) -> list[Flowable]:
    """Box 7: authority lines in capitals, the blank for signature and seal, then the name (bold)."""
    head = para_style("sig-head", font=SERIF_BOLD, size=size, align=TA_CENTER, after=0,
                      leading=size * 1.2)
    flow: list[Flowable] = [Paragraph(safe_markup(caps(line) if upper else line), head)
                            for line in authority if line]
    if hint:
        hint_style = para_style("sig-hint", font=SERIF_ITALIC, size=size - 1, align=TA_CENTER, after=0)
        flow.append(Paragraph(safe_markup(hint), hint_style))
    flow.append(Spacer(1, blank_mm * mm))
    name = para_style("sig-name", font=SERIF_BOLD, size=size, align=TA_CENTER, after=0)
    flow.append(Paragraph(safe_markup(signer_name), name))
    return flow


def _distribution_line(item: str, last: bool) -> str:
    text = nfc(item).strip().lstrip("-–").strip().rstrip(";.").strip()
    return f"- {text}{'.' if last else ';'}"


def distribution_block(items: Sequence[str]) -> list[Flowable]:
    """Box 9: "Nơi nhận:" (12 bold italic) and its items (11 pt), "- …;" with the last ending "."."""
    head = para_style("recv-head", font=SERIF_BOLD_ITALIC, size=12, align=TA_LEFT, after=0, leading=14)
    item_style = para_style("recv-item", font=SERIF, size=11, align=TA_LEFT, after=0, leading=13)
    lines = [i for i in items if nfc(i).strip().strip("-–;.").strip()]
    flow: list[Flowable] = [Paragraph("Nơi nhận:", head)]
    flow += [Paragraph(safe_markup(_distribution_line(item, n == len(lines) - 1)), item_style)
             for n, item in enumerate(lines)]
    return flow


def side_by_side(left: list[Flowable], right: list[Flowable], widths_mm: tuple[float, float]) -> Table:
    """Two flowable columns without borders or padding (Nơi nhận beside the signature)."""
    table = Table([[left, right]], colWidths=[w * mm for w in widths_mm])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), SERIF),  # empty cells would set Helvetica (not embedded)
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


TABLE_SIZE: Final = 12.0
_ALIGNS: Final = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}


def cell(text: str, align: str = "left", bold: bool = False, size: float = TABLE_SIZE) -> Paragraph:
    """A table cell holding user text (escaped here), wrapping inside its column."""
    style = para_style(f"cell-{align}-{bold}", font=SERIF_BOLD if bold else SERIF, size=size,
                       align=_ALIGNS[align], after=0, leading=size * 1.2)
    return Paragraph(safe_markup(text), style)


def grid_table(headings: Sequence[str], rows: Sequence[Sequence[Flowable | str]], widths_mm: Sequence[float],
               extra: Sequence[tuple[object, ...]] = ()) -> Table:
    """A ruled table whose bold header row repeats on every page it splits across."""
    body: list[Sequence[Flowable | str]] = [[cell(h, "center", bold=True) for h in headings], *rows]
    table = Table(body, colWidths=[w * mm for w in widths_mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("FONTNAME", (0, 0), (-1, -1), SERIF),  # empty cells would set Helvetica (not embedded)
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        *extra,
    ]))
    return table


# NĐ 30 margins (mm); wide tables may go landscape with a 20 mm left margin.
TOP_MM, BOTTOM_MM, LEFT_MM, RIGHT_MM, LANDSCAPE_LEFT_MM = 20.0, 20.0, 30.0, 15.0, 20.0
PageHook = Callable[[Canvas, BaseDocTemplate], None]


def _frame(left_mm: float, page: tuple[float, float], top_mm: float, frame_id: str) -> Frame:
    width, height = page
    return Frame(left_mm * mm, BOTTOM_MM * mm, width - (left_mm + RIGHT_MM) * mm,
                 height - (top_mm + BOTTOM_MM) * mm, 0, 0, 0, 0, id=frame_id)


def _later_page(left_mm: float, width_pt: float, draft: bool) -> PageHook:
    def on_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        draw_page_number(canvas, doc.page, width_pt / mm, left_mm, RIGHT_MM)
        if draft:
            draw_watermark(canvas)
    return on_page


def flowing_document(target: io.BytesIO, title: str, first_top_mm: float,
                     first_page: Callable[[Canvas], None], *, draft: bool = False,
                     invariant: bool = False) -> BaseDocTemplate:
    """An A4 Platypus document: page 1 draws its fixed header with ``first_page`` and flows from
    ``first_top_mm``; later pages ("later") carry page numbers; "wide" is a landscape page for tables."""

    def on_first(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        first_page(canvas)
        if draft:
            draw_watermark(canvas)

    doc = BaseDocTemplate(target, pagesize=A4, leftMargin=LEFT_MM * mm, rightMargin=RIGHT_MM * mm,
                          topMargin=TOP_MM * mm, bottomMargin=BOTTOM_MM * mm, invariant=int(invariant),
                          title=title, initialFontName=SERIF, initialFontSize=BODY_SIZE)
    wide = landscape(A4)
    doc.addPageTemplates([
        PageTemplate("first", [_frame(LEFT_MM, A4, first_top_mm, "first")], onPage=on_first,
                     autoNextPageTemplate="later"),
        PageTemplate("later", [_frame(LEFT_MM, A4, TOP_MM, "later")],
                     onPage=_later_page(LEFT_MM, A4[0], draft)),
        PageTemplate("wide", [_frame(LANDSCAPE_LEFT_MM, wide, TOP_MM, "wide")],
                     onPage=_later_page(LANDSCAPE_LEFT_MM, wide[0], draft), pagesize=wide),
    ])
    return doc
