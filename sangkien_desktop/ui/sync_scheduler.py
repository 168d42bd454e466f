"""When the app syncs by itself (SYNC.md rule 19), and the one place every sync run starts from.

Triggers: start-up (once the services are ready), every ``periodic_check_s`` (5 minutes), 60 s after
the last save (debounced), the network coming back (``QNetworkInformation``, when a backend loads),
and a bounded attempt at close: the window stays open (saying why) until that run ends or its budget
runs out, with no nested event loop. The service decides whether a trigger may run now (its backoff);
the scheduler adds a wake-up at the service's next attempt time, so a retry after 30 s does not
wait for the 5-minute timer.

Runs go to the runner's **net** lane, one at a time: a trigger that fires while a run is going is
dropped (the run in progress sends the same changes). "Đồng bộ ngay" (``sync_now``) is the
exception: it joins the running sync, which the service allows (rule 18), with a progress dialog.

Cancelling is a plain ``threading.Event`` given to ``SyncService.run``. A progress dialog's Cancel
button sets its ``TaskControl``; the worker copies that into the event whenever the service reports
progress, and a GUI timer does so too while the service is busy between reports.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.sync import SyncOutcome, SyncProgress, SyncTrigger
from sangkien_desktop.sync.config import SyncConfig
from sangkien_desktop.ui.tasks import Runner, TaskControl

if TYPE_CHECKING:
    from PySide6.QtNetwork import QNetworkInformation

    from sangkien_desktop.services.sync import SyncService

__all__ = ["SAVE_DELAY_S", "SyncScheduler"]

log = logging.getLogger(__name__)

SAVE_DELAY_S = 60.0  # after the last save: a burst of edits goes up in one run
POLL_MS = 150  # how often the GUI picks up the running sync's progress and cancel requests
RETRY_MARGIN_S = 1.0  # wake a little after the backoff ends, never a little before it


@dataclass(frozen=True)
class _RunResult:
    outcome: SyncOutcome
    next_attempt_at: datetime | None


class _Shared:
    """What workers and the GUI poll share while runs are going: the latest progress and the
    progress dialogs' controls. Plain Python under a lock, never a QObject."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._progress: SyncProgress | None = None
        self._controls: list[TaskControl] = []

    def set_progress(self, progress: SyncProgress | None) -> None:
        with self._lock:
            self._progress = progress

    def progress(self) -> SyncProgress | None:
        with self._lock:
            return self._progress

    def add(self, control: TaskControl) -> None:
        with self._lock:
            self._controls.append(control)

    def discard(self, control: TaskControl) -> None:
        with self._lock:
            if control in self._controls:
                self._controls.remove(control)

    def cancel_requested(self) -> bool:
        with self._lock:
            return any(control.cancelled for control in self._controls)


def _run(sync: SyncService, trigger: SyncTrigger, shared: _Shared, cancel: threading.Event,
         budget_s: float | None = None) -> _RunResult:
    """Net lane: one ``SyncService.run`` (or joining the one in progress), then the next attempt time."""
    outcome = sync.run(trigger, progress=shared.set_progress, cancel=cancel, budget_s=budget_s)
    return _RunResult(outcome, sync.next_attempt_at())


def _run_manual(sync: SyncService, shared: _Shared, cancel: threading.Event,
                control: TaskControl) -> _RunResult:
    """Net lane, with a progress dialog: its reports come from the service's, its Cancel sets ``cancel``."""

    def report(progress: SyncProgress) -> None:
        shared.set_progress(progress)
        control.report(progress.done, progress.total or None, progress.message)
        if control.cancelled:
            cancel.set()

    if control.cancelled:
        cancel.set()
    shared.add(control)
    try:
        outcome = sync.run(SyncTrigger.MANUAL, progress=report, cancel=cancel)
    finally:
        shared.discard(control)
    return _RunResult(outcome, sync.next_attempt_at())


