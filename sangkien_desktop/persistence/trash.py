"""The trash in the store: deleted records waiting, and the one path that removes rows for good.

The unit of work refuses physical deletes (records are tombstoned). ``purge`` is the single,
explicit exception: it removes a record that is already in the trash, with the rows that belong
to it, inside the caller's transaction, and leaves for each row a tombstone in ``purged_record``
(so sync never brings it back) and an audit entry "purge".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from sangkien_desktop.domain.audit import TRASH_ENTITIES, entity_label
from sangkien_desktop.domain.errors import KnownError

from . import person_search, search
from .models import AuditEntry, Base, Officer, PurgedRecord
from .outbox import AuditDraft, append_audit

# Every row pointing at one of these tables belongs to the record it points at and goes with it.
OWNING_TABLES = frozenset({"initiative", "reward_decision", "remuneration"})


def table_of(entity: str) -> sa.Table:
    return Base.metadata.tables[entity]


# -- listing ----------------------------------------------------------------------------------------


def trash_page(session: Session, limit: int, offset: int) -> tuple[int, list[sa.Row[Any]]]:
    """Total and one page of deleted records of the trash's kinds: (entity, id, version, deleted_at),
    most recently deleted first."""
    parts = [
        sa.select(
            sa.literal(entity).label("entity"), table.c.id, table.c.version, table.c.deleted_at
        ).where(table.c.deleted_at.is_not(None))
        for entity in TRASH_ENTITIES
        for table in (table_of(entity),)
    ]
    union = sa.union_all(*parts).subquery()
    total = session.scalar(sa.select(sa.func.count()).select_from(union)) or 0
    rows = session.execute(
        sa.select(union)
        .order_by(union.c.deleted_at.desc(), union.c.entity, union.c.id)
        .limit(limit)
        .offset(offset)
    ).all()
    return total, list(rows)


def trash_entry(session: Session, record_id: str) -> sa.Row[Any] | None:
    """(entity, id, version, deleted_at) of the record with this id if it is in the trash."""
    for entity in TRASH_ENTITIES:
        table = table_of(entity)
        found = session.execute(
            sa.select(sa.literal(entity).label("entity"), table.c.id, table.c.version, table.c.deleted_at)
            .where(table.c.id == record_id, table.c.deleted_at.is_not(None))
        ).first()
        if found is not None:
            return found
    return None


def deleted_by(session: Session, entity: str, entity_id: str) -> str | None:
    """The name of the officer who made the record's latest deletion (None: the console or system)."""
    return session.scalar(
        sa.select(Officer.full_name)
        .select_from(AuditEntry)
        .join(Officer, Officer.id == AuditEntry.officer_id)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id, AuditEntry.action == "delete")
        .order_by(AuditEntry.pk.desc())
        .limit(1)
    )


def purged_ids(conn: Connection | Session, entity: str) -> frozenset[str]:
    """Ids of this kind of record purged on this PC: sync must never recreate them."""
    rows = conn.execute(sa.select(PurgedRecord.entity_id).where(PurgedRecord.entity == entity))
    return frozenset(row[0] for row in rows)


# -- purging ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PurgedRow:
    entity: str
    id: str
    pk: int
    version: int
    deleted_at: datetime | None


class StillUsedError(KnownError):
    """The record is still referred to by a record that stays; nothing was removed."""


def purge(
    conn: Connection, entity: str, record_id: str, now: datetime, officer_id: str | None
) -> list[PurgedRow]:
    """Remove the record and the rows belonging to it, keep their tombstones and audit entries.
    Raises ``StillUsedError`` (nothing removed) when a record that stays refers to it."""
    rows: list[PurgedRow] = []
    _collect(conn, entity, record_id, rows, set())
    # A decision and its scanned file point at each other: foreign keys are checked at COMMIT, where
    # any row still pointing at a removed one fails the whole transaction.
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    for row in rows:
        table = table_of(row.entity)
        conn.execute(sa.delete(table).where(table.c.pk == row.pk))
    search.drop_docs(conn, [r.pk for r in rows if r.entity == "initiative"])
    person_search.INDEX.drop(conn, [r.pk for r in rows if r.entity == "person"])
    conn.execute(
        sa.insert(PurgedRecord),
        [{"entity": r.entity, "entity_id": r.id, "version": r.version, "deleted_at": r.deleted_at,
          "purged_at": now} for r in rows],
    )
    append_audit(conn, [AuditDraft(r.entity, r.id, "purge") for r in rows], officer_id, now)
    return rows


