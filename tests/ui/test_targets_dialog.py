"""The targets dialog, opened from the dashboard on the known store (tests/dashboard/conftest.py):
recorded values shown per period, saving on the db lane moves the dashboard's progress bar, bad input
is refused at its field and saves nothing, and a viewer is refused."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton
from pytestqt.qtbot import QtBot

from sangkien_desktop.domain.dashboard import ReportPeriod, TargetValue
from sangkien_desktop.domain.enums import OfficerRole, PeriodKind
from sangkien_desktop.persistence.models import Programme
from sangkien_desktop.services.container import Services
from sangkien_desktop.ui.dialogs.targets_dialog import TargetsDialog
from sangkien_desktop.ui.pages.dashboard_page import DashboardPage
from sangkien_desktop.ui.tasks import InlineTaskRunner
from tests.dashboard.conftest import KnownStore, known  # noqa: F401  (the fixture)
from tests.support.runners import DeferredRunner
from tests.support.vi_input import commit_text, type_text

Q4 = ReportPeriod.of_quarter(2025, 4)


@pytest.fixture
def page(qtbot: QtBot, known: KnownStore, runner: InlineTaskRunner) -> DashboardPage:  # noqa: F811
    shown = DashboardPage(known.services.dashboard, runner, today=date(2025, 11, 20))
    qtbot.addWidget(shown)
    shown.resize(1280, 1000)
    shown.show()
    return shown


@pytest.fixture
def dialog(qtbot: QtBot, page: DashboardPage) -> TargetsDialog:
    qtbot.mouseClick(page.targets_button, Qt.MouseButton.LeftButton)
    opened = page.findChild(TargetsDialog)
    assert isinstance(opened, TargetsDialog)
    qtbot.waitUntil(opened.isVisible)
    return opened


@pytest.fixture
def old_programme(known: KnownStore) -> str:  # noqa: F811
    """A second programme, over and without phases; the id."""
    with known.services.uow() as uow:
        programme = Programme(code="CU", name="Chương trình cũ", window_from=date(2020, 1, 1),
                              window_to=date(2021, 12, 31))
        uow.session.add(programme)
        uow.session.flush()
        found = str(programme.id)
        uow.commit()
    return found


def progress_row(page: DashboardPage, name: str) -> tuple[QProgressBar, QPushButton]:
    """The bar and the detail of the progress row named ``name``."""
    layout = page.ui.progressLayout
    for row in range(layout.rowCount()):
        label = layout.itemAtPosition(row, 0)
        if label is not None and isinstance(label.widget(), QLabel) and label.widget().text() == name:
            bar, detail = layout.itemAtPosition(row, 1).widget(), layout.itemAtPosition(row, 2).widget()
            assert isinstance(bar, QProgressBar) and isinstance(detail, QPushButton)
            return bar, detail
    raise AssertionError(f"no progress row {name!r}")


def choose_kind(dialog: TargetsDialog, kind: PeriodKind) -> None:
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData(kind))


def replace_text(qtbot: QtBot, dialog: TargetsDialog, edit_name: str, text: str) -> None:
    edit = getattr(dialog.ui, edit_name)
    edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        type_text(edit, text)


def recorded(services: Services, programme_id: str) -> tuple[TargetValue, ...]:
    return services.dashboard.target_sheet(programme_id).targets


def test_opens_from_the_dashboard_on_the_programme_and_quarter_shown(
    dialog: TargetsDialog, page: DashboardPage, tmp_path: Path
) -> None:
    ui = dialog.ui
    assert page.targets_button.text() == "Đặt chỉ &tiêu…"
    assert dialog.windowTitle() == "Chỉ tiêu của chương trình"
    assert ui.programmeCombo.currentText() == "Sáng kiến vì năng suất 2025–2026"
    assert ui.kindCombo.currentText() == "Quý" and ui.yearSpin.value() == 2025
    assert ui.quarterCombo.currentText() == "IV (tháng 10–12)"
    assert not ui.phaseCombo.isVisibleTo(dialog)
    assert ui.currentLabel.text() == "Kỳ này chưa có chỉ tiêu."
    assert ui.assignedEdit.text() == "" and dialog.save_button().isEnabled()
    dialog.grab().save(str(tmp_path / "targets_dialog.png"))


def test_the_recorded_target_of_each_period_is_shown(dialog: TargetsDialog) -> None:
    ui = dialog.ui
    choose_kind(dialog, PeriodKind.NAM)
    assert not ui.quarterCombo.isVisibleTo(dialog) and ui.yearSpin.isVisibleTo(dialog)
    assert ui.currentLabel.text() == "Chỉ tiêu đã ghi: được giao 7, đăng ký 8."
    assert (ui.assignedEdit.text(), ui.registeredEdit.text()) == ("7", "8")
    choose_kind(dialog, PeriodKind.QUY)
    ui.quarterCombo.setCurrentIndex(1)
    assert (ui.assignedEdit.text(), ui.registeredEdit.text()) == ("1", "2")
    ui.yearSpin.setValue(2026)
    assert ui.assignedEdit.text() == "" and ui.currentLabel.text() == "Kỳ này chưa có chỉ tiêu."
    choose_kind(dialog, PeriodKind.DOT)
    assert ui.phaseCombo.isVisibleTo(dialog) and not ui.yearSpin.isVisibleTo(dialog)
    assert [ui.phaseCombo.itemText(i) for i in range(ui.phaseCombo.count())] == [
        "Giai đoạn 1 (01/01/2025 – 30/06/2025)", "Giai đoạn 2 (01/07/2025 – 31/12/2026)"]


def test_saving_moves_the_dashboards_progress_bar(
    qtbot: QtBot, dialog: TargetsDialog, page: DashboardPage, known: KnownStore,  # noqa: F811
    runner: InlineTaskRunner, tmp_path: Path,
) -> None:
    bar, _ = progress_row(page, "Quý 4/2025")
    assert bar.text() == "Chưa có chỉ tiêu" and bar.value() == 0
    replace_text(qtbot, dialog, "assignedEdit", "4")
    replace_text(qtbot, dialog, "registeredEdit", "5")
    runner.calls.clear()
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save_button().click()
    assert runner.calls == ["db", "db"]  # the save, then the dashboard's figures
    assert saved.args[0].assigned == 4 and saved.args[0].period == Q4
    assert TargetValue(PeriodKind.QUY, "2025-Q4", 4, 5) in recorded(known.services, known.programme_id)
    assert dialog.messages.general_text() == ("Đã lưu. Kỳ này có 1 sáng kiến hợp lệ, đạt 25,0% chỉ tiêu "
                                              "được giao.")
    assert dialog.ui.currentLabel.text() == "Chỉ tiêu đã ghi: được giao 4, đăng ký 5."
    bar, detail = progress_row(page, "Quý 4/2025")
    assert bar.text() == "25,0%" and bar.value() == 25
    assert detail.text() == "1 hợp lệ / chỉ tiêu 4 (đăng ký 5), 1 đã nộp"
    assert dialog.isVisible()  # stays open for the next period
    qtbot.waitUntil(bar.isVisible)
    page.grab().save(str(tmp_path / "dashboard_after_save.png"))


def test_a_phase_target_with_thousands_replaces_nothing_else(
    qtbot: QtBot, dialog: TargetsDialog, page: DashboardPage, known: KnownStore  # noqa: F811
) -> None:
    choose_kind(dialog, PeriodKind.DOT)
    dialog.ui.phaseCombo.setCurrentIndex(1)
    commit_text(dialog.ui.assignedEdit, "1.200")  # as an input method delivers it
    dialog.save_button().click()
    targets = recorded(known.services, known.programme_id)
    assert TargetValue(PeriodKind.DOT, known.phase_ids[1], 1200, 0) in targets and len(targets) == 3
    bar, _ = progress_row(page, "Giai đoạn 2 (01/07/2025 – 31/12/2026)")
    assert bar.text() == "0,1%"


def test_bad_input_is_shown_at_its_field_and_saves_nothing(
    qtbot: QtBot, dialog: TargetsDialog, known: KnownStore, runner: InlineTaskRunner  # noqa: F811
) -> None:
    before = recorded(known.services, known.programme_id)
    replace_text(qtbot, dialog, "assignedEdit", "một trăm")
    replace_text(qtbot, dialog, "registeredEdit", "-3")
    runner.calls.clear()
    dialog.save_button().click()
    assert runner.calls == []
    assert dialog.messages.text("assigned") == "Phải là số nguyên không âm, ví dụ 120 hoặc 1.200"
    assert dialog.messages.text("registered") == "Không được là số âm"
    assert dialog.ui.assignedEdit.hasFocus() and dialog.ui.assignedEdit.selectedText() == "một trăm"
    replace_text(qtbot, dialog, "assignedEdit", "")
    replace_text(qtbot, dialog, "registeredEdit", "99999999")
    dialog.save_button().click()
    assert dialog.messages.text("assigned") == "Chưa nhập; hãy nhập một số nguyên, ví dụ 120"
    assert dialog.messages.text("registered") == "Quá lớn, tối đa 10.000.000"
    assert recorded(known.services, known.programme_id) == before and runner.calls == []
    replace_text(qtbot, dialog, "assignedEdit", "3")
    replace_text(qtbot, dialog, "registeredEdit", "")  # blank: nothing registered
    dialog.save_button().click()
    assert dialog.messages.text("assigned") == "" and dialog.messages.text("registered") == ""
    assert TargetValue(PeriodKind.QUY, "2025-Q4", 3, 0) in recorded(known.services, known.programme_id)


def test_a_viewer_is_refused(qtbot: QtBot, dialog: TargetsDialog, known: KnownStore) -> None:  # noqa: F811
    services = known.services
    viewer = services.officers.create("Đỗ Văn Khoa", OfficerRole.XEM)
    services.uow.acting_officer_id = viewer.id
    before = recorded(services, known.programme_id)
    replace_text(qtbot, dialog, "assignedEdit", "4")
    dialog.save_button().click()
    assert "Đỗ Văn Khoa có vai trò “Chỉ xem” nên không được" in dialog.messages.general_text()
    assert recorded(services, known.programme_id) == before and dialog.save_button().isEnabled()


def test_without_a_programme(qtbot: QtBot, services: Services, runner: InlineTaskRunner) -> None:
    with services.uow() as uow:  # the office's seeded programme, deleted
        for programme in uow.session.query(Programme):
            programme.deleted_at = uow.now()
        uow.commit()
    page = DashboardPage(services.dashboard, runner, today=date(2025, 11, 20))
    qtbot.addWidget(page)
    page.show()
    assert not page.targets_button.isEnabled()
    dialog = TargetsDialog(services.dashboard, runner, page)
    dialog.show()
    assert not dialog.save_button().isEnabled() and not dialog.ui.formWidget.isEnabled()
    assert dialog.messages.general_text() == ("Chưa có chương trình nào được nhập; chỉ tiêu phải gắn với một "
                                              "chương trình.")


def test_a_programme_without_phases(qtbot: QtBot, known: KnownStore, old_programme: str,  # noqa: F811
                                    runner: InlineTaskRunner) -> None:
    dialog = TargetsDialog(known.services.dashboard, runner, today=date(2025, 11, 20))
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.programmeCombo.setCurrentIndex(ui.programmeCombo.findText("Chương trình cũ"))
    ui.programmeCombo.activated.emit(ui.programmeCombo.currentIndex())
    assert dialog.sheet is not None and dialog.sheet.programme is not None
    assert dialog.sheet.programme.id == old_programme and dialog.sheet.targets == ()
    choose_kind(dialog, PeriodKind.DOT)
    assert ui.phaseCombo.count() == 0 and not dialog.save_button().isEnabled()
    assert ui.currentLabel.text() == "Chương trình này chưa có đợt nào: hãy chọn năm hoặc quý."


def test_a_late_answer_for_another_programme_is_dropped(qtbot: QtBot, known: KnownStore,  # noqa: F811
                                                       old_programme: str) -> None:
    runner = DeferredRunner()
    dialog = TargetsDialog(known.services.dashboard, runner, programme_id=known.programme_id,
                           today=date(2025, 11, 20))
    qtbot.addWidget(dialog)
    assert not dialog.save_button().isEnabled()  # still reading
    dialog._load(old_programme)  # the officer picked another programme before the first answer came
    runner.pending.reverse()  # the newer answer first, the older one afterwards
    runner.release_all()
    assert dialog.sheet is not None and dialog.sheet.programme is not None
    assert dialog.sheet.programme.id == old_programme and dialog.save_button().isEnabled()
    assert dialog.ui.programmeCombo.currentText() == "Chương trình cũ"
