"""Child process of the start-up benchmark: ``python -m tests.perf.startup_probe MODE [DATA_DIR]``.

``bare``: a plain PySide6 window showing one label (the floor). ``app``: the real start-up,
``sangkien_desktop.app.main``, on DATA_DIR. Either prints ``READY <rss_kib>`` once its window has
been painted (for ``app``: the registry's first page of rows) and quits; the parent times the
whole process from spawn to that line.
"""

from __future__ import annotations

import sys
import tempfile
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget


def rss_kib() -> int:
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))


class PaintedThenQuit(QObject):
    """Reports once ``widget`` has painted (after ``armed``), then quits the event loop."""

    def __init__(self, widget: QWidget, armed: bool = True) -> None:
        super().__init__(widget)
        self.armed = armed
        widget.installEventFilter(self)
        self._widget = widget

    def arm(self, *_args: Any) -> None:
        self.armed = True
        self._widget.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.armed and event.type() == QEvent.Type.Paint:
            self.armed = False
            QTimer.singleShot(0, self._done)  # after this paint has finished
        return False

    def _done(self) -> None:
        print(f"READY {rss_kib()}", flush=True)
        QApplication.quit()


def bare() -> int:
    app = QApplication(sys.argv[:1])
    label = QLabel("Sáng kiến Desktop")
    PaintedThenQuit(label)
    label.show()
    return app.exec()


def real_app(data_dir: str) -> int:
    from sangkien_desktop import app as app_module
    from sangkien_desktop.ui.main_window import MainWindow

    class ProbedWindow(MainWindow):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            page = self.initiatives_page
            probe = PaintedThenQuit(page.ui.tableView.viewport(), armed=False)
            page.results_shown.connect(probe.arm)

    settings_dir = tempfile.mkdtemp(prefix="sangkien-probe-")  # never the officer's window state
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, settings_dir)
    app_module.MainWindow = ProbedWindow  # type: ignore[attr-defined]
    return app_module.main(["--data-dir", data_dir])


if __name__ == "__main__":
    sys.exit(bare() if sys.argv[1] == "bare" else real_app(sys.argv[2]))
