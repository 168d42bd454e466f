"""Consistency of the outbox states and the sync batches, for `sangkien check` (SYNC.md §4.2, G2)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from .models import OutboxOp, SyncState
from .models.sync import SyncBatch
from .sync_outbox import ACKED, IN_FLIGHT, OP_STATES, OPEN_BATCH_STATES


def _count(conn: Connection, query: sa.Select[Any]) -> int:
    return int(conn.execute(query).scalar_one())


def sync_problems(conn: Connection) -> list[str]:
    """Each broken rule as a Vietnamese sentence; empty when the outbox is consistent."""
    problems = []
    count = sa.select(sa.func.count()).select_from(OutboxOp)
    unknown = _count(conn, count.where(OutboxOp.state.not_in(OP_STATES)))
    if unknown:
        problems.append(f"{unknown} thay đổi có trạng thái đồng bộ không hợp lệ")
    open_ids = sa.select(SyncBatch.batch_id).where(SyncBatch.state.in_(OPEN_BATCH_STATES))
    orphans = _count(
        conn,
        count.where(
            OutboxOp.state == IN_FLIGHT,
            sa.or_(OutboxOp.batch_id.is_(None), OutboxOp.batch_id.not_in(open_ids)),
        ),
    )
    if orphans:
        problems.append(f"{orphans} thay đổi đang gửi nhưng không thuộc lô nào đang mở")
    carrying = sa.select(OutboxOp.batch_id).where(OutboxOp.state == IN_FLIGHT, OutboxOp.batch_id.is_not(None))
    empty = _count(
        conn,
        sa.select(sa.func.count())
        .select_from(SyncBatch)
        .where(SyncBatch.state.in_(OPEN_BATCH_STATES), SyncBatch.batch_id.not_in(carrying)),
    )
    if empty:
        problems.append(f"{empty} lô đang mở không còn thay đổi nào")
    no_body = _count(
        conn,
        sa.select(sa.func.count())
        .select_from(SyncBatch)
        .where(SyncBatch.state == "SEALED", SyncBatch.body_gzip.is_(None)),
    )
    if no_body:
        problems.append(f"{no_body} lô đã niêm phong mất nội dung gửi")
    acked = _count(conn, count.where(OutboxOp.state == ACKED))
    kept = int(conn.execute(sa.select(SyncState.acked_ops)).scalar_one())
    if acked != kept:
        problems.append(f"số thay đổi máy chủ đã nhận không khớp ({acked} đếm được, {kept} đã ghi)")
    return problems
