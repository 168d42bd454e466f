"""The questions the initiative editor asks the officer, behind one small interface.

``Prompts`` is what the editor and its panels call; ``MessageBoxPrompts`` asks with Qt's standard
boxes (their buttons translated by Qt's translations and ours). Tests pass their own answers, so
no modal box ever waits for a click there.
"""

from __future__ import annotations

from enum import Enum, auto
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from sangkien_desktop.ui.i18n import arg

__all__ = ["MessageBoxPrompts", "Prompts", "UnsavedChoice", "unsaved_changes_box"]


class UnsavedChoice(Enum):
    SAVE = auto()
    DISCARD = auto()
    CANCEL = auto()


class Prompts(Protocol):
    def unsaved_changes(self, parent: QWidget) -> UnsavedChoice: ...

    def reload_after_conflict(self, parent: QWidget, message: str) -> bool: ...

    def confirm_remove_attachment(self, parent: QWidget, file_name: str) -> bool: ...

    def choose_files(self, parent: QWidget) -> list[Path]: ...


def unsaved_changes_box(parent: QWidget) -> QMessageBox:
    """"Save / Discard / Cancel", Save being the default (Enter) and Cancel the Esc answer."""
    title = QCoreApplication.translate("EditorPrompts", "Unsaved changes")
    text = QCoreApplication.translate("EditorPrompts",
                                      "This initiative has changes that are not saved yet. Save them?")
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return box


_CHOICES = {QMessageBox.StandardButton.Save: UnsavedChoice.SAVE,
            QMessageBox.StandardButton.Discard: UnsavedChoice.DISCARD}


class MessageBoxPrompts:
    """Asks with modal message boxes and the system's file dialog."""

    def unsaved_changes(self, parent: QWidget) -> UnsavedChoice:
        box = unsaved_changes_box(parent)
        answer = QMessageBox.StandardButton(box.exec())
        return _CHOICES.get(answer, UnsavedChoice.CANCEL)

    def reload_after_conflict(self, parent: QWidget, message: str) -> bool:
        question = arg(QCoreApplication.translate(
            "EditorPrompts", "%1\n\nLoad the saved version now? Your changes in this window will be lost."),
            message)
        title = QCoreApplication.translate("EditorPrompts", "Changed elsewhere")
        answer = QMessageBox.warning(parent, title, question,
                                     QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                     QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def confirm_remove_attachment(self, parent: QWidget, file_name: str) -> bool:
        question = arg(QCoreApplication.translate(
            "EditorPrompts", "Remove the attached file “%1” from this initiative?"), file_name)
        title = QCoreApplication.translate("EditorPrompts", "Remove attachment")
        answer = QMessageBox.question(parent, title, question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def choose_files(self, parent: QWidget) -> list[Path]:
        title = QCoreApplication.translate("EditorPrompts", "Attach files")
        names, _filter = QFileDialog.getOpenFileNames(parent, title)
        return [Path(name) for name in names]
