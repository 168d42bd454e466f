"""Read side of the sync API for one device: state, diff, changes, epochs and ops pull-back."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from sangkien_desktop import protocol
from sangkien_server import progress
from sangkien_server.auth import DeviceAuth
from sangkien_server.models import ChangeLog, Device, DeviceEpoch, StoredOp
from sangkien_server.wire import ApiError, bad_request, utcnow

MAX_PAGE = 1000


def state(session: Session, device: DeviceAuth, epoch: int | None, server_id: str) -> dict[str, Any]:
    epoch = device.current_epoch if epoch is None else epoch
    if session.get(DeviceEpoch, (device.device_id, epoch)) is None:
        raise ApiError(404, "not_found", f"Thiết bị chưa có kỳ (epoch) {epoch} trên máy chủ.")
    figures = progress.advance(session, device.device_id, epoch, store=False)
    count, digest = progress.recount(session, device.device_id)
    return {
        "protocol": protocol.PROTOCOL_VERSION, "server_id": server_id, "device_id": device.device_id,
        "device_epoch": epoch, "current_epoch": device.current_epoch,
        "acked_through_seq": figures.acked_through_seq, "missing_seqs": figures.missing_seqs,
        "device_op_count": count, "device_digest": digest, "server_time": protocol.format_utc(utcnow()),
    }


def diff(session: Session, device: DeviceAuth, pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """Which of the client's acknowledged ops the server lacks or holds with another hash (this unit only)."""
    held = dict(session.execute(
        select(StoredOp.op_id, StoredOp.payload_sha256).where(
            StoredOp.unit_id == device.unit_id, StoredOp.op_id.in_([op_id for op_id, _ in pairs]))
    ).all())
    missing = [op_id for op_id, _ in pairs if op_id not in held]
    mismatched = [op_id for op_id, sha in pairs if op_id in held and held[op_id] != sha]
    return {"protocol": protocol.PROTOCOL_VERSION, "missing": missing, "mismatched": mismatched}


def changes(session: Session, device: DeviceAuth, since: int, limit: int) -> dict[str, Any]:
    if since < 0:
        raise bad_request("“since” không được âm.")
    limit = max(1, min(limit, MAX_PAGE))
    visible = or_(ChangeLog.unit_id.is_(None), ChangeLog.unit_id == device.unit_id)
    newest = session.scalar(select(func.max(ChangeLog.server_seq))) or 0
    if since > newest:  # a cursor from another (reset or restored) server
        raise ApiError(412, "cursor_expired", "Con trỏ tải về không còn hợp lệ; hãy tải lại toàn bộ từ đầu.")
    rows = session.scalars(
        select(ChangeLog).where(visible, ChangeLog.server_seq > since).order_by(ChangeLog.server_seq)
        .limit(limit + 1)).all()
    page = rows[:limit]
    return {
        "protocol": protocol.PROTOCOL_VERSION,
        "changes": [
            {"server_seq": row.server_seq, "kind": row.kind, "id": row.entity_id, "version": row.version,
             "deleted": row.deleted, "payload": json.loads(row.payload)}
            for row in page
        ],
        "next_since": page[-1].server_seq if page else since,
        "has_more": len(rows) > limit,
    }


def new_epoch(session: Session, device: DeviceAuth) -> dict[str, Any]:
    """Start the next epoch (caller holds the device lock and commits)."""
    row = session.get_one(Device, device.device_id)
    newest = session.scalar(select(func.max(DeviceEpoch.epoch)).where(DeviceEpoch.device_id == row.id)) or 0
    row.current_epoch = newest + 1
    session.add(DeviceEpoch(device_id=row.id, epoch=row.current_epoch, acked_through_seq=0,
                            created_at=utcnow()))
    return {"protocol": protocol.PROTOCOL_VERSION, "device_id": row.id, "device_epoch": row.current_epoch}


def ops_page(session: Session, device: DeviceAuth, epoch: int, after_seq: int, limit: int) -> dict[str, Any]:
    limit = max(1, min(limit, MAX_PAGE))
    rows = session.scalars(
        select(StoredOp).where(StoredOp.device_id == device.device_id, StoredOp.device_epoch == epoch,
                               StoredOp.seq > after_seq).order_by(StoredOp.seq).limit(limit + 1)).all()
    page = rows[:limit]
    return {
        "protocol": protocol.PROTOCOL_VERSION, "device_id": device.device_id, "device_epoch": epoch,
        "ops": [_op_wire(row) for row in page],
        "next_after_seq": page[-1].seq if page else after_seq, "has_more": len(rows) > limit,
    }


def _op_wire(row: StoredOp) -> dict[str, Any]:
    return {
        "op_id": row.op_id, "seq": row.seq, "entity_type": row.entity_type, "entity_id": row.entity_id,
        "op_type": row.op_type, "base_version": row.base_version, "version": row.version,
        "payload": json.loads(row.payload), "payload_sha256": row.payload_sha256,
        "blob_refs": json.loads(row.blob_refs), "created_at_local": row.created_at_local,
        "status": row.status, "server_version": row.server_version,
        "received_at": protocol.format_utc(row.received_at), "batch_id": row.batch_id,
    }
