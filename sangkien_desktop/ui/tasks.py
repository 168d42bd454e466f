"""The GUI's only threading code (ARCHITECTURE.md decision D2, §5.2).

Work leaves the GUI thread through ``TaskRunner.run(op, lane=…, on_success=…, on_failure=…)``:

* ``op`` is a plain callable without arguments. It runs on a worker thread of the chosen lane and
  **must never touch widgets, models or any other QObject**; it calls services and returns plain
  data (frozen DTOs).
* ``on_success(result)`` or ``on_failure(exc)`` then runs on the GUI thread, where touching
  widgets is allowed. Without ``on_failure`` the exception is re-raised on the GUI thread, so a
  bug reaches ``sys.excepthook`` (and fails the test under pytest-qt) instead of vanishing.

Lanes are plain ``concurrent.futures`` executors: **db** has one worker, so database work is
serialised; **net** has two. Qt is used only to carry results back: the worker emits a signal of
a bridge QObject that lives on the GUI thread, through a queued connection.

``InlineTaskRunner`` has the same interface and runs everything at once on the calling thread;
most UI tests use it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from typing import Literal, Protocol, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

__all__ = ["InlineTaskRunner", "Lane", "Runner", "TaskRunner"]

T = TypeVar("T")
Lane = Literal["db", "net"]
LANES: tuple[Lane, ...] = ("db", "net")
Delivery = Callable[[], None]

log = logging.getLogger(__name__)


class Runner(Protocol):
    """What pages and dialogs depend on: either runner below."""

    def run(self, op: Callable[[], T], lane: Lane = "db", on_success: Callable[[T], None] | None = None,
            on_failure: Callable[[Exception], None] | None = None) -> Future[T]: ...

    def shutdown(self, wait: bool = True) -> None: ...


def _fail(exc: Exception, on_failure: Callable[[Exception], None] | None) -> None:
    if on_failure is None:
        raise exc
    on_failure(exc)


class _ResultBridge(QObject):
    """Lives on the GUI thread; runs the deliveries that workers emit (queued, so on this thread)."""

    delivered = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.closed = False
        self.delivered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _deliver(self, delivery: Delivery) -> None:
        if not self.closed:
            delivery()


class TaskRunner:
    """Background lanes with results delivered on the GUI thread. Create it on the GUI thread.

    Workers never touch widgets; only the callbacks do, and they run on the GUI thread.
    """

    def __init__(self, net_workers: int = 2) -> None:
        self._bridge = _ResultBridge()
        self._lanes: dict[Lane, ThreadPoolExecutor] = {
            "db": ThreadPoolExecutor(max_workers=1, thread_name_prefix="sangkien-db"),
            "net": ThreadPoolExecutor(max_workers=net_workers, thread_name_prefix="sangkien-net"),
        }

    def run(self, op: Callable[[], T], lane: Lane = "db", on_success: Callable[[T], None] | None = None,
            on_failure: Callable[[Exception], None] | None = None) -> Future[T]:
        """Queue ``op`` on ``lane``; the returned future is for tests and chaining, not for blocking."""
        if self._bridge.closed:
            raise RuntimeError("TaskRunner is shut down")
        return self._lanes[lane].submit(self._work, op, on_success, on_failure)

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
        """Drop undelivered results, cancel queued work and (by default) wait for running work."""
        self._bridge.closed = True
        for lane in LANES:
            self._lanes[lane].shutdown(wait=wait, cancel_futures=True)
        log.debug("task runner shut down")


class InlineTaskRunner:
    """Same interface as ``TaskRunner``; runs ``op`` and its callback at once (for tests)."""

    def __init__(self) -> None:
        self.calls: list[Lane] = []

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

    def shutdown(self, wait: bool = True) -> None:
        """Nothing to stop."""
