"""Deciding and applying one op (SYNC.md §3.5 and §6 "Apply")."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sangkien_desktop import protocol
from sangkien_server.schema import OpIn
from sangkien_server.staging import KnownOp, RecordState, Staged

MONEY_FIELDS = frozenset({"amount", "amount_due", "amount_paid", "benefit_value"})
SHARE_FIELDS = frozenset({"share", "share_pct"})


@dataclass
class ApplyContext:
    """What the ops of one batch share; ``staged`` holds what they read and write."""

    staged: Staged
    device_id: str
    unit_id: str
    epoch: int
    batch_id: str
    now: datetime
    new_digest_terms: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class OpResult:
    status: str
    code: str | None = None
    message: str | None = None
    server_version: int | None = None
    payload_sha256: str | None = None
    received_at: datetime | None = None
    first_batch_id: str | None = None

    def wire(self, op: OpIn) -> dict[str, Any]:
        out: dict[str, Any] = {"op_id": op.op_id, "seq": op.seq, "status": self.status}
        if self.code is not None:
            out["code"], out["message"] = self.code, self.message
        if self.server_version is not None:
            out["server_version"], out["payload_sha256"] = self.server_version, self.payload_sha256
        if self.received_at is not None:
            out["received_at"] = protocol.format_utc(self.received_at)
            out["first_batch_id"] = self.first_batch_id
        return out


def _refuse(status: str, code: str, message: str) -> OpResult:
    return OpResult(status, code, message)


def decide(ctx: ApplyContext, op: OpIn) -> OpResult:
    """The op's result; stages its record, history and op row when applied or conflict_flagged."""
    known = ctx.staged.stored.get(op.op_id)
    if known is not None:
        return _seen_before(ctx, op, known)
    text = protocol.canonical_json(op.payload)
    refusal = _permanent_refusal(ctx, op, text) or _deferral(ctx, op)
    if refusal is not None:
        return refusal
    return _store(ctx, op, text)


def _seen_before(ctx: ApplyContext, op: OpIn, known: KnownOp) -> OpResult:
    if known.unit_id != ctx.unit_id:
        return _refuse(protocol.RESULT_REJECTED, "unit_mismatch", "Mã thao tác này thuộc về đơn vị khác.")
    if known.payload_sha256 != op.payload_sha256:
        return _refuse(protocol.RESULT_MISMATCH, "different_payload",
                       "Máy chủ đã nhận thao tác cùng mã nhưng nội dung khác; "
                       "bản trên máy chủ được giữ nguyên.")
    return OpResult(protocol.RESULT_DUPLICATE, server_version=known.server_version,
                    payload_sha256=known.payload_sha256, received_at=known.received_at,
                    first_batch_id=known.batch_id)


def _permanent_refusal(ctx: ApplyContext, op: OpIn, text: str) -> OpResult | None:
    if op.entity_type not in protocol.ENTITY_TYPES:
        return _refuse(protocol.RESULT_REJECTED, "unknown_entity_type",
                       f"Loại bản ghi “{op.entity_type}” không có trong giao thức.")
    if protocol.sha256_hex(text) != op.payload_sha256:
        return _refuse(protocol.RESULT_REJECTED, "payload_hash",
                       "payload_sha256 không khớp nội dung; thao tác bị hỏng trên đường truyền "
                       "hoặc do lỗi phần mềm.")
    record = ctx.staged.records.get((op.entity_type, op.entity_id))
    if record is not None and record.unit_id != ctx.unit_id:
        return _refuse(protocol.RESULT_REJECTED, "unit_mismatch", "Bản ghi này thuộc về đơn vị khác.")
    problem = None if op.op_type == protocol.OP_DELETE else validation_problem(op.entity_type, op.payload)
    if problem is not None:
        return _refuse(protocol.RESULT_REJECTED, "validation", problem)
    if (record is not None and record.deleted and op.op_type == protocol.OP_UPSERT
            and op.base_version != record.version):
        return _refuse(protocol.RESULT_GONE, "deleted", "Bản ghi đã bị xoá trên máy chủ.")
    return None


