"""Reading, adding and merging persons; never commits (the unit of work does)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from sangkien_desktop.domain.enums import AuthorRole
from sangkien_desktop.domain.text import ToneOrder, full_name_sort_key, split_name

from . import person_search
from .models import (
    Attachment,
    Authorship,
    Initiative,
    Person,
    RecordMixin,
    Reward,
    RewardDecision,
    TrialParticipant,
    UnionUnit,
)

_LIVE = Person.deleted_at.is_(None)
_INITIATIVE_COUNT = (
    sa.select(sa.func.count())
    .select_from(Authorship)
    .join(Initiative, Initiative.id == Authorship.initiative_id)
    .where(Authorship.person_id == Person.id, Authorship.deleted_at.is_(None))
    .where(Initiative.deleted_at.is_(None))
    .scalar_subquery()
    .label("initiative_count")
)
# Columns of a person's row as the people page shows it; ``row.initiative_count`` counts live
# authorships of live initiatives.
VIEW_COLUMNS = (
    Person.id,
    Person.full_name,
    Person.birth_date,
    Person.sex,
    Person.department,
    Person.job_title,
    Person.is_member,
    Person.worker_kind,
    Person.phone,
    Person.email,
    Person.version,
    _INITIATIVE_COUNT,
)
# References to a person other than authorships, moved as they are by a merge: (model, column).
_REFERENCES: tuple[tuple[type[RecordMixin], str], ...] = (
    (UnionUnit, "chair_id"),
    (RewardDecision, "signer_id"),
    (Reward, "person_id"),
    (TrialParticipant, "person_id"),
)


def set_name(person: Person, full_name: str, tone_order: ToneOrder = "dictionary") -> None:
    """Full name with its parts and sort key kept in step (parts re-split from the name)."""
    parts = split_name(full_name)
    person.full_name = full_name
    person.family_name, person.middle_name, person.given_name = parts.family, parts.middle, parts.given
    person.name_parts_overridden = False
    person.name_sort_key = full_name_sort_key(full_name, tone_order)


class PersonRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, person_id: str) -> Person | None:
        return self.session.scalar(sa.select(Person).where(Person.id == person_id, _LIVE))

    def get_any(self, person_id: str) -> Person | None:
        """Living or tombstoned."""
        return self.session.scalar(sa.select(Person).where(Person.id == person_id))

    def find_unique(self, full_name: str, birth_date: object | None) -> Person | None:
        """The one living person with this name (and birth date, when given); None if none or ambiguous."""
        query = sa.select(Person).where(Person.full_name == full_name, _LIVE)
        if birth_date is not None:
            query = query.where(Person.birth_date == birth_date)
        found = list(self.session.scalars(query.limit(2)))
        return found[0] if len(found) == 1 else None

    def new(self, full_name: str, tone_order: ToneOrder = "dictionary") -> Person:
        person = Person()
        set_name(person, full_name, tone_order)
        self.session.add(person)
        return person

    # -- the people page ------------------------------------------------------------------------

    def page(self, text: str, limit: int, offset: int) -> tuple[int, list[sa.Row[Any]]]:
        """Total and one page of living persons whose folded name or department matches ``text``
        (everyone for a blank text), in Vietnamese name order (given name first), then by id."""
        total, pks = person_search.page_pks(self.session.connection(), text, limit, offset)
        if not pks:
            return total, []
        found = self.session.execute(sa.select(Person.pk, *VIEW_COLUMNS).where(Person.pk.in_(pks)))
        rows = {r.pk: r for r in found}
        return total, [rows[pk] for pk in pks if pk in rows]

    def view_row(self, person_id: str) -> sa.Row[Any] | None:
        return self.session.execute(sa.select(*VIEW_COLUMNS).where(Person.id == person_id, _LIVE)).first()

    # -- merging --------------------------------------------------------------------------------

    def merge_into(self, keep: Person, duplicate: Person, now: datetime) -> None:
        """Move everything that points at ``duplicate`` to ``keep``, then tombstone ``duplicate``.

        Authorships: each live authorship of the duplicate moves to ``keep``. Where ``keep`` is
        already an author of the same initiative (one row per pair is allowed), ``keep``'s row
        stays and absorbs the duplicate's: the shares are added (an empty share counts as none),
        it takes the better (smaller) position and its role, and it is revived if it was
        tombstoned; the duplicate's row is tombstoned. Positions of that initiative are then
        renumbered 1..n so no gap is left. Other references (union chair, decision signer, reward
        recipient, trial participant, attachments owned by the person) simply change owner.
        """
        for row in self._live_authorships(duplicate.id):
            existing = self.session.scalar(
                sa.select(Authorship).where(
                    Authorship.initiative_id == row.initiative_id, Authorship.person_id == keep.id
                )
            )
            if existing is None:
                row.person_id = keep.id
            else:
                _absorb(existing, row, now)
                self._renumber(row.initiative_id)
        for model, column in _REFERENCES:
            referring = sa.select(model).where(getattr(model, column) == duplicate.id)
            for record in self.session.scalars(referring):
                setattr(record, column, keep.id)
        owned = sa.select(Attachment).where(
            Attachment.owner_type == "person", Attachment.owner_id == duplicate.id
        )
        for attachment in self.session.scalars(owned):
            attachment.owner_id = keep.id
        duplicate.deleted_at = now

    def _live_authorships(self, person_id: str) -> Sequence[Authorship]:
        query = sa.select(Authorship).where(Authorship.person_id == person_id)
        return self.session.scalars(query.where(Authorship.deleted_at.is_(None))).all()

    def _renumber(self, initiative_id: str) -> None:
        live = self.session.scalars(
            sa.select(Authorship)
            .where(Authorship.initiative_id == initiative_id, Authorship.deleted_at.is_(None))
            .order_by(Authorship.position, Authorship.pk)
        )
        for position, authorship in enumerate(live, start=1):
            if authorship.position != position:
                authorship.position = position


def _absorb(kept: Authorship, duplicate: Authorship, now: datetime) -> None:
    """``kept`` takes over the duplicate's authorship of the same initiative (see ``merge_into``)."""
    if kept.deleted_at is not None:
        kept.deleted_at = None
        kept.position, kept.role, kept.share_pct = duplicate.position, duplicate.role, duplicate.share_pct
    else:
        kept.share_pct = _sum_shares(kept.share_pct, duplicate.share_pct)
        if duplicate.position < kept.position:
            kept.position, kept.role = duplicate.position, duplicate.role
    if kept.position == 1:
        kept.role = AuthorRole.TAC_GIA
    duplicate.deleted_at = now


def _sum_shares(a: Decimal | None, b: Decimal | None) -> Decimal | None:
    if a is None or b is None:
        return a if b is None else b
    return a + b
