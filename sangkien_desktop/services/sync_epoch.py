"""The epoch procedure after a restored backup (SYNC.md §4.6, P15).

``needs_epoch`` is set first and stays set until the whole procedure has succeeded: new epoch from
the server → the unsettled ops renumbered into it (open batches are void) → every op the server
holds for the old epochs that this copy lacks is added as acknowledged, and its record state
applied where the local record is missing or older. A record with a local change not yet settled
keeps the local state (the newer change goes up and the server flags the conflict).
"""

from __future__ import annotations

from sqlalchemy.engine import Connection

from sangkien_desktop.domain.sync import SyncPhase
from sangkien_desktop.persistence.sync_device import update_device
from sangkien_desktop.persistence.sync_epoch import HeldSummary, insert_held_ops, renumber_unsettled
from sangkien_desktop.persistence.sync_outbox import abandon_open_batches
from sangkien_desktop.persistence.sync_queries import entities_with_unsettled_ops
from sangkien_desktop.persistence.sync_records import RENAMED, SAME_OR_NEWER, RecordState, apply_records
from sangkien_desktop.sync.messages import HeldOp

from .sync_support import INFO, WARNING, RunContext


def run_epoch_procedure(ctx: RunContext) -> None:
    with ctx.deps.write() as conn:
        update_device(conn, needs_epoch=True)
    device = ctx.device()
    if device.pullback_epoch is None:
        ctx.report(SyncPhase.EPOCH, 0, 1, "Máy chủ có dữ liệu mới hơn bản sao lưu: bắt đầu kỳ đồng bộ mới")
        new_epoch = ctx.client.new_epoch()
        with ctx.deps.write() as conn:
            abandon_open_batches(conn, ctx.now(), "bắt đầu kỳ đồng bộ mới")
            moved = renumber_unsettled(conn, new_epoch)
            update_device(conn, pullback_epoch=device.device_epoch, pullback_after_seq=0)
        ctx.log(
            WARNING,
            f"Phát hiện dữ liệu được khôi phục từ bản sao lưu cũ: bắt đầu kỳ đồng bộ {new_epoch}, "
            f"đánh số lại {moved} thay đổi chưa gửi.",
        )
    _pull_back(ctx)
    with ctx.deps.write() as conn:
        update_device(conn, needs_epoch=False, pullback_epoch=None, pullback_after_seq=0)


def _pull_back(ctx: RunContext) -> None:
    """Every old epoch from the restored one up to the new one, page by page, resumable."""
    added = kept = renamed = 0
    while True:
        device = ctx.device()
        epoch = device.pullback_epoch
        if epoch is None or epoch >= device.device_epoch:
            break
        ctx.check_stop()
        page = ctx.client.held_ops(epoch, device.pullback_after_seq, ctx.config.ops_page)
        with ctx.deps.write() as conn:
            summary = insert_held_ops(conn, epoch, page.ops, ctx.now())
            outcomes = _apply_states(conn, page.ops, summary)
            last = page.ops[-1].seq if page.ops else device.pullback_after_seq
            if page.has_more and page.ops:
                update_device(conn, pullback_after_seq=last)
            else:
                update_device(conn, pullback_epoch=epoch + 1, pullback_after_seq=0)
            ctx.renew_lease(conn)
        added += len(summary.inserted)
        kept += outcomes.count(SAME_OR_NEWER)
        renamed += outcomes.count(RENAMED)
        ctx.report(SyncPhase.EPOCH, added, added, f"Đã lấy lại {added} thay đổi từ máy chủ")
    ctx.log(
        INFO,
        f"Lấy lại từ máy chủ {added} thay đổi mà bản sao lưu thiếu"
        + (f"; giữ {kept} bản ghi có thay đổi mới hơn trên máy." if kept else "."),
    )
    if renamed:
        ctx.log(
            WARNING,
            f"{renamed} bản ghi lấy lại trùng mã với bản ghi tạo sau khi khôi phục; mã của bản lấy lại "
            "được thêm đuôi “-KP”. Hãy kiểm tra và sửa mã cho đúng.",
        )


def _apply_states(conn: Connection, ops: tuple[HeldOp, ...], summary: HeldSummary) -> list[str]:
    """Apply the added ops' latest state per record, records in the order they first appear (so a
    record is written before those referring to it); returns each record's outcome (a record with a
    local change not yet settled counts as kept)."""
    added = set(summary.inserted)
    fresh = [op for op in ops if op.op_id in added]
    protected = entities_with_unsettled_ops(conn, [op.entity_id for op in fresh])
    latest: dict[str, HeldOp] = {}
    for op in fresh:  # in seq order: dict order is first appearance
        if op.entity_id in protected:
            continue
        if op.entity_id not in latest or op.version > latest[op.entity_id].version:
            latest[op.entity_id] = op
    states = [
        RecordState(op.entity_type, op.entity_id, op.version, op.payload, op.server_version)
        for op in latest.values()
    ]
    return [SAME_OR_NEWER] * len(protected) + list(apply_records(conn, states).values())
