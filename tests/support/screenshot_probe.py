"""Child process of the real-window smoke test: ``python -m tests.support.screenshot_probe DATA OUT``.

Runs the real start-up (``sangkien_desktop.app.main``) on DATA under an X server (Xvfb), and once
the registry has painted its first rows saves ``OUT/registry.png``; then opens the editor of the
first row, switches to its authors tab once the record has loaded, and saves ``OUT/editor.png``;
then quits. Prints ``SHOT <path>`` for each picture.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from sangkien_desktop import app as app_module
from sangkien_desktop.ui.main_window import MainWindow
from sangkien_desktop.ui.models.initiative_table import ITEM_ROLE

POLL_MS = 100
WATCHDOG_MS = 90_000  # an error dialog would otherwise leave the app waiting for a click forever


def _give_up() -> None:
    print("WATCHDOG: the probe did not finish", flush=True)
    os._exit(5)


def save(widget: QWidget, path: Path) -> None:
    assert widget.grab().save(str(path)), path
    print(f"SHOT {path}", flush=True)


def after(condition: Any, then: Any, tries: int = 300) -> None:
    """Call ``then`` once ``condition()`` holds (polled on the GUI thread), or give up loudly."""
    if condition():
        then()
    elif tries <= 0:
        print("TIMEOUT", flush=True)
        QApplication.exit(3)
    else:
        QTimer.singleShot(POLL_MS, lambda: after(condition, then, tries - 1))


def main(data_dir: str, out: Path) -> int:
    class ShotWindow(MainWindow):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.resize(1280, 760)
            self.show_page(0)
            page = self.initiatives_page
            model = page.model
            # The rows may be painted before the services are built; the editor needs them wired.
            after(lambda: model.rowCount() > 0 and model.item(0) is not None
                  and getattr(page, "editors", None) is not None, self._registry_shown)
            QTimer.singleShot(WATCHDOG_MS, _give_up)

        def _registry_shown(self) -> None:
            QTimer.singleShot(300, self._shoot_registry)  # let the first paint settle

        def _shoot_registry(self) -> None:
            page = self.initiatives_page
            save(self, out / "registry.png")
            first = page.model.data(page.model.index(0, 0), ITEM_ROLE)
            editor = page.editors.open(first.id)
            after(lambda: editor.isVisible() and bool(editor.ui.titleEdit.text()),
                  lambda: self._shoot_editor(editor))

        def _shoot_editor(self, editor: Any) -> None:
            editor.resize(1000, 700)
            editor.ui.tabs.setCurrentIndex(3)  # authors: names with diacritics and their shares
            QTimer.singleShot(300, lambda: (save(editor, out / "editor.png"), QApplication.exit(0)))

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      tempfile.mkdtemp(prefix="sangkien-shot-"))
    app_module.MainWindow = ShotWindow  # type: ignore[attr-defined]
    return app_module.main(["--data-dir", data_dir])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2])))
