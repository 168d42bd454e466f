"""Reads behind the Excel lists that no other screen needs: the authors' list in official order.

Rows are yielded as they come (the caller writes them to a streaming workbook), so a list of
300,000 authors never sits in memory whole.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from sangkien_desktop.domain.enums import Sex, WorkerKind

from .models import Authorship, Initiative, Person

__all__ = ["AuthorLine", "authors"]

_FETCH = 2000


@dataclass(frozen=True)
class AuthorLine:
    full_name: str
    birth_date: date | None
    sex: Sex
    department: str | None
    job_title: str | None
    is_member: bool
    worker_kind: WorkerKind | None
    initiatives: int
    codes: str  # the initiatives' codes, "2024-ABC-0001; 2024-ABC-0007"


def authors(session: Session, applied: tuple[date, date] | None = None) -> Iterator[AuthorLine]:
    """Living persons with at least one live authorship of a live initiative (first applied between
    ``applied``, if given), sorted as official lists are (DOMAIN.md §10.3): by the stored name key
    (given name, then middle, then family name, in Vietnamese alphabet and tone order), then birth
    date, then id."""
    conditions = [Authorship.deleted_at.is_(None), Initiative.deleted_at.is_(None)]
    if applied is not None:
        conditions.append(Initiative.first_applied_on.between(*applied))
    works = (
        sa.select(
            Authorship.person_id.label("person_id"),
            sa.func.count().label("n"),
            sa.func.group_concat(Initiative.code, "; ").label("codes"),
        )
        .join(Initiative, Initiative.id == Authorship.initiative_id)
        .where(*conditions)
        .group_by(Authorship.person_id)
        .subquery()
    )
    query = (
        sa.select(Person.full_name, Person.birth_date, Person.sex, Person.department, Person.job_title,
                  Person.is_member, Person.worker_kind, works.c.n, works.c.codes)
        .join(works, works.c.person_id == Person.id)
        .where(Person.deleted_at.is_(None))
        .order_by(Person.name_sort_key, Person.birth_date, Person.id)
    )
    for row in session.execute(query.execution_options(yield_per=_FETCH)):
        name, birth, sex, department, job, member, kind, count, codes = row
        yield AuthorLine(name, birth, sex, department, job, member, kind, int(count), codes or "")
