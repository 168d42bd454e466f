"""Sending a problem item again (the officer's "Gửi lại" on an attention item).

A deferred op goes back to PENDING as it is (the server has no receipt for it). A quarantined or
gone op is never re-sent under its own id (the server decided it): a fresh op carrying the record's
current state takes its place, written as the unit of work writes ops (next seq, counter).
"""

from __future__ import annotations

import json
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from sangkien_desktop.domain.errors import KnownError, NotFoundError

from .models import OutboxOp, Setting, synced_tables
from .outbox import OpDraft, append_ops, sync_payload
from .sync_outbox import ACKED, DEFERRED, GONE, PENDING, QUARANTINED


def resend(conn: Connection, op_id: str, now: datetime) -> str:
    """Re-queue the op; returns the op id that will go out (the same one, or a fresh op's)."""
    row = conn.execute(
        sa.select(OutboxOp.state, OutboxOp.entity_type, OutboxOp.entity_id).where(OutboxOp.op_id == op_id)
    ).first()
    if row is None:
        raise NotFoundError(f"Không tìm thấy thay đổi “{op_id}” trong hàng đợi đồng bộ.")
    if row.state == DEFERRED:
        conn.execute(sa.update(OutboxOp).where(OutboxOp.op_id == op_id).values(state=PENDING))
        return op_id
    if row.state not in (QUARANTINED, GONE):
        raise KnownError("Thay đổi này không cần gửi lại: nó đang chờ gửi hoặc máy chủ đã nhận.")
    return _fresh_op(conn, row.entity_type, row.entity_id, now)


def _fresh_op(conn: Connection, entity_type: str, entity_id: str, now: datetime) -> str:
    model = synced_tables().get(entity_type)
    if model is None:
        raise KnownError(f"Loại dữ liệu “{entity_type}” không còn được đồng bộ.")
    table: sa.Table = model.__table__  # type: ignore[attr-defined]
    record = conn.execute(sa.select(table).where(table.c.id == entity_id)).mappings().first()
    if record is None:
        raise KnownError("Bản ghi này đã bị xoá hẳn khỏi máy nên không gửi lại được.")
    values = {attr.key: record[attr.columns[0].key] for attr in sa.inspect(model).column_attrs}
    draft = OpDraft(
        entity_type,
        entity_id,
        _last_acked_version(conn, entity_id),
        values["version"],
        values["deleted_at"] is not None,
        sync_payload(model, values, send_personal=_send_personal(conn)),
    )
    append_ops(conn, [draft], now)
    fresh = conn.execute(
        sa.select(OutboxOp.op_id)
        .where(OutboxOp.entity_id == entity_id)
        .order_by(OutboxOp.device_epoch.desc(), OutboxOp.seq.desc())
        .limit(1)
    ).scalar_one()
    return str(fresh)


def _last_acked_version(conn: Connection, entity_id: str) -> int | None:
    """The version the server last stored from us: the fresh op's base."""
    return conn.execute(
        sa.select(sa.func.max(OutboxOp.version)).where(
            OutboxOp.entity_id == entity_id, OutboxOp.state == ACKED
        )
    ).scalar()


def _send_personal(conn: Connection) -> bool:
    stored = conn.execute(
        sa.select(Setting.value).where(Setting.key == "sync.send_personal_contacts")
    ).scalar()
    return bool(stored and json.loads(stored))
