"""Creating, listing and rotating backup archives of a store (issue 8); the archive format is in
``backup_archive``. The store module takes one before every migration, the services at close, daily
and on request."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sangkien_desktop.domain.backups import BackupInfo, BackupKind, Retention, kept_by_rotation
from sangkien_desktop.domain.errors import KnownError

from . import backup_archive as archive
from .restore_request import request_restore, restore_requested, take_restore_request
from .store_files import StorePaths

__all__ = ["create_backup", "list_backups", "request_restore", "restore_requested", "rotate",
           "take_restore_request"]


Progress = archive.Progress


def create_backup(paths: StorePaths, kind: BackupKind, now: datetime, folder: Path | None = None,
                  progress: Progress | None = None, retention: Retention | None = None) -> BackupInfo:
    target_dir = folder or paths.backups
    target = target_dir / _archive_name(now, kind)
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        blobs = sorted(p for p in paths.blobs.glob("??/*") if p.is_file() and not p.name.startswith("."))
        manifest = archive.write_backup(paths.db, target, blobs, kind.value, now, progress)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise KnownError(f"Sao lưu không thành công (thư mục “{target_dir}”): {reason}.") from exc
    info = BackupInfo(target, kind, manifest.created_at, target.stat().st_size, manifest.schema_revision,
                      manifest.app_version, manifest.counts)
    if kind is BackupKind.AUTOMATIC and folder is None:
        rotate(target_dir, retention or Retention())
    return info


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
