"""What every workbook of the app shares: safe text cells, fonts, number formats and A4 print setup.

Text that begins with ``=``, ``+``, ``-`` or ``@`` is a formula to Excel (or becomes one when the
cell is edited); any such text from the store is written as a string with the "quote prefix" flag,
so no formula can ever run from data typed by someone else.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, Final

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet

from sangkien_desktop.domain.text import nfc

__all__ = [
    "BOLD",
    "CENTER",
    "COUNT_FORMAT",
    "DATE_FORMAT",
    "FONT",
    "FORMULA_STARTS",
    "GRID",
    "MONEY_FORMAT",
    "PERCENT_FORMAT",
    "page_setup_a4",
    "put",
    "safe_text",
]

FONT_NAME: Final = "Times New Roman"  # what official papers use (Liberation Serif in our PDFs)
FONT: Final = Font(name=FONT_NAME, size=12)
BOLD: Final = Font(name=FONT_NAME, size=12, bold=True)
ITALIC: Final = Font(name=FONT_NAME, size=12, italic=True)
CENTER: Final = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT: Final = Alignment(horizontal="left", vertical="center", wrap_text=True)
RIGHT: Final = Alignment(horizontal="right", vertical="center")
_THIN: Final = Side(style="thin", color="000000")
GRID: Final = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)

# Grouped whole numbers and one decimal for percentages: Excel shows them with the separators of the
# PC's regional settings, so "1.234.567" and "232,3%" on a Vietnamese Windows (DOMAIN.md §9).
COUNT_FORMAT: Final = "#,##0"
MONEY_FORMAT: Final = "#,##0"
PERCENT_FORMAT: Final = "0.0%"
DATE_FORMAT: Final = "dd/mm/yyyy"
FORMULA_STARTS: Final = ("=", "+", "-", "@")

# NĐ 30 margins (mm) in the inches openpyxl takes.
_MM_PER_INCH: Final = 25.4
MARGINS_MM: Final = {"top": 20.0, "bottom": 20.0, "left": 30.0, "right": 15.0}
LANDSCAPE_MARGINS_MM: Final = {"top": 20.0, "bottom": 20.0, "left": 20.0, "right": 15.0}


def safe_text(cell: Cell | WriteOnlyCell, text: str) -> None:
    """``text`` (NFC) as a plain string; one that Excel would read as a formula keeps its text."""
    value = nfc(text)
    cell.value = value
    cell.data_type = "s"
    if value.startswith(FORMULA_STARTS):
        cell.quotePrefix = True


def put(cell: Cell | WriteOnlyCell, value: Any, number_format: str | None = None) -> None:
    """Any value into a cell: text safely, numbers and dates with their format, None as empty."""
    if value is None:
        return
    if isinstance(value, str):
        safe_text(cell, value)
        return
    if isinstance(value, bool):
        raise TypeError("booleans are written as words (Có/Không), not TRUE/FALSE")
    if isinstance(value, Decimal):
        value = float(value)
    if not isinstance(value, int | float | date):
        raise TypeError(f"cannot write {type(value).__name__} to a cell")
    cell.value = value
    if number_format:
        cell.number_format = number_format


def page_setup_a4(sheet: Worksheet | WriteOnlyWorksheet, *, landscape: bool = False,
                  title_rows: str | None = None) -> None:
    """A4, fitted to the page width (as many pages down as needed), NĐ 30 margins, centred across;
    ``title_rows`` ("5:5") repeat at the top of every printed page."""
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    margins = LANDSCAPE_MARGINS_MM if landscape else MARGINS_MM
    for side, millimetres in margins.items():
        setattr(sheet.page_margins, side, round(millimetres / _MM_PER_INCH, 3))
    sheet.print_options.horizontalCentered = True
    if title_rows:
        sheet.print_title_rows = title_rows
