"""Settings: the office's details, the officer's name, the central server and the interface language.

The detail fields are the setup wizard's (``widgets.office_fields``), checked with the same rules;
saving runs ``OfficeService.update_office`` on the db lane. The language is a per-PC preference
kept in ``QSettings`` and used from the next start (``i18n.language_from``).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QDialog, QWidget

from sangkien_desktop.domain.errors import KnownError, ValidationError
from sangkien_desktop.domain.model import OfficeView
from sangkien_desktop.domain.office import OFFICE_FIELDS
from sangkien_desktop.domain.sync import SyncStatus
from sangkien_desktop.ui.dialogs.officers_dialog import OfficersDialog
from sangkien_desktop.ui.forms.ui_settings_page import Ui_SettingsPage
from sangkien_desktop.ui.i18n import LANGUAGE_KEY, LANGUAGES, current_language, language_from
from sangkien_desktop.ui.tasks import Runner
from sangkien_desktop.ui.widgets.office_fields import ERROR_STYLE, OfficeFields, office_values

if TYPE_CHECKING:
    from sangkien_desktop.services.office import OfficeService
    from sangkien_desktop.services.officers import OfficerService
    from sangkien_desktop.services.sync import SyncService
    from sangkien_desktop.ui.dialogs.backups_dialog import RestoreRequests

__all__ = ["SettingsPage"]


class SettingsPage(QWidget):
    """Loads the office on the db lane, then edits it; Save is enabled while every field is valid.

    ``office_saved(OfficeView)`` is emitted after a save. A language change is written to
    ``settings`` at once and a note says it applies from the next start. With ``sync``, the central
    server group shows where this computer is enrolled and ``sync_enrolled(SyncStatus)`` follows an
    enrolment.
    """

    office_saved = Signal(object)
    sync_enrolled = Signal(object)

    def __init__(self, office_service: OfficeService, runner: Runner, settings: QSettings,
                 parent: QWidget | None = None, officers: OfficerService | None = None,
                 sync: SyncService | None = None, backups: RestoreRequests | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        self._officers = officers
        self.officers_dialog: QDialog | None = None
        self.ui.officersButton.setVisible(officers is not None)
        self.ui.officersButton.clicked.connect(self.open_officers)
        self._service = office_service
        self._runner = runner
        self._settings = settings
        self._office: OfficeView | None = None
        self._saving = False
        self.fields = OfficeFields(self.ui, [f.name for f in OFFICE_FIELDS], self)
        self.fields.changed.connect(self._update_save_button)
        self.ui.saveButton.clicked.connect(self.save)
        self._sync = sync
        self.enroll_dialog: QDialog | None = None
        self._server_url: str | None = None
        self.ui.serverGroup.setVisible(sync is not None)
        self.ui.enrollButton.clicked.connect(self.open_enroll_dialog)
        self._backups = backups
        self.backups_dialog: QDialog | None = None
        self.ui.dataGroup.setVisible(backups is not None)
        self.ui.backupsButton.clicked.connect(self.open_backups)
        self._fill_languages()
        self._align_labels()
        self._update_save_button()
        self.reload()
        self.reload_server()

    def _align_labels(self) -> None:
        """One label column across the groups, as if they were a single form."""
        labels = [b.label for b in self.fields.bindings] + [self.ui.languageLabel, self.ui.serverLabel]
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)

    # -- office details ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the saved details again (on the db lane) into the fields."""
        self._runner.run(self._service.get_office, lane="db", on_success=self._loaded,
                         on_failure=self._failed)

    def _loaded(self, office: OfficeView) -> None:
        self._office = office
        self.fields.set_values(office_values(office))
        self._update_save_button()

    def save(self) -> None:
        if self._office is None or self._saving or not self.fields.valid():
            return
        self._set_saving(True)
        data = self.fields.office_input(self._office.officer_role)
        self._runner.run(partial(self._service.update_office, data), lane="db",  # as the signed-in officer
                         on_success=self._saved, on_failure=self._failed)

    def _saved(self, office: OfficeView) -> None:
        self._set_saving(False)
        self._loaded(office)
        self._say(self.tr("The union's details have been saved."))
        self.office_saved.emit(office)

    def _failed(self, exc: Exception) -> None:
        self._set_saving(False)
        if isinstance(exc, ValidationError):
            elsewhere = self.fields.show_problems(exc.problems)
            lines = [self.tr("Not saved: correct the fields marked in red.")]
            self._say("\n".join(lines + [p.message() for p in elsewhere]), error=True)
        elif isinstance(exc, KnownError):
            self._say(exc.message, error=True)
        else:
            raise exc

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self._update_save_button()

    def _update_save_button(self) -> None:
        ready = self._office is not None and not self._saving
        self.ui.saveButton.setEnabled(ready and self.fields.valid())

    def _say(self, text: str, error: bool = False) -> None:
        self.ui.statusLabel.setStyleSheet(ERROR_STYLE if error else "")
        self.ui.statusLabel.setText(text)

    # -- officers -----------------------------------------------------------------------------------

    def open_officers(self) -> None:
        """The officers dialog (window-modal); the officer's name above is read again when it closes."""
        if self._officers is None:
            return
        self.officers_dialog = OfficersDialog(self._officers, self._runner, self)
        self.officers_dialog.finished.connect(lambda _result: self.reload())
        self.officers_dialog.open()

    # -- central server -----------------------------------------------------------------------------

    def reload_server(self) -> None:
        """Where this computer is enrolled (db lane)."""
        if self._sync is not None:
            self._runner.run(self._sync.status, lane="db", on_success=self._show_server,
                             on_failure=self._failed)

    def _show_server(self, status: SyncStatus) -> None:
        self._server_url = status.server_url
        if not status.enrolled or not status.server_url:
            self.ui.serverValue.setText(self.tr("Not enrolled yet"))
            self.ui.enrollButton.setText(self.tr("Enrol with the server…"))
            return
        unit = " ".join(part for part in (status.unit_code, status.unit_name) if part)
        self.ui.serverValue.setText(f"{status.server_url}\n{unit}" if unit else status.server_url)
        self.ui.enrollButton.setText(self.tr("Enrol again…"))

    def open_backups(self) -> QDialog | None:
        """Sao lưu và khôi phục (loaded on first use)."""
        if self._backups is None:
            return None
        from sangkien_desktop.ui.dialogs.backups_dialog import open_backups_dialog

        self.backups_dialog = open_backups_dialog(self.window(), self._backups, self._runner)
        return self.backups_dialog

    def open_enroll_dialog(self) -> QDialog | None:
        """The enrolment dialog (window-modal); the group shows the new server once it is done."""
        if self._sync is None:
            return None
        from sangkien_desktop.ui.dialogs.enroll_dialog import EnrollDialog

        dialog = EnrollDialog(self._sync, self._runner, self, server_url=self._server_url)
        dialog.enrolled.connect(self._show_server)
        dialog.enrolled.connect(self.sync_enrolled)
        self.enroll_dialog = dialog
        dialog.open()
        return dialog

    # -- interface language -----------------------------------------------------------------------

    def _fill_languages(self) -> None:
        combo = self.ui.languageCombo
        for code, name in LANGUAGES.items():
            combo.addItem(name, code)
        combo.setCurrentIndex(combo.findData(language_from(self._settings)))
        combo.currentIndexChanged.connect(self._language_chosen)
        self._show_language_note()

    def _language_chosen(self, _index: int) -> None:
        self._settings.setValue(LANGUAGE_KEY, self.ui.languageCombo.currentData())
        self._settings.sync()
        self._show_language_note()

    def _show_language_note(self) -> None:
        self.ui.languageNote.setVisible(self.ui.languageCombo.currentData() != current_language())
