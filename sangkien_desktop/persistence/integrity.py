"""The store's periodic self-check (issue 8): ``PRAGMA quick_check`` once a day, on a read-only
connection in the background (it reads every page: minutes on a store of millions of records, so
never at start-up). A failure is written to a marker file beside the store; while it exists the
app opens on the recovery screen instead of the damaged store."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime, timedelta

from .atomic_files import write_atomically
from .store_files import StorePaths

__all__ = ["CHECK_EVERY", "FAILURE_FILE", "STAMP_FILE", "check_due", "failure_recorded", "forget_failure",
           "run_quick_check"]

CHECK_EVERY = timedelta(days=1)
STAMP_FILE = "kiem-tra-lan-cuoi.txt"
FAILURE_FILE = "kiem-tra-that-bai.txt"


def check_due(paths: StorePaths, now: datetime) -> bool:
    stamp = paths.data_dir / STAMP_FILE
    try:
        last = datetime.fromisoformat(stamp.read_text(encoding="utf-8").strip())
    except (OSError, ValueError):
        return True
    return now - last >= CHECK_EVERY


def run_quick_check(paths: StorePaths, now: datetime) -> str | None:
    """None when the store is sound; otherwise what SQLite found (also recorded in the marker)."""
    try:
        with closing(sqlite3.connect(f"{paths.db.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            found = [str(r[0]) for r in conn.execute("PRAGMA quick_check(5)")]
        problem = None if found == ["ok"] else "; ".join(found)
    except sqlite3.DatabaseError as exc:
        problem = str(exc)
    if problem is not None:
        write_atomically(paths.data_dir / FAILURE_FILE, lambda: f"{now.isoformat()}\n{problem}\n".encode())
    write_atomically(paths.data_dir / STAMP_FILE, lambda: now.isoformat().encode())
    return problem


def failure_recorded(paths: StorePaths) -> str | None:
    """What the last check found wrong, while the store has not been replaced since."""
    try:
        lines = (paths.data_dir / FAILURE_FILE).read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    return lines[1] if len(lines) > 1 else "quick_check"


def forget_failure(paths: StorePaths) -> None:
    (paths.data_dir / FAILURE_FILE).unlink(missing_ok=True)
