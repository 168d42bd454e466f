"""Store health: SQLite integrity, schema revision, an outbox without gaps and its pending counter."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from sangkien_desktop.persistence import live_count
from sangkien_desktop.persistence.models import SyncState
from sangkien_desktop.persistence.outbox import count_unsettled, outbox_is_gapless, pending_count
from sangkien_desktop.persistence.store import head_revision
from sangkien_desktop.persistence.sync_health import sync_problems
from sangkien_desktop.persistence.unit_of_work import UnitOfWorkFactory


@dataclass(frozen=True)
class HealthReport:
    integrity: str
    revision: str | None
    head: str
    outbox_gapless: bool
    next_seq: int
    pending_counted: int = 0  # unsettled ops counted row by row
    pending_kept: int = 0  # the counter the status bar reads
    live_counted: int = 0  # live initiatives counted row by row
    live_kept: int = 0  # the count the registry shows
    sync_problems: tuple[str, ...] = ()  # outbox states and sync batches that contradict each other

    @property
    def queue_consistent(self) -> bool:
        """The pending counter matches the outbox, and every op's sync state fits its batch."""
        return self.pending_counted == self.pending_kept and not self.sync_problems

    @property
    def ok(self) -> bool:
        return (self.integrity == "ok" and self.revision == self.head and self.outbox_gapless
                and self.queue_consistent and self.live_counted == self.live_kept)

    def lines(self) -> list[str]:
        mark = {True: "đạt", False: "LỖI"}
        return [
            f"Kiểm tra toàn vẹn SQLite: {mark[self.integrity == 'ok']} ({self.integrity})",
            f"Phiên bản lược đồ: {mark[self.revision == self.head]} ({self.revision}, mới nhất {self.head})",
            f"Hàng đợi đồng bộ liên tục: {mark[self.outbox_gapless]} ({self.next_seq - 1} thay đổi)",
            # The outbox states belong to the same queue check (the line count is part of the CLI's output).
            f"Số thay đổi chưa tải lên khớp với hàng đợi: {mark[self.queue_consistent]}"
            f" ({self.pending_counted} đếm được, {self.pending_kept} đã ghi"
            + "".join(f"; {problem}" for problem in self.sync_problems) + ")",
            f"Tổng số sáng kiến khớp với sổ: {mark[self.live_counted == self.live_kept]}"
            f" ({self.live_counted} đếm được, {self.live_kept} đã ghi)",
        ]


def check_store(uow: UnitOfWorkFactory) -> HealthReport:
    with uow.read() as session:
        conn = session.connection()
        problems = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
        fk_broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        integrity = "; ".join(problems[:5])
        if fk_broken:
            integrity = f"{len(fk_broken)} liên kết khóa ngoại hỏng" if integrity == "ok" else integrity
        revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        next_seq = int(session.scalar(sa.select(SyncState.next_seq)) or 1)
        return HealthReport(integrity, revision, head_revision(), outbox_is_gapless(conn), next_seq,
                            count_unsettled(conn), pending_count(conn), *live_count.counted(conn),
                            sync_problems=tuple(sync_problems(conn)))
