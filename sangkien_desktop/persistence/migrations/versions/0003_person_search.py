"""Full-text search index over persons (folded name and department), filled from the store.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from sangkien_desktop.persistence import person_search

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    conn = op.get_bind()
    person_search.create_index(conn)
    person_search.fill(conn)


def downgrade() -> None:
    op.execute(f"DROP TABLE {person_search.FTS_TABLE}")
