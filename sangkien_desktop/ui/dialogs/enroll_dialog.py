"""Enrolment with the central server: its address, the one-time code and, rarely, a CA certificate.

Obvious mistakes (an empty field, an address without https://) are explained under the field at
once; everything else is judged by ``SyncService.enroll``, which runs on the net lane and whose
Vietnamese errors are shown under the field they name, or below the fields.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLabel, QWidget

from sangkien_desktop.domain.errors import KnownError, ValidationError
from sangkien_desktop.domain.sync import SyncStatus
from sangkien_desktop.domain.text import clean
from sangkien_desktop.ui.dialogs.editor_fields import Tone
from sangkien_desktop.ui.forms.ui_enroll_dialog import Ui_EnrollDialog
from sangkien_desktop.ui.tasks import Runner

if TYPE_CHECKING:
    from sangkien_desktop.services.sync import SyncService

__all__ = ["EnrollDialog"]

class _MissingCaFile(Exception):
    """The CA certificate named does not exist (found on the net lane, told on the GUI thread)."""


def enroll(sync: SyncService, server_url: str, code: str, ca_bundle: Path | None) -> SyncStatus:
    """Net lane: check the CA file is there, then enrol."""
    if ca_bundle is not None and not ca_bundle.is_file():
        raise _MissingCaFile(str(ca_bundle))
    return sync.enroll(server_url, code, ca_bundle)


class EnrollDialog(QDialog):
    """OK enrols; the dialog closes (accepted) once the server has answered, emitting
    ``enrolled(SyncStatus)``. ``status`` keeps that answer for the caller."""

    enrolled = Signal(object)

    def __init__(self, sync: SyncService, runner: Runner, parent: QWidget | None = None, *,
                 server_url: str | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EnrollDialog()
        self.ui.setupUi(self)
        self._sync = sync
        self._runner = runner
        self.status: SyncStatus | None = None
        self.file_dialog: QFileDialog | None = None
        self._busy = False
        self._errors: dict[str, QLabel] = {"server_url": self.ui.serverError, "code": self.ui.codeError,
                                            "ca_bundle": self.ui.caError}
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Enrol"))
        ok.clicked.connect(self.submit)
        self.ui.caBrowseButton.clicked.connect(self.choose_ca_file)
        if server_url:
            self.ui.serverEdit.setText(server_url)
            self.ui.codeEdit.setFocus()
        self._clear_problems()

    # -- input ------------------------------------------------------------------------------------

    def values(self) -> tuple[str, str, Path | None]:
        """The address, the code and the CA file as typed, tidied."""
        server = clean(self.ui.serverEdit.text()) or ""
        code = clean(self.ui.codeEdit.text()) or ""
        ca_text = clean(self.ui.caEdit.text())
        return server.rstrip("/"), code, Path(ca_text).expanduser() if ca_text else None

    def _problems(self, server: str, code: str) -> dict[str, str]:
        found: dict[str, str] = {}
        if not server:
            found["server_url"] = self.tr("Enter the server's address.")
        else:
            parts = urlsplit(server)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                found["server_url"] = self.tr("Enter the whole address, starting with https://")
        if not code:
            found["code"] = self.tr("Enter the one-time code given by the higher-level union.")
        return found

    def choose_ca_file(self) -> QFileDialog:
        """A file dialog (window-modal) for the CA certificate; the choice fills the field."""
        dialog = QFileDialog(self, self.tr("Choose the CA certificate"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Certificates (*.pem *.crt *.cer)"), self.tr("All files (*)")])
        dialog.fileSelected.connect(self.ui.caEdit.setText)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    # -- enrolling --------------------------------------------------------------------------------

    def submit(self) -> None:
        if self._busy:
            return
        server, code, ca_bundle = self.values()
        self._clear_problems()
        problems = self._problems(server, code)
        if problems:
            self._show_problems(problems)
            return
        self._set_busy(True)
        self._say(self.tr("Contacting the server…"), Tone.INFO)
        self._runner.run(partial(enroll, self._sync, server, code, ca_bundle), lane="net",
                         on_success=self._enrolled, on_failure=self._failed)

    def _enrolled(self, status: SyncStatus) -> None:
        self._set_busy(False)
        self.status = status
        self.enrolled.emit(status)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, _MissingCaFile):
            self._show_problems({"ca_bundle": self.tr("This file does not exist.")})
        elif isinstance(exc, ValidationError):
            self._show_problems({p.field: p.reason for p in exc.problems if p.field in self._errors})
            others = [p.message() for p in exc.problems if p.field not in self._errors]
            self._say("\n".join([self.tr("Not enrolled."), *others]), Tone.ERROR)
        elif isinstance(exc, KnownError):
            self._say("\n".join([self.tr("Not enrolled."), exc.message]), Tone.ERROR)
        else:
            raise exc

    # -- showing ----------------------------------------------------------------------------------

    def _show_problems(self, problems: dict[str, str]) -> None:
        for field, text in problems.items():
            label = self._errors[field]
            label.setText(text)
            label.setVisible(True)
        first = next(iter(problems), None)
        editors = {"server_url": self.ui.serverEdit, "code": self.ui.codeEdit, "ca_bundle": self.ui.caEdit}
        if first is not None:
            editors[first].setFocus()

    def _clear_problems(self) -> None:
        for label in self._errors.values():
            label.clear()
            label.setStyleSheet(Tone.ERROR.value)
            label.setVisible(False)
        self._say("", Tone.INFO)

    def _say(self, text: str, tone: Tone) -> None:
        self.ui.statusLabel.setStyleSheet(tone.value)
        self.ui.statusLabel.setText(text)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.ui.serverEdit, self.ui.codeEdit, self.ui.caEdit, self.ui.caBrowseButton):
            widget.setEnabled(not busy)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)
