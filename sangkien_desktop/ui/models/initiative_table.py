"""The registry's table model: initiatives in ten columns over ``LazyTableModel``'s block fetching
(total known at once, rows fetched by block on the db lane, fast scrolls settled before fetching).
Header clicks ask the page for another order (``sort_requested``); the order is the query's business.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal

from sangkien_desktop.domain.model import InitiativeView, Page
from sangkien_desktop.domain.registry_sort import RegistrySort, SortColumn
from sangkien_desktop.domain.sync import SyncBadge
from sangkien_desktop.domain.text import format_date, format_money
from sangkien_desktop.ui.labels import enum_label, short_label
from sangkien_desktop.ui.models.alignment import CENTER, LEFT, RIGHT
from sangkien_desktop.ui.models.lazy_table import (
    BLOCK_SIZE,
    ITEM_ROLE,
    LOADING_TEXT,
    MAX_BLOCKS,
    LazyTableModel,
)

__all__ = ["BLOCK_SIZE", "ITEM_ROLE", "LOADING_TEXT", "MAX_BLOCKS", "Column", "Fetch", "InitiativeTableModel",
           "not_quantifiable", "not_sent"]

Fetch = Callable[[int, int], Page[InitiativeView]]  # (limit, offset) → page; runs on the db lane
_CONTEXT = "InitiativeTable"  # only for the headers; lupdate needs literal contexts elsewhere


class Column(IntEnum):
    CODE = 0
    TITLE = 1
    LEAD_AUTHOR = 2
    DEPARTMENT = 3
    KIND = 4
    FIELD = 5
    STATUS = 6
    FIRST_APPLIED = 7
    BENEFIT = 8
    UPLOAD = 9

    @property
    def header(self) -> str:
        return QCoreApplication.translate(_CONTEXT, str(_HEADERS[self]))

    @property
    def sort_column(self) -> SortColumn | None:
        """What clicking this column's header orders by (None: not sortable)."""
        return _SORT_COLUMNS.get(self)

    @property
    def alignment(self) -> Qt.AlignmentFlag:
        return RIGHT if self == Column.BENEFIT else CENTER if self == Column.UPLOAD else LEFT


_HEADERS = {
    Column.CODE: QT_TRANSLATE_NOOP("InitiativeTable", "Code"),
    Column.TITLE: QT_TRANSLATE_NOOP("InitiativeTable", "Title"),
    Column.LEAD_AUTHOR: QT_TRANSLATE_NOOP("InitiativeTable", "Lead author"),
    Column.DEPARTMENT: QT_TRANSLATE_NOOP("InitiativeTable", "Department"),
    Column.KIND: QT_TRANSLATE_NOOP("InitiativeTable", "Kind of solution"),
    Column.FIELD: QT_TRANSLATE_NOOP("InitiativeTable", "Field"),
    Column.STATUS: QT_TRANSLATE_NOOP("InitiativeTable", "Status"),
    Column.FIRST_APPLIED: QT_TRANSLATE_NOOP("InitiativeTable", "First applied"),
    Column.BENEFIT: QT_TRANSLATE_NOOP("InitiativeTable", "Benefit"),
    Column.UPLOAD: QT_TRANSLATE_NOOP("InitiativeTable", "Upload"),
}
_SORT_COLUMNS = {
    Column.CODE: SortColumn.CODE,
    Column.TITLE: SortColumn.TITLE,
    Column.LEAD_AUTHOR: SortColumn.LEAD_AUTHOR,
    Column.DEPARTMENT: SortColumn.DEPARTMENT,
    Column.KIND: SortColumn.KIND,
    Column.FIELD: SortColumn.FIELD,
    Column.STATUS: SortColumn.STATUS,
    Column.FIRST_APPLIED: SortColumn.FIRST_APPLIED,
    Column.BENEFIT: SortColumn.BENEFIT,
}


def not_quantifiable(long: bool = False) -> str:
    """The benefit cell of an initiative whose benefit cannot be put in money (short for the cell)."""
    if long:
        return QCoreApplication.translate("InitiativeTable", "Cannot be calculated in money")
    return QCoreApplication.translate("InitiativeTable", "Not calculable")


