"""Lazy table models of the audit page (change log entries) and the trash page (deleted records).

Times are stored in UTC and shown in the computer's local time.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from sangkien_desktop.domain.audit import AuditRow, TrashItem, local_time_text
from sangkien_desktop.ui.dialogs.editor_history import action_text
from sangkien_desktop.ui.models.lazy_table import ITEM_ROLE, LOADING_TEXT, LazyTableModel

__all__ = ["ITEM_ROLE", "LOADING_TEXT", "AuditColumn", "AuditTableModel", "TrashColumn", "TrashTableModel"]


class AuditColumn(IntEnum):
    TIME = 0
    OFFICER = 1
    ACTION = 2
    ENTITY = 3
    RECORD = 4
    FIELD = 5
    OLD = 6
    NEW = 7


_AUDIT_HEADERS = {
    AuditColumn.TIME: QT_TRANSLATE_NOOP("AuditTable", "Time"),
    AuditColumn.OFFICER: QT_TRANSLATE_NOOP("AuditTable", "Officer"),
    AuditColumn.ACTION: QT_TRANSLATE_NOOP("AuditTable", "Change"),
    AuditColumn.ENTITY: QT_TRANSLATE_NOOP("AuditTable", "Record type"),
    AuditColumn.RECORD: QT_TRANSLATE_NOOP("AuditTable", "Record"),
    AuditColumn.FIELD: QT_TRANSLATE_NOOP("AuditTable", "Field"),
    AuditColumn.OLD: QT_TRANSLATE_NOOP("AuditTable", "Before"),
    AuditColumn.NEW: QT_TRANSLATE_NOOP("AuditTable", "After"),
}


def system_name() -> str:
    """Who made a change without a signed-in officer (the command line, the program itself)."""
    return QCoreApplication.translate("AuditTable", "(system)")


def audit_text(row: AuditRow, column: AuditColumn) -> str | None:
    match column:
        case AuditColumn.TIME:
            return local_time_text(row.at)
        case AuditColumn.OFFICER:
            return row.officer_name or system_name()
        case AuditColumn.ACTION:
            return action_text(row.action)
        case AuditColumn.ENTITY:
            return row.entity_label
        case AuditColumn.RECORD:
            return row.record_label
        case AuditColumn.FIELD:
            return row.field_label
        case AuditColumn.OLD:
            return row.old_value
        case AuditColumn.NEW:
            return row.new_value


class AuditTableModel(LazyTableModel[AuditRow]):
    """Read-only rows of ``AuditRow`` (see ``LazyTableModel``); Display and ToolTip give the text."""

    COLUMN_COUNT = len(AuditColumn)
    LOADING_COLUMN = AuditColumn.TIME

    def cell(self, item: AuditRow, column: int, role: int) -> Any:
        return audit_text(item, AuditColumn(column))

    def header_text(self, column: int) -> str:
        return QCoreApplication.translate("AuditTable", str(_AUDIT_HEADERS[AuditColumn(column)]))


class TrashColumn(IntEnum):
    DELETED_AT = 0
    DELETED_BY = 1
    ENTITY = 2
    RECORD = 3


_TRASH_HEADERS = {
    TrashColumn.DELETED_AT: QT_TRANSLATE_NOOP("TrashTable", "Deleted at"),
    TrashColumn.DELETED_BY: QT_TRANSLATE_NOOP("TrashTable", "Deleted by"),
    TrashColumn.ENTITY: QT_TRANSLATE_NOOP("TrashTable", "Record type"),
    TrashColumn.RECORD: QT_TRANSLATE_NOOP("TrashTable", "Record"),
}


def trash_text(item: TrashItem, column: TrashColumn) -> str:
    match column:
        case TrashColumn.DELETED_AT:
            return local_time_text(item.deleted_at)
        case TrashColumn.DELETED_BY:
            return item.deleted_by or system_name()
        case TrashColumn.ENTITY:
            return item.entity_label
        case TrashColumn.RECORD:
            return item.label


class TrashTableModel(LazyTableModel[TrashItem]):
    """Read-only rows of ``TrashItem`` (see ``LazyTableModel``)."""

    COLUMN_COUNT = len(TrashColumn)
    LOADING_COLUMN = TrashColumn.DELETED_AT

    def cell(self, item: TrashItem, column: int, role: int) -> Any:
        return trash_text(item, TrashColumn(column))

    def header_text(self, column: int) -> str:
        return QCoreApplication.translate("TrashTable", str(_TRASH_HEADERS[TrashColumn(column)]))
