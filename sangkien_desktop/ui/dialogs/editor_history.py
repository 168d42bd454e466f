"""The history tab of the initiative editor: every saved change, newest first."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from sangkien_desktop.domain.audit import local_time_text

__all__ = ["action_text", "fill_history", "local_time_text"]


class HistoryLike(Protocol):
    """One row of ``InitiativeService.history`` (``domain.detail.HistoryEntry``)."""

    @property
    def at(self) -> datetime: ...
    @property
    def officer_name(self) -> str | None: ...
    @property
    def action(self) -> str: ...
    @property
    def field_label(self) -> str | None: ...
    @property
    def old_value(self) -> str | None: ...
    @property
    def new_value(self) -> str | None: ...


def action_text(action: str) -> str:
    match action:
        case "create":
            return QCoreApplication.translate("EditorHistory", "Created")
        case "update":
            return QCoreApplication.translate("EditorHistory", "Changed")
        case "status":
            return QCoreApplication.translate("EditorHistory", "Status changed")
        case "delete":
            return QCoreApplication.translate("EditorHistory", "Deleted")
        case "restore":
            return QCoreApplication.translate("EditorHistory", "Restored")
        case "purge":
            return QCoreApplication.translate("EditorHistory", "Purged")
    return action


def fill_history(tree: QTreeWidget, entries: Sequence[HistoryLike]) -> None:
    tree.clear()
    for entry in entries:
        row = [local_time_text(entry.at), entry.officer_name or "", action_text(entry.action),
               entry.field_label or "", entry.old_value or "", entry.new_value or ""]
        item = QTreeWidgetItem(row)
        for column, text in enumerate(row):
            item.setToolTip(column, text)
        tree.addTopLevelItem(item)
    header = tree.header()
    header.setStretchLastSection(False)
    for column in range(4):  # time, officer, change, field: short
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    for column in (4, 5):  # before and after share the rest; the tooltip holds long values whole
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