def not_sent() -> str:
    return QCoreApplication.translate("InitiativeTable", "Not sent")


_BADGES = {
    SyncBadge.PENDING: QT_TRANSLATE_NOOP("InitiativeTable", "Not sent"),
    SyncBadge.SENDING: QT_TRANSLATE_NOOP("InitiativeTable", "Sending"),
    SyncBadge.CONFIRMED: QT_TRANSLATE_NOOP("InitiativeTable", "Confirmed"),
    SyncBadge.ATTENTION: QT_TRANSLATE_NOOP("InitiativeTable", "Needs attention"),
    SyncBadge.CONFLICT: QT_TRANSLATE_NOOP("InitiativeTable", "Conflict"),
}
_BADGE_TIPS = {
    SyncBadge.PENDING: QT_TRANSLATE_NOOP("InitiativeTable", "The latest change waits for the next sync."),
    SyncBadge.SENDING: QT_TRANSLATE_NOOP("InitiativeTable", "The latest change is being sent to the server."),
    SyncBadge.CONFIRMED: QT_TRANSLATE_NOOP("InitiativeTable", "The server confirmed the latest change."),
    SyncBadge.ATTENTION: QT_TRANSLATE_NOOP(
        "InitiativeTable", "The server did not accept the latest change: see the Sync page for its reason."
    ),
    SyncBadge.CONFLICT: QT_TRANSLATE_NOOP(
        "InitiativeTable", "The server holds a newer version from elsewhere; both are kept for review."
    ),
}


def sync_text(badge: SyncBadge | None) -> str:
    return QCoreApplication.translate(_CONTEXT, str(_BADGES[badge])) if badge else not_sent()


def _benefit(view: InitiativeView) -> str | None:
    if view.benefit_vnd is not None:
        return format_money(view.benefit_vnd)
    return not_quantifiable() if view.benefit_not_quantifiable else None


def tooltip_text(view: InitiativeView, column: Column) -> str | None:
    """The full text of a cell that may be cut off by its column's width."""
    if column == Column.BENEFIT and view.benefit_vnd is None and view.benefit_not_quantifiable:
        return not_quantifiable(long=True)
    if column == Column.KIND:
        return enum_label(view.kind)
    if column == Column.FIELD:
        return enum_label(view.field_code)
    if column == Column.UPLOAD and view.sync_badge is not None:
        return QCoreApplication.translate(_CONTEXT, str(_BADGE_TIPS[view.sync_badge]))
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
        case Column.KIND:
            return short_label(view.kind)
        case Column.FIELD:
            return short_label(view.field_code)
        case Column.STATUS:
            return enum_label(view.status)
        case Column.FIRST_APPLIED:
            return format_date(view.first_applied_on) if view.first_applied_on else None
        case Column.BENEFIT:
            return _benefit(view)
        case Column.UPLOAD:
            return sync_text(view.sync_badge)


class InitiativeTableModel(LazyTableModel[InitiativeView]):
    """Read-only registry rows (see ``LazyTableModel`` for queries, blocks and their signals).

    Roles: Display (formatted text, "…" in the title while loading), ToolTip (full text),
    TextAlignment (money right, upload badge centred), ``ITEM_ROLE`` (the ``InitiativeView``).
    """

    sort_requested = Signal(object)  # RegistrySort, or None for a column that cannot be sorted

    COLUMN_COUNT = len(Column)
    LOADING_COLUMN = Column.TITLE

    def cell(self, item: InitiativeView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_text(item, Column(column))
        return display_text(item, Column(column))

    def column_data(self, column: int, role: int) -> Any:
        return Column(column).alignment if role == Qt.ItemDataRole.TextAlignmentRole else None

    def header_text(self, column: int) -> str:
        return Column(column).header

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Header clicks: the order is the query's business, so ask the owner to re-run it."""
        if not 0 <= column < len(Column):
            self.sort_requested.emit(RegistrySort())  # no indicator: the natural order
            return
        sort_column = Column(column).sort_column
        descending = order == Qt.SortOrder.DescendingOrder
        self.sort_requested.emit(None if sort_column is None else RegistrySort(sort_column, descending))
