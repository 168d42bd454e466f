"""A read-only table model over a short tuple of plain items held in memory (reward decisions, the
certificate register's newest rows): the whole list is replaced at once; ``ITEM_ROLE`` gives the item."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from sangkien_desktop.ui.models.alignment import LEFT
from sangkien_desktop.ui.models.lazy_table import ITEM_ROLE, AnyIndex

__all__ = ["ITEM_ROLE", "ItemListModel"]

T = TypeVar("T")


class ItemListModel(QAbstractTableModel, Generic[T]):
    """Subclasses give ``COLUMN_COUNT``, ``cell(item, column)`` (display and tooltip text),
    ``header_text(column)`` (in the UI language) and, when not all left, ``alignment(column)``."""

    COLUMN_COUNT = 1

    cell: Callable[[T, int], str]
    header_text: Callable[[int], str]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: tuple[T, ...] = ()

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return LEFT

    def set_items(self, items: tuple[T, ...]) -> None:
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def items(self) -> tuple[T, ...]:
        return self._items

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid() or not 0 <= index.row() < len(self._items):
            return None
        if not 0 <= index.column() < self.COLUMN_COUNT:
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cell(item, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(index.column())
        if role == ITEM_ROLE:
            return item
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header_text(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(section)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
