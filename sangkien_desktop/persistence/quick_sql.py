"""The statements of the start-up reader (``quick_start``), compiled from the services' own builders.

The desktop app paints its first page of rows before SQLAlchemy is loaded (half of a cold start).
It cannot build queries then, so it runs these texts with the standard library's sqlite3: the same
statements the repositories run for the registry's first page, compiled to SQLite SQL once by
``scripts/build_forms.py`` into ``quick_sql_compiled.py`` (a test fails when that file is stale).
Only the natural order and the keyed orders are served this way; grouped orders need Python
between their statements and wait for the services.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import sqlite

from sangkien_desktop.domain.registry_sort import KEYED, RegistrySort, SortColumn

from .live_count import live_count_select
from .models import Employer, Initiative, SyncState, UnionUnit
from .officers import SIGN_IN_CHOICES
from .registry_query import keyed_order, ordered
from .repositories import VIEWS_BY_PKS

__all__ = ["quick_sorts", "render_module"]

COMPILED_MODULE = "quick_sql_compiled.py"


def quick_sorts() -> list[RegistrySort]:
    """Every order the start-up reader serves: newest first and each keyed column both ways."""
    keyed = sorted(KEYED, key=list(SortColumn).index)
    return [RegistrySort(), *(RegistrySort(c, d) for c in keyed for d in (False, True))]


Statement = tuple[str, dict[str, Any]]  # SQL text with named parameters, the fixed ones' values


def _sql(statement: Any) -> Statement:
    compiled = statement.compile(dialect=sqlite.dialect(paramstyle="named"))
    fixed = {name: value for name, value in compiled.params.items() if value is not None}
    return str(compiled), fixed


def _first_pks(sort: RegistrySort) -> Statement:
    live = sa.select(Initiative.pk).where(Initiative.deleted_at.is_(None))
    return _sql(ordered(live, keyed_order(sort)).limit(sa.bindparam("limit")))


def _office_title() -> Statement:
    return _sql(
        sa.select(UnionUnit.full_name, UnionUnit.short_name, Employer.name)
        .join(Employer, Employer.id == UnionUnit.employer_id)
        .where(UnionUnit.deleted_at.is_(None))
        .order_by(UnionUnit.pk)
        .limit(1)
    )


def _converters(statement: Any) -> tuple[str | None, ...]:
    return tuple(_converter(column) for column in statement.selected_columns)


def _converter(column: Any) -> str | None:
    """How the reader turns a raw SQLite value of ``column`` into what SQLAlchemy would return."""
    kind = column.type
    if isinstance(kind, sa.Enum) and kind.enum_class is not None:
        return f"enum:{kind.enum_class.__name__}"
    if isinstance(kind, sa.DateTime):
        return "datetime"
    if isinstance(kind, sa.Date):
        return "date"
    if isinstance(kind, sa.Boolean):
        return "bool"
    return None


def render_module() -> str:
    """The text of ``quick_sql_compiled.py``."""
    lines = [
        "# GENERATED from persistence/quick_sql.py by scripts/build_forms.py – do not edit.",
        '"""SQL of the start-up reader: the repositories\' statements compiled for SQLite, each with the',
        'values of its fixed parameters."""',
        "",
        "Statement = tuple[str, dict[str, object]]",
        "",
        f"COUNT_LIVE: Statement = {_sql(live_count_select())!r}",
        f"VIEWS_BY_PKS: Statement = {_sql(VIEWS_BY_PKS)!r}",
        f"VIEW_CONVERTERS: tuple[str | None, ...] = {_converters(VIEWS_BY_PKS)!r}",
        f"SIGN_IN_CHOICES: Statement = {_sql(SIGN_IN_CHOICES)!r}",
        f"SIGN_IN_CONVERTERS: tuple[str | None, ...] = {_converters(SIGN_IN_CHOICES)!r}",
        f"OFFICE_TITLE: Statement = {_office_title()!r}",
        f"PENDING: Statement = {_sql(sa.select(SyncState.unsettled_ops))!r}",
        "FIRST_PKS: dict[str, Statement] = {",
        *(f"    {sort.name!r}: {_first_pks(sort)!r}," for sort in quick_sorts()),
        "}",
        "",
    ]
    return "\n".join(lines)
