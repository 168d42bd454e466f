"""The registry's total and the pending-changes count without reading millions of rows: a partial
index of the live initiatives, and a counter of unsettled outbox ops kept with every insert.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen here: the states that counted as unsettled when this revision was written.
UNSETTLED = ("PENDING", "IN_FLIGHT", "DEFERRED")


def upgrade() -> None:
    op.create_index("ix_initiative_live", "initiative", ["deleted_at"], sqlite_where=sa.text("deleted_at IS NULL"))
    with op.batch_alter_table("sync_state") as batch:
        batch.add_column(sa.Column("unsettled_ops", sa.Integer(), nullable=False, server_default="0"))
    marks = ", ".join(f"'{state}'" for state in UNSETTLED)
    op.execute(f"UPDATE sync_state SET unsettled_ops = (SELECT count(*) FROM outbox WHERE state IN ({marks}))")


def downgrade() -> None:
    with op.batch_alter_table("sync_state") as batch:
        batch.drop_column("unsettled_ops")
    op.drop_index("ix_initiative_live", "initiative")
