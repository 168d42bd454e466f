"""Registry sorting: Vietnamese sort keys of the title and the lead author, and the sort indexes.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from sangkien_desktop.persistence import sort_keys

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen here (not imported from the models): a migration must keep meaning what it meant.
INDEXED = ("title_sort_key", "lead_sort_key", "first_applied_on", "benefit_value", "kind", "field_code",
           "department", "programme_id")


def upgrade() -> None:
    with op.batch_alter_table("initiative") as batch:
        batch.add_column(sa.Column("title_sort_key", sa.String(400), nullable=False, server_default=""))
        batch.add_column(sa.Column("lead_sort_key", sa.String(400), nullable=False, server_default=""))
    sort_keys.refresh_all(op.get_bind())
    for column in INDEXED:
        op.create_index(f"ix_initiative_{column}", "initiative", [column])


def downgrade() -> None:
    for column in INDEXED:
        op.drop_index(f"ix_initiative_{column}", "initiative")
    with op.batch_alter_table("initiative") as batch:
        batch.drop_column("lead_sort_key")
        batch.drop_column("title_sort_key")
