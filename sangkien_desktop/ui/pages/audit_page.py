"""The audit page (Nhật ký thay đổi): every change to every record, filtered, read-only."""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from sangkien_desktop.domain.audit import AUDIT_ACTIONS, ENTITY_LABELS, AuditFilter, AuditRow, OfficerChoice
from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.model import Page
from sangkien_desktop.domain.text import format_number
from sangkien_desktop.ui.dialogs.editor_history import action_text
from sangkien_desktop.ui.forms.ui_audit_page import Ui_AuditPage
from sangkien_desktop.ui.i18n import arg
from sangkien_desktop.ui.models.audit_table import AuditColumn, AuditTableModel
from sangkien_desktop.ui.tasks import Runner
from sangkien_desktop.ui.widgets.table_columns import size_columns

if TYPE_CHECKING:
    from sangkien_desktop.services.audit import AuditService

__all__ = ["DEBOUNCE_MS", "PERIODS", "AuditPage", "period_range", "query"]

DEBOUNCE_MS = 250
# Entity types offered in the filter, most asked-about first (any other type still shows in "All").
_ENTITIES = ("initiative", "authorship", "person", "recognition_request", "recognition_decision",
             "reward_decision", "reward", "remuneration", "attachment", "officer", "union_unit", "employer")
PERIODS = ("any", "today", "week", "month", "year", "custom")
_COLUMN_WIDTHS = {
    AuditColumn.TIME: "00/00/0000 00:00 ", AuditColumn.OFFICER: "Nguyễn Thị Phương",
    AuditColumn.ACTION: "Đổi trạng thái ", AuditColumn.ENTITY: "Quyết định khen thưởng",
    AuditColumn.RECORD: "2024-ABC-0001 – Cải tiến băng tải phân", AuditColumn.FIELD: "Giá trị làm lợi",
    AuditColumn.OLD: "12.500.000.000 đ",
}


def query(audit: AuditService, where: AuditFilter, limit: int, offset: int) -> Page[AuditRow]:
    """Runs on the db lane."""
    return audit.query(where, limit=limit, offset=offset)


def period_range(period: str, today: date) -> tuple[date | None, date | None]:
    """The days a period of the filter covers (both included); None for an open end."""
    match period:
        case "today":
            return today, today
        case "week":
            return today - timedelta(days=6), today
        case "month":
            return today - timedelta(days=29), today
        case "year":
            return date(today.year, 1, 1), today
    return None, None


class AuditPage(QWidget):
    """Filters (record type, officer, change, period, record, text), the count and the lazy table.

    Any filter change restarts a ``DEBOUNCE_MS`` timer; when it fires the model starts the new query
    on the db lane. ``results_shown(total)`` is emitted once the new rows are in the table.
    """

    results_shown = Signal(int)

    def __init__(self, audit: AuditService, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AuditPage()
        self.ui.setupUi(self)
        self._audit = audit
        self._runner = runner
        self.model = AuditTableModel(runner, self)
        self.model.total_known.connect(self._show)
        self.model.failed.connect(self._failed)
        self.ui.tableView.setModel(self.model)
        self._size_columns()
        self._fill_choices()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self._connect_inputs()
        self._listed = False  # the first query waits until the page is shown

    def showEvent(self, event: QShowEvent) -> None:
        if not self._listed:
            self.refresh()
            self._load_officers()
        super().showEvent(event)

    def _fill_choices(self) -> None:
        ui = self.ui
        ui.entityCombo.addItem(self.tr("All"), None)
        for entity in _ENTITIES:
            ui.entityCombo.addItem(ENTITY_LABELS[entity], entity)
        ui.officerCombo.addItem(self.tr("All"), None)
        ui.actionCombo.addItem(self.tr("All"), None)
        for action in AUDIT_ACTIONS:
            ui.actionCombo.addItem(action_text(action), action)
        names = {"any": self.tr("Any time"), "today": self.tr("Today"), "week": self.tr("Last 7 days"),
                 "month": self.tr("Last 30 days"), "year": self.tr("This year"),
                 "custom": self.tr("From – to")}
        for period in PERIODS:
            ui.periodCombo.addItem(names[period], period)
        today = QDate.currentDate()
        ui.sinceEdit.setDate(today.addDays(-30))
        ui.untilEdit.setDate(today)
        self._period_changed()

    def _connect_inputs(self) -> None:
        ui = self.ui
        for combo in (ui.entityCombo, ui.officerCombo, ui.actionCombo):
            combo.currentIndexChanged.connect(self._debounce.start)
        ui.periodCombo.currentIndexChanged.connect(self._period_changed)
        ui.periodCombo.currentIndexChanged.connect(self._debounce.start)
        for edit in (ui.sinceEdit, ui.untilEdit):
            edit.dateChanged.connect(self._debounce.start)
        for line in (ui.recordEdit, ui.textEdit):
            line.textChanged.connect(self._debounce.start)
            line.returnPressed.connect(self.refresh)

    def _size_columns(self) -> None:
        size_columns(self.ui.tableView, AuditColumn.NEW, _COLUMN_WIDTHS)

    def _period_changed(self) -> None:
        custom = self.ui.periodCombo.currentData() == "custom"
        self.ui.sinceEdit.setVisible(custom)
        self.ui.untilEdit.setVisible(custom)

    # -- officers ---------------------------------------------------------------------------------

    def _load_officers(self) -> None:
        self._runner.run(self._audit.officer_choices, lane="db", on_success=self._officers_loaded,
                         on_failure=self._failed)

    def _officers_loaded(self, choices: tuple[OfficerChoice, ...]) -> None:
        combo = self.ui.officerCombo
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for choice in choices:
            combo.addItem(choice.full_name, choice.id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    # -- querying ---------------------------------------------------------------------------------

    def current_filter(self) -> AuditFilter:
        ui = self.ui
        if ui.periodCombo.currentData() == "custom":
            since, until = ui.sinceEdit.date().toPython(), ui.untilEdit.date().toPython()
        else:
            since, until = period_range(str(ui.periodCombo.currentData()), date.today())
        return AuditFilter(
            entity=ui.entityCombo.currentData(), record=ui.recordEdit.text() or None,
            officer_id=ui.officerCombo.currentData(), since=since, until=until,  # type: ignore[arg-type]
            action=ui.actionCombo.currentData(), text=ui.textEdit.text() or None,
        )

    def show_record(self, key: str) -> None:
        """Narrow the log to one record (an initiative's code shows its authors and decisions too)."""
        self.ui.recordEdit.setText(key)
        self.refresh()

    def refresh(self) -> None:
        """Run the query for the current filters now (also after changes made elsewhere)."""
        self._listed = True
        self._debounce.stop()
        self.model.set_query(partial(query, self._audit, self.current_filter()))

    def _show(self, total: int) -> None:
        self.ui.countLabel.setText(arg(self.tr("Changes: %1"), format_number(total)))
        self.results_shown.emit(total)

    def _failed(self, exc: Exception) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        self.ui.countLabel.setText(exc.message)
