"""Opening an initiative editor in a test that asks nothing of the officer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from sangkien_desktop.services.container import Services
from sangkien_desktop.ui.dialogs.editor_prompts import UnsavedChoice
from sangkien_desktop.ui.dialogs.initiative_editor import InitiativeEditor
from sangkien_desktop.ui.tasks import InlineTaskRunner


class DiscardingPrompts:
    """No modal question in a test: unsaved changes left at the end are let go; nothing else is asked."""

    def unsaved_changes(self, parent: QWidget) -> UnsavedChoice:
        return UnsavedChoice.DISCARD

    def reload_after_conflict(self, parent: QWidget, message: str) -> bool:
        raise AssertionError(message)

    def confirm_remove_attachment(self, parent: QWidget, file_name: str) -> bool:
        raise AssertionError(file_name)

    def choose_files(self, parent: QWidget) -> list[Path]:
        raise AssertionError("no files chosen here")


def open_editor(qtbot: QtBot, services: Services, initiative_id: str | None = None,
                runner: InlineTaskRunner | None = None) -> InitiativeEditor:
    """The editor of ``initiative_id`` (None: a new record), shown, active and loaded."""
    editor = InitiativeEditor(services, runner or InlineTaskRunner(), initiative_id,
                              prompts=DiscardingPrompts())
    qtbot.addWidget(editor)
    editor.resize(900, 680)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    return editor
