"""Store health: SQLite integrity, schema revision and an outbox without gaps."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from sangkien_desktop.persistence.models import SyncState
from sangkien_desktop.persistence.outbox import outbox_is_gapless
from sangkien_desktop.persistence.store import head_revision
from sangkien_desktop.persistence.unit_of_work import UnitOfWorkFactory


@dataclass(frozen=True)
class HealthReport:
    integrity: str
    revision: str | None
    head: str
    outbox_gapless: bool
    next_seq: int

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and self.revision == self.head and self.outbox_gapless

    def lines(self) -> list[str]:
        mark = {True: "đạt", False: "LỖI"}
        return [
            f"Kiểm tra toàn vẹn SQLite: {mark[self.integrity == 'ok']} ({self.integrity})",
            f"Phiên bản lược đồ: {mark[self.revision == self.head]} ({self.revision}, mới nhất {self.head})",
            f"Hàng đợi đồng bộ liên tục: {mark[self.outbox_gapless]} ({self.next_seq - 1} thay đổi)",
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
        return HealthReport(integrity, revision, head_revision(), outbox_is_gapless(conn), next_seq)
