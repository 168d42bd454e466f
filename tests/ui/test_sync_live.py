"""The Đồng bộ page in the main window with the real SyncService and the reference server on loopback:
enrol, sync, confirm, lose the server, get it back, meet a sign-in page, lose the enrolment."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.domain.sync import SyncTrigger
from sangkien_desktop.services.container import Services
from sangkien_desktop.ui.dialogs.enroll_dialog import EnrollDialog
from sangkien_desktop.ui.main_window import MainWindow, Section
from sangkien_desktop.ui.models.initiative_table import Column
from sangkien_desktop.ui.pages.sync_page import SyncPage
from sangkien_desktop.ui.tasks import TaskRunner
from sangkien_server import admin
from sangkien_server import db as server_db
from sangkien_server.models import Record
from tests.support.faultproxy import FaultProxy, Hook
from tests.support.live_server import LiveServer, live_server
from tests.support.submissions import ready_to_upload
from tests.sync.conftest import server_port
from tests.sync.scenario_tools import BATCHES

__all__ = ["live_server"]

SHOTS = Path("/tmp/sangkien-shots")
CONFIRMED = re.compile(r"Máy chủ xác nhận ([\d.]+)/([\d.]+) ✓")
WAIT_MS = 30_000

pytestmark = pytest.mark.live


@pytest.fixture
def server_backend() -> str:
    return "sqlite"  # the server's own tests cover PostgreSQL; here the page is what is tested


@pytest.fixture(autouse=True)
def _credentials_in_a_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SANGKIEN_CREDENTIALS", "file")  # never the developer's keyring


@pytest.fixture
def threaded(services: Services) -> Iterator[TaskRunner]:
    """The app's own runner: sync on the net lane while the page reads on the db lane."""
    runner = TaskRunner()
    yield runner
    runner.shutdown(wait=True)


@pytest.fixture
def window(qtbot: QtBot, services: Services, threaded: TaskRunner,
           settings: QSettings) -> Iterator[MainWindow]:
    shown = MainWindow(services, threaded, services.office.get_office(), settings)
    shown.resize(1200, 760)
    shown.show()
    yield shown
    shown.close()
    shiboken6.delete(shown)  # here, on the GUI thread, before the runner's threads may collect it


def sync_page(qtbot: QtBot, window: MainWindow) -> SyncPage:
    window.show_page(Section.SYNC)
    page = window.current_page()
    assert isinstance(page, SyncPage)
    qtbot.waitUntil(lambda: page.status is not None, timeout=WAIT_MS)
    return page


def sync_now(qtbot: QtBot, page: SyncPage) -> None:
    assert page.ui.syncNowButton.isEnabled()
    # The run ends, then the page reads the service again.
    with qtbot.waitSignal(page.shown, timeout=WAIT_MS), \
            qtbot.waitSignal(page._scheduler.run_finished, timeout=WAIT_MS):
        page.ui.syncNowButton.click()


def shoot(page: SyncPage, name: str) -> None:
    for _ in range(3):
        QApplication.processEvents()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.window().grab().save(str(SHOTS / f"live_{name}.png"))


def confirmed(page: SyncPage) -> tuple[int, int] | None:
    """The initiatives in the page's proof line when it carries a ✓, else None."""
    found = CONFIRMED.fullmatch(page.ui.confirmedValue.text().split("\n")[0])
    return None if found is None else (int(found[1].replace(".", "")), int(found[2].replace(".", "")))


def server_initiatives(server: LiveServer) -> list[str]:
    """Ids of the initiatives the server holds, once per row it keeps."""
    with server_db.read_session(server.db_url) as session:
        rows = session.execute(select(Record.entity_id).where(Record.entity_type == "initiative"))
        return [row[0] for row in rows]


