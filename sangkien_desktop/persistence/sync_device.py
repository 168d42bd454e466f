"""The sync_state row as the sync client reads and writes it: enrolment, status, backoff, lease, log.

Each function works inside the caller's transaction (``Connection``); the service keeps every
write transaction short, so nothing holds the database while waiting on the network.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from .models.sync import SyncLogRow, SyncState


@dataclass(frozen=True)
class DeviceState:
    """A snapshot of sync_state (never the secrets: only the reference to where they are)."""

    server_url: str | None
    server_id: str | None
    device_id: str | None
    device_epoch: int
    next_seq: int
    pull_cursor: str | None
    needs_epoch: bool
    unsettled_ops: int
    acked_ops: int
    unit_id: str | None
    unit_code: str | None
    unit_name: str | None
    credential_ref: str | None
    ca_bundle: str | None
    enrolled_at: datetime | None
    last_success_at: datetime | None
    last_ping_at: datetime | None
    last_attempt_at: datetime | None
    clock_skew_s: float | None
    server_acked_through_seq: int | None
    server_op_count: int | None
    server_digest: str | None
    digest_ok: bool | None
    reconciled_at: datetime | None
    backoff_step: int
    next_attempt_at: datetime | None
    lease_owner: str | None
    lease_until: datetime | None
    connection_state: str | None
    connection_message: str | None
    batch_max_ops: int | None
    batch_max_bytes: int | None
    pullback_epoch: int | None
    pullback_after_seq: int

    @property
    def enrolled(self) -> bool:
        return bool(self.server_url and self.device_id and self.credential_ref)


_FIELDS = [name for name in DeviceState.__dataclass_fields__]


def read_device(conn: Connection) -> DeviceState:
    columns = [getattr(SyncState, name) for name in _FIELDS]
    row = conn.execute(sa.select(*columns)).one()
    values = dict(zip(_FIELDS, row, strict=True))
    values["needs_epoch"] = bool(values["needs_epoch"])
    return DeviceState(**values)


def update_device(conn: Connection, **values: Any) -> None:
    unknown = set(values) - set(_FIELDS)
    if unknown:
        raise ValueError(f"not sync_state columns: {sorted(unknown)}")
    conn.execute(sa.update(SyncState).values(**values))


# -- single-flight lease (SYNC.md rule 18) ------------------------------------------------------------


def take_lease(
    conn: Connection, owner: str, now: datetime, hold: timedelta, holder_is_gone: Callable[[str], bool]
) -> str | None:
    """Take or renew the lease; returns None when taken, else the other live holder's name."""
    current, until = conn.execute(sa.select(SyncState.lease_owner, SyncState.lease_until)).one()
    free = current is None or current == owner or until is None or until <= now or holder_is_gone(current)
    if not free:
        return str(current)
    conn.execute(sa.update(SyncState).values(lease_owner=owner, lease_until=now + hold))
    return None


def release_lease(conn: Connection, owner: str) -> None:
    conn.execute(
        sa.update(SyncState).where(SyncState.lease_owner == owner).values(lease_owner=None, lease_until=None)
    )


# -- log ---------------------------------------------------------------------------------------------


def append_log(conn: Connection, at: datetime, level: str, message: str, keep: int = 1000) -> None:
    conn.execute(sa.insert(SyncLogRow).values(at=at, level=level, message=message))
    oldest_kept = (
        sa.select(SyncLogRow.pk).order_by(SyncLogRow.pk.desc()).offset(keep).limit(1).scalar_subquery()
    )
    conn.execute(sa.delete(SyncLogRow).where(SyncLogRow.pk <= oldest_kept))


def read_log(conn: Connection, limit: int) -> list[tuple[datetime, str, str]]:
    rows = conn.execute(
        sa.select(SyncLogRow.at, SyncLogRow.level, SyncLogRow.message)
        .order_by(SyncLogRow.pk.desc())
        .limit(limit)
    )
    return [(r.at, r.level, r.message) for r in rows]
