"""The editor's form fields: which widget shows which ``InitiativeDraft`` field, and the status choice.

The status combo offers only what the workflow allows from the saved status (plus the status
itself); a new initiative may start in one of the workflow's initial states. Choosing an earlier
status shows the mandatory "reason for going back" field.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from sangkien_desktop.domain.enums import FieldCode, InitiativeStatus, LabelledEnum, SolutionKind
from sangkien_desktop.domain.model import InitiativeDraft
from sangkien_desktop.domain.text import clean
from sangkien_desktop.domain.workflow import INITIAL_STATES, STATUS_ORDER
from sangkien_desktop.ui.dialogs.editor_fields import BoundField, FieldKind, InlineMessages
from sangkien_desktop.ui.forms.ui_initiative_editor import Ui_InitiativeEditor
from sangkien_desktop.ui.i18n import arg
from sangkien_desktop.ui.labels import enum_label
from sangkien_desktop.ui.widgets.combos import fill_enum_combo

__all__ = ["FIELD_WIDGETS", "EditorForm"]

# Draft field → (widget name in the form, kind), in the order the tabs show them.
FIELD_WIDGETS: dict[str, tuple[str, FieldKind]] = {
    "code": ("codeEdit", FieldKind.LINE),
    "title": ("titleEdit", FieldKind.LINE),
    "kind": ("kindCombo", FieldKind.CHOICE),
    "field_code": ("fieldCombo", FieldKind.CHOICE),
    "department": ("departmentEdit", FieldKind.LINE),
    "summary": ("summaryEdit", FieldKind.LONG_TEXT),
    "status": ("statusCombo", FieldKind.CHOICE),
    "investor_name": ("investorEdit", FieldKind.LINE),
    "problem": ("problemEdit", FieldKind.LONG_TEXT),
    "prior_state": ("priorStateEdit", FieldKind.LONG_TEXT),
    "content": ("contentEdit", FieldKind.LONG_TEXT),
    "applicability": ("applicabilityEdit", FieldKind.LONG_TEXT),
    "conditions": ("conditionsEdit", FieldKind.LONG_TEXT),
    "confidential_info": ("confidentialInfoEdit", FieldKind.LONG_TEXT),
    "is_confidential": ("confidentialCheck", FieldKind.FLAG),
    "ip_protected": ("ipProtectedCheck", FieldKind.FLAG),
    "notes": ("notesEdit", FieldKind.LONG_TEXT),
    "first_applied_on": ("firstAppliedEdit", FieldKind.DATE),
    "first_application_is_trial": ("trialCheck", FieldKind.FLAG),
    "benefit_value": ("benefitEdit", FieldKind.MONEY),
    "benefit_is_estimate": ("estimateCheck", FieldKind.FLAG),
    "benefit_not_quantifiable": ("notQuantifiableCheck", FieldKind.FLAG),
    "decision_number": ("decisionNumberEdit", FieldKind.LINE),
    "decided_on": ("decidedOnEdit", FieldKind.DATE),
}
REASON_KEY = "status_reason"


def _by_workflow_order(statuses: Iterable[InitiativeStatus]) -> list[InitiativeStatus]:
    members = list(InitiativeStatus)
    return sorted(set(statuses), key=lambda s: (STATUS_ORDER[s], members.index(s)))


class EditorForm:
    """Reads and fills the form's fields; knows the saved status to tell a move back."""

    def __init__(self, ui: Ui_InitiativeEditor, messages: InlineMessages) -> None:
        self.ui = ui
        self.fields = {name: BoundField(name, getattr(ui, widget), kind)
                       for name, (widget, kind) in FIELD_WIDGETS.items()}
        self._saved_status: InitiativeStatus | None = None
        self._code_placeholder = ui.codeEdit.placeholderText()
        self._fill_choices(ui.kindCombo, SolutionKind)
        self._fill_choices(ui.fieldCombo, FieldCode)
        for name, field in self.fields.items():
            messages.add_under(name, field.widget)
        messages.add_under(REASON_KEY, ui.reasonEdit)
        ui.statusCombo.currentIndexChanged.connect(self._status_chosen)

    @staticmethod
    def _fill_choices(combo: QComboBox, members: type[LabelledEnum]) -> None:
        fill_enum_combo(combo, members, QCoreApplication.translate("EditorForm", "Choose…"))

    # -- values -----------------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """Every field as typed, for ``InitiativeDraft.from_mapping`` (authors are added by the caller)."""
        return {name: field.value() for name, field in self.fields.items()}

    def show_draft(self, draft: InitiativeDraft | None) -> None:
        """Fill the fields from a saved draft, or blank them for a new initiative."""
        for name, field in self.fields.items():
            if name != "status":
                field.show(getattr(draft, name) if draft is not None else None)
        self.ui.reasonEdit.clear()

    def widget_for(self, key: str) -> QWidget | None:
        if key == REASON_KEY:
            return self.ui.reasonEdit
        field = self.fields.get(key)
        return field.widget if field is not None else None

    # -- status -----------------------------------------------------------------------------------

    def set_statuses(self, saved: InitiativeStatus | None, allowed: Iterable[InitiativeStatus]) -> None:
        """Offer ``saved`` (selected) and ``allowed``; a new record (``saved`` None) the initial states."""
        self._saved_status = saved
        combo = self.ui.statusCombo
        combo.blockSignals(True)
        combo.clear()
        choices = _by_workflow_order([saved, *allowed] if saved is not None else INITIAL_STATES)
        for status in choices:
            text = enum_label(status)
            if status is saved:
                text = arg(QCoreApplication.translate("EditorForm", "%1 (current)"), text)
            combo.addItem(text, status)
        combo.setCurrentIndex(combo.findData(saved if saved is not None else InitiativeStatus.Y_TUONG))
        combo.blockSignals(False)
        self._status_chosen()

    def target_status(self) -> InitiativeStatus:
        chosen = self.ui.statusCombo.currentData()  # Qt hands enum members back as their code
        return InitiativeStatus(chosen) if chosen else InitiativeStatus.Y_TUONG

    def is_move_back(self) -> bool:
        saved = self._saved_status
        return saved is not None and STATUS_ORDER[self.target_status()] < STATUS_ORDER[saved]

    def reason(self) -> str | None:
        return clean(self.ui.reasonEdit.text()) if self.is_move_back() else None

    def _status_chosen(self, *_args: object) -> None:
        self.ui.generalForm.setRowVisible(self.ui.reasonEdit, self.is_move_back())

    # -- code -------------------------------------------------------------------------------------

    def set_code_editable(self, editable: bool) -> None:
        """The code may be typed for a new record (blank: numbered on save); once saved it is fixed."""
        self.ui.codeEdit.setReadOnly(not editable)
        self.ui.codeEdit.setPlaceholderText(self._code_placeholder if editable else "")