def test_fifty_initiatives_made_offline_reach_the_server_once_though_it_stops_mid_sync(
        qtbot: QtBot, window: MainWindow, live_server: LiveServer,
        add_initiative: Callable[..., InitiativeView]) -> None:
    """Issue 6's manual acceptance, driven through the app: enrol, 50 initiatives made offline, the
    server stops in the middle of the first sync, comes back, "Máy chủ xác nhận 50/50 ✓"."""
    made = [add_initiative(f"Cải tiến dây chuyền may số {i}") for i in range(1, 51)]
    window.refresh_status()
    page = sync_page(qtbot, window)
    ui = page.ui
    assert ui.stateLabel.text() == "Chưa đăng ký với máy chủ trung tâm"
    assert not ui.syncNowButton.isEnabled()
    proxy = FaultProxy(server_port(live_server))
    proxy.start()
    try:
        proxy.script(Hook(fn=live_server.stop).matching("POST", BATCHES))  # down once the upload starts
        ui.enrollButton.click()
        dialog = page.enroll_dialog
        assert isinstance(dialog, EnrollDialog)
        dialog.ui.serverEdit.setText(proxy.url)
        dialog.ui.codeEdit.setText(live_server.enrollment_code())
        with qtbot.waitSignal(page._scheduler.run_finished, timeout=WAIT_MS):  # enrolling starts a sync
            dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: ui.stateLabel.text() == "Không kết nối được máy chủ", timeout=WAIT_MS)
        qtbot.waitUntil(lambda: not live_server.running, timeout=WAIT_MS)  # the hook's stop() has returned
        assert proxy.stats.count(Hook, BATCHES) == 1
        assert confirmed(page) is None and not ui.pendingValue.text().startswith("Không có")
        shoot(page, "server_stopped_mid_sync")

        live_server.start()
        sync_now(qtbot, page)
        assert confirmed(page) == (50, 50), ui.confirmedValue.text()
        assert ui.confirmedValue.text().startswith("Máy chủ xác nhận 50/50 ✓\nsáng kiến; ")
        held = server_initiatives(live_server)
        assert sorted(held) == sorted(i.id for i in made)  # nothing lost, nothing twice
        assert ui.stateLabel.text() == "Đã kết nối với máy chủ trung tâm"
        assert ui.pendingValue.text() == "Không có: mọi thay đổi đã được gửi"
        assert ui.serverValue.text() == f"{proxy.url} – CDCS-01 Công đoàn cơ sở Công ty May 10"
        assert ui.logTree.topLevelItemCount() > 0
        qtbot.waitUntil(lambda: window.pending_label.text() == "0 thay đổi chưa tải lên", timeout=WAIT_MS)
        assert window.network_label.text() == "Đã đồng bộ"
        shoot(page, "confirmed")

        # The server goes away: changes wait, the page says so, and nothing is lost.
        live_server.stop()
        add_initiative("Tiết kiệm điện chiếu sáng xưởng cắt")
        sync_now(qtbot, page)
        assert ui.stateLabel.text() == "Không kết nối được máy chủ"
        assert re.fullmatch(r"\d+ thay đổi; cũ nhất từ \d\d/\d\d/\d{4} \d\d:\d\d", ui.pendingValue.text())
        assert window.network_label.text() == "Ngoại tuyến"
        shoot(page, "offline")

        live_server.start()
        sync_now(qtbot, page)
        assert ui.stateLabel.text() == "Đã kết nối với máy chủ trung tâm"
        assert ui.pendingValue.text() == "Không có: mọi thay đổi đã được gửi"
        assert confirmed(page) == (51, 51)
        assert len(server_initiatives(live_server)) == len(set(server_initiatives(live_server))) == 51
    finally:
        proxy.stop()


def test_a_sign_in_page_and_a_revoked_device_are_explained(
        qtbot: QtBot, window: MainWindow, services: Services, live_server: LiveServer,
        add_initiative: Callable[..., InitiativeView]) -> None:
    services.sync.enroll(live_server.url, live_server.enrollment_code())
    add_initiative("Cải tiến băng tải phân xưởng 1")
    page = sync_page(qtbot, window)
    ui = page.ui

    live_server.fault(kind="status", path_prefix="/api/v1/ping", status=200, html=True, times=1)
    sync_now(qtbot, page)
    assert ui.stateLabel.text() == "Mạng cần đăng nhập"
    assert "đăng nhập vào mạng" in ui.explanationLabel.text()
    assert window.network_label.text() == "Mạng cần đăng nhập"
    shoot(page, "network_login")

    device_id = services.sync.status().device_id
    assert device_id is not None
    live_server.revoke(device_id)
    sync_now(qtbot, page)
    assert ui.stateLabel.text() == "Cần đăng ký lại"
    assert ui.enrollButton.isVisible() and ui.enrollButton.text() == "Đăng &ký lại…"
    assert not re.fullmatch(r"Không có.*", ui.pendingValue.text())  # kept, waiting for a new enrolment
    shoot(page, "revoked")


