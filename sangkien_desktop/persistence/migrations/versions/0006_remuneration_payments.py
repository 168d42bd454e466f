"""Decree 13 remuneration payments per author, and the indexes the to-do panel reads by date.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "remuneration_payment",
        sa.Column("remuneration_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("proof_id", sa.String(length=36), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("amount > 0", name=op.f("ck_remuneration_payment_amount_positive")),
        sa.ForeignKeyConstraint(
            ["remuneration_id"], ["remuneration.id"],
            name=op.f("fk_remuneration_payment_remuneration_id_remuneration"),
        ),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_remuneration_payment_person_id_person")),
        sa.ForeignKeyConstraint(
            ["proof_id"], ["attachment.id"], name=op.f("fk_remuneration_payment_proof_id_attachment")
        ),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_remuneration_payment")),
        sa.UniqueConstraint("id", name=op.f("uq_remuneration_payment_id")),
    )
    with op.batch_alter_table("remuneration_payment") as batch:
        batch.create_index(batch.f("ix_remuneration_payment_remuneration_id"), ["remuneration_id"])
        batch.create_index(batch.f("ix_remuneration_payment_person_id"), ["person_id"])
    # The to-do panel walks these in date order and stops at its limit.
    op.create_index("ix_remuneration_due_on", "remuneration", ["due_on"])
    op.create_index("ix_recognition_request_review_due_on", "recognition_request", ["review_due_on"])


def downgrade() -> None:
    op.drop_index("ix_recognition_request_review_due_on", "recognition_request")
    op.drop_index("ix_remuneration_due_on", "remuneration")
    op.drop_table("remuneration_payment")
