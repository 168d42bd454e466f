"""``.xlsx`` lists through openpyxl's read-only mode: rows stream from the zip, formulas give the value
Excel saved with them (never evaluated here), and cell fonts are looked at only when the workbook
declares a legacy font (".VnTime", "VNI-Times"), which keeps the usual file on the fast path.
"""

from __future__ import annotations

import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sangkien_desktop.domain.importing import FileProblem, SourceKind

from .legacy import FontHint, font_encoding
from .sources import Row, Sheet, is_zip_damaged, refuse

__all__ = ["XlsxWorkbook"]


class XlsxWorkbook:
    kind = SourceKind.XLSX

    def __init__(self, path: Path) -> None:
        import openpyxl
        from openpyxl.utils.exceptions import InvalidFileException

        self._path = path
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # openpyxl warns about unknown extensions and styles
                self._book: Any = openpyxl.load_workbook(
                    path, read_only=True, data_only=True, keep_links=False
                )
        except (KeyError, InvalidFileException) as exc:
            # A zip without a workbook in it: a Word document, an OpenDocument file, an archive…
            raise refuse(FileProblem.NOT_SPREADSHEET, path.name) from exc
        except Exception as exc:
            if is_zip_damaged(exc) or isinstance(exc, zipfile.LargeZipFile | OSError):
                raise refuse(FileProblem.TRUNCATED, path.name) from exc
            raise refuse(FileProblem.NOT_SPREADSHEET, path.name) from exc

    def sheets(self) -> list[Sheet]:
        return [_XlsxSheet(self._book, ws, self._path.name) for ws in self._book.worksheets]

    def close(self) -> None:
        self._book.close()


class _XlsxSheet:
    def __init__(self, book: Any, sheet: Any, file_name: str) -> None:
        self._book = book
        self._sheet = sheet
        self._file_name = file_name
        self.name: str | None = sheet.title
        self._done = 0
        self._hints: dict[int, FontHint | None] = {}

    def fonts(self) -> dict[str, int]:
        return {font.name: 1 for font in self._book._fonts if font is not None and font.name}

    def progress(self) -> tuple[int, int | None]:
        return self._done, self._sheet.max_row

    def rows(self) -> Iterator[Row]:
        legacy = any(font_encoding(name) for name in self.fonts())
        try:
            if legacy:
                yield from self._rows_with_fonts()
            else:
                for number, values in enumerate(self._sheet.iter_rows(values_only=True), start=1):
                    self._done = number
                    yield number, values, None
        except Exception as exc:
            if is_zip_damaged(exc) or isinstance(exc, SyntaxError | ValueError | KeyError):
                # A cut-short sheet stream, or XML that stops in the middle (ParseError is a SyntaxError).
                raise refuse(FileProblem.TRUNCATED, self._file_name) from exc
            raise

    def _rows_with_fonts(self) -> Iterator[Row]:
        for number, cells in enumerate(self._sheet.iter_rows(), start=1):
            self._done = number
            values = tuple(cell.value for cell in cells)
            yield number, values, tuple(self._hint(cell) for cell in cells)

    def _hint(self, cell: Any) -> FontHint | None:
        style_id = getattr(cell, "_style_id", 0)
        if style_id not in self._hints:
            font_id = self._book._cell_styles[style_id].fontId
            self._hints[style_id] = font_encoding(self._book._fonts[font_id].name)
        return self._hints[style_id]
