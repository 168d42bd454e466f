"""Per-device serialisation (SYNC.md rule 12): ``pg_advisory_xact_lock`` on PostgreSQL; on SQLite a
process-level lock per key, then ``BEGIN IMMEDIATE`` (taken by ``db.write_session``), which also keeps
other processes out."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from sangkien_server.db import is_sqlite
from sangkien_server.wire import ApiError

LOCK_TIMEOUT_S = 60

_guard = threading.Lock()
_locks: dict[str, threading.Lock] = {}


def _process_lock(key: str) -> threading.Lock:
    with _guard:
        return _locks.setdefault(key, threading.Lock())


def _busy() -> ApiError:
    return ApiError(409, "in_progress",
                    "Một lô khác của thiết bị này đang được xử lý; hãy thử lại sau giây lát.",
                    {"Retry-After": "5"})


def advisory_key(key: str) -> int:
    return int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big", signed=True)


@contextmanager
def held(session: Session, db_url: str, key: str) -> Iterator[None]:
    """Hold the lock named ``key`` for the rest of the session's transaction; the caller commits inside."""
    if is_sqlite(db_url):
        lock = _process_lock(key)
        if not lock.acquire(timeout=LOCK_TIMEOUT_S):
            raise _busy()
        try:
            session.connection()  # BEGIN IMMEDIATE now, while holding the process lock
            yield
        finally:
            lock.release()
        return
    try:
        session.execute(text(f"SET LOCAL lock_timeout = '{LOCK_TIMEOUT_S}s'"))
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": advisory_key(key)})
    except OperationalError as exc:
        raise _busy() from exc
    yield


def device_key(device_id: str) -> str:
    return f"device:{device_id}"
