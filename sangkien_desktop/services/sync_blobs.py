"""Attachments first (SYNC.md rule 11, W5): every blob an unsent op needs is on the server before
its batch goes. ``HEAD`` tells what the server holds and where to resume; nothing local is taken
as truth, so an interrupted upload resumes from the server's offset, never from a cached one.
"""

from __future__ import annotations

from sangkien_desktop.domain.sync import SyncPhase
from sangkien_desktop.persistence.sync_blobs import note_blob, unsent_blob_ops
from sangkien_desktop.sync.batching import blob_refs_of
from sangkien_desktop.sync.classify import SyncFailure, Verdict
from sangkien_desktop.sync.faults import AFTER_BLOB_CHUNK, faultpoint

from .sync_support import WARNING, RunContext

COMPLETE, PARTIAL = "COMPLETE", "PARTIAL"


def needed_blobs(ctx: RunContext) -> list[str]:
    """Blobs named by ops not yet settled, in seq order, each once."""
    found: dict[str, None] = {}
    with ctx.deps.read() as conn:
        for entity_type, op_type, payload, stored in unsent_blob_ops(conn):
            found.update(dict.fromkeys(blob_refs_of(entity_type, op_type, payload, stored)))
    return list(found)


def upload_blobs(ctx: RunContext) -> None:
    shas = needed_blobs(ctx)
    for done, sha in enumerate(shas):
        ctx.check_stop()
        ctx.report(SyncPhase.BLOBS, done, len(shas), f"Đang gửi tệp đính kèm {done + 1}/{len(shas)}")
        if not ctx.deps.blobs.exists(sha):
            ctx.log(
                WARNING, f"Không tìm thấy tệp đính kèm {sha[:12]} trên máy; máy chủ sẽ hoãn bản ghi cần nó."
            )
            continue
        _upload_one(ctx, sha)


def _upload_one(ctx: RunContext, sha: str) -> None:
    size = ctx.deps.blobs.path_of(sha).stat().st_size
    if size > ctx.config.blob_max_bytes:
        ctx.log(WARNING, f"Tệp đính kèm {sha[:12]} lớn hơn giới hạn gửi ({size} byte); không gửi.")
        return
    for attempt in range(2):
        state = ctx.client.blob_state(sha)
        if state.complete:
            _note(ctx, sha, size, COMPLETE, size)
            return
        try:
            _send_from(ctx, sha, size, state.received if state.received < size else 0)
            return
        except SyncFailure as failure:
            if failure.verdict is not Verdict.HASH_MISMATCH or attempt == 1:
                raise
            if not ctx.deps.blobs.verify(sha):  # our own copy is damaged: nothing to send
                ctx.log(WARNING, f"Tệp đính kèm {sha[:12]} trên máy bị hỏng; không gửi được.")
                return


def _send_from(ctx: RunContext, sha: str, size: int, offset: int) -> None:
    chunk_size = ctx.config.blob_chunk_bytes
    with ctx.deps.blobs.path_of(sha).open("rb") as stream:
        stream.seek(offset)
        while offset < size or size == 0:
            chunk = stream.read(chunk_size)
            ctx.client.put_blob_chunk(sha, offset, chunk, size)
            offset += len(chunk)
            _note(ctx, sha, size, COMPLETE if offset >= size else PARTIAL, offset)
            faultpoint(AFTER_BLOB_CHUNK)
            if size == 0:
                return
            ctx.check_stop()


def _note(ctx: RunContext, sha: str, size: int, state: str, received: int) -> None:
    with ctx.deps.write() as conn:
        note_blob(conn, sha, size, state, received, ctx.now())
