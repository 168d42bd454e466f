"""Read-only questions about the outbox for the sync panel, the registry badges and reconciliation."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.orm import aliased

from sangkien_desktop.protocol import op_digest_term

from .live_count import live_count_select
from .models import Initiative, OutboxOp
from .sync_outbox import ACKED, DEFERRED, GONE, IN_FLIGHT, PENDING, QUARANTINED

_CHUNK = 500
INITIATIVE_ENTITY = "initiative"
NOT_ACKED = (PENDING, IN_FLIGHT, DEFERRED, QUARANTINED, GONE)
TALLY_LIMIT = 20_000  # ops looked at, at most, to count confirmed initiatives


def oldest_unsettled_at(conn: Connection) -> datetime | None:
    """When the oldest op not yet settled was made: the lowest seq of each state, on the state index."""
    found: list[datetime] = []
    for state in (PENDING, IN_FLIGHT, DEFERRED):
        found += (
            conn.execute(
                sa.select(OutboxOp.created_at_local)
                .where(OutboxOp.state == state)
                .order_by(OutboxOp.seq)
                .limit(1)
            )
            .scalars()
            .all()
        )
    return min(found) if found else None


def initiative_tally(conn: Connection) -> tuple[int, int] | None:
    """(live initiatives, those whose latest op is acknowledged), or None while too many ops are on
    both sides (half-way through the first upload of a very large store) to count them cheaply.

    Whichever side is smaller is looked at: the initiatives with an op not yet acknowledged (few, once
    a store is in sync), or those with an acknowledged op (none, before the first upload)."""
    total = int(conn.execute(live_count_select()).scalar_one_or_none() or 0)
    acked_ops = count_in_state(conn, ACKED)
    other_ops = sum(count_in_state(conn, state) for state in NOT_ACKED)
    if min(acked_ops, other_ops) > TALLY_LIMIT:
        return None
    if other_ops <= acked_ops:
        return total, total - _live_initiatives_latest(conn, NOT_ACKED, lambda state: state != ACKED)
    return total, _live_initiatives_latest(conn, (ACKED,), lambda state: state == ACKED)


def _live_initiatives_latest(conn: Connection, states: Sequence[str], counts: Callable[[str], bool]) -> int:
    """Live initiatives having an op in ``states`` whose latest op's state ``counts``."""
    candidates = sorted(
        set(
            conn.execute(
                sa.select(OutboxOp.entity_id).where(
                    OutboxOp.state.in_(states), OutboxOp.entity_type == INITIATIVE_ENTITY
                )
            ).scalars()
        )
    )
    latest = latest_ops(conn, candidates)
    found = 0
    for start in range(0, len(candidates), _CHUNK):
        chunk = candidates[start : start + _CHUNK]
        live = conn.execute(
            sa.select(Initiative.id).where(Initiative.id.in_(chunk), Initiative.deleted_at.is_(None))
        ).scalars()
        found += sum(1 for entity_id in live if entity_id in latest and counts(latest[entity_id].state))
    return found


def count_in_state(conn: Connection, state: str) -> int:
    return int(conn.execute(sa.select(sa.func.count()).where(OutboxOp.state == state)).scalar_one())


def nothing_to_send(conn: Connection, skip_deferred: Collection[str]) -> bool:
    """Quiescence (SYNC.md §4.6): no PENDING or IN_FLIGHT op, and no DEFERRED op still to try."""
    for state in (PENDING, IN_FLIGHT):
        if conn.execute(sa.select(OutboxOp.op_id).where(OutboxOp.state == state).limit(1)).first():
            return False
    deferred = conn.execute(sa.select(OutboxOp.op_id).where(OutboxOp.state == DEFERRED)).scalars()
    return all(op_id in skip_deferred for op_id in deferred)


def acked_pairs(conn: Connection) -> Iterator[tuple[str, str]]:
    """(op_id, payload_sha256) of every acknowledged op, in seq order within each epoch."""
    query = (
        sa.select(OutboxOp.op_id, OutboxOp.payload_sha256)
        .where(OutboxOp.state == ACKED)
        .order_by(OutboxOp.device_epoch, OutboxOp.seq)
    )
    for row in conn.execute(query):
        yield row.op_id, row.payload_sha256


