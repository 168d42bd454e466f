"""Opens initiative editors for the registry: one window per initiative, any number of new ones.

Asking for an initiative whose editor is already open brings that window forward instead of
opening a second copy (two windows on one record would only lead to a conflict on save). A closed
editor is deleted. ``saved(initiative_id)`` relays every editor's saves, so the registry can reload.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from sangkien_desktop.services.container import Services
    from sangkien_desktop.ui.dialogs.editor_prompts import Prompts
    from sangkien_desktop.ui.dialogs.initiative_editor import InitiativeEditor
    from sangkien_desktop.ui.tasks import Runner
    from sangkien_desktop.ui.widgets.attachments_panel import OpenUrl

__all__ = ["EditorLauncher"]


class EditorLauncher(QObject):
    """Creates and tracks editors; ``window()`` gives the window they belong to (their parent)."""

    saved = Signal(str)
    opened = Signal(object)  # the InitiativeEditor just created

    def __init__(self, services: Services, runner: Runner, window: Callable[[], QWidget | None],
                 prompts: Prompts | None = None, open_url: OpenUrl = QDesktopServices.openUrl,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._runner = runner
        self._window = window
        self._prompts = prompts
        self._open_url = open_url
        self._editors: list[InitiativeEditor] = []

    def editors(self) -> list[InitiativeEditor]:
        """The editors open now, oldest first."""
        return list(self._editors)

    def open(self, initiative_id: str) -> InitiativeEditor:
        """The editor of ``initiative_id``: the open one brought forward, or a new window."""
        for editor in self._editors:
            if editor.initiative_id == initiative_id:
                editor.show()
                editor.raise_()
                editor.activateWindow()
                return editor
        return self._create(initiative_id)

    def open_new(self) -> InitiativeEditor:
        """A new window for a new initiative."""
        return self._create(None)

    def close_all(self) -> bool:
        """Close every editor, each asking about its unsaved changes; False if any stays open
        (the officer cancelled, or its save is still running)."""
        for editor in self.editors():
            editor.close()
        return not any(editor.isVisible() for editor in self._editors)

    def _create(self, initiative_id: str | None) -> InitiativeEditor:
        # Imported at the first opening: the editor's modules are not needed to show the registry.
        from sangkien_desktop.ui.dialogs.initiative_editor import InitiativeEditor

        editor = InitiativeEditor(self._services, self._runner, initiative_id, self._window(), self._prompts,
                                  self._open_url)
        self._editors.append(editor)
        editor.saved.connect(self.saved)
        editor.finished.connect(partial(self._closed, editor))
        editor.show()
        self.opened.emit(editor)
        return editor

    def _closed(self, editor: InitiativeEditor, _result: int) -> None:
        if editor in self._editors:
            self._editors.remove(editor)
            editor.deleteLater()
