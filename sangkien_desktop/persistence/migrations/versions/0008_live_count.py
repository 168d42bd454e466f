"""The registry's total kept by triggers: a one-row table counting the live initiatives.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen here (same text as persistence/live_count.py TRIGGERS; the schema test compares them).
_ADD = "UPDATE live_count SET initiatives = initiatives + 1"
_SUBTRACT = "UPDATE live_count SET initiatives = initiatives - 1"
TRIGGERS = {
    "initiative_live_insert": (
        "CREATE TRIGGER initiative_live_insert AFTER INSERT ON initiative "
        f"WHEN NEW.deleted_at IS NULL BEGIN {_ADD}; END"
    ),
    "initiative_live_delete": (
        "CREATE TRIGGER initiative_live_delete AFTER DELETE ON initiative "
        f"WHEN OLD.deleted_at IS NULL BEGIN {_SUBTRACT}; END"
    ),
    "initiative_live_tombstone": (
        "CREATE TRIGGER initiative_live_tombstone AFTER UPDATE OF deleted_at ON initiative "
        f"WHEN OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL BEGIN {_SUBTRACT}; END"
    ),
    "initiative_live_revive": (
        "CREATE TRIGGER initiative_live_revive AFTER UPDATE OF deleted_at ON initiative "
        f"WHEN OLD.deleted_at IS NOT NULL AND NEW.deleted_at IS NULL BEGIN {_ADD}; END"
    ),
}


def upgrade() -> None:
    op.create_table(
        "live_count",
        sa.Column("singleton", sa.Integer(), nullable=False),
        sa.Column("initiatives", sa.Integer(), nullable=False),
        sa.CheckConstraint("singleton = 1", name=op.f("ck_live_count_single_row")),
        sa.PrimaryKeyConstraint("singleton", name=op.f("pk_live_count")),
    )
    op.execute(
        "INSERT INTO live_count (singleton, initiatives) "
        "SELECT 1, count(*) FROM initiative WHERE deleted_at IS NULL"
    )
    for sql in TRIGGERS.values():
        op.execute(sql)


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("live_count")
