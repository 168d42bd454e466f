"""Backup archives of an office store (issue 8): one ``.skbackup`` file per backup.

The file begins with the database: a consistent snapshot taken with SQLite's online backup API
(never a copy of the live file), written straight into the archive. A zip follows it (zip readers
find an archive by its end, so leading data is allowed, as in self-extracting archives) with the
attachment files under ``blobs/`` and ``manifest.json``: app version, schema revision, row counts,
and the size and SHA-256 of the database and of every attachment. Writing the snapshot in place
saves copying the database a second time, which would double the time of a backup (the database
is most of its size). An archive is written under a temporary name and renamed when complete, so a
power cut leaves either a whole archive or none.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import threading
import zipfile
from collections.abc import Callable, Iterator
from contextlib import closing, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from sangkien_desktop import __version__
from sangkien_desktop.domain.errors import KnownError

from .store_files import known_revisions, read_only_connection

__all__ = [
    "ARCHIVE_SUFFIX", "COUNTED_TABLES", "DB_MEMBER", "MANIFEST_MEMBER", "ArchiveError", "Manifest",
    "Progress", "read_manifest", "snapshot_database", "sync_folder", "verify_archive", "write_backup",
]

ARCHIVE_SUFFIX = ".skbackup"
DB_MEMBER = "store.sqlite3"
MANIFEST_MEMBER = "manifest.json"
BLOB_PREFIX = "blobs/"
FORMAT = 1
CHUNK = 1024 * 1024
COUNTED_TABLES = ("initiative", "person", "authorship", "reward_decision", "reward", "attachment", "outbox")

Progress = Callable[[int, int], None]  # (bytes done, bytes in all)


class ArchiveError(KnownError):
    """An archive that cannot be used: unreadable, altered, incomplete or from a newer version."""


@dataclass(frozen=True)
class Manifest:
    app_version: str
    schema_revision: str
    created_at: datetime  # UTC
    kind: str
    counts: dict[str, int]
    files: dict[str, tuple[int, str]]  # member → (size, sha256)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "app_version": self.app_version,
            "schema_revision": self.schema_revision,
            "created_at": self.created_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "kind": self.kind,
            "counts": self.counts,
            "files": [{"name": n, "size": s, "sha256": h} for n, (s, h) in sorted(self.files.items())],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Manifest:
        if data.get("format") != FORMAT:
            raise ArchiveError("Bản sao lưu có định dạng không hỗ trợ; hãy dùng phần mềm đã tạo ra nó.")
        created = datetime.strptime(data["created_at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        files = {f["name"]: (int(f["size"]), str(f["sha256"])) for f in data["files"]}
        return cls(str(data["app_version"]), str(data["schema_revision"]), created, str(data["kind"]),
                   {str(k): int(v) for k, v in data["counts"].items()}, files)


def snapshot_database(source: Path, target: Path, progress: Progress | None = None) -> None:
    """A consistent copy of ``source`` through the online backup API, in one step: the copy holds a
    read transaction from start to end, so writers (WAL) go on and the snapshot never restarts."""
    total = source.stat().st_size
    done = threading.Event()
    watcher = _watch_size(target, total, progress, done) if progress else None
    try:
        src_uri = f"{source.resolve().as_uri()}?mode=ro"
        with closing(sqlite3.connect(src_uri, uri=True)) as src, closing(sqlite3.connect(target)) as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # the archive's copy is one self-contained file
    finally:
        done.set()
        if watcher:
            watcher.join()
    if progress:
        progress(total, total)


def _watch_size(target: Path, total: int, progress: Progress, done: threading.Event) -> threading.Thread:
    def watch() -> None:
        while not done.wait(0.25):
            with suppress(OSError):  # the file appears only once the copy starts
                progress(min(target.stat().st_size, total), total)

    thread = threading.Thread(target=watch, name="backup-progress", daemon=True)
    thread.start()
    return thread


def table_counts(db: Path) -> dict[str, int]:
    with closing(read_only_connection(db)) as conn:
        present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])  # fixed table names
                for t in COUNTED_TABLES if t in present}


def schema_revision(db: Path) -> str:
    with closing(read_only_connection(db)) as conn:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    if row is None:
        raise ArchiveError("Bản sao không có phiên bản lược đồ dữ liệu.")
    return str(row[0])


def write_backup(source: Path, target: Path, blobs: list[Path], kind: str, now: datetime,
                 progress: Progress | None = None) -> Manifest:
    """Snapshot ``source`` straight into a temporary file beside ``target``, hash it, append the zip
    of attachments and manifest, and rename it to ``target``: a power cut leaves no partial archive."""
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(handle)
    part = Path(temporary)
    steps = _Steps(progress, source.stat().st_size, sum(p.stat().st_size for p in blobs))
    try:
        snapshot_database(source, part, steps.snapshot)
        counts, revision = table_counts(part), schema_revision(part)
        files = {DB_MEMBER: _hash_file(part, steps.hashing)}
        with part.open("r+b") as raw:
            raw.seek(0, os.SEEK_END)
            with zipfile.ZipFile(raw, "a", zipfile.ZIP_STORED, allowZip64=True) as archive:
                for blob in blobs:
                    name = BLOB_PREFIX + blob.name
                    files[name] = _add_member(archive, name, blob, steps)
                manifest = Manifest(__version__, revision, now.astimezone(UTC), kind, counts, files)
                text = json.dumps(manifest.to_json(), ensure_ascii=False, indent=1)
                archive.writestr(MANIFEST_MEMBER, text)
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(part, target)
        sync_folder(target.parent)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    return manifest


class _Steps:
    """One progress bar over the three steps: snapshot, hashing it, adding the attachments."""

    def __init__(self, progress: Progress | None, db_size: int, blobs_size: int) -> None:
        self._progress = progress
        self._db = db_size
        self.total = 2 * db_size + blobs_size
        self.blobs_done = 0

    def snapshot(self, done: int, _total: int) -> None:
        self._report(min(done, self._db))

    def hashing(self, done: int) -> None:
        self._report(self._db + done)

    def blob(self, added: int) -> None:
        self.blobs_done += added
        self._report(2 * self._db + self.blobs_done)

    def _report(self, done: int) -> None:
        if self._progress:
            self._progress(min(done, self.total), self.total)


def _hash_file(path: Path, progress: Callable[[int], None]) -> tuple[int, str]:
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as src:
        for block in iter(lambda: src.read(CHUNK), b""):
            digest.update(block)
            size += len(block)
            progress(size)
    return size, digest.hexdigest()


def _add_member(archive: zipfile.ZipFile, name: str, path: Path, steps: _Steps) -> tuple[int, str]:
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as src, archive.open(name, "w", force_zip64=True) as out:
        for block in iter(lambda: src.read(CHUNK), b""):
            digest.update(block)
            out.write(block)
            size += len(block)
            steps.blob(len(block))
    return size, digest.hexdigest()


def sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to flush."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def read_manifest(path: Path) -> Manifest:
    """The manifest alone (for listing): cheap, checks nothing else."""
    try:
        with zipfile.ZipFile(path) as archive:
            return Manifest.from_json(json.loads(archive.read(MANIFEST_MEMBER)))
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError) as exc:
        raise ArchiveError(f"Tệp {path.name} không phải bản sao lưu đọc được ({exc}).") from exc


def verify_archive(path: Path, extract_to: Path, progress: Progress | None = None) -> Manifest:
    """Check every member against the manifest and extract the database and blobs into ``extract_to``
    (database as ``store.sqlite3``, blobs under ``blobs/``). Raises ``ArchiveError`` on anything wrong:
    a flipped byte, a missing or extra member, a schema newer than this version, a damaged database."""
    manifest = read_manifest(path)
    if manifest.schema_revision not in known_revisions():
        raise ArchiveError(
            f"Bản sao lưu {path.name} được tạo bởi phiên bản mới hơn của phần mềm "
            f"(lược đồ {manifest.schema_revision}); hãy cài phiên bản mới nhất trước khi khôi phục."
        )
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist()) - {MANIFEST_MEMBER}
            if names != set(manifest.files) - {DB_MEMBER} or DB_MEMBER not in manifest.files:
                raise ArchiveError(f"Bản sao lưu {path.name} thiếu hoặc thừa tệp so với danh mục của nó.")
            total, done = sum(s for s, _ in manifest.files.values()), 0
            size, sha = manifest.files[DB_MEMBER]
            with path.open("rb") as raw:  # the database is the file's first ``size`` bytes
                done = _extract_checked(DB_MEMBER, _limited(raw, size), size, sha, extract_to, done, total,
                                        progress)
            for name in sorted(names):
                _check_blob_name(name)
                size, sha = manifest.files[name]
                with archive.open(name) as member:
                    blocks = _blocks(member)
                    done = _extract_checked(name, blocks, size, sha, extract_to, done, total, progress)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise ArchiveError(f"Bản sao lưu {path.name} bị hỏng ({exc}).") from exc
    _check_integrity(extract_to / DB_MEMBER, path.name)
    return manifest


def _blocks(stream: IO[bytes]) -> Iterator[bytes]:
    yield from iter(lambda: stream.read(CHUNK), b"")


def _limited(raw: IO[bytes], size: int) -> Iterator[bytes]:
    left = size
    while left > 0:
        block = raw.read(min(CHUNK, left))
        if not block:
            return
        left -= len(block)
        yield block


def _check_blob_name(name: str) -> None:
    if not (name.startswith(BLOB_PREFIX) and "/" not in name[len(BLOB_PREFIX):]):
        raise ArchiveError(f"Bản sao lưu chứa tệp lạ: {name}.")


def _extract_checked(name: str, blocks: Iterator[bytes], size: int, sha: str, folder: Path,
                     done: int, total: int, progress: Progress | None) -> int:
    target = folder / name
    target.parent.mkdir(parents=True, exist_ok=True)
    digest, written = hashlib.sha256(), 0
    with target.open("wb") as out:
        for block in blocks:
            digest.update(block)
            out.write(block)
            written += len(block)
            if progress:
                progress(done + written, total)
    if written != size or digest.hexdigest() != sha:
        raise ArchiveError(f"Bản sao lưu bị hỏng: tệp {name} không khớp mã kiểm tra trong danh mục.")
    return done + written


def _check_integrity(db: Path, archive_name: str) -> None:
    try:
        with closing(sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)) as conn:
            result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as exc:
        raise ArchiveError(f"Cơ sở dữ liệu trong bản sao lưu {archive_name} bị hỏng ({exc}).") from exc
    if result != ["ok"]:
        raise ArchiveError(f"Cơ sở dữ liệu trong bản sao lưu {archive_name} không qua kiểm tra toàn vẹn.")


def remove_tree(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
