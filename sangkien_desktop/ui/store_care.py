"""Care of the store while the app is open (issue 8): the daily quick check and the daily automatic
backup in the background, and a last backup when the window closes.

The work itself is ``BackupService``'s (services/backups.py); this object only schedules it on the
runner's "net" lane (a snapshot or a check reads through its own connection, so the db lane stays
free for the officer's work) and tells the officer when the check finds damage."""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from sangkien_desktop.domain.backups import BackupInfo
from sangkien_desktop.ui.i18n import arg
from sangkien_desktop.ui.tasks import Runner, TaskControl

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["AT_CLOSE_WITHIN", "BackupCare", "StoreCare"]

log = logging.getLogger(__name__)
CHECK_INTERVAL_MS = 30 * 60 * 1000  # how often to ask whether the daily work is due
AT_CLOSE_WITHIN = timedelta(hours=1)  # no second backup at close right after another


class BackupCare(Protocol):
    def daily_check(self) -> str | None: ...

    def automatic_if_due(self, within: timedelta = ..., progress: Callable[[int, int], None] | None = ...
                         ) -> BackupInfo | None: ...


class StoreCare(QObject):
    def __init__(self, care: BackupCare, runner: Runner, window: QWidget) -> None:
        super().__init__(window)
        self._care = care
        self._runner = runner
        self._window = window
        self._busy = False
        self.damage: str | None = None  # what the last check found (for tests and the window)
        self.warning_box: QMessageBox | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.tick)

    def start(self) -> None:
        self._timer.start()
        self.tick()

    def tick(self) -> None:
        """Run what is due, one piece of work at a time."""
        if self._busy:
            return
        self._busy = True
        self._runner.run(self._daily_work, lane="net", on_success=self._checked, on_failure=self._failed)

    def _daily_work(self) -> str | None:
        problem = self._care.daily_check()
        if problem is None:
            self._care.automatic_if_due()  # never back up a store the check just found damaged
        return problem

    def _checked(self, problem: str | None) -> None:
        self._busy = False
        if problem is not None:
            self.damage = problem
            self._warn(problem)

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        raise exc  # the error handler explains a full disk; anything else is a bug to log

    def _warn(self, problem: str) -> None:
        text = arg(self.tr("The daily check found damage in the data store (%1). Close the program and "
                           "open it again: it will offer to restore the newest good backup. Until then, "
                           "avoid entering new records."), problem)
        box = QMessageBox(QMessageBox.Icon.Warning, self._window.windowTitle(), text,
                          QMessageBox.StandardButton.Ok, self._window)
        box.open()
        self.warning_box = box

    def backup_at_close(self) -> None:
        """Back up before the program ends (unless one was taken within the hour), with a progress
        dialog; returns when it is done, failed or was cancelled."""
        self._timer.stop()
        if self.damage is not None:
            return
        loop = QEventLoop()

        def work(control: TaskControl) -> BackupInfo | None:
            return self._care.automatic_if_due(AT_CLOSE_WITHIN, control.report)

        def finished(*_: object) -> None:
            loop.quit()

        def failed(exc: Exception) -> None:  # the window is gone: the log keeps why
            log.warning("backup at close failed: %s", exc)
            loop.quit()

        future = self._runner.run_with_progress(
            work, self.tr("Backing up the data before closing…"), None, lane="net",
            on_success=finished, on_failure=failed, on_cancel=finished,
        )
        if not future.done():
            loop.exec()
