"""Reconciliation (SYNC.md rule 14, §4.6): prove that the server holds exactly the acknowledged set.

Run once nothing is left to send. Equal count, equal digest and no unexplained gap in
``missing_seqs`` prove it. Otherwise ``/sync/diff`` names the acknowledged ops the server lacks
(sealed again with their own op_id, seq and payload) or holds with another content (quarantined
and shown). A server that has decided seqs this copy never made means a restored backup.
"""

from __future__ import annotations

from itertools import groupby

from sangkien_desktop.domain.sync import SyncPhase
from sangkien_desktop.persistence.sync_ack import quarantine
from sangkien_desktop.persistence.sync_device import update_device
from sangkien_desktop.persistence.sync_outbox import ops_by_id
from sangkien_desktop.persistence.sync_queries import acked_pairs, local_digest, unsettled_seqs
from sangkien_desktop.sync.batching import BatchSize
from sangkien_desktop.sync.messages import ServerFigures

from .sync_support import INFO, WARNING, RunContext
from .sync_upload import EpochNeeded, seal_ops

MISMATCH_MESSAGE = "Máy chủ đang giữ một nội dung khác cho thay đổi này."


def check(ctx: RunContext) -> bool | None:
    """Compare with the server; returns whether the digest matches (None: could not decide)."""
    ctx.report(SyncPhase.RECONCILING, 0, 1, "Đang đối chiếu với máy chủ")
    device = ctx.device()
    figures = ctx.client.state(device.device_epoch)
    if figures.acked_through_seq >= device.next_seq:
        raise EpochNeeded
    with ctx.deps.read() as conn:
        count, digest = local_digest(conn)
        gaps = set(figures.missing_seqs) - unsettled_seqs(conn, device.device_epoch)
    ok = figures.device_op_count == count and figures.device_digest == digest and not gaps
    _save(ctx, figures, ok)
    ctx.reconciled = True
    return ok


def repair(ctx: RunContext, size: BatchSize) -> int:
    """Ask the server what differs; seal the missing ops again, quarantine the mismatched ones.
    Returns how many ops were sealed again (the caller sends them and checks once more)."""
    with ctx.deps.read() as conn:
        pairs = list(acked_pairs(conn))
    missing: list[str] = []
    mismatched: list[str] = []
    page = ctx.config.diff_page
    for start in range(0, len(pairs), page):
        ctx.check_stop()
        diff = ctx.client.diff(pairs[start : start + page])
        missing += diff.missing
        mismatched += diff.mismatched
    if mismatched:
        with ctx.deps.write() as conn:
            quarantine(conn, mismatched, "different_payload", MISMATCH_MESSAGE, ctx.now())
        ctx.log(WARNING, f"Máy chủ giữ nội dung khác cho {len(mismatched)} thay đổi; xem mục “Cần xử lý”.")
    if not missing:
        return 0
    with ctx.deps.read() as conn:
        ops = ops_by_id(conn, missing)
    sealed = 0
    for epoch, group in groupby(ops, key=lambda op: op.device_epoch):
        sealed += seal_ops(ctx, list(group), epoch, size)
    ctx.log(INFO, f"Máy chủ thiếu {sealed} thay đổi đã xác nhận trước đây; gửi lại đúng nguyên bản.")
    return sealed


def _save(ctx: RunContext, figures: ServerFigures, ok: bool) -> None:
    with ctx.deps.write() as conn:
        update_device(
            conn,
            server_acked_through_seq=figures.acked_through_seq,
            server_op_count=figures.device_op_count,
            server_digest=figures.device_digest,
            digest_ok=ok,
            reconciled_at=ctx.now(),
        )
