"""How a run ends: the connection state, the backoff (SYNC.md rule 17), the log line, the outcome."""

from __future__ import annotations

from datetime import timedelta

from sangkien_desktop.domain.sync import ConnectionState, SyncOutcome, confirmation_text
from sangkien_desktop.domain.text import format_number
from sangkien_desktop.persistence.sync_device import DeviceState, append_log, read_device, update_device
from sangkien_desktop.persistence.sync_outbox import DEFERRED
from sangkien_desktop.persistence.sync_queries import count_in_state
from sangkien_desktop.sync.backoff import backoff_delay
from sangkien_desktop.sync.classify import SyncFailure, Verdict

from .sync_enrol import NETWORK_LOGIN_MESSAGE
from .sync_support import ERROR, INFO, WARNING, RunContext, SyncDeps
from .sync_views import attention_count, connection_state, tally_of


def failure_state(failure: SyncFailure) -> tuple[ConnectionState, str]:
    classified = failure.classified
    verdict = failure.verdict
    if verdict in (Verdict.UNKNOWN, Verdict.IN_PROGRESS):
        status = classified.status
        cause = f"máy chủ trả lời HTTP {status}" if status else "không có kết nối hoặc quá thời gian chờ"
        return (
            ConnectionState.OFFLINE,
            f"Không đồng bộ được ({cause}). Sẽ tự thử lại sau; dữ liệu được giữ nguyên.",
        )
    if verdict is Verdict.NETWORK_LOGIN:
        return ConnectionState.NETWORK_LOGIN, NETWORK_LOGIN_MESSAGE
    if verdict is Verdict.AUTH:
        reason = classified.message or "Máy chủ từ chối mã xác thực của máy này."
        return ConnectionState.NEEDS_ENROLMENT, (
            f"{reason} Hãy đăng ký lại với mã mới của công đoàn cấp trên; dữ liệu trên máy được giữ nguyên."
        )
    if verdict is Verdict.CLIENT_TOO_OLD:
        return ConnectionState.CLIENT_TOO_OLD, classified.message or "Phiên bản phần mềm đã cũ; hãy cập nhật."
    return ConnectionState.FAILED, (
        f"Đồng bộ dừng do lỗi giao thức ({classified.detail}); dữ liệu trên máy được "
        "giữ nguyên. Hãy báo cho bộ phận hỗ trợ."
    )


def finish_success(ctx: RunContext) -> None:
    now = ctx.now()
    with ctx.deps.write() as conn:
        update_device(
            conn,
            connection_state=ConnectionState.OK.value,
            connection_message=None,
            last_success_at=now,
            backoff_step=0,
            next_attempt_at=None,
        )
        device = read_device(conn)
        append_log(conn, now, INFO, _summary(ctx, device), ctx.config.log_keep)
    ctx.ended(ConnectionState.OK, _summary(ctx, device), interrupted=False)


def finish_stopped(ctx: RunContext) -> None:
    message = "Đồng bộ dừng giữa chừng (đã huỷ hoặc hết thời gian); phần còn lại sẽ gửi ở lần sau."
    ctx.log(INFO, message)
    ctx.ended(connection_state(ctx.device()), message, interrupted=True)


def finish_failure(ctx: RunContext, state: ConnectionState, message: str, retry_after: float | None) -> None:
    now = ctx.now()
    with ctx.deps.write() as conn:
        device = read_device(conn)
        delay = backoff_delay(device.backoff_step, ctx.config, ctx.deps.rng, retry_after)
        update_device(
            conn,
            connection_state=state.value,
            connection_message=message,
            backoff_step=device.backoff_step + 1,
            next_attempt_at=now + timedelta(seconds=delay),
        )
        level = WARNING if state in (ConnectionState.OFFLINE, ConnectionState.NETWORK_LOGIN) else ERROR
        append_log(conn, now, level, message, ctx.config.log_keep)
    ctx.ended(state, message, interrupted=True)


def outcome_of(ctx: RunContext) -> SyncOutcome:
    state, message, interrupted = ctx.end
    device = ctx.device()
    with ctx.deps.read() as conn:
        deferred = count_in_state(conn, DEFERRED)
    attention = attention_count(ctx.deps)
    # Complete: nothing waiting, nothing refused that still needs the officer, and the server's
    # count and digest equal this PC's acknowledged set.
    complete = (not interrupted and ctx.reconciled and device.unsettled_ops == 0 and attention == 0
                and device.digest_ok is True)
    return SyncOutcome(
        state,
        message,
        ctx.tally.sent,
        ctx.tally.acked,
        attention,
        deferred,
        device.server_op_count,
        device.acked_ops,
        device.digest_ok,
        complete,
    )


def plain_outcome(
    deps: SyncDeps, state: ConnectionState, message: str, *, skipped: bool = False
) -> SyncOutcome:
    """A run that did not start (not enrolled, backoff, another run holds the lease)."""
    device = deps.device()
    with deps.read() as conn:
        deferred = count_in_state(conn, DEFERRED)
    return SyncOutcome(
        state,
        message,
        0,
        0,
        attention_count(deps),
        deferred,
        device.server_op_count,
        device.acked_ops,
        device.digest_ok,
        False,
        skipped,
    )


def _summary(ctx: RunContext, device: DeviceState) -> str:
    parts = [
        f"Đồng bộ xong: gửi {format_number(ctx.tally.sent)} thay đổi, "
        f"máy chủ nhận {format_number(ctx.tally.acked)}"
    ]
    if ctx.tally.quarantined or ctx.tally.gone:
        parts.append(f"{format_number(ctx.tally.quarantined + ctx.tally.gone)} cần xử lý")
    if device.unsettled_ops:
        parts.append(f"còn {format_number(device.unsettled_ops)} chờ gửi")
    with ctx.deps.read() as conn:
        initiatives = tally_of(conn)
    proof = confirmation_text(device.server_op_count, device.acked_ops, device.digest_ok, initiatives)
    return "; ".join(parts) + (f". {proof}" if proof else ".")
