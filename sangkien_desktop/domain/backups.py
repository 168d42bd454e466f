"""Backups as the officer sees them, and which automatic ones rotation keeps (issue 8)."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path


class BackupKind(Enum):
    """Why a backup was taken; the value is part of the archive's file name."""

    AUTOMATIC = "tu-dong"  # daily while open and at close; the only kind rotation deletes
    MANUAL = "thu-cong"  # "Sao lưu ngay", "Sao lưu ra USB", `sangkien backup`
    BEFORE_MIGRATION = "truoc-nang-cap"
    BEFORE_RESTORE = "truoc-khoi-phuc"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    BackupKind.AUTOMATIC: "Tự động",
    BackupKind.MANUAL: "Thủ công",
    BackupKind.BEFORE_MIGRATION: "Trước khi nâng cấp",
    BackupKind.BEFORE_RESTORE: "Trước khi khôi phục",
}


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: BackupKind
    created_at: datetime  # UTC, from the manifest
    size_bytes: int
    schema_revision: str
    app_version: str
    counts: dict[str, int]

    @property
    def initiatives(self) -> int:
        return self.counts.get("initiative", 0)


@dataclass(frozen=True)
class Retention:
    """How many automatic backups rotation keeps: the newest of each of the last N days, weeks and
    months that have one (a backup may count for several)."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupInfo
    safety_copy: Path | None  # the backup of the store that was replaced
    migrated: bool  # the archive came from an older schema and was upgraded


def kept_by_rotation(stamps: Sequence[datetime], retention: Retention) -> set[int]:
    """Indexes of the automatic backups to keep, given when each was taken (local time, any order)."""
    order = sorted(range(len(stamps)), key=lambda i: stamps[i], reverse=True)
    keep: set[int] = set()
    periods: list[tuple[int, Callable[[date], Hashable]]] = [
        (retention.daily, lambda d: d),
        (retention.weekly, lambda d: d.isocalendar()[:2]),
        (retention.monthly, lambda d: (d.year, d.month)),
    ]
    for count, period_of in periods:
        seen: set[Hashable] = set()
        for i in order:
            period = period_of(stamps[i].date())
            if period in seen:
                continue
            if len(seen) == count:
                break
            seen.add(period)
            keep.add(i)
    return keep
