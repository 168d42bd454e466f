"""GUI composition root: data folder → writer lock → services → runner → first-run setup → window.

No logic lives here beyond wiring and the order of start-up and shutdown. Expected failures
(``KnownError``: store locked by another program, damaged, or written by a newer version) are
shown to the officer in a message box and end the program with exit code 1.

When the setup wizard's "try with demo data" is chosen, the real store is closed and unlocked
untouched and the same sequence runs again on the demo store in the sibling folder
(``config.demo_data_dir``); the window title then says so.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from sangkien_desktop import __version__
from sangkien_desktop.config import demo_data_dir, resolve_data_dir
from sangkien_desktop.domain.errors import KnownError, NotInitialisedError, StoreCorruptError
from sangkien_desktop.domain.model import OfficeView
from sangkien_desktop.domain.officers import sign_in_needed
from sangkien_desktop.persistence.integrity import failure_recorded
from sangkien_desktop.persistence.quick_start import QuickStart, read_quick_start
from sangkien_desktop.persistence.restore_request import restore_requested, take_restore_request
from sangkien_desktop.persistence.store_files import StorePaths, corrupt_error
from sangkien_desktop.services.deferred import Abandoned, DeferredServices
from sangkien_desktop.ui.dialogs.setup_choice import SetupChoice
from sangkien_desktop.ui.errors import install_error_handlers
from sangkien_desktop.ui.first_paint import after_next_paint
from sangkien_desktop.ui.fonts import use_interface_font
from sangkien_desktop.ui.i18n import arg, install_translator, language_from
from sangkien_desktop.ui.main_window import (
    APP_TITLE,
    SETTINGS_APP,
    SETTINGS_ORG,
    MainWindow,
    default_settings,
    remembered_sort,
)
from sangkien_desktop.ui.models.lazy_table import BLOCK_SIZE
from sangkien_desktop.ui.store_care import BackupCare, StoreCare
from sangkien_desktop.ui.tasks import Runner, TaskRunner

if TYPE_CHECKING:
    from sangkien_desktop.domain.backups import RestoreResult
    from sangkien_desktop.services.container import Services

__all__ = ["main", "show_error"]

LOCK_PROGRAM = "Sáng kiến Desktop"


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="sangkien-desktop", description=APP_TITLE)
    parser.add_argument("--data-dir", metavar=QCoreApplication.translate("App", "FOLDER"),
                        help=QCoreApplication.translate(
                            "App", "data folder (default: SANGKIEN_DATA_DIR or the user's data folder)"))
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


def ensure_office(services: Services, runner: Runner) -> OfficeView | SetupChoice | None:
    """The office's details; on first run the setup wizard asks for them. ``SetupChoice.DEMO``
    when the officer would rather try the demo store, None when they cancel."""
    try:
        return services.office.get_office()
    except NotInitialisedError:
        from sangkien_desktop.ui.dialogs.setup_wizard import SetupWizard  # first run only

        wizard = SetupWizard(services.office, runner)
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return None
        return wizard.office if wizard.choice is SetupChoice.OFFICE else SetupChoice.DEMO


def demo_title(title: str) -> str:
    return arg(QCoreApplication.translate("App", "%1 (demo data)"), title)


def run_window(app: QApplication, services: Services, demo: bool = False) -> int | SetupChoice:
    """The main window until it closes; ``SetupChoice.DEMO`` when the wizard chose the demo store."""
    runner = TaskRunner()
    try:
        try:
            office: OfficeView | SetupChoice | None
            if demo:
                from sangkien_desktop.ui.dialogs.setup_wizard import open_demo_office  # demo store only

                office = open_demo_office(services, runner)
            else:
                office = ensure_office(services, runner)
        except KnownError as exc:
            show_error(exc.message)
            return 1
        if not isinstance(office, OfficeView):
            return 0 if office is None else office
        from sangkien_desktop.ui.dialogs.sign_in_dialog import SignInCancelled, sign_in  # setup path

        try:
            officer = sign_in(services.officers.sign_in_choices(), services.officers, runner)
        except SignInCancelled:
            return 0
        services.uow.acting_officer_id = officer.id if officer else None
        window = MainWindow(services, runner, office.title, officer=officer)
        if demo:
            window.setWindowTitle(demo_title(window.windowTitle()))
        window.show()
        window.add_todo_panel()
        cares: list[StoreCare] = []
        if not demo:
            _care_for_store(window, runner, lambda: services.backups, cares)
        code = app.exec()
        for care in cares if not restore_requested(services.paths) else []:
            care.backup_at_close()
        return code
    finally:
        runner.shutdown(wait=True)


def main(argv: Sequence[str] | None = None) -> int:
    app = application(sys.argv[1:] if argv is None else argv)
    install_translator(app, language_from(default_settings()))
    use_interface_font(app)  # the shipped faces: whole Vietnamese capitals on screen, print-like serif
    # QApplication has removed its own options (-style, -platform …) from arguments().
    args = parse_args(app.arguments()[1:] if argv is None else argv)
    data_dir = resolve_data_dir(args.data_dir)
    if not _made_folder(data_dir):
        return 1
    # From here on, uncaught errors are explained to the officer and bugs logged in the data folder.
    errors = install_error_handlers(Path(data_dir))
    try:
        return _open_until_done(app, Path(data_dir))
    finally:
        errors.uninstall()


def _open_until_done(app: QApplication, data_dir: Path) -> int:
    """Open the store; when the officer closed the window to restore a backup, restore it and open
    the store again."""
    while True:
        code = _open_stores(app, data_dir)
        archive = take_restore_request(StorePaths(data_dir))
        if archive is None:
            return code
        _restore_on_request(data_dir, archive)


def _restore_on_request(data_dir: Path, archive: Path) -> None:
    from sangkien_desktop.persistence.backup_archive import read_manifest
    from sangkien_desktop.persistence.lock import WriterLock

    lock = WriterLock(StorePaths(data_dir).lock, LOCK_PROGRAM)
    try:
        lock.acquire()
        info = read_manifest(archive)
    except KnownError as exc:
        show_error(exc.message)
        return
    try:
        when = info.created_at.astimezone().strftime("%d/%m/%Y %H:%M")
        text = arg(QCoreApplication.translate("App", "Restoring the backup of %1 (%2)."), when, archive)
        headline = QCoreApplication.translate("App", "Restoring a backup")
        _recovery_screen(data_dir, text, headline, start_with=archive)
    finally:
        lock.release()


def _made_folder(data_dir: Path) -> bool:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        template = QCoreApplication.translate("App", "Could not create the data folder %1: %2")
        show_error(arg(template, data_dir, exc.strerror or exc))
        return False
    return True


def _open_stores(app: QApplication, data_dir: Path) -> int:
    """The real store; then, if the officer chose to try the demo, the demo store beside it
    (the real one is closed and unlocked first, and stays untouched).

    A set-up, up-to-date store opens at once (``_quick_window``); any other goes through the
    services first (creating or upgrading the store, the setup wizard, the demo)."""
    paths = StorePaths(data_dir)
    damaged = failure_recorded(paths) is not None  # the last daily check failed: recovery comes first
    quick = None if damaged else read_quick_start(paths, remembered_sort(default_settings()), BLOCK_SIZE)
    if quick is not None:
        return _quick_window(app, data_dir, quick)
    result = _with_lock(app, data_dir)
    if result is SetupChoice.DEMO:
        demo_dir = demo_data_dir(data_dir)
        result = _with_lock(app, demo_dir, demo=True) if _made_folder(demo_dir) else 1
    return result if isinstance(result, int) else 0


def _with_lock(app: QApplication, data_dir: Path, demo: bool = False) -> int | SetupChoice:
    from sangkien_desktop.persistence.lock import WriterLock

    lock = WriterLock(StorePaths(data_dir).lock, LOCK_PROGRAM)
    try:
        lock.acquire()
    except KnownError as exc:
        show_error(exc.message)
        return 1
    try:
        return _with_store(app, data_dir, demo)
    finally:
        lock.release()


def _with_store(app: QApplication, data_dir: Path, demo: bool = False) -> int | SetupChoice:
    from sangkien_desktop.services.container import build_services

    try:
        if (problem := failure_recorded(StorePaths(data_dir))) is not None:
            raise corrupt_error(StorePaths(data_dir).db, problem)
        services = build_services(data_dir)
    except StoreCorruptError as exc:
        return _with_store(app, data_dir, demo) if _recovered(data_dir, exc) else 1
    except KnownError as exc:
        show_error(exc.message)
        return 1
    try:
        return run_window(app, services, demo)
    finally:
        services.close()


def _recovered(data_dir: Path, exc: StoreCorruptError) -> bool:
    """The recovery screen (the writer lock is held): True once a backup replaced the damaged store."""
    return _recovery_screen(data_dir, exc.message)


def _recovery_screen(data_dir: Path, problem: str, headline: str | None = None,
                     start_with: Path | None = None) -> bool:
    from sangkien_desktop.persistence.backups import list_backups
    from sangkien_desktop.persistence.models.base import utcnow
    from sangkien_desktop.services.backups import restore_store
    from sangkien_desktop.ui.dialogs.recovery_dialog import RecoveryDialog

    paths = StorePaths(data_dir)
    runner = TaskRunner()
    try:
        def restore(archive: Path, report: Callable[[int, int], None]) -> RestoreResult:
            return restore_store(paths, archive, utcnow(), report)

        dialog = RecoveryDialog(problem, list_backups(paths.backups), restore, runner, headline=headline)
        if start_with is not None:
            dialog.show()
            dialog.restore_from(start_with)
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        runner.shutdown(wait=True)


def _quick_window(app: QApplication, data_dir: Path, quick: QuickStart) -> int:
    """The window painted from what start-up read, while the services are built on the db lane
    (its first task: every later database task finds them ready). The build takes the writer lock;
    if another program holds it, the officer is told so and the window closes."""
    deferred = DeferredServices(data_dir, LOCK_PROGRAM)
    runner = TaskRunner()
    try:
        runner.run(deferred.build, lane="db", on_failure=partial(_services_failed, app))
        services = deferred.services()
        officer = quick.officers[0] if quick.officers else None
        if sign_in_needed(quick.officers):
            from sangkien_desktop.ui.dialogs.sign_in_dialog import SignInCancelled, sign_in

            deferred.start()  # the dialog checks PINs through the services
            try:
                officer = sign_in(quick.officers, services.officers, runner)
            except SignInCancelled:
                return 0
        runner.run(partial(_act_as, deferred, officer.id if officer else None), lane="db")
        window = MainWindow(services, runner, quick.title, first_page=quick.first_page,
                            pending=quick.pending, officer=officer)
        cares: list[StoreCare] = []
        _start_when_painted(window, deferred,
                            lambda: _care_for_store(window, runner, lambda: deferred.get().backups, cares))
        window.show()
        try:
            code = app.exec()
        finally:
            window.hide()  # still shown when the services failed to open
        for care in cares if code == 0 and not restore_requested(StorePaths(data_dir)) else []:
            care.backup_at_close()  # (a restore backs the store up itself)
        return code
    finally:
        deferred.abandon()  # closed at once (or failed): no store to open just to close it
        runner.shutdown(wait=True)
        deferred.close()


def _act_as(deferred: DeferredServices, officer_id: str | None) -> None:
    """Db lane, right after the build: every change from now on is this officer's."""
    deferred.get().uow.acting_officer_id = officer_id


