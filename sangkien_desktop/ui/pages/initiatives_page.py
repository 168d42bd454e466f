"""The initiative register: search as you type and filters over the embedded store, rows fetched lazily."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QWidget

from sangkien_desktop.domain.enums import FieldCode, InitiativeStatus, LabelledEnum, SolutionKind
from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.model import InitiativeView, Page, RegistryFilter
from sangkien_desktop.domain.text import clean, format_number
from sangkien_desktop.services.initiatives import InitiativeService
from sangkien_desktop.ui.forms.ui_initiatives_page import Ui_InitiativesPage
from sangkien_desktop.ui.models.initiative_table import Column, InitiativeTableModel
from sangkien_desktop.ui.tasks import Runner

__all__ = ["ALL_TEXT", "DEBOUNCE_MS", "InitiativesPage", "count_text", "query"]

DEBOUNCE_MS = 250
ALL_TEXT = "Tất cả"

# Sample cell texts that size the columns (the title column takes the remaining width).
# Longer cells are cut off with "…" and shown whole in their tooltip.
_COLUMN_SAMPLES = {
    Column.CODE: "2025-CDCS01-000",
    Column.LEAD_AUTHOR: "Nguyễn Thị Hương",
    Column.DEPARTMENT: "Phân xưởng Dệt",
    Column.KIND: "Giải pháp kỹ t",  # kind and field: long labels, tooltips carry them whole
    Column.FIELD: "Sản xuất, kinh",
    Column.STATUS: "Đã công nhận",
    Column.FIRST_APPLIED: "Ngày áp dụn",
    Column.BENEFIT: "Không tính được",  # wider than "1.234.567.890 đ" and the header
    Column.UPLOAD: "Chưa gửi",
}
_CELL_PADDING = 16


def query(initiatives: InitiativeService, text: str, registry_filter: RegistryFilter,
          limit: int, offset: int) -> Page[InitiativeView]:
    """Runs on the db lane: the filtered registry when the box is empty, else the full-text search."""
    if not text.strip():
        return initiatives.list(limit=limit, offset=offset, filter=registry_filter)
    return initiatives.search(text, limit=limit, offset=offset, filter=registry_filter)


def count_text(total: int, narrowed: bool) -> str:
    """"Tìm thấy 1.234 sáng kiến" for a search or filter, "Tổng cộng 1.234 sáng kiến" otherwise."""
    return f"{'Tìm thấy' if narrowed else 'Tổng cộng'} {format_number(total)} sáng kiến"


def _fill(combo: QComboBox, members: type[LabelledEnum]) -> None:
    combo.addItem(ALL_TEXT, None)
    for member in members:
        combo.addItem(member.label, member)
        combo.setItemData(combo.count() - 1, member.label, Qt.ItemDataRole.ToolTipRole)  # long labels


class InitiativesPage(QWidget):
    """Search box, filter bar, result count and the lazily fetched table.

    Typing or changing a filter restarts a ``DEBOUNCE_MS`` timer; when it fires the model starts
    the new query on the db lane. The model drops every delivery of an older query, so a slow early
    search can never overwrite a later one. ``results_shown(total)`` is emitted once the new rows
    are in the table.
    """

    results_shown = Signal(int)

    def __init__(self, initiatives: InitiativeService, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_InitiativesPage()
        self.ui.setupUi(self)
        self._initiatives = initiatives
        self._narrowed = False
        self.model = InitiativeTableModel(runner, self)
        self.model.total_known.connect(self._show)
        self.model.failed.connect(self._failed)
        self.ui.tableView.setModel(self.model)
        self._size_columns()
        _fill(self.ui.statusCombo, InitiativeStatus)
        _fill(self.ui.kindCombo, SolutionKind)
        _fill(self.ui.fieldCombo, FieldCode)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self._connect_inputs()
        self.refresh()

    def _connect_inputs(self) -> None:
        ui = self.ui
        ui.searchEdit.textChanged.connect(self._changed)
        ui.searchEdit.returnPressed.connect(self.refresh)
        ui.departmentEdit.textChanged.connect(self._changed)
        ui.departmentEdit.returnPressed.connect(self.refresh)
        for combo in (ui.statusCombo, ui.kindCombo, ui.fieldCombo, ui.quarterCombo):
            combo.currentIndexChanged.connect(self._changed)
        ui.yearSpin.valueChanged.connect(self._year_changed)

    def _size_columns(self) -> None:
        header = self.ui.tableView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        metrics = self.ui.tableView.fontMetrics()
        for column, sample in _COLUMN_SAMPLES.items():
            header.resizeSection(column, metrics.horizontalAdvance(sample) + _CELL_PADDING)
        rows = self.ui.tableView.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform rows: cheap with a million
        rows.setDefaultSectionSize(metrics.height() + 10)

    def _changed(self, *_args: object) -> None:
        self._debounce.start()  # (re)start: query only once typing or clicking pauses

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
        )

    def refresh(self) -> None:
        """Run the query for the current text and filters now (also used after edits elsewhere)."""
        self._debounce.stop()
        text = self.ui.searchEdit.text()
        registry_filter = self.current_filter()
        self._narrowed = bool(text.strip()) or registry_filter != RegistryFilter()
        self.model.set_query(partial(query, self._initiatives, text, registry_filter))

    def _show(self, total: int) -> None:
        self.ui.countLabel.setText(count_text(total, self._narrowed))
        self.results_shown.emit(total)

    def _failed(self, exc: KnownError) -> None:
        self.ui.countLabel.setText(exc.message)
