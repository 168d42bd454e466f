"""Outbox ops and audit rows built from record state (SYNC.md rules 2–3, DOMAIN.md §4.20).

The same functions serve the unit of work (ORM objects) and bulk loaders (row dicts), so a record
serialises identically whichever path wrote it.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from sangkien_desktop.protocol import OP_DELETE, OP_UPSERT, canonical_json, new_id, payload_hash

from .models import AuditEntry, OutboxOp, RecordMixin, SyncState
from .rawinsert import RawInsert

# Fields never carried in an op envelope's payload: identity-local or already in the envelope.
_ENVELOPE_FIELDS = frozenset({"pk", "version", "server_version"})
# Parts of a confidential initiative that stay on the office PC (DOMAIN.md §6).
CONFIDENTIAL_PROTECTED = frozenset({"content", "conditions", "confidential_info", "problem", "prior_state"})


def record_values(obj: RecordMixin) -> dict[str, Any]:
    """Column values of an ORM record keyed by attribute name."""
    mapper = sa.inspect(type(obj))
    return {attr.key: getattr(obj, attr.key) for attr in mapper.column_attrs}


_COLUMNS_BY_MODEL: dict[type[Any], Mapping[str, Any]] = {}


def _columns(model: type[RecordMixin]) -> Mapping[str, Any]:
    """Column objects by attribute name; cached per class (sa.inspect costs more than the payload)."""
    columns = _COLUMNS_BY_MODEL.get(model)
    if columns is None:
        columns = {attr.key: attr.columns[0] for attr in sa.inspect(model).column_attrs}
        _COLUMNS_BY_MODEL[model] = columns
    return columns


_PAYLOAD_KEYS: dict[tuple[type[Any], bool, bool], tuple[str, ...]] = {}


def _payload_keys(model: type[RecordMixin], send_personal: bool, confidential: bool) -> tuple[str, ...]:
    """The fields that leave the PC for this kind of record (SYNC.md rule 3, DOMAIN.md §6)."""
    key = (model, send_personal, confidential)
    if key not in _PAYLOAD_KEYS:
        _PAYLOAD_KEYS[key] = tuple(
            name
            for name, column in _columns(model).items()
            if name not in _ENVELOPE_FIELDS
            and not column.info.get("local")
            and (send_personal or not column.info.get("personal"))
            and not (confidential and name in CONFIDENTIAL_PROTECTED)
        )
    return _PAYLOAD_KEYS[key]


def sync_payload(
    model: type[RecordMixin], values: Mapping[str, Any], *, send_personal: bool
) -> dict[str, Any]:
    """Full record state as it leaves the PC: no local, (optionally) no personal, no protected fields.

    Null fields are left out; a receiver reads an absent field as null (docs/sync-protocol.md)."""
    confidential = model.__entity_type__ == "initiative" and bool(values.get("is_confidential"))
    keys = _payload_keys(model, send_personal, confidential)
    return {key: value for key in keys if (value := values.get(key)) is not None}


def audit_snapshot(model: type[RecordMixin], values: Mapping[str, Any]) -> dict[str, Any]:
    """What was entered, for the creation entry of the audit trail; absent keys replay as null."""
    return {k: v for k in audited_keys(model) if (v := values.get(k)) is not None}


def audited_keys(model: type[RecordMixin]) -> list[str]:
    """Columns whose changes the audit trail records: not the envelope, not derived values."""
    return [k for k, c in _columns(model).items() if k not in _ENVELOPE_FIELDS and not c.info.get("derived")]


@functools.cache
def outbox_insert(dialect: sa.Dialect) -> RawInsert:
    return RawInsert(OutboxOp.__table__, dialect)  # type: ignore[arg-type]


# Positions of device_epoch and seq in the outbox INSERT (the table's column order).
_EPOCH_AT = 1
assert [c.key for c in OutboxOp.__table__.columns][_EPOCH_AT : _EPOCH_AT + 2] == ["device_epoch", "seq"]


@dataclass(frozen=True)
class OpDraft:
    """A change waiting for its sequence number."""

    entity_type: str
    entity_id: str
    base_version: int | None
    version: int
    deleted: bool
    payload: Mapping[str, Any]


def op_values(drafts: Sequence[OpDraft], now: datetime, dialect: sa.Dialect) -> list[tuple[Any, ...]]:
    """Outbox rows ready to insert except for epoch and seq, which only the writing transaction knows.
    Pure CPU work, so bulk loaders may run it in other processes."""
    rows = []
    for draft in drafts:
        text, digest = payload_hash(draft.payload)
        rows.append(
            {
                "op_id": new_id(),
                "device_epoch": None,
                "seq": None,
                "entity_type": draft.entity_type,
                "entity_id": draft.entity_id,
                "op_type": OP_DELETE if draft.deleted else OP_UPSERT,
                "base_version": draft.base_version,
                "version": draft.version,
                "payload": text,
                "payload_sha256": digest,
                "created_at_local": now,
                "state": "PENDING",
                "attempts": 0,
            }
        )
    return outbox_insert(dialect).tuples(rows)


def insert_ops(conn: Connection, values: Sequence[tuple[Any, ...]]) -> int:
    """Give prepared ops the next gapless seqs of the current epoch and insert them."""
    if not values:
        return 0
    epoch, next_seq = conn.execute(sa.select(SyncState.device_epoch, SyncState.next_seq)).one()
    rows = [(v[0], epoch, next_seq + i, *v[_EPOCH_AT + 2 :]) for i, v in enumerate(values)]
    conn.exec_driver_sql(outbox_insert(conn.dialect).sql, rows)
    _advance(conn, len(rows))
    return len(rows)


def _advance(conn: Connection, added: int) -> None:
    """The next seq and the count of unsettled ops move with every insert, in its transaction."""
    conn.execute(sa.update(SyncState).values(next_seq=SyncState.next_seq + added,
                                             unsettled_ops=SyncState.unsettled_ops + added))


def insert_staged_ops(conn: Connection, source: str, count: int) -> None:
    """Copy ops staged in ``source`` (an attached table with the outbox's columns, ``seq`` holding
    0..count-1) into the outbox with the next gapless seqs, inside SQLite."""
    if not count:
        return
    epoch, next_seq = conn.execute(sa.select(SyncState.device_epoch, SyncState.next_seq)).one()
    columns = outbox_insert(conn.dialect).columns
    values = ["?" if c == "device_epoch" else "? + seq" if c == "seq" else c for c in columns]
    conn.exec_driver_sql(
        f"INSERT INTO outbox ({', '.join(columns)}) SELECT {', '.join(values)} FROM {source} ORDER BY seq",
        (epoch, next_seq),
    )
    _advance(conn, count)


def append_ops(conn: Connection, drafts: Sequence[OpDraft], now: datetime) -> int:
    """Insert ops for these changes in the caller's transaction; returns how many were written."""
    return insert_ops(conn, op_values(drafts, now, conn.dialect))