def test_open_record_from_the_sync_page_opens_the_editor(
        qtbot: QtBot, window: MainWindow, add_initiative: Callable[..., InitiativeView]) -> None:
    initiative = add_initiative("Cải tiến máy cắt vải tự động")
    page = sync_page(qtbot, window)
    with qtbot.waitSignal(window.initiatives_page.editors.opened, timeout=WAIT_MS) as opened:
        page.open_record.emit("initiative", initiative.id)
    editor = opened.args[0]
    qtbot.waitUntil(lambda: editor.ui.titleEdit.text() == "Cải tiến máy cắt vải tự động", timeout=WAIT_MS)
    editor.close()


def test_the_window_starts_automatic_sync_once_its_services_are_up(
        qtbot: QtBot, window: MainWindow, add_initiative: Callable[..., InitiativeView]) -> None:
    assert window.network_label.text() == "Ngoại tuyến"  # nothing is tried before the first paint is done
    scheduler = window.sync_scheduler()
    assert scheduler is not None and not scheduler.started
    with qtbot.waitSignal(scheduler.run_finished, timeout=WAIT_MS) as finished:
        window.add_todo_panel()  # what start-up calls after the first rows are painted
    assert scheduler.started and scheduler.periodic_timer.isActive()
    assert finished.args[0].state.value == "not_enrolled"
    qtbot.waitUntil(lambda: window.network_label.text() == "Chưa đăng ký máy chủ", timeout=WAIT_MS)
    assert not scheduler.save_timer.isActive()
    window.initiatives_page.editors.saved.emit(add_initiative("Sắp xếp lại kho vải").id)
    assert scheduler.save_timer.isActive()  # a sync 60 s after the last save
    scheduler.save_timer.stop()
    window.note_change()  # a change made on another page
    assert scheduler.save_timer.isActive()


def test_closing_the_window_waits_for_its_last_sync_without_freezing(
        qtbot: QtBot, window: MainWindow, services: Services, live_server: LiveServer,
        add_initiative: Callable[..., InitiativeView]) -> None:
    """Closing sends what was saved: the window stays open, says why and keeps painting (no nested
    event loop) until the server has answered, then closes by itself."""
    proxy = FaultProxy(server_port(live_server))
    proxy.start()
    answer = threading.Event()
    try:
        services.sync.enroll(proxy.url, live_server.enrollment_code())
        scheduler = window.sync_scheduler()
        with qtbot.waitSignal(scheduler.run_finished, timeout=WAIT_MS):
            window.add_todo_panel()  # start-up's moment: automatic sync from now on
        made = add_initiative("Thu hồi nhiệt khí thải lò hơi")
        proxy.script(Hook(fn=lambda: answer.wait(WAIT_MS / 1000)).matching("POST", BATCHES))
        window.close()
        assert window.isVisible() and scheduler.running
        assert not window.centralWidget().isEnabled()
        assert window.ui.statusBar.currentMessage().startswith("Đang gửi nốt các thay đổi lên máy chủ")
        qtbot.waitUntil(lambda: proxy.stats.count(Hook, BATCHES) == 1, timeout=WAIT_MS)
        qtbot.wait(200)
        assert window.isVisible()  # the batch is held at the server's door: still waiting
        SHOTS.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(SHOTS / "live_closing.png"))
        answer.set()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
        assert server_initiatives(live_server) == [made.id]
        assert services.sync.status().pending == 0
    finally:
        answer.set()
        proxy.stop()


