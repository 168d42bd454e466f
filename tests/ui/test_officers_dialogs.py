"""The sign-in dialog, the officers dialog and its button on the Settings page, on a real store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from sangkien_desktop.domain.enums import OfficerRole
from sangkien_desktop.domain.officers import OfficerDraft, OfficerView
from sangkien_desktop.persistence.models import AuditEntry
from sangkien_desktop.services.container import Services
from sangkien_desktop.ui.dialogs.officers_dialog import OfficersDialog
from sangkien_desktop.ui.dialogs.sign_in_dialog import SignInDialog
from sangkien_desktop.ui.models.officer_table import OfficerColumn
from sangkien_desktop.ui.pages.settings_page import SettingsPage
from sangkien_desktop.ui.tasks import InlineTaskRunner
from tests.support.runners import DeferredRunner
from tests.support.vi_input import commit_text, type_text

SCREENSHOTS = Path("/tmp/sangkien-officers")


@pytest.fixture
def staff(services: Services) -> dict[str, OfficerView]:
    chair = services.officers.create("Nguyễn Thị Thu Hằng", OfficerRole.CHU_TICH, "2468")
    officer = services.officers.create("Trần Văn Đức", OfficerRole.CAN_BO)
    viewer = services.officers.create("Lê Thị Ánh", OfficerRole.XEM)
    gone = services.officers.create("Phạm Văn Hùng", OfficerRole.CAN_BO)
    services.officers.update(gone.id, OfficerDraft(gone.full_name, gone.role, active=False), gone.version)
    return {"chair": chair, "officer": officer, "viewer": viewer}


def _sign_in(qtbot: QtBot, services: Services, runner: Any) -> SignInDialog:
    dialog = SignInDialog(services.officers, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _officers_dialog(qtbot: QtBot, services: Services, runner: InlineTaskRunner,
                     acting: OfficerView) -> OfficersDialog:
    services.uow.acting_officer_id = acting.id
    dialog = OfficersDialog(services.officers, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _save(qtbot: QtBot, dialog: OfficersDialog) -> None:
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)


def _names(dialog: OfficersDialog) -> list[str]:
    model = dialog.model
    return [model.index(r, OfficerColumn.NAME).data() for r in range(model.rowCount())]


# -- sign in ------------------------------------------------------------------------------------------


def test_sign_in_lists_active_officers_and_asks_a_pin_only_when_they_have_one(
    qtbot: QtBot, services: Services, runner: InlineTaskRunner, staff: dict[str, OfficerView]
) -> None:
    dialog = _sign_in(qtbot, services, runner)
    ui = dialog.ui
    assert dialog.windowTitle() == "Đăng nhập"
    assert [ui.officerList.item(r).text() for r in range(ui.officerList.count())] == [
        "Nguyễn Thị Thu Hằng – Chủ tịch", "Trần Văn Đức – Cán bộ", "Lê Thị Ánh – Chỉ xem"]
    assert dialog.chosen() == staff["chair"] and ui.pinWidget.isVisible()
    assert ui.pinLabel.text() == "Mã PIN"
    dialog.choose(staff["officer"].id)
    assert not ui.pinWidget.isVisible()
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.mouseClick(ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.officer == staff["officer"]
    assert runner.calls == ["db", "db"]


def test_a_wrong_pin_is_shown_in_red_under_the_field(
    qtbot: QtBot, services: Services, runner: InlineTaskRunner, staff: dict[str, OfficerView]
) -> None:
    dialog = _sign_in(qtbot, services, runner)
    ui = dialog.ui
    ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Đăng &nhập"
    type_text(ui.pinEdit, "1111")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.officer is None
    assert ui.pinError.isVisible() and ui.pinError.text() == "Mã PIN không đúng. Hãy nhập lại."
    assert "#b00020" in ui.pinError.styleSheet()
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "sign_in_wrong_pin.png"))
    type_text(ui.pinEdit, "2")  # typing again clears the message
    assert not ui.pinError.isVisible()
    ui.pinEdit.clear()
    type_text(ui.pinEdit, "2468")
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.keyClick(ui.pinEdit, Qt.Key.Key_Return)
    assert dialog.officer == staff["chair"]


def test_sign_in_waits_for_the_db_lane(qtbot: QtBot, services: Services,
                                       staff: dict[str, OfficerView]) -> None:
    runner = DeferredRunner()
    dialog = _sign_in(qtbot, services, runner)
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.ui.officerList.count() == 0 and not ok.isEnabled()
    runner.release_all()
    assert dialog.ui.officerList.count() == 3 and ok.isEnabled()


# -- officers dialog ------------------------------------------------------------------------------------


def test_the_chairman_adds_an_officer_with_a_vietnamese_name(
    qtbot: QtBot, services: Services, runner: InlineTaskRunner, staff: dict[str, OfficerView],
    qtmodeltester: Any,
) -> None:
    dialog = _officers_dialog(qtbot, services, runner, staff["chair"])
    ui = dialog.ui
    qtmodeltester.check(dialog.model)
    assert dialog.windowTitle() == "Cán bộ sử dụng chương trình"
    assert not ui.readOnlyNote.isVisible() and ui.saveButton.isEnabled()
    assert _names(dialog) == ["Nguyễn Thị Thu Hằng", "Trần Văn Đức", "Lê Thị Ánh", "Phạm Văn Hùng"]
    assert dialog.model.index(3, OfficerColumn.ACTIVE).data() == "Không còn làm việc"
    assert dialog.model.index(0, OfficerColumn.PIN).data() == "Có"
    qtbot.mouseClick(ui.newButton, Qt.MouseButton.LeftButton)
    assert ui.editGroup.title() == "Cán bộ mới"
    commit_text(ui.fullNameEdit, "Đặng Thị Ngọc Ánh")
    ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(OfficerRole.XEM))
    type_text(ui.pinEdit, "13579")
    _save(qtbot, dialog)
    assert dialog.messages.general_text() == "Đã lưu: Đặng Thị Ngọc Ánh."
    added = dialog.selected_officer()
    assert added is not None
    assert (added.full_name, added.role, added.has_pin) == ("Đặng Thị Ngọc Ánh", OfficerRole.XEM, True)
    assert services.officers.verify(added.id, "13579") == added
    assert ui.pinEdit.text() == ""  # a PIN typed is never left in the form once saved
    with services.uow.read() as session:
        who = set(session.scalars(sa.select(AuditEntry.officer_id).where(AuditEntry.entity_id == added.id)))
    assert who == {staff["chair"].id}
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "officers_dialog.png"))


def test_the_chairman_changes_a_role_and_clears_a_pin(
    qtbot: QtBot, services: Services, runner: InlineTaskRunner, staff: dict[str, OfficerView]
) -> None:
    services.officers.set_pin(staff["officer"].id, "1234")
    dialog = _officers_dialog(qtbot, services, runner, staff["chair"])
    ui = dialog.ui
    ui.officerTable.selectRow(1)
    assert ui.fullNameEdit.text() == "Trần Văn Đức" and ui.clearPinCheck.isVisible()
    assert ui.pinEdit.placeholderText() == "Để trống nếu giữ mã PIN hiện tại"
    ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(OfficerRole.CHU_TICH))
    ui.clearPinCheck.setChecked(True)
    assert not ui.pinEdit.isEnabled()
    _save(qtbot, dialog)
    saved = services.officers.get(staff["officer"].id)
    assert (saved.role, saved.has_pin) == (OfficerRole.CHU_TICH, False)
    assert dialog.selected_officer() == saved


def test_problems_show_under_their_field(
    qtbot: QtBot, services: Services, runner: InlineTaskRunner, staff: dict[str, OfficerView]
) -> None:
    dialog = _officers_dialog(qtbot, services, runner, staff["chair"])
    ui = dialog.ui
    qtbot.mouseClick(ui.newButton, Qt.MouseButton.LeftButton)
    commit_text(ui.fullNameEdit, "Võ Thị Sáu")
    type_text(ui.pinEdit, "12")
    _save(qtbot, dialog)
    assert dialog.messages.text("pin") == "Gồm từ 4 đến 12 chữ số, đang có 2"
    ui.pinEdit.clear()
    ui.fullNameEdit.clear()
    commit_text(ui.fullNameEdit, "trần văn đức")
    _save(qtbot, dialog)
    assert dialog.messages.text("full_name") == "Đã có cán bộ mang tên này; hãy ghi thêm để phân biệt"
    ui.officerTable.selectRow(0)  # the only chairman
    ui.activeCheck.setChecked(False)
    _save(qtbot, dialog)
    assert dialog.messages.text("active") == "Phải còn ít nhất một Chủ tịch đang làm việc để quản lý cán bộ"
    assert len(services.officers.list()) == 4


@pytest.mark.parametrize("who", ["officer", "viewer"])
def test_anyone_but_the_chairman_sees_the_list_read_only(
    qtbot: QtBot, services: Services, runner: InlineTaskRunner, staff: dict[str, OfficerView], who: str
) -> None:
    dialog = _officers_dialog(qtbot, services, runner, staff[who])
    ui = dialog.ui
    assert ui.readOnlyNote.isVisible()
    assert ui.readOnlyNote.text().startswith("Chỉ Chủ tịch công đoàn mới được thêm hoặc thay đổi cán bộ")
    assert len(_names(dialog)) == 4
    for widget in (ui.newButton, ui.saveButton, ui.fullNameEdit, ui.roleCombo, ui.activeCheck, ui.pinEdit):
        assert not widget.isEnabled()
    dialog.save()  # even if called, nothing is written
    assert services.officers.get(staff["chair"].id) == staff["chair"]


# -- the Settings page button ---------------------------------------------------------------------------


def test_settings_page_opens_the_officers_dialog(
    qtbot: QtBot, services: Services, runner: InlineTaskRunner, settings: QSettings,
    staff: dict[str, OfficerView],
) -> None:
    without = SettingsPage(services.office, runner, settings)
    qtbot.addWidget(without)
    without.show()
    assert not without.ui.officersButton.isVisible()
    services.uow.acting_officer_id = staff["chair"].id
    page = SettingsPage(services.office, runner, settings, None, services.officers)
    qtbot.addWidget(page)
    page.show()
    assert page.ui.officersButton.isVisible() and page.ui.officersButton.text() == "Quản lý cán bộ…"
    qtbot.mouseClick(page.ui.officersButton, Qt.MouseButton.LeftButton)
    dialog = page.officers_dialog
    assert isinstance(dialog, OfficersDialog) and dialog.isVisible() and dialog.may_manage
    calls = len(runner.calls)
    dialog.reject()
    assert len(runner.calls) == calls + 1  # the page reads the office again
