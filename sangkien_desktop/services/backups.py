"""Backups of the office store and restoring one (issue 8).

Backups are archives in ``<data folder>/backups`` (or a folder the officer picks, such as a USB
stick): see ``persistence/backup_archive``. Automatic ones are rotated; the others are kept until
the officer deletes them. Restoring replaces the store only after the archive passed every check,
and only after the store being replaced was itself backed up. The restored store then starts a new
sync epoch (SYNC.md §4.6), so the server neither loses nor doubles what it already holds.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Callable
from contextlib import closing
from datetime import datetime, timedelta
from pathlib import Path

from sangkien_desktop.domain.backups import BackupInfo, BackupKind, RestoreResult, Retention
from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.persistence import backup_archive as archive
from sangkien_desktop.persistence import integrity
from sangkien_desktop.persistence.atomic_files import copy_atomically
from sangkien_desktop.persistence.backups import create_backup, list_backups, request_restore
from sangkien_desktop.persistence.models.base import utcnow
from sangkien_desktop.persistence.store import StorePaths, head_revision, migrate

__all__ = ["BackupService", "restore_store"]

Progress = archive.Progress
DAILY = timedelta(hours=24)


class BackupService:
    def __init__(self, paths: StorePaths, clock: Callable[[], datetime] = utcnow,
                 retention: Retention | None = None) -> None:
        self._paths = paths
        self._clock = clock
        self.retention = retention or Retention()

    def create(self, kind: BackupKind = BackupKind.MANUAL, folder: Path | None = None,
               progress: Progress | None = None) -> BackupInfo:
        """Snapshot the store and its attachments into a new archive; rotates automatic ones."""
        return create_backup(self._paths, kind, self._clock(), folder, progress, self.retention)

    def list(self, folder: Path | None = None) -> list[BackupInfo]:
        """Readable archives in ``folder`` (default: the store's backups), newest first."""
        return list_backups(folder or self._paths.backups)

    def newest(self) -> BackupInfo | None:
        backups = self.list()
        return backups[0] if backups else None

    def automatic_if_due(
        self, within: timedelta = DAILY, progress: Progress | None = None
    ) -> BackupInfo | None:
        """An automatic backup unless one was taken ``within`` (a day while open, an hour at close)."""
        latest = [b.created_at for b in self.list() if b.kind is BackupKind.AUTOMATIC]
        if latest and self._clock() - max(latest) < within:
            return None
        return self.create(BackupKind.AUTOMATIC, progress=progress)

    def request_restore(self, archive: Path) -> None:
        """Restore ``archive`` when the app next opens the store (after the window has closed)."""
        request_restore(self._paths, archive)

    def daily_check(self) -> str | None:
        """The store's quick check, once a day: what it found wrong, or None."""
        now = self._clock()
        return integrity.run_quick_check(self._paths, now) if integrity.check_due(self._paths, now) else None


def restore_store(paths: StorePaths, source: Path, now: datetime,
                  progress: Progress | None = None) -> RestoreResult:
    """Replace the store with the archive's. The caller holds the writer lock and no connection is
    open. Order: verify and extract → back up the current store → upgrade the copy if older → mark
    it for a new sync epoch → add missing attachments → swap it in with one rename."""
    work = Path(tempfile.mkdtemp(prefix=".khoi-phuc-", dir=paths.data_dir))
    try:
        manifest = archive.verify_archive(source, work, progress)
        restored_db = work / archive.DB_MEMBER
        safety = _keep_current_store(paths, now) if paths.db.exists() else None
        migrated = manifest.schema_revision != head_revision()
        if migrated:
            migrate(restored_db)
        _start_new_epoch(restored_db)
        _add_missing_blobs(work / "blobs", paths.blobs)
        _swap_in(restored_db, paths.db)
        integrity.forget_failure(paths)
    finally:
        archive.remove_tree(work)
    info = BackupInfo(source, BackupKind(manifest.kind), manifest.created_at, source.stat().st_size,
                      manifest.schema_revision, manifest.app_version, manifest.counts)
    return RestoreResult(info, safety, migrated)


def _keep_current_store(paths: StorePaths, now: datetime) -> Path:
    """Back up the store about to be replaced; a store too damaged for that is kept as a plain copy
    of its file (what is left of it may still matter to whoever repairs it)."""
    try:
        return create_backup(paths, BackupKind.BEFORE_RESTORE, now).path
    except (sqlite3.DatabaseError, KnownError):
        paths.backups.mkdir(parents=True, exist_ok=True)
        target = paths.backups / f"sangkien-hong-{now.astimezone():%Y%m%d-%H%M%S-%f}.db"
        wal = paths.db.with_name(paths.db.name + "-wal")
        if wal.exists():  # committed changes may still sit in the log
            copy_atomically(wal, target.with_name(target.name + "-wal"))
        return copy_atomically(paths.db, target)


def _start_new_epoch(db: Path) -> None:
    """A restored store reuses sequence numbers the server may already hold: it must ask for a new
    epoch before it sends anything (SYNC.md §4.6). The flag stays set until that has succeeded."""
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("UPDATE sync_state SET needs_epoch = 1")
        conn.commit()


def _add_missing_blobs(source: Path, blobs: Path) -> None:
    for path in source.glob("*") if source.is_dir() else []:
        target = blobs / path.name[:2] / path.name
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            copy_atomically(path, target)


def _swap_in(restored: Path, db: Path) -> None:
    """Fold the old store's WAL into it (so no stale log can be replayed onto the new file), remove
    the log files, then rename the restored file over the store: a crash leaves one or the other."""
    if db.exists() and _is_readable_database(db):
        with closing(sqlite3.connect(db)) as conn:
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            conn.execute("PRAGMA journal_mode=DELETE")
        if busy:
            raise KnownError("Kho dữ liệu đang được chương trình khác dùng; hãy đóng nó rồi khôi phục lại.")
    for suffix in ("-wal", "-shm"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)
    os.replace(restored, db)
    archive.sync_folder(db.parent)


def _is_readable_database(db: Path) -> bool:
    try:
        with closing(sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlite3.DatabaseError:
        return False
