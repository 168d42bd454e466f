"""The steps of uploading one batch (SYNC.md rules 9–10, §4.3–4.5): seal, send, check, acknowledge.

``sync_send`` runs them in order. Each answer passes the success predicate before W3. Outcomes that
leave the batch's fate unknown stop the run (the caller backs off); a batch unknown three times in a
row is looked up on the server, and abandoned only if the server never saw it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from sqlalchemy.engine import Connection

from sangkien_desktop.persistence import sync_outbox
from sangkien_desktop.persistence.sync_ack import AckCounts, acknowledge
from sangkien_desktop.persistence.sync_device import read_device, update_device
from sangkien_desktop.persistence.sync_outbox import BatchRow, OpRow
from sangkien_desktop.protocol import RESULT_DEFERRED, new_id
from sangkien_desktop.sync.batching import BatchBody, BatchSize, fit_body
from sangkien_desktop.sync.classify import SyncFailure, Verdict, classify_response
from sangkien_desktop.sync.client import Accepted
from sangkien_desktop.sync.faults import AFTER_SEAL, AFTER_SEND_BEFORE_RESPONSE, MID_ACK_APPLY, faultpoint
from sangkien_desktop.sync.messages import BatchReply
from sangkien_desktop.sync.predicate import SentBatch
from sangkien_desktop.sync.transport import Response

from .sync_support import WARNING, RunContext


class EpochNeeded(Exception):
    """The server refused a seq as already used by another op: a restored backup (§4.6)."""


def batch_size(ctx: RunContext) -> BatchSize:
    device = ctx.device()
    size = BatchSize.initial(ctx.config)
    size.max_ops = min(size.max_ops, device.batch_max_ops or size.max_ops)
    size.max_bytes = min(size.max_bytes, device.batch_max_bytes or size.max_bytes)
    return size


def seal_next(ctx: RunContext, size: BatchSize) -> BatchRow | None:
    """W2: the next batch from the ready ops, sealed and committed before anything is sent."""
    with ctx.deps.write() as conn:
        device = read_device(conn)
        ops = sync_outbox.ready_ops(conn, device.device_epoch, size.max_ops, ctx.tried_deferred)
        if not ops:
            return None
        body = fit_body(ctx.identity(device), new_id(), ops, size.max_bytes)
        sync_outbox.seal(conn, body, ctx.now())
        ctx.renew_lease(conn)
    faultpoint(AFTER_SEAL)
    return _row_of(body)


def seal_ops(ctx: RunContext, ops: Sequence[OpRow], epoch: int, size: BatchSize) -> int:
    """Seal given ops (acknowledged ones the server turned out to lack) into batches of ``epoch``."""
    sealed = 0
    while sealed < len(ops):
        with ctx.deps.write() as conn:
            chunk = ops[sealed : sealed + size.max_ops]
            body = fit_body(ctx.identity(read_device(conn), epoch), new_id(), chunk, size.max_bytes)
            sync_outbox.seal(conn, body, ctx.now())
        faultpoint(AFTER_SEAL)
        sealed += body.op_count
    return sealed


def _row_of(body: BatchBody) -> BatchRow:
    return BatchRow(
        body.batch_id,
        sync_outbox.SEALED,
        body.device_epoch,
        body.first_seq,
        body.last_seq,
        body.op_count,
        body.body_sha256,
        body.body_gzip,
        None,
        0,
        0,
    )


def sent_batch(ctx: RunContext, batch: BatchRow) -> SentBatch:
    with ctx.deps.read() as conn:
        hashes = sync_outbox.sent_hashes(conn, batch.batch_id)
    return SentBatch(batch.batch_id, ctx.auth.device_id, batch.device_epoch, ctx.auth.server_id, hashes)


def post(ctx: RunContext, batch: BatchRow, sent: SentBatch) -> BatchReply | Accepted | None:
    if batch.body_gzip is None:
        raise RuntimeError(f"sealed batch {batch.batch_id} has lost its body")
    response = _post_in_progress_aware(ctx, batch)
    faultpoint(AFTER_SEND_BEFORE_RESPONSE)
    ctx.tally.sent += batch.op_count
    return ctx.client.read_batch_answer(response, sent)


def _post_in_progress_aware(ctx: RunContext, batch: BatchRow) -> Response:
    assert batch.body_gzip is not None
    for _ in range(ctx.config.in_progress_tries):
        response = ctx.client.post_batch(batch.batch_id, batch.body_gzip)
        if response.status != 409 or classify_response(response).verdict is not Verdict.IN_PROGRESS:
            return response
        ctx.sleep(ctx.config.in_progress_wait_s)  # the same batch is being applied elsewhere (§4.5)
    return response


def job_answer(ctx: RunContext, batch: BatchRow, sent: SentBatch) -> BatchReply | None:
    assert batch.job_id is not None
    for attempt in range(ctx.config.job_poll_tries):
        answer = ctx.client.job(batch.job_id, sent)
        if isinstance(answer, BatchReply):
            return answer
        if attempt + 1 < ctx.config.job_poll_tries:
            ctx.sleep(ctx.config.job_poll_s)
    ctx.waiting_jobs.add(batch.batch_id)  # never re-uploaded while its job runs (P8)
    return None


def settle(ctx: RunContext, batch: BatchRow, sent: SentBatch, answer: BatchReply | Accepted) -> None:
    if isinstance(answer, Accepted):
        with ctx.deps.write() as conn:
            sync_outbox.mark_accepted(conn, batch.batch_id, answer.job_id)
        reply = job_answer(ctx, replace(batch, state=sync_outbox.ACCEPTED_ASYNC, job_id=answer.job_id), sent)
        if reply is None:
            return
        answer = reply
    apply_reply(ctx, batch, answer)


def apply_reply(ctx: RunContext, batch: BatchRow, reply: BatchReply) -> None:
    """W3, in one transaction; a crash inside it leaves nothing half-applied."""
    with ctx.deps.write() as conn:
        counts, restored = record_reply(conn, batch, reply, ctx.now())
        ctx.renew_lease(conn)
        faultpoint(MID_ACK_APPLY)
    ctx.tally.acked += counts.acked
    ctx.tally.quarantined += counts.quarantined
    ctx.tally.deferred += counts.deferred
    ctx.tally.gone += counts.gone
    ctx.tried_deferred.update(r.op_id for r in reply.results if r.status == RESULT_DEFERRED)
    if counts.quarantined or counts.gone:
        ctx.log(
            WARNING,
            f"Máy chủ không nhận {counts.quarantined + counts.gone} thay đổi trong lô "
            f"{batch.batch_id[:8]}; xem mục “Cần xử lý”.",
        )
    if restored:
        raise EpochNeeded


def record_reply(
    conn: Connection, batch: BatchRow, reply: BatchReply, now: datetime
) -> tuple[AckCounts, bool]:
    """W3's writes in the caller's transaction: the ops settled and the server's figures kept. True
    when the answer shows a restored backup (the server decided seqs this copy never made)."""
    counts = acknowledge(conn, batch.batch_id, reply.results, now, reply.body_sha256, reply.received_at)
    figures = reply.figures
    update_device(
        conn,
        server_acked_through_seq=figures.acked_through_seq,
        server_op_count=figures.device_op_count,
        server_digest=figures.device_digest,
    )
    device = read_device(conn)
    restored = batch.device_epoch == device.device_epoch and figures.acked_through_seq >= device.next_seq
    if restored:
        update_device(conn, needs_epoch=True)
    return counts, restored


def failed(ctx: RunContext, batch: BatchRow, sent: SentBatch, failure: SyncFailure, size: BatchSize) -> None:
    verdict = failure.verdict
    if verdict is Verdict.TOO_LARGE:
        _abandon(ctx, batch, "413: lô quá lớn, chia nhỏ")
        if batch.op_count == 1:
            raise failure
        size.shrink()
        return
    if verdict is Verdict.SEQ_REUSE:
        raise EpochNeeded
    unknown = verdict in (Verdict.UNKNOWN, Verdict.NETWORK_LOGIN, Verdict.IN_PROGRESS)
    with ctx.deps.write() as conn:
        streak = sync_outbox.note_attempt(
            conn, batch.batch_id, unknown=unknown, error=failure.classified.detail
        )
    if failure.classified.timed_out:
        size.shrink()
    if unknown and streak >= ctx.config.unknown_before_lookup and _look_up(ctx, batch, sent):
        return
    raise failure


def _look_up(ctx: RunContext, batch: BatchRow, sent: SentBatch) -> bool:
    """After repeated unknown outcomes: does the server hold this batch? True when settled either way."""
    try:
        answer = ctx.client.batch_replay(sent)
    except SyncFailure as failure:
        if failure.verdict is Verdict.NOT_FOUND and failure.classified.error == "unknown_batch":
            _abandon(ctx, batch, "máy chủ chưa từng nhận lô này")
            return True
        return False
    if isinstance(answer, Accepted):
        with ctx.deps.write() as conn:
            sync_outbox.mark_accepted(conn, batch.batch_id, answer.job_id)
        return True
    apply_reply(ctx, batch, answer)
    return True


def _abandon(ctx: RunContext, batch: BatchRow, reason: str) -> None:
    with ctx.deps.write() as conn:
        sync_outbox.abandon(conn, batch.batch_id, ctx.now(), reason)
    ctx.log(WARNING, f"Bỏ lô {batch.batch_id[:8]} ({reason}); các thay đổi được gửi lại trong lô nhỏ hơn.")
