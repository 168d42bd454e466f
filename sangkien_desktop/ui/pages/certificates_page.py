"""The certificates page (Giấy chứng nhận): the register, batch printing, reprint, revoke, verify.

Printing a decision's certificates asks where to save the PDF, then runs on the db lane with a
progress dialog and Cancel (the service writes a temporary file and renames it only at the end, so
a cancel leaves nothing); when it is done the preview opens, from which the officer prints at true
scale or exports a copy. Reprint does the same for the selected register rows (same serials).
Revoke asks for a reason; the service refuses anyone but the chairman, and the page says why.
On pre-printed blanks the fields move by the chosen printer's saved offsets ("Offsets…" edits them
and previews the calibration page); "Emblem…" chooses the image printed on plain-paper Giấy khen.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QWidget

from sangkien_desktop.domain.certificates import RegisterEntry, RegisterPage
from sangkien_desktop.domain.enums import DecisionState
from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.printer_profiles import PrinterProfile
from sangkien_desktop.domain.reward_views import DecisionSummary
from sangkien_desktop.domain.text import format_date, format_number
from sangkien_desktop.ui.dialogs.editor_fields import Tone
from sangkien_desktop.ui.dialogs.pdf_preview import PdfPreviewDialog, choose_pdf_target
from sangkien_desktop.ui.dialogs.printer_profile_dialog import PrinterProfileDialog
from sangkien_desktop.ui.dialogs.verify_dialog import VerifyDialog
from sangkien_desktop.ui.forms.ui_certificates_page import Ui_CertificatesPage
from sangkien_desktop.ui.i18n import arg
from sangkien_desktop.ui.models.alignment import LEFT, RIGHT
from sangkien_desktop.ui.models.item_list import ItemListModel
from sangkien_desktop.ui.tasks import Runner, TaskControl
from sangkien_desktop.ui.widgets.table_columns import size_columns

if TYPE_CHECKING:
    from sangkien_desktop.services.certificates import CertificateService
    from sangkien_desktop.services.printing import PrintingService, PrintResult
    from sangkien_desktop.services.rewards import RewardService

__all__ = ["CertificatesPage", "RegisterColumn", "RegisterModel"]

NUMBER_ROLE = Qt.ItemDataRole.UserRole + 2  # the decision number, for the suggested file name
AnyIndex = QModelIndex | QPersistentModelIndex
ChooseTarget = Callable[[QWidget, str], Path | None]
ChooseImage = Callable[[QWidget], Path | None]
PrinterSettings = tuple[list[PrinterProfile], Path | None]
Listing = tuple[RegisterPage, tuple[DecisionSummary, ...]]
REGISTER_ROWS = 500  # the newest certificates; the search of the verify dialog reaches the rest


class RegisterColumn(IntEnum):
    SERIAL = 0
    RECIPIENT = 1
    TEMPLATE = 2
    ISSUED = 3
    REPRINTS = 4
    REVOKED = 5


def _revoked_text(entry: RegisterEntry) -> str:
    if entry.revoked_at is None:
        return ""
    return f"{format_date(entry.revoked_at.date())}: {entry.revoke_reason or ''}"


# Sample cell texts that size the columns.
_COLUMN_SAMPLES = {
    RegisterColumn.SERIAL: "CDCS-ABC-2024-00000",
    RegisterColumn.TEMPLATE: "Mẫu",
    RegisterColumn.ISSUED: "00/00/0000",
    RegisterColumn.REPRINTS: "Số lần in lại",
    RegisterColumn.REVOKED: "00/00/0000: Ghi sai tên người nhận",
}


def cell_text(entry: RegisterEntry, column: RegisterColumn) -> str:
    match column:
        case RegisterColumn.SERIAL:
            return entry.serial
        case RegisterColumn.RECIPIENT:
            return entry.recipient_name
        case RegisterColumn.TEMPLATE:
            return entry.template.value
        case RegisterColumn.ISSUED:
            return format_date(entry.issued_at.date())
        case RegisterColumn.REPRINTS:
            return format_number(entry.reprints)
        case RegisterColumn.REVOKED:
            return _revoked_text(entry)


class RegisterModel(ItemListModel[RegisterEntry]):
    """Read-only rows of ``RegisterEntry``, newest first; ``ITEM_ROLE`` gives the entry itself."""

    COLUMN_COUNT = len(RegisterColumn)

    def cell(self, item: RegisterEntry, column: int) -> str:
        return cell_text(item, RegisterColumn(column))

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return RIGHT if column == RegisterColumn.REPRINTS else LEFT

    def header_text(self, section: int) -> str:
        match RegisterColumn(section):
            case RegisterColumn.SERIAL:
                return self.tr("Serial")
            case RegisterColumn.RECIPIENT:
                return self.tr("Recipient")
            case RegisterColumn.TEMPLATE:
                return self.tr("Template")
            case RegisterColumn.ISSUED:
                return self.tr("Issued on")
            case RegisterColumn.REPRINTS:
                return self.tr("Reprints")
            case RegisterColumn.REVOKED:
                return self.tr("Revoked")


def choose_emblem_file(parent: QWidget) -> Path | None:
    caption = QCoreApplication.translate("CertificatesPage", "Emblem image")
    kinds = QCoreApplication.translate("CertificatesPage", "Images (*.png *.jpg *.jpeg)")
    name, _ = QFileDialog.getOpenFileName(parent, caption, "", kinds)
    return Path(name) if name else None


def _listing(certificates: CertificateService, rewards: RewardService) -> Listing:
    """Runs on the db lane: the newest register rows and the decisions whose certificates may be printed."""
    issued = tuple(d for d in rewards.list() if d.state is DecisionState.DA_BAN_HANH)
    return certificates.register(0, REGISTER_ROWS), issued


class CertificatesPage(QWidget):
    """The "Giấy chứng nhận" section. ``preview`` is the last preview opened (for the caller and tests);
    ``printed(result)`` is emitted when a PDF was written."""

    printed = Signal(object)
    listed = Signal()

    def __init__(self, certificates: CertificateService, printing: PrintingService, rewards: RewardService,
                 runner: Runner, parent: QWidget | None = None, *,
                 choose_target: ChooseTarget = choose_pdf_target,
                 choose_emblem: ChooseImage = choose_emblem_file) -> None:
        super().__init__(parent)
        self.ui = Ui_CertificatesPage()
        self.ui.setupUi(self)
        self._certificates, self._printing, self._rewards = certificates, printing, rewards
        self._runner, self._choose_target, self._choose_emblem = runner, choose_target, choose_emblem
        self.model = RegisterModel(self)
        self.ui.tableView.setModel(self.model)
        self._size_columns()
        self._loaded = False
        self.preview: PdfPreviewDialog | None = None
        self.verify_dialog: VerifyDialog | None = None
        self.reason_dialog: QInputDialog | None = None
        self.profile_dialog: PrinterProfileDialog | None = None
        ui = self.ui
        ui.tableView.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        ui.decisionCombo.currentIndexChanged.connect(self._update_buttons)
        ui.printButton.clicked.connect(self.print_decision)
        ui.reprintButton.clicked.connect(self.reprint_selected)
        ui.revokeButton.clicked.connect(self.revoke_selected)
        ui.verifyButton.clicked.connect(self.open_verify)
        ui.blankCheck.toggled.connect(self._update_buttons)
        ui.offsetsButton.clicked.connect(self.open_offsets)
        ui.emblemButton.clicked.connect(self.choose_emblem)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._loaded:
            self.refresh()  # the first query waits until the page is shown: not at start-up
        super().showEvent(event)

    def _size_columns(self) -> None:
        size_columns(self.ui.tableView, RegisterColumn.RECIPIENT, _COLUMN_SAMPLES)

    # -- listing ----------------------------------------------------------------------------------

    def refresh(self, *_args: object) -> None:
        self._loaded = True
        certificates, rewards = self._certificates, self._rewards
        self._runner.run(lambda: _listing(certificates, rewards), lane="db", on_success=self._show,
                         on_failure=self._failed)
        self.refresh_printers()

    def _show(self, listing: Listing) -> None:
        register, decisions = listing
        self.model.set_items(register.entries)
        self._set_decisions(decisions)
        self.ui.countLabel.setText(arg(self.tr("%1 certificates issued"), format_number(register.total)))
        self.listed.emit()

    def _set_decisions(self, decisions: tuple[DecisionSummary, ...]) -> None:
        combo, chosen = self.ui.decisionCombo, self.ui.decisionCombo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for decision in decisions:
            date_text = format_date(decision.decided_on) if decision.decided_on else ""
            combo.addItem(arg(self.tr("%1 of %2 – %3 recipients"), decision.number or "", date_text,
                              format_number(decision.recipient_count)), decision.id)
            combo.setItemData(combo.count() - 1, decision.number or "", NUMBER_ROLE)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)
        self._update_buttons()

    def _failed(self, exc: Exception) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        self.show_message(exc.message, Tone.ERROR)

    def show_message(self, text: str, tone: Tone = Tone.INFO) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet(tone.value)

    # -- selection --------------------------------------------------------------------------------

    def selected_entries(self) -> list[RegisterEntry]:
        rows = sorted(index.row() for index in self.ui.tableView.selectionModel().selectedRows())
        return [self.model.items()[row] for row in rows]

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected_entries()
        self.ui.printButton.setEnabled(self.ui.decisionCombo.currentData() is not None)
        self.ui.profileCombo.setEnabled(self.ui.blankCheck.isChecked())
        self.ui.reprintButton.setEnabled(bool(chosen) and not any(e.revoked for e in chosen))
        self.ui.revokeButton.setEnabled(len(chosen) == 1 and not chosen[0].revoked)

    # -- printing ---------------------------------------------------------------------------------

    def print_decision(self) -> None:
        """Asks where to save, then prints every certificate of the chosen decision."""
        decision_id = self.ui.decisionCombo.currentData()
        if not isinstance(decision_id, str):
            return
        number = self.ui.decisionCombo.currentData(NUMBER_ROLE) or ""
        target = self._choose_target(self, _file_name(f"giay-khen-{number}"))
        if target is None:
            return
        printing, blank = self._printing, self.ui.blankCheck.isChecked()
        profile = self.chosen_profile() if blank else None
        # No printer chosen means no offsets, not the default profile: the officer sees what prints.
        offset_mm = (0.0, 0.0) if blank and profile is None else None

        def work(control: TaskControl) -> PrintResult:
            return printing.print_decision(decision_id, target, control, blank=blank, profile=profile,
                                           offset_mm=offset_mm)

        self._run_print(work)

    def reprint_selected(self) -> None:
        serials = [entry.serial for entry in self.selected_entries()]
        if not serials:
            return
        target = self._choose_target(self, _file_name(f"in-lai-{serials[0]}"))
        if target is None:
            return
        printing = self._printing

        def work(control: TaskControl) -> PrintResult:
            return printing.reprint(serials, target, control)

        self._run_print(work)

    def _run_print(self, work: Callable[[TaskControl], PrintResult]) -> None:
        self.show_message(self.tr("Printing certificates…"))
        self._runner.run_with_progress(work, self.tr("Printing certificates"), self, lane="db",
                                       on_success=self._printed, on_failure=self._failed,
                                       on_cancel=self._cancelled)

    def _printed(self, result: PrintResult) -> None:
        self.show_message(arg(self.tr("%1 pages written to %2."), format_number(result.pages or 0),
                              str(result.path)))
        self.refresh()
        self.printed.emit(result)
        preview = PdfPreviewDialog(result.path, self._runner, self)
        preview.finished.connect(preview.deleteLater)
        preview.open()
        self.preview = preview

    def _cancelled(self) -> None:
        self.show_message(self.tr("Printing cancelled; no file was written."), Tone.WARNING)

    # -- printers and emblem ----------------------------------------------------------------------

    def refresh_printers(self, selected: str | None = None) -> None:
        """Reload the printer profiles (``selected``, else the current or default one is chosen)."""
        profiles = self._printing.profiles
        keep = selected or self.chosen_profile()
        self._runner.run(lambda: (profiles.list(), profiles.emblem_path()), lane="db",
                         on_success=lambda found: self._show_printers(found, keep), on_failure=self._failed)

    def _show_printers(self, found: PrinterSettings, keep: str | None) -> None:
        profiles, emblem = found
        combo = self.ui.profileCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("No offsets"), None)
        for profile in profiles:
            combo.addItem(f"{profile.name} ({profile.offsets_text()})", profile)
        wanted = keep or next((p.name for p in profiles if p.is_default), None)
        index = next((i for i, p in enumerate(profiles) if p.name == wanted), None)
        combo.setCurrentIndex(0 if index is None else index + 1)
        combo.blockSignals(False)
        label = arg(self.tr("Emblem: %1"), emblem.name) if emblem else self.tr("No emblem")
        self.ui.emblemLabel.setText(label)
        self.ui.emblemLabel.setToolTip(str(emblem) if emblem else "")

    def chosen_profile(self) -> str | None:
        profile = self.ui.profileCombo.currentData()
        return profile.name if isinstance(profile, PrinterProfile) else None

    def open_offsets(self) -> PrinterProfileDialog:
        """Edit the chosen printer's offsets (or a new printer's); saving selects it here."""
        current = self.ui.profileCombo.currentData()
        profile = current if isinstance(current, PrinterProfile) else None
        dialog = PrinterProfileDialog(self._printing, self._runner, self, profile=profile)
        dialog.saved.connect(self._profile_saved)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.profile_dialog = dialog
        return dialog

    def _profile_saved(self, profile: PrinterProfile) -> None:
        self.show_message(arg(self.tr("Offsets of printer %1 saved: %2."), profile.name,
                              profile.offsets_text()))
        self.refresh_printers(profile.name)

    def choose_emblem(self) -> None:
        """Asks for the emblem image and stores it (the service refuses a missing or unreadable file)."""
        chosen = self._choose_emblem(self)
        if chosen is None:
            return
        profiles = self._printing.profiles
        self._runner.run(lambda: profiles.set_emblem(chosen), lane="db", on_success=self._emblem_set,
                         on_failure=self._failed)

    def _emblem_set(self, emblem: Path | None) -> None:
        self.show_message(arg(self.tr("Emblem image: %1."), str(emblem)) if emblem else self.tr("No emblem"))
        self.refresh_printers()

    # -- revoke and verify ------------------------------------------------------------------------

    def revoke_selected(self) -> QInputDialog | None:
        """Asks for the reason (a non-blocking dialog); OK revokes through the service."""
        chosen = self.selected_entries()
        if len(chosen) != 1 or chosen[0].revoked:
            return None
        entry = chosen[0]
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Revoke certificate"))
        dialog.setLabelText(arg(self.tr("Why is certificate %1 of %2 revoked?"), entry.serial,
                                entry.recipient_name))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.textValueSelected.connect(lambda reason: self._revoke(entry.serial, reason))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.reason_dialog = dialog
        return dialog

    def _revoke(self, serial: str, reason: str) -> None:
        certificates = self._certificates
        self._runner.run(lambda: certificates.revoke(serial, reason), lane="db", on_success=self._revoked,
                         on_failure=self._failed)

    def _revoked(self, entry: RegisterEntry) -> None:
        self.show_message(arg(self.tr("Certificate %1 has been revoked."), entry.serial))
        self.refresh()

    def open_verify(self) -> VerifyDialog:
        dialog = VerifyDialog(self._certificates, self._runner, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.verify_dialog = dialog
        return dialog


def _file_name(stem: str) -> str:
    """A file name from a decision number or serial ("05/QĐ-CĐCS" has a slash)."""
    return "".join("-" if ch in '/\\:*?"<>|' else ch for ch in stem) + ".pdf"
