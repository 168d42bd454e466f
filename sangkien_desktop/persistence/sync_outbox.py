"""Sealing ops into batches and the life of a sealed batch (SYNC.md §4.2, W2).

A batch row holds the exact gzip body and its hash, and its ops move to ``IN_FLIGHT`` in the same
transaction, committed before the first byte is sent. After a crash the batch is sent again from
the stored bytes. A batch is abandoned only when the server is known not to hold it (413, or a
lookup answering ``unknown_batch``); its ops then return to ``PENDING`` for smaller batches.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from .models import OutboxOp, SyncState
from .models.sync import SyncBatch

PENDING, IN_FLIGHT, ACKED, QUARANTINED, DEFERRED, GONE = (
    "PENDING",
    "IN_FLIGHT",
    "ACKED",
    "QUARANTINED",
    "DEFERRED",
    "GONE",
)
OP_STATES = (PENDING, IN_FLIGHT, ACKED, QUARANTINED, DEFERRED, GONE)
SETTLED_STATES = (ACKED, QUARANTINED, GONE)
SEALED, ACCEPTED_ASYNC, DONE, ABANDONED = "SEALED", "ACCEPTED_ASYNC", "DONE", "ABANDONED"
OPEN_BATCH_STATES = (SEALED, ACCEPTED_ASYNC)


@dataclass(frozen=True)
class OpRow:
    """An outbox op ready to go on the wire."""

    op_id: str
    seq: int
    entity_type: str
    entity_id: str
    op_type: str
    base_version: int | None
    version: int
    payload_json: str
    payload_sha256: str
    blob_refs: tuple[str, ...]
    created_at_local: datetime
    device_epoch: int


_OP_COLUMNS = (
    OutboxOp.op_id,
    OutboxOp.seq,
    OutboxOp.entity_type,
    OutboxOp.entity_id,
    OutboxOp.op_type,
    OutboxOp.base_version,
    OutboxOp.version,
    OutboxOp.payload,
    OutboxOp.payload_sha256,
    OutboxOp.blob_refs,
    OutboxOp.created_at_local,
    OutboxOp.device_epoch,
)


def _op_row(row: Any) -> OpRow:  # a row of _OP_COLUMNS
    refs = json.loads(row.blob_refs) if row.blob_refs else []
    return OpRow(
        row.op_id,
        row.seq,
        row.entity_type,
        row.entity_id,
        row.op_type,
        row.base_version,
        row.version,
        row.payload,
        row.payload_sha256,
        tuple(refs),
        row.created_at_local,
        row.device_epoch,
    )


def ready_ops(conn: Connection, epoch: int, limit: int, skip_deferred: Collection[str] = ()) -> list[OpRow]:
    """The lowest-seq ops waiting to be sent: PENDING, and DEFERRED ones not tried in this run.

    Two index-ordered reads instead of one ``IN`` query, which would sort every waiting op."""
    base = sa.select(*_OP_COLUMNS).where(OutboxOp.device_epoch == epoch, OutboxOp.payload.is_not(None))
    pending = conn.execute(base.where(OutboxOp.state == PENDING).order_by(OutboxOp.seq).limit(limit)).all()
    deferred = conn.execute(base.where(OutboxOp.state == DEFERRED).order_by(OutboxOp.seq)).all()
    waiting = [*pending, *(r for r in deferred if r.op_id not in skip_deferred)]
    return [_op_row(r) for r in sorted(waiting, key=lambda r: r.seq)[:limit]]


def ops_by_id(conn: Connection, op_ids: Sequence[str]) -> list[OpRow]:
    rows: list[Any] = []
    for start in range(0, len(op_ids), 500):
        chunk = list(op_ids[start : start + 500])
        rows += conn.execute(sa.select(*_OP_COLUMNS).where(OutboxOp.op_id.in_(chunk))).all()
    return sorted((_op_row(r) for r in rows), key=lambda op: (op.device_epoch, op.seq))


class SealedBody(Protocol):
    @property
    def batch_id(self) -> str: ...
    @property
    def device_epoch(self) -> int: ...
    @property
    def first_seq(self) -> int: ...
    @property
    def last_seq(self) -> int: ...
    @property
    def op_count(self) -> int: ...
    @property
    def body_sha256(self) -> str: ...
    @property
    def body_gzip(self) -> bytes: ...
    @property
    def op_ids(self) -> tuple[str, ...]: ...


def seal(conn: Connection, body: SealedBody, now: datetime) -> None:
    """W2: the batch with its exact body, and its ops IN_FLIGHT, in the caller's transaction.

    Ops the server was found to lack after all (reconciliation) may come from ACKED: the counters
    of unsettled and acknowledged ops follow them."""
    conn.execute(
        sa.insert(SyncBatch).values(
            batch_id=body.batch_id,
            state=SEALED,
            device_epoch=body.device_epoch,
            first_seq=body.first_seq,
            last_seq=body.last_seq,
            op_count=body.op_count,
            body_sha256=body.body_sha256,
            body_gzip=body.body_gzip,
            attempts=0,
            unknown_streak=0,
            created_at=now,
        )
    )
    ids = list(body.op_ids)
    states = states_of(conn, ids)
    sealable = [op_id for op_id in ids if states.get(op_id) in (PENDING, DEFERRED, ACKED)]
    if len(sealable) != len(ids):
        raise RuntimeError(f"sealing {len(ids)} ops found {len(sealable)} ready: the outbox changed under it")
    acked = sum(1 for state in states.values() if state == ACKED)
    # By primary key only: the states were just read in this transaction (BEGIN IMMEDIATE).
    conn.execute(
        sa.update(OutboxOp)
        .where(OutboxOp.op_id.in_(ids))
        .values(state=IN_FLIGHT, batch_id=body.batch_id, attempts=OutboxOp.attempts + 1, settled_at=None)
    )
    if acked:
        conn.execute(
            sa.update(SyncState).values(
                unsettled_ops=SyncState.unsettled_ops + acked, acked_ops=SyncState.acked_ops - acked
            )
        )


def states_of(conn: Connection, op_ids: Sequence[str]) -> dict[str, str]:
    """op_id → state, read by primary key. (A query that also filters on the state lets SQLite pick
    the state index and walk every op in that state: every seal got slower as the outbox filled.)"""
    found: dict[str, str] = {}
    for start in range(0, len(op_ids), 500):
        chunk = list(op_ids[start : start + 500])
        rows = conn.execute(sa.select(OutboxOp.op_id, OutboxOp.state).where(OutboxOp.op_id.in_(chunk)))
        found.update((row.op_id, row.state) for row in rows)
    return found


@dataclass(frozen=True)
class BatchRow:
    batch_id: str
    state: str
    device_epoch: int
    first_seq: int
    last_seq: int
    op_count: int
    body_sha256: str
    body_gzip: bytes | None
    job_id: str | None
    attempts: int
    unknown_streak: int


def open_batches(conn: Connection) -> list[BatchRow]:
    """Batches sealed but not settled, oldest first: they go before any new batch."""
    rows = conn.execute(
        sa.select(
            SyncBatch.batch_id,
            SyncBatch.state,
            SyncBatch.device_epoch,
            SyncBatch.first_seq,
            SyncBatch.last_seq,
            SyncBatch.op_count,
            SyncBatch.body_sha256,
            SyncBatch.body_gzip,
            SyncBatch.job_id,
            SyncBatch.attempts,
            SyncBatch.unknown_streak,
        )
        .where(SyncBatch.state.in_(OPEN_BATCH_STATES))
        .order_by(SyncBatch.created_at, SyncBatch.first_seq)
    ).all()
    return [BatchRow(*r) for r in rows]


def sent_hashes(conn: Connection, batch_id: str) -> dict[str, str]:
    """op_id → payload hash of the ops sealed in this batch (what the answer is checked against)."""
    rows = conn.execute(
        sa.select(OutboxOp.op_id, OutboxOp.payload_sha256).where(OutboxOp.batch_id == batch_id)
    )
    return {r.op_id: r.payload_sha256 for r in rows}


def note_attempt(conn: Connection, batch_id: str, *, unknown: bool, error: str | None = None) -> int:
    """Count an attempt; an unknown outcome extends the streak. Returns the streak."""
    streak = SyncBatch.unknown_streak + 1 if unknown else SyncBatch.unknown_streak
    conn.execute(
        sa.update(SyncBatch)
        .where(SyncBatch.batch_id == batch_id)
        .values(attempts=SyncBatch.attempts + 1, unknown_streak=streak, last_error=error)
    )
    return int(
        conn.execute(sa.select(SyncBatch.unknown_streak).where(SyncBatch.batch_id == batch_id)).scalar_one()
    )


def mark_accepted(conn: Connection, batch_id: str, job_id: str) -> None:
    conn.execute(
        sa.update(SyncBatch)
        .where(SyncBatch.batch_id == batch_id)
        .values(state=ACCEPTED_ASYNC, job_id=job_id, unknown_streak=0)
    )


def abandon(conn: Connection, batch_id: str, now: datetime, reason: str) -> int:
    """The server does not hold this batch: retire its id for good and return its ops to PENDING."""
    conn.execute(
        sa.update(SyncBatch)
        .where(SyncBatch.batch_id == batch_id, SyncBatch.state.in_(OPEN_BATCH_STATES))
        .values(state=ABANDONED, done_at=now, body_gzip=None, last_error=reason)
    )
    return conn.execute(
        sa.update(OutboxOp)
        .where(OutboxOp.batch_id == batch_id, OutboxOp.state == IN_FLIGHT)
        .values(state=PENDING, batch_id=None)
    ).rowcount


def abandon_open_batches(conn: Connection, now: datetime, reason: str) -> int:
    """Every open batch (a new epoch renumbers their ops, so their bodies are void)."""
    return sum(abandon(conn, b.batch_id, now, reason) for b in open_batches(conn))
