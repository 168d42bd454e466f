"""Trash and audit page: tombstones of purged records, the audit trail's time index, and triggers
that keep the audit trail append-only in the database itself.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen here (same text as models/core.py AUDIT_DDL; the schema test compares them).
GUARDED = ("UPDATE", "DELETE")


def _trigger(verb: str) -> str:
    return (
        f"CREATE TRIGGER audit_entry_no_{verb.lower()} BEFORE {verb} ON audit_entry "
        f"BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END"
    )


def upgrade() -> None:
    op.create_table(
        "purged_record",
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("purged_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("entity", "entity_id", name=op.f("pk_purged_record")),
    )
    op.execute("CREATE INDEX ix_audit_entry_time ON audit_entry (at)")
    for verb in GUARDED:
        op.execute(_trigger(verb))


def downgrade() -> None:
    for verb in GUARDED:
        op.execute(f"DROP TRIGGER audit_entry_no_{verb.lower()}")
    op.execute("DROP INDEX ix_audit_entry_time")
    op.drop_table("purged_record")
