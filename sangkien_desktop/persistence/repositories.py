"""Reading and adding records; repositories never commit (the unit of work does)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from sangkien_desktop.domain.enums import InitiativeStatus
from sangkien_desktop.domain.model import InitiativeView, StoreStats
from sangkien_desktop.domain.text import ToneOrder, full_name_sort_key, split_name

from . import search
from .initiative_views import view_of, view_select
from .models import Authorship, Initiative, OutboxOp, Person

_LIVE = Initiative.deleted_at.is_(None)
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

    def page_pks(self, status: InitiativeStatus | None, limit: int, offset: int) -> tuple[int, list[int]]:
        """Newest first; the total comes from the same filter."""
        where = [_LIVE] + ([Initiative.status == status] if status else [])
        total = self.session.scalar(sa.select(sa.func.count()).select_from(Initiative).where(*where)) or 0
        pks = self.session.scalars(
            sa.select(Initiative.pk).where(*where).order_by(Initiative.pk.desc()).limit(limit).offset(offset)
        )
        return total, list(pks)

    def search(self, text: str, limit: int, offset: int) -> tuple[int, list[InitiativeView]]:
        """Total and one page of matches, newest first; the page is read joined to the FTS rows
        in FTS order (ordering by the initiative's pk instead would sort every match)."""
        expression = search.match_expression(text)
        if expression is None:
            return 0, []
        conn = self.session.connection()  # Core execution: the ORM layer would cost more than SQLite
        total = search.count_matches(conn, expression)
        rows = conn.execute(SEARCH_PAGE, {"expression": expression, "limit": limit, "offset": offset})
        return total, [view_of(row) for row in rows]

    def views(self, pks: Sequence[int]) -> list[InitiativeView]:
        """Views in the order of ``pks``."""
        if not pks:
            return []
        rows = {
            r.pk: r for r in self.session.connection().execute(view_select().where(Initiative.pk.in_(pks)))
        }
        return [view_of(rows[pk]) for pk in pks if pk in rows]

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
        pending = (
            self.session.scalar(
                sa.select(sa.func.count()).select_from(OutboxOp).where(OutboxOp.state != "ACKED")
            )
            or 0
        )
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


class PersonRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, person_id: str) -> Person | None:
        return self.session.scalar(
            sa.select(Person).where(Person.id == person_id, Person.deleted_at.is_(None))
        )

    def find_unique(self, full_name: str, birth_date: object | None) -> Person | None:
        """The one living person with this name (and birth date, when given); None if none or ambiguous."""
        query = sa.select(Person).where(Person.full_name == full_name, Person.deleted_at.is_(None))
        if birth_date is not None:
            query = query.where(Person.birth_date == birth_date)
        found = list(self.session.scalars(query.limit(2)))
        return found[0] if len(found) == 1 else None

    def new(self, full_name: str, tone_order: ToneOrder = "dictionary") -> Person:
        parts = split_name(full_name)
        person = Person(
            full_name=full_name,
            family_name=parts.family,
            middle_name=parts.middle,
            given_name=parts.given,
            name_sort_key=full_name_sort_key(full_name, tone_order),
        )
        self.session.add(person)
        return person
