"""The upload loop (SYNC.md §4.3): open batches first, byte for byte, then new ones sealed from the
lowest-seq ready ops, until nothing is ready.

While one batch is on the wire and the server applies it, a helper thread acknowledges the answer
before it (W3) and seals the next batch (W2), so the office PC and the server work at the same
time, as they do with one large request. The helper is joined before the next answer is looked at:
the store is never written by two threads at once, and every step keeps its own transaction, so a
crash anywhere leaves what a crash between two sequential steps would leave.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sangkien_desktop.domain.sync import SyncPhase
from sangkien_desktop.persistence import sync_outbox
from sangkien_desktop.persistence.sync_device import update_device
from sangkien_desktop.persistence.sync_outbox import BatchRow
from sangkien_desktop.sync.batching import BatchSize
from sangkien_desktop.sync.classify import SyncFailure
from sangkien_desktop.sync.messages import BatchReply

from .sync_support import RunContext
from .sync_upload import apply_reply, failed, job_answer, post, seal_next, sent_batch, settle


@dataclass(frozen=True)
class _Answered:
    """A batch whose answer passed the success predicate and waits to be acknowledged (W3)."""

    batch: BatchRow
    reply: BatchReply


def send_all(ctx: RunContext, size: BatchSize) -> None:
    """Send until nothing is ready; raises SyncFailure (stop and back off) or EpochNeeded."""
    planned = ctx.tally.sent + ctx.device().unsettled_ops  # for the progress bar
    answered: _Answered | None = None
    flowing = False  # the last batch went through cleanly: worth sealing the next one ahead
    try:
        while True:
            ctx.check_stop()
            waiting = _open_batches(ctx, answered)
            if not waiting and answered is not None:
                _acknowledge(ctx, answered)  # its deferred ops may be ready again
                answered = None
                continue
            batch = waiting[0] if waiting else seal_next(ctx, size)
            if batch is None:
                return
            seal_ahead = flowing and len(waiting) <= 1
            later, answered = answered, None
            answered = _send_one(ctx, batch, size, planned, acknowledge=later, seal_ahead=seal_ahead)
            flowing = answered is not None
    finally:
        if answered is not None:  # a checked answer is never dropped, whatever stopped the run
            _acknowledge(ctx, answered)
        with ctx.deps.write() as conn:
            update_device(conn, batch_max_ops=size.max_ops, batch_max_bytes=size.max_bytes)


def _open_batches(ctx: RunContext, answered: _Answered | None) -> list[BatchRow]:
    with ctx.deps.read() as conn:
        batches = sync_outbox.open_batches(conn)
    skip = {answered.batch.batch_id} if answered is not None else set()
    return [b for b in batches if b.batch_id not in ctx.waiting_jobs and b.batch_id not in skip]


def _acknowledge(ctx: RunContext, answered: _Answered) -> None:
    apply_reply(ctx, answered.batch, answered.reply)


def _send_one(ctx: RunContext, batch: BatchRow, size: BatchSize, planned: int, *,
              acknowledge: _Answered | None, seal_ahead: bool) -> _Answered | None:
    """Send one batch; returns its checked answer, still to be acknowledged, when it went through
    cleanly. ``acknowledge`` (the previous answer) is applied meanwhile, whatever happens here."""
    sent = sent_batch(ctx, batch)
    ctx.report(
        SyncPhase.UPLOADING,
        ctx.tally.sent,
        max(planned, ctx.tally.sent + batch.op_count),
        f"Đang gửi {batch.op_count} thay đổi (số thứ tự {batch.first_seq}–{batch.last_seq})",
    )
    polling = batch.state == sync_outbox.ACCEPTED_ASYNC
    steps: list[Callable[[], object]] = []
    if acknowledge is not None:
        steps.append(lambda: _acknowledge(ctx, acknowledge))
    if seal_ahead and not polling:
        steps.append(lambda: seal_next(ctx, size))
    try:
        with _meanwhile(steps):
            answer = job_answer(ctx, batch, sent) if polling else post(ctx, batch, sent)
    except SyncFailure as failure:
        failed(ctx, batch, sent, failure, size)
        return None
    if answer is None:
        return None
    size.succeeded(ctx.config)
    if isinstance(answer, BatchReply):
        return _Answered(batch, answer)
    settle(ctx, batch, sent, answer)  # accepted for later: poll its job now
    return None


@contextmanager
def _meanwhile(steps: list[Callable[[], object]]) -> Iterator[None]:
    """Run ``steps`` in order on a helper thread while the body runs; joined before leaving. A step's
    exception stops the later steps and is raised here once the body is done (the body's own
    exception, if any, wins)."""
    if not steps:
        yield
        return
    failures: list[BaseException] = []

    def run() -> None:
        try:
            for step in steps:
                step()
        except BaseException as exc:  # handed to the sending thread
            failures.append(exc)

    helper = threading.Thread(target=run, name="sync-upload-helper", daemon=True)
    helper.start()
    try:
        yield
    finally:
        helper.join()
    if failures:
        raise failures[0]
