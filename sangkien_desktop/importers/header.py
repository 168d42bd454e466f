"""Finding the header of a list among its first rows, by label and never by position (DOMAIN.md §10.8).

The header is the first row where at least two cells name known columns (after ``fold()``, in any of
the three encodings, since old headers are TCVN3 or VNI too). Two-level headers, made with merged
cells ("Tác giả" over "Họ và tên" and "Tỷ lệ (%)"), are read from both rows: the lower label wins
where it names a column, and a merged upper label is carried over the columns below it. A row that
only numbers the columns ("(1) (2) (3)…", common under official forms) is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final

from sangkien_desktop.domain.columns import KNOWN_KEYS, ListColumn, header_key, match_header
from sangkien_desktop.domain.importing import TextEncoding

from .legacy import FontHint, convert
from .sources import Row
from .values import CellProblem, as_text

__all__ = ["HEADER_SEARCH_ROWS", "Header", "find_header", "is_numbering_row"]

HEADER_SEARCH_ROWS: Final = 20
_NUMBERING: Final = re.compile(r"\(?(\d{1,2}|[A-Za-z])\)?")
_DATA_TEXT: Final = re.compile(r"[\d.,/\-\s]+")  # numbers and dates typed as text (CSV)


@dataclass(frozen=True)
class Header:
    row: int  # the last header row, as the spreadsheet numbers it
    position: int  # its index among the rows searched
    labels: tuple[str, ...]  # per column, as stored in the file ("" for none)
    targets: dict[int, ListColumn]  # column index → what it names (first column wins a target)


def find_header(rows: Sequence[Row]) -> Header | None:
    for position, (number, values, hints) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        labels = _labels(values)
        targets = _targets(labels, hints)
        if len(set(targets.values())) < 2:
            continue
        below = rows[position + 1] if position + 1 < len(rows) else None
        if below is not None and _is_subheader(below):
            labels = _merged(labels, _labels(below[1]))
            return Header(below[0], position + 1, labels, _targets(labels, below[2]))
        return Header(number, position, labels, targets)
    return None


def _labels(values: Sequence[object]) -> tuple[str, ...]:
    return tuple(_label(value) for value in values)


def _label(value: object) -> str:
    try:
        return as_text(value) or ""
    except CellProblem:  # "#REF!" in a header cell names nothing
        return ""


def _match(label: str, hint: FontHint | None) -> ListColumn | None:
    """What a header cell names, whichever encoding it was typed in."""
    if not label:
        return None
    if hint is not None:
        return match_header(convert(label, hint[0], capitals=hint[1]))
    for encoding in TextEncoding:
        found = match_header(convert(label, encoding))
        if found is not None:
            return found
    return None


def _targets(labels: Sequence[str], hints: Sequence[FontHint | None] | None) -> dict[int, ListColumn]:
    targets: dict[int, ListColumn] = {}
    for index, label in enumerate(labels):
        found = _match(label, hints[index] if hints and index < len(hints) else None)
        if found is not None and found not in targets.values():
            targets[index] = found
    return targets


def _is_subheader(row: Row) -> bool:
    """The row under a header names columns too (one cell at least by a whole known name) and holds
    nothing that looks like data (numbers, dates)."""
    _number, values, hints = row
    if any(_looks_like_data(v) for v in values):
        return False
    labels = _labels(values)
    return any(
        _match(label, hint) is not None and _exact(label) for label, hint in _with_hints(labels, hints)
    )


def _looks_like_data(value: object) -> bool:
    if isinstance(value, int | float | date) and not isinstance(value, bool):
        return True
    return isinstance(value, str) and _DATA_TEXT.fullmatch(value.strip()) is not None


def _exact(label: str) -> bool:
    return any(header_key(convert(label, e)) in KNOWN_KEYS for e in TextEncoding)


def _with_hints(
    labels: Sequence[str], hints: Sequence[FontHint | None] | None
) -> list[tuple[str, FontHint | None]]:
    return [(label, hints[i] if hints and i < len(hints) else None) for i, label in enumerate(labels)]


def _merged(upper: Sequence[str], lower: Sequence[str]) -> tuple[str, ...]:
    width = max(len(upper), len(lower))
    labels: list[str] = []
    carried = ""
    for index in range(width):
        top = upper[index] if index < len(upper) else ""
        bottom = lower[index] if index < len(lower) else ""
        carried = top or carried
        if bottom and match_header(_any_encoding(bottom)) is not None:
            labels.append(bottom)
        elif top:
            labels.append(top if not bottom else f"{top} {bottom}")
        else:
            labels.append(f"{carried} {bottom}".strip() if bottom else "")
    return tuple(labels)


def _any_encoding(label: str) -> str:
    for encoding in TextEncoding:
        converted = convert(label, encoding)
        if match_header(converted) is not None:
            return converted
    return label


def is_numbering_row(values: Sequence[object]) -> bool:
    """ "(1) (2) (3)…" or "1 2 3…" under the header: it numbers the columns, it is not a record."""
    filled = [t for t in _labels(values) if t]
    return len(filled) >= 3 and all(_NUMBERING.fullmatch(t) for t in filled)
