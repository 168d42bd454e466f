"""The enrolment dialog: Vietnamese messages under the fields, enrolment on the net lane, the service's
errors shown where they belong; and the Settings page's "Máy chủ trung tâm" group that opens it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from sangkien_desktop.domain.errors import FieldProblem, KnownError, ValidationError
from sangkien_desktop.domain.sync import SyncStatus
from sangkien_desktop.services.container import Services
from sangkien_desktop.ui.dialogs.enroll_dialog import EnrollDialog
from sangkien_desktop.ui.pages.settings_page import SettingsPage
from sangkien_desktop.ui.tasks import InlineTaskRunner
from tests.support.fake_sync import FakeSyncService, make_status, not_enrolled
from tests.support.vi_input import commit_text

SHOTS = Path("/tmp/sangkien-shots")


@pytest.fixture
def fake() -> FakeSyncService:
    return FakeSyncService(not_enrolled())


def make_dialog(qtbot: QtBot, fake: FakeSyncService, runner: InlineTaskRunner, **kwargs: str) -> EnrollDialog:
    dialog = EnrollDialog(fake, runner, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def press_ok(dialog: EnrollDialog) -> None:
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()


def shoot(dialog: EnrollDialog, name: str) -> None:
    for _ in range(3):
        QApplication.processEvents()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert dialog.grab().save(str(SHOTS / f"enroll_{name}.png"))


def test_the_dialog_speaks_vietnamese(qtbot: QtBot, fake: FakeSyncService, runner: InlineTaskRunner) -> None:
    dialog = make_dialog(qtbot, fake, runner)
    assert dialog.windowTitle() == "Đăng ký với máy chủ trung tâm"
    assert dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).text() == "Đăng &ký"
    assert not dialog.ui.serverError.isVisible() and not dialog.ui.statusLabel.text()
    shoot(dialog, "empty")


def test_empty_fields_are_explained_and_nothing_is_sent(qtbot: QtBot, fake: FakeSyncService,
                                                        runner: InlineTaskRunner) -> None:
    dialog = make_dialog(qtbot, fake, runner)
    press_ok(dialog)
    assert dialog.ui.serverError.isVisible() and dialog.ui.serverError.text() == "Nhập địa chỉ máy chủ."
    assert dialog.ui.codeError.text() == "Nhập mã đăng ký dùng một lần do công đoàn cấp trên cấp."
    assert not dialog.ui.caError.isVisible()
    assert fake.enrolments == [] and runner.calls == []
    assert dialog.isVisible()
    shoot(dialog, "problems")


@pytest.mark.parametrize("address", ["sangkien.congdoan.vn", "ftp://sangkien.congdoan.vn", "https://"])
def test_an_address_without_scheme_or_host_is_refused(qtbot: QtBot, fake: FakeSyncService,
                                                      runner: InlineTaskRunner, address: str) -> None:
    dialog = make_dialog(qtbot, fake, runner)
    dialog.ui.serverEdit.setText(address)
    dialog.ui.codeEdit.setText("K7QP-2XWM")
    press_ok(dialog)
    assert dialog.ui.serverError.text() == "Nhập đầy đủ địa chỉ, bắt đầu bằng https://"
    assert not dialog.ui.codeError.isVisible()
    assert fake.enrolments == []


def test_a_good_enrolment_runs_on_the_net_lane_and_closes(qtbot: QtBot, fake: FakeSyncService,
                                                          runner: InlineTaskRunner) -> None:
    dialog = make_dialog(qtbot, fake, runner)
    commit_text(dialog.ui.serverEdit, " https://sangkien.congdoan.vn/ ")
    dialog.ui.codeEdit.setText("K7QP-2XWM")
    with qtbot.waitSignal(dialog.enrolled) as enrolled:
        press_ok(dialog)
    assert runner.calls == ["net"]
    assert fake.enrolments == [("https://sangkien.congdoan.vn", "K7QP-2XWM", None)]
    assert isinstance(enrolled.args[0], SyncStatus) and dialog.status == enrolled.args[0]
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()


def test_a_ca_bundle_is_passed_when_it_exists(qtbot: QtBot, fake: FakeSyncService, runner: InlineTaskRunner,
                                              tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, fake, runner, server_url="https://sangkien.congdoan.vn")
    assert dialog.ui.serverEdit.text() == "https://sangkien.congdoan.vn"  # enrolling again: the address stays
    dialog.ui.codeEdit.setText("K7QP-2XWM")
    dialog.ui.caEdit.setText(str(tmp_path / "ca-congdoan.pem"))
    press_ok(dialog)
    assert dialog.ui.caError.text() == "Không tìm thấy tệp này."
    assert fake.enrolments == [] and dialog.isVisible()
    ca = tmp_path / "ca-congdoan.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n", encoding="ascii")
    press_ok(dialog)
    assert fake.enrolments == [("https://sangkien.congdoan.vn", "K7QP-2XWM", ca)]


def test_the_ca_file_can_be_chosen_in_a_file_dialog(qtbot: QtBot, fake: FakeSyncService,
                                                    runner: InlineTaskRunner, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, fake, runner)
    dialog.ui.caBrowseButton.click()
    chooser = dialog.file_dialog
    assert isinstance(chooser, QFileDialog) and chooser.isVisible()
    chooser.fileSelected.emit(str(tmp_path / "ca.pem"))
    chooser.reject()
    assert dialog.ui.caEdit.text() == str(tmp_path / "ca.pem")


def test_the_services_field_problem_shows_under_its_field(qtbot: QtBot, fake: FakeSyncService,
                                                         runner: InlineTaskRunner) -> None:
    fake.enroll_error = ValidationError([
        FieldProblem("server_url", "Địa chỉ máy chủ", "chỉ dùng http:// cho máy chủ trên chính máy này"),
        FieldProblem("device", "Máy tính", "chưa có tên máy")])
    dialog = make_dialog(qtbot, fake, runner)
    dialog.ui.serverEdit.setText("http://192.168.1.20:8000")
    dialog.ui.codeEdit.setText("K7QP-2XWM")
    press_ok(dialog)
    assert dialog.ui.serverError.text() == "chỉ dùng http:// cho máy chủ trên chính máy này"
    assert dialog.ui.statusLabel.text() == "Chưa đăng ký được.\nMáy tính: chưa có tên máy"
    assert dialog.isVisible() and dialog.ui.serverEdit.isEnabled()


def test_a_refused_code_is_explained_and_can_be_retyped(qtbot: QtBot, fake: FakeSyncService,
                                                        runner: InlineTaskRunner) -> None:
    fake.enroll_error = KnownError("Mã đăng ký không đúng, đã dùng hoặc đã hết hạn.")
    dialog = make_dialog(qtbot, fake, runner)
    dialog.ui.serverEdit.setText("https://sangkien.congdoan.vn")
    dialog.ui.codeEdit.setText("SAI-MA")
    press_ok(dialog)
    refused = "Chưa đăng ký được.\nMã đăng ký không đúng, đã dùng hoặc đã hết hạn."
    assert dialog.ui.statusLabel.text() == refused
    shoot(dialog, "refused")
    fake.enroll_error = None
    dialog.ui.codeEdit.setText("K7QP-2XWM")
    press_ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [code for _, code, _ in fake.enrolments] == ["SAI-MA", "K7QP-2XWM"]


def test_a_bug_in_enrolment_is_not_hidden(qtbot: QtBot, fake: FakeSyncService,
                                         runner: InlineTaskRunner) -> None:
    fake.enroll_error = RuntimeError("bug")
    dialog = make_dialog(qtbot, fake, runner)
    dialog.ui.serverEdit.setText("https://sangkien.congdoan.vn")
    dialog.ui.codeEdit.setText("K7QP-2XWM")
    with pytest.raises(RuntimeError, match="bug"):
        dialog.submit()


# -- from Settings -----------------------------------------------------------------------------------------

def test_settings_shows_the_server_and_enrols(qtbot: QtBot, services: Services, fake: FakeSyncService,
                                              runner: InlineTaskRunner, settings: QSettings) -> None:
    page = SettingsPage(services.office, runner, settings, sync=fake)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.show()
    ui = page.ui
    assert ui.serverGroup.isVisible() and ui.serverGroup.title() == "Máy chủ trung tâm"
    assert ui.serverValue.text() == "Chưa đăng ký"
    assert ui.enrollButton.text() == "Đăng ký với máy chủ…"
    ui.enrollButton.click()
    dialog = page.enroll_dialog
    assert isinstance(dialog, EnrollDialog) and dialog.isVisible()
    dialog.ui.serverEdit.setText("https://sangkien.congdoan.vn")
    dialog.ui.codeEdit.setText("K7QP-2XWM")
    with qtbot.waitSignal(page.sync_enrolled):
        press_ok(dialog)
    assert ui.serverValue.text() == "https://sangkien.congdoan.vn\nCDCS-01 Công đoàn cơ sở Công ty May 10"
    assert ui.enrollButton.text() == "Đăng ký lại…"
    page.grab().save(str(SHOTS / "settings_server.png"))


def test_settings_without_sync_has_no_server_group(qtbot: QtBot, services: Services, runner: InlineTaskRunner,
                                                   settings: QSettings) -> None:
    page = SettingsPage(services.office, runner, settings)
    qtbot.addWidget(page)
    page.show()
    assert not page.ui.serverGroup.isVisible()
    assert page.open_enroll_dialog() is None


def test_settings_prefills_the_enrolled_address(qtbot: QtBot, services: Services, runner: InlineTaskRunner,
                                                settings: QSettings) -> None:
    fake = FakeSyncService(make_status())
    page = SettingsPage(services.office, runner, settings, sync=fake)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.show()
    dialog = page.open_enroll_dialog()
    assert isinstance(dialog, EnrollDialog)
    assert dialog.ui.serverEdit.text() == "https://sangkien.congdoan.vn"
