"""The authors tab: a type-ahead to pick people (or add new ones in place) and the authors table.

``AuthorsEditor`` drives widgets laid out in the editor's form (``AuthorsWidgets``). Typing in the
search box restarts a ``SEARCH_DEBOUNCE_MS`` timer; then the people search runs on the db lane and
its results fill a completer popup, one line per person with birth date and department, so the
officer can tell two "Nguyễn Văn Hùng" apart. Results of an older search are dropped. Picking a
line adds that person; Enter without a highlighted line adds a new person with the typed name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import partial
from typing import Protocol

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDoubleSpinBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.text import clean, format_date
from sangkien_desktop.ui.i18n import arg
from sangkien_desktop.ui.models.authors_model import (
    FULL_SHARE,
    AuthorColumn,
    AuthorRow,
    AuthorsModel,
    share_text,
)
from sangkien_desktop.ui.tasks import Runner

__all__ = ["SEARCH_DEBOUNCE_MS", "SEARCH_LIMIT", "AuthorsEditor", "AuthorsWidgets", "PersonLike",
           "suggestion_text"]

SEARCH_DEBOUNCE_MS = 150
SEARCH_LIMIT = 20
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1
_ERROR_STYLE = "color: #b00020;"


class PersonLike(Protocol):
    """What a suggestion needs of a person (``services.people.PersonView`` has it)."""

    @property
    def id(self) -> str: ...
    @property
    def full_name(self) -> str: ...
    @property
    def birth_date(self) -> date | None: ...
    @property
    def department(self) -> str | None: ...


PeopleSearch = Callable[[str], Sequence[PersonLike]]  # runs on the db lane


@dataclass(frozen=True)
class AuthorsWidgets:
    search_edit: QLineEdit
    table: QTableView
    move_up: QPushButton
    move_down: QPushButton
    remove: QPushButton
    total_label: QLabel


def suggestion_text(person: PersonLike) -> str:
    """"Nguyễn Văn Hùng · 12/05/1985 · Phân xưởng Dệt" (parts that are unknown are left out)."""
    parts = [person.full_name]
    if person.birth_date is not None:
        parts.append(format_date(person.birth_date))
    if person.department:
        parts.append(person.department)
    return " · ".join(parts)


class ShareDelegate(QStyledItemDelegate):
    """Edits a share with a spin box from 0 to 100 (two decimals; 0 shows blank and clears it)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = QDoubleSpinBox(parent)
        editor.setRange(0, float(FULL_SHARE))
        editor.setDecimals(2)
        editor.setSpecialValueText(" ")
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        return editor


