"""``.csv`` lists: the text encoding (a byte-order mark, else UTF-8 if the start decodes, else
Windows-1252, the code page legacy TCVN3/VNI text was saved in) and the delimiter (, ; tab |) are
sniffed from the first bytes; the rows then stream through the csv module.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from sangkien_desktop.domain.importing import FileProblem, SourceKind

from .sources import Row, Sheet, refuse

__all__ = ["CsvWorkbook", "sniff_delimiter", "sniff_encoding"]

SNIFF_BYTES = 256 * 1024
_DELIMITERS = ",;\t|"


def sniff_encoding(head: bytes) -> str:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def sniff_delimiter(sample: str) -> str:
    lines = [line for line in sample.splitlines()[:50] if line.strip()]
    try:
        return csv.Sniffer().sniff("\n".join(lines), delimiters=_DELIMITERS).delimiter
    except csv.Error:
        # The delimiter that splits the most lines into the same number of fields.
        counts = {d: [line.count(d) for line in lines] for d in _DELIMITERS}
        best = max(_DELIMITERS, key=lambda d: (min(counts[d], default=0), sum(counts[d])))
        return best if sum(counts[best]) else ","


class CsvWorkbook:
    kind = SourceKind.CSV

    def __init__(self, path: Path) -> None:
        self._path = path
        with path.open("rb") as f:
            head = f.read(SNIFF_BYTES)
        self.encoding = sniff_encoding(head)
        if b"\x00" in head[:8192] and self.encoding != "utf-16":
            raise refuse(FileProblem.NOT_SPREADSHEET, path.name)  # binary data: an image, a PDF…
        sample = head.decode(self.encoding, errors="replace")
        if head and not any(d in sample for d in _DELIMITERS) and len(sample.splitlines()) < 2:
            raise refuse(FileProblem.NOT_SPREADSHEET, path.name)
        self.delimiter = sniff_delimiter(sample)

    def sheets(self) -> list[Sheet]:
        return [_CsvSheet(self._path, self.encoding, self.delimiter)]

    def close(self) -> None:
        """Each pass over the rows opens and closes the file itself."""


class _CsvSheet:
    name: str | None = None

    def __init__(self, path: Path, encoding: str, delimiter: str) -> None:
        self._path = path
        self._encoding = encoding
        self._delimiter = delimiter
        self._raw: BinaryIO | None = None
        self._size = path.stat().st_size

    def fonts(self) -> dict[str, int]:
        return {}

    def progress(self) -> tuple[int, int | None]:
        raw = self._raw
        done = raw.tell() if raw is not None and not raw.closed else self._size
        return done, self._size

    def rows(self) -> Iterator[Row]:
        with self._path.open("rb") as raw:
            self._raw = raw
            text = io.TextIOWrapper(raw, encoding=self._encoding, errors="replace", newline="")
            number = 0
            try:
                for number, fields in enumerate(csv.reader(text, delimiter=self._delimiter), start=1):
                    yield number, tuple(value if value.strip() else None for value in fields), None
            except csv.Error as exc:  # a quote never closed, a field of megabytes: not a list
                detail = f"Dòng {number + 1}: {exc}."
                raise refuse(FileProblem.UNREADABLE, self._path.name, detail) from exc
