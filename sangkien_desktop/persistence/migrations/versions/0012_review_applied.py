"""Which pulled review each record's workflow has taken in: a review is applied to the initiative
(HOP_LE / KHONG_HOP_LE) in its own transaction after the pull, and ``applied_seq`` remembers the
server change applied, so a crash between the two only delays it. A partial index keeps the
submissions the server has not acknowledged yet at hand: they are read after every sync.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-27
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("server_review_state") as batch:
        batch.add_column(sa.Column("applied_seq", sa.Integer(), nullable=True))
    op.create_index("ix_upload_item_waiting", "upload_item", ["id"], unique=False,
                    sqlite_where=sa.text("server_received_at IS NULL"))


def downgrade() -> None:
    op.drop_index("ix_upload_item_waiting", table_name="upload_item")
    with op.batch_alter_table("server_review_state") as batch:
        batch.drop_column("applied_seq")
