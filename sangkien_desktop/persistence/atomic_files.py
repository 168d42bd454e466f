"""Files the officer asks for (PDF batches, exports) written whole or not at all: into a temporary
file beside the target, renamed over it at the end, deleted on any failure or cancel."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from sangkien_desktop.domain.errors import KnownError

__all__ = ["atomic_output", "copy_atomically", "write_atomically"]


def _folder_problem(target: Path, exc: OSError) -> KnownError:
    reason = exc.strerror or str(exc)
    return KnownError(f"Không ghi được tệp vào thư mục “{target.parent}”: {reason}.")


def _default_mode() -> int:
    """What an ordinary new file gets here (0666 less the umask): mkstemp makes its files 0600,
    and a certificate batch is for the office's printer and colleagues, not private."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextmanager
def atomic_output(target: Path) -> Iterator[BinaryIO]:
    """A temporary file beside ``target``; renamed over ``target`` when the block ends normally,
    deleted when it raises (a cancel included)."""
    if not target.parent.is_dir():
        raise KnownError(f"Thư mục “{target.parent}” không tồn tại.")
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise _folder_problem(target, exc) from exc
    try:
        with os.fdopen(handle, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, _default_mode())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_atomically(target: Path, produce: Callable[[], bytes]) -> int:
    """Write what ``produce`` returns to ``target`` through ``atomic_output``; returns the size.

    The temporary file exists while ``produce`` runs, so an unwritable folder is found before any work.
    """
    try:
        with atomic_output(target) as out:
            data = produce()
            out.write(data)
    except OSError as exc:
        raise _folder_problem(target, exc) from exc
    return len(data)


def copy_atomically(source: Path, target: Path) -> Path:
    """Copy ``source`` to ``target`` through ``atomic_output`` (an export of a PDF already made)."""
    try:
        with atomic_output(target) as out, source.open("rb") as data:
            shutil.copyfileobj(data, out)
    except OSError as exc:
        raise _folder_problem(target, exc) from exc
    return target
