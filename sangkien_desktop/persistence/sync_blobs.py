"""Which blobs unsent ops need, and upload progress for display (SYNC.md W5: never the truth)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from sangkien_desktop.protocol import OP_UPSERT

from .models import OutboxOp
from .models.sync import BlobUpload
from .sync_outbox import DEFERRED, IN_FLIGHT, PENDING


def unsent_blob_ops(conn: Connection) -> Iterator[tuple[str, str, dict[str, Any], list[str]]]:
    """(entity_type, op_type, payload, stored blob_refs) of unsettled upserts that may name blobs."""
    query = (
        sa.select(OutboxOp.entity_type, OutboxOp.op_type, OutboxOp.payload, OutboxOp.blob_refs)
        .where(
            OutboxOp.state.in_((PENDING, IN_FLIGHT, DEFERRED)),
            OutboxOp.op_type == OP_UPSERT,
            OutboxOp.payload.is_not(None),
            sa.or_(OutboxOp.entity_type == "attachment", OutboxOp.blob_refs.is_not(None)),
        )
        .order_by(OutboxOp.seq)
    )
    for row in conn.execute(query):
        refs = json.loads(row.blob_refs) if row.blob_refs else []
        yield row.entity_type, row.op_type, json.loads(row.payload), refs


def note_blob(conn: Connection, sha256: str, size: int, state: str, received: int, now: datetime) -> None:
    values = {"size": size, "state": state, "last_server_received": received, "updated_at": now}
    updated = conn.execute(sa.update(BlobUpload).where(BlobUpload.sha256 == sha256).values(**values)).rowcount
    if not updated:
        conn.execute(sa.insert(BlobUpload).values(sha256=sha256, **values))
