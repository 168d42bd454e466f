"""The rewards page (Khen thưởng): the union's reward decisions with their totals, per fund and year.

New, Edit and Sign off act on the selected decision; the decision dialog does the editing. Sign-off
asks for confirmation, then issues the draft through the service, which refuses officers without
the sign-off permission (the reason is shown on the page, never as a crash).
"""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from sangkien_desktop.domain.enums import DecisionState, FundSource
from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.reward_views import DecisionSummary, RewardDecisionView, RewardTotals, TotalLine
from sangkien_desktop.domain.text import format_date, format_money, format_number
from sangkien_desktop.ui.dialogs.editor_fields import Tone
from sangkien_desktop.ui.dialogs.reward_decision_dialog import RewardDecisionDialog
from sangkien_desktop.ui.forms.ui_rewards_page import Ui_RewardsPage
from sangkien_desktop.ui.i18n import arg
from sangkien_desktop.ui.labels import enum_label
from sangkien_desktop.ui.models.alignment import LEFT, RIGHT
from sangkien_desktop.ui.models.item_list import ITEM_ROLE, ItemListModel
from sangkien_desktop.ui.tasks import Runner
from sangkien_desktop.ui.widgets.table_columns import size_columns

if TYPE_CHECKING:
    from sangkien_desktop.services.initiatives import InitiativeService
    from sangkien_desktop.services.people import PeopleService
    from sangkien_desktop.services.rewards import RewardService

__all__ = ["ITEM_ROLE", "DecisionColumn", "DecisionsModel", "RewardsPage"]

AnyIndex = QModelIndex | QPersistentModelIndex
Listing = tuple[tuple[DecisionSummary, ...], RewardTotals, tuple[int, ...]]


class DecisionColumn(IntEnum):
    NUMBER = 0
    DATE = 1
    AUTHORITY = 2
    FUND = 3
    STATE = 4
    RECIPIENTS = 5
    TOTAL = 6


# Sample cell texts that size the columns.
_COLUMN_SAMPLES = {
    DecisionColumn.NUMBER: "01/QĐ-CĐCS__",
    DecisionColumn.DATE: "00/00/0000",
    DecisionColumn.FUND: "Người sử dụng lao động",
    DecisionColumn.STATE: "Đã ban hành",
    DecisionColumn.RECIPIENTS: "Người nhận",
    DecisionColumn.TOTAL: "100.000.000.000 đ",
}


def cell_text(item: DecisionSummary, column: DecisionColumn) -> str:
    match column:
        case DecisionColumn.NUMBER:
            return item.number or ""
        case DecisionColumn.DATE:
            return format_date(item.decided_on) if item.decided_on else ""
        case DecisionColumn.AUTHORITY:
            return enum_label(item.authority) if item.authority else ""
        case DecisionColumn.FUND:
            return enum_label(item.fund_source) if item.fund_source else ""
        case DecisionColumn.STATE:
            return enum_label(item.state)
        case DecisionColumn.RECIPIENTS:
            return format_number(item.recipient_count)
        case DecisionColumn.TOTAL:
            return format_money(item.total_vnd)


class DecisionsModel(ItemListModel[DecisionSummary]):
    """Read-only rows of ``DecisionSummary``; ``ITEM_ROLE`` gives the summary itself."""

    COLUMN_COUNT = len(DecisionColumn)

    def cell(self, item: DecisionSummary, column: int) -> str:
        return cell_text(item, DecisionColumn(column))

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return _alignment(DecisionColumn(column))

    def header_text(self, section: int) -> str:
        match DecisionColumn(section):
            case DecisionColumn.NUMBER:
                return self.tr("Number")
            case DecisionColumn.DATE:
                return self.tr("Date")
            case DecisionColumn.AUTHORITY:
                return self.tr("Signing authority")
            case DecisionColumn.FUND:
                return self.tr("Fund source")
            case DecisionColumn.STATE:
                return self.tr("State")
            case DecisionColumn.RECIPIENTS:
                return self.tr("Recipients")
            case DecisionColumn.TOTAL:
                return self.tr("Total")


def _alignment(column: DecisionColumn) -> Qt.AlignmentFlag:
    return RIGHT if column in (DecisionColumn.RECIPIENTS, DecisionColumn.TOTAL) else LEFT


def _listing(rewards: RewardService, year: int | None) -> Listing:
    """Runs on the db lane: the decisions of ``year``, their totals, and every year that has one."""
    years = tuple(t.key for t in rewards.totals().by_year if isinstance(t.key, int))
    return rewards.list(year), rewards.totals(year), years


