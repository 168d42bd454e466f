"""The sync client: sealed batches with their exact bodies, attachment upload progress, the sync log,
the server's review states, and the sync_state columns for enrolment, server figures, backoff, the
single-flight lease and the connection status (SYNC.md §4.1).

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-27
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen here: the sync_state columns this revision adds, in order. Strings without a length (SQLite
# ignores it), so the appended column list reads like a fresh store's CREATE TABLE.
STATE_COLUMNS = (
    ("acked_ops", sa.Integer(), "0"),
    ("unit_id", sa.String(), None),
    ("unit_code", sa.String(), None),
    ("unit_name", sa.String(), None),
    ("credential_ref", sa.String(), None),
    ("ca_bundle", sa.String(), None),
    ("enrolled_at", sa.DateTime(), None),
    ("last_ping_at", sa.DateTime(), None),
    ("last_attempt_at", sa.DateTime(), None),
    ("clock_skew_s", sa.Float(), None),
    ("server_acked_through_seq", sa.Integer(), None),
    ("server_op_count", sa.Integer(), None),
    ("server_digest", sa.String(), None),
    ("digest_ok", sa.Boolean(), None),
    ("reconciled_at", sa.DateTime(), None),
    ("backoff_step", sa.Integer(), "0"),
    ("next_attempt_at", sa.DateTime(), None),
    ("lease_owner", sa.String(), None),
    ("lease_until", sa.DateTime(), None),
    ("connection_state", sa.String(), None),
    ("connection_message", sa.Text(), None),
    ("batch_max_ops", sa.Integer(), None),
    ("batch_max_bytes", sa.Integer(), None),
    ("pullback_epoch", sa.Integer(), None),
    ("pullback_after_seq", sa.Integer(), "0"),
)


def upgrade() -> None:
    for name, kind, default in STATE_COLUMNS:
        op.add_column("sync_state", sa.Column(name, kind, nullable=default is None, server_default=default))
    op.execute("UPDATE sync_state SET acked_ops = (SELECT count(*) FROM outbox WHERE state = 'ACKED')")
    op.create_table(
        "sync_batch",
        sa.Column("batch_id", sa.String(length=36), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("device_epoch", sa.Integer(), nullable=False),
        sa.Column("first_seq", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("op_count", sa.Integer(), nullable=False),
        sa.Column("body_sha256", sa.String(length=64), nullable=False),
        sa.Column("body_gzip", sa.LargeBinary(), nullable=True),
        sa.Column("job_id", sa.String(length=100), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("unknown_streak", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("response_sha256", sa.String(length=64), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("batch_id", name=op.f("pk_sync_batch")),
    )
    op.create_index("ix_sync_batch_state", "sync_batch", ["state", "first_seq"])
    op.create_table(
        "blob_upload",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("last_server_received", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_blob_upload")),
    )
    op.create_table(
        "sync_log",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("level", sa.String(length=10), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_sync_log")),
    )
    op.create_table(
        "server_review_state",
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("message", sa.Text(), nullable=True),
        sa.Column("server_seq", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("entity_id", name=op.f("pk_server_review_state")),
    )


def downgrade() -> None:
    op.drop_table("server_review_state")
    op.drop_table("sync_log")
    op.drop_table("blob_upload")
    op.drop_index("ix_sync_batch_state", "sync_batch")
    op.drop_table("sync_batch")
    with op.batch_alter_table("sync_state") as batch:
        for name, _kind, _default in reversed(STATE_COLUMNS):
            batch.drop_column(name)
