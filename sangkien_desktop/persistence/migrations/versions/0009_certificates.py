"""Certificate register: who the certificate is for and its signed QR payload on each print row, one
first print per serial (a unique partial index), and a per-unit, per-year serial counter.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("print_record", sa.Column("recipient_name", sa.String(length=200), nullable=True))
    op.add_column("print_record", sa.Column("payload", sa.Text(), nullable=True))
    op.create_index(
        "ux_print_record_first_serial", "print_record", ["serial"], unique=True,
        sqlite_where=sa.text("reprint_of IS NULL AND serial IS NOT NULL"),
    )
    op.create_table(
        "certificate_counter",
        sa.Column("unit_code", sa.String(length=20), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last_number", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("unit_code", "year", name=op.f("pk_certificate_counter")),
    )


def downgrade() -> None:
    op.drop_table("certificate_counter")
    op.drop_index("ux_print_record_first_serial", "print_record")
    with op.batch_alter_table("print_record") as batch:
        batch.drop_column("payload")
        batch.drop_column("recipient_name")
