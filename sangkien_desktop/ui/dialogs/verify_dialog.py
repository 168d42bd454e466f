""""Kiểm tra giấy chứng nhận": paste, type or scan a certificate's QR content and read the verdict
(``CertificateService.verify_payload``, offline: known public keys and the revocation list)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QWidget

from sangkien_desktop.domain.certificates import Verdict, VerdictKind
from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.text import format_date
from sangkien_desktop.ui.dialogs.editor_fields import Tone
from sangkien_desktop.ui.forms.ui_verify_dialog import Ui_VerifyDialog
from sangkien_desktop.ui.i18n import arg
from sangkien_desktop.ui.tasks import Runner

if TYPE_CHECKING:
    from sangkien_desktop.services.certificates import CertificateService

__all__ = ["VerifyDialog"]

_HEADLINE = "font-weight: 600; font-size: 15pt; "
_VALID_COLOUR = "color: #1b5e20;"


class VerifyDialog(QDialog):
    """A scanner types the payload followed by Enter: a line break after some text checks at once;
    otherwise "Check" does. ``verdict`` holds the last answer (for the caller and tests)."""

    def __init__(
        self, certificates: CertificateService, runner: Runner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_VerifyDialog()
        self.ui.setupUi(self)
        self._certificates = certificates
        self._runner = runner
        self.verdict: Verdict | None = None
        self.ui.checkButton.clicked.connect(self.check)
        self.ui.clearButton.clicked.connect(self.clear)
        self.ui.payloadEdit.textChanged.connect(self._scanned)
        self._show_nothing()

    def check(self) -> None:
        text = self.ui.payloadEdit.toPlainText().strip()
        if not text:
            self._show_nothing()
            return
        self.ui.checkButton.setEnabled(False)
        self.ui.verdictLabel.setText(self.tr("Checking…"))
        self.ui.verdictLabel.setStyleSheet(Tone.INFO.value)
        self._runner.run(lambda: self._certificates.verify_payload(text), lane="db",
                         on_success=self._show, on_failure=self._failed)

    def clear(self) -> None:
        self.ui.payloadEdit.clear()
        self._show_nothing()
        self.ui.payloadEdit.setFocus()

    def _scanned(self) -> None:
        text = self.ui.payloadEdit.toPlainText()
        if text.endswith("\n") and text.strip():
            self.check()

    def _show_nothing(self) -> None:
        self.verdict = None
        self.ui.verdictLabel.clear()
        self.ui.detailsLabel.clear()
        self.ui.checkButton.setEnabled(True)

    def _show(self, verdict: Verdict) -> None:
        self.verdict = verdict
        self.ui.checkButton.setEnabled(True)
        self.ui.verdictLabel.setText(self._headline(verdict.kind))
        self.ui.verdictLabel.setStyleSheet(_HEADLINE + _colour(verdict.kind))
        self.ui.detailsLabel.setText("\n".join(self._details(verdict)))

    def _failed(self, exc: Exception) -> None:
        self.ui.checkButton.setEnabled(True)
        if not isinstance(exc, KnownError):
            raise exc
        self.verdict = None
        self.ui.verdictLabel.setText(self.tr("The check could not be done."))
        self.ui.verdictLabel.setStyleSheet(Tone.ERROR.value)
        self.ui.detailsLabel.setText(exc.message)

    def _headline(self, kind: VerdictKind) -> str:
        return {
            VerdictKind.VALID: self.tr("Valid: the certificate is genuine."),
            VerdictKind.TAMPERED: self.tr("Not valid: the code was changed, mistyped or forged."),
            VerdictKind.REVOKED: self.tr("Revoked: this certificate has been withdrawn."),
            VerdictKind.UNKNOWN_ISSUER: self.tr("Unknown issuer: this computer has no public key for it."),
        }[kind]

    def _details(self, verdict: Verdict) -> list[str]:
        lines = [verdict.message] if verdict.kind is VerdictKind.TAMPERED else []
        claims = verdict.claims
        if claims is not None:
            lines += [
                arg(self.tr("Serial: %1"), claims.serial),
                arg(self.tr("Recipient: %1"), claims.recipient_name),
                arg(self.tr("Issued on: %1"), format_date(claims.issued_on)),
                arg(self.tr("Issuing unit: %1"), claims.unit_code),
            ]
        if verdict.revoked is not None:
            lines.append(arg(self.tr("Revoked on %1. Reason: %2"), format_date(verdict.revoked.revoked_on),
                             verdict.revoked.reason))
        if verdict.list_as_of is not None:
            lines.append(arg(self.tr("Revocation list as of %1"), format_date(verdict.list_as_of)))
        if verdict.kind is VerdictKind.VALID:
            lines.append(self.tr("Compare the recipient's name above with the name printed on the paper."))
        return lines


def _colour(kind: VerdictKind) -> str:
    if kind is VerdictKind.VALID:
        return _VALID_COLOUR
    return Tone.WARNING.value if kind is VerdictKind.UNKNOWN_ISSUER else Tone.ERROR.value
