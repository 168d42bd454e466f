"""Recognition by the employer, confirmations, remuneration and union rewards (DOMAIN.md §4.7–4.12)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from sangkien_desktop.domain.enums import (
    DecisionState,
    FundSource,
    IssuerKind,
    RecipientKind,
    RecognitionLevel,
    RecognitionOutcome,
    RequestState,
    RewardForm,
    RewardLevel,
    SigningAuthority,
)

from .base import Base, Percent, RecordMixin, enum_column


class RecognitionRequest(RecordMixin, Base):
    __tablename__ = "recognition_request"
    __entity_type__ = "recognition_request"

    initiative_id: Mapped[str] = mapped_column(sa.ForeignKey("initiative.id"), index=True)
    addressee_id: Mapped[str] = mapped_column(sa.ForeignKey("employer.id"))
    filed_on: Mapped[date] = mapped_column(sa.Date)
    receipt_no: Mapped[str | None] = mapped_column(sa.String(40))
    receipt_on: Mapped[date | None] = mapped_column(sa.Date)
    promised_on: Mapped[date | None] = mapped_column(sa.Date)
    state: Mapped[RequestState] = mapped_column(enum_column(RequestState), default=RequestState.DA_NOP)
    accepted_on: Mapped[date | None] = mapped_column(sa.Date)
    review_due_on: Mapped[date | None] = mapped_column(sa.Date, index=True)  # to-do panel order
    state_reason: Mapped[str | None] = mapped_column(sa.Text)


class RecognitionDecision(RecordMixin, Base):
    __tablename__ = "recognition_decision"
    __entity_type__ = "recognition_decision"

    initiative_id: Mapped[str] = mapped_column(sa.ForeignKey("initiative.id"), index=True)
    number: Mapped[str] = mapped_column(sa.String(40))
    decided_on: Mapped[date] = mapped_column(sa.Date)
    issuer_id: Mapped[str | None] = mapped_column(sa.ForeignKey("employer.id"))
    authority_line: Mapped[str | None] = mapped_column(sa.String(120))
    signer_name: Mapped[str | None] = mapped_column(sa.String(120))
    level: Mapped[RecognitionLevel | None] = mapped_column(enum_column(RecognitionLevel))
    outcome: Mapped[RecognitionOutcome] = mapped_column(enum_column(RecognitionOutcome))
    reason: Mapped[str | None] = mapped_column(sa.Text)
    certificate_no: Mapped[str | None] = mapped_column(sa.String(40))
    scan_id: Mapped[str | None] = mapped_column(sa.ForeignKey("attachment.id"))


class ApplicationConfirmation(RecordMixin, Base):
    __tablename__ = "application_confirmation"
    __entity_type__ = "application_confirmation"

    initiative_id: Mapped[str] = mapped_column(sa.ForeignKey("initiative.id"), index=True)
    number: Mapped[str | None] = mapped_column(sa.String(40))
    confirmed_on: Mapped[date] = mapped_column(sa.Date)
    applied_at: Mapped[str | None] = mapped_column(sa.String(300))
    applied_since: Mapped[date | None] = mapped_column(sa.Date)
    still_applied: Mapped[bool] = mapped_column(sa.Boolean, default=True)
    scope_text: Mapped[str | None] = mapped_column(sa.Text)
    benefit_value: Mapped[int | None] = mapped_column(sa.BigInteger)
    benefit_basis: Mapped[str | None] = mapped_column(sa.Text)
    is_estimate: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    not_quantifiable: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    qualitative_benefit: Mapped[str | None] = mapped_column(sa.Text)
    employer_rep_name: Mapped[str | None] = mapped_column(sa.String(120))
    employer_rep_title: Mapped[str | None] = mapped_column(sa.String(120))
    union_rep_name: Mapped[str | None] = mapped_column(sa.String(120))
    union_rep_title: Mapped[str | None] = mapped_column(sa.String(120))
    signed_scan_id: Mapped[str | None] = mapped_column(sa.ForeignKey("attachment.id"))


class Remuneration(RecordMixin, Base):
    __tablename__ = "remuneration"
    __entity_type__ = "remuneration"
    __table_args__ = (sa.UniqueConstraint("initiative_id", "year_index"),)

    initiative_id: Mapped[str] = mapped_column(sa.ForeignKey("initiative.id"))
    year_index: Mapped[int] = mapped_column(sa.Integer)
    period_from: Mapped[date] = mapped_column(sa.Date)
    period_to: Mapped[date] = mapped_column(sa.Date)
    year_benefit: Mapped[int | None] = mapped_column(sa.BigInteger)
    rate_pct: Mapped[Decimal] = mapped_column(Percent)
    amount_due: Mapped[int] = mapped_column(sa.BigInteger)
    amount_paid: Mapped[int | None] = mapped_column(sa.BigInteger)
    paid_on: Mapped[date | None] = mapped_column(sa.Date)
    due_on: Mapped[date] = mapped_column(sa.Date, index=True)  # overdue lists walk it in order
    proof_id: Mapped[str | None] = mapped_column(sa.ForeignKey("attachment.id"))


class RewardDecision(RecordMixin, Base):
    __tablename__ = "reward_decision"
    __entity_type__ = "reward_decision"

    number: Mapped[str | None] = mapped_column(sa.String(40))
    decided_on: Mapped[date | None] = mapped_column(sa.Date)
    issuer_kind: Mapped[IssuerKind] = mapped_column(enum_column(IssuerKind), default=IssuerKind.CONG_DOAN)
    issuer_id: Mapped[str | None] = mapped_column(sa.String(36))
    subject: Mapped[str | None] = mapped_column(sa.String(300))
    legal_bases: Mapped[str | None] = mapped_column(sa.Text)  # JSON list of lines
    authority: Mapped[SigningAuthority | None] = mapped_column(enum_column(SigningAuthority))
    signer_id: Mapped[str | None] = mapped_column(sa.ForeignKey("person.id"))
    fund_source: Mapped[FundSource | None] = mapped_column(enum_column(FundSource))
    distribution: Mapped[str | None] = mapped_column(sa.Text)  # JSON list of lines
    state: Mapped[DecisionState] = mapped_column(enum_column(DecisionState), default=DecisionState.DU_THAO)


class Reward(RecordMixin, Base):
    __tablename__ = "reward"
    __entity_type__ = "reward"
    __table_args__ = (
        sa.CheckConstraint("(person_id IS NULL) <> (collective_name IS NULL)", name="one_recipient"),
        sa.CheckConstraint("amount IS NULL OR amount >= 0", name="amount_not_negative"),
    )

    decision_id: Mapped[str] = mapped_column(sa.ForeignKey("reward_decision.id"), index=True)
    form: Mapped[RewardForm] = mapped_column(enum_column(RewardForm))
    level: Mapped[RewardLevel] = mapped_column(enum_column(RewardLevel))
    recipient_kind: Mapped[RecipientKind] = mapped_column(enum_column(RecipientKind))
    person_id: Mapped[str | None] = mapped_column(sa.ForeignKey("person.id"), index=True)
    collective_name: Mapped[str | None] = mapped_column(sa.String(200))
    position_line: Mapped[str | None] = mapped_column(sa.String(150))
    initiative_ids: Mapped[str | None] = mapped_column(sa.Text)  # JSON list of initiative ids
    citation: Mapped[str | None] = mapped_column(sa.String(300))
    golden_book_no: Mapped[str | None] = mapped_column(sa.String(20))
    coefficient: Mapped[Decimal | None] = mapped_column(Percent)
    amount: Mapped[int | None] = mapped_column(sa.BigInteger)
    nominate_upward: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    nominate_level: Mapped[RewardLevel | None] = mapped_column(enum_column(RewardLevel))
