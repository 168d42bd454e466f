"""Bulk insertion of new records for demo data and large imports.

The ORM unit of work costs tens of microseconds per object; a million initiatives need a leaner
path. It has two halves so the CPU-heavy one can run in other processes:

- ``prepare_records`` (pure CPU, picklable result): row tuples, plus one outbox op per synced
  record built by the same payload function as the unit of work;
- ``BulkWriter.write`` (in the writing transaction): inserts the rows, gives the ops their gapless
  seqs, and adds one audit entry per table and batch ("created N records") instead of one per
  record, whose creation state is its version-1 op.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import Connection

from . import search
from .models import RecordMixin
from .outbox import AuditDraft, OpDraft, append_audit, insert_ops, op_values, sync_payload
from .rawinsert import RawInsert

_DIALECT = sqlite.dialect()


@dataclass(frozen=True)
class PreparedRecords:
    """New rows of one table with their outbox ops, ready for ``BulkWriter.write``."""

    table: str
    sql: str
    rows: list[tuple[Any, ...]]
    ops: list[tuple[Any, ...]]


@functools.cache
def _insert_for(table: sa.Table) -> RawInsert:
    return RawInsert(table, _DIALECT)


def prepare_records(
    model: type[RecordMixin], rows: Sequence[Mapping[str, Any]], now: datetime, *, send_personal: bool = False
) -> PreparedRecords:
    """Rows carry every column value but bookkeeping; ``pk`` may be given (else SQLite assigns it)."""
    table: sa.Table = model.__table__  # type: ignore[attr-defined]
    stamp = {"version": 1, "created_at": now, "updated_at": now, "deleted_at": None, "server_version": None}
    complete = [{"pk": None, **row, **stamp} for row in rows]
    entity = model.__entity_type__
    drafts = (
        [
            OpDraft(entity, r["id"], None, 1, False, sync_payload(model, r, send_personal=send_personal))
            for r in complete
        ]
        if entity
        else []
    )
    insert = _insert_for(table)
    return PreparedRecords(table.name, insert.sql, insert.tuples(complete), op_values(drafts, now, _DIALECT))


class BulkWriter:
    """Writes prepared records in the caller's transaction."""

    def __init__(
        self, conn: Connection, now: datetime, *, source: str, officer_id: str | None = None
    ) -> None:
        self._conn = conn
        self._now = now
        self._source = source
        self._officer_id = officer_id

    @property
    def now(self) -> datetime:
        return self._now

    def next_pk(self, model: type[RecordMixin]) -> int:
        table = model.__table__  # type: ignore[attr-defined]
        return int(self._conn.execute(sa.select(sa.func.max(table.c.pk))).scalar() or 0) + 1

    def write(self, prepared: PreparedRecords) -> None:
        if not prepared.rows:
            return
        self._conn.exec_driver_sql(prepared.sql, prepared.rows)
        insert_ops(self._conn, prepared.ops)
        summary = {"source": self._source, "count": len(prepared.rows)}
        append_audit(
            self._conn,
            [AuditDraft(prepared.table, "*", "create", None, None, summary)],
            self._officer_id,
            self._now,
        )

    def add(self, model: type[RecordMixin], rows: Sequence[Mapping[str, Any]]) -> None:
        self.write(prepare_records(model, rows, self._now))

    def index(self, folded_docs: Sequence[tuple[int, str, str, str, str, str]]) -> None:
        search.insert_folded(self._conn, folded_docs)
