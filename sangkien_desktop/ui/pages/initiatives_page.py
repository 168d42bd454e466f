"""The initiative register: search as you type and filters over the embedded store, rows fetched lazily."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from sangkien_desktop.domain.enums import FieldCode, InitiativeStatus, SolutionKind
from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.model import InitiativeView, Page, ProgrammeChoice, RegistryFilter
from sangkien_desktop.domain.registry_sort import RegistrySort
from sangkien_desktop.domain.text import clean, format_number
from sangkien_desktop.ui.dialogs.editor_launcher import EditorLauncher
from sangkien_desktop.ui.forms.ui_initiatives_page import Ui_InitiativesPage
from sangkien_desktop.ui.i18n import arg
from sangkien_desktop.ui.models.initiative_table import Column, InitiativeTableModel
from sangkien_desktop.ui.tasks import Runner
from sangkien_desktop.ui.widgets.combos import fill_enum_combo
from sangkien_desktop.ui.widgets.table_columns import size_columns

if TYPE_CHECKING:
    from sangkien_desktop.services.container import Services
    from sangkien_desktop.services.initiatives import InitiativeService
    from sangkien_desktop.ui.dialogs.editor_prompts import Prompts
    from sangkien_desktop.ui.dialogs.import_wizard import ImportWizard
    from sangkien_desktop.ui.pages.submit_action import SubmitAction

__all__ = ["DEBOUNCE_MS", "NEWEST_FIRST", "InitiativesPage", "all_text", "count_text", "query"]

# Typing is coalesced rather than delayed: when no query is running, the next one starts on the
# following turn of the event loop (keys already queued, an IME commit or a paste count as one
# change); while one runs, changes wait and only the latest runs when it ends. A search result is
# thus on screen as soon as the store can answer, and at most one query is ever queued behind another.
DEBOUNCE_MS = 0
NEWEST_FIRST = RegistrySort()

# Sample cell texts that size the columns (the title column takes the remaining width).
# Longer cells are cut off with "…" and shown whole in their tooltip.
_COLUMN_SAMPLES = {
    Column.CODE: "2025-CDCS01-000",
    Column.LEAD_AUTHOR: "Nguyễn Thị Hương",
    Column.DEPARTMENT: "Phân xưởng Dệt",
    Column.KIND: "Ứng dụng TBKT",  # kind and field show short forms; tooltips carry the whole label
    Column.FIELD: "Cải cách HC",
    Column.STATUS: "Đã công nhận",
    Column.FIRST_APPLIED: "Ngày áp dụn",
    Column.BENEFIT: "Không tính được",  # wider than "1.234.567.890 đ" and the header
    Column.UPLOAD: "Chưa gửi",
}


def query(initiatives: InitiativeService, text: str, registry_filter: RegistryFilter, sort: RegistrySort,
          limit: int, offset: int) -> Page[InitiativeView]:
    """Runs on the db lane: the filtered registry when the box is empty, else the full-text search."""
    if not text.strip():
        return initiatives.list(limit=limit, offset=offset, filter=registry_filter, sort=sort)
    return initiatives.search(text, limit=limit, offset=offset, filter=registry_filter, sort=sort)


def all_text() -> str:
    """The "any value" choice of a filter."""
    return QCoreApplication.translate("InitiativesPage", "All")


def count_text(total: int, narrowed: bool) -> str:
    """"Tìm thấy 1.234 sáng kiến" for a search or filter, "Tổng cộng 1.234 sáng kiến" otherwise."""
    if narrowed:
        template = QCoreApplication.translate("InitiativesPage", "Found: %1 initiatives")
    else:
        template = QCoreApplication.translate("InitiativesPage", "In all: %1 initiatives")
    return arg(template, format_number(total))


class InitiativesPage(QWidget):
    """Search box, filter bar, result count and the lazily fetched table.

    Typing or changing a filter schedules a query (see ``DEBOUNCE_MS``: coalesced while one runs);
    the model runs it on the db lane and drops every delivery of an older query, so a slow early
    search can never overwrite a later one. ``results_shown(total)`` is emitted once the new rows
    are in the table; ``submitted(count)`` once "Upload…" has put initiatives in an upload batch.
    """

    results_shown = Signal(int)
    submitted = Signal(int)

    def __init__(self, initiatives: InitiativeService, runner: Runner, parent: QWidget | None = None, *,
                 sort: RegistrySort = NEWEST_FIRST, first_page: Page[InitiativeView] | None = None) -> None:
        """``sort`` is the order to start in; ``first_page``, when given, is its first block already
        read (at start-up, before the services exist)."""
        super().__init__(parent)
        self.ui = Ui_InitiativesPage()
        self.ui.setupUi(self)
        self._initiatives = initiatives
        self._narrowed = False
        self._running = False  # a query of ours is on the db lane
        self._changed_meanwhile = False
        self._sort = sort
        self.showing_first_page = False  # the rows shown are the block read at start-up
        self.model = InitiativeTableModel(runner, self)
        self.model.total_known.connect(self._show)
        self.model.failed.connect(self._failed)
        self.model.query_done.connect(self._query_done)
        self.ui.tableView.setModel(self.model)
        self._wire_selection()
        self._size_columns()
        self._enable_sorting()
        self.ui.programmeCombo.addItem(all_text(), None)
        runner.run(initiatives.programmes, lane="db", on_success=self._fill_programmes,
                   on_failure=self._query_failed)
        fill_enum_combo(self.ui.statusCombo, InitiativeStatus, all_text())
        fill_enum_combo(self.ui.kindCombo, SolutionKind, all_text())
        fill_enum_combo(self.ui.fieldCombo, FieldCode, all_text())
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self._connect_inputs()
        self._run_query(first_page)

    def _connect_inputs(self) -> None:
        ui = self.ui
        ui.searchEdit.textChanged.connect(self._changed)
        ui.searchEdit.returnPressed.connect(self.refresh)
        ui.departmentEdit.textChanged.connect(self._changed)
        ui.departmentEdit.returnPressed.connect(self.refresh)
        for combo in (ui.statusCombo, ui.kindCombo, ui.fieldCombo, ui.quarterCombo, ui.programmeCombo):
            combo.currentIndexChanged.connect(self._changed)
        ui.yearSpin.valueChanged.connect(self._year_changed)

    def _wire_selection(self) -> None:
        """Several rows may be selected (for "Upload…"); double-click and Enter still open one."""
        self._wired: tuple[Services, Runner] | None = None  # by wire_editor: what row actions need
        self.submit_action: SubmitAction | None = None  # made on first use
        self.ui.tableView.selectionModel().selectionChanged.connect(self._update_submit_button)
        # A reset (every new query) drops the selection without selectionChanged.
        self.model.modelReset.connect(self._update_submit_button)
        self.ui.submitButton.clicked.connect(self.submit_selected)

    def _size_columns(self) -> None:
        size_columns(self.ui.tableView, Column.TITLE, _COLUMN_SAMPLES)

    def _enable_sorting(self) -> None:
        header = self.ui.tableView.horizontalHeader()
        header.setSortIndicator(*self._indicator(self._sort))  # -1: natural order, newest first
        self.ui.tableView.setSortingEnabled(True)  # Qt calls model.sort() now: before we listen
        header.setSortIndicatorClearable(True)  # a third click goes back to newest first
        self.model.sort_requested.connect(self._sort_requested)

    @staticmethod
    def _indicator(sort: RegistrySort) -> tuple[int, Qt.SortOrder]:
        section = next((c for c in Column if c.sort_column == sort.column), -1) if sort.column else -1
        return section, Qt.SortOrder.DescendingOrder if sort.descending else Qt.SortOrder.AscendingOrder

    def _sort_requested(self, sort: RegistrySort | None) -> None:
        if sort is None:  # a column without an order (the upload badge): keep the current one
            header = self.ui.tableView.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(*self._indicator(self._sort))
            header.blockSignals(False)
            return
        if sort == self._sort:
            return  # a restored layout with the order already shown
        self._sort = sort
        self.refresh()

    @property
    def sort(self) -> RegistrySort:
        return self._sort

    def saved_columns(self) -> QByteArray:
        """The columns as the officer left them (widths, order, sort), for the next start."""
        return self.ui.tableView.horizontalHeader().saveState()

    def restore_columns(self, state: QByteArray) -> None:
        """Back to a saved layout; a saved sort re-runs the query in that order."""
        self.ui.tableView.horizontalHeader().restoreState(state)

    def _fill_programmes(self, programmes: tuple[ProgrammeChoice, ...]) -> None:
        for programme in programmes:
            self.ui.programmeCombo.addItem(programme.name, programme.id)
            self.ui.programmeCombo.setItemData(self.ui.programmeCombo.count() - 1, programme.code,
                                               Qt.ItemDataRole.ToolTipRole)

    def _changed(self, *_args: object) -> None:
        if self._running:
            self._changed_meanwhile = True  # run once the current query is done
        else:
            self._debounce.start()

    def _query_done(self) -> None:
        self._running = False
        if self._changed_meanwhile:
            self._changed_meanwhile = False
            self.refresh()

    def _year_changed(self, year: int) -> None:
        if 0 < year < RegistryFilter.MIN_YEAR:
            # Arrow up from "Tất cả" jumps to this year; anything else that low means "all" again.
            self.ui.yearSpin.setValue(date.today().year if year == 1 else 0)
            return
        self.ui.quarterCombo.setEnabled(year != 0)
        self._changed()

    def current_filter(self) -> RegistryFilter:
        ui = self.ui
        year = ui.yearSpin.value() or None
        quarter = ui.quarterCombo.currentIndex() if year is not None else 0
        return RegistryFilter(
            status=ui.statusCombo.currentData(),
            kind=ui.kindCombo.currentData(),
            field_code=ui.fieldCombo.currentData(),
            department=clean(ui.departmentEdit.text()),
            year=year,
            quarter=quarter or None,
            programme_id=ui.programmeCombo.currentData(),
        )

    def refresh(self) -> None:
        """Run the query for the current text and filters now (also used after edits elsewhere)."""
        self._run_query()

    def reread(self) -> None:
        """The same query again, rows changed in place (after a sync moved statuses and badges): the
        officer's selection and scroll position stay. A query already running wins: a full one follows."""
        if self._running:
            self._changed_meanwhile = True
            return
        self._running = True
        self.model.reread()

    def _run_query(self, first_page: Page[InitiativeView] | None = None) -> None:
        """``first_page``: the query's first block when already read (the registry at start-up)."""
        self._debounce.stop()
        self._running = True
        text = self.ui.searchEdit.text()
        registry_filter = self.current_filter()
        self._narrowed = bool(text.strip()) or registry_filter != RegistryFilter()
        fetch = partial(query, self._initiatives, text, registry_filter, self._sort)
        self.showing_first_page = first_page is not None and not self._narrowed
        self.model.set_query(fetch, first_page if self.showing_first_page else None)

    def _show(self, total: int) -> None:
        self.ui.countLabel.setText(count_text(total, self._narrowed))
        self.results_shown.emit(total)

    def _query_failed(self, exc: Exception) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        self._failed(exc)

    def _failed(self, exc: KnownError) -> None:
        self.ui.countLabel.setText(exc.message)

    # -- the initiative editor (issue 3, editor slice): opening it and reloading after saves ----------

    def wire_editor(self, services: Services, runner: Runner, prompts: Prompts | None = None) -> None:
        """Double-click or Enter on a row opens its editor; Ctrl+N or "New initiative" opens a new
        one; Ctrl+F goes to the search box. After a save the registry reloads, keeping its place."""
        self.editors = EditorLauncher(services, runner, self.window, prompts, parent=self)
        # The same query again: the rows in view stay where they are (a reset keeps the scroll position).
        self.editors.saved.connect(self.refresh)
        view = self.ui.tableView
        view.doubleClicked.connect(self._open_row)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._add_shortcut(QKeySequence(key), view, self._open_current_row,
                               Qt.ShortcutContext.WidgetShortcut)
        self._add_shortcut(QKeySequence(QKeySequence.StandardKey.New), self, self.editors.open_new)
        self._add_shortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.focus_search)
        self.ui.newButton.clicked.connect(self.editors.open_new)
        self.ui.newButton.setEnabled(True)
        self.ui.importButton.clicked.connect(partial(self.open_import, services, runner))
        self.ui.importButton.setEnabled(True)
        self._wired = (services, runner)
        self._update_submit_button()

    def open_import(self, services: Services, runner: Runner) -> ImportWizard:
        """The Excel import wizard (loaded on first use: start-up never pays for it)."""
        from sangkien_desktop.ui.dialogs.import_wizard import open_import_wizard

        wizard = open_import_wizard(self.window(), services, runner)
        wizard.imported.connect(self.refresh)
        return wizard

    # -- "Upload…": the selected initiatives to the upper union (issue 6) ---------------------------

    def selected_ids(self) -> list[str]:
        """The selected rows' initiative ids, top to bottom; rows still loading are left out."""
        rows = sorted(index.row() for index in self.ui.tableView.selectionModel().selectedRows())
        return [view.id for view in map(self.model.item, rows) if view is not None]

    def _update_submit_button(self) -> None:
        selected = self.ui.tableView.selectionModel().hasSelection()
        self.ui.submitButton.setEnabled(self._wired is not None and selected)

    def submit_selected(self) -> None:
        """Ask, then submit the selected initiatives; the rows are read again after a batch is written."""
        ids = self.selected_ids()
        if self._wired is None or not ids:
            return
        if self.submit_action is None:
            from sangkien_desktop.ui.pages.submit_action import SubmitAction

            services, runner = self._wired
            self.submit_action = SubmitAction(services.submissions, runner, self)
            self.submit_action.submitted.connect(self._submitted)
        self.submit_action.ask(ids)

    def _submitted(self, count: int) -> None:
        self.reread()  # in place: the officer's selection stays
        self.submitted.emit(count)

    @staticmethod
    def _add_shortcut(keys: QKeySequence, owner: QWidget, action: Callable[[], object],
                      context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut) -> None:
        shortcut = QShortcut(keys, owner)
        shortcut.setContext(context)  # window-wide ones work only while this page is shown
        shortcut.activated.connect(action)

    def _open_row(self, index: QModelIndex) -> None:
        view = self.model.item(index.row()) if index.isValid() else None
        if view is not None:  # None while the row's block is still loading
            self.editors.open(view.id)

    def _open_current_row(self) -> None:
        self._open_row(self.ui.tableView.currentIndex())

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()
