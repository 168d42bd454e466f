"""Lists as Excel sheets (initiatives, authors, rewards, certificates), streamed row by row.

openpyxl's write-only mode keeps only the row being written in memory, so a list of a million
initiatives is written in constant memory. Each sheet has a title block, the heading row (frozen,
filterable and repeated on every printed page), the rows, and optionally a total row.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, BinaryIO, Final

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from .cells import (
    BOLD,
    CENTER,
    COUNT_FORMAT,
    DATE_FORMAT,
    FONT,
    FONT_NAME,
    GRID,
    MONEY_FORMAT,
    page_setup_a4,
    put,
)
from .sheets import CellKind, ListSheet, SheetColumn

__all__ = ["write_list"]

TITLE_ROWS: Final = 3  # title, subtitle, blank; the heading row follows
LINE_HEIGHT: Final = 15.75  # points per line of 12 pt Times New Roman
_TITLE: Final = Font(name=FONT_NAME, size=14, bold=True)
_SUBTITLE: Final = Font(name=FONT_NAME, size=12, italic=True)
# Long texts wrap inside their column (the row grows) instead of running over the next ones.
_WRAPPED: Final = Alignment(wrap_text=True, vertical="top")
_TOP: Final = Alignment(vertical="top")


_FORMATS: Final = {CellKind.COUNT: COUNT_FORMAT, CellKind.MONEY: MONEY_FORMAT, CellKind.DATE: DATE_FORMAT,
                   CellKind.SHARE: "0.##"}


def write_list(sheet: ListSheet, out: BinaryIO) -> int:
    """Write ``sheet`` as an .xlsx workbook to ``out``; returns how many rows were written."""
    book = Workbook(write_only=True)
    ws = book.create_sheet(sheet.sheet_name[:31])
    for n, column in enumerate(sheet.columns, start=1):
        ws.column_dimensions[get_column_letter(n)].width = column.width
    heading_row = TITLE_ROWS + 1
    ws.freeze_panes = f"A{heading_row + 1}"
    last_column = get_column_letter(len(sheet.columns))
    page_setup_a4(ws, landscape=sheet.landscape, title_rows=f"{heading_row}:{heading_row}")
    ws.append([_styled(ws, sheet.title, _TITLE)])
    ws.append([_styled(ws, sheet.subtitle, _SUBTITLE)])
    ws.append([])
    headings = [column.heading for column in sheet.columns]
    ws.row_dimensions[heading_row].height = LINE_HEIGHT * _lines(sheet.columns, headings, every=True)
    ws.append([_styled(ws, heading, BOLD, grid=True) for heading in headings])
    totals: list[int | Decimal] = [0] * len(sheet.columns)
    count = 0
    for row in sheet.rows:
        at = heading_row + count + 1
        lines = _lines(sheet.columns, row)
        if lines > 1:  # neither Excel nor Calc sizes a row to its wrapped text when opening a file
            ws.row_dimensions[at].height = LINE_HEIGHT * lines
        ws.append([_value(ws, column, value) for column, value in zip(sheet.columns, row, strict=True)])
        ws.row_dimensions.pop(at, None)  # written: keep memory flat on a million rows
        for n, (column, value) in enumerate(zip(sheet.columns, row, strict=True)):
            if column.total and isinstance(value, int | Decimal):
                totals[n] += value
        count += 1
    if sheet.total_label and any(column.total for column in sheet.columns):
        ws.append(_total_row(ws, sheet, totals))
    ws.auto_filter.ref = f"A{heading_row}:{last_column}{heading_row + count}"
    book.save(out)
    return count


def _lines(columns: tuple[SheetColumn, ...], row: Sequence[Any], every: bool = False) -> int:
    """How many lines the row's longest wrapped text takes (about one character per width unit);
    ``every`` counts all columns (the headings), not only the text ones."""
    lines = 1
    for column, value in zip(columns, row, strict=True):
        if (every or column.kind == CellKind.TEXT) and isinstance(value, str) and value:
            usable = max(1.0, column.width - 1)
            lines = max(lines, sum(math.ceil(max(1, len(part)) / usable) for part in value.split("\n")))
    return lines


def _styled(ws: WriteOnlyWorksheet, text: str, font: Font, *, grid: bool = False) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws)
    put(cell, text)
    cell.font = font
    if grid:
        cell.border = GRID
        cell.alignment = CENTER
    return cell


def _value(ws: WriteOnlyWorksheet, column: SheetColumn, value: Any) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws)
    put(cell, value, _FORMATS.get(column.kind))
    cell.font = FONT
    cell.border = GRID
    cell.alignment = _WRAPPED if column.kind == CellKind.TEXT else _TOP
    return cell


def _total_row(ws: WriteOnlyWorksheet, sheet: ListSheet, totals: list[int | Decimal]) -> list[WriteOnlyCell]:
    cells = []
    for n, column in enumerate(sheet.columns):
        value: Any = totals[n] if column.total else (sheet.total_label if n == 1 else None)
        cell = WriteOnlyCell(ws)
        put(cell, value, _FORMATS.get(column.kind))
        cell.font = BOLD
        cell.border = GRID
        cells.append(cell)
    return cells
