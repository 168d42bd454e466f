"""Lazy table model over persons (the people page), block-fetched like the registry."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from sangkien_desktop.domain.people import PersonView
from sangkien_desktop.domain.text import format_date, format_number
from sangkien_desktop.ui.labels import enum_label
from sangkien_desktop.ui.models.alignment import CENTER, LEFT, RIGHT
from sangkien_desktop.ui.models.lazy_table import ITEM_ROLE, LOADING_TEXT, LazyTableModel

__all__ = ["ITEM_ROLE", "LOADING_TEXT", "PeopleColumn", "PeopleTableModel", "display_text", "member_text"]

_CONTEXT = "PeopleTable"  # only for the headers; lupdate needs literal contexts elsewhere


class PeopleColumn(IntEnum):
    NAME = 0
    BIRTH_DATE = 1
    SEX = 2
    DEPARTMENT = 3
    JOB_TITLE = 4
    MEMBER = 5
    INITIATIVES = 6

    @property
    def header(self) -> str:
        return QCoreApplication.translate(_CONTEXT, str(_HEADERS[self]))

    @property
    def alignment(self) -> Qt.AlignmentFlag:
        if self == PeopleColumn.INITIATIVES:
            return RIGHT
        return CENTER if self == PeopleColumn.MEMBER else LEFT


_HEADERS = {
    PeopleColumn.NAME: QT_TRANSLATE_NOOP("PeopleTable", "Full name"),
    PeopleColumn.BIRTH_DATE: QT_TRANSLATE_NOOP("PeopleTable", "Date of birth"),
    PeopleColumn.SEX: QT_TRANSLATE_NOOP("PeopleTable", "Sex"),
    PeopleColumn.DEPARTMENT: QT_TRANSLATE_NOOP("PeopleTable", "Department"),
    PeopleColumn.JOB_TITLE: QT_TRANSLATE_NOOP("PeopleTable", "Job"),
    PeopleColumn.MEMBER: QT_TRANSLATE_NOOP("PeopleTable", "Union member"),
    PeopleColumn.INITIATIVES: QT_TRANSLATE_NOOP("PeopleTable", "Initiatives"),
}


def member_text(is_member: bool) -> str:
    return QCoreApplication.translate("PeopleTable", "Yes") if is_member else ""


def display_text(person: PersonView, column: PeopleColumn) -> str | None:
    """The text shown in one cell; None for an empty cell."""
    match column:
        case PeopleColumn.NAME:
            return person.full_name
        case PeopleColumn.BIRTH_DATE:
            return format_date(person.birth_date) if person.birth_date else None
        case PeopleColumn.SEX:
            return enum_label(person.sex)
        case PeopleColumn.DEPARTMENT:
            return person.department
        case PeopleColumn.JOB_TITLE:
            return person.job_title
        case PeopleColumn.MEMBER:
            return member_text(person.is_member) or None
        case PeopleColumn.INITIATIVES:
            return format_number(person.initiative_count)


class PeopleTableModel(LazyTableModel[PersonView]):
    """Read-only rows of ``PersonView`` (see ``LazyTableModel`` for queries, blocks and signals).

    Roles: Display (formatted text, "…" in the name while loading), ToolTip (the same text, for
    cells cut off by their column), TextAlignment (count right, member mark centred), ``ITEM_ROLE``.
    """

    COLUMN_COUNT = len(PeopleColumn)
    LOADING_COLUMN = PeopleColumn.NAME

    def cell(self, item: PersonView, column: int, role: int) -> Any:
        return display_text(item, PeopleColumn(column))

    def column_data(self, column: int, role: int) -> Any:
        return PeopleColumn(column).alignment if role == Qt.ItemDataRole.TextAlignmentRole else None

    def header_text(self, column: int) -> str:
        return PeopleColumn(column).header
