"""Opening the office store safely: refuse what we must not touch, back up, then migrate.

Order of checks, all before any write: the file is a SQLite database (else ``StoreCorruptError``,
the file is left alone); its schema revision is one this version knows (else
``StoreTooNewError``). Only then is a backup archive taken into ``backups/`` and Alembic upgrades it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from sangkien_desktop.domain.backups import BackupKind
from sangkien_desktop.domain.errors import StoreError, StoreTooNewError

from . import live_count, person_search, registry_indexes, search
from .db import create_store_engine, has_fts5
from .models import Base, SyncState
from .store_files import (
    MIGRATIONS_DIR,
    StorePaths,
    head_revision,
    known_revisions,
    read_revision,
)

__all__ = [
    "MIGRATIONS_DIR", "StorePaths", "alembic_config", "head_revision", "known_revisions",
    "migrate", "needs_migration", "open_store", "read_revision",
]

if TYPE_CHECKING:
    from alembic.config import Config

def alembic_config() -> Config:
    from alembic.config import Config  # alembic (with mako) is imported only when the schema changes

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


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
        from .backups import create_backup  # only when the schema changes

        create_backup(paths, BackupKind.BEFORE_MIGRATION, now or datetime.now(UTC))
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


def _create_fresh(engine: Engine) -> None:
    with engine.begin() as conn:
        Base.metadata.create_all(conn)
        search.create_index(conn)
        person_search.create_index(conn)
        conn.execute(sa.insert(SyncState).values(singleton=1, device_epoch=1, next_seq=1))
        live_count.ensure(conn)
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
