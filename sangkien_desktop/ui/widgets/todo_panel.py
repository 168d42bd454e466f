"""The "Việc cần làm" panel: what needs the officer's attention, grouped by kind with counts.

``refresh()`` asks ``TodoService.items`` on the db lane; the service bounds every kind, so the panel
stays small on any store. Double-clicking an item emits ``open_initiative(id)``; the main window
decides what opens.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem, QWidget

from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.text import format_date
from sangkien_desktop.domain.todo import PER_KIND_LIMIT, TodoItem, TodoKind
from sangkien_desktop.ui.forms.ui_todo_panel import Ui_TodoPanel
from sangkien_desktop.ui.i18n import arg
from sangkien_desktop.ui.tasks import Runner

if TYPE_CHECKING:
    from sangkien_desktop.services.todo import TodoService

__all__ = ["ITEM_ROLE", "TodoPanel"]

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the initiative id on item rows
_NAME, _DUE, _TEXT = range(3)
_OVERDUE = QBrush(QColor("#b00020"))


class TodoPanel(QWidget):
    """Signals: ``open_initiative(initiative_id)`` on double-click (or Enter) on an item."""

    open_initiative = Signal(str)

    def __init__(self, todo: TodoService, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TodoPanel()
        self.ui.setupUi(self)
        self._todo = todo
        self._runner = runner
        self.items: tuple[TodoItem, ...] = ()
        header = self.ui.itemsTree.header()
        for column in (_NAME, _DUE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.itemsTree.itemActivated.connect(self._activated)
        self.ui.itemsTree.itemDoubleClicked.connect(self._activated)

    def _titles(self) -> dict[TodoKind, str]:
        return {
            TodoKind.REMUNERATION_OVERDUE: self.tr("Remuneration overdue"),
            TodoKind.REVIEW_OVERDUE: self.tr("Recognition reviews past their due date"),
            TodoKind.REQUEST_LIMIT: self.tr("Applications near or past the one-year filing limit"),
            TodoKind.NOT_UPLOADED: self.tr("Recognised, not yet uploaded"),
            TodoKind.NOT_REWARDED: self.tr("Recognised, not yet rewarded"),
        }

    @Slot()
    def refresh(self) -> None:
        self.ui.refreshButton.setEnabled(False)
        self.ui.summaryLabel.setText(self.tr("Loading…"))
        self._runner.run(self._todo.items, lane="db", on_success=self.show_items, on_failure=self._failed)

    def show_items(self, items: tuple[TodoItem, ...]) -> None:
        self.items = items
        self.ui.refreshButton.setEnabled(True)
        tree = self.ui.itemsTree
        tree.clear()
        today = date.today()
        for kind, title in self._titles().items():
            group = [i for i in items if i.kind is kind]
            if group:
                self._group(title, group, today)
        if items:
            self.ui.summaryLabel.setText(arg(self.tr("%1 things to do"), len(items)))
        else:
            self.ui.summaryLabel.setText(self.tr("Nothing to do."))

    def _group(self, title: str, group: list[TodoItem], today: date) -> None:
        count = str(len(group)) if len(group) < PER_KIND_LIMIT else f"{PER_KIND_LIMIT}+"
        head = QTreeWidgetItem(self.ui.itemsTree, [f"{title} ({count})"])
        head.setFirstColumnSpanned(True)
        font = QFont(head.font(_NAME))
        font.setBold(True)
        head.setFont(_NAME, font)
        for item in group:
            due = format_date(item.due_on) if item.due_on is not None else ""
            row = QTreeWidgetItem(head, [f"{item.code} · {item.title}", due, item.text])
            row.setData(_NAME, ITEM_ROLE, item.initiative_id)
            row.setToolTip(_TEXT, item.text)
            if item.overdue(today):
                row.setForeground(_DUE, _OVERDUE)
        head.setExpanded(True)

    def _failed(self, exc: Exception) -> None:
        self.ui.refreshButton.setEnabled(True)
        if not isinstance(exc, KnownError):
            raise exc
        self.ui.summaryLabel.setText(exc.message)

    def _activated(self, row: QTreeWidgetItem) -> None:
        initiative_id = row.data(_NAME, ITEM_ROLE)
        if isinstance(initiative_id, str):
            self.open_initiative.emit(initiative_id)