class AuthorsEditor(QObject):
    """Drives the authors widgets. ``changed`` is emitted whenever the authors or shares change.

    ``search(text)`` is called on the db lane and must return at most ``SEARCH_LIMIT`` people.
    """

    changed = Signal()
    search_failed = Signal(object)  # KnownError of the people search

    def __init__(self, widgets: AuthorsWidgets, search: PeopleSearch, runner: Runner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._widgets = widgets
        self._search = search
        self._runner = runner
        self._latest = 0  # number of the newest search asked for
        self.model = AuthorsModel(self)
        self.suggestions = QStandardItemModel(self)
        self.completer = self._make_completer()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.search_now)
        self._set_up_table()
        self._connect()
        self._update_total()

    # -- building ---------------------------------------------------------------------------------

    def _make_completer(self) -> QCompleter:
        completer = QCompleter(self.suggestions, self)
        # The service already matched without diacritics; the completer must not filter again.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # setWidget, not QLineEdit.setCompleter: picking a line must not write it into the box.
        completer.setWidget(self._widgets.search_edit)
        completer.setMaxVisibleItems(10)
        return completer

    def _set_up_table(self) -> None:
        table = self._widgets.table
        table.setModel(self.model)
        table.setItemDelegateForColumn(AuthorColumn.SHARE, ShareDelegate(table))
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                              | QAbstractItemView.EditTrigger.EditKeyPressed
                              | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(AuthorColumn.NAME, QHeaderView.ResizeMode.Stretch)
        metrics = table.fontMetrics()
        for column, sample in ((AuthorColumn.BIRTH_DATE, "00/00/0000__"),
                               (AuthorColumn.DEPARTMENT, "Phân xưởng Cơ điện__"),
                               (AuthorColumn.SHARE, "Tỷ lệ (%)____")):
            header.resizeSection(column, metrics.horizontalAdvance(sample))

    def _connect(self) -> None:
        w = self._widgets
        w.search_edit.textEdited.connect(self._typed)
        w.search_edit.returnPressed.connect(self._return_pressed)
        # The QModelIndex overload of the signal; the stubs know only one overload.
        self.completer.activated[QModelIndex].connect(self._picked)  # type: ignore[index]
        w.move_up.clicked.connect(partial(self._move_selected, -1))
        w.move_down.clicked.connect(partial(self._move_selected, 1))
        w.remove.clicked.connect(self._remove_selected)
        self.model.changed.connect(self._model_changed)
        self.model.modelReset.connect(self._update_buttons)
        w.table.selectionModel().selectionChanged.connect(self._update_buttons)

    # -- loading ----------------------------------------------------------------------------------

    def set_rows(self, rows: list[AuthorRow]) -> None:
        self.model.set_rows(rows)

    # -- type-ahead -------------------------------------------------------------------------------

    def _typed(self, _text: str) -> None:
        self._latest += 1  # whatever is in flight is now stale
        self._debounce.start()

    def search_now(self) -> None:
        """Run the people search for the box's text now (the debounce timer calls this)."""
        self._debounce.stop()
        self._latest += 1
        number, text = self._latest, self._widgets.search_edit.text()
        if not clean(text):
            self._show_suggestions([])
            return
        self._runner.run(partial(self._search, text), lane="db",
                         on_success=partial(self._arrived, number), on_failure=partial(self._failed, number))

    def _arrived(self, number: int, people: Sequence[PersonLike]) -> None:
        if number == self._latest:
            self._show_suggestions(people)

    def _failed(self, number: int, exc: Exception) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        if number == self._latest:
            self.search_failed.emit(exc)

    def _show_suggestions(self, people: Sequence[PersonLike]) -> None:
        self.suggestions.clear()
        for person in people:
            item = QStandardItem(suggestion_text(person))
            item.setData(person, PERSON_ROLE)
            item.setEditable(False)
            self.suggestions.appendRow(item)
        if people:
            self.completer.complete()
            # Nothing highlighted: Enter adds the typed name, Down goes to the first person.
            self._popup().setCurrentIndex(QModelIndex())
        else:
            self._popup().hide()

    def _popup(self) -> QAbstractItemView:
        popup = self.completer.popup()
        assert popup is not None  # QCompleter creates its popup on first use
        return popup

    def suggestion_count(self) -> int:
        return self.suggestions.rowCount()

    def _picked(self, index: QModelIndex) -> None:
        person = index.data(PERSON_ROLE)
        if person is not None:
            self.add_person(person)

    def _return_pressed(self) -> None:
        popup = self._popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            return  # the completer goes on to pick the highlighted person
        popup.hide()
        self.add_new(self._widgets.search_edit.text())

    # -- adding, moving, removing -----------------------------------------------------------------

    def add_person(self, person: PersonLike) -> None:
        """Add a person from the people list (or select them if already an author)."""
        row = self.model.row_of_person(person.id)
        if row is None:
            row = self.model.append(AuthorRow.of_person(person.id, person.full_name, person.birth_date,
                                                        person.department))
        self._after_add(row)

    def add_new(self, text: str) -> None:
        """Add a new person with only a name; birth date and department can be typed in the row."""
        name = clean(text)
        if name:
            self._after_add(self.model.append(AuthorRow(name)))

    def _after_add(self, row: int) -> None:
        self._latest += 1
        self._debounce.stop()
        self._widgets.search_edit.clear()
        self._show_suggestions([])
        self._widgets.table.selectRow(row)

    def _selected_row(self) -> int | None:
        rows = self._widgets.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _move_selected(self, delta: int) -> None:
        row = self._selected_row()
        if row is not None:
            self._widgets.table.selectRow(self.model.move(row, delta))

    def _remove_selected(self) -> None:
        row = self._selected_row()
        if row is not None:
            self.model.remove(row)

    def _update_buttons(self, *_args: object) -> None:
        row = self._selected_row()
        w = self._widgets
        w.remove.setEnabled(row is not None)
        w.move_up.setEnabled(row is not None and row > 0)
        w.move_down.setEnabled(row is not None and row < self.model.rowCount() - 1)

    # -- the share total --------------------------------------------------------------------------

    def _model_changed(self) -> None:
        self._update_total()
        self._update_buttons()
        self.changed.emit()

    def _update_total(self) -> None:
        label = self._widgets.total_label
        total = share_text(self.model.share_total())
        if not self.model.rowCount():
            label.setText(self.tr("No authors yet."))
            label.setStyleSheet("")
        elif self.model.shares_add_up():
            label.setText(arg(self.tr("Total: %1 %"), total))
            label.setStyleSheet("")
        else:
            label.setText(self.share_problem())
            label.setStyleSheet(_ERROR_STYLE)

    def share_problem(self) -> str:
        """Why the shares keep the record in the draft stages ("" when they add up)."""
        if self.model.shares_add_up():
            return ""
        total = share_text(self.model.share_total())
        if self.model.shares_missing():
            return arg(self.tr("Total so far: %1 %. Enter a share for every author; the shares must add up "
                               "to 100 % before the initiative can move past the draft stages."), total)
        return arg(self.tr("Total: %1 %. The shares must add up to 100 % before the initiative can move "
                           "past the draft stages."), total)

    def share_total(self) -> Decimal:
        return self.model.share_total()