class RewardsPage(QWidget):
    """Decisions list with totals and the New / Edit / Sign off buttons.

    ``decisions_changed()`` is emitted after a decision was saved or signed off here.
    """

    decisions_changed = Signal()
    listed = Signal()

    def __init__(self, rewards: RewardService, people: PeopleService, initiatives: InitiativeService,
                 runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RewardsPage()
        self.ui.setupUi(self)
        self._rewards, self._people, self._initiatives, self._runner = rewards, people, initiatives, runner
        self.model = DecisionsModel(self)
        self.ui.tableView.setModel(self.model)
        self._size_columns()
        self.ui.yearCombo.addItem(self.tr("All years"), None)
        self._loaded = False
        self.dialog: RewardDecisionDialog | None = None  # the last one opened
        ui = self.ui
        ui.yearCombo.activated.connect(self.refresh)
        ui.tableView.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        ui.tableView.activated.connect(self.edit_selected)
        ui.newButton.clicked.connect(self.new_decision)
        ui.editButton.clicked.connect(self.edit_selected)
        ui.signOffButton.clicked.connect(self.sign_off_selected)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:
            self.refresh()  # the first query waits until the page is shown: not at start-up
        super().showEvent(event)

    def _size_columns(self) -> None:
        size_columns(self.ui.tableView, DecisionColumn.AUTHORITY, _COLUMN_SAMPLES)

    # -- listing ----------------------------------------------------------------------------------

    def selected_year(self) -> int | None:
        year = self.ui.yearCombo.currentData()
        return year if isinstance(year, int) else None

    def refresh(self, *_args: object) -> None:
        self._loaded = True
        rewards, year = self._rewards, self.selected_year()
        self._runner.run(lambda: _listing(rewards, year), lane="db", on_success=self._show,
                         on_failure=self._failed)

    def _show(self, listing: Listing) -> None:
        decisions, totals, years = listing
        self._set_years(years)
        self.model.set_items(decisions)
        self.ui.countLabel.setText(arg(self.tr("%1 decisions, total %2"), format_number(len(decisions)),
                                       format_money(totals.total_vnd)))
        self.ui.fundTotalsLabel.setText(self._totals_text(totals.by_fund))
        self.ui.yearTotalsLabel.setText(self._totals_text(totals.by_year))
        self.listed.emit()

    def _set_years(self, years: tuple[int, ...]) -> None:
        combo, chosen = self.ui.yearCombo, self.selected_year()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for year in sorted({*years, *([chosen] if chosen else [])}, reverse=True):
            combo.addItem(str(year), year)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)

    def _totals_text(self, lines: tuple[TotalLine, ...]) -> str:
        if not lines:
            return self.tr("No decisions yet.")
        template = self.tr("%1: %2 (issued: %3)")
        return "\n".join(arg(template, self._key_text(line), format_money(line.total_vnd),
                             format_money(line.issued_vnd)) for line in lines)

    def _key_text(self, line: TotalLine) -> str:
        if isinstance(line.key, FundSource):
            return enum_label(line.key)
        if isinstance(line.key, int):
            return str(line.key)
        return self.tr("Not given")

    def _failed(self, exc: Exception) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        self.show_message(exc.message, Tone.ERROR)

    def show_message(self, text: str, tone: Tone = Tone.INFO) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet(tone.value)

    # -- selection and actions --------------------------------------------------------------------

    def selected(self) -> DecisionSummary | None:
        rows = self.ui.tableView.selectionModel().selectedRows()
        item = self.model.data(rows[0], ITEM_ROLE) if rows else None
        return item if isinstance(item, DecisionSummary) else None

    def _update_buttons(self, *_args: object) -> None:
        item = self.selected()
        self.ui.editButton.setEnabled(item is not None)
        self.ui.signOffButton.setEnabled(item is not None and item.state is DecisionState.DU_THAO)

    def new_decision(self) -> RewardDecisionDialog:
        return self._open(None)

    def edit_selected(self, *_args: object) -> None:
        """Loads the selected decision in full on the db lane, then opens it in the dialog."""
        item, rewards = self.selected(), self._rewards
        if item is not None:
            self._runner.run(lambda: rewards.get(item.id), lane="db", on_success=self._open_loaded,
                             on_failure=self._failed)

    def _open_loaded(self, decision: RewardDecisionView) -> None:
        self._open(decision)

    def _open(self, decision: RewardDecisionView | None) -> RewardDecisionDialog:
        dialog = RewardDecisionDialog(self._rewards, self._people, self._initiatives, self._runner, decision,
                                      self)
        dialog.accepted.connect(self._changed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.dialog = dialog
        return dialog

    def sign_off_selected(self) -> QMessageBox | None:
        """Asks for confirmation (a non-blocking box); Yes issues the decision through the service."""
        item = self.selected()
        if item is None or item.state is not DecisionState.DU_THAO:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Sign off"),
                          arg(self.tr("Issue decision %1? An issued decision can no longer be changed."),
                              item.number or self.tr("(no number)")),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.accepted.connect(lambda: self._sign_off(item))
        box.finished.connect(box.deleteLater)
        box.open()
        return box

    def _sign_off(self, item: DecisionSummary) -> None:
        rewards = self._rewards
        self._runner.run(lambda: rewards.sign_off(item.id, item.version), lane="db",
                         on_success=self._signed, on_failure=self._failed)

    def _signed(self, decision: RewardDecisionView) -> None:
        self.show_message(arg(self.tr("Decision %1 has been issued."), decision.number or ""))
        self._changed()

    def _changed(self) -> None:
        self.refresh()
        self.decisions_changed.emit()
