"""Reading and adding records; repositories never commit (the unit of work does)."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.sql import operators
from sqlalchemy.sql.expression import UnaryExpression

from sangkien_desktop.domain.model import InitiativeView, RegistryFilter, StoreStats
from sangkien_desktop.domain.registry_sort import RegistrySort
from sangkien_desktop.domain.sync import SyncBadge
from sangkien_desktop.domain.text import clean

from . import search
from .initiative_views import view_of, view_select
from .live_count import live_count_select
from .models import Authorship, Initiative, Person
from .outbox import pending_count
from .people import PersonRepository as PersonRepository  # moved there; re-exported for callers
from .registry_query import RowSource, sorted_pks

_LIVE = Initiative.deleted_at.is_(None)
_INITIATIVE_TABLE: sa.FromClause = Initiative.__table__
NEWEST_FIRST = RegistrySort()
SEARCH_MIN_PREFIX = 2  # the registry's search box matches a word being typed from its second letter
_FTS = sa.table(search.FTS_TABLE, sa.column("rowid"))
# Built once: constructing the statement costs more than running it on a small page.
SEARCH_PAGE = (
    view_select()
    .select_from(_FTS)
    .join(Initiative, Initiative.pk == _FTS.c.rowid)
    .where(sa.text(f"{search.FTS_TABLE} MATCH :expression"))
    .order_by(_FTS.c.rowid.desc())
    .limit(sa.bindparam("limit"))
    .offset(sa.bindparam("offset"))
)
# The views of the pks in a JSON list: one statement text whatever the page size (the start-up
# reader runs the same text, see quick_sql).
VIEWS_BY_PKS = view_select().where(
    Initiative.pk.in_(sa.select(sa.column("value")).select_from(sa.func.json_each(sa.bindparam("pks"))))
)
_DEPARTMENT_COLUMN = "department"
assert _DEPARTMENT_COLUMN in search.COLUMNS


def count_select(where: Sequence[sa.ColumnElement[bool]]) -> sa.Select[Any]:
    """How many initiatives meet ``where``."""
    return sa.select(sa.func.count()).select_from(Initiative).where(*where)


def filter_clauses(registry_filter: RegistryFilter, *, indexed: bool = True) -> list[sa.ColumnElement[bool]]:
    """Conditions on the initiative table's own columns (the department goes through the index).

    ``indexed=False`` writes each column as ``+column``, SQLite's way of keeping a term from using
    an index: joined to an FTS match, the match must drive the loop in FTS rowid order. Left free,
    the planner may walk ``ix_initiative_status_pk`` instead and probe the match for every row of
    that status (minutes on a large store).
    """
    f = registry_filter

    def col(attribute: Any) -> Any:
        if indexed:
            return attribute
        expression = attribute.expression
        return UnaryExpression(expression, operator=operators.custom_op("+"), type_=expression.type)

    clauses: list[sa.ColumnElement[bool]] = []
    if f.status is not None:
        clauses.append(col(Initiative.status) == f.status)
    if f.kind is not None:
        clauses.append(col(Initiative.kind) == f.kind)
    if f.field_code is not None:
        clauses.append(col(Initiative.field_code) == f.field_code)
    if f.programme_id is not None:
        clauses.append(col(Initiative.programme_id) == f.programme_id)
    applied = f.applied_between()
    if applied is not None:
        clauses.append(col(Initiative.first_applied_on).between(*applied))
    return clauses


def department_expression(department: str | None) -> str | None:
    """The FTS5 query for a department filter: the search box's rules, limited to that column."""
    text = clean(department)
    expression = search.match_expression(text) if text else None
    return None if expression is None else f"{_DEPARTMENT_COLUMN} : ({expression})"


def _matching(expression: str) -> sa.TextClause:
    return sa.text(f"{search.FTS_TABLE} MATCH :expression").bindparams(expression=expression)


class InitiativeRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, key: str) -> Initiative | None:
        """By UUID or by human code; tombstoned records are not returned."""
        query = sa.select(Initiative).where(sa.or_(Initiative.id == key, Initiative.code == key), _LIVE)
        return self.session.scalars(query).first()

    def last_code(self, prefix: str) -> str | None:
        query = (
            sa.select(Initiative.code)
            .where(Initiative.code.startswith(prefix, autoescape=True))
            .order_by(sa.func.length(Initiative.code).desc(), Initiative.code.desc())
            .limit(1)
        )
        return self.session.scalar(query)

    def code_taken(self, code: str) -> bool:
        return self.session.scalar(sa.select(sa.func.count()).where(Initiative.code == code)) != 0

    def page_pks(self, registry_filter: RegistryFilter, limit: int, offset: int,
                 sort: RegistrySort = NEWEST_FIRST) -> tuple[int, list[int]]:
        """One page in ``sort`` order; the total comes from the same filter."""
        where = [_LIVE, *filter_clauses(registry_filter)]
        department = department_expression(registry_filter.department)
        if department is not None:
            where.append(Initiative.pk.in_(sa.select(_FTS.c.rowid).where(_matching(department))))
        # No filter: the kept count; counting a million index entries would take tens of ms.
        total = self.session.scalar(live_count_select() if len(where) == 1 else count_select(where)) or 0
        source = RowSource(_INITIATIVE_TABLE, tuple(where))
        return total, sorted_pks(self.session, source, total, sort, limit, offset)

    def search(
        self, text: str, limit: int, offset: int, registry_filter: RegistryFilter | None = None,
        sort: RegistrySort = NEWEST_FIRST,
    ) -> tuple[int, list[InitiativeView]]:
        """Total and one page of matches. Newest first, the page is read joined to the FTS rows
        in FTS order (ordering by the initiative's pk instead would sort every match); another
        order sorts the matches. Filters on the initiative's columns are applied to that join;
        the department joins the FTS query."""
        registry_filter = registry_filter or RegistryFilter()
        expression = search.match_expression(text, min_prefix=SEARCH_MIN_PREFIX)
        if expression is None:
            if not search.has_words(text):
                return 0, []  # nothing that could match ("", "!!!")
            # One letter typed so far ("n"): nothing narrows the registry yet.
            total, pks = self.page_pks(registry_filter, limit, offset, sort)
            return total, self.views(pks)
        department = department_expression(registry_filter.department)
        if department is not None:
            expression = f"({expression}) AND {department}"
        clauses = filter_clauses(registry_filter, indexed=False)
        conn = self.session.connection()  # Core execution: the ORM layer would cost more than SQLite
        if clauses:
            counted = (
                sa.select(sa.func.count())
                .select_from(_FTS)
                .join(Initiative, Initiative.pk == _FTS.c.rowid)
                .where(_matching(expression), *clauses)
            )
            total = int(conn.execute(counted).scalar_one())
        else:
            total = search.count_matches(conn, expression)
        if sort != NEWEST_FIRST:
            source = RowSource(_FTS.join(Initiative, Initiative.pk == _FTS.c.rowid),
                               (_matching(expression), *clauses))
            return total, self.views(sorted_pks(self.session, source, total, sort, limit, offset))
        page = SEARCH_PAGE.where(*clauses) if clauses else SEARCH_PAGE
        rows = conn.execute(page, {"expression": expression, "limit": limit, "offset": offset})
        return total, [view_of(row) for row in rows]

    def views(self, pks: Sequence[int]) -> list[InitiativeView]:
        """Views in the order of ``pks``."""
        if not pks:
            return []
        rows = {r.pk: r for r in self.session.connection().execute(VIEWS_BY_PKS, {"pks": json.dumps(pks)})}
        return [view_of(rows[pk]) for pk in pks if pk in rows]

    def saved_view(self, pk: int) -> InitiativeView:
        """The view of a record being saved in this transaction: its new op is written at commit,
        so its badge is "not sent" whatever the previous op's state was."""
        return dataclasses.replace(self.views([pk])[0], sync_badge=SyncBadge.PENDING)

    def stats(self) -> StoreStats:
        def grouped(column: Any) -> dict[str, int]:
            rows = self.session.execute(sa.select(column, sa.func.count()).where(_LIVE).group_by(column))
            return {getattr(k, "value", str(k)): int(n) for k, n in rows}

        by_status = grouped(Initiative.status)
        benefit = (
            self.session.scalar(
                sa.select(sa.func.coalesce(sa.func.sum(Initiative.benefit_value), 0)).where(_LIVE)
            )
            or 0
        )
        authors = (
            self.session.scalar(
                sa.select(sa.func.count(sa.distinct(Authorship.person_id))).where(
                    Authorship.deleted_at.is_(None)
                )
            )
            or 0
        )
        persons = (
            self.session.scalar(
                sa.select(sa.func.count()).select_from(Person).where(Person.deleted_at.is_(None))
            )
            or 0
        )
        pending = pending_count(self.session.connection())
        return StoreStats(
            sum(by_status.values()),
            by_status,
            grouped(Initiative.kind),
            grouped(Initiative.field_code),
            int(benefit),
            int(authors),
            int(persons),
            int(pending),
        )

