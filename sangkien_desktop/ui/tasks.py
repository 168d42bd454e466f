"""The GUI's only threading code (ARCHITECTURE.md decision D2, §5.2).

Work leaves the GUI thread through ``TaskRunner.run(op, lane=…, on_success=…, on_failure=…)``:

* ``op`` is a plain callable without arguments. It runs on a worker thread of the chosen lane and
  **must never touch widgets, models or any other QObject**; it calls services and returns plain
  data (frozen DTOs).
* ``on_success(result)`` or ``on_failure(exc)`` then runs on the GUI thread, where touching
  widgets is allowed. Without ``on_failure`` the exception is re-raised on the GUI thread, so a
  bug reaches ``sys.excepthook`` (and fails the test under pytest-qt) instead of vanishing.

Long work uses ``run_with_progress(op, label, parent, …)`` instead: ``op(control)`` receives a
``TaskControl`` (plain Python, thread-safe) and calls ``control.report(done, total, text)`` as it
goes and ``control.check()`` between steps. If the work is still running after
``PROGRESS_DELAY_MS`` a progress dialog appears (``progress.py``); it shows the latest report and
its Cancel button sets the control's flag. ``check()`` then raises ``Cancelled`` and the runner
calls ``on_cancel`` (not ``on_failure``).

Cancelling is cooperative: the op stops only where it checks. It must stop **between
transactions** or let ``Cancelled`` escape from inside one, so the unit of work rolls back: a
cancelled op never leaves half-written data because each of its commits is whole. If the op
finishes before it looks at the flag, its result is real and ``on_success`` receives it.

Lanes are plain ``concurrent.futures`` executors: **db** has one worker, so database work is
serialised; **net** has two. Qt is used only to carry results back: the worker emits a signal of
a bridge QObject that lives on the GUI thread, through a queued connection.

``InlineTaskRunner`` has the same interface and runs everything at once on the calling thread;
most UI tests use it. Its ``cancel_next()`` lets a test cancel the next progress op.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from typing import Literal, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget

from sangkien_desktop.ui.progress import PROGRESS_DELAY_MS, ProgressWatch

__all__ = [
    "PROGRESS_DELAY_MS",
    "Cancelled",
    "InlineTaskRunner",
    "Lane",
    "ProgressReport",
    "Runner",
    "TaskControl",
    "TaskRunner",
]

T = TypeVar("T")
Lane = Literal["db", "net"]
LANES: tuple[Lane, ...] = ("db", "net")
Delivery = Callable[[], None]

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised by ``TaskControl.check()`` once the officer has asked the work to stop."""


@dataclass(frozen=True)
class ProgressReport:
    """How far an op got: ``done`` of ``total`` steps (``total`` None: unknown), and what it does."""

    done: int
    total: int | None
    text: str | None


class TaskControl:
    """Given to a progress op: report how far it got, and stop when asked. No Qt; thread-safe.

    Services can accept it through a small Protocol of their own (``report``, ``cancelled``,
    ``check``) without importing the UI.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancel = threading.Event()
        self._latest: ProgressReport | None = None

    def report(self, done: int, total: int | None = None, text: str | None = None) -> None:
        """Record progress; ``text`` None keeps the previous text. Cheap: call it as often as you like."""
        with self._lock:
            if text is None and self._latest is not None:
                text = self._latest.text
            self._latest = ProgressReport(done, total, text)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise ``Cancelled`` if the work should stop; call it between steps."""
        if self._cancel.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        """Ask the op to stop (the Cancel button, shutdown, or a test)."""
        self._cancel.set()

    def latest(self) -> ProgressReport | None:
        with self._lock:
            return self._latest


class Runner(Protocol):
    """What pages and dialogs depend on: either runner below."""

    def run(self, op: Callable[[], T], lane: Lane = "db", on_success: Callable[[T], None] | None = None,
            on_failure: Callable[[Exception], None] | None = None) -> Future[T]: ...

    def run_with_progress(self, op: Callable[[TaskControl], T], label: str, parent: QWidget | None = None,
                          lane: Lane = "db", on_success: Callable[[T], None] | None = None,
                          on_failure: Callable[[Exception], None] | None = None,
                          on_cancel: Callable[[], None] | None = None) -> Future[T]: ...

    def shutdown(self, wait: bool = True) -> None: ...


def _fail(exc: Exception, on_failure: Callable[[Exception], None] | None) -> None:
    if on_failure is None:
        raise exc
    on_failure(exc)


def _settle(exc: Exception, on_failure: Callable[[Exception], None] | None,
            on_cancel: Callable[[], None] | None) -> None:
    """A progress op's exception: a cancel is not an error, anything else goes to ``_fail``."""
    if not isinstance(exc, Cancelled):
        _fail(exc, on_failure)
    elif on_cancel is not None:
        on_cancel()


class _ResultBridge(QObject):
    """Lives on the GUI thread; runs the deliveries that workers emit (queued, so on this thread)."""

    delivered = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.closed = False
        self.delivered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _deliver(self, delivery: Delivery) -> None:
        if not self.closed and not _receiver_gone(delivery):
            delivery()


def _receiver_gone(callback: object, depth: int = 0) -> bool:
    """True when the callback is (or wraps, through ``partial``) a method of a QObject that Qt has
    already deleted: a page or dialog closed while its work ran. Delivering would raise."""
    if depth > 4:
        return False
    if isinstance(callback, partial):
        return any(_receiver_gone(part, depth + 1) for part in (callback.func, *callback.args))
    owner = getattr(callback, "__self__", None)
    return isinstance(owner, QObject) and not shiboken6.isValid(owner)


