"""The attachments tab: files attached to a saved initiative (add, open with the system viewer, remove).

Every file operation runs on the db lane through ``AttachmentService``: adding copies the file into
the data folder (refused with the service's message when it is too large or unreadable), opening
asks for the stored file's path and hands it to the system viewer, removing tombstones the record.
A new initiative has no attachments until it has been saved once; the tab says so.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from sangkien_desktop.domain.enums import AttachmentKind
from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.text import format_number
from sangkien_desktop.ui.i18n import arg
from sangkien_desktop.ui.labels import enum_label
from sangkien_desktop.ui.tasks import Runner

__all__ = ["OWNER_TYPE", "AttachmentsPanel", "AttachmentsWidgets", "size_text"]

OWNER_TYPE = "initiative"
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
_FILE, _KIND, _SIZE = 0, 1, 2
OpenUrl = Callable[[QUrl], bool]


class AttachmentLike(Protocol):
    """What the panel shows of an attachment (``AttachmentView`` has it)."""

    @property
    def id(self) -> str: ...
    @property
    def file_name(self) -> str: ...
    @property
    def size_bytes(self) -> int: ...
    @property
    def kind(self) -> AttachmentKind: ...


class AttachmentStore(Protocol):
    """The part of ``AttachmentService`` the panel uses."""

    def attach(self, owner_type: str, owner_id: str, source: Path, kind: AttachmentKind,
               officer_id: str | None = None) -> Any: ...

    def remove(self, attachment_id: str, officer_id: str | None = None) -> None: ...

    def file_path(self, attachment_id: str) -> Path: ...


class ConfirmAndChoose(Protocol):
    def confirm_remove_attachment(self, parent: QWidget, file_name: str) -> bool: ...

    def choose_files(self, parent: QWidget) -> list[Path]: ...


@dataclass(frozen=True)
class AttachmentsWidgets:
    tree: QTreeWidget
    kind_combo: QComboBox
    add: QPushButton
    open: QPushButton
    remove: QPushButton
    hint_label: QLabel
    message_label: QLabel


def size_text(size_bytes: int) -> str:
    """"850 B", "12,4 KB", "3,5 MB" (Vietnamese decimal comma)."""
    if size_bytes < 1024:
        return f"{format_number(size_bytes)} B"
    if size_bytes < 1024 * 1024:
        return f"{format_number(Decimal(size_bytes) / 1024, 1)} KB"
    return f"{format_number(Decimal(size_bytes) / (1024 * 1024), 1)} MB"


class AttachmentsPanel(QObject):
    """Drives the attachments widgets for one initiative (none until it is saved)."""

    def __init__(self, widgets: AttachmentsWidgets, store: AttachmentStore, runner: Runner,
                 prompts: ConfirmAndChoose, open_url: OpenUrl = QDesktopServices.openUrl,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._w = widgets
        self._store = store
        self._runner = runner
        self._prompts = prompts
        self._open_url = open_url
        self._owner_id: str | None = None
        for kind in AttachmentKind:
            widgets.kind_combo.addItem(enum_label(kind), kind)
        widgets.kind_combo.setCurrentIndex(widgets.kind_combo.findData(AttachmentKind.KHAC))
        widgets.add.clicked.connect(self.add_files)
        widgets.open.clicked.connect(self.open_selected)
        widgets.remove.clicked.connect(self.remove_selected)
        widgets.tree.itemSelectionChanged.connect(self._update_buttons)
        widgets.tree.itemActivated.connect(self.open_selected)
        header = widgets.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(_FILE, QHeaderView.ResizeMode.Stretch)
        for column in (_KIND, _SIZE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.show_for(None, ())

    # -- state ------------------------------------------------------------------------------------

    def show_for(self, owner_id: str | None, attachments: Sequence[AttachmentLike]) -> None:
        """Show the files of initiative ``owner_id`` (None: not saved yet, nothing can be attached)."""
        self._owner_id = owner_id
        self._w.tree.clear()
        for attachment in attachments:
            self._append(attachment)
        self._w.hint_label.setVisible(owner_id is None)
        self._w.add.setEnabled(owner_id is not None)
        self._w.kind_combo.setEnabled(owner_id is not None)
        self._say("")
        self._update_buttons()

    def file_names(self) -> list[str]:
        tree = self._w.tree
        items = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
        return [item.text(_FILE) for item in items if item is not None]

    def message(self) -> str:
        return self._w.message_label.text()

    def _append(self, attachment: AttachmentLike) -> None:
        item = QTreeWidgetItem([attachment.file_name, enum_label(attachment.kind),
                                size_text(attachment.size_bytes)])
        item.setData(_FILE, ITEM_ROLE, attachment)
        item.setTextAlignment(_SIZE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._w.tree.addTopLevelItem(item)

    def _selected(self) -> tuple[QTreeWidgetItem, AttachmentLike] | None:
        items = self._w.tree.selectedItems()
        return (items[0], items[0].data(_FILE, ITEM_ROLE)) if items else None

    def _update_buttons(self) -> None:
        chosen = self._selected() is not None
        self._w.open.setEnabled(chosen)
        self._w.remove.setEnabled(chosen)

    def _say(self, text: str) -> None:
        self._w.message_label.setText(text)
        self._w.message_label.setVisible(bool(text))

    def _failed(self, exc: Exception) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        self._say(exc.message)

    # -- actions ----------------------------------------------------------------------------------

    def add_files(self) -> None:
        """Ask for files, then attach each one on the db lane (one failing does not stop the others)."""
        owner = self._owner_id
        if owner is None:
            return
        kind = AttachmentKind(self._w.kind_combo.currentData())  # Qt hands it back as its code
        self._say("")
        for path in self._prompts.choose_files(self._w.tree):
            op = partial(self._store.attach, OWNER_TYPE, owner, path, kind)
            self._runner.run(op, lane="db", on_success=partial(self._attached, owner),
                             on_failure=self._attach_failed)

    def _attached(self, owner: str, attachment: AttachmentLike) -> None:
        if owner == self._owner_id:
            self._append(attachment)

    def _attach_failed(self, exc: Exception) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        self._say("\n".join(filter(None, [self.message(), exc.message])))  # the message names the file

    def open_selected(self, *_args: object) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        self._runner.run(partial(self._store.file_path, chosen[1].id), lane="db",
                         on_success=partial(self._open_path, chosen[1].file_name), on_failure=self._failed)

    def _open_path(self, file_name: str, path: Path) -> None:
        self._say("")
        if not self._open_url(QUrl.fromLocalFile(str(path))):
            self._say(arg(self.tr("No program on this computer could open “%1”."), file_name))

    def remove_selected(self) -> None:
        chosen = self._selected()
        if chosen is None or not self._prompts.confirm_remove_attachment(self._w.tree, chosen[1].file_name):
            return
        item, attachment = chosen
        self._runner.run(partial(self._store.remove, attachment.id), lane="db",
                         on_success=partial(self._removed, item), on_failure=self._failed)

    def _removed(self, item: QTreeWidgetItem, _result: None) -> None:
        tree = self._w.tree
        index = tree.indexOfTopLevelItem(item)
        if index >= 0:
            tree.takeTopLevelItem(index)
        self._update_buttons()
