"""One page of the registry in any order, cheaply at any depth of a million-row store.

* **Keyed** orders (code, title, lead author, date, money) walk the column's index, ties broken by
  the pk. SQLite's OFFSET steps over every skipped entry, so a page nearer the end is read from the
  end in the mirror order and turned round: no page walks more than half the rows.
* **Grouped** orders (status, kind, field, department) have few distinct values: the rows are
  counted per value (one pass over that column's index), the groups are ordered in Python
  (``domain.registry_sort.group_rank``), and the page is cut from the groups it spans, each read
  newest first through its ``(value, pk)`` index with the same mirror rule.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from sangkien_desktop.domain.registry_sort import GROUPED, RegistrySort, SortColumn, group_rank

from .models import Initiative

__all__ = ["RowSource", "keyed_order", "ordered", "sorted_pks"]

_KEY_COLUMNS: dict[SortColumn, Any] = {
    SortColumn.CODE: Initiative.code,
    SortColumn.TITLE: Initiative.title_sort_key,
    SortColumn.LEAD_AUTHOR: Initiative.lead_sort_key,
    SortColumn.FIRST_APPLIED: Initiative.first_applied_on,
    SortColumn.BENEFIT: Initiative.benefit_value,
}
_GROUP_COLUMNS: dict[SortColumn, Any] = {
    SortColumn.STATUS: Initiative.status,
    SortColumn.KIND: Initiative.kind,
    SortColumn.FIELD: Initiative.field_code,
    SortColumn.DEPARTMENT: Initiative.department,
}
assert set(_KEY_COLUMNS) | set(_GROUP_COLUMNS) == set(SortColumn)
assert set(_GROUP_COLUMNS) == GROUPED


@dataclass(frozen=True)
class RowSource:
    """The rows being paged: the initiative table (or an FTS match joined to it) and conditions."""

    from_clause: sa.FromClause
    where: tuple[sa.ColumnElement[bool] | sa.TextClause, ...]

    def select(self, *columns: Any) -> sa.Select[Any]:
        return sa.select(*columns).select_from(self.from_clause).where(*self.where)


def sorted_pks(session: Session, source: RowSource, total: int, sort: RegistrySort,
               limit: int, offset: int) -> list[int]:
    """Pks of rows ``offset`` to ``offset + limit`` of ``source`` (``total`` rows) in ``sort`` order."""
    if offset >= total or limit <= 0:
        return []
    if sort.column in GROUPED:
        return _grouped(session, source, sort, limit, offset)
    return _window(session, source.select(Initiative.pk), keyed_order(sort), total, limit, offset)


def keyed_order(sort: RegistrySort) -> list[tuple[Any, bool]]:
    """(column, ascending) pairs of a keyed order or the natural one; ties broken by the pk."""
    assert sort.column not in GROUPED
    if sort.column is None:
        return [(Initiative.pk, False)]  # newest first
    ascending = not sort.descending
    return [(_KEY_COLUMNS[sort.column], ascending), (Initiative.pk, ascending)]


def ordered(query: sa.Select[Any], order: Sequence[tuple[Any, bool]],
            mirrored: bool = False) -> sa.Select[Any]:
    """``query`` in ``order``, or in its mirror image (to read a page from the far end)."""
    return query.order_by(*(
        (column.asc() if ascending != mirrored else column.desc()) for column, ascending in order
    ))


def _window(session: Session, query: sa.Select[Any], order: Sequence[tuple[Any, bool]], rows: int,
            limit: int, offset: int) -> list[int]:
    """Rows ``offset…`` of ``query`` (``rows`` long) in ``order``; from the far end when nearer it."""
    count = min(limit, rows - offset)
    from_end = rows - offset - count
    mirrored = from_end < offset
    start = from_end if mirrored else offset
    found = list(session.scalars(ordered(query, order, mirrored).limit(count).offset(start)))
    return found[::-1] if mirrored else found


def _grouped(session: Session, source: RowSource, sort: RegistrySort, limit: int, offset: int) -> list[int]:
    assert sort.column is not None
    column = _GROUP_COLUMNS[sort.column]
    counted = session.execute(source.select(column, sa.func.count()).group_by(column)).all()
    rank = group_rank(sort.column)
    groups = sorted(((value, int(n)) for value, n in counted), key=lambda g: rank(g[0]),
                    reverse=sort.descending)
    pks: list[int] = []
    start = 0
    for value, size in groups:
        end = start + size
        wanted = offset + len(pks)
        if start <= wanted < end:
            same = column.is_(None) if value is None else column == value
            pks += _window(session, source.select(Initiative.pk).where(same), [(Initiative.pk, False)],
                           size, limit - len(pks), wanted - start)
            if len(pks) >= limit:
                break
        start = end
    return pks
