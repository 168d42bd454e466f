"""The Settings page on a real store: the office's details edited and audited, the UI language kept."""

from __future__ import annotations

import unicodedata

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from sangkien_desktop.domain.enums import OfficerRole
from sangkien_desktop.domain.model import OfficeView
from sangkien_desktop.persistence.models import AuditEntry
from sangkien_desktop.services.container import Services
from sangkien_desktop.services.office import OfficeInput, OfficerInput
from sangkien_desktop.ui.i18n import LANGUAGE_KEY, language_from
from sangkien_desktop.ui.pages.settings_page import SettingsPage
from sangkien_desktop.ui.tasks import InlineTaskRunner
from tests.support.vi_input import commit_text, type_text

OFFICE = OfficeInput(
    unit_code="ABC",
    unit_name="Công đoàn cơ sở Công ty TNHH ABC",
    employer_name="Công ty TNHH ABC",
    place_name="Hải Phòng",
    employer_head_name="Đỗ Văn Hải",
    employer_head_title="Giám đốc",
    chair_name="Nguyễn Thị Thu Hằng",
    officer=OfficerInput("Lê Thị Ngọc Ánh", OfficerRole.CAN_BO),
)


@pytest.fixture
def office(empty_services: Services) -> OfficeView:
    return empty_services.office.init_office(OFFICE)


def make_page(qtbot: QtBot, services: Services, runner: InlineTaskRunner,
              settings: QSettings) -> SettingsPage:
    page = SettingsPage(services.office, runner, settings)
    qtbot.addWidget(page)
    page.show()
    return page


def replace_text(edit: QLineEdit, text: str) -> None:
    """Select all and type over it, as an officer would."""
    edit.selectAll()
    commit_text(edit, text)


def audit(services: Services, entity: str) -> list[tuple[str | None, str | None, str | None]]:
    with services.uow.read() as session:
        rows = session.execute(
            sa.select(AuditEntry.field, AuditEntry.new_value, AuditEntry.officer_id)
            .where(AuditEntry.entity == entity, AuditEntry.action == "update")
        )
        return [tuple(r) for r in rows]


def test_the_page_shows_the_saved_details(qtbot: QtBot, empty_services: Services, office: OfficeView,
                                          runner: InlineTaskRunner, settings: QSettings) -> None:
    page = make_page(qtbot, empty_services, runner, settings)
    ui = page.ui
    assert (ui.unitCodeEdit.text(), ui.unitNameEdit.text()) == ("ABC", OFFICE.unit_name)
    assert ui.shortNameEdit.text() == OFFICE.unit_name  # none typed at set-up: the full name
    assert (ui.headNameEdit.text(), ui.headTitleEdit.text()) == ("Đỗ Văn Hải", "Giám đốc")
    assert (ui.chairNameEdit.text(), ui.viceChairNameEdit.text()) == ("Nguyễn Thị Thu Hằng", "")
    assert ui.officerNameEdit.text() == "Lê Thị Ngọc Ánh"
    assert ui.saveButton.isEnabled()
    assert ui.saveButton.text() == "&Lưu"


