"""The sync scheduler: which trigger starts a run and when, one run at a time, on the net lane,
cancel through the progress API, and a close that never waits longer than its budget
(without a nested event loop)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import SIGNAL
from PySide6.QtNetwork import QNetworkInformation
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.sync import ConnectionState, SyncTrigger
from sangkien_desktop.sync.config import SyncConfig
from sangkien_desktop.ui.sync_scheduler import SyncScheduler
from sangkien_desktop.ui.tasks import InlineTaskRunner, TaskRunner
from tests.support.fake_sync import FakeSyncService, make_outcome, uploading

Reachability = QNetworkInformation.Reachability
REACHABILITY_CHANGED = SIGNAL("reachabilityChanged(QNetworkInformation::Reachability)")


MADE: list[SyncScheduler] = []


@pytest.fixture(autouse=True)
def _schedulers_end_on_the_gui_thread() -> Iterator[None]:
    """Delete each test's schedulers here, after its runner stopped: left to the garbage collector,
    their timers could be destroyed on whichever thread happens to run it."""
    yield
    while MADE:
        scheduler = MADE.pop()
        if shiboken6.isValid(scheduler):
            scheduler.stop()
            shiboken6.delete(scheduler)


@pytest.fixture
def fake() -> FakeSyncService:
    return FakeSyncService()


@pytest.fixture
def threaded(fake: FakeSyncService) -> Iterator[TaskRunner]:
    runner = TaskRunner(progress_delay_ms=50)
    yield runner
    if fake.hold is not None:
        fake.hold.set()  # never leave a worker waiting behind a failed test
    runner.shutdown(wait=True)


def scheduler_for(fake: FakeSyncService, runner: Any, **config: Any) -> SyncScheduler:
    save_delay_s = config.pop("save_delay_s", 60.0)
    scheduler = SyncScheduler(fake, runner, SyncConfig(**config), save_delay_s=save_delay_s)  # type: ignore[arg-type]
    MADE.append(scheduler)
    return scheduler


def triggers(fake: FakeSyncService) -> list[SyncTrigger]:
    return [call.trigger for call in fake.runs]


def test_start_runs_once_after_the_event_loop_turns_on_the_net_lane(
        qtbot: QtBot, fake: FakeSyncService, runner: InlineTaskRunner) -> None:
    scheduler = scheduler_for(fake, runner)
    with qtbot.waitSignal(scheduler.run_finished) as finished:
        scheduler.start()
        scheduler.start()  # once only
        assert fake.runs == []  # not inside start(): after the window's first paint has been handled
    assert triggers(fake) == [SyncTrigger.STARTUP]
    assert runner.calls == ["net"]
    assert finished.args == [fake.outcome]
    assert scheduler.periodic_timer.isActive() and scheduler.periodic_timer.interval() == 300_000
    scheduler.stop()
    assert not scheduler.periodic_timer.isActive()


def test_runs_happen_off_the_gui_thread(qtbot: QtBot, fake: FakeSyncService, threaded: TaskRunner) -> None:
    scheduler = scheduler_for(fake, threaded)
    with qtbot.waitSignal(scheduler.run_finished):
        assert scheduler.trigger(SyncTrigger.TIMER)
    assert fake.runs[0].thread.startswith("sangkien-net")


def test_saves_are_debounced_into_one_run(qtbot: QtBot, fake: FakeSyncService,
                                          runner: InlineTaskRunner) -> None:
    scheduler = scheduler_for(fake, runner, save_delay_s=0.2)
    scheduler.note_saved()
    assert not scheduler.save_timer.isActive()  # before start(): the services may not be there yet
    scheduler.start()
    qtbot.waitUntil(lambda: len(fake.runs) == 1)  # the start-up run
    for _ in range(3):
        scheduler.note_saved()
        qtbot.wait(50)
    assert triggers(fake) == [SyncTrigger.STARTUP]
    qtbot.waitUntil(lambda: len(fake.runs) == 2, timeout=2000)
    qtbot.wait(300)
    assert triggers(fake) == [SyncTrigger.STARTUP, SyncTrigger.SAVE]
    scheduler.stop()


def test_the_periodic_timer_triggers_runs(qtbot: QtBot, fake: FakeSyncService,
                                          runner: InlineTaskRunner) -> None:
    scheduler = scheduler_for(fake, runner, periodic_check_s=0.05)
    scheduler.start()
    qtbot.waitUntil(lambda: triggers(fake).count(SyncTrigger.TIMER) >= 2, timeout=2000)
    scheduler.stop()
    assert triggers(fake)[0] is SyncTrigger.STARTUP


def test_the_network_coming_back_triggers_a_run(qtbot: QtBot, fake: FakeSyncService,
                                                runner: InlineTaskRunner) -> None:
    scheduler = scheduler_for(fake, runner)
    scheduler.network_changed(Reachability.Online)
    assert fake.runs == []  # not started yet
    scheduler.start()
    qtbot.waitUntil(lambda: len(fake.runs) == 1)
    scheduler.network_changed(Reachability.Disconnected)
    scheduler.network_changed(Reachability.Online)
    scheduler.network_changed(Reachability.Online)  # still online: nothing new
    scheduler.network_changed(Reachability.Local)
    scheduler.network_changed(Reachability.Site)  # a server on the office's own network counts
    assert triggers(fake) == [SyncTrigger.STARTUP, SyncTrigger.NETWORK_BACK, SyncTrigger.NETWORK_BACK]
    scheduler.stop()


def test_one_run_at_a_time(qtbot: QtBot, fake: FakeSyncService, threaded: TaskRunner) -> None:
    fake.hold = threading.Event()
    scheduler = scheduler_for(fake, threaded)
    seen: list[bool] = []
    scheduler.running_changed.connect(seen.append)
    assert scheduler.trigger(SyncTrigger.TIMER)
    assert fake.started.wait(5)
    assert scheduler.running
    assert not scheduler.trigger(SyncTrigger.SAVE)
    assert not scheduler.trigger(SyncTrigger.NETWORK_BACK)
    with qtbot.waitSignal(scheduler.run_finished):
        fake.hold.set()
    assert triggers(fake) == [SyncTrigger.TIMER]
    assert seen == [True, False] and not scheduler.running


def test_progress_is_passed_on_and_the_page_can_cancel(qtbot: QtBot, fake: FakeSyncService,
                                                        threaded: TaskRunner) -> None:
    fake.steps = [uploading(40, 200)]
    fake.hold = threading.Event()
    scheduler = scheduler_for(fake, threaded)
    with qtbot.waitSignal(scheduler.progressed, timeout=3000) as progressed:
        scheduler.trigger(SyncTrigger.TIMER)
    assert progressed.args == [uploading(40, 200)]
    with qtbot.waitSignal(scheduler.run_finished, timeout=3000):
        scheduler.cancel()
    assert fake.runs[0].cancelled


def test_sync_now_maps_progress_and_cancel_onto_the_task_control(
        qtbot: QtBot, fake: FakeSyncService, runner: InlineTaskRunner) -> None:
    fake.steps = [uploading(1, 3), uploading(2, 3), uploading(3, 3)]
    scheduler = scheduler_for(fake, runner)
    runner.cancel_next(after_reports=1)  # the progress dialog's Cancel, pressed after the first report
    with qtbot.waitSignal(scheduler.run_finished) as finished:
        scheduler.sync_now()
    call = fake.runs[0]
    assert call.trigger is SyncTrigger.MANUAL and call.cancelled
    report = runner.controls[0].latest()
    assert report is not None and (report.done, report.total, report.text) == (1, 3, "Đang gửi 1/3 thay đổi")
    assert finished.args[0].message == "Đã dừng theo yêu cầu."  # the service's outcome, not an error
    assert not scheduler.running


def test_the_progress_dialog_cancels_a_run_that_is_between_reports(
        qtbot: QtBot, fake: FakeSyncService, threaded: TaskRunner) -> None:
    fake.steps = [uploading(10, 200)]
    fake.hold = threading.Event()  # the service is busy: no report comes to carry the cancel
    scheduler = scheduler_for(fake, threaded)
    parent = QWidget()
    qtbot.addWidget(parent)
    scheduler.sync_now(parent)

    def dialog() -> QProgressDialog | None:
        return next(iter(parent.findChildren(QProgressDialog)), None)

    qtbot.waitUntil(lambda: dialog() is not None and dialog().isVisible(), timeout=3000)  # type: ignore[union-attr]
    shown = dialog()
    assert shown is not None
    qtbot.waitUntil(lambda: "Đang gửi 10/200 thay đổi" in shown.labelText(), timeout=3000)
    assert shown.labelText().startswith("Đang đồng bộ với máy chủ trung tâm")
    button = shown.findChild(QPushButton)
    assert button is not None and button.text() == "Hủy"
    with qtbot.waitSignal(scheduler.run_finished, timeout=3000):
        button.click()
    assert fake.runs[0].cancelled


def test_sync_now_joins_a_running_sync(qtbot: QtBot, fake: FakeSyncService, threaded: TaskRunner) -> None:
    fake.hold = threading.Event()
    scheduler = scheduler_for(fake, threaded)
    scheduler.trigger(SyncTrigger.TIMER)
    assert fake.started.wait(5)
    scheduler.sync_now()  # the service makes the second caller wait for the running run
    qtbot.waitUntil(lambda: len(fake.runs) == 2, timeout=3000)
    assert fake.runs[1].cancel is fake.runs[0].cancel  # one cancel for both
    finished: list[object] = []
    scheduler.run_finished.connect(finished.append)
    fake.hold.set()
    qtbot.waitUntil(lambda: len(finished) == 2 and not scheduler.running, timeout=3000)


def test_an_expected_error_is_reported_and_a_bug_is_raised(
        qtbot: QtBot, fake: FakeSyncService, runner: InlineTaskRunner) -> None:
    scheduler = scheduler_for(fake, runner)
    fake.run_error = KnownError("Không đọc được kho dữ liệu.")
    with qtbot.waitSignal(scheduler.run_failed) as failed:
        scheduler.trigger(SyncTrigger.TIMER)
    assert failed.args == ["Không đọc được kho dữ liệu."]
    assert not scheduler.running
    fake.run_error = RuntimeError("bug")
    with pytest.raises(RuntimeError, match="bug"):
        scheduler.trigger(SyncTrigger.TIMER)


def test_a_backoff_shorter_than_the_period_gets_its_own_wake_up(
        qtbot: QtBot, fake: FakeSyncService, runner: InlineTaskRunner) -> None:
    scheduler = scheduler_for(fake, runner)
    scheduler.start()
    fake.next_at = datetime.now(UTC) + timedelta(seconds=30)
    fake.outcome = make_outcome(state=ConnectionState.OFFLINE, complete=False)
    with qtbot.waitSignal(scheduler.run_finished):
        pass
    with qtbot.waitSignal(scheduler.run_finished):
        scheduler.trigger(SyncTrigger.TIMER)
    assert scheduler.retry_timer.isActive()
    assert 29_000 <= scheduler.retry_timer.interval() <= 31_500
    fake.next_at = datetime.now(UTC) + timedelta(hours=1)  # later than the periodic timer: no extra wake-up
    with qtbot.waitSignal(scheduler.run_finished):
        scheduler.trigger(SyncTrigger.TIMER)
    assert not scheduler.retry_timer.isActive()
    scheduler.stop()


class Closer:
    """Stands in for the window's ``close``: records when the scheduler lets it close."""

    def __init__(self) -> None:
        self.closed_at: list[float] = []

    def __call__(self) -> None:
        self.closed_at.append(time.monotonic())


