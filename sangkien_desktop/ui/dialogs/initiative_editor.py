"""The initiative editor: one non-modal window per initiative, every field of the record in tabs.

Reading and saving go through ``InitiativeService`` on the db lane; while a save (and the reload
that follows it) runs, the form is disabled and further saves are ignored. Problems appear in
Vietnamese under their fields: at once for what ``InitiativeDraft.from_mapping`` finds (it is pure,
so it runs on the GUI thread as the officer leaves a field) and after a save for what the service
refused. Warnings of a successful save are shown without blocking.

Shortcuts: Ctrl+S saves, Ctrl+N starts a new initiative, Esc closes. Closing or starting anew with
unsaved changes asks Save / Discard / Cancel first.

A saved record is read with the programmes to choose from and its latest upload; a new one reads the
programmes when the officer first goes to their combo (a click then opens its list once they are in).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDesktopServices, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QLineEdit, QPushButton, QWidget

from sangkien_desktop.domain.detail import HistoryEntry, InitiativeDetail
from sangkien_desktop.domain.errors import (
    ConflictError,
    FieldProblem,
    KnownError,
    ValidationError,
    WorkflowError,
)
from sangkien_desktop.domain.model import InitiativeDraft, ProgrammeChoice
from sangkien_desktop.domain.submission import SubmissionView
from sangkien_desktop.domain.workflow import DRAFT_STATES
from sangkien_desktop.ui.dialogs.editor_fields import InlineMessages, Tone
from sangkien_desktop.ui.dialogs.editor_form import FIELD_WIDGETS, REASON_KEY, EditorForm, ProgrammeList
from sangkien_desktop.ui.dialogs.editor_history import fill_history
from sangkien_desktop.ui.dialogs.editor_prompts import MessageBoxPrompts, Prompts, UnsavedChoice
from sangkien_desktop.ui.forms.ui_initiative_editor import Ui_InitiativeEditor
from sangkien_desktop.ui.i18n import arg
from sangkien_desktop.ui.models.authors_model import AuthorRow
from sangkien_desktop.ui.tasks import Runner
from sangkien_desktop.ui.widgets.attachments_panel import AttachmentsPanel, AttachmentsWidgets, OpenUrl
from sangkien_desktop.ui.widgets.authors_editor import AuthorsEditor, AuthorsWidgets
from sangkien_desktop.ui.widgets.person_picker import people_search

if TYPE_CHECKING:
    from sangkien_desktop.services.container import Services
    from sangkien_desktop.services.initiatives import SaveResult

__all__ = ["InitiativeEditor"]

AUTHORS_KEY = "authors"
STATUS_KEY = "status"


@dataclass(frozen=True)
class _Loaded:
    detail: InitiativeDetail
    history: tuple[HistoryEntry, ...]
    programmes: tuple[ProgrammeChoice, ...]
    submission: SubmissionView | None


def _read(services: Services, initiative_id: str) -> _Loaded:
    """Runs on the db lane."""
    initiatives = services.initiatives
    detail = initiatives.detail(initiative_id)
    return _Loaded(detail, initiatives.history(detail.id), initiatives.programmes(),
                   services.submissions.latest(detail.id))


class InitiativeEditor(QDialog):
    """Edits one initiative (``initiative_id``) or records a new one (None).

    Signals: ``saved(initiative_id)`` after every successful save.
    ``prompts`` asks the officer questions (tests pass scripted answers); ``open_url`` opens an
    attached file with the system viewer.
    """

    saved = Signal(str)

    def __init__(self, services: Services, runner: Runner, initiative_id: str | None = None,
                 parent: QWidget | None = None, prompts: Prompts | None = None,
                 open_url: OpenUrl = QDesktopServices.openUrl) -> None:
        super().__init__(parent)
        self.ui = Ui_InitiativeEditor()
        self.ui.setupUi(self)
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self._services = services
        self._runner = runner
        self._prompts: Prompts = prompts if prompts is not None else MessageBoxPrompts()
        self._detail: InitiativeDetail | None = None
        self._baseline: dict[str, Any] | None = None  # the form as loaded; None while loading
        self._busy = False
        self._loading = False
        self._close_confirmed = False
        self._after_save: Callable[[], None] | None = None
        self._warnings: tuple[FieldProblem, ...] = ()
        self._touched: set[str] = set()
        self._side_dialogs: dict[str, QDialog] = {}  # "recognition" / "remuneration" → open dialog
        self.messages = InlineMessages(self.ui.messageLabel)
        self.form = EditorForm(self.ui, self.messages)
        self.programmes = ProgrammeList(self.form, runner, services.initiatives.programmes, self.messages,
                                        self)
        self.messages.add_label(AUTHORS_KEY, self.ui.authorsMessageLabel)
        self.authors = AuthorsEditor(self._authors_widgets(), people_search(services.people), runner, self)
        self.attachments = AttachmentsPanel(self._attachments_widgets(), services.attachments, runner,
                                            self._prompts, open_url, self)
        self._set_up_buttons()
        self._set_up_shortcuts()
        self._connect_validation()
        if initiative_id is None:
            self.start_new()
        else:
            self.load(initiative_id)

    # -- building ---------------------------------------------------------------------------------

    def _authors_widgets(self) -> AuthorsWidgets:
        ui = self.ui
        return AuthorsWidgets(ui.authorSearchEdit, ui.authorsTable, ui.moveUpButton, ui.moveDownButton,
                              ui.removeAuthorButton, ui.shareTotalLabel)

    def _attachments_widgets(self) -> AttachmentsWidgets:
        ui = self.ui
        return AttachmentsWidgets(ui.attachmentsTree, ui.attachmentKindCombo, ui.addAttachmentButton,
                                  ui.openAttachmentButton, ui.removeAttachmentButton, ui.attachmentsHintLabel,
                                  ui.attachmentsMessageLabel)

    def _set_up_buttons(self) -> None:
        box = self.ui.buttonBox
        self._no_default_button()
        box.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        box.rejected.connect(self.reject)
        self.ui.recognitionButton.setAutoDefault(False)
        self.ui.recognitionButton.clicked.connect(self.open_recognition)
        self.ui.remunerationButton.setAutoDefault(False)
        self.ui.remunerationButton.clicked.connect(self.open_remuneration)

    def _set_up_shortcuts(self) -> None:
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save)
        QShortcut(QKeySequence(QKeySequence.StandardKey.New), self, self.new_initiative)

    def _connect_validation(self) -> None:
        for name, field in self.form.fields.items():
            widget = field.widget
            if isinstance(widget, QLineEdit):
                widget.editingFinished.connect(partial(self._field_done, name))
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(partial(self._field_done, name))
            elif isinstance(widget, QCheckBox):
                widget.toggled.connect(partial(self._field_done, name))
        self.authors.changed.connect(partial(self._field_done, AUTHORS_KEY))

    # -- state ------------------------------------------------------------------------------------

    @property
    def initiative_id(self) -> str | None:
        return self._detail.id if self._detail is not None else None

    def snapshot(self) -> dict[str, Any]:
        """Everything the officer can change in the form, to tell whether anything changed."""
        return {**self.form.values(), AUTHORS_KEY: self.authors.model.as_mappings(),
                REASON_KEY: self.ui.reasonEdit.text()}

    def is_dirty(self) -> bool:
        return self._baseline is not None and self.snapshot() != self._baseline

    def is_busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.ui.tabs.setEnabled(not busy)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setEnabled(not busy)
        self.ui.recognitionButton.setEnabled(not busy and self._detail is not None)
        self.ui.remunerationButton.setEnabled(not busy and self._detail is not None)
        if busy:
            self.messages.show_general(text, Tone.INFO)
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _update_title(self) -> None:
        detail = self._detail
        if detail is None:
            self.setWindowTitle(self.tr("New initiative"))
            self.ui.headerLabel.setText(self.tr("New initiative"))
        else:
            self.setWindowTitle(arg(self.tr("Initiative %1"), detail.code))
            self.ui.headerLabel.setText(f"{detail.code} · {detail.draft.title}")

    # -- loading ----------------------------------------------------------------------------------

    def start_new(self) -> None:
        """Show an empty form for a new initiative (without asking: see ``new_initiative``)."""
        self._loading = True
        self._detail = None
        self.form.show_draft(None)
        self.form.set_statuses(None, ())
        self.form.set_code_editable(True)
        self.authors.set_rows([])
        self.attachments.show_for(None, ())
        self.form.show_submission(None)
        fill_history(self.ui.historyTree, ())
        self._ready()
        self.ui.tabs.setCurrentWidget(self.ui.generalTab)
        self.ui.titleEdit.setFocus()

    def load(self, initiative_id: str) -> None:
        """Read the initiative and its history on the db lane, then show them."""
        self._baseline = None
        self._set_busy(True, self.tr("Loading…"))
        self._runner.run(partial(_read, self._services, initiative_id), lane="db",
                         on_success=self._loaded, on_failure=self._load_failed)

    def _loaded(self, loaded: _Loaded) -> None:
        self._loading = True
        detail = self._detail = loaded.detail
        self.programmes.received(loaded.programmes)
        self.form.show_draft(detail.draft)
        self.form.show_submission(loaded.submission)
        self.form.set_statuses(detail.status, detail.allowed_statuses)
        self.form.set_code_editable(False)
        self.authors.set_rows([AuthorRow.of_person(a.person_id, a.full_name, a.birth_date, a.department,
                                                   a.share_pct) for a in detail.authors])
        self.attachments.show_for(detail.id, detail.attachments)
        fill_history(self.ui.historyTree, loaded.history)
        self._set_busy(False)
        self._ready()
        self._after_saved()

    def _ready(self) -> None:
        """The form shows saved values: nothing is touched, nothing changed yet."""
        self._loading = False
        self._touched.clear()
        self.messages.clear()
        self._baseline = self.snapshot()
        self._update_title()
        self.ui.recognitionButton.setEnabled(self._detail is not None)  # nothing to recognise until saved
        self.ui.remunerationButton.setEnabled(self._detail is not None)

    def _load_failed(self, exc: Exception) -> None:
        self._after_save = None
        self._set_busy(False)
        if not isinstance(exc, KnownError):
            raise exc
        self.messages.show_general(exc.message)

    # -- validation -------------------------------------------------------------------------------

    def _field_done(self, key: str, *_args: object) -> None:
        if self._loading:
            return
        field = self.form.fields.get(key)
        if field is not None:
            field.tidy()
        self._touched.add(key)
        if key in (AUTHORS_KEY, STATUS_KEY):
            self._touched.update((AUTHORS_KEY, STATUS_KEY))
        self.messages.show(self._problems_now()[1], keys=self._touched)

    def _problems_now(self) -> tuple[InitiativeDraft | None, list[FieldProblem]]:
        """The draft the form holds, or the problems that keep it from being one (pure, instant)."""
        mapping = {**self.form.values(), AUTHORS_KEY: self.authors.model.as_mappings()}
        try:
            draft: InitiativeDraft | None = InitiativeDraft.from_mapping(mapping)
            problems: list[FieldProblem] = []
        except ValidationError as exc:
            draft, problems = None, list(exc.problems)
        return draft, problems + self._share_gate()

    def _share_gate(self) -> list[FieldProblem]:
        """Past the draft stages the shares must add up to 100 %: said at the status before the service
        says it (the authors tab's total line already explains it in red)."""
        why = self.authors.share_problem()
        if self.form.target_status() in DRAFT_STATES or not why:
            return []
        where = self.tr("Correct the shares in the Authors tab.")
        return [FieldProblem(STATUS_KEY, "", f"{why} {where}")]

    def problem_at(self, key: str) -> str:
        """The message shown under field ``key`` ("" when none), for tests and accessibility."""
        return self.messages.text(key)

    def general_message(self) -> str:
        return self.messages.general_text()

    def _show_problems(self, problems: list[FieldProblem]) -> None:
        keys = self.messages.show(problems)
        self._touched.update(keys)
        self._focus_first(keys)

    def _refused(self, problems: list[FieldProblem]) -> None:
        """Not saved: every problem at its field, and a line saying so (the field may be on another tab)."""
        self._show_problems(problems)
        if not self.messages.general_text():
            self.messages.show_general(self.tr("Not saved: correct the fields marked in red."))

    def _focus_first(self, keys: list[str]) -> None:
        order = [*FIELD_WIDGETS, REASON_KEY, AUTHORS_KEY]
        first = min(keys, key=lambda k: order.index(k) if k in order else len(order), default=None)
        widget = self.ui.authorsTable if first == AUTHORS_KEY else self.form.widget_for(first or "")
        if widget is None:
            return
        for index in range(self.ui.tabs.count()):
            page = self.ui.tabs.widget(index)
            if page is not None and page.isAncestorOf(widget):
                self.ui.tabs.setCurrentIndex(index)
        widget.setFocus()

    # -- saving -----------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save on the db lane; False when nothing was sent (busy, or problems shown at the fields)."""
        if self._busy or self._baseline is None:
            return False
        draft, problems = self._problems_now()
        if draft is None or problems:
            self._refused(problems)
            return False
        detail = self._detail
        if detail is None:
            op: Callable[[], SaveResult] = partial(self._services.initiatives.create, draft)
        else:
            op = partial(self._services.initiatives.update, detail.id, draft, detail.version,
                         status_reason=self.form.reason())
        self._set_busy(True, self.tr("Saving…"))
        self._runner.run(op, lane="db", on_success=self._saved, on_failure=self._save_failed)
        return True

    def _saved(self, result: SaveResult) -> None:
        self._warnings = result.warnings
        self.saved.emit(result.initiative.id)
        self.load(result.initiative.id)

    def _after_saved(self) -> None:
        """After the reload that follows a save: its warnings, then what was waiting for the save."""
        warnings, self._warnings = self._warnings, ()
        if warnings:
            self._show_problems(list(warnings))
            self.messages.show_general(self.tr("Saved, with warnings (see the fields marked)."), Tone.WARNING)
        then, self._after_save = self._after_save, None
        if then is not None:
            then()

    def _save_failed(self, exc: Exception) -> None:
        self._after_save = None
        self._set_busy(False)
        self.messages.show_general("")
        if isinstance(exc, ConflictError):
            self._conflict(exc)
        elif isinstance(exc, ValidationError):
            self._refused(list(exc.problems))
        elif isinstance(exc, WorkflowError):
            self.messages.show_at(STATUS_KEY, [exc.message])
            self._focus_first([STATUS_KEY])
        elif isinstance(exc, KnownError):
            self.messages.show_general(exc.message)
        else:
            raise exc

    def _conflict(self, exc: ConflictError) -> None:
        detail = self._detail
        if detail is not None and self._prompts.reload_after_conflict(self, exc.message):
            self.load(detail.id)
        else:
            self.messages.show_general(exc.message)

    # -- recognition and remuneration: dialogs about the saved record -----------------------------

    def open_recognition(self) -> None:
        """The recognition dialog of the saved record (unsaved changes are saved or let go first); the
        record is read again when it closes, since recognising moves its status."""
        self._resolve_unsaved(partial(self._show_side_dialog, "recognition"))

    def open_remuneration(self) -> None:
        """The remuneration dialog of the saved record: its dues follow the saved benefit and status,
        so unsaved changes are saved or let go first; proofs join the attachments, hence the reload."""
        self._resolve_unsaved(partial(self._show_side_dialog, "remuneration"))

    @property
    def recognition_dialog(self) -> QDialog | None:
        return self._side_dialogs.get("recognition")

    @property
    def remuneration_dialog(self) -> QDialog | None:
        return self._side_dialogs.get("remuneration")

    def _make_side_dialog(self, name: str, initiative_id: str) -> QDialog:
        services = self._services
        if name == "recognition":
            from sangkien_desktop.ui.dialogs.recognition_dialog import RecognitionDialog

            return RecognitionDialog(services.recognition, services.attachments, self._runner, initiative_id,
                                     self)
        from sangkien_desktop.ui.dialogs.remuneration_dialog import RemunerationDialog

        return RemunerationDialog(services.remuneration, services.attachments, self._runner, initiative_id,
                                  self)

    def _show_side_dialog(self, name: str) -> None:
        detail = self._detail
        if detail is None or self._busy:
            return
        dialog = self._make_side_dialog(name, detail.id)
        dialog.finished.connect(partial(self._side_dialog_closed, name))
        self._side_dialogs[name] = dialog
        dialog.open()

    def _side_dialog_closed(self, name: str, _result: int) -> None:
        dialog = self._side_dialogs.pop(name, None)
        if dialog is not None:
            dialog.deleteLater()
        if self._detail is not None:
            self.load(self._detail.id)

    # -- closing and starting anew ----------------------------------------------------------------

    def new_initiative(self) -> None:
        """Ctrl+N: an empty form, once unsaved changes are saved or let go."""
        self._resolve_unsaved(self.start_new)

    def reject(self) -> None:
        """Esc, the Close button and the window's close box all end here (QDialog routes closing here)."""
        if self._close_confirmed or not self.is_dirty():
            self._close_confirmed = False
            super().reject()
        elif not self._busy:
            self._resolve_unsaved(self._close_now)

    def _close_now(self) -> None:
        self._close_confirmed = True
        self.reject()

    def _resolve_unsaved(self, then: Callable[[], None]) -> None:
        if not self.is_dirty():
            then()
            return
        choice = self._prompts.unsaved_changes(self)
        if choice is UnsavedChoice.DISCARD:
            then()
        elif choice is UnsavedChoice.SAVE:
            self._after_save = then
            if not self.save():
                self._after_save = None  # problems are shown at the fields; the window stays

    def _no_default_button(self) -> None:
        for button in self.ui.buttonBox.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)

    def showEvent(self, event: QShowEvent) -> None:
        self._close_confirmed = False
        super().showEvent(event)
        self._no_default_button()  # the button box makes Save the default as it is shown

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return  # Enter ends a field; it never saves or closes the window by surprise (Ctrl+S saves)
        super().keyPressEvent(event)
