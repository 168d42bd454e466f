"""The "Kiểm tra giấy chứng nhận" dialog on a real store: genuine, tampered, revoked, scanned."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from sangkien_desktop.domain.certificates import CertificateSubject, IssuedCertificate, VerdictKind
from sangkien_desktop.domain.enums import DocumentTemplate
from sangkien_desktop.domain.officers import OfficerRole
from sangkien_desktop.services.container import Services
from sangkien_desktop.ui.dialogs.verify_dialog import VerifyDialog
from sangkien_desktop.ui.tasks import InlineTaskRunner
from tests.support.runners import DeferredRunner

SUBJECT = CertificateSubject(DocumentTemplate.B, "reward", "r-1", "Vũ Thị Ánh Tuyết", "Khuôn dập",
                             "05/QĐ-CĐCS", date(2024, 3, 12))


def _dialog(qtbot: QtBot, services: Services, runner: InlineTaskRunner | DeferredRunner) -> VerifyDialog:
    dialog = VerifyDialog(services.certificates, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _issue(services: Services) -> IssuedCertificate:
    return services.certificates.issue(SUBJECT)


def test_title_and_genuine_payload(qtbot: QtBot, services: Services, runner: InlineTaskRunner) -> None:
    issued = _issue(services)
    dialog = _dialog(qtbot, services, runner)
    assert dialog.windowTitle() == "Kiểm tra giấy chứng nhận"
    dialog.ui.payloadEdit.setPlainText(issued.payload)
    qtbot.mouseClick(dialog.ui.checkButton, Qt.MouseButton.LeftButton)
    assert dialog.verdict is not None and dialog.verdict.kind is VerdictKind.VALID
    assert dialog.ui.verdictLabel.text() == "Hợp lệ: giấy chứng nhận là thật."
    details = dialog.ui.detailsLabel.text()
    assert f"Số hiệu: {issued.serial}" in details and "Người nhận: Vũ Thị Ánh Tuyết" in details
    assert f"Danh sách thu hồi tính đến ngày {date.today():%d/%m/%Y}" in details


def test_one_changed_character_fails(qtbot: QtBot, services: Services, runner: InlineTaskRunner) -> None:
    issued = _issue(services)
    dialog = _dialog(qtbot, services, runner)
    changed = issued.payload[:30] + ("A" if issued.payload[30] != "A" else "B") + issued.payload[31:]
    dialog.ui.payloadEdit.setPlainText(changed)
    dialog.check()
    assert dialog.verdict is not None and dialog.verdict.kind is VerdictKind.TAMPERED
    assert dialog.ui.verdictLabel.text().startswith("Không hợp lệ")
    assert "Số hiệu" not in dialog.ui.detailsLabel.text()  # nothing from a forged code is shown


def test_revoked_shows_date_and_reason(qtbot: QtBot, services: Services, runner: InlineTaskRunner) -> None:
    chair = services.officers.create("Nguyễn Thị Thu Hằng", OfficerRole.CHU_TICH)
    issued = _issue(services)
    services.certificates.revoke(issued.serial, "Cấp trùng", officer_id=chair.id)
    dialog = _dialog(qtbot, services, runner)
    dialog.ui.payloadEdit.setPlainText(issued.payload)
    dialog.check()
    assert dialog.ui.verdictLabel.text().startswith("Đã thu hồi")
    assert f"Thu hồi ngày {date.today():%d/%m/%Y}. Lý do: Cấp trùng" in dialog.ui.detailsLabel.text()


def test_a_scanner_ending_with_enter_checks_at_once(qtbot: QtBot, services: Services) -> None:
    issued = _issue(services)
    deferred = DeferredRunner()
    dialog = _dialog(qtbot, services, deferred)
    dialog.ui.payloadEdit.setFocus()
    qtbot.keyClicks(dialog.ui.payloadEdit, issued.payload.lower())
    assert deferred.pending == []
    qtbot.keyClick(dialog.ui.payloadEdit, Qt.Key.Key_Return)
    assert len(deferred.pending) == 1 and not dialog.ui.checkButton.isEnabled()
    assert dialog.ui.verdictLabel.text() == "Đang kiểm tra…"
    deferred.release_all()
    assert dialog.verdict is not None and dialog.verdict.valid
    qtbot.mouseClick(dialog.ui.clearButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.payloadEdit.toPlainText() == "" and dialog.ui.verdictLabel.text() == ""
    dialog.grab().save("/tmp/verify_dialog.png")

