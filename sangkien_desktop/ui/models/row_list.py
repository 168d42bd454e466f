"""A table model over rows held in memory and edited in place (authors of an initiative, recipients
of a reward decision): reading, replacing, adding and removing rows, with ``changed()`` after each."""

from __future__ import annotations

from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Signal

__all__ = ["AnyIndex", "MappableRow", "RowListModel"]

AnyIndex = QModelIndex | QPersistentModelIndex


class MappableRow(Protocol):
    def as_mapping(self) -> dict[str, Any]: ...


R = TypeVar("R", bound=MappableRow)


class RowListModel(QAbstractTableModel, Generic[R]):
    """Subclasses give ``columnCount``, ``data`` (and ``setData``/``flags`` if cells are editable)."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    def rows(self) -> tuple[R, ...]:
        return tuple(self._rows)

    def as_mappings(self) -> list[dict[str, Any]]:
        """The rows as the service's input parsing reads them."""
        return [row.as_mapping() for row in self._rows]

    def set_rows(self, rows: list[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()
        self.changed.emit()

    def append(self, row: R) -> int:
        position = len(self._rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.append(row)
        self.endInsertRows()
        self.changed.emit()
        return position

    def remove(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()
        self.changed.emit()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)
