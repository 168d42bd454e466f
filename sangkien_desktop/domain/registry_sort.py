"""How the registry is ordered: by one column, ascending or descending; newest first by default.

Two kinds of order exist because of how they are paged on a large store (persistence/registry_query):
*keyed* columns have a sort key per row (code, title and lead author by the Vietnamese alphabet, dates,
money); *grouped* columns have few distinct values (status, kind, field, department), and their groups
are ordered here, in Python, by workflow order or by the Vietnamese alphabet of their labels.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from .enums import FieldCode, InitiativeStatus, SolutionKind
from .text import text_sort_key

__all__ = ["GROUPED", "KEYED", "RegistrySort", "SortColumn", "group_rank"]


class SortColumn(StrEnum):
    CODE = "code"
    TITLE = "title"
    LEAD_AUTHOR = "lead_author"
    DEPARTMENT = "department"
    KIND = "kind"
    FIELD = "field_code"
    STATUS = "status"
    FIRST_APPLIED = "first_applied_on"
    BENEFIT = "benefit"


KEYED = frozenset({SortColumn.CODE, SortColumn.TITLE, SortColumn.LEAD_AUTHOR, SortColumn.FIRST_APPLIED,
                   SortColumn.BENEFIT})
GROUPED = frozenset(SortColumn) - KEYED


@dataclass(frozen=True)
class RegistrySort:
    """``column=None`` is the registry's natural order: newest first."""

    column: SortColumn | None = None
    descending: bool = False

    @property
    def name(self) -> str:
        """"" for newest first, else "column:asc" or "column:desc" (kept in the window's settings)."""
        if self.column is None:
            return ""
        return f"{self.column.value}:{'desc' if self.descending else 'asc'}"

    @classmethod
    def from_name(cls, name: str) -> RegistrySort:
        """The sort ``name`` names; newest first for anything unknown (settings of another version)."""
        column, _, direction = name.partition(":")
        try:
            return cls(SortColumn(column), direction == "desc") if column else cls()
        except ValueError:
            return cls()


_STATUS_ORDER = {status: i for i, status in enumerate(InitiativeStatus)}  # declared in workflow order


GroupRank = Callable[[object], str]


def _ranked(keys: dict[object, str]) -> GroupRank:
    return lambda value: keys.get(value, "~")  # "~" sorts after every key: unknown values last


def _label_key(members: type[SolutionKind] | type[FieldCode]) -> GroupRank:
    return _ranked({member: text_sort_key(member.label) for member in members})


_GROUP_RANKS: dict[SortColumn, GroupRank] = {
    SortColumn.STATUS: _ranked({status: f"{i:03d}" for status, i in _STATUS_ORDER.items()}),
    SortColumn.KIND: _label_key(SolutionKind),
    SortColumn.FIELD: _label_key(FieldCode),
    # No department sorts first, like an empty cell in a spreadsheet's ascending sort.
    SortColumn.DEPARTMENT: lambda value: "" if value is None else text_sort_key(str(value)),
}


def group_rank(column: SortColumn) -> GroupRank:
    """Sort key for the stored values of a grouped column."""
    return _GROUP_RANKS[column]
