"""Adding or editing one person (``PeopleService.create`` / ``update``), with inline messages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QPushButton, QWidget

from sangkien_desktop.domain.enums import Sex, WorkerKind
from sangkien_desktop.domain.errors import ValidationError
from sangkien_desktop.domain.people import PersonInput, PersonView
from sangkien_desktop.ui.dialogs.editor_fields import BoundField, FieldKind, InlineMessages
from sangkien_desktop.ui.forms.ui_person_dialog import Ui_PersonDialog
from sangkien_desktop.ui.tasks import Runner
from sangkien_desktop.ui.widgets.combos import fill_enum_combo

if TYPE_CHECKING:
    from sangkien_desktop.services.people import PeopleService

__all__ = ["PersonDialog"]


class PersonDialog(QDialog):
    """Shows a person's details (or none, for a new person) and saves them on Save through the db lane.

    The dialog closes (accepted) only once the service has saved; problems are shown in Vietnamese
    under their field, and the first such field gets the focus. A version conflict (someone else
    saved first) is shown above the buttons. ``saved`` holds the ``PersonView`` after acceptance.
    """

    def __init__(self, people: PeopleService, runner: Runner, person: PersonView | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self._people = people
        self._runner = runner
        self._person = person
        self.saved: PersonView | None = None
        ui = self.ui
        fill_enum_combo(ui.sexCombo, Sex)
        fill_enum_combo(ui.workerKindCombo, WorkerKind, blank="—")
        self._fields = {
            f.name: f
            for f in (
                BoundField("full_name", ui.fullNameEdit, FieldKind.LINE),
                BoundField("birth_date", ui.birthDateEdit, FieldKind.DATE),
                BoundField("sex", ui.sexCombo, FieldKind.CHOICE),
                BoundField("department", ui.departmentEdit, FieldKind.LINE),
                BoundField("job_title", ui.jobTitleEdit, FieldKind.LINE),
                BoundField("worker_kind", ui.workerKindCombo, FieldKind.CHOICE),
                BoundField("is_member", ui.memberCheck, FieldKind.FLAG),
                BoundField("phone", ui.phoneEdit, FieldKind.LINE),
                BoundField("email", ui.emailEdit, FieldKind.LINE),
            )
        }
        self.messages = InlineMessages(ui.generalLabel)
        for name, bound in self._fields.items():
            if name != "is_member":
                self.messages.add_under(name, bound.widget)
        self.messages.clear()
        ui.birthDateEdit.editingFinished.connect(self._fields["birth_date"].tidy)
        ui.buttonBox.accepted.connect(self.submit)
        self.setWindowTitle(self.tr("Edit person") if person else self.tr("New person"))
        self._show(person)

    def _show(self, person: PersonView | None) -> None:
        if person is None:
            self._fields["sex"].show(Sex.KHONG_RO)
            self._fields["is_member"].show(True)
            return
        for name, bound in self._fields.items():
            bound.show(getattr(person, name))

    def person_input(self) -> PersonInput:
        """What the officer typed, parsed; ``ValidationError`` for values that cannot be read."""
        return PersonInput.from_mapping({name: bound.value() for name, bound in self._fields.items()})

    def submit(self) -> None:
        """Save: check on the spot, then save through the service; the dialog stays open until saved."""
        self.messages.clear()
        try:
            data = self.person_input()
        except ValidationError as exc:
            self._failed(exc)
            return
        self._save_button().setEnabled(False)
        person = self._person
        if person is None:
            self._runner.run(lambda: self._people.create(data), lane="db",
                             on_success=self._saved, on_failure=self._failed)
        else:
            self._runner.run(lambda: self._people.update(person.id, data, person.version), lane="db",
                             on_success=self._saved, on_failure=self._failed)

    def _saved(self, person: PersonView) -> None:
        self.saved = person
        self._save_button().setEnabled(True)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._save_button().setEnabled(True)
        shown = self.messages.show_failure(exc)
        first = self._fields.get(shown[0]) if shown else None
        if first is not None:
            first.widget.setFocus()
            if isinstance(first.widget, QLineEdit):
                first.widget.selectAll()

    def _save_button(self) -> QPushButton:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
