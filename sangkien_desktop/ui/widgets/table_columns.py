"""How every table of the app sizes its columns: one column takes the spare width, the others are
as wide as a typical cell (a sample text in the table's font), and rows have one fixed height."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from PySide6.QtWidgets import QHeaderView, QTableView

__all__ = ["CELL_PADDING", "size_columns"]

CELL_PADDING = 16  # px around a cell's text
Column = TypeVar("Column", bound=int)  # a table's column enum (IntEnum)


def size_columns(view: QTableView, stretch: int, samples: Mapping[Column, str]) -> None:
    """``stretch`` fills the width left; each column of ``samples`` fits its sample text. Longer cells
    are cut with "…" (their tooltip shows them whole); the officer can still drag any column."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(60)
    metrics = view.fontMetrics()
    for column, sample in samples.items():
        header.resizeSection(column, metrics.horizontalAdvance(sample) + CELL_PADDING)
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform rows: cheap with a million
    rows.setDefaultSectionSize(metrics.height() + 10)
