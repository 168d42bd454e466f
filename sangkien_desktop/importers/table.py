"""A list file opened for import: the sheet holding the list, its header, the text encoding, and the
data rows streaming after the header.

Only the first rows are held (the header search and a sample for the encoding); the rest stream.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from sangkien_desktop.domain.importing import EncodingReport, FileProblem, SourceKind, TextEncoding

from .detect import detect_encoding
from .header import HEADER_SEARCH_ROWS, Header, find_header, is_numbering_row
from .legacy import FontHint, convert
from .sources import Row, Sheet, Workbook, open_workbook, refuse

__all__ = ["Decoder", "Table", "open_table"]

SAMPLE_ROWS: Final = 200
MAX_SHEETS: Final = 10


class Decoder:
    """Text of a cell as Unicode: a cell in a legacy font follows its font; without font information
    every cell follows the chosen encoding; Unicode chosen means nothing is converted."""

    def __init__(self, encoding: TextEncoding) -> None:
        self.encoding = encoding

    def __call__(self, text: str, hint: FontHint | None, fonts_known: bool) -> str:
        if self.encoding is TextEncoding.UNICODE or (text.isascii() and not (hint and hint[1])):
            return text
        if hint is not None:
            return convert(text, hint[0], capitals=hint[1])
        if fonts_known:
            return text  # a cell in an ordinary font beside legacy ones: typed in Unicode
        return convert(text, self.encoding)

    def row(
        self, values: tuple[object, ...], hints: tuple[FontHint | None, ...] | None
    ) -> tuple[object, ...]:
        if self.encoding is TextEncoding.UNICODE:
            return values
        known = hints is not None
        return tuple(
            self(v, hints[i] if hints and i < len(hints) else None, known) if isinstance(v, str) else v
            for i, v in enumerate(values)
        )


@dataclass
class Table:
    workbook: Workbook
    sheet: Sheet
    header: Header
    header_hints: tuple[FontHint | None, ...] | None
    encoding: EncodingReport
    _buffered: list[Row]
    _rest: Iterator[Row]

    @property
    def kind(self) -> SourceKind:
        return self.workbook.kind

    def labels(self, encoding: TextEncoding) -> tuple[str, ...]:
        """The header labels as Unicode text under ``encoding``."""
        decode = Decoder(encoding)
        hints = self.header_hints
        return tuple(
            decode(label, hints[i] if hints and i < len(hints) else None, hints is not None)
            for i, label in enumerate(self.header.labels)
        )

    def samples(self, encoding: TextEncoding) -> tuple[str, ...]:
        """Per column, the first value under the header (as text), to help the officer map it."""
        decode = Decoder(encoding)
        found: dict[int, str] = {}
        for _number, values, hints in self._buffered:
            for index, value in enumerate(decode.row(values, hints)):
                if index not in found and value is not None and str(value).strip():
                    found[index] = str(value).strip()[:80]
        width = len(self.header.labels)
        return tuple(found.get(index, "") for index in range(width))

    def data_rows(self) -> Iterator[Row]:
        """Rows after the header (a row numbering the columns skipped); each may be consumed once."""
        rows = itertools.chain(self._buffered, self._rest)
        first = next(rows, None)
        if first is not None and not is_numbering_row(first[1]):
            yield first
        yield from rows

    def progress(self) -> tuple[int, int | None]:
        return self.sheet.progress()

    def close(self) -> None:
        self.workbook.close()


def open_table(path: Path) -> Table:
    """The first sheet (of the first ten) that has a recognisable header."""
    workbook = open_workbook(path)
    try:
        for sheet in workbook.sheets()[:MAX_SHEETS]:
            table = _table_of(workbook, sheet)
            if table is not None:
                return table
    except BaseException:
        workbook.close()
        raise
    workbook.close()
    raise refuse(FileProblem.NO_HEADER, path.name)


def _table_of(workbook: Workbook, sheet: Sheet) -> Table | None:
    rows = sheet.rows()
    head = list(itertools.islice(rows, HEADER_SEARCH_ROWS + 1))
    header = find_header(head)
    if header is None:
        return None
    buffered = head[header.position + 1 :] + list(itertools.islice(rows, SAMPLE_ROWS))
    header_hints = head[header.position][2]
    texts = [label for label in header.labels if label]
    texts += [v for _n, values, _h in buffered for v in values if isinstance(v, str) and v.strip()]
    report = detect_encoding(texts, sheet.fonts())
    return Table(workbook, sheet, header, header_hints, report, buffered, rows)
