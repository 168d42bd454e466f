"""Generic lazy table model: the total is known at once, rows arrive in blocks through the db lane.

A query is a ``fetch(limit, offset) -> Page[T]``, a plain call into a service. The model asks for
block 0 first; its ``Page.total`` becomes ``rowCount()``. Any other block is fetched, once, when
``data()`` first asks for one of its rows; until it arrives the row shows "…" in the loading
column. At most ``max_blocks`` blocks stay cached (those farthest from the latest request are
dropped and fetched again when needed). While a fetch is running, the blocks a fast scroll passes
over wait until the view settles (``SETTLE_MS``): rows that are on screen for an instant cost no
database work, and no Python time taken from the GUI thread. A queued fetch the view has moved far
away from is skipped. Subclasses say how one item fills its cells.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.model import Page
from sangkien_desktop.ui.tasks import Runner

__all__ = ["BLOCK_SIZE", "ITEM_ROLE", "LOADING_TEXT", "MAX_BLOCKS", "SETTLE_MS", "AnyIndex", "LazyTableModel"]

T = TypeVar("T")
AnyIndex = QModelIndex | QPersistentModelIndex
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's item (None while its block loads)
BLOCK_SIZE = 100
MAX_BLOCKS = 20
LOADING_TEXT = "…"
SETTLE_MS = 40


@dataclass
class _Query(Generic[T]):
    """One query's state. ``generation`` tells its deliveries apart from older queries'."""

    generation: int
    fetch: Callable[[int, int], Page[T]] | None = None
    total: int = 0
    blocks: dict[int, tuple[T, ...]] = field(default_factory=dict)
    pending: set[int] = field(default_factory=set)


class LazyTableModel(QAbstractTableModel, Generic[T]):
    """Read-only rows of ``T``, fetched lazily by block through ``runner`` (db lane).

    ``set_query(fetch)`` starts a new query; the rows of the previous one stay on screen until the
    new first block arrives, then the model resets to the new total. Deliveries of any older query
    (first blocks or later blocks) are dropped by generation number.

    Signals (GUI thread): ``total_known(total)`` after a query's first block has been shown;
    ``failed(error)`` when a query or block failed with a ``KnownError`` (other errors are re-raised);
    ``query_done()`` once the newest query's first block arrived or failed.

    Subclasses give ``COLUMN_COUNT``, ``LOADING_COLUMN``, ``cell(item, column, role)`` for the
    Display and ToolTip roles, ``column_data`` for row-independent roles (alignment) and
    ``headerData``. ``ITEM_ROLE`` returns the row's item.
    """

    total_known = Signal(int)
    failed = Signal(object)
    query_done = Signal()  # the newest query's first block arrived or failed

    COLUMN_COUNT = 1
    LOADING_COLUMN = 0  # where a row still loading shows "…"

    def __init__(self, runner: Runner, parent: QObject | None = None, block_size: int = BLOCK_SIZE,
                 max_blocks: int = MAX_BLOCKS) -> None:
        super().__init__(parent)
        self._runner = runner
        self._block_size = block_size
        self._max_blocks = max_blocks
        self._latest = 0  # generation of the newest query asked for
        self._query: _Query[T] = _Query(generation=0)  # the query shown
        self._delivering_inline = False
        self._focus = 0  # the block asked for last: where the view is
        self._fetching = 0  # block fetches on the db lane
        self._wanted: set[int] = set()  # blocks waiting for the view to settle
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._fetch_wanted)

    # -- what subclasses define (declared here, so the base's calls are typed) -------------------

    # Display or ToolTip value of one loaded cell (None for an empty cell).
    cell: Callable[[T, int, int], Any]
    # A column's title, in the UI language.
    header_text: Callable[[int], str]

    # -- queries ----------------------------------------------------------------------------------

    @property
    def block_size(self) -> int:
        return self._block_size

    def set_query(self, fetch: Callable[[int, int], Page[T]], first: Page[T] | None = None) -> None:
        """Run a new query; its first block replaces the current rows when it arrives. ``first`` is
        that block when it is already known (read at start-up): it is shown on the next turn of the
        event loop, and only the later blocks are fetched."""
        self._latest += 1
        generation = self._latest
        if first is not None:
            assert first.offset == 0 and first.limit == self._block_size, "not this model's first block"
            # A child timer: it dies with the model, so it can never deliver into a deleted window.
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(partial(self._first_block, generation, fetch, first))
            timer.timeout.connect(timer.deleteLater)
            timer.start(0)
            return
        self._runner.run(partial(fetch, self._block_size, 0), lane="db",
                         on_success=partial(self._first_block, generation, fetch),
                         on_failure=partial(self._first_failed, generation))

    def _first_block(self, generation: int, fetch: Callable[[int, int], Page[T]], page: Page[T]) -> None:
        if generation != self._latest:
            return  # a newer query is on its way
        self.beginResetModel()
        self._query = _Query(generation, fetch, page.total, {0: page.items})
        self._wanted.clear()
        self.endResetModel()
        self.total_known.emit(page.total)
        self.query_done.emit()

    def reread(self) -> None:
        """Read the current query again (statuses and sync badges changed under it). With the same
        number of rows the rows change in place, keeping the selection and the scroll position; a
        different number resets the model as a new query does."""
        fetch = self._query.fetch
        if fetch is None:
            return
        self._latest += 1
        generation = self._latest
        self._runner.run(partial(fetch, self._block_size, 0), lane="db",
                         on_success=partial(self._reread_block, generation, fetch),
                         on_failure=partial(self._first_failed, generation))

    def _reread_block(self, generation: int, fetch: Callable[[int, int], Page[T]], page: Page[T]) -> None:
        if generation != self._latest:
            return  # a newer query is on its way
        if page.total != self._query.total:
            self._first_block(generation, fetch, page)
            return
        self._query = _Query(generation, fetch, page.total, {0: page.items})  # later blocks: read anew
        self._wanted.clear()
        if page.total:
            self.dataChanged.emit(self.index(0, 0), self.index(page.total - 1, self.COLUMN_COUNT - 1))
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

    def item(self, row: int) -> T | None:
        """The row's item if its block is loaded; never starts a fetch."""
        block = self._query.blocks.get(row // self._block_size)
        offset = row % self._block_size
        return block[offset] if block is not None and offset < len(block) else None

    def _request(self, block: int) -> None:
        query = self._query
        if query.fetch is None or block in query.pending or block in query.blocks:
            return
        self._focus = block
        if self._fetching or self._settle.isActive():
            self._wanted.add(block)
            self._settle.start()  # (re)start: fetch once the view stops moving
            return
        self._submit(block)

    def _fetch_wanted(self) -> None:
        wanted = sorted(self._wanted, key=lambda b: abs(b - self._focus))
        self._wanted.clear()
        for block in wanted:
            if self._near_focus(block):
                self._submit(block)  # the others are asked for again if they come back into view

    def _near_focus(self, block: int) -> bool:
        return abs(block - self._focus) <= self._max_blocks // 2

    def _submit(self, block: int) -> None:
        query = self._query
        if query.fetch is None or block in query.pending or block in query.blocks:
            return
        query.pending.add(block)
        self._fetching += 1
        self._delivering_inline = True  # an inline runner delivers before run() returns
        try:
            self._runner.run(partial(self._fetch_if_near, query, block), lane="db",
                             on_success=partial(self._block_arrived, query.generation, block),
                             on_failure=partial(self._block_failed, query.generation))
        finally:
            self._delivering_inline = False

    def _fetch_if_near(self, query: _Query[T], block: int) -> Page[T] | None:
        """Db lane: fetch the block, unless the view has moved far from it while it waited in the
        queue. Reads ``_focus``, an int the GUI thread replaces: one atomic read, no lock needed."""
        assert query.fetch is not None
        if not self._near_focus(block):
            return None
        return query.fetch(self._block_size, block * self._block_size)

    def _block_arrived(self, generation: int, block: int, page: Page[T] | None) -> None:
        self._fetching -= 1
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
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.COLUMN_COUNT - 1))

    def _block_failed(self, generation: int, exc: Exception) -> None:
        self._fetching -= 1
        if not isinstance(exc, KnownError):
            raise exc
        if generation == self._query.generation:
            self.failed.emit(exc)  # the block stays pending: no retry loop until the next query

    def _evict_far_from(self, block: int) -> None:
        blocks = self._query.blocks
        while len(blocks) > self._max_blocks:
            del blocks[max(blocks, key=lambda b: abs(b - block))]

    def _loaded(self, row: int) -> T | None:
        found = self.item(row)
        if found is None:
            self._request(row // self._block_size)
            found = self.item(row)  # an inline runner has delivered already
        return found

    # -- QAbstractTableModel ----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else self._query.total

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._query.total:
            return None
        if not 0 <= index.column() < self.COLUMN_COUNT:
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, ITEM_ROLE):
            return self.column_data(index.column(), role)
        loaded = self._loaded(index.row())
        if loaded is None:
            loading = role == Qt.ItemDataRole.DisplayRole and index.column() == self.LOADING_COLUMN
            return LOADING_TEXT if loading else None
        return loaded if role == ITEM_ROLE else self.cell(loaded, index.column(), role)

    def column_data(self, column: int, role: int) -> Any:
        """Values of roles that do not depend on the row (``TextAlignmentRole``…): no fetch needed."""
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.header_text(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.column_data(section, role)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
