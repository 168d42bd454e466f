"""The Đồng bộ page: each connection state explained in Vietnamese, the figures, the items that
need attention, the log, "Đồng bộ ngay" through the scheduler, and enrolment from the page."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from sangkien_desktop.domain.audit import local_time_text
from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.sync import (
    AttentionItem,
    ConnectionState,
    InitiativeTally,
    SyncLogEntry,
    SyncStatus,
    SyncTrigger,
)
from sangkien_desktop.ui.dialogs.enroll_dialog import EnrollDialog
from sangkien_desktop.ui.pages.sync_page import SyncPage, connection_text
from sangkien_desktop.ui.sync_scheduler import SyncScheduler
from sangkien_desktop.ui.tasks import InlineTaskRunner
from tests.support.fake_sync import (
    MOMENT,
    FakeSyncService,
    make_outcome,
    make_status,
    not_enrolled,
    uploading,
)

SHOTS = Path(os.environ.get("SANGKIEN_SHOTS", "/tmp/sangkien-shots"))


def make_page(qtbot: QtBot, fake: FakeSyncService, runner: InlineTaskRunner) -> SyncPage:
    scheduler = SyncScheduler(fake, runner)  # type: ignore[arg-type]
    page = SyncPage(fake, scheduler, runner)  # type: ignore[arg-type]
    scheduler.setParent(page)  # deleted with the page, on the GUI thread
    qtbot.addWidget(page)
    page.resize(1000, 680)
    page.show()
    qtbot.waitUntil(lambda: page.status is not None)
    return page


def shoot(page: SyncPage, name: str) -> None:
    for _ in range(3):  # wrapped labels settle their height over a couple of layout passes
        QApplication.processEvents()
    SHOTS.mkdir(parents=True, exist_ok=True)
    assert page.grab().save(str(SHOTS / f"sync_{name}.png"))


def visible_text(page: SyncPage) -> str:
    ui = page.ui
    return "\n".join([ui.stateLabel.text(), ui.explanationLabel.text()])


def test_reads_nothing_until_shown(qtbot: QtBot, runner: InlineTaskRunner) -> None:
    fake = FakeSyncService()
    scheduler = SyncScheduler(fake, runner)  # type: ignore[arg-type]
    page = SyncPage(fake, scheduler, runner)  # type: ignore[arg-type]
    scheduler.setParent(page)
    qtbot.addWidget(page)
    assert runner.calls == [] and page.status is None
    page.show()
    assert runner.calls == ["db"] and page.status == fake.status_value


def test_a_healthy_office_shows_the_server_confirmation(qtbot: QtBot, runner: InlineTaskRunner) -> None:
    fake = FakeSyncService(make_status(local_acked=1234, server_confirmed=1234, digest_ok=True))
    page = make_page(qtbot, fake, runner)
    ui = page.ui
    assert ui.stateLabel.text() == "Đã kết nối với máy chủ trung tâm"
    assert ui.confirmedValue.text() == "Máy chủ xác nhận 50/50 ✓\nsáng kiến; 1.234/1.234 thay đổi"
    assert ui.serverValue.text() == "https://sangkien.congdoan.vn – CDCS-01 Công đoàn cơ sở Công ty May 10"
    assert ui.pendingValue.text() == "Không có: mọi thay đổi đã được gửi"
    assert ui.lastSuccessValue.text() == local_time_text(MOMENT)
    assert not ui.enrollButton.isVisible()
    assert ui.syncNowButton.isEnabled()
    assert not ui.progressBar.isVisible() and not ui.cancelButton.isVisible()
    assert not ui.warningLabel.isVisible()
    assert not ui.figuresForm.isRowVisible(ui.nextAttemptLabel)
    shoot(page, "ok")


def test_just_enrolled_says_nothing_was_synchronised_yet(qtbot: QtBot, runner: InlineTaskRunner) -> None:
    fake = FakeSyncService(make_status(last_attempt_at=None, last_success_at=None, pending=3))
    page = make_page(qtbot, fake, runner)
    assert page.ui.stateLabel.text() == "Đã đăng ký với máy chủ trung tâm"
    assert page.ui.explanationLabel.text() == "Đăng ký thành công; chưa đồng bộ lần nào."


def test_local_time_is_dd_mm_yyyy_hh_mm() -> None:
    moment = datetime(2024, 3, 5, 7, 30, tzinfo=UTC)
    local = moment.astimezone()
    assert local_time_text(moment) == f"{local:%d/%m/%Y %H:%M}"


def test_a_digest_mismatch_is_a_cross_with_the_explanation(qtbot: QtBot,
                                                           runner: InlineTaskRunner) -> None:
    fake = FakeSyncService(make_status(local_acked=12_345, server_confirmed=12_340, digest_ok=False))
    page = make_page(qtbot, fake, runner)
    first, changes, why = page.ui.confirmedValue.text().split("\n")
    assert first == "Máy chủ xác nhận 50/50 ✗"
    assert changes == "sáng kiến; 12.340/12.345 thay đổi"
    assert why.startswith("Số liệu của máy chủ chưa khớp với máy này.")
    shoot(page, "digest_mismatch")
    # The same count, another set of changes:
    fake.status_value = make_status(local_acked=5, server_confirmed=5, digest_ok=False)
    page.refresh()
    assert page.ui.confirmedValue.text().startswith("Máy chủ xác nhận 50/50 ✗\nsáng kiến; 5/5 thay đổi\n")
    fake.status_value = make_status(server_confirmed=None, digest_ok=None)
    page.refresh()
    assert page.ui.confirmedValue.text() == "Chưa đối chiếu với máy chủ"


def test_initiatives_still_to_send_are_counted_without_a_mark(qtbot: QtBot, runner: InlineTaskRunner) -> None:
    fake = FakeSyncService(make_status(initiatives=InitiativeTally(total=50, confirmed=47), pending=6))
    page = make_page(qtbot, fake, runner)
    assert page.ui.confirmedValue.text() == (
        "Máy chủ xác nhận 47/50\ncòn 3 sáng kiến chưa gửi; 1.234/1.234 thay đổi")
    fake.status_value = make_status(initiatives=None)
    page.refresh()
    assert page.ui.confirmedValue.text() == "Máy chủ xác nhận 1.234/1.234 thay đổi ✓"


def test_pending_changes_with_vietnamese_grouping_and_warnings(qtbot: QtBot,
                                                               runner: InlineTaskRunner) -> None:
    old = datetime.now(UTC) - timedelta(days=9)
    status = make_status(pending=1234, oldest_pending_at=old, in_flight=200, clock_skew_s=-1500.0)
    fake = FakeSyncService(status)
    page = make_page(qtbot, fake, runner)
    ui = page.ui
    assert ui.pendingValue.text() == f"1.234 thay đổi; cũ nhất từ {local_time_text(old)} (200 đang gửi)"
    assert ui.warningLabel.isVisible()
    assert ui.warningLabel.text().splitlines() == [
        "Có thay đổi đã chờ gửi hơn 7 ngày.",
        "Đồng hồ của máy tính này lệch khoảng 25 phút so với máy chủ: hãy chỉnh lại ngày giờ cho đúng.",
    ]
    shoot(page, "pending_warnings")


def test_not_enrolled_offers_enrolment(qtbot: QtBot, runner: InlineTaskRunner) -> None:
    page = make_page(qtbot, FakeSyncService(not_enrolled()), runner)
    ui = page.ui
    assert ui.stateLabel.text() == "Chưa đăng ký với máy chủ trung tâm"
    assert "mã đăng ký dùng một lần" in ui.explanationLabel.text()
    assert ui.enrollButton.isVisible() and ui.enrollButton.text() == "Đăng &ký với máy chủ…"
    assert not ui.syncNowButton.isEnabled()
    assert ui.serverValue.text() == "Chưa có"
    assert ui.lastSuccessValue.text() == "Chưa lần nào"
    shoot(page, "not_enrolled")


@pytest.mark.parametrize(("state", "headline", "hint"), [
    (ConnectionState.NETWORK_LOGIN, "Mạng cần đăng nhập", "mở trình duyệt"),
    (ConnectionState.NEEDS_ENROLMENT, "Cần đăng ký lại", "mã đăng ký mới"),
    (ConnectionState.SERVER_CHANGED, "Máy chủ đã thay đổi", "liên hệ công đoàn cấp trên"),
    (ConnectionState.CLIENT_TOO_OLD, "Phiên bản chương trình đã quá cũ", "cài bản cập nhật"),
    (ConnectionState.FAILED, "Đồng bộ đã dừng do gặp lỗi", "gửi nhật ký"),
])
def test_every_stopped_state_says_what_to_do(qtbot: QtBot, runner: InlineTaskRunner, state: ConnectionState,
                                             headline: str, hint: str) -> None:
    message = "Máy chủ yêu cầu phiên bản 0.3.0 trở lên." if state is ConnectionState.CLIENT_TOO_OLD else None
    page = make_page(qtbot, FakeSyncService(make_status(state=state, message=message)), runner)
    assert page.ui.stateLabel.text() == headline
    assert hint in page.ui.explanationLabel.text().lower()
    if message is not None:
        assert page.ui.explanationLabel.text().endswith(f"Chi tiết: {message}")
    enrol_again = state in (ConnectionState.NEEDS_ENROLMENT, ConnectionState.SERVER_CHANGED)
    assert page.ui.enrollButton.isVisible() is enrol_again
    if enrol_again:
        assert page.ui.enrollButton.text() == "Đăng &ký lại…"
    shoot(page, state.value)


def test_offline_says_when_it_tries_again(qtbot: QtBot, runner: InlineTaskRunner) -> None:
    next_at = datetime(2024, 3, 5, 8, 0, tzinfo=UTC)
    fake = FakeSyncService(make_status(state=ConnectionState.OFFLINE, next_attempt_at=next_at,
                                       message="Không kết nối được (hết thời gian chờ)."))
    page = make_page(qtbot, fake, runner)
    ui = page.ui
    assert ui.stateLabel.text() == "Không kết nối được máy chủ"
    assert f"Lần tự thử lại tiếp theo: {local_time_text(next_at)}." in ui.explanationLabel.text()
    assert ui.figuresForm.isRowVisible(ui.nextAttemptLabel)
    assert ui.nextAttemptValue.text() == local_time_text(next_at)
    shoot(page, "offline")


def test_status_bar_words_for_each_state() -> None:
    assert connection_text(ConnectionState.NETWORK_LOGIN) == "Mạng cần đăng nhập"
    assert connection_text(ConnectionState.OFFLINE) == "Ngoại tuyến"
    texts = {connection_text(state) for state in ConnectionState}
    assert len(texts) == len(ConnectionState)


# -- items needing attention and the log --------------------------------------------------------------

REJECTED = AttentionItem("op-1", 41, "initiative", "ini-1", "Cải tiến băng tải phân xưởng 1", "rejected",
                         "validation", "Tên sáng kiến không được để trống.", MOMENT)
DEFERRED = AttentionItem("op-2", 42, "person", "per-1", "Nguyễn Thị Hoa", "deferred", "missing_dependency",
                         None, None)


def test_items_needing_attention_open_and_resend(qtbot: QtBot, runner: InlineTaskRunner) -> None:
    fake = FakeSyncService(make_status(attention=2), attention=[REJECTED, DEFERRED])
    page = make_page(qtbot, fake, runner)
    ui = page.ui
    tree = ui.attentionTree
    assert ui.tabWidget.tabText(0) == "Cần xử lý (2)"
    first = tree.topLevelItem(0)
    assert [first.text(c) for c in range(5)] == [
        "Sáng kiến", "Cải tiến băng tải phân xưởng 1", "Bị từ chối", "Tên sáng kiến không được để trống.",
        local_time_text(MOMENT)]
    second = tree.topLevelItem(1)
    assert [second.text(c) for c in range(4)] == [
        "Người lao động", "Nguyễn Thị Hoa", "Đang chờ dữ liệu còn thiếu", "missing_dependency"]
    assert not ui.openButton.isEnabled() and not ui.resendButton.isEnabled()
    shoot(page, "attention")

    tree.setCurrentItem(first)
    assert ui.openButton.isEnabled() and ui.resendButton.isEnabled()
    with qtbot.waitSignal(page.open_record) as opened:
        ui.openButton.click()
    assert opened.args == ["initiative", "ini-1"]
    with qtbot.waitSignal(page.open_record) as opened:
        tree.itemDoubleClicked.emit(first, 1)
    assert opened.args == ["initiative", "ini-1"]

    tree.setCurrentItem(second)
    assert not ui.openButton.isEnabled()  # the window opens initiatives only
    assert ui.resendButton.isEnabled()
    ui.resendButton.click()
    assert fake.resent == ["op-2"]
    assert ui.messageLabel.text() == "“Nguyễn Thị Hoa” sẽ được gửi lại ở lần đồng bộ tới."
    assert tree.topLevelItemCount() == 1 and ui.tabWidget.tabText(0) == "Cần xử lý (1)"


def test_a_failed_resend_is_explained(qtbot: QtBot, runner: InlineTaskRunner) -> None:
    fake = FakeSyncService(attention=[REJECTED])

    def refuse(_op_id: str) -> None:
        raise KnownError("Hồ sơ này đã bị xóa.")

    fake.resend = refuse  # type: ignore[method-assign]
    page = make_page(qtbot, fake, runner)
    page.ui.attentionTree.setCurrentItem(page.ui.attentionTree.topLevelItem(0))
    page.ui.resendButton.click()
    assert page.ui.messageLabel.text() == "Hồ sơ này đã bị xóa."
    assert page.ui.resendButton.isEnabled()


def test_the_log_lists_times_and_messages(qtbot: QtBot, runner: InlineTaskRunner) -> None:
    entries = [SyncLogEntry(MOMENT, "error", "Mạng cần đăng nhập (trang đăng nhập trả lời)."),
               SyncLogEntry(MOMENT - timedelta(minutes=5), "info", "Đã gửi 3 thay đổi.")]
    page = make_page(qtbot, FakeSyncService(entries=entries), runner)
    page.ui.tabWidget.setCurrentWidget(page.ui.logTab)
    tree = page.ui.logTree
    rows = [(tree.topLevelItem(i).text(0), tree.topLevelItem(i).text(1)) for i in range(2)]
    assert rows == [(local_time_text(entry.at), entry.message) for entry in entries]
    assert not tree.topLevelItem(0).icon(1).isNull() and tree.topLevelItem(1).icon(1).isNull()
    shoot(page, "log")


# -- running ------------------------------------------------------------------------------------------

def test_sync_now_runs_a_manual_sync_and_shows_its_outcome(qtbot: QtBot, runner: InlineTaskRunner) -> None:
    fake = FakeSyncService(make_status(pending=3), steps=[uploading(3, 3)])
    page = make_page(qtbot, fake, runner)
    fake.status_value = make_status()  # what the service says after the run
    reads = runner.calls.count("db")
    page.ui.syncNowButton.click()
    assert [call.trigger for call in fake.runs] == [SyncTrigger.MANUAL]
    assert "net" in runner.calls and runner.calls.count("db") == reads + 1  # read again after the run
    assert page.ui.messageLabel.text() == "Đã gửi 3 thay đổi; máy chủ xác nhận đủ."
    assert page.ui.pendingValue.text() == "Không có: mọi thay đổi đã được gửi"


def test_a_running_sync_shows_progress_and_can_be_stopped(qtbot: QtBot, runner: InlineTaskRunner) -> None:
    fake = FakeSyncService(make_status(pending=200))
    page = make_page(qtbot, fake, runner)
    scheduler = page._scheduler
    scheduler.running_changed.emit(True)  # as the scheduler does when a background run begins
    scheduler.progressed.emit(uploading(40, 200))
    ui = page.ui
    assert ui.progressBar.isVisible() and ui.cancelButton.isVisible()
    assert (ui.progressBar.value(), ui.progressBar.maximum()) == (40, 200)
    assert ui.progressLabel.text() == "Đang gửi 40/200 thay đổi"
    shoot(page, "running")
    ui.cancelButton.click()
    assert ui.progressLabel.text() == "Đang dừng sau bước hiện tại…"
    scheduler.running_changed.emit(False)
    assert not ui.progressBar.isVisible()


def test_a_finished_run_elsewhere_refreshes_the_page(qtbot: QtBot, runner: InlineTaskRunner) -> None:
    fake = FakeSyncService(make_status(pending=7))
    page = make_page(qtbot, fake, runner)
    fake.status_value = make_status(state=ConnectionState.NETWORK_LOGIN, pending=7)
    outcome = make_outcome(state=ConnectionState.NETWORK_LOGIN, complete=False,
                           message="Mạng cần đăng nhập: chưa gửi được gì.")
    page._scheduler.run_finished.emit(outcome)
    assert page.ui.stateLabel.text() == "Mạng cần đăng nhập"
    assert page.ui.messageLabel.text() == "Mạng cần đăng nhập: chưa gửi được gì."
    page._scheduler.run_failed.emit("Không đọc được kho dữ liệu.")
    assert page.ui.messageLabel.text() == "Không đọc được kho dữ liệu."


def test_enrolling_from_the_page(qtbot: QtBot, runner: InlineTaskRunner) -> None:
    fake = FakeSyncService(not_enrolled())
    page = make_page(qtbot, fake, runner)
    page.ui.enrollButton.click()
    dialog = page.enroll_dialog
    assert isinstance(dialog, EnrollDialog) and dialog.isVisible()
    dialog.ui.serverEdit.setText("https://sangkien.congdoan.vn")
    dialog.ui.codeEdit.setText("K7QP-2XWM")
    with qtbot.waitSignal(page.enrolled) as enrolled:
        dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok).click()
    assert isinstance(enrolled.args[0], SyncStatus)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert fake.enrolments == [("https://sangkien.congdoan.vn", "K7QP-2XWM", None)]
    assert page.ui.stateLabel.text() == "Đã kết nối với máy chủ trung tâm"
    assert page.ui.messageLabel.text() != ""
    assert [call.trigger for call in fake.runs] == [SyncTrigger.MANUAL]  # sent at once
