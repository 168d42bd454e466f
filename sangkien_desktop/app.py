"""GUI composition root: data folder → writer lock → services → runner → first-run setup → window.

No logic lives here beyond wiring and the order of start-up and shutdown. Expected failures
(``KnownError``: store locked by another program, damaged, or written by a newer version) are
shown to the officer in a message box and end the program with exit code 1.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from sangkien_desktop import __version__
from sangkien_desktop.config import resolve_data_dir
from sangkien_desktop.domain.errors import KnownError, NotInitialisedError
from sangkien_desktop.domain.model import OfficeView
from sangkien_desktop.persistence.lock import WriterLock
from sangkien_desktop.persistence.store import StorePaths
from sangkien_desktop.services.container import Services, build_services
from sangkien_desktop.ui.dialogs.setup_dialog import SetupDialog
from sangkien_desktop.ui.main_window import APP_TITLE, SETTINGS_APP, SETTINGS_ORG, MainWindow
from sangkien_desktop.ui.tasks import Runner, TaskRunner

__all__ = ["main", "show_error"]

LOCK_PROGRAM = "Sáng kiến Desktop"


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="sangkien-desktop", description=APP_TITLE)
    parser.add_argument("--data-dir", metavar="THƯ_MỤC",
                        help="thư mục dữ liệu (mặc định: SANGKIEN_DATA_DIR hoặc thư mục của người dùng)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(list(argv))


def show_error(message: str) -> None:
    """A blocking error box before (or instead of) the main window; tests replace this."""
    QMessageBox.critical(None, APP_TITLE, message)


def application(argv: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *argv])
    app.setOrganizationName(SETTINGS_ORG)
    app.setApplicationName(SETTINGS_APP)
    app.setApplicationVersion(__version__)
    return app


def ensure_office(services: Services, runner: Runner) -> OfficeView | None:
    """The office's details; on first run asks for them. None when the officer cancels."""
    try:
        return services.office.get_office()
    except NotInitialisedError:
        dialog = SetupDialog(services.office, runner)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.office


def run_window(app: QApplication, services: Services) -> int:
    runner = TaskRunner()
    try:
        office = ensure_office(services, runner)
        if office is None:
            return 0
        window = MainWindow(services, runner, office)
        window.show()
        return app.exec()
    finally:
        runner.shutdown(wait=True)


def main(argv: Sequence[str] | None = None) -> int:
    app = application(sys.argv[1:] if argv is None else argv)
    # QApplication has removed its own options (-style, -platform …) from arguments().
    args = parse_args(app.arguments()[1:] if argv is None else argv)
    data_dir = resolve_data_dir(args.data_dir)
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        show_error(f"Không tạo được thư mục dữ liệu {data_dir}: {exc.strerror or exc}")
        return 1
    lock = WriterLock(StorePaths(data_dir).lock, LOCK_PROGRAM)
    try:
        lock.acquire()
    except KnownError as exc:
        show_error(exc.message)
        return 1
    try:
        return _with_store(app, Path(data_dir))
    finally:
        lock.release()


def _with_store(app: QApplication, data_dir: Path) -> int:
    try:
        services = build_services(data_dir)
    except KnownError as exc:
        show_error(exc.message)
        return 1
    try:
        return run_window(app, services)
    finally:
        services.close()


if __name__ == "__main__":
    sys.exit(main())
