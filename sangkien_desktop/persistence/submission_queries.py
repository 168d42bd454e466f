"""Reads behind submissions: what waits to be settled after a sync (DOMAIN.md §4.15)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from .models import OutboxOp, UploadItem
from .models.sync import ServerReviewState
from .sync_outbox import ACKED

UPLOAD_ITEM = "upload_item"


def acknowledged_items(conn: Connection) -> dict[str, datetime]:
    """Upload items the server has acknowledged that the workflow has not taken in yet, with the
    server's time of receipt (its clock), or when we settled it for an op acknowledged without one
    (a reconciliation): a submission must never stay stuck for want of a timestamp.

    Driven from the few items still waiting, each looked up in the outbox by its id: a join let
    SQLite walk every acknowledged op of the store instead."""
    received = (
        sa.select(sa.func.min(sa.func.coalesce(OutboxOp.server_received_at, OutboxOp.settled_at)))
        .where(OutboxOp.entity_id == UploadItem.id, OutboxOp.entity_type == UPLOAD_ITEM,
               OutboxOp.state == ACKED)
        .scalar_subquery()
    )
    rows = conn.execute(
        sa.select(UploadItem.id, received)
        .where(UploadItem.server_received_at.is_(None), UploadItem.deleted_at.is_(None))
    )
    return {row[0]: row[1] for row in rows if row[1] is not None}


def unapplied_reviews(conn: Connection) -> list[tuple[str, str, str | None, int]]:
    """Pulled reviews newer than what the workflow took in: (entity id, state, message, server seq)."""
    rows = conn.execute(
        sa.select(ServerReviewState.entity_id, ServerReviewState.state, ServerReviewState.message,
                  ServerReviewState.server_seq)
        .where(sa.or_(ServerReviewState.applied_seq.is_(None),
                      ServerReviewState.applied_seq < ServerReviewState.server_seq))
        .order_by(ServerReviewState.server_seq)
    )
    return [(row[0], row[1], row[2], row[3]) for row in rows]


def mark_applied(conn: Connection, entity_id: str, server_seq: int) -> None:
    conn.execute(sa.update(ServerReviewState).where(ServerReviewState.entity_id == entity_id)
                 .values(applied_seq=server_seq))


def items_of(conn: Connection, entity_ids: Sequence[str]) -> dict[str, str]:
    """Upload item id → initiative id, for reviews the server filed on an item instead of its initiative."""
    query = sa.select(UploadItem.id, UploadItem.initiative_id).where(UploadItem.id.in_(list(entity_ids)))
    rows = conn.execute(query)
    return {row[0]: row[1] for row in rows}
