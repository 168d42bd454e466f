"""«Tải lên…» in the registry (DOMAIN.md §4.15): the officer's selected initiatives go to the upper union.

The officer confirms, ``submit`` runs on the db lane and a message box tells what went into the upload
batch and what was refused, with each reason. The boxes open window-modal with ``open()`` and stay
reachable as ``confirm_box`` / ``result_box``, so tests answer them like an officer would.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from sangkien_desktop.domain.enums import InitiativeStatus
from sangkien_desktop.domain.errors import KnownError, ValidationError
from sangkien_desktop.domain.text import format_number
from sangkien_desktop.ui.i18n import arg
from sangkien_desktop.ui.labels import enum_label

if TYPE_CHECKING:
    from sangkien_desktop.domain.submission import SubmitResult
    from sangkien_desktop.ui.tasks import Runner

__all__ = ["LISTED_AT_MOST", "SubmissionOps", "SubmitAction", "confirm_text", "failure_text", "result_text"]

# Refusals named in the box itself; a longer list (a whole page selected) goes to "Show Details…".
LISTED_AT_MOST = 10


class SubmissionOps(Protocol):
    """What the action needs of ``SubmissionService``."""

    def submit(self, keys: Sequence[str], officer_id: str | None = None) -> SubmitResult: ...


def title_text() -> str:
    return QCoreApplication.translate("SubmitAction", "Upload to the upper union")


def confirm_text(count: int) -> str:
    """The question before submitting ``count`` selected initiatives."""
    template = QCoreApplication.translate(
        "SubmitAction", "Upload the %1 selected initiatives to the upper union?\n\nOnly those in «%2» go. "
        "They are sent with the next sync and move to «%3» once the server confirms it has them.")
    return arg(template, format_number(count), enum_label(InitiativeStatus.SAN_SANG_TAI_LEN),
               enum_label(InitiativeStatus.DA_TAI_LEN))


def _listing(heading: str, lines: Sequence[str]) -> tuple[str, str]:
    """``heading`` and the first lines for the box; every line for its details when some were cut."""
    shown = "\n".join(f"• {line}" for line in lines[:LISTED_AT_MOST])
    text = f"{heading}\n{shown}"
    if len(lines) <= LISTED_AT_MOST:
        return text, ""
    more = arg(QCoreApplication.translate("SubmitAction", "…and %1 more (see the details)."),
               format_number(len(lines) - LISTED_AT_MOST))
    return f"{text}\n{more}", "\n".join(lines)


def result_text(result: SubmitResult) -> tuple[str, str]:
    """The box's text after a submission, and its details (empty unless the refusals were cut)."""
    done = arg(QCoreApplication.translate(
        "SubmitAction", "%1 initiatives were put in the upload batch. They are sent to the upper union with "
        "the next sync."), format_number(len(result.submitted)))
    if not result.refused:
        return done, ""
    heading = arg(QCoreApplication.translate("SubmitAction", "%1 initiatives were not uploaded:"),
                  format_number(len(result.refused)))
    listed, details = _listing(heading, [f"{refusal.code}: {refusal.reason}" for refusal in result.refused])
    return f"{done}\n\n{listed}", details


def failure_text(exc: KnownError) -> tuple[str, str]:
    """Why nothing was submitted (nothing was written), one line per initiative when known."""
    heading = QCoreApplication.translate("SubmitAction", "No initiative was uploaded:")
    if isinstance(exc, ValidationError) and exc.problems:
        return _listing(heading, [problem.message() for problem in exc.problems])
    return f"{heading}\n{exc.message}", ""


class SubmitAction(QObject):
    """Confirm, submit on the db lane, tell the result. ``submitted(count)`` follows a batch written."""

    submitted = Signal(int)

    def __init__(self, submissions: SubmissionOps, runner: Runner, parent: QWidget) -> None:
        super().__init__(parent)
        self._submissions = submissions
        self._runner = runner
        self._owner = parent
        self.confirm_box: QMessageBox | None = None
        self.result_box: QMessageBox | None = None

    def ask(self, initiative_ids: Sequence[str]) -> None:
        """Ask the officer before submitting ``initiative_ids``; Yes submits them."""
        if not initiative_ids:
            return
        keys = tuple(initiative_ids)  # the rows chosen now, whatever the registry shows meanwhile
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
        box = QMessageBox(QMessageBox.Icon.Question, title_text(), confirm_text(len(keys)), buttons,
                          self._owner)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(partial(self._answered, keys))
        box.open()
        self.confirm_box = box

    def _answered(self, keys: tuple[str, ...], button: int) -> None:
        if button == QMessageBox.StandardButton.Yes:
            self._runner.run(partial(self._submissions.submit, keys), lane="db",
                             on_success=self._submitted, on_failure=self._failed)

    def _submitted(self, result: SubmitResult) -> None:
        icon = QMessageBox.Icon.Warning if result.refused else QMessageBox.Icon.Information
        self._tell(icon, *result_text(result))
        self.submitted.emit(len(result.submitted))

    def _failed(self, exc: Exception) -> None:
        if not isinstance(exc, KnownError):
            raise exc  # a bug: the app's error handler reports it
        self._tell(QMessageBox.Icon.Warning, *failure_text(exc))

    def _tell(self, icon: QMessageBox.Icon, text: str, details: str) -> None:
        box = QMessageBox(icon, title_text(), text, QMessageBox.StandardButton.Ok, self._owner)
        if details:
            box.setDetailedText(details)
        box.open()
        self.result_box = box
