"""Content-addressed attachment storage per unit with resumable chunked upload (SYNC.md rule 11)."""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from sangkien_server.models import Blob
from sangkien_server.wire import ApiError, bad_request, utcnow

_RANGE = re.compile(r"^bytes (\d+)-(\d+)/(\d+)$")
_SHA = re.compile(r"^[0-9a-f]{64}$")
STATE_COMPLETE = "complete"
STATE_PARTIAL = "partial"


@dataclass(frozen=True)
class Chunk:
    start: int
    total: int
    data: bytes


@dataclass(frozen=True)
class BlobStatus:
    sha256: str
    state: str
    received: int
    size: int


def check_sha(sha256: str) -> str:
    if not _SHA.match(sha256):
        raise bad_request("Mã SHA-256 của tệp phải gồm 64 chữ số hex thường.")
    return sha256


def parse_chunk(content_range: str | None, data: bytes) -> Chunk:
    """``Content-Range: bytes a-b/total``; without it the body is the whole blob."""
    if content_range is None:
        return Chunk(0, len(data), data)
    match = _RANGE.match(content_range.strip())
    if match is None:
        raise bad_request("Content-Range phải có dạng “bytes a-b/tổng”.")
    start, end, total = (int(group) for group in match.groups())
    if end < start or end >= total or end - start + 1 != len(data):
        raise bad_request("Content-Range không khớp độ dài phần dữ liệu gửi lên.")
    return Chunk(start, total, data)


def path_of(data_dir: Path, unit_id: str, sha256: str) -> Path:
    return data_dir / "blobs" / unit_id / sha256[:2] / sha256


def status(session: Session, unit_id: str, sha256: str) -> BlobStatus | None:
    row = _row(session, unit_id, sha256)
    if row is None:
        return None
    return BlobStatus(sha256, STATE_COMPLETE if row.complete else STATE_PARTIAL, row.received, row.size)


def _row(session: Session, unit_id: str, sha256: str) -> Blob | None:
    return session.scalars(select(Blob).where(Blob.unit_id == unit_id, Blob.sha256 == sha256)).one_or_none()


def put_chunk(session: Session, data_dir: Path, unit_id: str, sha256: str, chunk: Chunk,
              max_bytes: int) -> BlobStatus:
    """Write one chunk at ``start`` (≤ what the server holds: a resent chunk overwrites the tail).
    The caller holds the blob's lock and commits."""
    if chunk.total > max_bytes:
        raise ApiError(413, "payload_too_large", f"Tệp đính kèm vượt quá giới hạn {max_bytes} byte.")
    row = _row(session, unit_id, sha256)
    final = path_of(data_dir, unit_id, sha256)
    if row is not None and row.complete:
        return BlobStatus(sha256, STATE_COMPLETE, row.size, row.size)
    if row is None:
        row = Blob(unit_id=unit_id, sha256=sha256, size=chunk.total, received=0, complete=False,
                   created_at=utcnow())
        session.add(row)
    elif row.size != chunk.total:
        if chunk.start != 0:
            raise bad_request("Tổng kích thước khác với lần tải trước; hãy tải lại từ đầu.")
        row.size, row.received = chunk.total, 0
    if chunk.start > row.received:
        raise ApiError(416, "range_not_satisfiable",
                       f"Máy chủ mới có {row.received} byte của tệp; hãy gửi tiếp từ vị trí đó.",
                       {"X-Blob-Received": str(row.received)})
    partial = final.with_name(final.name + ".part")
    _write_at(partial, chunk.start, chunk.data)
    row.received = chunk.start + len(chunk.data)
    if row.received < row.size:
        session.flush()
        return BlobStatus(sha256, STATE_PARTIAL, row.received, row.size)
    if _file_sha256(partial) != sha256:
        partial.unlink(missing_ok=True)
        session.delete(row)
        session.commit()  # forget the partial blob so the next upload starts from zero
        raise ApiError(422, "hash_mismatch", "Tệp nhận được không khớp mã SHA-256; hãy tải lại từ đầu.")
    os.replace(partial, final)
    row.complete, row.completed_at = True, utcnow()
    session.flush()
    return BlobStatus(sha256, STATE_COMPLETE, row.size, row.size)


def _write_at(path: Path, offset: int, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "r+b" if path.exists() else "w+b") as out:
        out.truncate(offset)
        out.seek(offset)
        out.write(data)
        out.flush()
        os.fsync(out.fileno())


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as source:
        for block in iter(lambda: source.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def store_whole(session: Session, data_dir: Path, unit_id: str, sha256: str, data: bytes,
                max_bytes: int) -> bool:
    """Store a complete blob (offline import); False when the bytes do not match the name."""
    if hashlib.sha256(data).hexdigest() != sha256:
        return False
    put_chunk(session, data_dir, unit_id, sha256, Chunk(0, len(data), data), max_bytes)
    return True