class SyncScheduler(QObject):
    """Starts sync runs on the net lane and reports them on the GUI thread.

    Signals: ``running_changed(bool)`` when the first run starts and the last one ends;
    ``run_started(SyncTrigger)``; ``progressed(SyncProgress)`` while a run reports; ``run_finished(
    SyncOutcome)`` after each run (the sync page, the status bar and the registry's badges refresh on
    it); ``run_failed(str)`` with the Vietnamese message of an expected error. Other errors are bugs
    and reach ``sys.excepthook``.
    """

    running_changed = Signal(bool)
    run_started = Signal(object)
    progressed = Signal(object)
    run_finished = Signal(object)
    run_failed = Signal(str)

    def __init__(self, sync: SyncService, runner: Runner, config: SyncConfig | None = None,
                 parent: QObject | None = None, *, save_delay_s: float = SAVE_DELAY_S) -> None:
        super().__init__(parent)
        self._sync = sync
        self._runner = runner
        self._config = config if config is not None else SyncConfig()
        self._started = False
        self._closing = False
        self._active = 0
        self._cancel = threading.Event()
        self._shared = _Shared()
        self._shown: SyncProgress | None = None
        self._reachable: bool | None = None
        self._network: QNetworkInformation | None = None  # followed while started
        periodic_s = self._config.periodic_check_s
        self.periodic_timer = self._timer(periodic_s, partial(self.trigger, SyncTrigger.TIMER))
        self.save_timer = self._timer(save_delay_s, partial(self.trigger, SyncTrigger.SAVE), single=True)
        self.retry_timer = self._timer(0, partial(self.trigger, SyncTrigger.TIMER), single=True)
        self._poll = self._timer(POLL_MS / 1000, self._pick_up)
        self._close: Callable[[], object] | None = None  # what closes the window once the last run ends
        self.close_timer = self._timer(self._config.close_budget_s, self._finish_closing, single=True)

    def _timer(self, seconds: float, slot: Callable[[], object], single: bool = False) -> QTimer:
        timer = QTimer(self)
        timer.setInterval(round(seconds * 1000))
        timer.setSingleShot(single)
        timer.timeout.connect(slot)
        return timer

    # -- state ------------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._active > 0

    @property
    def started(self) -> bool:
        return self._started

    # -- triggers ---------------------------------------------------------------------------------

    def start(self) -> None:
        """The services are ready and the window painted: sync now, then on every trigger. Once only."""
        if self._started or self._closing:
            return
        self._started = True
        self.periodic_timer.start()
        self._watch_network()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        # With ``self`` as context: never called once the window (and this scheduler) is gone.
        QTimer.singleShot(0, self, partial(self.trigger, SyncTrigger.STARTUP))

    def stop(self) -> None:
        """No more automatic runs; a run in progress is asked to stop."""
        self._stop_automatic()
        self.cancel()

    def _stop_automatic(self) -> None:
        for timer in (self.periodic_timer, self.save_timer, self.retry_timer):
            timer.stop()
        if self._network is not None:
            self._network.reachabilityChanged.disconnect(self.network_changed)
            self._network = None

    @Slot()
    def note_saved(self) -> None:
        """A change was saved: sync once no other save has come for ``save_delay_s``."""
        if self._started and not self._closing:
            self.save_timer.start()

    def trigger(self, trigger: SyncTrigger) -> bool:
        """A background run; False (and nothing started) while another runs or the window closes."""
        if self.running or (self._closing and trigger is not SyncTrigger.CLOSE):
            return False
        budget = self._config.close_budget_s if trigger is SyncTrigger.CLOSE else None
        self._begin(trigger)
        job = partial(_run, self._sync, trigger, self._shared, self._cancel, budget)
        try:
            self._runner.run(job, lane="net", on_success=self._succeeded, on_failure=self._failed)
        except RuntimeError:
            if not self.running or not shiboken6.isValid(self):
                raise  # the run itself failed (an inline runner re-raises its bug here)
            # The runner refused the work: it has shut down, the window outliving the app's loop.
            log.info("sync trigger %s after the task runner stopped: automatic sync ends", trigger.value)
            self._end()
            self._stop_automatic()
            return False
        return True

    def sync_now(self, parent: QWidget | None = None) -> None:
        """"Đồng bộ ngay": a manual run (joining one in progress) with a delayed progress dialog."""
        if self._closing:
            return
        self._begin(SyncTrigger.MANUAL)
        job = partial(_run_manual, self._sync, self._shared, self._cancel)
        label = QCoreApplication.translate("SyncScheduler", "Synchronising with the central server")
        self._runner.run_with_progress(job, label, parent, lane="net", on_success=self._succeeded,
                                       on_failure=self._failed, on_cancel=self._cancelled)

    def cancel(self) -> None:
        """Ask the running sync to stop after its current step."""
        if self.running:
            self._cancel.set()

    # -- network reachability ---------------------------------------------------------------------

    def _watch_network(self) -> None:
        """Follow Qt's reachability when a backend exists; some systems (and offscreen tests) have none."""
        try:
            from PySide6.QtNetwork import QNetworkInformation
        except ImportError:  # pragma: no cover - QtNetwork ships with PySide6
            return
        if not QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability):
            log.info("no network information backend: no sync when the network comes back")
            return
        info = QNetworkInformation.instance()
        if info is None:
            return
        self._reachable = _is_reachable(info.reachability())
        info.reachabilityChanged.connect(self.network_changed)
        self._network = info

    @Slot(object)
    def network_changed(self, reachability: QNetworkInformation.Reachability) -> None:
        """Sync when the network comes back (the service resets its backoff for this trigger)."""
        reachable = _is_reachable(reachability)
        came_back = reachable and self._reachable is not True
        self._reachable = reachable
        if came_back and self._started:
            self.trigger(SyncTrigger.NETWORK_BACK)

    # -- closing ----------------------------------------------------------------------------------

    def close_when_idle(self, close: Callable[[], object]) -> bool:
        """The window asks to close. True: it may close now. False: one last run goes first (or the
        run in progress finishes), and ``close`` is called from the event loop when no run is left or
        after ``close_budget_s``, whichever comes first; a run still going then is asked to stop.

        No nested event loop: the window stays responsive (and says why it waits) while the run ends.
        A second request (the officer closing again, or ``close`` itself) may close at once."""
        if self._closing:
            self._stop_waiting()  # closing again (or ``close`` itself): no more waiting, no later call
            self.cancel()
            return True
        self._closing = True
        self._stop_automatic()  # a run in progress may finish within the budget: it is not cancelled yet
        if not self._started:
            return True  # never started: the services were never needed
        if not self.running:
            self.trigger(SyncTrigger.CLOSE)
        if not self.running:
            return True  # an inline runner has finished it already
        self._close = close
        self.running_changed.connect(self._close_when_ended)
        self.close_timer.start()
        return False

    @property
    def closing(self) -> bool:
        """The window has asked to close: no automatic run starts any more."""
        return self._closing

    @Slot(bool)
    def _close_when_ended(self, running: bool) -> None:
        if not running:
            self._finish_closing()

    def _stop_waiting(self) -> Callable[[], object] | None:
        """No more waiting for the last run; what was to close the window, if anything."""
        self.close_timer.stop()
        close, self._close = self._close, None
        if close is not None:
            self.running_changed.disconnect(self._close_when_ended)
        return close

    def _finish_closing(self) -> None:
        """The last run ended or the budget ran out: ask a run still going to stop, then close."""
        close = self._stop_waiting()
        if close is None:
            return
        if self.running:
            log.info("close: the sync did not end within %.0f s; asked to stop", self._config.close_budget_s)
            self.cancel()
        # From the event loop, not inside the signal that ended the run; never once this is gone.
        QTimer.singleShot(0, self, close)

    # -- bookkeeping (GUI thread) -----------------------------------------------------------------

    def _begin(self, trigger: SyncTrigger) -> None:
        self._active += 1
        if self._active == 1:
            self._cancel = threading.Event()  # a fresh flag for each busy period
            self._shared.set_progress(None)
            self._shown = None
            self._poll.start()
            self.running_changed.emit(True)
        self.run_started.emit(trigger)

    def _end(self) -> None:
        self._active = max(0, self._active - 1)
        if self._active == 0:
            self._poll.stop()
            self.running_changed.emit(False)

    def _pick_up(self) -> None:
        """While running: pass on new progress and any Cancel pressed in a progress dialog."""
        if self._shared.cancel_requested():
            self._cancel.set()
        progress = self._shared.progress()
        if progress is not None and progress != self._shown:
            self._shown = progress
            self.progressed.emit(progress)

    def _succeeded(self, result: _RunResult) -> None:
        if not shiboken6.isValid(self):  # the window went away while an inline run was going
            return
        self._end()
        self._plan_retry(result.next_attempt_at)
        self.run_finished.emit(result.outcome)

    def _failed(self, exc: Exception) -> None:
        alive = shiboken6.isValid(self)
        if alive:
            self._end()
        if not isinstance(exc, KnownError):
            raise exc  # a bug, whatever became of the window
        if alive:
            self.run_failed.emit(exc.message)

    def _cancelled(self) -> None:
        # Only an op that raised Cancelled gets here; ``_run`` returns the service's outcome instead.
        self._end()

    def _plan_retry(self, next_attempt_at: datetime | None) -> None:
        """Wake when the backoff ends, if that comes before the periodic timer."""
        self.retry_timer.stop()
        if next_attempt_at is None or self._closing or not self._started:
            return
        wait_s = (next_attempt_at - datetime.now(UTC)).total_seconds() + RETRY_MARGIN_S
        if wait_s < self._config.periodic_check_s:
            self.retry_timer.setInterval(round(max(wait_s, RETRY_MARGIN_S) * 1000))
            self.retry_timer.start()


def _is_reachable(reachability: QNetworkInformation.Reachability) -> bool:
    from PySide6.QtNetwork import QNetworkInformation

    return reachability in (QNetworkInformation.Reachability.Site, QNetworkInformation.Reachability.Online)