def test_close_runs_once_with_the_budget(qtbot: QtBot, fake: FakeSyncService,
                                         runner: InlineTaskRunner) -> None:
    closer = Closer()
    scheduler = scheduler_for(fake, runner, close_budget_s=7.5)
    assert scheduler.close_when_idle(closer)  # never started: the services were never needed
    assert fake.runs == []
    scheduler = scheduler_for(fake, runner, close_budget_s=7.5)
    scheduler.start()
    qtbot.waitUntil(lambda: len(fake.runs) == 1)
    assert scheduler.close_when_idle(closer)  # the inline run has ended already: close at once
    assert scheduler.close_when_idle(closer)
    assert scheduler.closing
    runs = [(call.trigger, call.budget_s) for call in fake.runs]
    assert runs == [(SyncTrigger.STARTUP, None), (SyncTrigger.CLOSE, 7.5)]
    assert not scheduler.periodic_timer.isActive()
    scheduler.note_saved()
    assert not scheduler.trigger(SyncTrigger.TIMER)  # closing: nothing new starts
    scheduler.sync_now()
    assert len(fake.runs) == 2
    assert closer.closed_at == []  # it said "close now" each time: nothing to call back


def test_close_never_waits_longer_than_its_budget(qtbot: QtBot, fake: FakeSyncService,
                                                  threaded: TaskRunner) -> None:
    fake.hold = threading.Event()
    fake.ignore_cancel = True  # even a run that ignores the budget does not hold the window
    closer = Closer()
    scheduler = scheduler_for(fake, threaded, close_budget_s=0.4)
    scheduler.start()
    qtbot.waitUntil(lambda: fake.started.is_set(), timeout=3000)
    began = time.monotonic()
    assert not scheduler.close_when_idle(closer)  # the start-up run is still going: wait, within budget
    assert time.monotonic() - began < 0.1  # returns at once: the event loop goes on, no nested loop
    qtbot.waitUntil(lambda: closer.closed_at != [], timeout=3000)
    assert 0.35 <= closer.closed_at[0] - began < 1.5
    assert triggers(fake) == [SyncTrigger.STARTUP]
    assert fake.runs[0].cancel is not None and fake.runs[0].cancel.is_set()  # asked to stop
    assert scheduler.close_when_idle(closer)  # the window's own close then goes through
    qtbot.wait(50)
    assert len(closer.closed_at) == 1
    fake.hold.set()


