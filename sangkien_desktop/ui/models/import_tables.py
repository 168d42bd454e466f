"""The import wizard's two tables: the problems found (row, column, kind, message) and the rows that
would be imported, as the registry would show them. Read-only; the plan caps both lists."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from sangkien_desktop.domain.importing import PreviewRow, ProblemKind, RowProblem
from sangkien_desktop.domain.text import format_date, format_money
from sangkien_desktop.ui.labels import enum_label
from sangkien_desktop.ui.models.alignment import LEFT, RIGHT

__all__ = ["PreviewColumn", "PreviewModel", "ProblemColumn", "ProblemsModel", "problem_kind_text"]

_CONTEXT = "ImportTables"
Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")

_KIND_TEXT = {
    ProblemKind.ERROR: QT_TRANSLATE_NOOP("ImportTables", "Error"),
    ProblemKind.DUPLICATE: QT_TRANSLATE_NOOP("ImportTables", "Duplicate"),
    ProblemKind.WARNING: QT_TRANSLATE_NOOP("ImportTables", "Note"),
}
_KIND_COLOUR = {
    ProblemKind.ERROR: "#b3261e",
    ProblemKind.DUPLICATE: "#8a5a00",
    ProblemKind.WARNING: "#555555",
}


def problem_kind_text(kind: ProblemKind) -> str:
    return QCoreApplication.translate(_CONTEXT, str(_KIND_TEXT[kind]))


class ProblemColumn(IntEnum):
    ROW = 0
    COLUMN = 1
    KIND = 2
    MESSAGE = 3


class PreviewColumn(IntEnum):
    ROW = 0
    CODE = 1
    TITLE = 2
    AUTHORS = 3
    KIND = 4
    APPLIED = 5
    BENEFIT = 6
    STATUS = 7


_PROBLEM_HEADERS = (
    QT_TRANSLATE_NOOP("ImportTables", "Row"),
    QT_TRANSLATE_NOOP("ImportTables", "Column"),
    QT_TRANSLATE_NOOP("ImportTables", "Kind"),
    QT_TRANSLATE_NOOP("ImportTables", "Message"),
)
_PREVIEW_HEADERS = (
    QT_TRANSLATE_NOOP("ImportTables", "Row"),
    QT_TRANSLATE_NOOP("ImportTables", "Code"),
    QT_TRANSLATE_NOOP("ImportTables", "Title"),
    QT_TRANSLATE_NOOP("ImportTables", "Authors"),
    QT_TRANSLATE_NOOP("ImportTables", "Kind"),
    QT_TRANSLATE_NOOP("ImportTables", "First applied"),
    QT_TRANSLATE_NOOP("ImportTables", "Benefit"),
    QT_TRANSLATE_NOOP("ImportTables", "Status"),
)


class _ReadOnlyTable(QAbstractTableModel, Generic[T]):
    """Rows of frozen data, replaced as a whole; Display, ToolTip and TextAlignment roles."""

    def __init__(self, headers: Sequence[object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = tuple(str(h) for h in headers)
        self._rows: tuple[T, ...] = ()

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def item(self, row: int) -> T:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(self._headers):
            return QCoreApplication.translate(_CONTEXT, self._headers[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((RIGHT if index.column() in self._right_columns() else LEFT).value)
        return self._other(row, index.column(), role)

    def _text(self, row: T, column: int) -> str:
        raise NotImplementedError

    def _right_columns(self) -> tuple[int, ...]:
        return (0,)

    def _other(self, row: T, column: int, role: int) -> Any:
        return None


class ProblemsModel(_ReadOnlyTable[RowProblem]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_PROBLEM_HEADERS, parent)

    def _text(self, row: RowProblem, column: int) -> str:
        texts: dict[int, Callable[[], str]] = {
            ProblemColumn.ROW: lambda: str(row.row),
            ProblemColumn.COLUMN: lambda: row.column,
            ProblemColumn.KIND: lambda: problem_kind_text(row.kind),
            ProblemColumn.MESSAGE: lambda: row.message,
        }
        return texts[column]()

    def _other(self, row: RowProblem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == ProblemColumn.KIND:
            return QColor(_KIND_COLOUR[row.kind])
        return None


class PreviewModel(_ReadOnlyTable[PreviewRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(_PREVIEW_HEADERS, parent)

    def _right_columns(self) -> tuple[int, ...]:
        return (PreviewColumn.ROW, PreviewColumn.BENEFIT)

    def _text(self, row: PreviewRow, column: int) -> str:
        view = row.initiative
        match column:
            case PreviewColumn.ROW:
                return str(row.row)
            case PreviewColumn.CODE:
                return view.code
            case PreviewColumn.TITLE:
                return view.title
            case PreviewColumn.AUTHORS:
                return "; ".join(a.full_name for a in view.authors)
            case PreviewColumn.KIND:
                return enum_label(view.kind)
            case PreviewColumn.APPLIED:
                return format_date(view.first_applied_on) if view.first_applied_on else ""
            case PreviewColumn.BENEFIT:
                return _benefit(view.benefit_vnd, view.benefit_not_quantifiable)
            case _:
                return enum_label(view.status)


def _benefit(value: int | None, not_quantifiable: bool) -> str:
    if not_quantifiable:
        return QCoreApplication.translate("ImportTables", "Not quantifiable")
    return format_money(value) if value is not None else ""
