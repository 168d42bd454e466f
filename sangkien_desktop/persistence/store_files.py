"""The store's files and schema revision, read with the standard library only: the desktop app checks
them at start-up before SQLAlchemy is loaded (see ``quick_start``)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sangkien_desktop.domain.errors import StoreCorruptError, StoreError

SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


@dataclass(frozen=True)
class StorePaths:
    """Where one office's data lives inside its data folder."""

    data_dir: Path

    @property
    def db(self) -> Path:
        return self.data_dir / "sangkien.db"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def blobs(self) -> Path:
        return self.data_dir / "blobs"

    @property
    def lock(self) -> Path:
        return self.data_dir / "sangkien.db.lock"


def known_revisions() -> set[str]:
    """Revision ids of the shipped migrations, read from their file names ("0004_….py" → "0004").

    Opening an up-to-date store is the common case and must not import alembic (half a second of
    start-up); a unit test checks these names against alembic's own reading of the scripts."""
    return {path.name.split("_", 1)[0] for path in (MIGRATIONS_DIR / "versions").glob("[0-9]*_*.py")}


def head_revision() -> str:
    return max(known_revisions())  # ids are zero-padded and strictly increasing


def read_revision(db_path: Path) -> str | None:
    """Schema revision of an existing store, read without writing a byte; None for an empty file."""
    _check_header(db_path)
    try:
        with closing(read_only_connection(db_path)) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not tables:
                return None
            if "alembic_version" not in tables:
                raise StoreError(
                    f"Tệp {db_path} không phải kho dữ liệu của Sáng kiến Desktop; không mở để tránh ghi đè."
                )
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise corrupt_error(db_path, str(exc)) from exc
    return row[0] if row else None


def read_only_connection(db_path: Path) -> sqlite3.Connection:
    """A connection that leaves no file behind. Without a -wal file the store is closed and stable,
    so it is opened immutable (no -wal/-shm created); with one, another program may be writing and a
    plain read-only connection sees its committed changes."""
    wal = db_path.with_name(db_path.name + "-wal")
    flags = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    return sqlite3.connect(f"{db_path.resolve().as_uri()}?{flags}", uri=True)


def _check_header(db_path: Path) -> None:
    try:
        with db_path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise StoreError(f"Không đọc được tệp dữ liệu {db_path}: {exc.strerror}.") from exc
    if header and header != SQLITE_HEADER:
        raise corrupt_error(db_path, "phần đầu tệp không phải SQLite")


def corrupt_error(db_path: Path, detail: str) -> StoreCorruptError:
    backups = db_path.parent / "backups"
    return StoreCorruptError(
        f"Tệp dữ liệu {db_path} bị hỏng hoặc không đọc được ({detail}). "
        "Tệp này được giữ nguyên, không ghi đè. "
        f"Các bản sao tự động nằm trong thư mục {backups}; hãy khôi phục bản mới nhất còn tốt."
    )