def _care_for_store(window: MainWindow, runner: Runner, backups: Callable[[], BackupCare],
                    cares: list[StoreCare]) -> None:
    """The daily check and backups, started once the window is up. ``backups`` runs on the db lane,
    after the services' build: importing them on this thread at the same time as the build imports
    SQLAlchemy on its thread breaks the import of both."""

    def start(care_ops: BackupCare) -> None:
        care = StoreCare(care_ops, runner, window)
        cares.append(care)
        care.start()

    runner.run(backups, lane="db", on_success=start)


def _start_when_painted(window: MainWindow, deferred: DeferredServices, then: Callable[[], None]) -> None:
    """The services' build (and the to-do panel, which needs them, and ``then``) begins once the first
    rows are on screen; at once when the rows must come from the services (a grouped sort, or a saved
    layout in another order)."""

    def start() -> None:
        deferred.start()
        # The panel and the sync scheduler a turn of the event loop later: the first frame goes out
        # before the panel's layout pass and the scheduler's imports.
        QTimer.singleShot(0, window, after_the_frame)

    def after_the_frame() -> None:
        if not window.isVisible():  # closed in the meantime: the runner may be shut down already
            return
        window.add_todo_panel()
        then()

    page = window.initiatives_page
    if not page.showing_first_page:  # re-queried since (a restored column layout with another order)
        start()
        return
    viewport = page.ui.tableView.viewport()
    page.results_shown.connect(lambda _total: after_next_paint(viewport, start),
                               Qt.ConnectionType.SingleShotConnection)


def _services_failed(app: QApplication, exc: Exception) -> None:
    if isinstance(exc, Abandoned):
        return
    if not isinstance(exc, KnownError):
        raise exc
    show_error(exc.message)
    app.exit(1)


if __name__ == "__main__":
    sys.exit(main())
