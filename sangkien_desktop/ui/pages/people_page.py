"""The people page (Người lao động): search, add, edit and merge the persons who author initiatives."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.model import Page
from sangkien_desktop.domain.people import PersonView
from sangkien_desktop.domain.text import format_number
from sangkien_desktop.ui.dialogs.merge_people_dialog import MergePeopleDialog
from sangkien_desktop.ui.dialogs.person_dialog import PersonDialog
from sangkien_desktop.ui.forms.ui_people_page import Ui_PeoplePage
from sangkien_desktop.ui.i18n import arg
from sangkien_desktop.ui.models.people_table import ITEM_ROLE, PeopleColumn, PeopleTableModel
from sangkien_desktop.ui.tasks import Runner
from sangkien_desktop.ui.widgets.table_columns import size_columns

if TYPE_CHECKING:
    from sangkien_desktop.services.people import PeopleService

__all__ = ["DEBOUNCE_MS", "PeoplePage", "query"]

DEBOUNCE_MS = 250
# Sample cell texts that size the columns (the name column takes the remaining width).
_COLUMN_SAMPLES = {
    PeopleColumn.BIRTH_DATE: "00/00/00000",
    PeopleColumn.SEX: "Không rõ  ",
    PeopleColumn.DEPARTMENT: "Phân xưởng Hoàn thiện",
    PeopleColumn.JOB_TITLE: "Công nhân kỹ thuật",
    PeopleColumn.MEMBER: "Đoàn viên",
    PeopleColumn.INITIATIVES: "Số sáng kiến",
}


def query(people: PeopleService, text: str, limit: int, offset: int) -> Page[PersonView]:
    """Runs on the db lane."""
    return people.search(text, limit=limit, offset=offset)


class PeoplePage(QWidget):
    """Search box, result count, the lazily fetched table and the add / edit / merge buttons.

    Typing restarts a ``DEBOUNCE_MS`` timer; when it fires the model starts the new query on the db
    lane and drops every delivery of an older one. ``results_shown(total)`` is emitted once the new
    rows are in the table; ``people_changed()`` after a person was added, edited or merged (names
    shown elsewhere, such as the registry's authors, may need a reload).
    """

    results_shown = Signal(int)
    people_changed = Signal()

    def __init__(self, people: PeopleService, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PeoplePage()
        self.ui.setupUi(self)
        self._people = people
        self._runner = runner
        self._narrowed = False
        self.model = PeopleTableModel(runner, self)
        self.model.total_known.connect(self._show)
        self.model.failed.connect(self._failed)
        self.ui.tableView.setModel(self.model)
        self._size_columns()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self._connect_inputs()
        self._selection_changed()
        self._listed = False  # the first query waits until the page is shown: not at start-up

    def showEvent(self, event: QShowEvent) -> None:
        if not self._listed:
            self.refresh()
        super().showEvent(event)

    def _connect_inputs(self) -> None:
        ui = self.ui
        ui.searchEdit.textChanged.connect(self._debounce.start)
        ui.searchEdit.returnPressed.connect(self.refresh)
        ui.tableView.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        ui.tableView.activated.connect(self._activated)
        ui.addButton.clicked.connect(self.add_person)
        ui.editButton.clicked.connect(self.edit_selected)
        ui.mergeButton.clicked.connect(self.merge_selected)

    def _size_columns(self) -> None:
        size_columns(self.ui.tableView, PeopleColumn.NAME, _COLUMN_SAMPLES)

    # -- searching --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Run the query for the current text now (also after changes made here or elsewhere)."""
        self._listed = True
        self._debounce.stop()
        text = self.ui.searchEdit.text()
        self._narrowed = bool(text.strip())
        self.model.set_query(partial(query, self._people, text))

    def count_text(self, total: int) -> str:
        # No plural forms needed: Vietnamese has one, and the English wording avoids them.
        template = self.tr("People found: %1") if self._narrowed else self.tr("People in total: %1")
        return arg(template, format_number(total))

    def _show(self, total: int) -> None:
        self.ui.countLabel.setText(self.count_text(total))
        self.results_shown.emit(total)

    def _failed(self, exc: KnownError) -> None:
        self.ui.countLabel.setText(exc.message)

    # -- selection and actions ------------------------------------------------------------------------

    def selected_people(self) -> list[PersonView]:
        """The selected rows' persons, in row order (rows still loading are left out)."""
        rows = sorted(self.ui.tableView.selectionModel().selectedRows(), key=lambda i: i.row())
        found = (self.model.data(index, ITEM_ROLE) for index in rows)
        return [person for person in found if isinstance(person, PersonView)]

    def _selection_changed(self, *_args: object) -> None:
        count = len(self.ui.tableView.selectionModel().selectedRows())
        self.ui.editButton.setEnabled(count == 1)
        self.ui.mergeButton.setEnabled(count == 2)

    def _activated(self, index: QModelIndex) -> None:
        person = self.model.data(index, ITEM_ROLE)
        if isinstance(person, PersonView):
            self._open_editor(person)

    def add_person(self) -> PersonDialog:
        return self._open_editor(None)

    def edit_selected(self) -> PersonDialog | None:
        selected = self.selected_people()
        return self._open_editor(selected[0]) if len(selected) == 1 else None

    def _open_editor(self, person: PersonView | None) -> PersonDialog:
        dialog = PersonDialog(self._people, self._runner, person, self)
        dialog.accepted.connect(self._changed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def merge_selected(self) -> MergePeopleDialog | None:
        """Opens the merge dialog for the two selected rows (None unless exactly two are selected)."""
        selected = self.selected_people()
        if len(selected) != 2:
            return None
        dialog = MergePeopleDialog(self._people, self._runner, selected[0], selected[1], self)
        dialog.accepted.connect(self._changed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _changed(self) -> None:
        self.refresh()
        self.people_changed.emit()
