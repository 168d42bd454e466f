"""Engines, migrations and transactions for SQLite files and PostgreSQL (``postgresql+psycopg://``)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.orm import Session

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

_engines: dict[str, Engine] = {}
_upgraded: set[str] = set()
_registry_lock = threading.Lock()
_upgrade_lock = threading.Lock()


def is_sqlite(db_url: str) -> bool:
    return make_url(db_url).get_backend_name() == "sqlite"


def engine_for(db_url: str) -> Engine:
    """One engine per URL per process (the app, admin calls and the CLI share it)."""
    with _registry_lock:
        engine = _engines.get(db_url)
        if engine is None:
            engine = _create(db_url)
            _engines[db_url] = engine
        return engine


def dispose(db_url: str) -> None:
    """Close every pooled connection of ``db_url`` (before dropping a test database)."""
    with _registry_lock:
        engine = _engines.pop(db_url, None)
        _upgraded.discard(db_url)
    if engine is not None:
        engine.dispose()


def _create(db_url: str) -> Engine:
    url = make_url(db_url)
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)
    if url.database and url.database != ":memory:":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
    event.listen(engine, "connect", _sqlite_connect)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Take transaction control from the sqlite3 module so that BEGIN IMMEDIATE can be issued.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON", "busy_timeout=30000"):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def _sqlite_begin(connection: Any) -> None:
    mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def upgrade(db_url: str) -> None:
    """Bring the schema to the newest revision (idempotent; once per URL per process)."""
    if db_url in _upgraded:
        return
    from alembic import command
    from alembic.config import Config

    with _upgrade_lock:
        if db_url in _upgraded:
            return
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        with engine_for(db_url).connect() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            connection.commit()
        _upgraded.add(db_url)


@contextmanager
def read_session(db_url: str) -> Iterator[Session]:
    with Session(engine_for(db_url), expire_on_commit=False) as session:
        yield session


@contextmanager
def write_session(db_url: str) -> Iterator[Session]:
    """A session whose transaction takes the write lock at once on SQLite (``BEGIN IMMEDIATE``),
    so two writers never deadlock upgrading a read lock. The caller commits."""
    engine = engine_for(db_url)
    if is_sqlite(db_url):
        engine = engine.execution_options(sqlite_begin="IMMEDIATE")
    with Session(engine, expire_on_commit=False) as session:
        yield session
