"""Old ``.xls`` lists (BIFF, Excel 97–2003) through xlrd, with their cell fonts and date cells.

The format holds at most 65,536 rows, so xlrd's reading of the whole sheet stays small.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sangkien_desktop.domain.importing import FileProblem, SourceKind

from .legacy import FontHint, font_encoding
from .sources import QuietLog, Row, Sheet, refuse

__all__ = ["XlsWorkbook"]


class XlsWorkbook:
    kind = SourceKind.XLS

    def __init__(self, path: Path) -> None:
        import xlrd

        self._name = path.name
        try:
            try:
                self._book: Any = xlrd.open_workbook(
                    str(path), formatting_info=True, on_demand=True, logfile=QuietLog()
                )
            except NotImplementedError:  # formatting of some old BIFF versions
                self._book = xlrd.open_workbook(str(path), on_demand=True, logfile=QuietLog())
        except xlrd.XLRDError as exc:
            text = str(exc).lower()
            if "encrypted" in text:
                raise refuse(FileProblem.PASSWORD, path.name) from exc
            raise refuse(FileProblem.NOT_SPREADSHEET, path.name) from exc
        except (xlrd.compdoc.CompDocError, AssertionError, IndexError, ValueError, EOFError) as exc:
            raise refuse(FileProblem.TRUNCATED, path.name) from exc

    def sheets(self) -> list[Sheet]:
        return [_XlsSheet(self._book, index) for index in range(self._book.nsheets)]

    def close(self) -> None:
        self._book.release_resources()


class _XlsSheet:
    def __init__(self, book: Any, index: int) -> None:
        self._book = book
        self._sheet = book.sheet_by_index(index)
        self.name: str | None = self._sheet.name
        self._done = 0
        self._hints: dict[int, FontHint | None] = {}

    def fonts(self) -> dict[str, int]:
        return {font.name: 1 for font in getattr(self._book, "font_list", []) if font.name}

    def progress(self) -> tuple[int, int | None]:
        return self._done, self._sheet.nrows

    def rows(self) -> Iterator[Row]:
        legacy = any(font_encoding(name) for name in self.fonts())
        for index in range(self._sheet.nrows):
            self._done = index + 1
            cells = self._sheet.row(index)
            values = tuple(self._value(cell) for cell in cells)
            hints = tuple(self._hint(index, col) for col in range(len(cells))) if legacy else None
            yield index + 1, values, hints

    def _value(self, cell: Any) -> object:
        import xlrd

        if cell.ctype == xlrd.XL_CELL_DATE:
            try:
                return xlrd.xldate_as_datetime(cell.value, self._book.datemode)
            except (xlrd.xldate.XLDateError, ValueError, OverflowError):
                return cell.value
        if cell.ctype == xlrd.XL_CELL_ERROR:
            return xlrd.error_text_from_code.get(cell.value, "#ERROR!")
        if cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
            return None
        if cell.ctype == xlrd.XL_CELL_BOOLEAN:
            return bool(cell.value)
        return cell.value

    def _hint(self, row: int, col: int) -> FontHint | None:
        xf_index = self._sheet.cell_xf_index(row, col)
        if xf_index not in self._hints:
            font = self._book.font_list[self._book.xf_list[xf_index].font_index]
            self._hints[xf_index] = font_encoding(font.name)
        return self._hints[xf_index]
