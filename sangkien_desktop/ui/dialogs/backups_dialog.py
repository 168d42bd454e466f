"""Sao lưu và khôi phục (issue 8): the backups in the data folder, "back up now", "back up to a USB
stick" and choosing a backup to restore.

A restore replaces the whole store, so it cannot happen under the open window: the dialog only
records the choice (``restore_chosen``); the caller closes the main window and the app restores
the archive before it opens the store again (app.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from sangkien_desktop.domain.backups import BackupInfo, BackupKind
from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.text import format_number
from sangkien_desktop.ui.dialogs.editor_fields import Tone
from sangkien_desktop.ui.forms.ui_backups_dialog import Ui_BackupsDialog
from sangkien_desktop.ui.i18n import arg
from sangkien_desktop.ui.tasks import Runner, TaskControl
from sangkien_desktop.ui.widgets.backups_table import fill_backups_table, selected_backup

__all__ = ["BackupOps", "BackupsDialog"]


class BackupOps(Protocol):
    """What the dialog needs of ``BackupService``."""

    def list(self, folder: Path | None = None) -> list[BackupInfo]: ...

    def create(self, kind: BackupKind = ..., folder: Path | None = None,
               progress: Callable[[int, int], None] | None = None) -> BackupInfo: ...


class BackupsDialog(QDialog):
    def __init__(self, backups: BackupOps, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BackupsDialog()
        self.ui.setupUi(self)
        self._ops = backups
        self._runner = runner
        self._backups: list[BackupInfo] = []
        self.restore_chosen: Path | None = None
        self.confirm_box: QMessageBox | None = None
        self.ui.backupNowButton.clicked.connect(lambda: self.back_up(None))
        self.ui.toUsbButton.clicked.connect(self._choose_usb)
        self.ui.restoreButton.clicked.connect(self.ask_restore)
        self.ui.closeButton.clicked.connect(self.reject)
        self.refresh()

    def refresh(self) -> None:
        self._runner.run(self._ops.list, lane="net", on_success=self._show, on_failure=self._failed)

    def _show(self, backups: list[BackupInfo]) -> None:
        self._backups = backups
        fill_backups_table(self.ui.backupsTable, backups)
        self.ui.restoreButton.setEnabled(bool(backups))

    def back_up(self, folder: Path | None) -> None:
        self._set_busy(True)

        def work(control: TaskControl) -> BackupInfo:
            return self._ops.create(BackupKind.MANUAL, folder, control.report)

        self._runner.run_with_progress(work, self.tr("Backing up…"), self, lane="net",
                                       on_success=self._backed_up, on_failure=self._failed,
                                       on_cancel=lambda: self._set_busy(False))

    def _choose_usb(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the USB stick or folder"))
        if folder:
            self.back_up(Path(folder))

    def _backed_up(self, info: BackupInfo) -> None:
        self._set_busy(False)
        count = format_number(info.initiatives)
        self._say(arg(self.tr("Backed up to %1 (%2 initiatives)."), info.path, count), Tone.INFO)
        self.refresh()

    def ask_restore(self) -> None:
        """Ask before the chosen backup replaces everything; Yes accepts the dialog."""
        chosen = selected_backup(self.ui.backupsTable, self._backups)
        if chosen is None:
            return
        when = chosen.created_at.astimezone().strftime("%d/%m/%Y %H:%M")
        text = arg(self.tr("Replace all the data with the backup of %1 (%2 initiatives)? The current data is "
                           "backed up first. The program closes, restores the backup and opens again; what "
                           "was entered after %1 will have to be entered again."),
                   when, format_number(chosen.initiatives))
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), text, buttons, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered(button: int) -> None:
            if button == QMessageBox.StandardButton.Yes:
                self.restore_chosen = chosen.path
                self.accept()

        box.finished.connect(answered)
        box.open()
        self.confirm_box = box

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if not isinstance(exc, KnownError):
            raise exc
        self._say(exc.message, Tone.ERROR)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.ui.backupNowButton, self.ui.toUsbButton, self.ui.restoreButton):
            button.setEnabled(not busy)
        if not busy:
            self.ui.restoreButton.setEnabled(bool(self._backups))

    def _say(self, text: str, tone: Tone) -> None:
        self.ui.statusLabel.setText(text)
        self.ui.statusLabel.setStyleSheet(tone.value)


class RestoreRequests(BackupOps, Protocol):
    def request_restore(self, archive: Path) -> None: ...


def open_backups_dialog(window: QWidget, backups: RestoreRequests, runner: Runner) -> BackupsDialog:
    """The dialog, non-modal over ``window``; choosing a restore closes ``window`` (its own checks of
    unsaved work run first) and leaves the request for the app to carry out."""
    dialog = BackupsDialog(backups, runner, window)

    def chosen() -> None:
        archive = dialog.restore_chosen
        if archive is not None and window.close():
            backups.request_restore(archive)

    dialog.accepted.connect(chosen)
    dialog.open()
    return dialog
