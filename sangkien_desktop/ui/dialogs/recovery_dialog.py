"""The recovery screen (issue 8): the store failed its check, so the app opens here instead of the
main window. It says what happened, lists the backups newest first (the newest preselected) and
restores the chosen one in the background; the damaged file itself is never written to.

The caller passes plain functions (list backups, restore one), so this module loads neither the
services nor SQLAlchemy."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from sangkien_desktop.domain.backups import BackupInfo, RestoreResult
from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.ui.dialogs.editor_fields import Tone
from sangkien_desktop.ui.forms.ui_recovery_dialog import Ui_RecoveryDialog
from sangkien_desktop.ui.i18n import arg
from sangkien_desktop.ui.tasks import Runner, TaskControl
from sangkien_desktop.ui.widgets.backups_table import fill_backups_table, selected_backup

__all__ = ["RecoveryDialog", "Restore"]

# (archive, report(done, total)) → result; runs on a worker thread.
Restore = Callable[[Path, Callable[[int, int], None]], RestoreResult]
ARCHIVE_FILTER = "*.skbackup"


class RecoveryDialog(QDialog):
    """Accepted once a restore succeeded (the caller then opens the store); rejected on Quit."""

    def __init__(self, problem: str, backups: Sequence[BackupInfo], restore: Restore, runner: Runner,
                 parent: QWidget | None = None, *, headline: str | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RecoveryDialog()
        self.ui.setupUi(self)
        if headline is not None:  # a restore the officer asked for, not a damaged store
            self.ui.headlineLabel.setText(headline)
            self.ui.headlineLabel.setStyleSheet("font-weight: 600; font-size: 14pt;")
            self.ui.adviceLabel.hide()
        self._backups = list(backups)
        self._restore = restore
        self._runner = runner
        self.result_info: RestoreResult | None = None
        self.done_box: QMessageBox | None = None  # the "restored" notice; closing it opens the store
        self.ui.problemLabel.setText(problem)
        self._fill_table()
        self.ui.restoreButton.clicked.connect(self._restore_selected)
        self.ui.chooseFileButton.clicked.connect(self._choose_file)
        self.ui.quitButton.clicked.connect(self.reject)

    def _fill_table(self) -> None:
        fill_backups_table(self.ui.backupsTable, self._backups)
        if not self._backups:
            self._say(self.tr("No backup was found in the data folder. Choose a backup file, for "
                              "example from a USB stick."), Tone.WARNING)
        self.ui.restoreButton.setEnabled(bool(self._backups))

    def _restore_selected(self) -> None:
        chosen = selected_backup(self.ui.backupsTable, self._backups)
        if chosen is not None:
            self.restore_from(chosen.path)

    def _choose_file(self) -> None:
        caption = self.tr("Choose a backup file")
        kinds = arg(self.tr("Backups (%1)"), ARCHIVE_FILTER)
        name, _ = QFileDialog.getOpenFileName(self, caption, "", kinds)
        if name:
            self.restore_from(Path(name))

    def restore_from(self, archive: Path) -> None:
        self._set_busy(True)
        self._say(arg(self.tr("Checking and restoring %1…"), archive.name), Tone.INFO)

        def work(control: TaskControl) -> RestoreResult:
            return self._restore(archive, lambda done, total: control.report(done, total))

        self._runner.run_with_progress(work, self.tr("Restoring the backup…"), self, lane="db",
                                       on_success=self._restored, on_failure=self._failed)

    def _restored(self, result: RestoreResult) -> None:
        self.result_info = result
        when = result.restored.created_at.astimezone().strftime("%d/%m/%Y %H:%M")
        text = arg(self.tr("The backup of %1 was restored. Records entered after that time must be entered "
                           "again. The program opens the store now."), when)
        self._say(text, Tone.INFO)
        ok = QMessageBox.StandardButton.Ok
        box = QMessageBox(QMessageBox.Icon.Information, self.windowTitle(), text, ok, self)
        box.finished.connect(self.accept)
        box.open()
        self.done_box = box

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if not isinstance(exc, KnownError):
            raise exc
        self._say(arg(self.tr("%1 Choose another backup."), exc.message), Tone.ERROR)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.ui.restoreButton, self.ui.chooseFileButton, self.ui.quitButton):
            button.setEnabled(not busy)
        if not busy:
            self.ui.restoreButton.setEnabled(bool(self._backups))

    def _say(self, text: str, tone: Tone) -> None:
        self.ui.statusLabel.setText(text)
        self.ui.statusLabel.setStyleSheet(tone.value)

