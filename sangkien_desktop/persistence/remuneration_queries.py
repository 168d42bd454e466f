"""Reads behind the remuneration tracker: authors and shares, confirmations, yearly rows, payments."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from sangkien_desktop.domain.enums import InitiativeStatus
from sangkien_desktop.domain.remuneration import AuthorShare, BenefitFigure, OverdueDue, PaymentView

from .models import ApplicationConfirmation, Attachment, Authorship, Initiative, Person, Remuneration
from .models.remuneration import RemunerationPayment
from .todo_queries import live_in


def author_shares(session: Session, initiative_id: str) -> tuple[AuthorShare, ...]:
    """The live authors in paper order, with their contribution shares."""
    query = (
        sa.select(Authorship.person_id, Person.full_name, Authorship.share_pct)
        .join(Person, Person.id == Authorship.person_id)
        .where(Authorship.initiative_id == initiative_id, Authorship.deleted_at.is_(None))
        .order_by(Authorship.position, Authorship.pk)
    )
    return tuple(AuthorShare(pid, name, share) for pid, name, share in session.execute(query))


def confirmed_benefits(session: Session, initiative_id: str) -> tuple[BenefitFigure, ...]:
    """Benefit figures of the live application confirmations, oldest first."""
    query = (
        sa.select(
            ApplicationConfirmation.benefit_value,
            ApplicationConfirmation.not_quantifiable,
            ApplicationConfirmation.confirmed_on,
        )
        .where(
            ApplicationConfirmation.initiative_id == initiative_id,
            ApplicationConfirmation.deleted_at.is_(None),
        )
        .order_by(ApplicationConfirmation.confirmed_on, ApplicationConfirmation.pk)
    )
    return tuple(BenefitFigure(value, bool(nq), on) for value, nq, on in session.execute(query))


def yearly_rows(session: Session, initiative_id: str) -> dict[int, Remuneration]:
    """Every yearly row of the initiative by year, tombstoned ones too (the year stays unique)."""
    query = sa.select(Remuneration).where(Remuneration.initiative_id == initiative_id)
    return {row.year_index: row for row in session.scalars(query)}


def payments_by_year(session: Session, remuneration_ids: Collection[str]) -> dict[str, list[PaymentView]]:
    """Live payments per yearly row, in the order they were paid."""
    query = (
        sa.select(RemunerationPayment, Person.full_name, Attachment.file_name)
        .join(Person, Person.id == RemunerationPayment.person_id)
        .outerjoin(Attachment, Attachment.id == RemunerationPayment.proof_id)
        .where(
            RemunerationPayment.remuneration_id.in_(remuneration_ids),
            RemunerationPayment.deleted_at.is_(None),
        )
        .order_by(RemunerationPayment.paid_on, RemunerationPayment.pk)
    )
    result: dict[str, list[PaymentView]] = {rid: [] for rid in remuneration_ids}
    for pay, name, file_name in session.execute(query):
        view = PaymentView(pay.id, pay.person_id, name, pay.amount, pay.paid_on, pay.proof_id, file_name,
                           pay.note)
        result[pay.remuneration_id].append(view)
    return result


def live_row(session: Session, remuneration_id: str) -> Remuneration | None:
    live = sa.and_(Remuneration.id == remuneration_id, Remuneration.deleted_at.is_(None))
    query = sa.select(Remuneration).where(live)
    return session.scalars(query).first()


def overdue_rows(
    session: Session, today: date, statuses: Collection[InitiativeStatus], limit: int
) -> tuple[OverdueDue, ...]:
    """Years whose deadline passed unsettled, earliest deadline first: walks ``ix_remuneration_due_on``
    in order and stops at ``limit``, so a large store costs no more than a small one."""
    query = (
        sa.select(
            Initiative.id, Initiative.code, Initiative.title, Remuneration.id, Remuneration.year_index,
            Remuneration.due_on, Remuneration.amount_due, sa.func.coalesce(Remuneration.amount_paid, 0),
        )
        .join(Initiative, Initiative.id == Remuneration.initiative_id)
        .where(
            Remuneration.due_on < today,
            Remuneration.paid_on.is_(None),  # set only once every author has their part
            Remuneration.amount_due > 0,
            Remuneration.deleted_at.is_(None),
            live_in(statuses),
        )
        .order_by(Remuneration.due_on, Remuneration.pk)
        .limit(limit)
    )
    return tuple(OverdueDue(*row) for row in session.execute(query))


def has_payments(session: Session, remuneration_ids: Sequence[str]) -> bool:
    query = sa.select(RemunerationPayment.pk).where(
        RemunerationPayment.remuneration_id.in_(remuneration_ids), RemunerationPayment.deleted_at.is_(None)
    )
    return session.scalars(query.limit(1)).first() is not None
