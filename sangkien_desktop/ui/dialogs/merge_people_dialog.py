"""Merging two records of the same person (``PeopleService.merge``): both side by side, pick the keeper."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget

from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.people import PersonView
from sangkien_desktop.domain.text import format_date, format_number
from sangkien_desktop.ui.dialogs.editor_fields import Tone
from sangkien_desktop.ui.forms.ui_merge_people_dialog import Ui_MergePeopleDialog
from sangkien_desktop.ui.tasks import Runner

if TYPE_CHECKING:
    from sangkien_desktop.services.people import PeopleService

__all__ = ["MergePeopleDialog"]


class MergePeopleDialog(QDialog):
    """Shows ``first`` and ``second`` (name, birth date, department, initiative count) with a
    "keep this one" choice (``first`` by default, or whichever has more initiatives). OK merges
    on the db lane; the dialog closes (accepted) once the service has merged, and ``merged``
    holds the kept ``PersonView``. A refusal (already merged elsewhere…) is shown in the dialog.
    """

    def __init__(self, people: PeopleService, runner: Runner, first: PersonView, second: PersonView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MergePeopleDialog()
        self.ui.setupUi(self)
        self._people = people
        self._runner = runner
        self._pair = (first, second)
        self.merged: PersonView | None = None
        ui = self.ui
        self._show(first, ui.firstNameLabel, ui.firstBirthLabel, ui.firstDepartmentLabel, ui.firstCountLabel)
        self._show(second, ui.secondNameLabel, ui.secondBirthLabel, ui.secondDepartmentLabel,
                   ui.secondCountLabel)
        ui.keepSecondRadio.setChecked(second.initiative_count > first.initiative_count)
        ui.errorLabel.setStyleSheet(Tone.ERROR.value)
        ui.errorLabel.hide()
        self._ok_button().setText(self.tr("Merge"))
        ui.buttonBox.accepted.connect(self.submit)

    @staticmethod
    def _show(person: PersonView, name: QLabel, birth: QLabel, department: QLabel, count: QLabel) -> None:
        name.setText(person.full_name)
        birth.setText(format_date(person.birth_date) if person.birth_date else "—")
        department.setText(person.department or "—")
        count.setText(format_number(person.initiative_count))

    def keep_and_duplicate(self) -> tuple[PersonView, PersonView]:
        first, second = self._pair
        return (second, first) if self.ui.keepSecondRadio.isChecked() else (first, second)

    def submit(self) -> None:
        keep, duplicate = self.keep_and_duplicate()
        self._ok_button().setEnabled(False)
        self._runner.run(lambda: self._people.merge(keep.id, duplicate.id), lane="db",
                         on_success=self._merged, on_failure=self._failed)

    def _merged(self, kept: PersonView) -> None:
        self.merged = kept
        self._ok_button().setEnabled(True)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._ok_button().setEnabled(True)
        if not isinstance(exc, KnownError):
            raise exc
        self.ui.errorLabel.setText(exc.message)
        self.ui.errorLabel.show()

    def _ok_button(self) -> QPushButton:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
