"""Payments of Decree 13 remuneration to each author (DOMAIN.md §4.10), one row per payment."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, RecordMixin


class RemunerationPayment(RecordMixin, Base):
    """What the employer paid one author for one year of application, with the proof."""

    __tablename__ = "remuneration_payment"
    __entity_type__ = "remuneration_payment"
    __table_args__ = (sa.CheckConstraint("amount > 0", name="amount_positive"),)

    remuneration_id: Mapped[str] = mapped_column(sa.ForeignKey("remuneration.id"), index=True)
    person_id: Mapped[str] = mapped_column(sa.ForeignKey("person.id"), index=True)
    amount: Mapped[int] = mapped_column(sa.BigInteger)
    paid_on: Mapped[date] = mapped_column(sa.Date)
    proof_id: Mapped[str | None] = mapped_column(sa.ForeignKey("attachment.id"))
    note: Mapped[str | None] = mapped_column(sa.Text)
