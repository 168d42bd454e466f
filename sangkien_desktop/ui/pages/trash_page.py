"""The trash page (Thùng rác): deleted records, restored or purged for good after a confirmation."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from sangkien_desktop.domain.audit import TrashItem
from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.model import Page
from sangkien_desktop.domain.text import format_number
from sangkien_desktop.ui.forms.ui_trash_page import Ui_TrashPage
from sangkien_desktop.ui.i18n import arg
from sangkien_desktop.ui.models.audit_table import ITEM_ROLE, TrashColumn, TrashTableModel
from sangkien_desktop.ui.tasks import Runner
from sangkien_desktop.ui.widgets.table_columns import size_columns

if TYPE_CHECKING:
    from sangkien_desktop.services.trash import TrashService

__all__ = ["TrashPage", "query"]

_COLUMN_WIDTHS = {TrashColumn.DELETED_AT: "00/00/0000 00:00 ", TrashColumn.DELETED_BY: "Nguyễn Thị Phương",
                  TrashColumn.ENTITY: "Quyết định khen thưởng"}


def query(trash: TrashService, limit: int, offset: int) -> Page[TrashItem]:
    """Runs on the db lane."""
    return trash.items(limit=limit, offset=offset)


class TrashPage(QWidget):
    """The deleted records, newest first, with Restore and Purge (purge asks first, naming the record).

    ``results_shown(total)`` after the list is (re)loaded; ``records_changed()`` after a restore or a
    purge (other pages may need a reload).
    """

    results_shown = Signal(int)
    records_changed = Signal()

    def __init__(self, trash: TrashService, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TrashPage()
        self.ui.setupUi(self)
        self._trash = trash
        self._runner = runner
        self._busy = False
        self.model = TrashTableModel(runner, self)
        self.model.total_known.connect(self._show)
        self.model.failed.connect(self._failed)
        self.ui.tableView.setModel(self.model)
        self._size_columns()
        ui = self.ui
        ui.tableView.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        ui.restoreButton.clicked.connect(self.restore_selected)
        ui.purgeButton.clicked.connect(self.purge_selected)
        ui.refreshButton.clicked.connect(self.refresh)
        self._update_buttons()
        self._listed = False  # the first query waits until the page is shown

    def showEvent(self, event: QShowEvent) -> None:
        if not self._listed:
            self.refresh()
        super().showEvent(event)

    def _size_columns(self) -> None:
        size_columns(self.ui.tableView, TrashColumn.RECORD, _COLUMN_WIDTHS)

    def refresh(self) -> None:
        self._listed = True
        self.model.set_query(partial(query, self._trash))

    def _show(self, total: int) -> None:
        self.ui.countLabel.setText(arg(self.tr("In the trash: %1"), format_number(total)))
        self.results_shown.emit(total)

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self._update_buttons()
        if not isinstance(exc, KnownError):
            raise exc
        self.ui.messageLabel.setText(exc.message)

    # -- actions ----------------------------------------------------------------------------------

    def selected_item(self) -> TrashItem | None:
        rows = self.ui.tableView.selectionModel().selectedRows()
        found = self.model.data(rows[0], ITEM_ROLE) if rows else None
        return found if isinstance(found, TrashItem) else None

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected_item() is not None and not self._busy
        self.ui.restoreButton.setEnabled(chosen)
        self.ui.purgeButton.setEnabled(chosen)

    def restore_selected(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        done = arg(self.tr("Restored: %1"), item.label)
        self._start(partial(self._trash.restore, item.entity, item.id), done)

    def purge_selected(self) -> QMessageBox | None:
        """Asks for confirmation (the box names the record); purges only on Yes. Returns the box."""
        item = self.selected_item()
        if item is None:
            return None
        text = arg(self.tr("Purge %1 “%2” for good?"), item.entity_label.lower(), item.label)
        detail = self.tr("The record and what belongs to it are removed from this computer and cannot be "
                         "restored. The change log keeps the trace of it.")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Purge for good"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(detail)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Purge"))
        box.finished.connect(partial(self._purge_answered, box, item))
        box.open()
        return box

    def _purge_answered(self, box: QMessageBox, item: TrashItem, _result: int) -> None:
        confirmed = box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)
        box.deleteLater()
        if confirmed:
            done = arg(self.tr("Purged: %1"), item.label)
            self._start(partial(self._trash.purge, item.entity, item.id), done)

    def _start(self, action: Callable[[], object], done_text: str) -> None:
        self._busy = True
        self._update_buttons()
        self.ui.messageLabel.clear()
        self._runner.run(action, lane="db", on_success=partial(self._done, done_text),
                         on_failure=self._failed)

    def _done(self, text: str, _result: object) -> None:
        self._busy = False
        self.ui.messageLabel.setText(text)
        self.refresh()
        self.records_changed.emit()
