"""Opening the office store safely: refuse what we must not touch, back up, then migrate.

Order of checks, all before any write: the file is a SQLite database (else ``StoreCorruptError``,
the file is left alone); its schema revision is one this version knows (else
``StoreTooNewError``). Only then is a copy taken into ``backups/`` and Alembic upgrades it.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from sangkien_desktop.domain.errors import StoreCorruptError, StoreError, StoreTooNewError

from . import person_search, registry_indexes, search
from .db import create_store_engine, has_fts5
from .models import Base, SyncState

if TYPE_CHECKING:
    from alembic.config import Config

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


def alembic_config() -> Config:
    from alembic.config import Config  # alembic (with mako) is imported only when the schema changes

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


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
        with closing(_read_only(db_path)) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not tables:
                return None
            if "alembic_version" not in tables:
                raise StoreError(
                    f"Tệp {db_path} không phải kho dữ liệu của Sáng kiến Desktop; không mở để tránh ghi đè."
                )
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise _corrupt(db_path, str(exc)) from exc
    return row[0] if row else None


def _read_only(db_path: Path) -> sqlite3.Connection:
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
        raise _corrupt(db_path, "phần đầu tệp không phải SQLite")


def _corrupt(db_path: Path, detail: str) -> StoreCorruptError:
    backups = db_path.parent / "backups"
    return StoreCorruptError(
        f"Tệp dữ liệu {db_path} bị hỏng hoặc không đọc được ({detail}). "
        "Tệp này được giữ nguyên, không ghi đè. "
        f"Các bản sao tự động nằm trong thư mục {backups}; hãy khôi phục bản mới nhất còn tốt."
    )


def needs_migration(paths: StorePaths) -> bool:
    """True when opening would create or upgrade the schema (a write that needs the writer lock)."""
    return not paths.db.exists() or read_revision(paths.db) != head_revision()


def open_store(paths: StorePaths, *, now: datetime | None = None) -> Engine:
    """Open (creating or upgrading as needed) the store and return its engine."""
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    current = read_revision(paths.db) if paths.db.exists() else None
    head = head_revision()
    if current is not None and current not in known_revisions():
        raise StoreTooNewError(
            f"Kho dữ liệu {paths.db} được tạo bởi phiên bản mới hơn của phần mềm "
            f"(phiên bản lược đồ {current}). "
            "Hãy cài phiên bản mới nhất của Sáng kiến Desktop; tệp được giữ nguyên."
        )
    if current is None:
        engine = create_store_engine(paths.db)
        _require_fts5(engine)
        _create_fresh(engine)
        return engine
    if current != head:
        backup_database(paths.db, paths.backups / _backup_name(current, now))
        migrate(paths.db)
    engine = create_store_engine(paths.db)
    _require_fts5(engine)
    with engine.begin() as conn:
        registry_indexes.ensure(conn)  # rebuilt if a bulk load died while they were dropped
    return engine


def _require_fts5(engine: Engine) -> None:
    if not has_fts5(engine):
        raise StoreError(
            "SQLite của máy này thiếu FTS5 nên không thể tìm kiếm; hãy cài Python chính thức 3.11+."
        )


def _backup_name(revision: str, now: datetime | None) -> str:
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    return f"truoc-nang-cap-{revision}-{stamp}.db"


def backup_database(source: Path, target: Path) -> Path:
    """Consistent copy through SQLite's online backup API (safe while others read or write)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    source_uri = f"{source.resolve().as_uri()}?mode=ro"
    with closing(sqlite3.connect(source_uri, uri=True)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    return target


def _create_fresh(engine: Engine) -> None:
    with engine.begin() as conn:
        Base.metadata.create_all(conn)
        search.create_index(conn)
        person_search.create_index(conn)
        conn.execute(sa.insert(SyncState).values(singleton=1, device_epoch=1, next_seq=1))
        from alembic import command

        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.stamp(cfg, "head")


def migrate(db_path: Path, revision: str = "head") -> None:
    """Upgrade to ``revision``; foreign keys are checked at the end instead of per batch copy."""
    engine = create_store_engine(db_path, foreign_keys=False)
    try:
        with engine.begin() as conn:
            from alembic import command

            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise StoreError(
                    f"Nâng cấp dữ liệu dừng lại: {len(broken)} liên kết hỏng; dữ liệu cũ được giữ nguyên."
                )
    finally:
        engine.dispose()
