"""A printer's offsets for printing Giấy khen onto pre-printed blanks: name, X and Y in mm (0.5 mm
steps, at most ±15 mm), saved as a printer profile; "Print calibration page" previews the CAL page
with the offsets as typed, so the officer can print it, lay it on a blank and check them first."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QWidget

from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.printer_profiles import PrinterProfile
from sangkien_desktop.ui.dialogs.editor_fields import Tone
from sangkien_desktop.ui.dialogs.pdf_preview import PdfPreviewDialog
from sangkien_desktop.ui.forms.ui_printer_profile_dialog import Ui_PrinterProfileDialog
from sangkien_desktop.ui.i18n import arg
from sangkien_desktop.ui.tasks import Runner

if TYPE_CHECKING:
    from sangkien_desktop.services.printing import PrintingService

__all__ = ["PrinterProfileDialog", "calibration_file"]


def calibration_file(printing: PrintingService, offset_mm: tuple[float, float]) -> Path:
    """Runs on the db lane: the calibration page with these offsets, in a new temporary PDF."""
    handle, name = tempfile.mkstemp(prefix="trang-can-chinh-", suffix=".pdf")
    os.close(handle)
    return printing.print_calibration(Path(name), offset_mm=offset_mm).path


class PrinterProfileDialog(QDialog):
    """Edits one profile (``profile``) or a new one. ``saved(PrinterProfile)`` once stored;
    ``preview`` is the last calibration preview opened and ``calibration_pdf`` its temporary file,
    removed when the preview closes (for the caller and tests)."""

    saved = Signal(object)

    def __init__(self, printing: PrintingService, runner: Runner, parent: QWidget | None = None, *,
                 profile: PrinterProfile | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PrinterProfileDialog()
        self.ui.setupUi(self)
        self._printing, self._runner = printing, runner
        self.preview: PdfPreviewDialog | None = None
        self.calibration_pdf: Path | None = None
        if profile is not None:
            self.ui.nameEdit.setText(profile.name)
            self.ui.xSpin.setValue(profile.offset_x_mm)
            self.ui.ySpin.setValue(profile.offset_y_mm)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.closeButton.clicked.connect(self.reject)
        self.ui.calibrationButton.clicked.connect(self.print_calibration)

    def offsets(self) -> tuple[float, float]:
        return (self.ui.xSpin.value(), self.ui.ySpin.value())

    def show_message(self, text: str, tone: Tone = Tone.INFO) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet(tone.value)

    def save(self) -> None:
        profiles, name, (x, y) = self._printing.profiles, self.ui.nameEdit.text(), self.offsets()
        self._busy(True)
        self._runner.run(lambda: profiles.save(name, x, y), lane="db", on_success=self._saved,
                         on_failure=self._failed)

    def _saved(self, profile: PrinterProfile) -> None:
        self._busy(False)
        self.show_message(arg(self.tr("Saved: %1."), profile.name))
        self.saved.emit(profile)
        self.accept()

    def print_calibration(self) -> None:
        printing, offsets = self._printing, self.offsets()
        self._busy(True)
        self.show_message(self.tr("Preparing the calibration page…"))
        self._runner.run(lambda: calibration_file(printing, offsets), lane="db", on_success=self._preview,
                         on_failure=self._failed)

    def _preview(self, pdf: Path) -> None:
        self._busy(False)
        self.show_message(self.tr("Print the calibration page at 100 % (the preview never scales it)."))
        preview = PdfPreviewDialog(pdf, self._runner, self)
        preview.finished.connect(preview.deleteLater)
        preview.finished.connect(lambda: pdf.unlink(missing_ok=True))  # a temporary file, a few kB
        preview.open()
        self.preview, self.calibration_pdf = preview, pdf

    def _failed(self, exc: Exception) -> None:
        self._busy(False)
        if not isinstance(exc, KnownError):
            raise exc
        self.show_message(exc.message, Tone.ERROR)

    def _busy(self, busy: bool) -> None:
        self.ui.saveButton.setEnabled(not busy)
        self.ui.calibrationButton.setEnabled(not busy)
