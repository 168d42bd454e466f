"""The progress dialog of long background work (ARCHITECTURE.md §5.2), used by ``tasks.TaskRunner``.

A ``ProgressWatch`` lives on the GUI thread beside one running op. It shows a ``QProgressDialog``
only if the op is still running after a delay, copies the op's latest report into it at a fixed
pace (the op only stores reports, so a chatty op cannot flood the event queue), and turns the
Cancel button into a request on the op's ``TaskControl``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

if TYPE_CHECKING:  # tasks.py imports this module; the control is only a type here.
    from sangkien_desktop.ui.tasks import TaskControl

__all__ = ["PROGRESS_DELAY_MS", "REPORT_INTERVAL_MS", "ProgressWatch"]

# Work that ends sooner shows no dialog at all: a dialog that flashes is worse than none.
PROGRESS_DELAY_MS = 600
# How often a visible dialog picks up the op's latest report.
REPORT_INTERVAL_MS = 100


class ProgressWatch(QObject):
    """The delayed dialog of one op. Create, ``start()`` and ``finish()`` it on the GUI thread."""

    def __init__(self, control: TaskControl, label: str, parent: QWidget | None,
                 delay_ms: int = PROGRESS_DELAY_MS) -> None:
        super().__init__()
        self._control, self._label, self._parent = control, label, parent
        self._dialog: QProgressDialog | None = None
        self.finished = False
        self._delay = self._timer(delay_ms, self._show, single_shot=True)
        self._poll = self._timer(REPORT_INTERVAL_MS, self._refresh, single_shot=False)

    def _timer(self, interval: int, slot: Callable[[], None], *, single_shot: bool) -> QTimer:
        timer = QTimer(self)
        timer.setInterval(interval)
        timer.setSingleShot(single_shot)
        timer.timeout.connect(slot)
        return timer

    @property
    def dialog(self) -> QProgressDialog | None:
        """The dialog while it exists (its parent window may have been closed and deleted it)."""
        dialog = self._dialog
        return dialog if dialog is not None and shiboken6.isValid(dialog) else None

    def start(self) -> None:
        self._delay.start()

    def finish(self) -> None:
        """The op has ended (or the runner shuts down): no dialog from now on."""
        self.finished = True
        self._delay.stop()
        self._poll.stop()
        dialog, self._dialog = self.dialog, None
        if dialog is not None:
            dialog.hide()
            dialog.deleteLater()

    def _show(self) -> None:
        if self.finished:
            return
        dialog = QProgressDialog(self._label, self.tr("Cancel"), 0, 0, self._parent)
        dialog.setWindowTitle(self._label)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        # Reaching the maximum must not close it: the op may still be committing.
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(self._cancel)
        self._dialog = dialog
        self._refresh()
        dialog.show()
        self._poll.start()

    def _refresh(self) -> None:
        report = self._control.latest()
        dialog = self.dialog
        if report is None or dialog is None:
            return
        dialog.setLabelText(f"{self._label}\n{report.text}" if report.text else self._label)
        maximum = max(report.total or 0, 0)  # 0: a busy bar, for work of unknown size
        if dialog.maximum() != maximum:
            dialog.setRange(0, maximum)
        if maximum:
            # A modal dialog processes events inside setValue: the op may end (finish()) in there,
            # so nothing touches the dialog after this call.
            dialog.setValue(min(max(report.done, 0), maximum))

    def _cancel(self) -> None:
        # Qt hides the dialog itself; the op sees the flag at its next check().
        self._poll.stop()
        self._control.cancel()
