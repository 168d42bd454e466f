"""Uncaught exceptions: a message for known and environmental errors, an apology and a log for bugs."""

from __future__ import annotations

import errno
import logging
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from sangkien_desktop.domain.errors import FieldProblem, StoreLockedError, ValidationError
from sangkien_desktop.ui.errors import BugDialog, ErrorHandler, environment_message, install_error_handlers
from sangkien_desktop.ui.tasks import TaskRunner

WAIT_MS = 3000
DISK_FULL = "Ổ đĩa đã đầy nên không ghi được dữ liệu. Hãy giải phóng bớt dung lượng trên ổ đĩa rồi thử lại."


@pytest.fixture
def handler(tmp_path: Path) -> Iterator[ErrorHandler]:
    # Installed after pytest-qt's own hook and removed before it checks for uncaught exceptions.
    installed = install_error_handlers(tmp_path, parent_getter=lambda: None)
    yield installed
    for dialog in installed.open_dialogs():
        dialog.close()
    installed.uninstall()


def log_text(handler: ErrorHandler) -> str:
    assert handler.log_file is not None
    return handler.log_file.read_text(encoding="utf-8")


def raise_in_slot(qtbot: QtBot, error: Callable[[], Exception]) -> None:
    """Raise ``error()`` inside a Qt slot, as a bug in a click handler would."""
    button = QPushButton()
    qtbot.addWidget(button)

    def broken_slot() -> None:
        raise error()

    button.clicked.connect(broken_slot)
    button.click()


def bug_dialogs() -> list[BugDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, BugDialog) and w.isVisible()]


def message_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_a_bug_in_a_slot_is_logged_with_its_traceback_and_apologised_for(qtbot: QtBot, handler: ErrorHandler,
                                                                         tmp_path: Path) -> None:
    raise_in_slot(qtbot, lambda: ZeroDivisionError("chia cho 0"))
    qtbot.waitUntil(lambda: len(bug_dialogs()) == 1, timeout=WAIT_MS)
    (dialog,) = bug_dialogs()
    logged = log_text(handler)
    assert "Traceback (most recent call last)" in logged
    assert "ZeroDivisionError: chia cho 0" in logged
    assert "broken_slot" in logged
    assert message_boxes() == []

    assert dialog.windowTitle() == "Lỗi chương trình"
    assert dialog.ui.headingLabel.text() == "Rất tiếc, chương trình gặp lỗi."
    assert dialog.ui.logPathEdit.text() == str(handler.log_file)
    assert handler.log_file == tmp_path / "logs" / "sangkien.log"
    assert "ZeroDivisionError: chia cho 0" in dialog.ui.detailsEdit.toPlainText()
    assert dialog.ui.detailsEdit.isHidden()
    dialog.ui.detailsButton.click()
    assert dialog.ui.detailsEdit.isVisible()
    dialog.ui.copyButton.click()
    assert "ZeroDivisionError: chia cho 0" in QApplication.clipboard().text()
    assert dialog.ui.copyButton.text() == "Đã sao chép"
    dialog.grab().save("/tmp/bug_dialog.png")


def test_a_known_error_shows_its_message_and_writes_no_traceback(qtbot: QtBot, handler: ErrorHandler) -> None:
    problem = FieldProblem("title", "Tên sáng kiến", "không được để trống")
    raise_in_slot(qtbot, lambda: ValidationError([problem]))
    qtbot.waitUntil(lambda: len(message_boxes()) == 1, timeout=WAIT_MS)
    (box,) = message_boxes()
    assert box.text() == "Tên sáng kiến: không được để trống"
    assert box.icon() == QMessageBox.Icon.Warning
    assert bug_dialogs() == []
    logged = log_text(handler)
    assert "ValidationError" in logged
    assert "Traceback" not in logged
    box.grab().save("/tmp/known_error.png")


def test_a_full_disk_is_explained_not_reported_as_a_bug(qtbot: QtBot, handler: ErrorHandler) -> None:
    raise_in_slot(qtbot, lambda: OSError(errno.ENOSPC, "No space left on device", "/du-lieu/sangkien.db"))
    qtbot.waitUntil(lambda: len(message_boxes()) == 1, timeout=WAIT_MS)
    (box,) = message_boxes()
    assert box.text() == f"{DISK_FULL}\n\nTệp: /du-lieu/sangkien.db"
    assert bug_dialogs() == []
    assert "Traceback" not in log_text(handler)


