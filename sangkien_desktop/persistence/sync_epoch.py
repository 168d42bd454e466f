"""Device epochs after a restored backup (SYNC.md §4.6), the store's side.

``renumber_unsettled`` gives every op not yet settled a place in the new epoch (same op_id and
payload, seqs 1..n in their old order). ``insert_held_ops`` adds the ops the server holds that this
copy of the database lacks, as acknowledged rows at their original epoch and seq.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from sangkien_desktop.protocol import RESULT_APPLIED, STORED_RESULTS, payload_hash

from .models import OutboxOp, SyncState
from .sync_outbox import ACKED, DEFERRED, IN_FLIGHT, PENDING


def renumber_unsettled(conn: Connection, new_epoch: int) -> int:
    """Move the unsettled ops into ``new_epoch`` and make it the device's epoch; returns their count."""
    taken = conn.execute(sa.select(sa.func.count()).where(OutboxOp.device_epoch == new_epoch)).scalar_one()
    if taken:
        raise RuntimeError(f"epoch {new_epoch} already has ops in this store")
    ids = (
        conn.execute(
            sa.select(OutboxOp.op_id)
            .where(OutboxOp.state.in_((PENDING, IN_FLIGHT, DEFERRED)))
            .order_by(OutboxOp.device_epoch, OutboxOp.seq)
        )
        .scalars()
        .all()
    )
    if ids:
        conn.execute(
            sa.update(OutboxOp)
            .where(OutboxOp.op_id == sa.bindparam("moved_id"))
            .values(
                device_epoch=new_epoch,
                seq=sa.bindparam("new_seq"),
                state=sa.case((OutboxOp.state == IN_FLIGHT, PENDING), else_=OutboxOp.state),
                batch_id=None,
            ),
            [{"moved_id": op_id, "new_seq": i} for i, op_id in enumerate(ids, start=1)],
        )
    conn.execute(sa.update(SyncState).values(device_epoch=new_epoch, next_seq=len(ids) + 1))
    return len(ids)


class HeldOpLike(Protocol):
    @property
    def op_id(self) -> str: ...
    @property
    def seq(self) -> int: ...
    @property
    def entity_type(self) -> str: ...
    @property
    def entity_id(self) -> str: ...
    @property
    def op_type(self) -> str: ...
    @property
    def base_version(self) -> int | None: ...
    @property
    def version(self) -> int: ...
    @property
    def payload(self) -> dict[str, Any]: ...
    @property
    def payload_sha256(self) -> str: ...
    @property
    def server_version(self) -> int | None: ...
    @property
    def received_at(self) -> datetime | None: ...
    @property
    def status(self) -> str | None: ...


@dataclass(frozen=True)
class HeldSummary:
    inserted: tuple[str, ...] = ()  # op ids added as ACKED
    seq_taken: int = 0  # the local copy has another op at that epoch and seq: left alone, reported
    bad_hash: int = 0  # the payload did not hash to the stated value: not trusted


def insert_held_ops(conn: Connection, epoch: int, ops: Sequence[HeldOpLike], now: datetime) -> HeldSummary:
    ids = [op.op_id for op in ops]
    present = set(conn.execute(sa.select(OutboxOp.op_id).where(OutboxOp.op_id.in_(ids))).scalars())
    seqs = conn.execute(
        sa.select(OutboxOp.seq).where(
            OutboxOp.device_epoch == epoch, OutboxOp.seq.in_([op.seq for op in ops])
        )
    )
    taken_seqs = set(seqs.scalars())
    rows, seq_taken, bad_hash = [], 0, 0
    for op in ops:
        if op.op_id in present or (op.status is not None and op.status not in STORED_RESULTS):
            continue
        if op.seq in taken_seqs:
            seq_taken += 1
            continue
        text, digest = payload_hash(op.payload)
        if digest != op.payload_sha256:
            bad_hash += 1
            continue
        rows.append(_held_row(op, epoch, text, now))
    if rows:
        conn.execute(sa.insert(OutboxOp), rows)
        conn.execute(sa.update(SyncState).values(acked_ops=SyncState.acked_ops + len(rows)))
    return HeldSummary(tuple(row["op_id"] for row in rows), seq_taken, bad_hash)


def _held_row(op: HeldOpLike, epoch: int, text: str, now: datetime) -> dict[str, Any]:
    return {
        "op_id": op.op_id,
        "device_epoch": epoch,
        "seq": op.seq,
        "entity_type": op.entity_type,
        "entity_id": op.entity_id,
        "op_type": op.op_type,
        "base_version": op.base_version,
        "version": op.version,
        "payload": text,
        "payload_sha256": op.payload_sha256,
        "blob_refs": None,
        "created_at_local": now,
        "state": ACKED,
        "batch_id": None,
        "attempts": 0,
        "result_status": op.status or RESULT_APPLIED,
        "result_code": None,
        "result_message": None,
        "server_version": op.server_version,
        "server_received_at": op.received_at,
        "settled_at": now,
    }