@dataclass(frozen=True)
class _Referrer:
    entity: str
    id: str
    deleted: bool
    owned: bool  # belongs to the record it points at


def _collect(conn: Connection, entity: str, record_id: str, out: list[PurgedRow], seen: set[str]) -> None:
    """Add the record and, first, what belongs to it; refuse when a record that stays points at it."""
    table = table_of(entity)
    found = conn.execute(
        sa.select(table.c.pk, table.c.version, table.c.deleted_at).where(table.c.id == record_id)
    ).first()
    if found is None or record_id in seen:
        return
    seen.add(record_id)
    for referrer in _referring(conn, entity, record_id):
        if referrer.id in seen:
            continue
        if referrer.owned:
            _collect(conn, referrer.entity, referrer.id, out, seen)
            continue
        # A tombstoned row outside the trash (an author removed from a live initiative) is history
        # that cannot be purged on its own: it goes with the record, unless its owner waits in the trash.
        owner = _owner_in_trash(conn, referrer) if referrer.deleted else None
        if referrer.deleted and referrer.entity not in TRASH_ENTITIES and owner is None:
            _collect(conn, referrer.entity, referrer.id, out, seen)
        else:
            raise _still_used(entity, owner or referrer)
    out.append(PurgedRow(entity, record_id, found.pk, found.version, found.deleted_at))


def _referring(conn: Connection, entity: str, record_id: str) -> list[_Referrer]:
    """Every row pointing at the record: by foreign key, and the files attached to it."""
    target = table_of(entity)
    found: list[_Referrer] = []
    for table in Base.metadata.sorted_tables:
        if "id" not in table.c or "deleted_at" not in table.c:
            continue
        for fk in table.foreign_keys:
            if fk.column.table is target and fk.column.name == "id":
                query = sa.select(table.c.id, table.c.deleted_at).where(fk.parent == record_id)
                found.extend(
                    _Referrer(table.name, row_id, deleted is not None, entity in OWNING_TABLES)
                    for row_id, deleted in conn.execute(query)
                )
    attachments = table_of("attachment")
    owned = sa.select(attachments.c.id, attachments.c.deleted_at).where(
        attachments.c.owner_type == entity, attachments.c.owner_id == record_id
    )
    found.extend(
        _Referrer("attachment", row_id, deleted is not None, True) for row_id, deleted in conn.execute(owned)
    )
    return found


def _owner_in_trash(conn: Connection, row: _Referrer) -> _Referrer | None:
    """The deleted record the row belongs to (an initiative, a reward decision), if any."""
    table = table_of(row.entity)
    for fk in table.foreign_keys:
        owner = fk.column.table
        if owner.name in OWNING_TABLES and fk.column.name == "id":
            query = (
                sa.select(owner.c.id)
                .select_from(table.join(owner, fk.parent == owner.c.id))
                .where(table.c.id == row.id, owner.c.deleted_at.is_not(None))
            )
            owner_id = conn.execute(query).scalar()
            if owner_id is not None:
                return _Referrer(owner.name, owner_id, True, False)
    return None


def _still_used(entity: str, referrer: _Referrer) -> StillUsedError:
    what, user = entity_label(entity).lower(), entity_label(referrer.entity).lower()
    if referrer.deleted:
        return StillUsedError(
            f"Chưa thể xoá vĩnh viễn {what} này: một {user} trong thùng rác vẫn dùng đến nó. "
            f"Hãy xoá vĩnh viễn {user} đó trước."
        )
    return StillUsedError(
        f"Chưa thể xoá vĩnh viễn {what} này: vẫn còn {user} đang dùng đến nó. "
        "Hãy sửa những chỗ đang dùng trước."
    )
