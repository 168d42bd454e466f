"""The initiative register: search as you type over the embedded store, first page of results."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.model import InitiativeView, Page
from sangkien_desktop.domain.text import format_number
from sangkien_desktop.services.initiatives import InitiativeService
from sangkien_desktop.ui.forms.ui_initiatives_page import Ui_InitiativesPage
from sangkien_desktop.ui.models.initiative_table import Column, InitiativeTableModel
from sangkien_desktop.ui.tasks import Runner

__all__ = ["DEBOUNCE_MS", "PAGE_SIZE", "InitiativesPage", "count_text", "query"]

DEBOUNCE_MS = 250
PAGE_SIZE = 200

# Sample cell texts that size the columns (the title column takes the remaining width).
# Longer cells are cut off with "…" and shown whole in their tooltip.
_COLUMN_SAMPLES = {
    Column.CODE: "2025-CDCS01-0000",
    Column.LEAD_AUTHOR: "Nguyễn Thị Hương",
    Column.DEPARTMENT: "Phân xưởng Dệt",
    Column.STATUS: "Đã công nhận",
    Column.FIRST_APPLIED: "Ngày áp dụng",
    Column.BENEFIT: "Không tính được",  # wider than "1.234.567.890 đ" and the header
}
_CELL_PADDING = 20


def query(initiatives: InitiativeService, text: str, limit: int = PAGE_SIZE) -> Page[InitiativeView]:
    """Runs on the db lane: every initiative when the box is empty, else the full-text search."""
    if not text.strip():
        return initiatives.list(limit=limit)
    return initiatives.search(text, limit=limit)


def count_text(page: Page[InitiativeView], searching: bool) -> str:
    total = format_number(page.total)
    text = f"Tìm thấy {total} sáng kiến" if searching else f"Tổng cộng {total} sáng kiến"
    if page.total > len(page.items):
        text += f" (hiện {format_number(len(page.items))} đầu tiên)"
    return text


class InitiativesPage(QWidget):
    """Search box, result count and table of the first ``PAGE_SIZE`` matches.

    Typing restarts a ``DEBOUNCE_MS`` timer; when it fires the query goes to the db lane. Each
    query carries a sequence number and only the latest one's result is shown, so a slow early
    search can never overwrite a later one. ``results_shown(total)`` is emitted after the table
    has been updated.
    """

    results_shown = Signal(int)

    def __init__(self, initiatives: InitiativeService, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_InitiativesPage()
        self.ui.setupUi(self)
        self._initiatives = initiatives
        self._runner = runner
        self._seq = 0
        self.model = InitiativeTableModel(self)
        self.ui.tableView.setModel(self.model)
        self._size_columns()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self.ui.searchEdit.textChanged.connect(self._text_changed)
        self.ui.searchEdit.returnPressed.connect(self.refresh)
        self.refresh()

    def _size_columns(self) -> None:
        header = self.ui.tableView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        metrics = self.ui.tableView.fontMetrics()
        for column, sample in _COLUMN_SAMPLES.items():
            header.resizeSection(column, metrics.horizontalAdvance(sample) + _CELL_PADDING)
        self.ui.tableView.verticalHeader().setDefaultSectionSize(metrics.height() + 10)

    def _text_changed(self, _text: str) -> None:
        self._debounce.start()  # (re)start: search only once typing pauses

    def refresh(self) -> None:
        """Run the query for the box's current text now (also used after edits elsewhere)."""
        self._debounce.stop()
        self._seq += 1
        text = self.ui.searchEdit.text()
        self._runner.run(partial(query, self._initiatives, text), lane="db",
                         on_success=partial(self._show, self._seq, bool(text.strip())),
                         on_failure=partial(self._failed, self._seq))

    def _show(self, seq: int, searching: bool, page: Page[InitiativeView]) -> None:
        if seq != self._seq:
            return  # a newer query is on its way
        self.model.set_items(page.items)
        self.ui.countLabel.setText(count_text(page, searching))
        self.results_shown.emit(page.total)

    def _failed(self, seq: int, exc: Exception) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        if seq == self._seq:
            self.model.set_items(())
            self.ui.countLabel.setText(exc.message)
