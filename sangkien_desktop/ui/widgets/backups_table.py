"""The table of backup archives shown by the recovery screen and the Backups dialog."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from sangkien_desktop.domain.backups import BackupInfo
from sangkien_desktop.domain.text import format_number
from sangkien_desktop.ui.labels import enum_label

__all__ = ["fill_backups_table", "selected_backup"]


def fill_backups_table(table: QTableWidget, backups: Sequence[BackupInfo]) -> None:
    """Newest first, as given; the first row selected."""
    table.setRowCount(len(backups))
    for row, backup in enumerate(backups):
        cells = [backup.created_at.astimezone().strftime("%d/%m/%Y %H:%M"), enum_label(backup.kind),
                 format_number(backup.initiatives), _size(backup.size_bytes)]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if column >= 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)
    table.resizeColumnsToContents()
    if backups:
        table.selectRow(0)


def selected_backup(table: QTableWidget, backups: Sequence[BackupInfo]) -> BackupInfo | None:
    rows = table.selectionModel().selectedRows()
    return backups[rows[0].row()] if rows and rows[0].row() < len(backups) else None


def _size(size: int) -> str:
    megabytes = size / 1024 / 1024
    return f"{format_number(round(megabytes))} MB" if megabytes >= 1 else "< 1 MB"
