"""Creating, listing and rotating backup archives of a store (issue 8); the archive format is in
``backup_archive``. The store module takes one before every migration, the services at close, daily
and on request."""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path

from sangkien_desktop.domain.backups import BackupInfo, BackupKind, Retention, kept_by_rotation
from sangkien_desktop.domain.errors import KnownError

from . import backup_archive as archive
from .store_files import StorePaths

__all__ = ["create_backup", "list_backups", "rotate"]

Progress = archive.Progress


def create_backup(paths: StorePaths, kind: BackupKind, now: datetime, folder: Path | None = None,
                  progress: Progress | None = None, retention: Retention | None = None) -> BackupInfo:
    target_dir = folder or paths.backups
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=".sao-luu-", dir=target_dir))
    except OSError as exc:
        raise KnownError(f"Không tạo được bản sao lưu trong thư mục “{target_dir}”: {exc.strerror}.") from exc
    try:
        snapshot = work / archive.DB_MEMBER
        half = _halves(progress)
        archive.snapshot_database(paths.db, snapshot, half[0])
        blobs = sorted(p for p in paths.blobs.glob("??/*") if p.is_file() and not p.name.startswith("."))
        target = target_dir / _archive_name(now, kind)
        manifest = archive.write_archive(target, snapshot, blobs, kind.value, now, half[1])
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise KnownError(f"Sao lưu không thành công (thư mục “{target_dir}”): {reason}.") from exc
    finally:
        archive.remove_tree(work)
    info = BackupInfo(target, kind, manifest.created_at, target.stat().st_size, manifest.schema_revision,
                      manifest.app_version, manifest.counts)
    if kind is BackupKind.AUTOMATIC and folder is None:
        rotate(target_dir, retention or Retention())
    return info


def _halves(progress: Progress | None) -> tuple[Progress | None, Progress | None]:
    """The snapshot is the first half of the work and writing the archive the second."""
    if progress is None:
        return None, None
    report = progress

    def first(done: int, total: int) -> None:
        report(done, 2 * total)

    def second(done: int, total: int) -> None:
        report(total + done, 2 * total)

    return first, second


def _archive_name(now: datetime, kind: BackupKind) -> str:
    local = now.astimezone() if now.tzinfo else now.replace(tzinfo=None)
    return f"sangkien-{local:%Y%m%d-%H%M%S-%f}-{kind.value}{archive.ARCHIVE_SUFFIX}"


def list_backups(folder: Path) -> list[BackupInfo]:
    found = []
    for path in folder.glob(f"*{archive.ARCHIVE_SUFFIX}") if folder.is_dir() else []:
        try:
            manifest = archive.read_manifest(path)
            kind = BackupKind(manifest.kind)
        except (KnownError, ValueError):
            continue  # not ours or damaged: listing never fails because of one bad file
        found.append(BackupInfo(path, kind, manifest.created_at, path.stat().st_size,
                                manifest.schema_revision, manifest.app_version, manifest.counts))
    return sorted(found, key=lambda b: b.created_at, reverse=True)


def rotate(folder: Path, retention: Retention) -> list[Path]:
    """Delete the automatic backups the retention does not keep; returns what was deleted."""
    automatic = [b for b in list_backups(folder) if b.kind is BackupKind.AUTOMATIC]
    keep = kept_by_rotation([b.created_at.astimezone() for b in automatic], retention)
    removed = [b.path for i, b in enumerate(automatic) if i not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed
