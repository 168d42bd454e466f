"""The quarterly and phase reports to the upper union as one Excel sheet (DOMAIN.md §9).

Laid out as the paper: the two-column header (upper union and the CĐCS on the left, the national
name, motto and place and date on the right), the title with the period and the date the figures
count by, the table of figures with its totals, the notes, then "Nơi nhận" beside the signature.
Numbers stay numbers (the upper union adds them up); A4 portrait, fitted to the page width, with
the table's heading row repeated on every printed page.
"""

from __future__ import annotations

from decimal import Decimal
from typing import BinaryIO, Final

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from sangkien_desktop.domain.dashboard import REPORT_HEADINGS, ReportDocument, ReportRow, RowStyle
from sangkien_desktop.domain.text import nfc

from .cells import (
    BOLD,
    CENTER,
    COUNT_FORMAT,
    FONT,
    FONT_NAME,
    GRID,
    ITALIC,
    LEFT,
    MONEY_FORMAT,
    PERCENT_FORMAT,
    RIGHT,
    page_setup_a4,
    put,
)

__all__ = ["MOTTO", "NATIONAL_NAME", "TABLE_FIRST_ROW", "write_report"]

NATIONAL_NAME: Final = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO: Final = "Độc lập - Tự do - Hạnh phúc"
WIDTHS: Final = (7, 50, 13, 13, 22)  # STT, Nội dung, Đơn vị tính, Số lượng, Giá trị
TABLE_FIRST_ROW: Final = 9  # the heading row of the table
_LAST: Final = "E"
_TITLE: Final = Font(name=FONT_NAME, size=14, bold=True)


def write_report(document: ReportDocument, out: BinaryIO) -> None:
    """The report as an .xlsx workbook written to ``out``."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = document.sheet_name[:31]
    for n, width in enumerate(WIDTHS):
        sheet.column_dimensions["ABCDE"[n]].width = width
    _header(sheet, document)
    last = _table(sheet, document.rows)
    last = _notes(sheet, document.notes, last + 2)
    _signature(sheet, document, last + 2)
    page_setup_a4(sheet, title_rows=f"{TABLE_FIRST_ROW}:{TABLE_FIRST_ROW}")
    book.properties.title = nfc(f"{document.title} {document.subtitle}")
    book.save(out)


def _merged(sheet: Worksheet, cells: str, text: str, font: Font, alignment: Alignment = CENTER) -> None:
    sheet.merge_cells(cells)
    first = sheet[cells.split(":")[0]]
    put(first, text)
    first.font = font
    first.alignment = alignment


def _header(sheet: Worksheet, document: ReportDocument) -> None:
    if document.parent:
        _merged(sheet, "A1:B1", nfc(document.parent).upper(), FONT)
    _merged(sheet, "A2:B2", nfc(document.issuer).upper(), BOLD)
    _merged(sheet, "C1:E1", NATIONAL_NAME, BOLD)
    _merged(sheet, "C2:E2", MOTTO, BOLD)
    _merged(sheet, "C3:E3", document.place_date, ITALIC)
    _merged(sheet, "A5:E5", document.title, _TITLE)
    _merged(sheet, "A6:E6", document.subtitle, BOLD)
    _merged(sheet, "A7:E7", document.period_line, ITALIC)
    sheet.row_dimensions[6].height = 33  # the subtitle may take two lines
    sheet.row_dimensions[7].height = 33


def _table(sheet: Worksheet, rows: tuple[ReportRow, ...]) -> int:
    """The heading row and the figures; returns the last row used."""
    for column, heading in enumerate(REPORT_HEADINGS, start=1):
        cell = sheet.cell(TABLE_FIRST_ROW, column)
        put(cell, heading)
        cell.font, cell.alignment, cell.border = BOLD, CENTER, GRID
    row_number = TABLE_FIRST_ROW
    for row in rows:
        row_number += 1
        _line(sheet, row_number, row)
    return row_number


def _line(sheet: Worksheet, at: int, row: ReportRow) -> None:
    strong = row.style != RowStyle.ITEM
    put(sheet.cell(at, 1), row.number)
    put(sheet.cell(at, 2), row.text)
    put(sheet.cell(at, 3), row.unit)
    if row.unit == "%" and row.quantity is not None:
        put(sheet.cell(at, 4), Decimal(row.quantity) / 100, PERCENT_FORMAT)
    else:
        put(sheet.cell(at, 4), row.quantity, COUNT_FORMAT)
    put(sheet.cell(at, 5), row.amount_vnd, MONEY_FORMAT)
    for column in range(1, 6):
        cell = sheet.cell(at, column)
        cell.font = BOLD if strong else FONT
        cell.border = GRID
        cell.alignment = LEFT if column == 2 else CENTER if column in (1, 3) else RIGHT


def _notes(sheet: Worksheet, notes: tuple[str, ...], first: int) -> int:
    at = first - 1
    for note in notes:
        at += 1
        _merged(sheet, f"A{at}:{_LAST}{at}", note, ITALIC, LEFT)
        sheet.row_dimensions[at].height = 33
    return at


def _signature(sheet: Worksheet, document: ReportDocument, first: int) -> None:
    """"Nơi nhận" on the left, the authority, a blank for signature and seal, and the name on the right."""
    put(sheet.cell(first, 1), "Nơi nhận:")
    sheet.cell(first, 1).font = Font(name=FONT_NAME, size=12, bold=True, italic=True)
    for n, item in enumerate(document.distribution, start=1):
        put(sheet.cell(first + n, 1), item)
        sheet.cell(first + n, 1).font = Font(name=FONT_NAME, size=11)
    at = first
    for line in document.signing:
        _merged(sheet, f"C{at}:E{at}", nfc(line).upper(), BOLD)
        at += 1
    at += 4  # room for the signature and the seal
    _merged(sheet, f"C{at}:E{at}", document.signer_name, BOLD)
