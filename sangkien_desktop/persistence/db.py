"""SQLite engine with the store's connection rules (ARCHITECTURE.md §5.3).

Every connection runs with WAL, ``synchronous=FULL``, enforced foreign keys and a busy timeout.
Write transactions start with ``BEGIN IMMEDIATE`` so two writers queue on the lock instead of
failing half-way; read-only work asks for ``BEGIN DEFERRED`` through an execution option.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

BUSY_TIMEOUT_MS = 5000
CACHE_KIB = 64 * 1024  # page cache per connection; the default 2 MB thrashes on large stores
READ_ONLY = {"sqlite_begin": "DEFERRED"}


@dataclass(frozen=True)
class Tuning:
    """Per-connection settings; the defaults are the office store's, durable after every commit."""

    synchronous: str = "FULL"
    cache_kib: int = CACHE_KIB
    wal_autocheckpoint: int = 1000  # pages (SQLite's default)


# For regenerable bulk data (demo): no fsync per commit (WAL keeps the store consistent after a
# crash; only the last commits would be lost), a large cache for the growing indexes, and rare
# checkpoints so pages rewritten by every batch reach the main file once, not once per batch.
BULK = Tuning(synchronous="NORMAL", cache_kib=512 * 1024, wal_autocheckpoint=100_000)


def create_store_engine(db_path: Path, *, foreign_keys: bool = True, tuning: Tuning = Tuning()) -> Engine:
    """Engine on the store file; ``foreign_keys=False`` only for schema migrations (batch copies)."""
    engine = sa.create_engine(f"sqlite:///{db_path}", pool_pre_ping=False)
    _install_listeners(engine, foreign_keys, tuning)
    return engine


def _install_listeners(engine: Engine, foreign_keys: bool, tuning: Tuning) -> None:
    @event.listens_for(engine, "connect")
    def _configure(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # Take transaction control away from pysqlite so BEGIN IMMEDIATE below is the only BEGIN.
        dbapi_conn.isolation_level = None
        for pragma in (
            f"busy_timeout={BUSY_TIMEOUT_MS}",
            f"foreign_keys={'ON' if foreign_keys else 'OFF'}",
            "journal_mode=WAL",
            f"synchronous={tuning.synchronous}",
            f"cache_size=-{tuning.cache_kib}",
            f"wal_autocheckpoint={tuning.wal_autocheckpoint}",
        ):
            dbapi_conn.execute(f"PRAGMA {pragma}")

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
        conn.exec_driver_sql(f"BEGIN {mode}")


def has_fts5(engine: Engine) -> bool:
    with engine.connect().execution_options(**READ_ONLY) as conn:
        options = {row[0] for row in conn.exec_driver_sql("PRAGMA compile_options")}
    return "ENABLE_FTS5" in options
