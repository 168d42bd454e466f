"""The batch handler (SYNC.md §6 order of work): lock → replay → seq_reuse → apply in seq order →
receipts and response stored → commit. The network route and the offline import both use it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sangkien_desktop import protocol
from sangkien_server import apply, db, locks, progress, schema, staging
from sangkien_server.auth import DeviceAuth
from sangkien_server.models import Batch, Device, DeviceEpoch, OpReceipt
from sangkien_server.wire import ApiError, bad_request, body_bytes, utcnow


@dataclass(frozen=True)
class BatchAnswer:
    status: int
    body: bytes
    replayed: bool


def handle(db_url: str, device: DeviceAuth, body: dict[str, Any], idempotency_key: str | None, *,
           server_id: str, retention_days: int) -> BatchAnswer:
    batch = schema.parse_batch(body)
    if idempotency_key is not None and idempotency_key != batch.batch_id:
        raise bad_request("Idempotency-Key phải bằng batch_id của lô.")
    if batch.device_id != device.device_id or batch.unit_id != device.unit_id:
        raise ApiError(403, "unit_mismatch", "Lô ghi thiết bị hoặc đơn vị khác với mã xác thực đã dùng.")
    try:
        key = locks.device_key(device.device_id)
        with db.write_session(db_url) as session, locks.held(session, db_url, key):
            replay = stored_answer(session, device.device_id, batch.batch_id, retention_days,
                                   batch.body_sha256)
            if replay is not None:
                return replay
            answer = _apply(session, device, batch, server_id)
            session.commit()
            return answer
    except IntegrityError as exc:  # a concurrent writer won a unique key: nothing of ours was kept
        raise ApiError(409, "in_progress", "Thao tác đang được ghi bởi một yêu cầu khác; hãy thử lại.",
                       {"Retry-After": "5"}) from exc


def stored_answer(session: Session, device_id: str, batch_id: str, retention_days: int,
                  body_sha256: str | None = None) -> BatchAnswer | None:
    """The kept response of ``batch_id`` for this device, or None (unknown, or older than retention).
    With ``body_sha256`` (an upload) a batch id already used for other content is a 409; without it
    (a replay request) another device's batch is simply unknown."""
    row = session.get(Batch, batch_id)
    if row is None or (body_sha256 is None and row.device_id != device_id):
        return None
    if row.device_id != device_id or (body_sha256 is not None and row.body_sha256 != body_sha256):
        raise ApiError(409, "idempotency_key_reuse",
                       "Mã lô (Idempotency-Key) này đã được dùng cho một lô có nội dung khác.")
    if row.created_at < utcnow() - timedelta(days=retention_days):
        if body_sha256 is not None:  # re-processing replaces it: every op comes back as duplicate
            session.delete(row)
            session.flush()
        return None
    return BatchAnswer(row.status_code, row.response_body, replayed=True)


def prune_responses(db_url: str, retention_days: int) -> int:
    """Forget responses past the replay window (run at start-up); a later retry is re-applied and every
    op comes back as ``duplicate``."""
    with db.write_session(db_url) as session:
        cutoff = utcnow() - timedelta(days=retention_days)
        result = session.execute(delete(Batch).where(Batch.created_at < cutoff))
        session.commit()
    return int(getattr(result, "rowcount", 0) or 0)


def _apply(session: Session, device: DeviceAuth, batch: schema.BatchIn, server_id: str) -> BatchAnswer:
    now = utcnow()
    if session.get(DeviceEpoch, (device.device_id, batch.device_epoch)) is None:
        raise bad_request(f"Thiết bị chưa có kỳ (epoch) {batch.device_epoch} trên máy chủ.")
    receipts = _receipts(session, device.device_id, batch)
    reused = [op.seq for op in batch.ops if op.seq in receipts and receipts[op.seq] != op.op_id]
    if reused:
        raise ApiError(409, "seq_reuse",
                       f"Số thứ tự {', '.join(map(str, reused[:10]))} của kỳ {batch.device_epoch} đã ứng với "
                       "thao tác khác (có thể máy vừa khôi phục bản sao lưu cũ); cần bắt đầu kỳ mới.")
    staged = staging.load(session, device.unit_id, batch)
    ctx = apply.ApplyContext(staged, device.device_id, device.unit_id, batch.device_epoch, batch.batch_id,
                             now)
    results = [(op, apply.decide(ctx, op)) for op in batch.ops]
    staged.receipts = [
        {"device_id": device.device_id, "device_epoch": batch.device_epoch, "seq": op.seq,
         "op_id": op.op_id, "status": result.status, "code": result.code, "batch_id": batch.batch_id,
         "received_at": now}
        for op, result in results if result.status != protocol.RESULT_DEFERRED and op.seq not in receipts
    ]
    staged.flush(session, now)
    row = session.get_one(Device, device.device_id)
    progress.add_stored(row, ctx.new_digest_terms)
    row.last_seen_at = now
    session.flush()
    figures = progress.advance(session, device.device_id, batch.device_epoch)
    response = {
        "protocol": protocol.PROTOCOL_VERSION, "server_id": server_id, "device_id": device.device_id,
        "device_epoch": batch.device_epoch, "batch_id": batch.batch_id,
        "received_at": protocol.format_utc(now),
        "results": [result.wire(op) for op, result in results],
        "acked_through_seq": figures.acked_through_seq, "missing_seqs": figures.missing_seqs,
        "device_op_count": row.op_count, "device_digest": row.digest,
    }
    body = body_bytes(response)
    session.add(Batch(batch_id=batch.batch_id, device_id=device.device_id, body_sha256=batch.body_sha256,
                      status_code=200, response_body=body, created_at=now))
    return BatchAnswer(200, body, replayed=False)


def _receipts(session: Session, device_id: str, batch: schema.BatchIn) -> dict[int, str]:
    rows = session.execute(
        select(OpReceipt.seq, OpReceipt.op_id).where(
            OpReceipt.device_id == device_id, OpReceipt.device_epoch == batch.device_epoch,
            OpReceipt.seq.in_([op.seq for op in batch.ops]))
    ).all()
    return dict(rows)
