"""What a list sheet holds, without openpyxl: services describe their lists with these cheaply and
``lists.write_list`` (which loads openpyxl) writes them only when a file is asked for."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

__all__ = ["CellKind", "ListSheet", "SheetColumn"]


class CellKind(StrEnum):
    TEXT = "text"
    COUNT = "count"
    MONEY = "money"
    DATE = "date"
    SHARE = "share"  # a contribution share in percent, two decimals at most


@dataclass(frozen=True)
class SheetColumn:
    heading: str
    width: float
    kind: CellKind = CellKind.TEXT
    total: bool = False  # summed in the total row


@dataclass(frozen=True)
class ListSheet:
    """One list: its title block, columns and rows (any iterable, consumed once)."""

    sheet_name: str
    title: str
    subtitle: str
    columns: tuple[SheetColumn, ...]
    rows: Iterable[Sequence[Any]]
    total_label: str | None = None  # a total row when some column has ``total``
    landscape: bool = True
