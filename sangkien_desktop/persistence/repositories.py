"""Reading and adding records; repositories never commit (the unit of work does)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from sangkien_desktop.domain.enums import InitiativeStatus
from sangkien_desktop.domain.model import AuthorView, InitiativeView, StoreStats
from sangkien_desktop.domain.text import ToneOrder, full_name_sort_key, split_name

from . import search
from .models import Authorship, Initiative, OutboxOp, Person, RecognitionDecision

_LIVE = Initiative.deleted_at.is_(None)


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
        total = search.count_matches(self.session.connection(), expression)
        fts = sa.table(search.FTS_TABLE, sa.column("rowid"))
        query = (
            sa.select(*_VIEW_COLUMNS)
            .select_from(fts)
            .join(Initiative, Initiative.pk == fts.c.rowid)
            .where(sa.text(f"{search.FTS_TABLE} MATCH :expression").bindparams(expression=expression))
            .order_by(fts.c.rowid.desc())
            .limit(limit)
            .offset(offset)
        )
        return total, self._views_of(list(self.session.execute(query)))

    def views(self, pks: Sequence[int]) -> list[InitiativeView]:
        """Views in the order of ``pks``."""
        if not pks:
            return []
        query = sa.select(*_VIEW_COLUMNS).where(Initiative.pk.in_(pks))
        rows = {r.pk: r for r in self.session.execute(query)}
        return self._views_of([rows[pk] for pk in pks if pk in rows])

    def _views_of(self, rows: list[Any]) -> list[InitiativeView]:
        """Views of initiative rows with their authors and decision: two more plain column queries
        whatever the page size (ORM objects would cost more than the queries on a 20-row page)."""
        ids = [r.id for r in rows]
        authors = self._authors(ids)
        decisions = self._decisions(ids)
        return [_view(r, authors.get(r.id, ()), decisions.get(r.id)) for r in rows]

    def _authors(self, ids: list[str]) -> dict[str, tuple[AuthorView, ...]]:
        query = (
            sa.select(
                Authorship.initiative_id,
                Authorship.person_id,
                Person.full_name,
                Authorship.position,
                Authorship.role,
                Authorship.share_pct,
            )
            .join(Person, Person.id == Authorship.person_id)
            .where(Authorship.initiative_id.in_(ids), Authorship.deleted_at.is_(None))
            .order_by(Authorship.initiative_id, Authorship.position)
        )
        grouped: dict[str, list[AuthorView]] = defaultdict(list)
        for row in self.session.execute(query):
            grouped[row[0]].append(AuthorView(row[1], row[2], row[3], row[4].value, row[5]))
        return {k: tuple(v) for k, v in grouped.items()}

    def _decisions(self, ids: list[str]) -> dict[str, Any]:
        query = (
            sa.select(
                RecognitionDecision.initiative_id,
                RecognitionDecision.number,
                RecognitionDecision.decided_on,
                RecognitionDecision.outcome,
            )
            .where(RecognitionDecision.initiative_id.in_(ids), RecognitionDecision.deleted_at.is_(None))
            .order_by(RecognitionDecision.decided_on)
        )
        return {d.initiative_id: d for d in self.session.execute(query)}  # latest wins

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


_VIEW_COLUMNS = (
    Initiative.pk,
    Initiative.id,
    Initiative.code,
    Initiative.title,
    Initiative.status,
    Initiative.kind,
    Initiative.field_code,
    Initiative.department,
    Initiative.summary,
    Initiative.first_applied_on,
    Initiative.benefit_value,
    Initiative.benefit_not_quantifiable,
    Initiative.is_confidential,
    Initiative.version,
    Initiative.created_at,
    Initiative.updated_at,
)


def _view(i: Any, authors: tuple[AuthorView, ...], decision: Any) -> InitiativeView:
    return InitiativeView(
        id=i.id,
        code=i.code,
        title=i.title,
        status=i.status,
        kind=i.kind,
        field_code=i.field_code,
        department=i.department,
        summary=i.summary,
        first_applied_on=i.first_applied_on,
        benefit_vnd=i.benefit_value,
        benefit_not_quantifiable=i.benefit_not_quantifiable,
        is_confidential=i.is_confidential,
        authors=authors,
        decision_number=decision.number if decision else None,
        decided_on=decision.decided_on if decision else None,
        decision_outcome=decision.outcome if decision else None,
        version=i.version,
        created_at=i.created_at,
        updated_at=i.updated_at,
    )
