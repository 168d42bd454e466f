"""Pull by cursor (SYNC.md rule 20, §5): each page applied with its cursor in one transaction (W4),
so an interrupted pull resumes after the last page fully applied. ``412 cursor_expired`` starts
again from zero (applying a change twice is harmless: versions and review states only move on)."""

from __future__ import annotations

from sangkien_desktop.domain.sync import SyncPhase
from sangkien_desktop.persistence.sync_pull import PullSummary, apply_page
from sangkien_desktop.sync.classify import SyncFailure, Verdict
from sangkien_desktop.sync.faults import MID_PULL_APPLY, faultpoint

from .sync_support import INFO, RunContext


def pull(ctx: RunContext) -> None:
    since = _cursor(ctx.device().pull_cursor)
    restarted = False
    total = PullSummary()
    while True:
        ctx.check_stop()
        try:
            page = ctx.client.changes(since, ctx.config.pull_page)
        except SyncFailure as failure:
            if failure.verdict is Verdict.CURSOR_EXPIRED and not restarted:
                since, restarted = 0, True
                continue
            raise
        with ctx.deps.write() as conn:
            summary = apply_page(conn, page.changes, page.next_since, ctx.now())
            ctx.renew_lease(conn)
            faultpoint(MID_PULL_APPLY)
        total = PullSummary(
            total.reviews + summary.reviews, total.records + summary.records, total.skipped + summary.skipped
        )
        since = page.next_since
        ctx.report(SyncPhase.PULLING, since, since, "Đang tải về kết quả xét duyệt và danh mục")
        if not page.has_more:
            break
    if total.reviews or total.records:
        ctx.log(INFO, f"Tải về {total.reviews} kết quả xét duyệt và {total.records} bản ghi danh mục.")


def _cursor(text: str | None) -> int:
    return int(text) if text and text.isdigit() else 0
