"""Reads behind the to-do panel. Each walks an index in deadline order (or a small status range) and
stops at its limit, so a store of a million initiatives answers as fast as a small one."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import InstrumentedAttribute, Session

from sangkien_desktop.domain.enums import InitiativeStatus, RequestState

from .models import Initiative, Programme, RecognitionRequest, Reward


@dataclass(frozen=True)
class Candidate:
    """An initiative that may need attention, with the dates its reminder depends on."""

    id: str
    code: str
    title: str
    status: InitiativeStatus
    first_applied_on: date | None = None
    accepted_on: date | None = None
    due_on: date | None = None
    programme: str | None = None


_HEAD = (Initiative.id, Initiative.code, Initiative.title, Initiative.status)


def no_index(column: InstrumentedAttribute[Any]) -> sa.ColumnElement[Any]:
    """``+table.column``: SQLite will not use an index for this term. Without ANALYZE statistics the
    planner would walk the live-initiatives or status index through a million rows; these queries
    must instead follow their date index in ORDER BY order and stop at the LIMIT."""
    return sa.literal_column(f"+{column.class_.__tablename__}.{column.key}")


def live_in(statuses: Collection[InitiativeStatus]) -> sa.ColumnElement[bool]:
    """A live initiative in one of ``statuses``, as a filter that leaves the choice of index alone."""
    return sa.and_(no_index(Initiative.deleted_at).is_(None),
                   no_index(Initiative.status).in_(sorted(s.value for s in statuses)))


def waiting_reviews(
    session: Session, today: date, statuses: Collection[InitiativeStatus], limit: int
) -> tuple[Candidate, ...]:
    """Accepted requests whose review deadline passed while the initiative is still under review."""
    query = (
        sa.select(*_HEAD, Initiative.first_applied_on, RecognitionRequest.accepted_on,
                  RecognitionRequest.review_due_on)
        .join(Initiative, Initiative.id == RecognitionRequest.initiative_id)
        .where(
            RecognitionRequest.review_due_on < today,
            RecognitionRequest.state == RequestState.CHAP_NHAN,
            RecognitionRequest.deleted_at.is_(None),
            live_in(statuses),
        )
        .order_by(RecognitionRequest.review_due_on, RecognitionRequest.pk)
        .limit(limit)
    )
    return tuple(Candidate(*row[:4], first_applied_on=row[4], accepted_on=row[5], due_on=row[6])
                 for row in session.execute(query))


def unfiled_since(
    session: Session, applied_by: date, statuses: Collection[InitiativeStatus], limit: int
) -> tuple[Candidate, ...]:
    """Applied on or before ``applied_by`` with no request filed yet, earliest application first."""
    filed = sa.select(RecognitionRequest.pk).where(
        RecognitionRequest.initiative_id == Initiative.id, RecognitionRequest.deleted_at.is_(None)
    )
    query = (
        sa.select(*_HEAD, Initiative.first_applied_on)
        .where(
            Initiative.first_applied_on <= applied_by,
            live_in(statuses),
            ~filed.exists(),
        )
        .order_by(Initiative.first_applied_on, Initiative.pk)
        .limit(limit)
    )
    return tuple(Candidate(*row[:4], first_applied_on=row[4]) for row in session.execute(query))


def not_rewarded(
    session: Session, statuses: Collection[InitiativeStatus], limit: int
) -> tuple[Candidate, ...]:
    """In ``statuses`` and named by no live reward line (``Reward.initiative_ids`` is a JSON list).

    The rewarded ids are gathered once by SQLite (an uncorrelated ``IN`` list), not per initiative."""
    linked = sa.func.json_each(Reward.initiative_ids).table_valued("value")
    rewarded = (
        sa.select(linked.c.value)
        .select_from(Reward)
        .join(linked, sa.true())
        .where(Reward.deleted_at.is_(None), sa.func.json_valid(Reward.initiative_ids) == 1)
    )
    query = (
        sa.select(*_HEAD)
        .where(Initiative.status.in_(list(statuses)), no_index(Initiative.deleted_at).is_(None),
               Initiative.id.not_in(rewarded))
        .limit(limit)
    )
    return tuple(Candidate(*row) for row in session.execute(query))


def not_uploaded(
    session: Session, today: date, statuses: Collection[InitiativeStatus], limit: int
) -> tuple[Candidate, ...]:
    """In ``statuses`` and linked to a programme still open, the programme closing soonest first.

    Programmes are few: one indexed look-up per open programme until the limit is reached."""
    programmes = session.execute(
        sa.select(Programme.id, Programme.name, Programme.window_to)
        .where(Programme.window_to >= today, Programme.deleted_at.is_(None))
        .order_by(Programme.window_to, Programme.pk)
    ).all()
    found: list[Candidate] = []
    for programme_id, name, window_to in programmes:
        if len(found) >= limit:
            break
        query = (
            sa.select(*_HEAD)
            .where(Initiative.programme_id == programme_id, live_in(statuses))
            .order_by(Initiative.pk)
            .limit(limit - len(found))
        )
        found.extend(Candidate(*row, due_on=window_to, programme=name) for row in session.execute(query))
    return tuple(found)
