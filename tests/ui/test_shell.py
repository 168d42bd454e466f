"""The desktop shell on a real temporary store: table model, navigation, search, start-up.

The first-run setup wizard has its own tests (test_setup_wizard.py).
"""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDockWidget
from pytestqt.qtbot import QtBot

from sangkien_desktop import app as app_module
from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.persistence.lock import WriterLock
from sangkien_desktop.persistence.store import StorePaths
from sangkien_desktop.services.container import Services
from sangkien_desktop.ui.dialogs.setup_wizard import SetupWizard
from sangkien_desktop.ui.main_window import MainWindow, pending_text
from sangkien_desktop.ui.models.initiative_table import ITEM_ROLE, Column, InitiativeTableModel
from sangkien_desktop.ui.pages.audit_page import AuditPage
from sangkien_desktop.ui.pages.certificates_page import CertificatesPage
from sangkien_desktop.ui.pages.initiatives_page import DEBOUNCE_MS, InitiativesPage, count_text
from sangkien_desktop.ui.pages.reports_page import ReportsSection
from sangkien_desktop.ui.pages.rewards_page import RewardsPage
from sangkien_desktop.ui.pages.settings_page import SettingsPage
from sangkien_desktop.ui.pages.sync_page import SyncPage
from sangkien_desktop.ui.pages.trash_page import TrashPage
from sangkien_desktop.ui.tasks import InlineTaskRunner, TaskRunner
from tests.support.runners import DeferredRunner
from tests.support.vi_input import commit_text, type_text

ROOT = Path(__file__).resolve().parents[2]
NAV_TITLES = ["Sáng kiến", "Người lao động", "Khen thưởng", "Giấy chứng nhận", "Báo cáo", "Đồng bộ",
              "Nhật ký thay đổi", "Thùng rác", "Cài đặt"]
PAGE_TYPES = {"Khen thưởng": RewardsPage, "Giấy chứng nhận": CertificatesPage, "Nhật ký thay đổi": AuditPage,
              "Thùng rác": TrashPage, "Báo cáo": ReportsSection, "Đồng bộ": SyncPage}
PIPE_TITLE = "Cải tiến đường ống dẫn khí nén"
OTHER_TITLE = "Tự động hóa dây chuyền sơn tĩnh điện"
WAIT_MS = DEBOUNCE_MS + 3000

AddInitiative = Callable[..., InitiativeView]
Views = tuple[InitiativeView, ...]


@pytest.fixture
def two_initiatives(add_initiative: AddInitiative) -> Views:
    pipe = add_initiative(PIPE_TITLE, department="Phân xưởng Cơ điện", benefit_value=125_000_000)
    other = add_initiative(OTHER_TITLE, author="Trần Thị Hương", benefit_not_quantifiable=True)
    return pipe, other


def titles(model: InitiativeTableModel) -> list[str]:
    """Every row's title, fetching blocks as a view would (the inline runner delivers at once)."""
    return [model.data(model.index(row, Column.TITLE)) for row in range(model.rowCount())]


def loaded_model(services: Services, runner: Any = None) -> InitiativeTableModel:
    model = InitiativeTableModel(runner or InlineTaskRunner())
    model.set_query(lambda limit, offset: services.initiatives.list(limit=limit, offset=offset))
    return model


# -- table model ------------------------------------------------------------------------------------

def test_initiative_model_passes_the_model_tester(qtmodeltester: Any, services: Services,
                                                  two_initiatives: Views,
                                                  add_initiative: AddInitiative) -> None:
    add_initiative("Ý tưởng chưa áp dụng", status="Y_TUONG", authors=[], first_applied_on=None)
    model = loaded_model(services)
    assert model.rowCount() == 3
    qtmodeltester.check(model)


