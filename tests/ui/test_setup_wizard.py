"""The first-run setup wizard on a real store: Vietnamese input, checks per field, save, cancel, demo."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QRadioButton, QWizard
from pytestqt.qtbot import QtBot

from sangkien_desktop import app as app_module
from sangkien_desktop.config import demo_data_dir
from sangkien_desktop.domain.enums import OfficerRole
from sangkien_desktop.domain.errors import NotInitialisedError
from sangkien_desktop.persistence.lock import WriterLock
from sangkien_desktop.persistence.models import Officer, Person
from sangkien_desktop.persistence.store import StorePaths
from sangkien_desktop.services.container import Services, build_services
from sangkien_desktop.ui.dialogs import setup_wizard
from sangkien_desktop.ui.dialogs.setup_wizard import SetupChoice, SetupWizard
from sangkien_desktop.ui.main_window import MainWindow
from sangkien_desktop.ui.tasks import InlineTaskRunner
from tests.support.vi_input import commit_text, type_text

UNION = "Công đoàn cơ sở Tổng công ty May Đức Giang"
UNIT_CODE_RULE = "2–20 ký tự gồm chữ cái không dấu, chữ số, '-' hoặc '_'"
Button = QWizard.WizardButton


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


@pytest.fixture
def wizard(qtbot: QtBot, empty_services: Services, runner: InlineTaskRunner) -> SetupWizard:
    shown = SetupWizard(empty_services.office, runner)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def click(qtbot: QtBot, wizard: SetupWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), which
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_radio(qtbot: QtBot, radio: QRadioButton) -> None:
    # On its round mark: the button spans the page but reacts only to its mark and its text.
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))


def can_go_on(wizard: SetupWizard) -> bool:
    return wizard.button(Button.NextButton).isEnabled()


def fill_unit_page(wizard: SetupWizard) -> None:
    ui = wizard.ui
    commit_text(ui.unitNameEdit, nfd(UNION))  # pasted from a document in decomposed Unicode
    type_text(ui.shortNameEdit, "CĐCS May Đức Giang")
    type_text(ui.unitCodeEdit, "cdcs-may01")
    commit_text(ui.parentUnionEdit, "Công đoàn Dệt May Việt Nam")
    type_text(ui.placeNameEdit, "Hà Nội")


def fill_to_summary(qtbot: QtBot, wizard: SetupWizard) -> None:
    ui = wizard.ui
    click(qtbot, wizard, Button.NextButton)
    fill_unit_page(wizard)
    click(qtbot, wizard, Button.NextButton)
    assert not can_go_on(wizard)  # the employer's name is required
    type_text(ui.employerNameEdit, "Tổng công ty May Đức Giang – CTCP")
    commit_text(ui.headNameEdit, nfd("Phạm Thị Thúy Hằng"))
    type_text(ui.headTitleEdit, "Tổng Giám đốc")
    click(qtbot, wizard, Button.NextButton)
    assert can_go_on(wizard)  # leaders are optional
    type_text(ui.chairNameEdit, "Nguyễn Thị Ngọc Ánh")
    commit_text(ui.viceChairNameEdit, "Đặng Văn Khương")
    click(qtbot, wizard, Button.NextButton)
    assert not can_go_on(wizard)
    commit_text(ui.officerNameEdit, "Lê Thị Thu Thủy")
    ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(OfficerRole.CHU_TICH))
    click(qtbot, wizard, Button.NextButton)
    assert wizard.currentPage() is ui.summaryPage


def test_filling_the_wizard_creates_the_office(qtbot: QtBot, wizard: SetupWizard, empty_services: Services,
                                               runner: InlineTaskRunner) -> None:
    assert wizard.windowTitle() == "Thiết lập lần đầu"
    fill_to_summary(qtbot, wizard)
    assert wizard.ui.unitCodeEdit.text() == "CDCS-MAY01"  # capitals as typed
    summary = wizard.ui.summaryLabel.text()
    assert UNION in summary and "CDCS-MAY01" in summary and "Chủ tịch" in summary
    assert wizard.button(Button.FinishButton).text() == "&Hoàn tất"
    with qtbot.waitSignal(wizard.accepted, timeout=1000):
        click(qtbot, wizard, Button.FinishButton)
    assert runner.calls == ["db"]
    office = empty_services.office.get_office()
    assert wizard.office == office
    assert (wizard.choice, office.unit_code, office.full_name) == (SetupChoice.OFFICE, "CDCS-MAY01", UNION)
    assert unicodedata.is_normalized("NFC", office.full_name)
    assert (office.short_name, office.place_name) == ("CĐCS May Đức Giang", "Hà Nội")
    assert office.parent_union_name == "Công đoàn Dệt May Việt Nam"
    assert (office.employer_head_name, office.employer_head_title) == ("Phạm Thị Thúy Hằng", "Tổng Giám đốc")
    assert (office.chair_name, office.vice_chair_name) == ("Nguyễn Thị Ngọc Ánh", "Đặng Văn Khương")
    assert (office.officer_name, office.officer_role) == ("Lê Thị Thu Thủy", OfficerRole.CHU_TICH)


def test_an_invalid_unit_code_blocks_next_with_its_message(qtbot: QtBot, wizard: SetupWizard) -> None:
    click(qtbot, wizard, Button.NextButton)
    commit_text(wizard.ui.unitNameEdit, UNION)
    type_text(wizard.ui.unitCodeEdit, "đ")
    assert wizard.ui.unitCodeEdit.text() == "Đ"
    assert not can_go_on(wizard)
    assert wizard.ui.unitCodeError.isVisible()
    assert wizard.ui.unitCodeError.text() == UNIT_CODE_RULE
    wizard.ui.unitCodeEdit.clear()
    type_text(wizard.ui.unitCodeEdit, "abc")
    assert can_go_on(wizard)
    assert not wizard.ui.unitCodeError.isVisible()


def test_messages_wait_until_a_field_is_edited(qtbot: QtBot, wizard: SetupWizard) -> None:
    click(qtbot, wizard, Button.NextButton)
    assert not can_go_on(wizard)
    assert not wizard.ui.unitNameError.isVisible()  # untouched: no wall of red
    type_text(wizard.ui.unitNameEdit, "C")
    qtbot.keyClick(wizard.ui.unitNameEdit, Qt.Key.Key_Backspace)
    assert wizard.ui.unitNameError.text() == "Bắt buộc phải có"


def test_a_pasted_overlong_name_is_refused_not_cut(qtbot: QtBot, wizard: SetupWizard) -> None:
    click(qtbot, wizard, Button.NextButton)
    type_text(wizard.ui.unitCodeEdit, "ABC")
    commit_text(wizard.ui.unitNameEdit, "Công đoàn " * 30)
    assert len(wizard.ui.unitNameEdit.text()) == 300
    assert wizard.ui.unitNameError.text() == "Dài 299 ký tự, tối đa 200"  # counted once trimmed
    assert not can_go_on(wizard)


def test_a_refused_save_keeps_the_wizard_open_with_the_reason(qtbot: QtBot, wizard: SetupWizard,
                                                               empty_services: Services) -> None:
    fill_to_summary(qtbot, wizard)
    combo = wizard.ui.roleCombo  # a role the form does not offer: only the service can refuse it
    combo.addItem("Chỉ xem", OfficerRole.XEM)
    combo.setCurrentIndex(combo.count() - 1)
    click(qtbot, wizard, Button.FinishButton)
    assert wizard.isVisible() and wizard.office is None
    assert wizard.ui.saveErrorLabel.isVisible()
    assert wizard.ui.saveErrorLabel.text() == "Vai trò: chọn Chủ tịch hoặc Cán bộ"
    assert wizard.button(Button.FinishButton).isEnabled()
    with pytest.raises(NotInitialisedError):
        empty_services.office.get_office()


def test_cancel_creates_nothing(qtbot: QtBot, wizard: SetupWizard, empty_services: Services) -> None:
    fill_to_summary(qtbot, wizard)
    with qtbot.waitSignal(wizard.rejected, timeout=1000):
        click(qtbot, wizard, Button.CancelButton)
    assert wizard.office is None
    with pytest.raises(NotInitialisedError):
        empty_services.office.get_office()
    with empty_services.uow.read() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(Person)) == 0
        assert session.scalar(sa.select(sa.func.count()).select_from(Officer)) == 0


def test_the_demo_choice_ends_the_wizard_at_once(qtbot: QtBot, wizard: SetupWizard,
                                                  empty_services: Services, runner: InlineTaskRunner) -> None:
    click_radio(qtbot, wizard.ui.demoRadio)
    assert not wizard.button(Button.NextButton).isVisible()
    assert wizard.button(Button.FinishButton).text() == "&Mở dữ liệu mẫu"
    with qtbot.waitSignal(wizard.accepted, timeout=1000):
        click(qtbot, wizard, Button.FinishButton)
    assert (wizard.choice, wizard.office, runner.calls) == (SetupChoice.DEMO, None, [])
    with pytest.raises(NotInitialisedError):
        empty_services.office.get_office()


def test_changing_back_from_demo_offers_next_again(qtbot: QtBot, wizard: SetupWizard) -> None:
    click_radio(qtbot, wizard.ui.demoRadio)
    click_radio(qtbot, wizard.ui.officeRadio)
    assert wizard.button(Button.NextButton).isVisible()
    assert not wizard.button(Button.FinishButton).isVisible()
    assert wizard.choice is SetupChoice.OFFICE


# -- through the composition root -------------------------------------------------------------------


def choose_demo(wizard: SetupWizard) -> int:
    """Stands in for the modal ``exec()``: the officer picks the demo and presses the Finish button."""
    wizard.show()
    wizard.ui.demoRadio.setChecked(True)
    wizard.button(Button.FinishButton).click()
    return QDialog.DialogCode.Accepted.value if wizard.result() else QDialog.DialogCode.Rejected.value


def test_the_app_opens_a_demo_store_beside_an_untouched_real_one(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown_errors: list[str] = []
    monkeypatch.setattr(app_module, "show_error", shown_errors.append)
    monkeypatch.setattr(setup_wizard, "DEMO_INITIATIVES", 500)  # the real 3,000 take a second more
    wizards: list[SetupWizard] = []
    titles: list[str] = []

    def wizard_exec(wizard: SetupWizard) -> int:
        wizards.append(wizard)
        return choose_demo(wizard)

    def app_exec(*_args: Any) -> int:
        # Closed at once, while start-up's database work and first sync are still going (this used to
        # crash inside a nested event loop at close); the window closes once its last sync has ended.
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        titles.extend(w.windowTitle() for w in windows)
        for window in windows:
            window.close()
        qtbot.waitUntil(lambda: not any(w.isVisible() for w in windows), timeout=10_000)
        return 0

    monkeypatch.setattr(SetupWizard, "exec", wizard_exec)
    monkeypatch.setattr(QApplication, "exec", app_exec)
    for _start in range(2):  # the real store stays empty, so the wizard comes back
        assert app_module.main(["--data-dir", str(data_dir)]) == 0
    assert len(wizards) == 2
    assert titles == ["Sáng kiến Desktop – CĐCS Cơ khí Mẫu (dữ liệu mẫu)"] * 2
    assert shown_errors == []
    demo_dir = demo_data_dir(data_dir)
    assert demo_dir == data_dir.parent / "data-demo"
    for folder in (data_dir, demo_dir):
        with WriterLock(StorePaths(folder).lock, "test", timeout=0):
            pass  # both stores were unlocked on the way out
    demo = build_services(demo_dir)
    real = build_services(data_dir)
    try:
        assert demo.office.get_office().unit_code == "MAU"
        assert demo.initiatives.stats().initiatives == 500  # filled once, reused at the second start
        with pytest.raises(NotInitialisedError):
            real.office.get_office()
        assert real.initiatives.stats().initiatives == 0
    finally:
        demo.close()
        real.close()
