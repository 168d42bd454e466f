"""Initiatives, their authors, trial participants, attachments and programmes.

DOMAIN.md §4.4–4.6 and §4.13–4.17.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sangkien_desktop.domain.enums import (
    AttachmentKind,
    AuthorRole,
    BenefitSource,
    FieldCode,
    InitiativeStatus,
    PeriodKind,
    Scope,
    SolutionKind,
)

from .base import DERIVED, LOCAL, Base, Percent, RecordMixin, enum_column, utcnow
from .core import Person


class Programme(RecordMixin, Base):
    """A campaign such as "1 triệu sáng kiến"; reference data pulled from the upper union."""

    __tablename__ = "programme"

    code: Mapped[str] = mapped_column(sa.String(40), unique=True)
    name: Mapped[str] = mapped_column(sa.String(300))
    doc_number: Mapped[str | None] = mapped_column(sa.String(40))
    doc_date: Mapped[date | None] = mapped_column(sa.Date)
    doc_verified: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    guidance_number: Mapped[str | None] = mapped_column(sa.String(40))
    guidance_date: Mapped[date | None] = mapped_column(sa.Date)
    window_from: Mapped[date] = mapped_column(sa.Date)
    window_to: Mapped[date] = mapped_column(sa.Date)
    requires_recognition: Mapped[bool] = mapped_column(sa.Boolean, default=True)
    field_codes: Mapped[str | None] = mapped_column(sa.Text)  # JSON list of FieldCode; null = all


class ProgrammePhase(RecordMixin, Base):
    __tablename__ = "programme_phase"

    programme_id: Mapped[str] = mapped_column(sa.ForeignKey("programme.id"), index=True)
    name: Mapped[str] = mapped_column(sa.String(100))
    starts_on: Mapped[date] = mapped_column(sa.Date)
    ends_on: Mapped[date] = mapped_column(sa.Date)
    national_target: Mapped[int | None] = mapped_column(sa.Integer)


class Target(RecordMixin, Base):
    __tablename__ = "target"
    __table_args__ = (sa.UniqueConstraint("programme_id", "period_kind", "period"),)

    programme_id: Mapped[str] = mapped_column(sa.ForeignKey("programme.id"))
    period_kind: Mapped[PeriodKind] = mapped_column(enum_column(PeriodKind))
    period: Mapped[str] = mapped_column(sa.String(40))
    assigned: Mapped[int] = mapped_column(sa.Integer, default=0)
    registered: Mapped[int] = mapped_column(sa.Integer, default=0)


# Columns with a plain index for the registry's sort and filters (SQLite appends the pk itself).
SORT_INDEXED = ("title_sort_key", "lead_sort_key", "first_applied_on", "benefit_value", "kind", "field_code",
                "department", "programme_id")


class Initiative(RecordMixin, Base):
    __tablename__ = "initiative"
    __entity_type__ = "initiative"
    __table_args__ = (
        sa.CheckConstraint("benefit_value IS NULL OR benefit_value >= 0", name="benefit_not_negative"),
        sa.Index("ix_initiative_status_pk", "status", "pk"),
        # Registry ordering (persistence/registry_query.py); every index also ends with the pk.
        *(sa.Index(f"ix_initiative_{column}", column) for column in SORT_INDEXED),
        # The live rows alone: the registry's total count reads this small index, not the table.
        sa.Index("ix_initiative_live", "deleted_at", sqlite_where=sa.text("deleted_at IS NULL")),
    )

    code: Mapped[str] = mapped_column(sa.String(30), unique=True)
    title: Mapped[str] = mapped_column(sa.String(500))
    summary: Mapped[str | None] = mapped_column(sa.Text)
    kind: Mapped[SolutionKind] = mapped_column(enum_column(SolutionKind))
    field_code: Mapped[FieldCode] = mapped_column(enum_column(FieldCode))
    field_text: Mapped[str | None] = mapped_column(sa.Text)
    department: Mapped[str | None] = mapped_column(sa.String(200))
    problem: Mapped[str | None] = mapped_column(sa.Text)
    prior_state: Mapped[str | None] = mapped_column(sa.Text)
    content: Mapped[str | None] = mapped_column(sa.Text)
    applicability: Mapped[str | None] = mapped_column(sa.Text)
    confidential_info: Mapped[str | None] = mapped_column(sa.Text)
    is_confidential: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    ip_protected: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    conditions: Mapped[str | None] = mapped_column(sa.Text)
    first_applied_on: Mapped[date | None] = mapped_column(sa.Date)
    first_application_is_trial: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    investor_name: Mapped[str | None] = mapped_column(sa.String(200))
    investor_address: Mapped[str | None] = mapped_column(sa.String(300))
    state_funded: Mapped[bool | None] = mapped_column(sa.Boolean)
    benefit_by_author: Mapped[str | None] = mapped_column(sa.Text)
    benefit_by_applier: Mapped[str | None] = mapped_column(sa.Text)
    benefit_value: Mapped[int | None] = mapped_column(sa.BigInteger)
    benefit_is_estimate: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    benefit_source: Mapped[BenefitSource | None] = mapped_column(enum_column(BenefitSource))
    benefit_not_quantifiable: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    scope: Mapped[Scope | None] = mapped_column(enum_column(Scope))
    programme_id: Mapped[str | None] = mapped_column(sa.ForeignKey("programme.id"))
    status: Mapped[InitiativeStatus] = mapped_column(
        enum_column(InitiativeStatus), default=InitiativeStatus.Y_TUONG
    )
    status_changed_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow)
    notes: Mapped[str | None] = mapped_column(sa.Text, info=LOCAL)
    # Derived for ORDER BY in Vietnamese alphabetical order; kept by the unit of work, never synced.
    title_sort_key: Mapped[str] = mapped_column(sa.String(400), default="", server_default="", info=DERIVED)
    lead_sort_key: Mapped[str] = mapped_column(sa.String(400), default="", server_default="", info=DERIVED)

    authorships: Mapped[list[Authorship]] = relationship(
        back_populates="initiative", order_by="Authorship.position", cascade="all, delete-orphan"
    )


class Authorship(RecordMixin, Base):
    __tablename__ = "authorship"
    __entity_type__ = "authorship"
    __table_args__ = (
        sa.UniqueConstraint("initiative_id", "person_id"),
        sa.CheckConstraint("share_pct IS NULL OR (share_pct > 0 AND share_pct <= 10000)", name="share_range"),
    )

    initiative_id: Mapped[str] = mapped_column(sa.ForeignKey("initiative.id"))
    person_id: Mapped[str] = mapped_column(sa.ForeignKey("person.id"), index=True)
    position: Mapped[int] = mapped_column(sa.Integer)
    role: Mapped[AuthorRole] = mapped_column(enum_column(AuthorRole))
    share_pct: Mapped[Decimal | None] = mapped_column(Percent)

    initiative: Mapped[Initiative] = relationship(back_populates="authorships")
    person: Mapped[Person] = relationship(lazy="joined")


class TrialParticipant(RecordMixin, Base):
    __tablename__ = "trial_participant"
    __entity_type__ = "trial_participant"

    initiative_id: Mapped[str] = mapped_column(sa.ForeignKey("initiative.id"), index=True)
    person_id: Mapped[str | None] = mapped_column(sa.ForeignKey("person.id"))
    full_name: Mapped[str | None] = mapped_column(sa.String(120))
    birth_date: Mapped[date | None] = mapped_column(sa.Date)
    workplace: Mapped[str | None] = mapped_column(sa.String(200))
    job_title: Mapped[str | None] = mapped_column(sa.String(120))
    qualification: Mapped[str | None] = mapped_column(sa.String(120))
    support_work: Mapped[str | None] = mapped_column(sa.Text)


class Attachment(RecordMixin, Base):
    """Metadata of a content-addressed file; the bytes live in the data folder's blobs/."""

    __tablename__ = "attachment"
    __entity_type__ = "attachment"
    __table_args__ = (sa.Index("ix_attachment_owner", "owner_type", "owner_id"),)

    sha256: Mapped[str] = mapped_column(sa.String(64), index=True)
    file_name: Mapped[str] = mapped_column(sa.String(255))
    mime_type: Mapped[str] = mapped_column(sa.String(100))
    size_bytes: Mapped[int] = mapped_column(sa.BigInteger)
    kind: Mapped[AttachmentKind] = mapped_column(enum_column(AttachmentKind))
    owner_type: Mapped[str] = mapped_column(sa.String(40))
    owner_id: Mapped[str] = mapped_column(sa.String(36))


class LiveCount(Base):
    """How many initiatives are live (not deleted): the registry's total without counting a million
    index entries. Kept by triggers on ``initiative`` (persistence/live_count.py); local, never synced."""

    __tablename__ = "live_count"
    __table_args__ = (sa.CheckConstraint("singleton = 1", name="single_row"),)

    singleton: Mapped[int] = mapped_column(sa.Integer, primary_key=True, default=1)
    initiatives: Mapped[int] = mapped_column(sa.Integer, default=0)