def test_initiative_model_formats_cells(services: Services, two_initiatives: Views) -> None:
    model = loaded_model(services)  # newest first: the second initiative is row 0
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["Mã", "Tên sáng kiến", "Tác giả chính", "Đơn vị", "Loại giải pháp", "Lĩnh vực",
                       "Trạng thái", "Ngày áp dụng", "Giá trị làm lợi", "Tải lên"]

    def cell(row: int, column: Column) -> Any:
        return model.data(model.index(row, column))

    def tip(row: int, column: Column) -> Any:
        return model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole)

    pipe, other = 1, 0
    assert cell(pipe, Column.TITLE) == PIPE_TITLE
    assert cell(pipe, Column.LEAD_AUTHOR) == "Nguyễn Văn Đức"
    assert cell(pipe, Column.DEPARTMENT) == "Phân xưởng Cơ điện"
    assert cell(pipe, Column.KIND) == "Kỹ thuật"  # short in the cell, whole in the tooltip
    assert cell(pipe, Column.FIELD) == "Sản xuất, KD"
    assert tip(pipe, Column.KIND) == "Giải pháp kỹ thuật"
    assert tip(pipe, Column.FIELD) == "Sản xuất, kinh doanh"
    assert cell(pipe, Column.STATUS) == two_initiatives[0].status.label
    assert cell(pipe, Column.FIRST_APPLIED) == "05/03/2024"
    assert cell(pipe, Column.BENEFIT) == "125.000.000 đ"
    assert cell(other, Column.BENEFIT) == "Không tính được"
    tooltip = model.data(model.index(other, Column.BENEFIT), Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "Không tính được bằng tiền"
    assert cell(other, Column.DEPARTMENT) is None
    assert cell(pipe, Column.UPLOAD) == cell(other, Column.UPLOAD) == "Chưa gửi"
    alignment = model.data(model.index(pipe, Column.BENEFIT), Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & Qt.AlignmentFlag.AlignRight
    assert model.data(model.index(other, 0), ITEM_ROLE) == two_initiatives[1]


# -- main window ------------------------------------------------------------------------------------

def make_window(qtbot: QtBot, services: Services, runner: InlineTaskRunner,
                settings: QSettings) -> MainWindow:
    window = MainWindow(services, runner, services.office.get_office(), settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_navigation_reaches_every_page(qtbot: QtBot, services: Services, runner: InlineTaskRunner,
                                       settings: QSettings) -> None:
    window = make_window(qtbot, services, runner, settings)
    assert window.page_titles() == NAV_TITLES
    for row, title in enumerate(NAV_TITLES):
        window.show_page(row)
        page = window.current_page()
        assert window.ui.pageStack.currentIndex() == row
        if row == 0:
            assert page is window.initiatives_page
        elif title == "Người lao động":
            assert page is window.people_page
        elif title == "Cài đặt":
            assert page is window.settings_page
            assert isinstance(page, SettingsPage)
        else:
            assert isinstance(page, PAGE_TYPES[title])


def test_status_bar_shows_office_pending_changes_and_offline(qtbot: QtBot, services: Services,
                                                             runner: InlineTaskRunner, settings: QSettings,
                                                             two_initiatives: Views) -> None:
    window = make_window(qtbot, services, runner, settings)
    stats = services.initiatives.stats()
    assert stats.pending_ops > 0
    assert window.office_label.text() == "Công đoàn cơ sở Công ty TNHH ABC"
    expected = f"{stats.pending_ops} thay đổi chưa tải lên"
    assert window.pending_label.text() == pending_text(stats.pending_ops) == expected
    assert window.network_label.text() == "Ngoại tuyến"
    assert "db" in runner.calls


def test_window_remembers_last_page_and_geometry(qtbot: QtBot, services: Services, runner: InlineTaskRunner,
                                                 settings: QSettings) -> None:
    window = make_window(qtbot, services, runner, settings)
    window.resize(790, 500)  # inside the 800 × 600 offscreen screen: restoreGeometry clamps to it
    window.show_page(4)
    window.close()
    again = make_window(qtbot, services, runner, settings)
    assert again.ui.navList.currentRow() == 4
    assert again.ui.pageStack.currentIndex() == 4
    assert (again.width(), again.height()) == (790, 500)


# -- search -----------------------------------------------------------------------------------------

def make_page(qtbot: QtBot, services: Services, runner: Any) -> InitiativesPage:
    page = InitiativesPage(services.initiatives, runner)
    qtbot.addWidget(page)
    page.show()
    return page


def test_page_lists_everything_when_box_is_empty(qtbot: QtBot, services: Services, runner: InlineTaskRunner,
                                                two_initiatives: Views) -> None:
    page = make_page(qtbot, services, runner)
    assert sorted(titles(page.model)) == sorted([PIPE_TITLE, OTHER_TITLE])
    assert page.ui.countLabel.text() == "Tổng cộng 2 sáng kiến"
    assert page.ui.searchEdit.placeholderText() == "Tìm sáng kiến, tác giả, số quyết định… (không cần dấu)"


@pytest.mark.parametrize(("typed", "send"), [
    ("đường", type_text),
    ("duong", type_text),
    ("Đường ống", type_text),
    ("đường", commit_text),
    ("hương", commit_text),  # the second initiative's author
])
def test_search_as_you_type_finds_vietnamese(qtbot: QtBot, services: Services, runner: InlineTaskRunner,
                                             two_initiatives: Views, typed: str,
                                             send: Callable[[Any, str], None]) -> None:
    page = make_page(qtbot, services, runner)
    with qtbot.waitSignal(page.results_shown, timeout=WAIT_MS) as blocker:
        send(page.ui.searchEdit, typed)
    assert page.ui.searchEdit.text() == typed
    expected = OTHER_TITLE if typed == "hương" else PIPE_TITLE
    assert titles(page.model) == [expected]
    assert blocker.args == [1]
    assert page.ui.countLabel.text() == "Tìm thấy 1 sáng kiến"


def test_typing_is_debounced_into_one_search(qtbot: QtBot, services: Services, runner: InlineTaskRunner,
                                             two_initiatives: Views) -> None:
    page = make_page(qtbot, services, runner)
    before = len(runner.calls)
    with qtbot.waitSignal(page.results_shown, timeout=WAIT_MS):
        type_text(page.ui.searchEdit, "dây chuyền")
    assert len(runner.calls) == before + 1
    assert titles(page.model) == [OTHER_TITLE]


def test_no_match_shows_zero(qtbot: QtBot, services: Services, runner: InlineTaskRunner,
                             two_initiatives: Views) -> None:
    page = make_page(qtbot, services, runner)
    with qtbot.waitSignal(page.results_shown, timeout=WAIT_MS):
        commit_text(page.ui.searchEdit, "băng tải")
    assert page.model.rowCount() == 0
    assert page.ui.countLabel.text() == "Tìm thấy 0 sáng kiến"


def test_stale_results_are_discarded(qtbot: QtBot, services: Services,
                                     two_initiatives: Views) -> None:
    runner = DeferredRunner()
    page = make_page(qtbot, services, runner)
    page.ui.searchEdit.setText("đường")
    page.refresh()
    page.ui.searchEdit.setText("sơn")
    page.refresh()
    programmes, initial, pipe_search, paint_search = runner.pending
    programmes()
    paint_search()
    pipe_search()  # arrives late: must not overwrite the newer result
    initial()
    assert titles(page.model) == [OTHER_TITLE]


def test_count_uses_vietnamese_thousands() -> None:
    assert count_text(12_345, narrowed=True) == "Tìm thấy 12.345 sáng kiến"
    assert count_text(1_000, narrowed=False) == "Tổng cộng 1.000 sáng kiến"


# -- task runner ------------------------------------------------------------------------------------

def test_task_runner_runs_off_and_delivers_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    try:
        with qtbot.waitCallback(timeout=3000) as done:
            runner.run(threading.get_ident, on_success=lambda worker: done(worker, threading.get_ident()))
        with qtbot.waitCallback(timeout=3000) as failed:
            runner.run(lambda: 1 // 0, lane="net", on_failure=failed)
    finally:
        runner.shutdown()
    worker, gui = done.args
    assert gui == threading.get_ident() != worker
    assert isinstance(failed.args[0], ZeroDivisionError)
    with pytest.raises(RuntimeError):
        runner.run(lambda: None)


def test_search_through_the_real_task_runner(qtbot: QtBot, services: Services,
                                             two_initiatives: Views) -> None:
    runner = TaskRunner()
    try:
        page = InitiativesPage(services.initiatives, runner)
        qtbot.addWidget(page)
        qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=3000)
        with qtbot.waitSignal(page.results_shown, timeout=WAIT_MS):
            type_text(page.ui.searchEdit, "ống")
        assert titles(page.model) == [PIPE_TITLE]
    finally:
        runner.shutdown()


# -- composition root -------------------------------------------------------------------------------

@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(app_module, "show_error", shown.append)
    return shown


def test_app_refuses_a_store_locked_by_another_program(qtbot: QtBot, data_dir: Path,
                                                       shown_errors: list[str]) -> None:
    data_dir.mkdir(parents=True)
    with WriterLock(StorePaths(data_dir).lock, "sangkien import"):
        assert app_module.main(["--data-dir", str(data_dir)]) == 1
    assert len(shown_errors) == 1
    assert "sangkien import" in shown_errors[0]


def test_app_opens_the_recovery_screen_on_a_damaged_store(
        qtbot: QtBot, data_dir: Path, shown_errors: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    from sangkien_desktop.ui.dialogs.recovery_dialog import RecoveryDialog

    data_dir.mkdir(parents=True)
    damaged = b"this is not a database" * 100
    StorePaths(data_dir).db.write_bytes(damaged)
    shown: list[str] = []

    def quit_at_once(dialog: RecoveryDialog) -> int:
        shown.append(dialog.ui.problemLabel.text())
        return QDialog.DialogCode.Rejected.value  # the officer chose Quit

    monkeypatch.setattr(RecoveryDialog, "exec", quit_at_once)
    assert app_module.main(["--data-dir", str(data_dir)]) == 1
    assert len(shown) == 1 and "bị hỏng" in shown[0] and shown_errors == []
    assert StorePaths(data_dir).db.read_bytes() == damaged
    with WriterLock(StorePaths(data_dir).lock, "test", timeout=0):
        pass  # the app released its lock on the way out


def test_app_first_run_cancel_exits_zero(qtbot: QtBot, data_dir: Path, shown_errors: list[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(SetupWizard, "exec", lambda self: QDialog.DialogCode.Rejected.value)
    assert app_module.main(["--data-dir", str(data_dir)]) == 0
    assert shown_errors == []


def test_app_opens_the_main_window(qtbot: QtBot, services: Services, data_dir: Path, shown_errors: list[str],
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []

    def fake_exec(*_args: Any) -> int:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen.extend(w.windowTitle() for w in windows)
        for window in windows:
            window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert app_module.main(["--data-dir", str(data_dir)]) == 0
    assert seen == ["Sáng kiến Desktop – Công đoàn cơ sở Công ty TNHH ABC"]
    assert shown_errors == []
    with WriterLock(StorePaths(data_dir).lock, "test", timeout=0):
        pass


# -- generated forms --------------------------------------------------------------------------------

def test_generated_forms_are_fresh() -> None:
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_forms.py"), "--check"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_registry_columns_and_order_are_remembered(qtbot: QtBot, services: Services, runner: InlineTaskRunner,
                                                   settings: QSettings) -> None:
    window = make_window(qtbot, services, runner, settings)
    header = window.initiatives_page.ui.tableView.horizontalHeader()
    header.resizeSection(Column.CODE, 222)
    header.setSortIndicator(Column.LEAD_AUTHOR, Qt.SortOrder.DescendingOrder)
    window.close()
    again = make_window(qtbot, services, runner, settings)
    header = again.initiatives_page.ui.tableView.horizontalHeader()
    assert header.sectionSize(Column.CODE) == 222
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (Column.LEAD_AUTHOR,
                                                                           Qt.SortOrder.DescendingOrder)
    assert again.initiatives_page.sort.column is not None and again.initiatives_page.sort.descending


def test_saved_office_details_show_in_the_title_and_status_bar(qtbot: QtBot, services: Services,
                                                               runner: InlineTaskRunner,
                                                               settings: QSettings) -> None:
    window = make_window(qtbot, services, runner, settings)
    window.setWindowTitle(window.windowTitle() + " (dữ liệu mẫu)")
    office = services.office.get_office()
    renamed = dataclasses.replace(office, short_name="CĐCS Dệt Hà Nam",
                                  full_name="Công đoàn cơ sở Dệt Hà Nam")
    window.settings_page.office_saved.emit(renamed)
    assert window.windowTitle() == "Sáng kiến Desktop – CĐCS Dệt Hà Nam (dữ liệu mẫu)"
    assert window.office_label.text() == "Công đoàn cơ sở Dệt Hà Nam"


def test_the_people_page_lists_nobody_until_it_is_first_shown(qtbot: QtBot, services: Services,
                                                              runner: InlineTaskRunner, settings: QSettings,
                                                              add_initiative: Callable[..., InitiativeView]
                                                              ) -> None:
    add_initiative("Cải tiến máy cắt", author="Trần Thị Mai")
    window = make_window(qtbot, services, runner, settings)
    window.show_page(0)
    assert window.people_page.model.rowCount() == 0  # no query for it at start-up
    window.show_page(1)
    qtbot.waitUntil(lambda: window.people_page.model.rowCount() == 1, timeout=5000)


def test_the_to_do_panel_is_docked_and_opens_initiatives(
        qtbot: QtBot, services: Services, runner: InlineTaskRunner, settings: QSettings,
        make_initiative: Callable[..., InitiativeView]) -> None:
    late = make_initiative(title="Thù lao chưa trả", status="DA_CONG_NHAN", decision_number="15/QĐ-ABC",
                           decided_on="2021-09-01", first_applied_on="2021-03-01", benefit_value=100_000_000)
    services.remuneration.schedule(late.id)
    window = make_window(qtbot, services, runner, settings)
    window.add_todo_panel()
    window.add_todo_panel()  # once only
    docks = window.findChildren(QDockWidget)
    assert [dock.windowTitle() for dock in docks] == ["Việc cần làm"]
    panel = window.todo_panel
    assert panel is not None and panel.items and {item.initiative_id for item in panel.items} == {late.id}
    first = panel.ui.itemsTree.topLevelItem(0).child(0)
    with qtbot.waitSignal(window.initiatives_page.editors.opened) as opened:
        panel.ui.itemsTree.itemDoubleClicked.emit(first, 0)
    editor = opened.args[0]
    qtbot.waitUntil(lambda: editor.ui.titleEdit.text() == "Thù lao chưa trả")
    editor.close()
