"""A batch's reads and writes in bulk: everything its ops can touch is loaded in a few queries, and
what they change is written with one multi-row statement per table (ORM objects per op cost more than
the rest of the request)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar, cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from sangkien_desktop import protocol
from sangkien_server.models import Blob, OpReceipt, Record, RecordHistory, StoredOp
from sangkien_server.schema import MAX_ID, BatchIn

RecordKey = tuple[str, str]
T = TypeVar("T")
_IN_CHUNK = 400  # keys per IN (...) list


@dataclass
class RecordState:
    """A record's current state as the batch sees it (loaded, or created by an earlier op)."""

    entity_type: str
    entity_id: str
    unit_id: str | None
    version: int
    payload: str
    payload_sha256: str
    deleted: bool
    conflict: bool
    last_op_id: str | None
    is_new: bool = False
    changed: bool = False


@dataclass(frozen=True)
class KnownOp:
    op_id: str
    unit_id: str
    payload_sha256: str
    server_version: int
    received_at: datetime
    batch_id: str


@dataclass
class Staged:
    records: dict[RecordKey, RecordState | None]
    stored: dict[str, KnownOp]
    complete_blobs: set[str]
    new_ops: list[dict[str, Any]] = field(default_factory=list)
    receipts: list[dict[str, Any]] = field(default_factory=list)
    history: list[dict[str, Any]] = field(default_factory=list)

    def flush(self, session: Session, now: datetime) -> None:
        """Write every staged change; the caller commits."""
        fresh = [r for r in self.records.values() if r is not None and r.is_new]
        changed = [r for r in self.records.values() if r is not None and r.changed and not r.is_new]
        if changed:
            session.execute(update(Record), [_record_row(r, now) for r in changed])
        new_records = [_record_row(r, now) | {"first_received_at": now} for r in fresh]
        tables = ((Record, new_records), (RecordHistory, self.history), (StoredOp, self.new_ops),
                  (OpReceipt, self.receipts))
        for model, rows in tables:
            if rows:  # Core executemany: about twice as fast as the ORM's bulk insert
                session.execute(insert(cast(Table, model.__table__)), rows)


def _record_row(state: RecordState, now: datetime) -> dict[str, Any]:
    return {
        "entity_type": state.entity_type, "entity_id": state.entity_id, "unit_id": state.unit_id,
        "version": state.version, "payload": state.payload, "payload_sha256": state.payload_sha256,
        "deleted": state.deleted, "conflict": state.conflict, "last_op_id": state.last_op_id,
        "updated_at": now,
    }


def load(session: Session, unit_id: str, batch: BatchIn) -> Staged:
    """Every record, stored op and complete blob the batch's ops can touch, in a few queries."""
    keys: set[RecordKey] = set()
    for op in batch.ops:
        keys.add((op.entity_type, op.entity_id))
        for name, ref_type in protocol.REFERENCES.get(op.entity_type, {}).items():
            ref_id = op.payload.get(name)
            if isinstance(ref_id, str) and len(ref_id) <= MAX_ID:
                keys.add((ref_type, ref_id))
    records: dict[RecordKey, RecordState | None] = dict.fromkeys(keys)
    # One IN list per entity type: SQLite answers a row-value IN (a, b) IN (VALUES …) by scanning
    # the whole table, which made every batch slower as the server filled up.
    for entity_type in sorted({entity_type for entity_type, _ in keys}):
        ids = sorted(entity_id for kind, entity_id in keys if kind == entity_type)
        for chunk in _chunks(ids):
            wanted = (Record.entity_type == entity_type) & Record.entity_id.in_(chunk)
            for found in session.execute(select(*_RECORD_COLUMNS).where(wanted)):
                records[(found[0], found[1])] = RecordState(*found)
    stored: dict[str, KnownOp] = {}
    for op_ids in _chunks([op.op_id for op in batch.ops]):
        for known in session.execute(select(*_KNOWN_COLUMNS).where(StoredOp.op_id.in_(op_ids))):
            stored[known[0]] = KnownOp(*known)
    refs = sorted({sha for op in batch.ops for sha in op.blob_refs})
    blobs = set(session.scalars(select(Blob.sha256).where(
        Blob.unit_id == unit_id, Blob.complete.is_(True), Blob.sha256.in_(refs)))) if refs else set()
    return Staged(records, stored, blobs)


_RECORD_COLUMNS = (Record.entity_type, Record.entity_id, Record.unit_id, Record.version, Record.payload,
                   Record.payload_sha256, Record.deleted, Record.conflict, Record.last_op_id)
_KNOWN_COLUMNS = (StoredOp.op_id, StoredOp.unit_id, StoredOp.payload_sha256, StoredOp.server_version,
                  StoredOp.received_at, StoredOp.batch_id)


def _chunks(items: Iterable[T], size: int = _IN_CHUNK) -> list[list[T]]:
    listed = list(items)
    return [listed[i:i + size] for i in range(0, len(listed), size)]