def test_close_comes_as_soon_as_the_last_run_ends(qtbot: QtBot, fake: FakeSyncService,
                                                  threaded: TaskRunner) -> None:
    closer = Closer()
    scheduler = scheduler_for(fake, threaded, close_budget_s=10)
    scheduler.start()
    qtbot.waitUntil(lambda: not scheduler.running and len(fake.runs) == 1, timeout=3000)
    began = time.monotonic()
    fake.hold = threading.Event()
    assert not scheduler.close_when_idle(closer)  # the close run is going
    qtbot.wait(100)
    assert closer.closed_at == []
    fake.hold.set()
    qtbot.waitUntil(lambda: closer.closed_at != [], timeout=3000)
    assert closer.closed_at[0] - began < 2
    assert triggers(fake) == [SyncTrigger.STARTUP, SyncTrigger.CLOSE]
    assert not fake.runs[1].cancelled


def test_closing_again_stops_waiting(qtbot: QtBot, fake: FakeSyncService, threaded: TaskRunner) -> None:
    fake.hold = threading.Event()
    closer = Closer()
    scheduler = scheduler_for(fake, threaded, close_budget_s=30)
    scheduler.start()
    qtbot.waitUntil(lambda: fake.started.is_set(), timeout=3000)
    assert not scheduler.close_when_idle(closer)
    assert scheduler.close_when_idle(closer)  # the officer closes again: at once, the run asked to stop
    assert fake.runs[0].cancel is not None and fake.runs[0].cancel.is_set()
    assert not scheduler.close_timer.isActive()
    qtbot.wait(100)
    assert closer.closed_at == []  # closing now is the caller's; no second close comes later
    fake.hold.set()


