"""Lazy table model over the registry: the total is known at once, rows arrive in blocks.

A query is a ``Fetch``: ``fetch(limit, offset) -> Page[InitiativeView]``, a plain call into the
service that runs on the db lane. The model asks for block 0 first; its ``Page.total`` becomes
``rowCount()``. Any other block is fetched, once, when ``data()`` first asks for one of its rows;
until it arrives the row shows "…". At most ``MAX_BLOCKS`` blocks stay cached (the ones farthest
from the latest request are dropped and fetched again when needed).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import IntEnum
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.model import InitiativeView, Page
from sangkien_desktop.domain.registry_sort import RegistrySort, SortColumn
from sangkien_desktop.domain.text import format_date, format_money
from sangkien_desktop.ui.labels import enum_label, short_label
from sangkien_desktop.ui.tasks import Runner

__all__ = ["BLOCK_SIZE", "ITEM_ROLE", "LOADING_TEXT", "MAX_BLOCKS", "Column", "Fetch", "InitiativeTableModel",
           "not_quantifiable", "not_sent"]

AnyIndex = QModelIndex | QPersistentModelIndex
Fetch = Callable[[int, int], Page[InitiativeView]]  # (limit, offset) → page; runs on the db lane
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's InitiativeView (None while its block loads)
BLOCK_SIZE = 100
MAX_BLOCKS = 20
LOADING_TEXT = "…"
_CONTEXT = "InitiativeTable"  # only for the headers; lupdate needs literal contexts elsewhere
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter


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
        return _RIGHT if self == Column.BENEFIT else _CENTER if self == Column.UPLOAD else _LEFT


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
            # Placeholder until the sync issue wires the upload state (outbox / upload items) in.
            return not_sent()


@dataclass
class _Query:
    """One query's state. ``generation`` tells its deliveries apart from older queries'."""

    generation: int
    fetch: Fetch | None = None
    total: int = 0
    blocks: dict[int, tuple[InitiativeView, ...]] = field(default_factory=dict)
    pending: set[int] = field(default_factory=set)


class InitiativeTableModel(QAbstractTableModel):
    """Read-only registry rows, fetched lazily by block through ``runner`` (db lane).

    ``set_query(fetch)`` starts a new query; the rows of the previous one stay on screen until the
    new first block arrives, then the model resets to the new total. Deliveries of any older query
    (first blocks or later blocks) are dropped by generation number.

    Signals (GUI thread): ``total_known(total)`` after a query's first block has been shown;
    ``failed(error)`` when a query or block failed with a ``KnownError`` (other errors are re-raised).

    Roles: Display (formatted text, "…" in the title while loading), ToolTip (full text),
    TextAlignment (money right, upload badge centred), ``ITEM_ROLE`` (the ``InitiativeView``).
    """

    total_known = Signal(int)
    failed = Signal(object)
    query_done = Signal()  # the newest query's first block arrived or failed
    sort_requested = Signal(object)  # RegistrySort, or None for a column that cannot be sorted

    def __init__(self, runner: Runner, parent: QObject | None = None, block_size: int = BLOCK_SIZE,
                 max_blocks: int = MAX_BLOCKS) -> None:
        super().__init__(parent)
        self._runner = runner
        self._block_size = block_size
        self._max_blocks = max_blocks
        self._latest = 0  # generation of the newest query asked for
        self._query = _Query(generation=0)  # the query shown
        self._focus = 0  # the block asked for last: where the view is
        self._delivering_inline = False

    # -- queries ----------------------------------------------------------------------------------

    @property
    def block_size(self) -> int:
        return self._block_size

    def set_query(self, fetch: Fetch) -> None:
        """Run a new query; its first block replaces the current rows when it arrives."""
        self._latest += 1
        generation = self._latest
        self._runner.run(partial(fetch, self._block_size, 0), lane="db",
                         on_success=partial(self._first_block, generation, fetch),
                         on_failure=partial(self._first_failed, generation))

    def _first_block(self, generation: int, fetch: Fetch, page: Page[InitiativeView]) -> None:
        if generation != self._latest:
            return  # a newer query is on its way
        self.beginResetModel()
        self._query = _Query(generation, fetch, page.total, {0: page.items})
        self.endResetModel()
        self.total_known.emit(page.total)
        self.query_done.emit()

    def _first_failed(self, generation: int, exc: Exception) -> None:
        if generation == self._latest:
            self.query_done.emit()
        if not isinstance(exc, KnownError):
            raise exc
        if generation == self._latest:
            self.beginResetModel()
            self._query = _Query(generation)
            self.endResetModel()
            self.failed.emit(exc)

    # -- blocks -----------------------------------------------------------------------------------

    def loaded_blocks(self) -> list[int]:
        """Block numbers cached for the current query, in order (for tests and diagnostics)."""
        return sorted(self._query.blocks)

    def item(self, row: int) -> InitiativeView | None:
        """The row's view if its block is loaded; never starts a fetch."""
        block = self._query.blocks.get(row // self._block_size)
        offset = row % self._block_size
        return block[offset] if block is not None and offset < len(block) else None

    def _request(self, block: int) -> None:
        query = self._query
        if query.fetch is None or block in query.pending or block in query.blocks:
            return
        query.pending.add(block)
        self._focus = block
        self._delivering_inline = True  # an inline runner delivers before run() returns
        try:
            self._runner.run(partial(self._fetch_if_near, query, block), lane="db",
                             on_success=partial(self._block_arrived, query.generation, block),
                             on_failure=partial(self._block_failed, query.generation))
        finally:
            self._delivering_inline = False

    def _fetch_if_near(self, query: _Query, block: int) -> Page[InitiativeView] | None:
        """Db lane: fetch the block, unless the view has moved far past it while it waited in the
        queue (a fast scroll asks for many blocks it no longer shows). Reads ``_focus``, an int the
        GUI thread replaces: a single atomic read, no lock needed."""
        assert query.fetch is not None
        if abs(block - self._focus) > self._max_blocks // 2:
            return None
        return query.fetch(self._block_size, block * self._block_size)

    def _block_arrived(self, generation: int, block: int, page: Page[InitiativeView] | None) -> None:
        query = self._query
        if generation != query.generation:
            return  # a block of an older query
        query.pending.discard(block)
        if page is None:
            return  # skipped: asked for again if it comes back into view
        query.blocks[block] = page.items
        self._evict_far_from(block)
        if self._delivering_inline:
            return  # still inside data(): it reads the block itself; no signal from within data()
        first = block * self._block_size
        last = min(first + self._block_size, query.total) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(Column) - 1))

    def _block_failed(self, generation: int, exc: Exception) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        if generation == self._query.generation:
            self.failed.emit(exc)  # the block stays pending: no retry loop until the next query

    def _evict_far_from(self, block: int) -> None:
        blocks = self._query.blocks
        while len(blocks) > self._max_blocks:
            del blocks[max(blocks, key=lambda b: abs(b - block))]

    # -- QAbstractTableModel ----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else self._query.total

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._query.total or index.column() >= len(Column):
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.alignment
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, ITEM_ROLE):
            return None
        view = self._view(index.row())
        if view is None:
            loading = role == Qt.ItemDataRole.DisplayRole and column == Column.TITLE
            return LOADING_TEXT if loading else None
        if role == Qt.ItemDataRole.DisplayRole:
            return display_text(view, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_text(view, column)
        return view

    def _view(self, row: int) -> InitiativeView | None:
        view = self.item(row)
        if view is None:
            self._request(row // self._block_size)
            view = self.item(row)  # an inline runner has delivered already
        return view

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return Column(section).header
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Column(section).alignment
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Header clicks: the order is the query's business, so ask the owner to re-run it."""
        if not 0 <= column < len(Column):
            self.sort_requested.emit(RegistrySort())  # no indicator: the natural order
            return
        sort_column = Column(column).sort_column
        descending = order == Qt.SortOrder.DescendingOrder
        self.sort_requested.emit(None if sort_column is None else RegistrySort(sort_column, descending))

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
