"""Table model over one page of initiatives (``InitiativeView`` DTOs from the service)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.domain.text import format_date, format_money

__all__ = ["ITEM_ROLE", "Column", "InitiativeTableModel"]

AnyIndex = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's InitiativeView
NOT_QUANTIFIABLE = "Không tính được"  # short for the cell; the tooltip has the full wording
NOT_QUANTIFIABLE_LONG = "Không tính được bằng tiền"
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class Column(IntEnum):
    CODE = 0
    TITLE = 1
    LEAD_AUTHOR = 2
    DEPARTMENT = 3
    STATUS = 4
    FIRST_APPLIED = 5
    BENEFIT = 6

    @property
    def header(self) -> str:
        return _HEADERS[self]


_HEADERS = {
    Column.CODE: "Mã",
    Column.TITLE: "Tên sáng kiến",
    Column.LEAD_AUTHOR: "Tác giả chính",
    Column.DEPARTMENT: "Đơn vị",
    Column.STATUS: "Trạng thái",
    Column.FIRST_APPLIED: "Ngày áp dụng",
    Column.BENEFIT: "Giá trị làm lợi",
}


def _benefit(view: InitiativeView) -> str | None:
    if view.benefit_vnd is not None:
        return format_money(view.benefit_vnd)
    return NOT_QUANTIFIABLE if view.benefit_not_quantifiable else None


def tooltip_text(view: InitiativeView, column: Column) -> str | None:
    """The full text of a cell that may be cut off by its column's width."""
    if column == Column.BENEFIT and view.benefit_vnd is None and view.benefit_not_quantifiable:
        return NOT_QUANTIFIABLE_LONG
    return display_text(view, column)


def display_text(view: InitiativeView, column: Column) -> str | None:
    """The text shown in one cell; None for an empty cell."""
    match column:
        case Column.CODE:
            return view.code
        case Column.TITLE:
            return view.title
        case Column.LEAD_AUTHOR:
            return view.lead_author
        case Column.DEPARTMENT:
            return view.department
        case Column.STATUS:
            return view.status.label
        case Column.FIRST_APPLIED:
            return format_date(view.first_applied_on) if view.first_applied_on else None
        case Column.BENEFIT:
            return _benefit(view)


class InitiativeTableModel(QAbstractTableModel):
    """Read-only rows of the current page; replaced as a whole by ``set_items``.

    Roles: Display (formatted text), ToolTip (full text), TextAlignment (money right-aligned),
    ``ITEM_ROLE`` (the ``InitiativeView`` of the row).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: tuple[InitiativeView, ...] = ()

    @property
    def items(self) -> tuple[InitiativeView, ...]:
        return self._items

    def set_items(self, items: tuple[InitiativeView, ...]) -> None:
        self.beginResetModel()
        self._items = items
        self.endResetModel()

    def item(self, row: int) -> InitiativeView:
        return self._items[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._items) or index.column() >= len(Column):
            return None
        view, column = self._items[index.row()], Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(view, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_text(view, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column == Column.BENEFIT else _LEFT
        if role == ITEM_ROLE:
            return view
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return Column(section).header
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section == Column.BENEFIT else _LEFT
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
