"""Writing a record's full state received from the server (pull-back after a restored backup, and
server-owned reference data), without going through the unit of work: these changes came from the
server, so they must not produce new outbox ops.

Rules (SYNC.md §4.6, rule 4, P14): a record purged on this PC is never recreated; a local record at
the same or a newer version is kept (the caller flags the newer case as a conflict); fields that
stay local (notes, personal contacts not sent, a confidential initiative's protected parts) are
never overwritten. Each record goes in its own savepoint, so one that the database refuses (a
missing reference) is reported and the rest still apply.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError, StatementError

from sangkien_desktop.domain.text import ToneOrder, full_name_sort_key

from . import person_search, search, sort_keys
from .models import Authorship, Person, PurgedRecord, RecordMixin, Setting, synced_tables
from .models.base import Percent
from .outbox import CONFIDENTIAL_PROTECTED

APPLIED, SAME_OR_NEWER, PURGED, UNKNOWN_TYPE, REFUSED = "applied", "kept", "purged", "unknown_type", "refused"
RENAMED = "renamed"  # applied under a marked code: the code was taken here meanwhile
_RESTORED_MARK = "-KP"  # "khôi phục": a code clash after a restored backup
_RENAME_TRIES = 3
_ENVELOPE = frozenset({"pk", "id", "version", "server_version"})


@dataclass(frozen=True)
class RecordState:
    entity_type: str
    entity_id: str
    version: int
    payload: Mapping[str, Any]
    server_version: int | None = None


def apply_records(conn: Connection, records: Sequence[RecordState]) -> dict[str, str]:
    """Apply each record's state; returns entity_id → outcome. Search and sort keys follow."""
    outcomes: dict[str, str] = {}
    touched: dict[str, list[str]] = {}
    for record in records:
        outcome = _apply_in_savepoint(conn, record)
        outcomes[record.entity_id] = outcome
        if outcome in (APPLIED, RENAMED):
            touched.setdefault(record.entity_type, []).append(record.entity_id)
    _refresh_derived(conn, touched)
    return outcomes


def _apply_in_savepoint(conn: Connection, record: RecordState) -> str:
    model = synced_tables().get(record.entity_type)
    if model is None:
        return UNKNOWN_TYPE
    purged = conn.execute(
        sa.select(PurgedRecord.entity_id).where(
            PurgedRecord.entity == _table(model).name, PurgedRecord.entity_id == record.entity_id
        )
    ).first()
    if purged is not None:
        return PURGED
    renamed: dict[str, str] = {}
    for _ in range(_RENAME_TRIES):
        try:
            with conn.begin_nested():
                outcome = _apply(conn, model, record, renamed)
            return RENAMED if renamed and outcome == APPLIED else outcome
        except IntegrityError as exc:
            column = _unique_column(exc, _table(model).name)
            if column is None or not _rename(model, record, column, renamed):
                return REFUSED
        except (StatementError, ValueError):
            return REFUSED
    return REFUSED


def _unique_column(exc: IntegrityError, table: str) -> str | None:
    """The column named by SQLite's "UNIQUE constraint failed: table.column" (not the id)."""
    match = re.search(rf"UNIQUE constraint failed: {table}\.(\w+)$", str(exc.orig))
    return match.group(1) if match and match.group(1) != "id" else None


def _rename(model: type[RecordMixin], record: RecordState, column: str, renamed: dict[str, str]) -> bool:
    """A record from the server whose code a record made here since a restore already took (both
    numbered from the same counter): kept under a marked code, reported for the officer to fix."""
    original = record.payload.get(column)
    if not isinstance(original, str) or not isinstance(_columns(model)[column].type, sa.String):
        return False
    previous = renamed.get(column)
    tries = 1 if previous is None else int(previous.rsplit(_RESTORED_MARK, 1)[1] or "1") + 1
    renamed[column] = f"{original}{_RESTORED_MARK}{tries if tries > 1 else ''}"
    return True


def _apply(
    conn: Connection, model: type[RecordMixin], record: RecordState, renamed: Mapping[str, str]
) -> str:
    table = _table(model)
    local = conn.execute(sa.select(table.c.version).where(table.c.id == record.entity_id)).first()
    if local is not None and local.version >= record.version:
        return SAME_OR_NEWER
    columns = _columns(model)
    values = {
        key: _to_python(columns[key], value)
        for key, value in record.payload.items()
        if key in columns and key not in _ENVELOPE
    }
    values.update(renamed)
    envelope = {"version": record.version, "server_version": record.server_version}
    if local is None:
        conn.execute(sa.insert(table).values(id=record.entity_id, **values, **envelope))
    else:
        cleared = {key: None for key in _always_sent(model) if key not in values}
        conn.execute(
            sa.update(table).where(table.c.id == record.entity_id).values(**cleared, **values, **envelope)
        )
    return APPLIED


def _table(model: type[RecordMixin]) -> sa.Table:
    table: sa.Table = model.__table__  # type: ignore[attr-defined]
    return table


def _columns(model: type[RecordMixin]) -> dict[str, sa.Column[Any]]:
    return {attr.key: attr.columns[0] for attr in sa.inspect(model).column_attrs}


def _always_sent(model: type[RecordMixin]) -> list[str]:
    """Fields every payload of this record carries when set: an absent one means null."""
    return [
        key
        for key, column in _columns(model).items()
        if key not in _ENVELOPE
        and not column.info.get("local")
        and not column.info.get("personal")
        and not (model.__entity_type__ == "initiative" and key in CONFIDENTIAL_PROTECTED)
    ]


def _to_python(column: sa.Column[Any], value: Any) -> Any:
    """Canonical JSON (SYNC.md §3.1) back to the column's Python type."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, sa.Enum) and kind.enum_class is not None:
        return kind.enum_class(value)
    if isinstance(kind, sa.DateTime):
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        return _naive_utc(moment) if moment.tzinfo is not None else moment
    if isinstance(kind, sa.Date):
        return date.fromisoformat(str(value))
    if isinstance(kind, Percent | sa.Numeric):
        return Decimal(str(value))
    return value


def _naive_utc(moment: datetime) -> datetime:
    offset = moment.utcoffset()
    assert offset is not None
    return (moment - offset).replace(tzinfo=None)


def _refresh_derived(conn: Connection, touched: dict[str, list[str]]) -> None:
    """Sort keys and search rows of what changed, as the unit of work keeps them."""
    tone = _tone_order(conn)
    persons = touched.get("person", [])
    for person_id, full_name in conn.execute(
        sa.select(Person.id, Person.full_name).where(Person.id.in_(persons))
    ):
        conn.execute(
            sa.update(Person)
            .where(Person.id == person_id)
            .values(name_sort_key=full_name_sort_key(full_name, tone))
        )
    person_search.reindex(conn, persons)
    initiatives = set(touched.get("initiative", []))
    authorships = touched.get("authorship", [])
    if authorships or persons:
        related = sa.select(Authorship.initiative_id).where(
            sa.or_(Authorship.id.in_(authorships), Authorship.person_id.in_(persons))
        )
        initiatives.update(conn.execute(related).scalars())
    ordered = sorted(initiatives)
    search.reindex(conn, ordered)
    sort_keys.refresh(conn, ordered, tone)


def _tone_order(conn: Connection) -> ToneOrder:
    stored = conn.execute(sa.select(Setting.value).where(Setting.key == "text.tone_order")).scalar()
    return "software" if stored and json.loads(stored) == "software" else "dictionary"
