"""An index on the outbox's batch: settling a batch read its ops by scanning the whole outbox, so
each batch of a long upload took longer than the one before.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-27
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_outbox_batch_id", "outbox", ["batch_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_outbox_batch_id", table_name="outbox")