def test_edits_are_saved_audited_and_confirmed(qtbot: QtBot, empty_services: Services, office: OfficeView,
                                               runner: InlineTaskRunner, settings: QSettings) -> None:
    empty_services.uow.acting_officer_id = office.officer_id  # signed in, as the app does at start-up
    page = make_page(qtbot, empty_services, runner, settings)
    ui = page.ui
    replace_text(ui.unitNameEdit, unicodedata.normalize("NFD", "Công đoàn cơ sở Tổng công ty ABC"))
    replace_text(ui.headTitleEdit, "Tổng Giám đốc")
    type_text(ui.viceChairNameEdit, "Vũ Đức Thắng")
    replace_text(ui.officerNameEdit, "Lê Thị Ngọc Anh")
    with qtbot.waitSignal(page.office_saved, timeout=1000) as saved:
        qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert ui.statusLabel.text() == "Đã lưu thông tin công đoàn cơ sở."
    stored = empty_services.office.get_office()
    assert saved.args == [stored]
    assert stored.full_name == "Công đoàn cơ sở Tổng công ty ABC"
    assert unicodedata.is_normalized("NFC", stored.full_name)
    assert (stored.employer_head_title, stored.vice_chair_name) == ("Tổng Giám đốc", "Vũ Đức Thắng")
    assert (stored.officer_name, stored.officer_role) == ("Lê Thị Ngọc Anh", OfficerRole.CAN_BO)
    assert ("full_name", '"Công đoàn cơ sở Tổng công ty ABC"', office.officer_id) in audit(empty_services,
                                                                                          "union_unit")
    assert ("head_title", '"Tổng Giám đốc"', office.officer_id) in audit(empty_services, "employer")
    assert ("full_name", '"Lê Thị Ngọc Anh"', office.officer_id) in audit(empty_services, "officer")
    assert runner.calls == ["db", "db"]  # loading, then saving: both off the GUI thread


def test_an_invalid_field_blocks_save_with_its_message(qtbot: QtBot, empty_services: Services,
                                                      office: OfficeView, runner: InlineTaskRunner,
                                                      settings: QSettings) -> None:
    page = make_page(qtbot, empty_services, runner, settings)
    ui = page.ui
    ui.employerNameEdit.selectAll()
    qtbot.keyClick(ui.employerNameEdit, Qt.Key.Key_Delete)
    assert ui.employerNameError.text() == "Bắt buộc phải có"
    assert not ui.saveButton.isEnabled()
    replace_text(ui.unitCodeEdit, "cđcs")
    assert ui.unitCodeEdit.text() == "CĐCS"
    assert ui.unitCodeError.text() == "2–20 ký tự gồm chữ cái không dấu, chữ số, '-' hoặc '_'"
    page.save()  # the button is disabled; a shortcut must not get past the check either
    assert empty_services.office.get_office() == office


def test_a_store_without_an_office_says_so(qtbot: QtBot, empty_services: Services, runner: InlineTaskRunner,
                                           settings: QSettings) -> None:
    page = make_page(qtbot, empty_services, runner, settings)
    assert page.ui.statusLabel.text().startswith("Chưa nhập thông tin công đoàn cơ sở")
    assert not page.ui.saveButton.isEnabled()


def test_the_language_choice_is_stored_for_the_next_start(qtbot: QtBot, empty_services: Services,
                                                         office: OfficeView, runner: InlineTaskRunner,
                                                         settings: QSettings) -> None:
    page = make_page(qtbot, empty_services, runner, settings)
    combo = page.ui.languageCombo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Tiếng Việt", "English"]
    assert combo.currentData() == "vi"
    assert not page.ui.languageNote.isVisible()
    combo.setCurrentIndex(combo.findData("en"))
    assert settings.value(LANGUAGE_KEY) == "en"
    assert language_from(settings) == "en"
    assert page.ui.languageNote.isVisible()
    assert page.ui.languageNote.text() == "Ngôn ngữ mới được dùng từ lần mở chương trình tiếp theo."
    again = make_page(qtbot, empty_services, runner, settings)
    assert again.ui.languageCombo.currentData() == "en"


def test_settings_opens_backups_and_backs_up(
        qtbot: QtBot, services: Services, runner: InlineTaskRunner, settings: QSettings) -> None:
    page = SettingsPage(services.office, runner, settings, backups=services.backups)
    qtbot.addWidget(page)
    page.show()
    assert page.ui.dataGroup.isVisible() and page.ui.backupsButton.text() == "Sao lưu và khôi phục…"
    page.ui.backupsButton.click()
    dialog = page.backups_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.ui.backupNowButton.click()  # type: ignore[attr-defined]
    assert [b.kind.value for b in services.backups.list()] == ["thu-cong"]
