"""Recognition of one initiative: the application (Đơn) with the employer's answer, the employer's
decision with its scan, and programme eligibility with its reasons (DOMAIN.md §4.7, §4.8, §7).

Every read and write goes through ``RecognitionService`` on the db lane; after each write the whole
picture is read again, because a write may move the initiative's status. Problems appear under their
fields in Vietnamese; warnings (filing after the one-year limit) in amber.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QLineEdit, QPushButton, QWidget

from sangkien_desktop.domain.enums import RecognitionLevel, RecognitionOutcome, RequestState
from sangkien_desktop.domain.errors import FieldProblem, ValidationError
from sangkien_desktop.domain.model import parse_date
from sangkien_desktop.domain.recognition import (
    DecisionInput,
    DecisionSaved,
    DecisionView,
    Eligibility,
    RecognitionOverview,
    RequestInput,
    RequestSaved,
    RequestView,
    StateChange,
)
from sangkien_desktop.domain.text import format_date
from sangkien_desktop.ui.dialogs.editor_fields import InlineMessages, Tone, field_key, tidy_date
from sangkien_desktop.ui.forms.ui_recognition_dialog import Ui_RecognitionDialog
from sangkien_desktop.ui.i18n import arg
from sangkien_desktop.ui.labels import enum_label
from sangkien_desktop.ui.tasks import Runner
from sangkien_desktop.ui.widgets.combos import fill_enum_combo

if TYPE_CHECKING:
    from sangkien_desktop.services.attachments import AttachmentService
    from sangkien_desktop.services.recognition import RecognitionService

__all__ = ["ChooseFile", "RecognitionDialog"]

T = TypeVar("T")
ChooseFile = Callable[[QWidget], Path | None]
OpenUrl = Callable[[QUrl], object]


def choose_scan(parent: QWidget) -> Path | None:
    caption = QCoreApplication.translate("RecognitionDialog", "Scanned decision")
    kinds = QCoreApplication.translate("RecognitionDialog", "Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)")
    name, _ = QFileDialog.getOpenFileName(parent, caption, "", kinds)
    return Path(name) if name else None


def _select(combo: QComboBox, value: Any) -> None:
    combo.setCurrentIndex(max(combo.findData(value), 0))


def _names(combo: QComboBox, names: tuple[str, ...], current: str | None) -> None:
    combo.clear()
    combo.addItems(list(names))
    combo.setCurrentText(current or (names[0] if names else ""))


def _date_text(value: date | None) -> str:
    return format_date(value) if value is not None else ""


class RecognitionDialog(QDialog):
    """Application and decision of the initiative ``initiative_id``; ``changed`` tells whether anything
    was saved (the editor that opened it reloads the record)."""

    def __init__(self, recognition: RecognitionService, attachments: AttachmentService, runner: Runner,
                 initiative_id: str, parent: QWidget | None = None, choose_file: ChooseFile = choose_scan,
                 open_url: OpenUrl = QDesktopServices.openUrl) -> None:
        super().__init__(parent)
        self.ui = Ui_RecognitionDialog()
        self.ui.setupUi(self)
        self._recognition = recognition
        self._attachments = attachments
        self._runner = runner
        self._initiative_id = initiative_id
        self._choose_file = choose_file
        self._open_url = open_url
        self.overview: RecognitionOverview | None = None
        self.changed = False
        self.scan: Path | None = None
        self._warnings: tuple[FieldProblem, ...] = ()
        ui = self.ui
        fill_enum_combo(ui.stateCombo, RequestState)
        fill_enum_combo(ui.levelCombo, RecognitionLevel, blank="—")
        fill_enum_combo(ui.outcomeCombo, RecognitionOutcome)
        self.messages = InlineMessages(ui.generalLabel)
        for name, widget in self._field_widgets().items():
            self.messages.add_under(name, widget)
        self.messages.clear()
        for edit in (ui.filedEdit, ui.acceptedEdit, ui.decidedOnEdit):
            edit.editingFinished.connect(partial(self._tidy, edit))
        ui.filedEdit.editingFinished.connect(self._check_filing_date)
        ui.fileButton.clicked.connect(self.file_request)
        ui.stateButton.clicked.connect(self.record_answer)
        ui.decisionButton.clicked.connect(self.record_decision)
        ui.chooseScanButton.clicked.connect(self._pick_scan)
        ui.openScanButton.clicked.connect(self._open_scan)
        ui.outcomeCombo.currentIndexChanged.connect(self._outcome_changed)
        ui.buttonBox.rejected.connect(self.reject)
        self.load()

    def _field_widgets(self) -> dict[str, QWidget]:
        """Message rows by problem field (as ``field_key`` names them)."""
        ui = self.ui
        widgets: dict[str, QWidget] = {
            "filed_on": ui.filedEdit, "addressee": ui.addresseeCombo, "receipt_no": ui.receiptEdit,
            "state": ui.stateCombo, "accepted_on": ui.acceptedEdit, "state_reason": ui.stateReasonEdit,
            "decision.number": ui.numberEdit, "decision.decided_on": ui.decidedOnEdit,
            "decision.issuer": ui.issuerCombo, "decision.signer_name": ui.signerEdit,
            "decision.authority_line": ui.signerTitleEdit, "decision.level": ui.levelCombo,
            "decision.outcome": ui.outcomeCombo, "decision.reason": ui.refusalReasonEdit,
            "file": ui.scanEdit,
        }
        return {field_key(name): widget for name, widget in widgets.items()}

    # -- reading ----------------------------------------------------------------------------------

    def load(self) -> None:
        self._set_busy(True)
        self._runner.run(partial(self._recognition.overview, self._initiative_id), lane="db",
                         on_success=self._loaded, on_failure=self._failed)

    def _loaded(self, overview: RecognitionOverview) -> None:
        self.overview = overview
        self._set_busy(False)
        ui = self.ui
        ui.headerLabel.setText(f"<b>{overview.code}</b> · {overview.title}<br>"
                               + arg(self.tr("Status: %1"), enum_label(overview.status)))
        self.setWindowTitle(arg(self.tr("Recognition of initiative %1"), overview.code))
        ui.deadlineLabel.setText(self._deadline_text(overview))
        self._show_request(overview.latest_request, overview.employers)
        self._show_decision(overview.latest_decision, overview.employers)
        ui.eligibilityLabel.setText(self._eligibility_text(overview.eligibility))
        self.messages.clear()
        self._show_warnings()

    def _deadline_text(self, overview: RecognitionOverview) -> str:
        if overview.first_applied_on is None or overview.filing_deadline is None:
            return self.tr("First application date not entered yet: the filing deadline cannot be computed.")
        return arg(self.tr("Deadline for filing: %1 (counted from the first application on %2)."),
                   format_date(overview.filing_deadline), format_date(overview.first_applied_on))

    def _show_request(self, request: RequestView | None, employers: tuple[str, ...]) -> None:
        ui = self.ui
        ui.filedEdit.setText(_date_text(request.filed_on if request else None))
        _names(ui.addresseeCombo, employers, request.addressee_name if request else None)
        ui.receiptEdit.setText(request.receipt_no or "" if request else "")
        ui.fileButton.setText(self.tr("Save application") if request else self.tr("File application"))
        for widget in (ui.stateCombo, ui.acceptedEdit, ui.stateReasonEdit, ui.stateButton):
            widget.setEnabled(request is not None)
        if request is None:
            ui.requestStateInfo.setText(self.tr("Not filed yet."))
            return
        _select(ui.stateCombo, request.state)
        ui.acceptedEdit.setText(_date_text(request.accepted_on))
        ui.stateReasonEdit.setText(request.state_reason or "")
        text = enum_label(request.state)
        if request.review_due_on is not None:
            text += " – " + arg(self.tr("accepted on %1, review due by %2"),
                                format_date(request.accepted_on or request.review_due_on),
                                format_date(request.review_due_on))
        ui.requestStateInfo.setText(text)

    def _show_decision(self, decision: DecisionView | None, employers: tuple[str, ...]) -> None:
        ui = self.ui
        ui.numberEdit.setText(decision.number if decision else "")
        ui.decidedOnEdit.setText(_date_text(decision.decided_on if decision else None))
        _names(ui.issuerCombo, employers, decision.issuer_name if decision else None)
        ui.signerEdit.setText(decision.signer_name or "" if decision else "")
        ui.signerTitleEdit.setText(decision.authority_line or "" if decision else "")
        _select(ui.levelCombo, decision.level if decision else None)
        _select(ui.outcomeCombo, decision.outcome if decision else RecognitionOutcome.CONG_NHAN)
        ui.refusalReasonEdit.setText(decision.reason or "" if decision else "")
        self.scan = None
        ui.scanEdit.setText(decision.scan_file_name or "" if decision else "")
        ui.openScanButton.setEnabled(decision is not None and decision.scan_id is not None)
        self._outcome_changed()

    def _eligibility_text(self, verdict: Eligibility) -> str:
        programme = verdict.programme or self.tr("the programme")
        if verdict.eligible:
            lines = [arg(self.tr("Eligible for %1."), programme)]
        else:
            lines = [arg(self.tr("Not eligible for %1:"), programme), *(f"• {r}" for r in verdict.reasons)]
        if verdict.reduced_fields:
            lines.append(self.tr("Confidential initiative: only the reduced set of fields is uploaded."))
        return "\n".join(lines)

    # -- the application --------------------------------------------------------------------------

    def file_request(self) -> None:
        ui = self.ui
        data = self._parsed(RequestInput.from_mapping, {
            "filed_on": ui.filedEdit.text(), "addressee": ui.addresseeCombo.currentText(),
            "receipt_no": ui.receiptEdit.text(),
        })
        overview = self.overview
        if data is None or overview is None:
            return
        request = overview.latest_request
        op: Callable[[], RequestSaved]
        if request is None:
            op = partial(self._recognition.file_request, overview.initiative_id, data)
        else:
            op = partial(self._recognition.update_request, request.id, data, request.version)
        self._write(op)

    def record_answer(self) -> None:
        ui = self.ui
        change = self._parsed(StateChange.from_mapping, {
            "state": ui.stateCombo.currentData(), "accepted_on": ui.acceptedEdit.text(),
            "state_reason": ui.stateReasonEdit.text(),
        })
        request = self.overview.latest_request if self.overview else None
        if change is None or request is None:
            return
        self._write(partial(self._recognition.set_request_state, request.id, change.state,
                            reason=change.reason, accepted_on=change.accepted_on,
                            expected_version=request.version))

    def _check_filing_date(self) -> None:
        """Amber at once when the typed filing date is past the one-year limit (saving stays allowed)."""
        overview = self.overview
        try:
            filed_on = parse_date(self.ui.filedEdit.text())
        except (ValueError, TypeError):
            return
        if overview is not None and overview.filed_late(filed_on) and overview.filing_deadline is not None:
            text = arg(self.tr("After the filing deadline of %1: the employer may still accept it."),
                       format_date(overview.filing_deadline))
            self.messages.show_at("filed_on", [text], Tone.WARNING)
        else:
            self.messages.show_at("filed_on", [])

    # -- the decision -----------------------------------------------------------------------------

    def record_decision(self) -> None:
        ui = self.ui
        data = self._parsed(DecisionInput.from_mapping, {
            "number": ui.numberEdit.text(), "decided_on": ui.decidedOnEdit.text(),
            "issuer": ui.issuerCombo.currentText(), "signer_name": ui.signerEdit.text(),
            "authority_line": ui.signerTitleEdit.text(), "level": ui.levelCombo.currentData(),
            "outcome": ui.outcomeCombo.currentData(), "reason": ui.refusalReasonEdit.text(),
        })
        if data is None:
            return
        self._write(partial(self._recognition.record_decision, self._initiative_id, data, self.scan))

    def _outcome_changed(self, *_args: object) -> None:
        refused = self.ui.outcomeCombo.currentData() == RecognitionOutcome.KHONG_CONG_NHAN
        self.ui.refusalReasonEdit.setEnabled(refused)

    def _pick_scan(self) -> None:
        chosen = self._choose_file(self)
        if chosen is not None:
            self.scan = chosen
            self.ui.scanEdit.setText(chosen.name)

    def _open_scan(self) -> None:
        decision = self.overview.latest_decision if self.overview else None
        if decision is None or decision.scan_id is None:
            return
        self._runner.run(partial(self._attachments.file_path, decision.scan_id), lane="db",
                         on_success=self._open_file, on_failure=self._failed)

    def _open_file(self, path: Path) -> None:
        self._open_url(QUrl.fromLocalFile(str(path)))

    # -- writing ----------------------------------------------------------------------------------

    def _parsed(self, parse: Callable[[dict[str, Any]], T], values: dict[str, Any]) -> T | None:
        """Pure parsing on the GUI thread; problems shown under their fields."""
        self.messages.clear()
        try:
            return parse(values)
        except ValidationError as exc:
            self._failed(exc)
            return None

    def _write(self, op: Callable[[], RequestSaved | DecisionSaved]) -> None:
        self._set_busy(True)
        self._runner.run(op, lane="db", on_success=self._written, on_failure=self._failed)

    def _written(self, saved: RequestSaved | DecisionSaved) -> None:
        self.changed = True
        self._warnings = saved.warnings
        self.load()

    def _show_warnings(self) -> None:
        warnings, self._warnings = self._warnings, ()
        if warnings:
            self.messages.show(warnings)
            self.messages.show_general(self.tr("Saved, with warnings (see the fields marked)."), Tone.WARNING)

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        shown = self.messages.show_failure(exc)
        widget = self._field_widgets().get(shown[0]) if shown else None
        if widget is not None:
            widget.setFocus()

    def _set_busy(self, busy: bool) -> None:
        for group in (self.ui.applicationGroup, self.ui.decisionGroup):
            group.setEnabled(not busy)

    def _tidy(self, edit: QLineEdit) -> None:
        edit.setText(tidy_date(edit.text()))

    def message_at(self, key: str) -> str:
        """The message under field ``key`` ("" when none), for tests and accessibility."""
        return self.messages.text(field_key(key))

    def general_message(self) -> str:
        return self.messages.general_text()

    def button(self, name: str) -> QPushButton:
        button = getattr(self.ui, name)
        assert isinstance(button, QPushButton)
        return button