def test_tai_len_from_the_registry_reaches_the_upper_union_and_its_review_comes_back(
        qtbot: QtBot, window: MainWindow, services: Services, live_server: LiveServer,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The officer selects ready initiatives, presses "Tải lên…": the sync sends them at once, the rows
    read «Đã tải lên» in place (selection kept), and the upper union's verdict comes back."""
    approved, refused = ready_to_upload(services, ["Đồ gá hàn khung xe đẩy", "Khuôn ép đế giày hai màu"])
    services.sync.enroll(live_server.url, live_server.enrollment_code())
    scheduler = window.sync_scheduler()
    with qtbot.waitSignal(scheduler.run_finished, timeout=WAIT_MS):
        window.add_todo_panel()  # start-up's moment: automatic sync from now on
    page = window.initiatives_page
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and page.model.item(1) is not None, timeout=WAIT_MS)
    panel = window.todo_panel
    assert panel is not None
    refreshed: list[bool] = []
    reminders = panel.refresh
    monkeypatch.setattr(panel, "refresh", lambda: (refreshed.append(True), reminders()))
    page.ui.tableView.selectAll()
    page.submit_selected()
    action = page.submit_action
    assert action is not None and action.confirm_box is not None
    with qtbot.waitSignal(scheduler.run_finished, timeout=WAIT_MS):  # "Tải lên" syncs at once
        action.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    assert action.result_box is not None
    assert action.result_box.text().startswith("Đã đưa 2 sáng kiến vào đợt tải lên")
    action.result_box.close()

    def statuses() -> set[str | None]:
        return {page.model.data(page.model.index(row, Column.STATUS)) for row in range(2)}

    qtbot.waitUntil(lambda: statuses() == {"Đã tải lên"}, timeout=WAIT_MS)
    assert len(page.ui.tableView.selectionModel().selectedRows()) == 2  # changed in place
    assert refreshed, "the to-do panel reads its reminders again after a sync that moved records"
    assert sorted(server_initiatives(live_server)) == sorted([approved, refused])

    admin.set_review_state(live_server.db_url, "CDCS-01", approved, "APPROVED", "Đạt yêu cầu")
    admin.set_review_state(live_server.db_url, "CDCS-01", refused, "REJECTED", "Bổ sung bản vẽ")
    with qtbot.waitSignal(scheduler.run_finished, timeout=WAIT_MS):
        scheduler.trigger(SyncTrigger.MANUAL)
    qtbot.waitUntil(lambda: statuses() == {"Hợp lệ", "Không hợp lệ"}, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.pending_label.text() == "0 thay đổi chưa tải lên", timeout=WAIT_MS)
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "live_reviewed_registry.png"))


def test_delivery_by_usb_stick_from_the_page(
        qtbot: QtBot, window: MainWindow, services: Services, live_server: LiveServer, tmp_path: Path,
        add_initiative: Callable[..., InitiativeView]) -> None:
    services.sync.enroll(live_server.url, live_server.enrollment_code())
    for i in range(1, 4):
        add_initiative(f"Cải tiến khuôn ép số {i}")
    page = sync_page(qtbot, window)
    ui = page.ui
    qtbot.waitUntil(lambda: ui.exportFileButton.isEnabled() and ui.ackFileButton.isEnabled(), timeout=WAIT_MS)
    delivery, ack = tmp_path / "gui.skbatch", tmp_path / "xac-nhan.skack"
    with qtbot.waitSignal(page.usb.finished, timeout=WAIT_MS) as written:
        page.usb.export_to(delivery)
    assert written.args is not None and written.args[1] is True
    assert ui.messageLabel.text().startswith("Đã ghi ") and str(delivery) in ui.messageLabel.text()
    assert delivery.exists()

    live_server.stop()  # the office has no network: the file goes by hand
    admin.import_file(live_server.db_url, delivery, data_dir=live_server.data_dir, ack_out=ack)
    with qtbot.waitSignal(page.usb.finished, timeout=WAIT_MS) as loaded:
        page.usb.load_ack(ack)
    assert loaded.args is not None and loaded.args[1] is True, loaded.args
    assert ui.messageLabel.text().startswith("Đã nạp xac-nhan.skack: 1 lô được máy chủ xác nhận")
    qtbot.waitUntil(lambda: ui.pendingValue.text() == "Không có: mọi thay đổi đã được gửi", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.pending_label.text() == "0 thay đổi chưa tải lên", timeout=WAIT_MS)
    assert sorted(server_initiatives(live_server)) == sorted(
        row.id for row in services.initiatives.search("khuôn ép").items)
    shoot(page, "usb_acknowledged")

    with qtbot.waitSignal(page.usb.finished, timeout=WAIT_MS) as broken:
        page.usb.load_ack(delivery)  # the wrong file
    assert broken.args is not None and broken.args[1] is False
    assert ui.messageLabel.text().startswith("Đây không phải tệp xác nhận (.skack)")
