"""The editor's form fields: which widget shows which ``InitiativeDraft`` field, and the status choice.

The status combo offers only what the workflow allows from the saved status (plus the status
itself); a new initiative may start in one of the workflow's initial states. Choosing an earlier
status shows the mandatory "reason for going back" field. The programme combo offers "none" and the
store's programmes; a read-only line tells where the latest upload to the upper union stands.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import Enum, auto
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from sangkien_desktop.domain.audit import local_time_text
from sangkien_desktop.domain.enums import FieldCode, InitiativeStatus, LabelledEnum, SolutionKind
from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.model import InitiativeDraft, ProgrammeChoice
from sangkien_desktop.domain.submission import SubmissionView
from sangkien_desktop.domain.text import clean
from sangkien_desktop.domain.workflow import INITIAL_STATES, STATUS_ORDER
from sangkien_desktop.ui.dialogs.editor_fields import BoundField, FieldKind, InlineMessages
from sangkien_desktop.ui.forms.ui_initiative_editor import Ui_InitiativeEditor
from sangkien_desktop.ui.i18n import arg
from sangkien_desktop.ui.labels import enum_label
from sangkien_desktop.ui.tasks import Runner
from sangkien_desktop.ui.widgets.combos import fill_enum_combo

__all__ = ["FIELD_WIDGETS", "EditorForm", "ProgrammeList", "submission_text"]

# Draft field → (widget name in the form, kind), in the order the tabs show them.
FIELD_WIDGETS: dict[str, tuple[str, FieldKind]] = {
    "code": ("codeEdit", FieldKind.LINE),
    "title": ("titleEdit", FieldKind.LINE),
    "kind": ("kindCombo", FieldKind.CHOICE),
    "field_code": ("fieldCombo", FieldKind.CHOICE),
    "department": ("departmentEdit", FieldKind.LINE),
    "programme_id": ("programmeCombo", FieldKind.CHOICE),
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


def submission_text(view: SubmissionView) -> str:
    """Where the latest upload stands: waiting for the server, or received (local time) and reviewed."""
    if view.server_received_at is None:
        return QCoreApplication.translate("EditorForm",
                                          "Put into an upload batch, waiting for the server to confirm")
    verdict = enum_label(view.result)
    if view.message:
        verdict = f"{verdict}: {view.message}"
    received = QCoreApplication.translate("EditorForm", "Received by the server at %1 – %2")
    return arg(received, local_time_text(view.server_received_at), verdict)


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
            value = getattr(draft, name) if draft is not None else None
            if name == "programme_id":
                self._choose_programme(value)
            elif name != "status":
                field.show(value)
        self.ui.reasonEdit.clear()

    # -- programme and upload ---------------------------------------------------------------------

    def set_programmes(self, choices: Iterable[ProgrammeChoice]) -> None:
        """Offer "none" and ``choices`` (name shown, code in the tooltip); the chosen one stays chosen."""
        combo = self.ui.programmeCombo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(QCoreApplication.translate("EditorForm", "(not in any programme)"), None)
        for choice in choices:
            combo.addItem(choice.name, choice.id)
            tooltip = f"{choice.code} · {choice.name}"
            combo.setItemData(combo.count() - 1, tooltip, Qt.ItemDataRole.ToolTipRole)
        self._choose_programme(chosen)
        combo.blockSignals(False)

    def _choose_programme(self, programme_id: str | None) -> None:
        """Select ``programme_id``; one no longer listed (withdrawn since) is kept, so saving keeps it."""
        combo = self.ui.programmeCombo
        if programme_id is not None and combo.findData(programme_id) < 0:
            combo.addItem(QCoreApplication.translate("EditorForm", "(a programme no longer listed)"),
                          programme_id)
        combo.setCurrentIndex(max(combo.findData(programme_id), 0) if programme_id is not None else 0)

    def show_submission(self, view: SubmissionView | None) -> None:
        """The latest upload's line under the status; no line for a record never uploaded."""
        self.ui.submissionLabel.setText(submission_text(view) if view is not None else "")
        self.ui.generalForm.setRowVisible(self.ui.submissionLabel, view is not None)

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


class _ListState(Enum):
    UNREAD = auto()
    READING = auto()
    READ = auto()


class ProgrammeList(QObject):
    """Fills the form's programme combo. A saved record's load hands the list in (``received``); a new
    record reads it on the db lane when the officer first goes to the combo, and a click that came
    before the list opens it once filled."""

    def __init__(self, form: EditorForm, runner: Runner, read: Callable[[], tuple[ProgrammeChoice, ...]],
                 messages: InlineMessages, parent: QObject) -> None:
        super().__init__(parent)
        self._form, self._runner, self._read, self._messages = form, runner, read, messages
        self._state = _ListState.UNREAD
        self._popup_when_read = False
        form.set_programmes(())
        form.ui.programmeCombo.installEventFilter(self)

    def received(self, programmes: tuple[ProgrammeChoice, ...]) -> None:
        self._state = _ListState.READ
        self._form.set_programmes(programmes)
        if self._popup_when_read:
            self._popup_when_read = False
            self._form.ui.programmeCombo.showPopup()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._state is not _ListState.READ:
            if event.type() in (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress):
                self._start_reading()
            if event.type() is QEvent.Type.MouseButtonPress and self._state is _ListState.READING:
                self._popup_when_read = True
                return True  # opened by ``received``: a list of "none" alone would open now
        return super().eventFilter(watched, event)

    def _start_reading(self) -> None:
        if self._state is _ListState.UNREAD:
            self._state = _ListState.READING
            self._runner.run(self._read, lane="db", on_success=self.received, on_failure=self._failed)

    def _failed(self, exc: Exception) -> None:
        self._state, self._popup_when_read = _ListState.UNREAD, False
        if not isinstance(exc, KnownError):
            raise exc
        self._messages.show_general(exc.message)
