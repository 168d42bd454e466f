"""Choosing who uses the program at start-up, with their PIN when they have one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QPushButton, QWidget

from sangkien_desktop.domain.errors import KnownError, WrongPinError
from sangkien_desktop.domain.officers import OfficerView, sign_in_needed
from sangkien_desktop.ui.dialogs.editor_fields import InlineMessages
from sangkien_desktop.ui.forms.ui_sign_in_dialog import Ui_SignInDialog
from sangkien_desktop.ui.labels import enum_label
from sangkien_desktop.ui.tasks import Runner

if TYPE_CHECKING:
    from sangkien_desktop.services.officers import OfficerService

__all__ = ["SignInDialog"]


class SignInDialog(QDialog):
    """Lists the active officers (loaded on the db lane); the PIN field shows only for an officer
    who has a PIN. Sign in checks the PIN with ``OfficerService.verify`` on the db lane; a wrong PIN
    is shown in red under the field and the dialog stays open. ``officer`` holds the ``OfficerView``
    after acceptance; the caller makes it the acting officer.
    """

    def __init__(self, officers: OfficerService, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self._officers = officers
        self._runner = runner
        self._busy = False
        self.officer: OfficerView | None = None
        self.messages = InlineMessages(self.ui.errorLabel)
        self.messages.add_label("pin", self.ui.pinError)
        self.messages.clear()
        self._sign_in_button().setText(self.tr("&Sign in"))
        self.ui.officerList.currentItemChanged.connect(self._chosen)
        self.ui.officerList.itemActivated.connect(self.submit)
        self.ui.pinEdit.textEdited.connect(lambda _text: self.messages.clear())
        self.ui.buttonBox.accepted.connect(self.submit)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._show_pin(False)
        self._set_busy(True)
        runner.run(officers.sign_in_choices, lane="db", on_success=self._loaded, on_failure=self._failed)

    def chosen(self) -> OfficerView | None:
        item = self.ui.officerList.currentItem()
        officer: OfficerView | None = None if item is None else item.data(Qt.ItemDataRole.UserRole)
        return officer

    def choose(self, officer_id: str) -> None:
        """Select the officer with this id (the one who signed in last time, say)."""
        for row in range(self.ui.officerList.count()):
            item = self.ui.officerList.item(row)
            if item.data(Qt.ItemDataRole.UserRole).id == officer_id:
                self.ui.officerList.setCurrentItem(item)

    def _loaded(self, officers: tuple[OfficerView, ...]) -> None:
        for officer in officers:
            item = QListWidgetItem(f"{officer.full_name} – {enum_label(officer.role)}")
            item.setData(Qt.ItemDataRole.UserRole, officer)
            self.ui.officerList.addItem(item)
        self._set_busy(False)
        if officers:
            self.ui.officerList.setCurrentRow(0)
        else:
            self.messages.show_general(self.tr("No officer can sign in. Add officers in Settings."))

    def _chosen(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        self.messages.clear()
        self.ui.pinEdit.clear()
        officer = self.chosen()
        self._show_pin(officer is not None and officer.has_pin)
        self._update_button()

    def _show_pin(self, shown: bool) -> None:
        self.ui.pinWidget.setVisible(shown)
        if shown:
            self.ui.pinEdit.setFocus()

    def submit(self) -> None:
        officer = self.chosen()
        if officer is None or self._busy:
            return
        pin = self.ui.pinEdit.text() if officer.has_pin else None
        self.messages.clear()
        self._set_busy(True)
        self._runner.run(lambda: self._officers.verify(officer.id, pin), lane="db",
                         on_success=self._verified, on_failure=self._failed)

    def _verified(self, officer: OfficerView) -> None:
        self._set_busy(False)
        self.officer = officer
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, WrongPinError):
            self.messages.show_at("pin", [exc.message])
            self.ui.pinEdit.selectAll()
            self.ui.pinEdit.setFocus()
        elif isinstance(exc, KnownError):
            self.messages.show_general(exc.message)
        else:
            raise exc

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_button()

    def _update_button(self) -> None:
        self._sign_in_button().setEnabled(not self._busy and self.chosen() is not None)

    def _sign_in_button(self) -> QPushButton:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


class SignInCancelled(Exception):
    """The officer closed the sign-in dialog: the app does not open."""


def sign_in(choices: Sequence[OfficerView], officers: OfficerService, runner: Runner) -> OfficerView | None:
    """The officer using the app: the only one when that is obvious (one officer, no PIN), else the
    one chosen in the sign-in dialog; None when the office records no officer yet."""
    if not sign_in_needed(choices):
        return choices[0] if choices else None
    dialog = SignInDialog(officers, runner)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        raise SignInCancelled
    return dialog.officer
