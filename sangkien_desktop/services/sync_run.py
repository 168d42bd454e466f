"""One sync run in order (SYNC.md §4): probe → epoch if needed → blobs → batches → reconcile → pull,
then the workflow takes in submissions received and reviews (sent at once when it moved anything).

Any step may raise ``SyncFailure`` (the run stops; the caller records the state and backs off),
``ServerChanged`` (another server answered), or ``RunStopped`` (cancel or budget).
"""

from __future__ import annotations

import re

from sangkien_desktop import __version__
from sangkien_desktop.domain.sync import SyncPhase
from sangkien_desktop.persistence.sync_device import update_device
from sangkien_desktop.persistence.sync_queries import nothing_to_send
from sangkien_desktop.sync.batching import BatchSize
from sangkien_desktop.sync.classify import Classified, SyncFailure, Verdict

from .sync_blobs import upload_blobs
from .sync_epoch import run_epoch_procedure
from .sync_pull import pull
from .sync_reconcile import check, repair
from .sync_send import send_all
from .sync_support import WARNING, RunContext
from .sync_upload import EpochNeeded, batch_size

EPOCH_ROUNDS = 3


class ServerChanged(Exception):
    """The server answered with another ``server_id`` than at enrolment: never handled automatically."""

    def __init__(self, server_id: str) -> None:
        super().__init__(server_id)
        self.server_id = server_id


def execute(ctx: RunContext) -> None:
    ctx.check_stop()
    probe(ctx)
    size = batch_size(ctx)
    _exchange(ctx, size)
    pull(ctx)
    if ctx.deps.settle().moved:
        _exchange(ctx, size)  # the workflow's moves are changes too: sent (and confirmed) in this run
    ctx.report(SyncPhase.DONE, 1, 1, "Đồng bộ xong")


def _exchange(ctx: RunContext, size: BatchSize) -> None:
    """Blobs, batches and reconciliation; a new epoch first when a restored backup needs one."""
    for _ in range(EPOCH_ROUNDS):
        try:
            if ctx.device().needs_epoch:
                run_epoch_procedure(ctx)
            upload_blobs(ctx)
            send_all(ctx, size)
            _reconcile(ctx, size)
            break
        except EpochNeeded:
            with ctx.deps.write() as conn:
                update_device(conn, needs_epoch=True)
    else:
        raise SyncFailure(Classified(Verdict.BAD_REQUEST, "seq_reuse again after a new epoch"))


def _reconcile(ctx: RunContext, size: BatchSize) -> None:
    if not _quiescent(ctx):
        return
    if check(ctx) is False and repair(ctx, size):
        send_all(ctx, size)
        if _quiescent(ctx):
            check(ctx)


def _quiescent(ctx: RunContext) -> bool:
    if ctx.waiting_jobs:
        return False
    with ctx.deps.read() as conn:
        return nothing_to_send(conn, ctx.tried_deferred)


def probe(ctx: RunContext) -> None:
    """Rule 8: the ping must be protocol JSON before anything is uploaded."""
    ctx.report(SyncPhase.PROBING, 0, 1, "Đang kiểm tra kết nối tới máy chủ")
    previous = ctx.device().clock_skew_s
    ping = ctx.client.ping()
    now = ctx.now()
    skew = (ping.server_time - now).total_seconds()
    with ctx.deps.write() as conn:
        update_device(conn, last_ping_at=now, clock_skew_s=skew)
    limit = ctx.config.clock_skew_warn_s
    if abs(skew) > limit and (previous is None or abs(previous) <= limit):
        ctx.log(WARNING, skew_message(skew))
    if ping.server_id != ctx.auth.server_id:
        raise ServerChanged(ping.server_id)
    if ping.min_client_version and version_tuple(__version__) < version_tuple(ping.min_client_version):
        message = ping.message or (
            f"Phiên bản Sáng kiến Desktop {__version__} đã cũ; hãy cập nhật lên "
            f"{ping.min_client_version} trở lên để đồng bộ."
        )
        raise SyncFailure(Classified(Verdict.CLIENT_TOO_OLD, "min_client_version", message=message))


def skew_message(skew_s: float) -> str:
    minutes = round(abs(skew_s) / 60)
    side = "chậm" if skew_s > 0 else "nhanh"
    return (
        f"Đồng hồ máy tính {side} hơn máy chủ khoảng {minutes} phút. Hãy chỉnh lại ngày giờ của máy; "
        "đồng bộ vẫn tiếp tục và không dựa vào giờ của máy để sắp thứ tự."
    )


def version_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text)[:3])
