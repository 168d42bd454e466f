"""The authors tab: a type-ahead to pick people (or add new ones in place) and the authors table.

``AuthorsEditor`` drives widgets laid out in the editor's form (``AuthorsWidgets``). The search box
is a ``PersonPicker`` (debounced people search on the db lane, one suggestion line per person):
picking a line adds that person; Enter without a highlighted line adds a new person with the typed
name.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import partial

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItemModel
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

from sangkien_desktop.domain.text import clean
from sangkien_desktop.ui.i18n import arg
from sangkien_desktop.ui.models.authors_model import (
    FULL_SHARE,
    AuthorColumn,
    AuthorRow,
    AuthorsModel,
    share_text,
)
from sangkien_desktop.ui.tasks import Runner
from sangkien_desktop.ui.widgets.person_picker import (
    SEARCH_DEBOUNCE_MS,
    SEARCH_LIMIT,
    PeopleSearch,
    PersonLike,
    PersonPicker,
    suggestion_text,
)

# The type-ahead names are re-exported: the initiative editor and older callers import them from here.
__all__ = ["SEARCH_DEBOUNCE_MS", "SEARCH_LIMIT", "AuthorsEditor", "AuthorsWidgets", "PersonLike",
           "suggestion_text"]

_ERROR_STYLE = "color: #b00020;"


@dataclass(frozen=True)
class AuthorsWidgets:
    search_edit: QLineEdit
    table: QTableView
    move_up: QPushButton
    move_down: QPushButton
    remove: QPushButton
    total_label: QLabel


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
        self.model = AuthorsModel(self)
        self.picker = PersonPicker(widgets.search_edit, search, runner, self)
        self._set_up_table()
        self._connect()
        self._update_total()

    # -- building ---------------------------------------------------------------------------------

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
        self.picker.picked.connect(self.add_person)
        self.picker.typed_name.connect(self.add_new)
        self.picker.search_failed.connect(self.search_failed)
        w.move_up.clicked.connect(partial(self._move_selected, -1))
        w.move_down.clicked.connect(partial(self._move_selected, 1))
        w.remove.clicked.connect(self._remove_selected)
        self.model.changed.connect(self._model_changed)
        self.model.modelReset.connect(self._update_buttons)
        w.table.selectionModel().selectionChanged.connect(self._update_buttons)

    # -- loading ----------------------------------------------------------------------------------

    def set_rows(self, rows: list[AuthorRow]) -> None:
        self.model.set_rows(rows)

    # -- type-ahead (the picker's, exposed for the editor and tests) -------------------------------

    @property
    def completer(self) -> QCompleter:
        return self.picker.completer

    @property
    def suggestions(self) -> QStandardItemModel:
        return self.picker.suggestions

    def search_now(self) -> None:
        """Run the people search for the box's text now (the debounce timer calls this)."""
        self.picker.search_now()

    def suggestion_count(self) -> int:
        return self.picker.suggestion_count()

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
        self.picker.reset()
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
