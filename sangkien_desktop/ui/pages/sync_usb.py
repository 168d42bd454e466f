"""Delivery by USB stick from the Đồng bộ page (SYNC.md §9): the waiting changes written to a
``.skbatch`` file, and the server's ``.skack`` answers to it loaded back. The files are chosen in
dialogs; the work runs on the db lane; the page shows the result and reads the figures again."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.sync import AckFileSummary
from sangkien_desktop.domain.text import format_number
from sangkien_desktop.ui.i18n import arg
from sangkien_desktop.ui.tasks import Runner

if TYPE_CHECKING:
    from sangkien_desktop.services.sync import SyncService


class UsbDelivery(QObject):
    """``finished(message, ok)`` after each file, for the page's message line."""

    finished = Signal(str, bool)

    def __init__(self, sync: SyncService, runner: Runner, parent: QWidget) -> None:
        super().__init__(parent)
        self._sync = sync
        self._runner = runner
        self._parent = parent

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self._parent, self.tr("Write the waiting changes to a file"),
                                              "sangkien.skbatch", self.tr("Delivery files (*.skbatch)"))
        if path:
            self.export_to(Path(path if path.endswith(".skbatch") else f"{path}.skbatch"))

    def choose_ack(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self._parent, self.tr("Load the acknowledgement file"), "",
                                              self.tr("Acknowledgement files (*.skack)"))
        if path:
            self.load_ack(Path(path))

    def export_to(self, path: Path) -> None:
        self._runner.run(partial(self._sync.export_file, path), lane="db",
                         on_success=partial(self._exported, path), on_failure=self._failed)

    def load_ack(self, path: Path) -> None:
        self._runner.run(partial(self._sync.load_ack_file, path), lane="db",
                         on_success=partial(self._loaded, path), on_failure=self._failed)

    def _exported(self, path: Path, ops: int) -> None:
        text = self.tr("Wrote %1 changes to %2. Take the file to the higher-level union; the changes are "
                       "still sent over the network later without being counted twice.")
        self.finished.emit(arg(text, format_number(ops), str(path)), True)

    def _loaded(self, path: Path, summary: AckFileSummary) -> None:
        template = self.tr("Loaded %1: %2 batches confirmed by the server (%3 changes), %4 confirmed before.")
        text = arg(template, path.name, format_number(summary.applied), format_number(summary.acked_ops),
                   format_number(summary.already_settled))
        if summary.attention_ops:
            text += " " + arg(self.tr("%1 changes were not accepted: see “Needs attention”."),
                              format_number(summary.attention_ops))
        self.finished.emit(text, summary.attention_ops == 0)

    def _failed(self, exc: Exception) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        self.finished.emit(exc.message, False)