def validation_problem(entity_type: str, payload: dict[str, Any]) -> str | None:
    """A small set of rules the server enforces itself; the desktop checks much more before saving."""
    if entity_type == "initiative":
        title = payload.get("title")
        if not isinstance(title, str) or not title.strip():
            return "Sáng kiến phải có tên."
    if entity_type == "authorship":
        for name in SHARE_FIELDS & payload.keys():
            share = _number(payload[name])
            if share is None or not Decimal(0) <= share <= Decimal(100):
                return "Tỷ lệ đóng góp của tác giả phải từ 0 đến 100%."
    for name, value in payload.items():
        if (name in MONEY_FIELDS or name.endswith("_amount")) and value is not None:
            amount = _number(value)
            if amount is None or amount < 0:
                return f"Số tiền “{name}” phải là số không âm."
    return None


def _number(value: Any) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, int | str | float):
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _deferral(ctx: ApplyContext, op: OpIn) -> OpResult | None:
    missing_blobs = [sha for sha in op.blob_refs if sha not in ctx.staged.complete_blobs]
    if missing_blobs:
        return _refuse(protocol.RESULT_DEFERRED, "missing_blob",
                       f"Máy chủ chưa có đủ tệp đính kèm {', '.join(s[:12] for s in missing_blobs)}…; "
                       "hãy tải tệp lên rồi gửi lại.")
    if op.op_type == protocol.OP_DELETE:
        return None
    for name, ref_type in protocol.REFERENCES.get(op.entity_type, {}).items():
        ref_id = op.payload.get(name)
        target = ctx.staged.records.get((ref_type, ref_id)) if isinstance(ref_id, str) else None
        if isinstance(ref_id, str) and (target is None or target.unit_id not in (ctx.unit_id, None)):
            return _refuse(protocol.RESULT_DEFERRED, "missing_dependency",
                           f"Máy chủ chưa có bản ghi {ref_type} “{ref_id}” mà trường {name} tham chiếu.")
    return None


def _store(ctx: ApplyContext, op: OpIn, text: str) -> OpResult:
    key = (op.entity_type, op.entity_id)
    record = ctx.staged.records.get(key)
    deleted = op.op_type == protocol.OP_DELETE
    status = protocol.RESULT_APPLIED
    if record is None:
        record = RecordState(op.entity_type, op.entity_id, ctx.unit_id, op.version or 1, text,
                             op.payload_sha256, deleted, False, op.op_id, is_new=True)
        ctx.staged.records[key] = record
    elif op.version is not None and op.version <= record.version:
        # Older than what the server holds: kept in history for review, the newer state stays current.
        _history(ctx, record, op.version, text, op.payload_sha256, deleted, op.op_id, True)
        record.conflict, record.changed, status = True, True, protocol.RESULT_CONFLICT
    else:
        fresh = op.base_version == record.version
        _history(ctx, record, record.version, record.payload, record.payload_sha256, record.deleted,
                 record.last_op_id, not fresh)
        record.version = op.version if op.version is not None else record.version + 1
        record.payload, record.payload_sha256, record.deleted = text, op.payload_sha256, deleted
        record.last_op_id, record.changed = op.op_id, True
        if not fresh:
            record.conflict, status = True, protocol.RESULT_CONFLICT
    ctx.staged.new_ops.append({
        "op_id": op.op_id, "device_id": ctx.device_id, "unit_id": ctx.unit_id, "device_epoch": ctx.epoch,
        "seq": op.seq, "entity_type": op.entity_type, "entity_id": op.entity_id, "op_type": op.op_type,
        "base_version": op.base_version, "version": op.version, "payload": text,
        "payload_sha256": op.payload_sha256, "blob_refs": json.dumps(list(op.blob_refs)),
        "created_at_local": op.created_at_local, "received_at": ctx.now, "batch_id": ctx.batch_id,
        "status": status, "server_version": record.version,
    })
    ctx.staged.stored[op.op_id] = KnownOp(op.op_id, ctx.unit_id, op.payload_sha256, record.version, ctx.now,
                                          ctx.batch_id)
    ctx.new_digest_terms.append((op.op_id, op.payload_sha256))
    return OpResult(status, server_version=record.version, payload_sha256=op.payload_sha256)


def _history(ctx: ApplyContext, record: RecordState, version: int, payload: str, sha: str, deleted: bool,
             op_id: str | None, conflict: bool) -> None:
    ctx.staged.history.append({
        "entity_type": record.entity_type, "entity_id": record.entity_id, "version": version,
        "payload": payload, "payload_sha256": sha, "deleted": deleted, "op_id": op_id, "conflict": conflict,
        "replaced_at": ctx.now,
    })