@dataclass(frozen=True)
class AuditDraft:
    entity: str
    entity_id: str
    action: str
    field: str | None = None
    old_value: Any = None
    new_value: Any = None


def append_audit(
    conn: Connection, drafts: Sequence[AuditDraft], officer_id: str | None, now: datetime
) -> None:
    if not drafts:
        return
    conn.execute(
        sa.insert(AuditEntry),
        [
            {
                "at": now,
                "officer_id": officer_id,
                "entity": d.entity,
                "entity_id": d.entity_id,
                "action": d.action,
                "field": d.field,
                "old_value": _json_or_none(d.old_value),
                "new_value": _json_or_none(d.new_value),
            }
            for d in drafts
        ],
    )


def _json_or_none(value: Any) -> str | None:
    return None if value is None else canonical_json(value)


UNSETTLED_STATES = ("PENDING", "IN_FLIGHT", "DEFERRED")


def pending_count(conn: Connection) -> int:
    """Changes not yet delivered: the counter kept with the outbox (one row read, not millions).

    Every insert adds to it in its own transaction (``_advance``); whatever settles ops (the sync
    client) must subtract in its transaction. ``count_unsettled`` counts the rows themselves, and
    the health check compares the two."""
    return int(conn.execute(sa.select(SyncState.unsettled_ops)).scalar_one())


def count_unsettled(conn: Connection) -> int:
    """The unsettled ops counted on the (state, seq) index: exact, but it reads every such entry."""
    query = sa.select(sa.func.count()).select_from(OutboxOp).where(OutboxOp.state.in_(UNSETTLED_STATES))
    return int(conn.execute(query).scalar_one())


def outbox_is_gapless(conn: Connection) -> bool:
    """The current epoch's seqs are exactly 1..next_seq-1 (seq is unique per epoch, so counting suffices)."""
    epoch, next_seq = conn.execute(sa.select(SyncState.device_epoch, SyncState.next_seq)).one()
    count, low, high = conn.execute(
        sa.select(sa.func.count(), sa.func.min(OutboxOp.seq), sa.func.max(OutboxOp.seq)).where(
            OutboxOp.device_epoch == epoch
        )
    ).one()
    if count == 0:
        return bool(next_seq == 1)
    return bool(low == 1 and high == next_seq - 1 and count == high)
