"""Table model over the office's officers (a handful of rows, all loaded at once)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from sangkien_desktop.domain.officers import OfficerView
from sangkien_desktop.ui.labels import enum_label
from sangkien_desktop.ui.models.alignment import CENTER, LEFT

__all__ = ["ITEM_ROLE", "OfficerColumn", "OfficerTableModel"]

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's OfficerView
_CONTEXT = "OfficerTable"
Index = QModelIndex | QPersistentModelIndex


class OfficerColumn(IntEnum):
    NAME = 0
    ROLE = 1
    PIN = 2
    ACTIVE = 3

    @property
    def header(self) -> str:
        return QCoreApplication.translate(_CONTEXT, str(_HEADERS[self]))


_HEADERS = {
    OfficerColumn.NAME: QT_TRANSLATE_NOOP("OfficerTable", "Full name"),
    OfficerColumn.ROLE: QT_TRANSLATE_NOOP("OfficerTable", "Role"),
    OfficerColumn.PIN: QT_TRANSLATE_NOOP("OfficerTable", "PIN"),
    OfficerColumn.ACTIVE: QT_TRANSLATE_NOOP("OfficerTable", "Status"),
}


def display_text(officer: OfficerView, column: OfficerColumn) -> str:
    match column:
        case OfficerColumn.NAME:
            return officer.full_name
        case OfficerColumn.ROLE:
            return enum_label(officer.role)
        case OfficerColumn.PIN:
            return QCoreApplication.translate("OfficerTable", "Yes") if officer.has_pin else ""
        case OfficerColumn.ACTIVE:
            if officer.active:
                return QCoreApplication.translate("OfficerTable", "Works here")
            return QCoreApplication.translate("OfficerTable", "No longer works here")


class OfficerTableModel(QAbstractTableModel):
    """Read-only rows of ``OfficerView``. Roles: Display, ToolTip, TextAlignment, ``ITEM_ROLE``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[OfficerView, ...] = ()

    def set_officers(self, officers: tuple[OfficerView, ...]) -> None:
        self.beginResetModel()
        self._rows = officers
        self.endResetModel()

    def officer(self, row: int) -> OfficerView:
        return self._rows[row]

    def row_of(self, officer_id: str) -> int | None:
        return next((i for i, o in enumerate(self._rows) if o.id == officer_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(OfficerColumn)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        officer, column = self._rows[index.row()], OfficerColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return display_text(officer, column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return CENTER if column == OfficerColumn.PIN else LEFT
        if role == ITEM_ROLE:
            return officer
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return OfficerColumn(section).header
        return None
