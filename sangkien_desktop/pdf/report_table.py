"""The quarterly and phase reports to the upper union as PDF (DOMAIN.md §9, DOCUMENTS.md §2).

A flowing A4 portrait document: the NĐ 30 two-column header on page 1, the title and the period,
the table of figures (heading row repeated on every page, section and total rows in bold, numbers
right-aligned with "." separators, percentages "232,3%"), the notes, then "Nơi nhận" beside the
signature block. Pure: ``ReportDocument`` in, PDF bytes out.
"""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Final

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from sangkien_desktop.domain.dashboard import REPORT_HEADINGS, ReportDocument, ReportRow, RowStyle
from sangkien_desktop.domain.text import format_number, format_percent

from .blocks import (
    IssuerHeader,
    cell,
    distribution_block,
    draw_issuer_header,
    flowing_document,
    grid_table,
    para_style,
    side_by_side,
    signature_block,
)
from .fonts import SERIF_BOLD, SERIF_ITALIC, register_fonts
from .geometry import mm
from .text import caps, safe_markup

__all__ = ["WIDTHS_MM", "quantity_text", "render_report"]

WIDTHS_MM: Final = (12, 80, 23, 22, 28)  # 165 mm: the text width between NĐ 30 margins
FIRST_BODY_TOP_MM: Final = 47.0  # page 1 flows under the header (its lowest baseline is at 39)


def quantity_text(row: ReportRow) -> str:
    """The count as printed ("1.234"), or the percentage ("232,3%") in a "%" row."""
    if row.quantity is None:
        return ""
    if row.unit == "%":
        return format_percent(Decimal(row.quantity))
    return format_number(row.quantity)


def _table(rows: tuple[ReportRow, ...]) -> Table:
    lines: list[list[Flowable | str]] = []
    for row in rows:
        bold = row.style != RowStyle.ITEM
        amount = "" if row.amount_vnd is None else format_number(row.amount_vnd)
        lines.append([cell(row.number, "center", bold), cell(row.text, bold=bold),
                      cell(row.unit, "center", bold), cell(quantity_text(row), "right", bold),
                      cell(amount, "right", bold)])
    return grid_table(REPORT_HEADINGS, lines, WIDTHS_MM)


def _heading(document: ReportDocument) -> list[Flowable]:
    title = para_style("report-title", font=SERIF_BOLD, align=TA_CENTER, after=0)
    period = para_style("report-period", font=SERIF_ITALIC, size=13, align=TA_CENTER, after=10)
    return [
        Paragraph(safe_markup(caps(document.title)), title),
        Paragraph(safe_markup(document.subtitle), title),
        Spacer(1, 2 * mm),
        Paragraph(safe_markup(document.period_line), period),
    ]


def _notes(notes: tuple[str, ...]) -> list[Flowable]:
    style = para_style("report-note", font=SERIF_ITALIC, size=12, align=TA_LEFT, after=2, before=4)
    return [Paragraph(safe_markup(note), style) for note in notes]


def render_report(document: ReportDocument, *, invariant: bool = False) -> bytes:
    """The report as PDF bytes (fonts embedded as subsets)."""
    register_fonts()
    buffer = io.BytesIO()
    header = IssuerHeader(issuer=document.issuer, parent=document.parent, place_date=document.place_date)

    def first_page(canvas: Canvas) -> None:
        draw_issuer_header(canvas, header)

    doc = flowing_document(buffer, caps(document.title), FIRST_BODY_TOP_MM, first_page, invariant=invariant)
    signature = signature_block(document.signing, document.signer_name)
    story: list[Flowable] = [
        *_heading(document),
        _table(document.rows),
        *_notes(document.notes),
        Spacer(1, 6 * mm),
        side_by_side(distribution_block(document.distribution), signature, (70, 95)),
    ]
    doc.build(story)
    return buffer.getvalue()