class TaskRunner:
    """Background lanes with results delivered on the GUI thread. Create it on the GUI thread.

    Workers never touch widgets; only the callbacks do, and they run on the GUI thread.
    """

    def __init__(self, net_workers: int = 2, progress_delay_ms: int = PROGRESS_DELAY_MS) -> None:
        self._bridge = _ResultBridge()
        self._lanes: dict[Lane, ThreadPoolExecutor] = {
            "db": ThreadPoolExecutor(max_workers=1, thread_name_prefix="sangkien-db"),
            "net": ThreadPoolExecutor(max_workers=net_workers, thread_name_prefix="sangkien-net"),
        }
        self._progress_delay_ms = progress_delay_ms
        self._watches: dict[ProgressWatch, TaskControl] = {}

    def run(self, op: Callable[[], T], lane: Lane = "db", on_success: Callable[[T], None] | None = None,
            on_failure: Callable[[Exception], None] | None = None) -> Future[T]:
        """Queue ``op`` on ``lane``; the returned future is for tests and chaining, not for blocking."""
        if self._bridge.closed:
            raise RuntimeError("TaskRunner is shut down")
        return self._lanes[lane].submit(self._work, op, on_success, on_failure)

    def run_with_progress(self, op: Callable[[TaskControl], T], label: str, parent: QWidget | None = None,
                          lane: Lane = "db", on_success: Callable[[T], None] | None = None,
                          on_failure: Callable[[Exception], None] | None = None,
                          on_cancel: Callable[[], None] | None = None) -> Future[T]:
        """Like ``run`` for long work: ``op(control)``, a delayed progress dialog labelled ``label``
        (a child of ``parent``) and ``on_cancel`` on the GUI thread when the op stops on ``Cancelled``."""
        control = TaskControl()
        watch = ProgressWatch(control, label, parent, self._progress_delay_ms)

        def succeeded(result: T) -> None:
            self._forget(watch)
            if on_success is not None:
                on_success(result)

        def failed(exc: Exception) -> None:
            self._forget(watch)
            _settle(exc, on_failure, on_cancel)

        future = self.run(partial(op, control), lane, succeeded, failed)
        self._watches[watch] = control
        watch.start()
        return future

    def _forget(self, watch: ProgressWatch) -> None:
        watch.finish()
        self._watches.pop(watch, None)

    def _work(self, op: Callable[[], T], on_success: Callable[[T], None] | None,
              on_failure: Callable[[Exception], None] | None) -> T:
        # Worker thread: only the op and a signal emission happen here.
        try:
            result = op()
        except Exception as exc:
            # partial, not a lambda: the name ``exc`` is unbound when the except block ends.
            self._bridge.delivered.emit(partial(_fail, exc, on_failure))
            raise
        if on_success is not None:
            self._bridge.delivered.emit(partial(on_success, result))
        return result

    def shutdown(self, wait: bool = True) -> None:
        """Drop undelivered results, cancel queued work, ask progress ops to stop and (by default)
        wait for running work."""
        self._bridge.closed = True
        for watch, control in list(self._watches.items()):
            control.cancel()
            self._forget(watch)
        for lane in LANES:
            self._lanes[lane].shutdown(wait=wait, cancel_futures=True)
        log.debug("task runner shut down")


class InlineTaskRunner:
    """Same interface as ``TaskRunner``; runs ``op`` and its callback at once (for tests).

    Progress ops get a control that is never cancelled, unless the test called ``cancel_next``.
    Every control handed out is kept in ``controls`` so a test can read the last report.
    """

    def __init__(self) -> None:
        self.calls: list[Lane] = []
        self.controls: list[TaskControl] = []
        self._cancel_after: int | None = None

    def run(self, op: Callable[[], T], lane: Lane = "db", on_success: Callable[[T], None] | None = None,
            on_failure: Callable[[Exception], None] | None = None) -> Future[T]:
        self.calls.append(lane)
        future: Future[T] = Future()
        try:
            result = op()
        except Exception as exc:
            future.set_exception(exc)
            _fail(exc, on_failure)
            return future
        future.set_result(result)
        if on_success is not None:
            on_success(result)
        return future

    def cancel_next(self, after_reports: int = 0) -> None:
        """Cancel the next progress op once it has made ``after_reports`` reports (0: from the start)."""
        self._cancel_after = after_reports

    def run_with_progress(self, op: Callable[[TaskControl], T], label: str, parent: QWidget | None = None,
                          lane: Lane = "db", on_success: Callable[[T], None] | None = None,
                          on_failure: Callable[[Exception], None] | None = None,
                          on_cancel: Callable[[], None] | None = None) -> Future[T]:
        control = _ScriptedControl(self._cancel_after)
        self._cancel_after = None
        self.controls.append(control)
        return self.run(partial(op, control), lane, on_success, partial(_settle, on_failure=on_failure,
                                                                         on_cancel=on_cancel))

    def shutdown(self, wait: bool = True) -> None:
        """Nothing to stop."""


class _ScriptedControl(TaskControl):
    """A control that cancels itself after a given number of reports (None: never)."""

    def __init__(self, cancel_after: int | None) -> None:
        super().__init__()
        self._reports_left = cancel_after
        self._count_down(0)

    def report(self, done: int, total: int | None = None, text: str | None = None) -> None:
        super().report(done, total, text)
        self._count_down(1)

    def _count_down(self, reports: int) -> None:
        if self._reports_left is None:
            return
        self._reports_left -= reports
        if self._reports_left <= 0:
            self.cancel()