def local_digest(conn: Connection) -> tuple[int, str]:
    """Count and XOR digest of the acknowledged set, computed as the server computes its own."""
    count, acc = 0, 0
    for op_id, sha in acked_pairs(conn):
        count += 1
        acc ^= op_digest_term(op_id, sha)
    return count, f"{acc:064x}"


def unsettled_seqs(conn: Connection, epoch: int) -> set[int]:
    """Seqs of this epoch the server need not have decided yet (a deferred op leaves a gap)."""
    rows = conn.execute(
        sa.select(OutboxOp.seq).where(
            OutboxOp.device_epoch == epoch, OutboxOp.state.in_((PENDING, IN_FLIGHT, DEFERRED))
        )
    )
    return set(rows.scalars())


@dataclass(frozen=True)
class LatestOp:
    state: str
    result_status: str | None
    created_at_local: datetime


def latest_ops(conn: Connection, entity_ids: Sequence[str]) -> dict[str, LatestOp]:
    """Each record's latest op (highest version, then epoch and seq): its sync badge (SYNC.md §4.2)."""
    found: dict[str, LatestOp] = {}
    for start in range(0, len(entity_ids), _CHUNK):
        chunk = list(entity_ids[start : start + _CHUNK])
        ranked = (
            sa.select(
                OutboxOp.entity_id,
                OutboxOp.state,
                OutboxOp.result_status,
                OutboxOp.created_at_local,
                sa.func.row_number()
                .over(
                    partition_by=OutboxOp.entity_id,
                    order_by=(OutboxOp.version.desc(), OutboxOp.device_epoch.desc(), OutboxOp.seq.desc()),
                )
                .label("rank"),
            )
            .where(OutboxOp.entity_id.in_(chunk))
            .subquery()
        )
        rows = conn.execute(sa.select(ranked).where(ranked.c.rank == 1))
        for row in rows:
            found[row.entity_id] = LatestOp(row.state, row.result_status, row.created_at_local)
    return found


@dataclass(frozen=True)
class AttentionRow:
    op_id: str
    seq: int
    entity_type: str
    entity_id: str
    state: str
    result_status: str | None
    result_code: str | None
    result_message: str | None
    since: datetime | None
    payload_json: str | None


def attention_rows(conn: Connection, deferred_before: datetime) -> list[AttentionRow]:
    """Ops the officer must look at: quarantined, gone, or deferred too long, and still their record's
    latest op (a later op, such as a fix or a resend, supersedes them)."""
    later = aliased(OutboxOp)
    superseded = sa.exists().where(
        later.entity_id == OutboxOp.entity_id,
        later.entity_type == OutboxOp.entity_type,
        sa.tuple_(later.version, later.device_epoch, later.seq)
        > sa.tuple_(OutboxOp.version, OutboxOp.device_epoch, OutboxOp.seq),
    )
    needs_look = sa.or_(
        OutboxOp.state.in_((QUARANTINED, GONE)),
        sa.and_(OutboxOp.state == DEFERRED, OutboxOp.created_at_local < deferred_before),
    )
    rows = conn.execute(
        sa.select(
            OutboxOp.op_id,
            OutboxOp.seq,
            OutboxOp.entity_type,
            OutboxOp.entity_id,
            OutboxOp.state,
            OutboxOp.result_status,
            OutboxOp.result_code,
            OutboxOp.result_message,
            sa.func.coalesce(OutboxOp.settled_at, OutboxOp.created_at_local),
            OutboxOp.payload,
        )
        .where(needs_look, ~superseded)
        .order_by(OutboxOp.device_epoch, OutboxOp.seq)
    ).all()
    return [AttentionRow(*tuple(row)) for row in rows]


def entities_with_unsettled_ops(conn: Connection, entity_ids: Sequence[str]) -> set[str]:
    """Records with a change on this PC not yet settled: pulled-back states must not overwrite them."""
    found: set[str] = set()
    for start in range(0, len(entity_ids), _CHUNK):
        chunk = list(entity_ids[start : start + _CHUNK])
        rows = conn.execute(
            sa.select(OutboxOp.entity_id).where(
                OutboxOp.entity_id.in_(chunk), OutboxOp.state.in_((PENDING, IN_FLIGHT, DEFERRED))
            )
        )
        found.update(rows.scalars())
    return found