def test_a_real_network_backend_is_followed_while_started(qtbot: QtBot, fake: FakeSyncService,
                                                          runner: InlineTaskRunner) -> None:
    """Whatever backend this machine has (or none), starting must not fail or warn; with one, the
    scheduler listens to it until it stops. (The signal itself is process-wide: not emitted here.)"""
    scheduler = scheduler_for(fake, runner)
    scheduler.start()
    qtbot.waitUntil(lambda: len(fake.runs) == 1)
    info = QNetworkInformation.instance()
    if info is None:
        pytest.skip("no network information backend here: the scheduler went on without one")
    listeners = info.receivers(REACHABILITY_CHANGED)
    assert listeners >= 1
    scheduler.stop()
    assert info.receivers(REACHABILITY_CHANGED) == listeners - 1


def test_a_window_gone_before_the_first_turn_of_the_loop_starts_nothing(
        qtbot: QtBot, fake: FakeSyncService, runner: InlineTaskRunner) -> None:
    scheduler = scheduler_for(fake, runner)
    scheduler.start()
    scheduler.stop()
    shiboken6.delete(scheduler)
    qtbot.wait(50)
    assert fake.runs == []


def test_a_trigger_after_the_runner_shut_down_ends_automatic_sync(
        qtbot: QtBot, fake: FakeSyncService, threaded: TaskRunner) -> None:
    scheduler = scheduler_for(fake, threaded)
    scheduler.start()
    qtbot.waitUntil(lambda: len(fake.runs) == 1 and not scheduler.running, timeout=3000)
    threaded.shutdown(wait=True)  # the app's loop ended; the window was hidden, never closed
    assert not scheduler.trigger(SyncTrigger.TIMER)
    assert not scheduler.running and not scheduler.periodic_timer.isActive()
