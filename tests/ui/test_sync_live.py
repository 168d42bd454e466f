"""The Đồng bộ page in the main window with the real SyncService and the reference server on loopback:
enrol, sync, confirm, lose the server, get it back, meet a sign-in page, lose the enrolment."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.services.container import Services
from sangkien_desktop.ui.dialogs.enroll_dialog import EnrollDialog
from sangkien_desktop.ui.main_window import MainWindow, Section
from sangkien_desktop.ui.pages.sync_page import SyncPage
from sangkien_desktop.ui.tasks import TaskRunner
from tests.support.live_server import LiveServer, live_server

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


def test_enrol_sync_and_see_the_server_confirm_everything(
        qtbot: QtBot, window: MainWindow, live_server: LiveServer,
        add_initiative: Callable[..., InitiativeView]) -> None:
    made = [add_initiative(f"Cải tiến dây chuyền may số {i}") for i in range(1, 4)]
    window.refresh_status()
    page = sync_page(qtbot, window)
    ui = page.ui
    assert ui.stateLabel.text() == "Chưa đăng ký với máy chủ trung tâm"
    assert not ui.syncNowButton.isEnabled()

    ui.enrollButton.click()
    dialog = page.enroll_dialog
    assert isinstance(dialog, EnrollDialog)
    dialog.ui.serverEdit.setText(live_server.url)
    dialog.ui.codeEdit.setText(live_server.enrollment_code())
    with qtbot.waitSignal(page._scheduler.run_finished, timeout=WAIT_MS):  # enrolling starts a sync
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: CONFIRMED.fullmatch(ui.confirmedValue.text()) is not None, timeout=WAIT_MS)
    held, ours = CONFIRMED.fullmatch(ui.confirmedValue.text()).groups()  # type: ignore[union-attr]
    assert held == ours and int(held.replace(".", "")) >= len(made)
    assert ui.stateLabel.text() == "Đã kết nối với máy chủ trung tâm"
    assert ui.pendingValue.text() == "Không có: mọi thay đổi đã được gửi"
    assert ui.serverValue.text() == f"{live_server.url} – CDCS-01 Công đoàn cơ sở Công ty May 10"
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
    held, ours = CONFIRMED.fullmatch(ui.confirmedValue.text()).groups()  # type: ignore[union-attr]
    assert held == ours


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
