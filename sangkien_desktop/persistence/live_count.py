"""The count of live initiatives, kept by triggers so that every writer keeps it: the unit of work,
bulk loads, purges and whatever comes later. A bulk load that drops the registry indexes drops the
triggers too and counts once at the end (``registry_indexes.deferred_for_bulk_load``); ``ensure``
(run whenever the store opens) restores them and recounts if a load died in between.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from .models import Initiative, LiveCount

__all__ = ["TRIGGERS", "drop", "ensure", "live_count_select", "recount"]

_ADD = "UPDATE live_count SET initiatives = initiatives + 1"
_SUBTRACT = "UPDATE live_count SET initiatives = initiatives - 1"
# name → CREATE TRIGGER statement (migration 0008 holds a frozen copy; the schema test compares them).
TRIGGERS = {
    "initiative_live_insert": (
        "CREATE TRIGGER initiative_live_insert AFTER INSERT ON initiative "
        f"WHEN NEW.deleted_at IS NULL BEGIN {_ADD}; END"
    ),
    "initiative_live_delete": (
        "CREATE TRIGGER initiative_live_delete AFTER DELETE ON initiative "
        f"WHEN OLD.deleted_at IS NULL BEGIN {_SUBTRACT}; END"
    ),
    "initiative_live_tombstone": (
        "CREATE TRIGGER initiative_live_tombstone AFTER UPDATE OF deleted_at ON initiative "
        f"WHEN OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL BEGIN {_SUBTRACT}; END"
    ),
    "initiative_live_revive": (
        "CREATE TRIGGER initiative_live_revive AFTER UPDATE OF deleted_at ON initiative "
        f"WHEN OLD.deleted_at IS NOT NULL AND NEW.deleted_at IS NULL BEGIN {_ADD}; END"
    ),
}


def live_count_select() -> sa.Select[Any]:
    """The registry's total with no filter."""
    return sa.select(LiveCount.initiatives)


def _present(conn: Connection) -> set[str]:
    rows = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    return {name for (name,) in rows}


def ensure(conn: Connection) -> None:
    """The triggers, and a true count if any trigger was missing (cheap when all exist)."""
    missing = [sql for name, sql in TRIGGERS.items() if name not in _present(conn)]
    if not missing:
        return
    for sql in missing:
        conn.exec_driver_sql(sql)
    recount(conn)


def drop(conn: Connection) -> None:
    for name in TRIGGERS:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")


def recount(conn: Connection) -> None:
    live = sa.select(sa.func.count()).select_from(Initiative).where(Initiative.deleted_at.is_(None))
    conn.execute(sa.delete(LiveCount))
    conn.execute(sa.insert(LiveCount).values(singleton=1, initiatives=live.scalar_subquery()))


def counted(conn: Connection) -> tuple[int, int]:
    """(live initiatives counted row by row, the kept count): equal in a healthy store."""
    live = sa.select(sa.func.count()).select_from(Initiative).where(Initiative.deleted_at.is_(None))
    return int(conn.execute(live).scalar_one()), int(conn.execute(live_count_select()).scalar_one())
