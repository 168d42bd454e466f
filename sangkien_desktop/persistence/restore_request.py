"""A restore asked for from the open window, carried out when the app next opens the store (the store
cannot be replaced under the open window). Kept apart from the backups so that start-up, which
checks for a request, does not load the archive code."""

from __future__ import annotations

from pathlib import Path

from .store_files import StorePaths

_RESTORE_REQUEST = "khoi-phuc-khi-mo-lai.txt"


def request_restore(paths: StorePaths, archive: Path) -> None:
    (paths.data_dir / _RESTORE_REQUEST).write_text(str(archive.resolve()), encoding="utf-8")


def restore_requested(paths: StorePaths) -> bool:
    return (paths.data_dir / _RESTORE_REQUEST).exists()


def take_restore_request(paths: StorePaths) -> Path | None:
    """The archive asked for, if any; the request is forgotten as it is read."""
    request = paths.data_dir / _RESTORE_REQUEST
    try:
        text = request.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    request.unlink(missing_ok=True)
    return Path(text) if text else None
