"""Full-text search index over initiatives, filled from the data already in the store.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from sangkien_desktop.persistence import search

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    conn = op.get_bind()
    search.create_index(conn)
    ids = [row[0] for row in conn.exec_driver_sql("SELECT id FROM initiative")]
    search.reindex(conn, ids)


def downgrade() -> None:
    op.execute(f"DROP TABLE {search.FTS_TABLE}")
