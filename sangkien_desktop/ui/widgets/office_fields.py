"""The office's detail fields, shared by the setup wizard and the Settings page.

Both forms name their widgets alike (``unitCodeLabel``, ``unitCodeEdit``, ``unitCodeError`` …);
``OfficeFields`` binds them to the rules of ``services.office.field_problem``, so a field is
checked as it is typed with exactly the rule the service applies on save. A field's message
appears once the officer has edited it (an untouched empty form is not a wall of red), or when
``show_problems`` is given the service's findings.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from sangkien_desktop.domain.enums import OfficerRole
from sangkien_desktop.domain.errors import FieldProblem
from sangkien_desktop.domain.model import OfficeView
from sangkien_desktop.domain.office import (
    OFFICER_ROLES,
    OfficeInput,
    OfficerInput,
    field_problem,
    normalise_unit_code,
)
from sangkien_desktop.domain.text import clean
from sangkien_desktop.ui.labels import enum_label

__all__ = ["ERROR_STYLE", "FieldBinding", "OfficeFields", "fill_roles", "office_values", "widget_prefix"]

ERROR_STYLE = "color: #b00020;"
# Service field name → widget name prefix in the .ui files.
_PREFIXES = {
    "unit_code": "unitCode",
    "unit_name": "unitName",
    "short_name": "shortName",
    "parent_union_name": "parentUnion",
    "place_name": "placeName",
    "employer_name": "employerName",
    "employer_head_name": "headName",
    "employer_head_title": "headTitle",
    "chair_name": "chairName",
    "vice_chair_name": "viceChairName",
    "officer_name": "officerName",
}


def widget_prefix(name: str) -> str:
    return _PREFIXES[name]


@dataclass(frozen=True)
class FieldBinding:
    """One detail's widgets: the row label, the line edit and the message under it."""

    name: str
    label: QLabel
    edit: QLineEdit
    error: QLabel

    @classmethod
    def from_form(cls, form: object, name: str) -> FieldBinding:
        prefix = widget_prefix(name)
        return cls(name, getattr(form, f"{prefix}Label"), getattr(form, f"{prefix}Edit"),
                   getattr(form, f"{prefix}Error"))

    def caption(self) -> str:
        """The row label without the required-field star: "Mã đơn vị"."""
        return self.label.text().rstrip(" *:")


def office_values(office: OfficeView) -> dict[str, str | None]:
    """What each field shows for a saved office."""
    return {
        "unit_code": office.unit_code, "unit_name": office.full_name, "short_name": office.short_name,
        "parent_union_name": office.parent_union_name, "place_name": office.place_name,
        "employer_name": office.employer_name, "employer_head_name": office.employer_head_name,
        "employer_head_title": office.employer_head_title, "chair_name": office.chair_name,
        "vice_chair_name": office.vice_chair_name, "officer_name": office.officer_name,
    }


def fill_roles(combo: QComboBox, current: OfficerRole | None = None) -> None:
    """The roles an officer who sets up or edits the office may hold."""
    combo.clear()
    for role in OFFICER_ROLES:
        combo.addItem(enum_label(role), role)
    if current in OFFICER_ROLES:
        combo.setCurrentIndex(OFFICER_ROLES.index(current))


class OfficeFields(QObject):
    """Checks bound fields as they change; ``changed`` tells the form to re-read ``valid()``."""

    changed = Signal()

    def __init__(self, form: object, names: Sequence[str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bindings = {name: FieldBinding.from_form(form, name) for name in names}
        self._touched: set[str] = set()
        for binding in self._bindings.values():
            binding.error.setStyleSheet(ERROR_STYLE)
            binding.error.setWordWrap(True)
            binding.error.hide()
            binding.edit.textChanged.connect(partial(self._refresh, binding))
            binding.edit.textEdited.connect(partial(self._edited, binding))

    @property
    def bindings(self) -> Sequence[FieldBinding]:
        return list(self._bindings.values())

    def binding(self, name: str) -> FieldBinding:
        return self._bindings[name]

    def text(self, name: str) -> str:
        return self._bindings[name].edit.text()

    def problem(self, name: str) -> FieldProblem | None:
        return field_problem(name, self.text(name))

    def valid(self, names: Iterable[str] | None = None) -> bool:
        return all(self.problem(name) is None for name in (self._bindings if names is None else names))

    def shown_value(self, name: str) -> str:
        """The value as it will be saved (NFC, trimmed; the unit code in capitals)."""
        text = self.text(name)
        return normalise_unit_code(text) if name == "unit_code" else clean(text) or ""

    def set_values(self, values: Mapping[str, str | None]) -> None:
        """Fill the fields (a saved office), without messages until the officer edits them."""
        self._touched.clear()
        for name, binding in self._bindings.items():
            binding.edit.setText(values.get(name) or "")
            binding.error.hide()

    def office_input(self, role: OfficerRole | None) -> OfficeInput:
        """The bound details as the service takes them; the officer only when their name is bound."""
        texts = {name: self.text(name) for name in self._bindings}
        officer_name = texts.pop("officer_name", None)
        officer = None if officer_name is None else OfficerInput(officer_name, role or OfficerRole.CAN_BO)
        return OfficeInput(**texts, officer=officer)

    def show_problems(self, problems: Iterable[FieldProblem]) -> list[FieldProblem]:
        """Show each problem under its field; return those that belong to no bound field."""
        elsewhere = []
        for problem in problems:
            binding = self._bindings.get(problem.field)
            if binding is None:
                elsewhere.append(problem)
                continue
            self._touched.add(problem.field)
            self._show(binding, problem)
        return elsewhere

    def first_invalid(self) -> FieldBinding | None:
        return next((b for name, b in self._bindings.items() if self.problem(name) is not None), None)

    def _edited(self, binding: FieldBinding, text: str) -> None:
        self._touched.add(binding.name)
        if binding.name == "unit_code" and text != text.upper():
            position = binding.edit.cursorPosition()
            binding.edit.setText(text.upper())  # textChanged runs _refresh
            binding.edit.setCursorPosition(position)
        self._refresh(binding)

    def _refresh(self, binding: FieldBinding, *_text: str) -> None:
        if binding.name in self._touched:
            self._show(binding, self.problem(binding.name))
        self.changed.emit()

    @staticmethod
    def _show(binding: FieldBinding, problem: FieldProblem | None) -> None:
        reason = problem.reason if problem else ""
        binding.error.setText(reason[:1].upper() + reason[1:])
        binding.error.setVisible(bool(reason))
