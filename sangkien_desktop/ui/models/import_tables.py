"""The import wizard's two tables: the problems found (row, column, kind, message) and the rows that
would be imported, as the registry would show them. Read-only lists replaced as a whole
(``ItemListModel``); the plan caps both."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from sangkien_desktop.domain.importing import PreviewRow, ProblemKind, RowProblem
from sangkien_desktop.domain.text import format_date, format_money
from sangkien_desktop.ui.labels import enum_label
from sangkien_desktop.ui.models.alignment import LEFT, RIGHT
from sangkien_desktop.ui.models.item_list import ITEM_ROLE, ItemListModel
from sangkien_desktop.ui.models.lazy_table import AnyIndex

__all__ = ["PreviewColumn", "PreviewModel", "ProblemColumn", "ProblemsModel", "problem_kind_text"]

_CONTEXT = "ImportTables"

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


class ProblemsModel(ItemListModel[RowProblem]):
    """The problems found, in row order; the kind in its colour."""

    COLUMN_COUNT = len(ProblemColumn)

    def header_text(self, column: int) -> str:
        return QCoreApplication.translate(_CONTEXT, str(_PROBLEM_HEADERS[column]))

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return RIGHT if column == ProblemColumn.ROW else LEFT

    def cell(self, problem: RowProblem, column: int) -> str:
        match column:
            case ProblemColumn.ROW:
                return str(problem.row)
            case ProblemColumn.COLUMN:
                return problem.column
            case ProblemColumn.KIND:
                return problem_kind_text(problem.kind)
            case _:
                return problem.message

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == ProblemColumn.KIND:
            problem = super().data(index, ITEM_ROLE)
            return None if problem is None else QColor(_KIND_COLOUR[problem.kind])
        return super().data(index, role)


class PreviewModel(ItemListModel[PreviewRow]):
    """The rows that would be imported, as the registry would show them."""

    COLUMN_COUNT = len(PreviewColumn)

    def header_text(self, column: int) -> str:
        return QCoreApplication.translate(_CONTEXT, str(_PREVIEW_HEADERS[column]))

    def alignment(self, column: int) -> Qt.AlignmentFlag:
        return RIGHT if column in (PreviewColumn.ROW, PreviewColumn.BENEFIT) else LEFT

    def cell(self, row: PreviewRow, column: int) -> str:
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
