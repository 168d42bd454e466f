"""Type-ahead over the people list for one line edit (the authors editor and the reward dialog use it).

Typing restarts a ``SEARCH_DEBOUNCE_MS`` timer; then the people search runs on the db lane and its
results fill a completer popup, one line per person with birth date and department, so the officer
can tell two "Nguyễn Văn Hùng" apart. Results of an older search are dropped. Picking a line emits
``picked(person)``; Enter without a highlighted line emits ``typed_name(text)``. Either way the box
is emptied first, ready for the next name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLineEdit

from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.text import clean, format_date
from sangkien_desktop.ui.tasks import Runner

if TYPE_CHECKING:
    from sangkien_desktop.services.people import PeopleService

__all__ = ["PERSON_ROLE", "SEARCH_DEBOUNCE_MS", "SEARCH_LIMIT", "PeopleSearch", "PersonLike", "PersonPicker",
           "people_search", "suggestion_text"]

SEARCH_DEBOUNCE_MS = 150
SEARCH_LIMIT = 20
PERSON_ROLE = Qt.ItemDataRole.UserRole + 1  # the person behind a suggestion line


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


def people_search(people: PeopleService) -> PeopleSearch:
    """The people service's search, limited to ``SEARCH_LIMIT`` people (run it on the db lane)."""
    return lambda text: people.search(text, limit=SEARCH_LIMIT).items


def suggestion_text(person: PersonLike) -> str:
    """"Nguyễn Văn Hùng · 12/05/1985 · Phân xưởng Dệt" (parts that are unknown are left out)."""
    parts = [person.full_name]
    if person.birth_date is not None:
        parts.append(format_date(person.birth_date))
    if person.department:
        parts.append(person.department)
    return " · ".join(parts)


class PersonPicker(QObject):
    """Drives the type-ahead of ``edit``; ``search(text)`` must return at most ``SEARCH_LIMIT`` people.

    ``picked(person)`` when a suggestion is chosen; ``typed_name(text)`` (cleaned, never empty) when
    Enter is pressed with no suggestion highlighted; ``search_failed(KnownError)`` when the newest
    search fails.
    """

    picked = Signal(object)
    typed_name = Signal(str)
    search_failed = Signal(object)

    def __init__(self, edit: QLineEdit, search: PeopleSearch, runner: Runner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._edit, self._search, self._runner = edit, search, runner
        self._latest = 0  # number of the newest search asked for; answers to older ones are dropped
        self.suggestions = QStandardItemModel(self)
        self.completer = self._make_completer()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.search_now)
        edit.textEdited.connect(self._typed)
        edit.returnPressed.connect(self._return_pressed)
        # The QModelIndex overload of the signal; the stubs know only one overload.
        self.completer.activated[QModelIndex].connect(self._chosen)  # type: ignore[index]

    def _make_completer(self) -> QCompleter:
        completer = QCompleter(self.suggestions, self)
        # The service already matched without diacritics; the completer must not filter again.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # setWidget, not QLineEdit.setCompleter: picking a line must not write it into the box.
        completer.setWidget(self._edit)
        completer.setMaxVisibleItems(10)
        return completer

    # -- searching --------------------------------------------------------------------------------

    def _typed(self, _text: str) -> None:
        self._latest += 1  # whatever is in flight is now stale
        self._debounce.start()

    def search_now(self) -> None:
        """Run the people search for the box's text now (the debounce timer calls this)."""
        self._debounce.stop()
        self._latest += 1
        number, text = self._latest, self._edit.text()
        if not clean(text):
            self._show([])
            return
        self._runner.run(partial(self._search, text), lane="db",
                         on_success=partial(self._arrived, number), on_failure=partial(self._failed, number))

    def _arrived(self, number: int, people: Sequence[PersonLike]) -> None:
        if number == self._latest:
            self._show(people)

    def _failed(self, number: int, exc: Exception) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        if number == self._latest:
            self.search_failed.emit(exc)

    def _show(self, people: Sequence[PersonLike]) -> None:
        self.suggestions.clear()
        for person in people:
            item = QStandardItem(suggestion_text(person))
            item.setData(person, PERSON_ROLE)
            item.setEditable(False)
            self.suggestions.appendRow(item)
        if people:
            self.completer.complete()
            # Nothing highlighted: Enter takes the typed name, Down goes to the first person.
            self._popup().setCurrentIndex(QModelIndex())
        else:
            self._popup().hide()

    def _popup(self) -> QAbstractItemView:
        popup = self.completer.popup()
        assert popup is not None  # QCompleter creates its popup on first use
        return popup

    def suggestion_count(self) -> int:
        return self.suggestions.rowCount()

    # -- choosing ---------------------------------------------------------------------------------

    def choose(self, row: int) -> None:
        """Pick suggestion ``row`` as the officer would with the mouse."""
        self._chosen(self.suggestions.index(row, 0))

    def _chosen(self, index: QModelIndex) -> None:
        person = index.data(PERSON_ROLE)
        if person is not None:
            self.reset()
            self.picked.emit(person)

    def _return_pressed(self) -> None:
        popup = self._popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            return  # the completer goes on to pick the highlighted person
        popup.hide()
        text = clean(self._edit.text())
        if text:
            self.reset()
            self.typed_name.emit(text)

    def reset(self) -> None:
        """Empty the box and the suggestions; an answer still in flight is dropped."""
        self._latest += 1
        self._debounce.stop()
        self._edit.clear()
        self._show([])
