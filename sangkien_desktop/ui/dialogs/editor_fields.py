"""Field plumbing of the initiative editor: reading and showing values, and inline messages.

``BoundField`` ties one ``InitiativeDraft`` field to its widget and converts both ways (dates shown
dd/mm/yyyy, money "1.234.567 đ"); what it reads goes unchanged to ``InitiativeDraft.from_mapping``,
which judges it. ``InlineMessages`` puts a small red line under each field for the
``FieldProblem`` found there (warnings in amber), and gathers what belongs to no field.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import Enum, auto
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from sangkien_desktop.domain.errors import FieldProblem, KnownError, ValidationError
from sangkien_desktop.domain.model import parse_date
from sangkien_desktop.domain.text import format_date, format_money, parse_vnd

__all__ = ["BoundField", "FieldKind", "InlineMessages", "Tone", "field_key", "tidy_date", "tidy_money"]
# Problem fields named differently from the draft field whose widget shows them.
_ALIASES = {"decision.number": "decision_number", "decision.decided_on": "decided_on"}


def field_key(problem_field: str) -> str:
    """The editor field that shows a problem: "authors.share_pct" → "authors"."""
    if problem_field.startswith("authors"):
        return "authors"
    return _ALIASES.get(problem_field, problem_field)


class Tone(Enum):
    """How a message looks: a problem that blocks saving, a warning, or plain news."""

    ERROR = "color: #b00020;"
    WARNING = "color: #8a5300;"
    INFO = ""

    @classmethod
    def of(cls, problems: Iterable[FieldProblem]) -> Tone:
        return cls.ERROR if any(p.blocking for p in problems) else cls.WARNING


class FieldKind(Enum):
    LINE = auto()  # one line of text
    LONG_TEXT = auto()
    CHOICE = auto()  # a combo box whose item data is the value
    FLAG = auto()
    DATE = auto()  # typed dd/mm/yyyy
    MONEY = auto()  # typed đồng


@dataclass(frozen=True)
class BoundField:
    name: str  # the InitiativeDraft attribute
    widget: QWidget
    kind: FieldKind

    def value(self) -> Any:
        """The raw value for ``InitiativeDraft.from_mapping`` (text as typed, enum, bool)."""
        widget = self.widget
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        raise TypeError(f"no value for {type(widget).__name__}")

    def show(self, value: Any) -> None:
        widget = self.widget
        if isinstance(widget, QLineEdit):
            widget.setText(_line_text(value, self.kind))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value or "")
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(widget.findData(value), 0))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        else:
            raise TypeError(f"cannot show a value in {type(widget).__name__}")

    def tidy(self) -> None:
        """Rewrite a valid date or amount the standard way once typing is done ("5-3-2024" → "05/03/2024")."""
        if not isinstance(self.widget, QLineEdit):
            return
        if self.kind is FieldKind.DATE:
            self.widget.setText(tidy_date(self.widget.text()))
        elif self.kind is FieldKind.MONEY:
            self.widget.setText(tidy_money(self.widget.text()))


def _line_text(value: Any, kind: FieldKind) -> str:
    if value is None:
        return ""
    if kind is FieldKind.DATE and isinstance(value, date):
        return format_date(value)
    if kind is FieldKind.MONEY and isinstance(value, int):
        return format_money(value)
    return str(value)


def tidy_date(text: str) -> str:
    try:
        return format_date(parse_date(text)) if text.strip() else text
    except (ValueError, TypeError):
        return text  # left as typed: the inline message says what is wrong


def tidy_money(text: str) -> str:
    try:
        return format_money(parse_vnd(text)) if text.strip() else text
    except ValueError:
        return text


class InlineMessages:
    """A message line under each registered field, and one line for everything else.

    Fields inside a ``QFormLayout`` get a new row under theirs (hidden while empty); others, such
    as the authors table, register a label placed in the form.
    """

    def __init__(self, general: QLabel) -> None:
        self._general = general
        self._labels: dict[str, QLabel] = {}
        self._forms: dict[str, QFormLayout] = {}  # message rows inside a form layout, by field

    def add_under(self, key: str, widget: QWidget) -> None:
        """Insert a message row under ``widget``'s row of its form layout."""
        layout = _form_layout_of(widget)
        row = _form_row(layout, widget)
        label = _message_label(widget)
        layout.insertRow(row + 1, "", label)
        self._labels[key] = label
        self._forms[key] = layout
        layout.setRowVisible(label, False)

    def add_label(self, key: str, label: QLabel) -> None:
        label.setWordWrap(True)
        label.hide()
        self._labels[key] = label

    def text(self, key: str) -> str:
        label = self._labels.get(key)
        return label.text() if label is not None and self._visible(key) else ""

    def general_text(self) -> str:
        return self._general.text() if not self._general.isHidden() else ""

    def clear(self, keys: Iterable[str] | None = None) -> None:
        for key in list(self._labels) if keys is None else keys:
            self._set(key, [], Tone.ERROR)
        if keys is None:
            self.show_general("")

    def show(self, problems: Iterable[FieldProblem], keys: Iterable[str] | None = None) -> list[str]:
        """Show ``problems`` at their fields (only those in ``keys`` when given; others there are
        cleared). Problems of no known field go to the general line. Returns the keys shown."""
        wanted = set(self._labels) if keys is None else set(keys)
        grouped: dict[str, list[FieldProblem]] = {}
        leftovers: list[FieldProblem] = []
        for problem in problems:
            key = field_key(problem.field)
            if key in self._labels:
                grouped.setdefault(key, []).append(problem)
            else:
                leftovers.append(problem)
        for key in wanted & set(self._labels):
            found = grouped.get(key, [])
            self._set(key, [_line(key, p) for p in found], Tone.of(found))
        if keys is None:
            self.show_general("\n".join(p.message() for p in leftovers), Tone.of(leftovers))
        return [k for k in grouped if k in wanted]

    def show_failure(self, exc: Exception) -> list[str]:
        """A refused save: its problems at their fields, another known error on the general line;
        a bug is raised again. Returns the keys shown (to focus the first)."""
        if isinstance(exc, ValidationError):
            return self.show(exc.problems)
        if isinstance(exc, KnownError):
            self.show_general(exc.message)
            return []
        raise exc

    def show_at(self, key: str, lines: list[str], tone: Tone = Tone.ERROR) -> None:
        self._set(key, lines, tone)

    def show_general(self, text: str, tone: Tone = Tone.ERROR) -> None:
        self._general.setText(text)
        self._general.setStyleSheet(tone.value)
        self._general.setVisible(bool(text))

    def _set(self, key: str, lines: list[str], tone: Tone) -> None:
        label = self._labels[key]
        label.setText("\n".join(lines))
        label.setStyleSheet(tone.value)
        form = self._forms.get(key)
        if form is not None:
            form.setRowVisible(label, bool(lines))  # the row's empty label column too
        else:
            label.setVisible(bool(lines))

    def _visible(self, key: str) -> bool:
        return bool(self._labels[key].text()) if key in self._forms else not self._labels[key].isHidden()


def _line(key: str, problem: FieldProblem) -> str:
    # Next to its own field the label is redundant; in a shared place (authors) it says which cell.
    return problem.message() if key == "authors" and problem.label else _capitalised(problem.reason)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


class _MessageLabel(QLabel):
    """A wrapped message as tall as its text at its width: QFormLayout sizes rows by ``sizeHint``,
    which for a wrapped label assumes a narrow, three-line block."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.width() > 0:
            return QSize(hint.width(), self.heightForWidth(self.width()))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.updateGeometry()  # the height for the new width


def _message_label(widget: QWidget) -> QLabel:
    label = _MessageLabel(widget.parentWidget())
    label.setObjectName(f"{widget.objectName()}Message")
    label.setWordWrap(True)
    label.setStyleSheet(Tone.ERROR.value)
    return label


def _form_row(layout: QFormLayout, widget: QWidget) -> int:
    position = layout.getWidgetPosition(widget)
    assert isinstance(position, tuple)  # (row, role); typed loosely by the stubs
    return int(position[0])


def _form_layout_of(widget: QWidget) -> QFormLayout:
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    if not isinstance(layout, QFormLayout):
        raise TypeError(f"{widget.objectName()} is not in a QFormLayout")
    return layout
