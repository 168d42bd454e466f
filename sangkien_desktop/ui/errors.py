"""Uncaught exceptions end here (ARCHITECTURE.md §5.4): a message, or an apology and a log entry.

``install_error_handlers(data_dir, parent_getter)`` replaces ``sys.excepthook`` and
``threading.excepthook`` (an exception escaping a Qt slot, a runner callback without
``on_failure``, or a thread of our own reaches one of them) and sends app logging at INFO to the
rotating file ``<data_dir>/logs/sangkien.log``:

* a ``KnownError`` (bad input, store locked, …) shows its Vietnamese ``message`` in a warning box;
* an environmental failure (``OSError`` or SQLite error meaning disk full, read-only or no
  permission, anywhere in the exception's chain) shows what happened and what to do;
* anything else is a bug: its traceback goes to the log and an apology dialog names the log file
  and can copy the details.

Neither writes a traceback for the first two kinds. Dialogs open without blocking (``open()``),
on the GUI thread whatever thread failed, and one burst of identical errors shows one dialog.
"""

from __future__ import annotations

import logging
import platform
import sys
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Protocol

import shiboken6
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QStyle, QWidget

from sangkien_desktop import __version__
from sangkien_desktop.domain.environment import EnvironmentProblem, environment_failure
from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.ui.i18n import arg
from sangkien_desktop.ui.main_window import APP_TITLE

__all__ = ["BURST_SECONDS", "BugDialog", "ErrorHandler", "Presenter", "environment_message",
           "install_error_handlers", "log_file_for"]

LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 5
# The same error again within this time (or while its dialog is open) shows no new dialog.
BURST_SECONDS = 5.0
_LOG_FORMAT = "%(asctime)s %(levelname)s [%(threadName)s] %(name)s: %(message)s"

log = logging.getLogger(__name__)
ParentGetter = Callable[[], QWidget | None]


def log_file_for(data_dir: Path) -> Path:
    return data_dir / "logs" / "sangkien.log"


# -- what the officer is told ---------------------------------------------------------------------

# Literal QCoreApplication.translate calls, so that lupdate finds every message.
def _disk_full() -> str:
    return QCoreApplication.translate("ErrorHandler", "The disk is full, so the data could not be written. "
                                      "Free some space on the disk, then try again.")


def _read_only() -> str:
    return QCoreApplication.translate("ErrorHandler", "The disk or folder is read-only, so the data could "
                                      "not be written. Check the data folder (a removable disk may be "
                                      "write-protected), then try again.")


def _no_permission() -> str:
    return QCoreApplication.translate("ErrorHandler", "The program is not allowed to use this file or "
                                      "folder. Ask whoever manages this computer to check its "
                                      "permissions, then try again.")


def _file_line(path: object) -> str:
    return arg(QCoreApplication.translate("ErrorHandler", "File: %1"), path)


_MESSAGES: dict[EnvironmentProblem, Callable[[], str]] = {
    EnvironmentProblem.DISK_FULL: _disk_full,
    EnvironmentProblem.READ_ONLY: _read_only,
    EnvironmentProblem.NO_PERMISSION: _no_permission,
}


def environment_message(exc: BaseException) -> str | None:
    """The officer's message when ``exc`` comes from the disk (full, read-only, no permission)."""
    failure = environment_failure(exc)
    if failure is None:
        return None
    message = _MESSAGES[failure.problem]()
    return f"{message}\n\n{_file_line(failure.file_name)}" if failure.file_name else message


def _officer_message(exc: BaseException) -> str | None:
    """What to tell the officer, or None when ``exc`` is a bug."""
    if isinstance(exc, KnownError):
        return exc.message
    return environment_message(exc)


# -- logging --------------------------------------------------------------------------------------

def _open_log(data_dir: Path) -> tuple[logging.Handler, Path | None]:
    """A rotating file handler in ``<data_dir>/logs``; stderr (and no path) if that cannot be opened."""
    path = log_file_for(data_dir)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS,
                                                       encoding="utf-8")
    except OSError as exc:
        print(f"cannot open the log file {path}: {exc}", file=sys.stderr)
        return logging.StreamHandler(sys.stderr), None
    return handler, path


def _system_summary() -> str:
    return (f"{APP_TITLE} {__version__} · Python {platform.python_version()} · PySide6 {pyside_version} · "
            f"{platform.platform()}")


# -- presenting -----------------------------------------------------------------------------------

class BugDialog(QDialog):
    """The apology for a bug: where the log is, the details on demand, and a copy button."""

    def __init__(self, details: str, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from sangkien_desktop.ui.forms.ui_errors import Ui_BugDialog  # only when a bug is shown

        self.ui = Ui_BugDialog()
        self.ui.setupUi(self)
        self.details = details
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.ui.iconLabel.setPixmap(icon.pixmap(48, 48))
        missing = self.tr("(the log file could not be opened)")
        self.ui.logPathEdit.setText(str(log_file) if log_file else missing)
        self.ui.detailsEdit.setPlainText(details)
        self.ui.copyButton.clicked.connect(self.copy_details)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)
        self.ui.copyButton.setText(self.tr("Copied"))


class Presenter(Protocol):
    """Shows the two kinds of dialog without blocking; returns the dialog it opened."""

    def known(self, parent: QWidget | None, message: str) -> QDialog: ...

    def bug(self, parent: QWidget | None, details: str, log_file: Path | None) -> QDialog: ...


