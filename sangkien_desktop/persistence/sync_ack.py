"""W3: the acknowledgement of a batch, applied in one transaction (SYNC.md §4.3).

Called only with results that passed the success predicate; no other code path sets ``ACKED``.
Idempotent: a batch already settled is left alone, and only ops still ``IN_FLIGHT`` in this batch
move, so a replayed answer after a crash changes nothing twice. The counters in sync_state move
in the same transaction as the op states.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from sangkien_desktop.protocol import (
    RESULT_APPLIED,
    RESULT_CONFLICT,
    RESULT_DEFERRED,
    RESULT_DUPLICATE,
    RESULT_GONE,
    RESULT_MISMATCH,
    RESULT_REJECTED,
)

from .models import OutboxOp, SyncState, synced_tables
from .models.sync import SyncBatch
from .sync_outbox import (
    ACKED,
    DEFERRED,
    DONE,
    GONE,
    IN_FLIGHT,
    OPEN_BATCH_STATES,
    QUARANTINED,
    SETTLED_STATES,
    states_of,
)

STATE_OF_RESULT = {
    RESULT_APPLIED: ACKED,
    RESULT_DUPLICATE: ACKED,
    RESULT_CONFLICT: ACKED,
    RESULT_MISMATCH: QUARANTINED,
    RESULT_REJECTED: QUARANTINED,
    RESULT_DEFERRED: DEFERRED,
    RESULT_GONE: GONE,
}


class ResultLike(Protocol):
    @property
    def op_id(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def code(self) -> str | None: ...
    @property
    def message(self) -> str | None: ...
    @property
    def server_version(self) -> int | None: ...
    @property
    def received_at(self) -> datetime | None: ...


@dataclass(frozen=True)
class AckCounts:
    acked: int = 0
    quarantined: int = 0
    deferred: int = 0
    gone: int = 0

    @property
    def attention(self) -> int:
        return self.quarantined + self.gone


def acknowledge(
    conn: Connection,
    batch_id: str,
    results: Sequence[ResultLike],
    now: datetime,
    response_sha256: str | None,
    received_at: datetime | None = None,
) -> AckCounts:
    """Settle a checked answer's ops. ``received_at`` is the batch's receipt time on the server's clock:
    an op stored now was received then (a duplicate carries its own, older time)."""
    state = conn.execute(sa.select(SyncBatch.state).where(SyncBatch.batch_id == batch_id)).scalar()
    if state not in OPEN_BATCH_STATES:
        return AckCounts()
    # Only ops still in flight in this batch move (the transaction is BEGIN IMMEDIATE: nothing else
    # writes meanwhile), so counting them here counts exactly what the update below changes.
    rows = conn.execute(
        sa.select(OutboxOp.op_id, OutboxOp.entity_type, OutboxOp.entity_id).where(
            OutboxOp.batch_id == batch_id, OutboxOp.state == IN_FLIGHT
        )
    ).all()
    in_flight = {row.op_id: (row.entity_type, row.entity_id) for row in rows}
    settling = [r for r in results if r.op_id in in_flight]
    moved: dict[str, int] = defaultdict(int)
    for result in settling:
        moved[STATE_OF_RESULT[result.status]] += 1
    if settling:
        conn.execute(_SETTLE, [_settle_params(batch_id, result, now, received_at) for result in settling])
    settled = sum(moved[s] for s in SETTLED_STATES)
    conn.execute(
        sa.update(SyncState).values(
            unsettled_ops=SyncState.unsettled_ops - settled, acked_ops=SyncState.acked_ops + moved[ACKED]
        )
    )
    conn.execute(
        sa.update(SyncBatch)
        .where(SyncBatch.batch_id == batch_id)
        .values(state=DONE, done_at=now, body_gzip=None, response_sha256=response_sha256, unknown_streak=0)
    )
    versions = {
        in_flight[r.op_id]: r.server_version
        for r in settling
        if STATE_OF_RESULT[r.status] == ACKED and r.server_version is not None
    }
    _record_server_versions(conn, versions)
    return AckCounts(moved[ACKED], moved[QUARANTINED], moved[DEFERRED], moved[GONE])


_OUTBOX: sa.Table = OutboxOp.__table__  # type: ignore[assignment]
# One statement for the whole batch (executemany): compiling an UPDATE per op costs more than running it.
_SETTLE = (
    sa.update(_OUTBOX)
    .where(
        _OUTBOX.c.op_id == sa.bindparam("b_op_id"),
        _OUTBOX.c.batch_id == sa.bindparam("b_batch_id"),
        _OUTBOX.c.state == IN_FLIGHT,
    )
    .values(
        state=sa.bindparam("b_state"),
        result_status=sa.bindparam("b_status"),
        result_code=sa.bindparam("b_code"),
        result_message=sa.bindparam("b_message"),
        settled_at=sa.bindparam("b_settled_at", type_=sa.DateTime()),
        server_version=sa.func.coalesce(
            sa.bindparam("b_server_version", type_=sa.Integer()), _OUTBOX.c.server_version
        ),
        server_received_at=sa.func.coalesce(
            sa.bindparam("b_received_at", type_=sa.DateTime()), _OUTBOX.c.server_received_at
        ),
    )
)


def _settle_params(batch_id: str, result: ResultLike, now: datetime,
                   received_at: datetime | None) -> dict[str, Any]:
    target = STATE_OF_RESULT[result.status]
    return {
        "b_op_id": result.op_id,
        "b_batch_id": batch_id,
        "b_state": target,
        "b_status": result.status,
        "b_code": result.code,
        "b_message": result.message,
        "b_settled_at": now if target in SETTLED_STATES else None,
        "b_server_version": result.server_version,
        "b_received_at": result.received_at or received_at,
    }


def _record_server_versions(conn: Connection, versions: dict[tuple[str, str], int]) -> None:
    """Each record's ``server_version`` (local bookkeeping, never synced) moves forward only."""
    models = synced_tables()
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for (entity_type, entity_id), version in versions.items():
        if entity_type in models:
            by_type[entity_type].append({"b_id": entity_id, "b_version": version})
    for entity_type, params in by_type.items():
        table: sa.Table = models[entity_type].__table__  # type: ignore[attr-defined]
        newer = sa.bindparam("b_version", type_=sa.Integer())
        statement = (
            sa.update(table)
            .where(
                table.c.id == sa.bindparam("b_id"),
                sa.or_(table.c.server_version.is_(None), table.c.server_version < newer),
            )
            .values(server_version=newer)
        )
        conn.execute(statement, params)


def quarantine(conn: Connection, op_ids: Sequence[str], code: str, message: str, now: datetime) -> int:
    """Ops the server holds with another content (reconciliation ``mismatched``): kept and shown."""
    if not op_ids:
        return 0
    ids = [op_id for op_id, state in states_of(conn, list(op_ids)).items() if state == ACKED]
    were_acked = len(ids)
    changed = 0
    for start in range(0, len(ids), 500):
        changed += conn.execute(
            sa.update(OutboxOp)
            .where(OutboxOp.op_id.in_(ids[start : start + 500]))
            .values(
                state=QUARANTINED,
                result_status=RESULT_MISMATCH,
                result_code=code,
                result_message=message,
                settled_at=now,
            )
        ).rowcount
    conn.execute(sa.update(SyncState).values(acked_ops=SyncState.acked_ops - were_acked))
    return int(changed)
