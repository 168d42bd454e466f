"""Content-addressed attachment files in the data folder's ``blobs/`` (DOMAIN.md §4.17).

A file is stored once under its SHA-256 (``blobs/ab/abcdef…``), written to a temporary name, flushed
to disk and renamed, so a power cut leaves either the whole file or nothing. The ``Attachment``
row is what syncs; these bytes go up separately, addressed by the same hash (SYNC.md rule 11).
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from sangkien_desktop.domain.errors import KnownError

CHUNK = 1024 * 1024
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_of(self, sha256: str) -> Path:
        if not _SHA256.match(sha256):
            raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
        return self.root / sha256[:2] / sha256

    def exists(self, sha256: str) -> bool:
        return self.path_of(sha256).is_file()

    def put_file(self, source: Path) -> tuple[str, int]:
        """Store a copy of ``source``; returns (sha256, size). Storing the same bytes twice is a no-op."""
        try:
            with source.open("rb") as stream:
                return self.put_stream(stream)
        except OSError as exc:
            raise KnownError(f"Không đọc được tệp đính kèm {source}: {exc.strerror}.") from exc

    def put_stream(self, stream: BinaryIO) -> tuple[str, int]:
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        size = 0
        fd, temp_name = tempfile.mkstemp(prefix=".tmp-", dir=self.root)
        temp = Path(temp_name)
        try:
            with os.fdopen(fd, "wb") as out:
                for block in iter(lambda: stream.read(CHUNK), b""):
                    digest.update(block)
                    out.write(block)
                    size += len(block)
                out.flush()
                os.fsync(out.fileno())
            target = self.path_of(digest.hexdigest())
            target.parent.mkdir(exist_ok=True)
            if target.exists():
                temp.unlink()
            else:
                os.replace(temp, target)
        except OSError as exc:
            temp.unlink(missing_ok=True)
            raise KnownError(f"Không lưu được tệp đính kèm vào {self.root}: {exc.strerror}.") from exc
        return digest.hexdigest(), size

    def read_chunks(self, sha256: str) -> Iterator[bytes]:
        with self.path_of(sha256).open("rb") as stream:
            yield from iter(lambda: stream.read(CHUNK), b"")

    def verify(self, sha256: str) -> bool:
        """True when the stored bytes still hash to their name (detects a damaged disk copy)."""
        digest = hashlib.sha256()
        for block in self.read_chunks(sha256):
            digest.update(block)
        return digest.hexdigest() == sha256