class DialogPresenter:
    """The real dialogs, opened window-modal with ``open()`` and deleted when closed."""

    def known(self, parent: QWidget | None, message: str) -> QDialog:
        box = QMessageBox(QMessageBox.Icon.Warning, APP_TITLE, message, QMessageBox.StandardButton.Ok, parent)
        return _opened(box)

    def bug(self, parent: QWidget | None, details: str, log_file: Path | None) -> QDialog:
        return _opened(BugDialog(details, log_file, parent))


def _opened(dialog: QDialog) -> QDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


# -- the hooks ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Incident:
    """One uncaught exception, as the GUI thread receives it."""

    exc: BaseException
    key: tuple[object, ...]
    details: str | None  # the formatted traceback of a bug; None for a known or environmental error


def _key(exc: BaseException) -> tuple[object, ...]:
    """Identical errors: same type, same text, raised from the same places."""
    places = tuple((frame.filename, frame.lineno) for frame in traceback.extract_tb(exc.__traceback__))
    return (type(exc).__qualname__, str(exc), places)


class ErrorHandler(QObject):
    """Logs every uncaught exception where it happens and presents it on the GUI thread.

    Create it on the GUI thread. ``handle`` may be called from any thread: the signal below is
    delivered directly when emitted on the GUI thread and queued from any other.
    """

    _incident = Signal(object)

    def __init__(self, log_file: Path | None, parent_getter: ParentGetter,
                 presenter: Presenter | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self.log_file = log_file
        self._parent_getter = parent_getter
        self._presenter: Presenter = presenter or DialogPresenter()
        self._clock = clock
        self._lock = threading.Lock()
        self._last_seen: dict[tuple[object, ...], float] = {}
        self._open: dict[tuple[object, ...], QDialog] = {}
        self._incident.connect(self._present)

    def handle(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        """Log ``exc`` and have it shown, unless it repeats an error shown moments ago."""
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        key, is_known = _key(exc), _officer_message(exc) is not None
        repeated = self._seen_recently(key)
        if is_known:
            log.info("shown to the officer: %s", exc_type.__qualname__)
        elif repeated:
            log.error("the same error again: %s", exc_type.__qualname__)
        else:
            log.error("unhandled error", exc_info=(exc_type, exc, tb))
        if not repeated:
            details = None if is_known else f"{_system_summary()}\n\n{_format(exc_type, exc, tb)}"
            self._incident.emit(_Incident(exc, key, details))

    def _seen_recently(self, key: tuple[object, ...]) -> bool:
        now = self._clock()
        with self._lock:
            last = self._last_seen.get(key)
            self._last_seen[key] = now
        return last is not None and now - last < BURST_SECONDS

    @Slot(object)
    def _present(self, incident: _Incident) -> None:
        shown = self._open.get(incident.key)
        if shown is not None and shiboken6.isValid(shown) and shown.isVisible():
            return  # still on screen from the start of this burst
        parent = self._parent_getter()
        if incident.details is None:
            dialog = self._presenter.known(parent, _officer_message(incident.exc) or "")
        else:
            dialog = self._presenter.bug(parent, incident.details, self.log_file)
        self._open[incident.key] = dialog
        dialog.finished.connect(lambda _result: self._open.pop(incident.key, None))

    def open_dialogs(self) -> list[QDialog]:
        """The dialogs this handler has on screen (for tests and for closing them at exit)."""
        return [d for d in self._open.values() if shiboken6.isValid(d) and d.isVisible()]

    def install(self, log_handler: logging.Handler) -> None:
        """Take over both exception hooks and send app logging (INFO and up) to ``log_handler``."""
        self._previous = (sys.excepthook, threading.excepthook, logging.getLogger().level)
        self._log_handler = log_handler
        log_handler.setFormatter(logging.Formatter(_LOG_FORMAT))
        root = logging.getLogger()
        root.addHandler(log_handler)
        root.setLevel(logging.INFO)
        sys.excepthook = self.excepthook
        threading.excepthook = self.threading_excepthook

    def uninstall(self) -> None:
        """Give the hooks and the log level back and close the log file."""
        previous_hook, previous_thread_hook, previous_level = self._previous
        sys.excepthook, threading.excepthook = previous_hook, previous_thread_hook
        root = logging.getLogger()
        root.removeHandler(self._log_handler)
        root.setLevel(previous_level)
        self._log_handler.close()

    def excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if not isinstance(exc, Exception):  # KeyboardInterrupt, SystemExit: not ours to explain
            sys.__excepthook__(exc_type, exc, tb)
            return
        self.handle(exc_type, exc, tb)

    def threading_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or not isinstance(args.exc_value, Exception):
            threading.__excepthook__(args)
            return
        self.handle(args.exc_type, args.exc_value, args.exc_traceback)


def install_error_handlers(data_dir: Path, parent_getter: ParentGetter = QApplication.activeWindow,
                           presenter: Presenter | None = None) -> ErrorHandler:
    """Log to ``<data_dir>/logs/sangkien.log`` and explain uncaught exceptions; keep the result alive.

    Call on the GUI thread once the data folder exists; ``parent_getter`` picks the window the
    dialogs belong to (default: the active one).
    """
    log_handler, log_file = _open_log(data_dir)
    handler = ErrorHandler(log_file, parent_getter, presenter)
    handler.install(log_handler)
    log.info("%s %s started; data folder %s", APP_TITLE, __version__, data_dir)
    return handler


def _format(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    return "".join(traceback.format_exception(exc_type, exc, tb))
