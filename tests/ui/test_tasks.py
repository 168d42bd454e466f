"""The task runner's progress dialog and cooperative cancel, with real worker threads."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from sangkien_desktop.ui.progress import PROGRESS_DELAY_MS
from sangkien_desktop.ui.tasks import Cancelled, InlineTaskRunner, ProgressReport, TaskControl, TaskRunner

# Shorter than the real 600 ms so the suite stays quick; one test checks the real default.
DELAY_MS = 200
WAIT_MS = 5000


class Outcome:
    """Records which callback ran, with what, and on which thread."""

    def __init__(self) -> None:
        self.events: list[tuple[str, Any]] = []
        self.threads: list[int] = []

    def _record(self, kind: str, value: Any = None) -> None:
        self.events.append((kind, value))
        self.threads.append(threading.get_ident())

    def success(self, value: Any) -> None:
        self._record("success", value)

    def failure(self, exc: Exception) -> None:
        self._record("failure", exc)

    def cancel(self) -> None:
        self._record("cancel")

    def callbacks(self) -> dict[str, Callable[..., None]]:
        return {"on_success": self.success, "on_failure": self.failure, "on_cancel": self.cancel}


@pytest.fixture
def real_runner() -> Iterator[TaskRunner]:
    real = TaskRunner(progress_delay_ms=DELAY_MS)
    yield real
    real.shutdown()


@pytest.fixture
def release() -> Iterator[threading.Event]:
    """Holds a slow op until the test sets it; set at teardown so no worker is left waiting."""
    event = threading.Event()
    yield event
    event.set()


def progress_dialogs() -> list[QProgressDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]


def wait_for_dialogs(qtbot: QtBot, count: int = 1) -> list[QProgressDialog]:
    qtbot.waitUntil(lambda: len(progress_dialogs()) == count, timeout=WAIT_MS)
    return progress_dialogs()


def wait_for_dialog(qtbot: QtBot) -> QProgressDialog:
    (dialog,) = wait_for_dialogs(qtbot)
    return dialog


def test_the_real_delay_is_about_600_ms() -> None:
    assert PROGRESS_DELAY_MS == 600
    default = TaskRunner()
    default.shutdown()
    assert default._progress_delay_ms == PROGRESS_DELAY_MS


def test_fast_work_shows_no_dialog(qtbot: QtBot, real_runner: TaskRunner) -> None:
    outcome = Outcome()

    def quick(control: TaskControl) -> int:
        control.report(1, 1, "xong")
        return 42

    real_runner.run_with_progress(quick, "Đang lưu", **outcome.callbacks())
    qtbot.waitUntil(lambda: outcome.events == [("success", 42)], timeout=WAIT_MS)
    qtbot.wait(DELAY_MS * 2)  # past the moment a dialog would have appeared
    assert progress_dialogs() == []


def test_slow_work_shows_the_dialog_after_the_delay_with_its_reports(
        qtbot: QtBot, real_runner: TaskRunner, release: threading.Event) -> None:
    outcome = Outcome()

    def slow(control: TaskControl) -> str:
        control.report(3, 10, "Giấy chứng nhận 3/10")
        release.wait(WAIT_MS / 1000)
        return "đã in"

    started = time.monotonic()
    real_runner.run_with_progress(slow, "Đang in giấy chứng nhận", **outcome.callbacks())
    qtbot.wait(DELAY_MS // 4)
    assert progress_dialogs() == []
    dialog = wait_for_dialog(qtbot)
    # Qt's coarse timers may fire up to 5 % early.
    assert (time.monotonic() - started) * 1000 >= DELAY_MS * 0.95
    qtbot.waitUntil(lambda: dialog.value() == 3, timeout=WAIT_MS)
    assert dialog.maximum() == 10
    assert dialog.labelText() == "Đang in giấy chứng nhận\nGiấy chứng nhận 3/10"
    assert dialog.findChild(QPushButton).text() == "Hủy"
    dialog.grab().save("/tmp/progress_dialog.png")

    release.set()
    qtbot.waitUntil(lambda: outcome.events == [("success", "đã in")], timeout=WAIT_MS)
    assert progress_dialogs() == []


def test_work_of_unknown_size_shows_a_busy_bar(qtbot: QtBot, real_runner: TaskRunner,
                                               release: threading.Event) -> None:
    def slow(control: TaskControl) -> None:
        control.report(5, None, "Đang đồng bộ")
        release.wait(WAIT_MS / 1000)

    real_runner.run_with_progress(slow, "Đồng bộ", lane="net")
    dialog = wait_for_dialog(qtbot)
    qtbot.waitUntil(lambda: "Đang đồng bộ" in dialog.labelText(), timeout=WAIT_MS)
    assert (dialog.minimum(), dialog.maximum()) == (0, 0)


def test_cancel_stops_an_op_that_checks_the_flag(qtbot: QtBot, real_runner: TaskRunner) -> None:
    outcome = Outcome()
    steps: list[int] = []

    def endless(control: TaskControl) -> None:
        for step in range(10_000):
            control.check()
            control.report(step, 10_000)
            steps.append(step)
            time.sleep(0.005)

    future = real_runner.run_with_progress(endless, "Đang nhập", **outcome.callbacks())
    dialog = wait_for_dialog(qtbot)
    dialog.findChild(QPushButton).click()
    qtbot.waitUntil(lambda: outcome.events == [("cancel", None)], timeout=WAIT_MS)
    assert isinstance(future.exception(), Cancelled)
    assert len(steps) < 10_000
    assert outcome.threads == [threading.get_ident()]
    assert progress_dialogs() == []


def test_errors_still_reach_on_failure_on_the_gui_thread(qtbot: QtBot, real_runner: TaskRunner) -> None:
    outcome = Outcome()
    workers: list[int] = []

    def broken(control: TaskControl) -> None:
        workers.append(threading.get_ident())
        control.report(1, 2)
        raise ValueError("hỏng")

    real_runner.run_with_progress(broken, "Đang lưu", **outcome.callbacks())
    qtbot.waitUntil(lambda: len(outcome.events) == 1, timeout=WAIT_MS)
    kind, exc = outcome.events[0]
    assert kind == "failure"
    assert isinstance(exc, ValueError)
    assert str(exc) == "hỏng"
    assert outcome.threads == [threading.get_ident()] != workers


def test_results_are_never_delivered_after_shutdown(qtbot: QtBot, real_runner: TaskRunner,
                                                    release: threading.Event) -> None:
    outcome = Outcome()
    checked = threading.Event()

    def slow(control: TaskControl) -> str:
        release.wait(WAIT_MS / 1000)
        checked.set()
        return "muộn"

    def stoppable(control: TaskControl) -> None:
        while not control.cancelled:
            time.sleep(0.005)
        control.check()

    future = real_runner.run_with_progress(slow, "Chậm", lane="net", **outcome.callbacks())
    stopped = real_runner.run_with_progress(stoppable, "Dừng được", lane="net", **outcome.callbacks())
    assert {d.windowTitle() for d in wait_for_dialogs(qtbot, 2)} == {"Chậm", "Dừng được"}
    real_runner.shutdown(wait=False)
    assert progress_dialogs() == []
    assert isinstance(stopped.exception(timeout=WAIT_MS / 1000), Cancelled)  # shutdown asked it to stop
    release.set()
    assert future.result(timeout=WAIT_MS / 1000) == "muộn"
    qtbot.wait(DELAY_MS * 2)
    assert checked.is_set()
    assert outcome.events == []
    assert progress_dialogs() == []


# -- the inline runner ----------------------------------------------------------------------------

def counting(control: TaskControl) -> int:
    for step in range(1, 4):
        control.check()
        control.report(step, 3, f"bước {step}")
    return 3


def test_inline_runner_runs_progress_ops_at_once_never_cancelled() -> None:
    runner = InlineTaskRunner()
    outcome = Outcome()
    future = runner.run_with_progress(counting, "Đếm", **outcome.callbacks())
    assert future.result() == 3
    assert outcome.events == [("success", 3)]
    (control,) = runner.controls
    assert not control.cancelled
    assert control.latest() == ProgressReport(3, 3, "bước 3")
    assert runner.calls == ["db"]


@pytest.mark.parametrize(("after", "reports"), [(0, None), (2, ProgressReport(2, 3, "bước 2"))])
def test_inline_runner_can_cancel_the_next_op(after: int, reports: ProgressReport | None) -> None:
    runner = InlineTaskRunner()
    outcome = Outcome()
    runner.cancel_next(after_reports=after)
    future = runner.run_with_progress(counting, "Đếm", **outcome.callbacks())
    assert isinstance(future.exception(), Cancelled)
    assert outcome.events == [("cancel", None)]
    assert runner.controls[0].latest() == reports
    runner.run_with_progress(counting, "Đếm lại", **outcome.callbacks())  # only the next op was armed
    assert outcome.events[-1] == ("success", 3)


def test_a_cancel_without_on_cancel_is_not_an_error() -> None:
    runner = InlineTaskRunner()
    runner.cancel_next()
    future = runner.run_with_progress(counting, "Đếm")
    assert isinstance(future.exception(), Cancelled)


def test_a_bug_without_on_failure_is_raised_on_the_gui_thread() -> None:
    def broken(control: TaskControl) -> None:
        raise KeyError("lỗi")

    with pytest.raises(KeyError):
        InlineTaskRunner().run_with_progress(broken, "Hỏng")


def test_a_report_without_text_keeps_the_previous_text() -> None:
    control = TaskControl()
    assert control.latest() is None
    control.report(1, 5, "Đang đọc tệp")
    control.report(2)
    assert control.latest() == ProgressReport(2, None, "Đang đọc tệp")
    control.check()
    control.cancel()
    with pytest.raises(Cancelled):
        control.check()


def test_results_for_a_deleted_widget_are_dropped(qtbot: QtBot, real_runner: TaskRunner,
                                                  release: threading.Event) -> None:
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    done = threading.Event()

    def slow() -> str:
        release.wait(WAIT_MS / 1000)
        done.set()
        return "xong"

    real_runner.run(slow, on_success=label.setText)
    label.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(label), timeout=WAIT_MS)
    release.set()
    qtbot.waitUntil(done.is_set, timeout=WAIT_MS)
    qtbot.wait(50)  # the delivery has been processed: dropped, not raised in the event loop