def test_a_burst_of_identical_errors_shows_one_dialog(qtbot: QtBot, handler: ErrorHandler) -> None:
    button = QPushButton()
    qtbot.addWidget(button)
    button.clicked.connect(lambda: 1 // 0)
    for _ in range(3):
        button.click()
    raise_in_slot(qtbot, lambda: StoreLockedError("Dữ liệu đang được mở bởi chương trình khác"))
    raise_in_slot(qtbot, lambda: StoreLockedError("Dữ liệu đang được mở bởi chương trình khác"))
    qtbot.waitUntil(lambda: len(bug_dialogs()) == 1 and len(message_boxes()) == 1, timeout=WAIT_MS)
    qtbot.wait(50)
    assert len(bug_dialogs()) == 1
    assert len(message_boxes()) == 1
    logged = log_text(handler)
    assert logged.count("Traceback") == 1
    assert logged.count("the same error again: ZeroDivisionError") == 2


def test_an_error_in_another_thread_is_shown_on_the_gui_thread(qtbot: QtBot, handler: ErrorHandler) -> None:
    def worker() -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(message_boxes()) == 1, timeout=WAIT_MS)
    assert message_boxes()[0].text().startswith("Ổ đĩa hoặc thư mục chỉ cho phép đọc")


def test_a_failed_background_op_without_on_failure_reaches_the_apology(qtbot: QtBot,
                                                                       handler: ErrorHandler) -> None:
    def op() -> None:
        raise LookupError("không thấy")

    runner = TaskRunner()
    try:
        runner.run(op)
        qtbot.waitUntil(lambda: len(bug_dialogs()) == 1, timeout=WAIT_MS)
    finally:
        runner.shutdown()
    assert "LookupError: không thấy" in bug_dialogs()[0].ui.detailsEdit.toPlainText()


def test_app_logging_goes_to_the_file_at_info(handler: ErrorHandler) -> None:
    logging.getLogger("sangkien_desktop.test").info("đã mở kho dữ liệu")
    logging.getLogger("sangkien_desktop.test").debug("quá chi tiết")
    logged = log_text(handler)
    assert "INFO" in logged
    assert "đã mở kho dữ liệu" in logged
    assert "quá chi tiết" not in logged


def test_uninstall_gives_the_hooks_back(tmp_path: Path) -> None:
    before = (sys.excepthook, threading.excepthook, logging.getLogger().level)
    installed = install_error_handlers(tmp_path)
    assert sys.excepthook == installed.excepthook
    installed.uninstall()
    assert (sys.excepthook, threading.excepthook, logging.getLogger().level) == before


def chained(outer: Exception, inner: Exception) -> Exception:
    try:
        raise inner
    except Exception as cause:
        try:
            raise outer from cause
        except Exception as raised:
            return raised


@pytest.mark.parametrize(("exc", "start"), [
    (OSError(errno.ENOSPC, "No space left on device"), "Ổ đĩa đã đầy"),
    (OSError(errno.EDQUOT, "Disk quota exceeded"), "Ổ đĩa đã đầy"),
    (PermissionError(errno.EACCES, "Permission denied"), "Chương trình không có quyền"),
    (chained(RuntimeError("(sqlite3.OperationalError) database or disk is full"),
             sqlite3.OperationalError("database or disk is full")), "Ổ đĩa đã đầy"),
    (chained(RuntimeError("commit failed"), sqlite3.OperationalError("attempt to write a readonly database")),
     "Ổ đĩa hoặc thư mục chỉ cho phép đọc"),
])
def test_environmental_errors_are_recognised_through_the_chain(qtbot: QtBot, exc: Exception,
                                                               start: str) -> None:
    message = environment_message(exc)
    assert message is not None
    assert message.startswith(start)


@pytest.mark.parametrize("exc", [FileNotFoundError(errno.ENOENT, "No such file"), ValueError("x"),
                                 sqlite3.OperationalError("no such table: initiative")])
def test_other_errors_are_not_environmental(qtbot: QtBot, exc: Exception) -> None:
    assert environment_message(exc) is None
