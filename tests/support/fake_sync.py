"""A test double of ``SyncService`` for widget tests: the same methods, answers set by the test.

Only for the UI's own behaviour (what it shows, when it starts runs, how it cancels); the sync
engine itself is tested against a live server, and at least one UI test uses the real service.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sangkien_desktop.domain.sync import (
    AttentionItem,
    ConnectionState,
    InitiativeTally,
    SyncBadge,
    SyncLogEntry,
    SyncOutcome,
    SyncPhase,
    SyncProgress,
    SyncStatus,
    SyncTrigger,
)

SERVER = "https://sangkien.congdoan.vn"
MOMENT = datetime(2024, 3, 5, 7, 30, tzinfo=UTC)


def make_status(**changes: Any) -> SyncStatus:
    """An enrolled office, in touch with the server, nothing waiting; ``changes`` override."""
    status = SyncStatus(
        enrolled=True, server_url=SERVER, unit_code="CDCS-01", unit_name="Công đoàn cơ sở Công ty May 10",
        device_id="dev-1", device_epoch=1, state=ConnectionState.OK, message=None, pending=0,
        oldest_pending_at=None, in_flight=0, attention=0, local_acked=1234, server_confirmed=1234,
        digest_ok=True, last_success_at=MOMENT, last_attempt_at=MOMENT, next_attempt_at=None,
        clock_skew_s=0.0, running=False, initiatives=InitiativeTally(total=50, confirmed=50))
    return replace(status, **changes)


def not_enrolled() -> SyncStatus:
    return make_status(enrolled=False, server_url=None, unit_code=None, unit_name=None, device_id=None,
                       device_epoch=0, state=ConnectionState.NOT_ENROLLED, local_acked=0,
                       server_confirmed=None, digest_ok=None, last_success_at=None, last_attempt_at=None)


def make_outcome(**changes: Any) -> SyncOutcome:
    outcome = SyncOutcome(state=ConnectionState.OK, message="Đã gửi 3 thay đổi; máy chủ xác nhận đủ.",
                          sent_ops=3, acked_ops=3, attention_ops=0, deferred_ops=0, server_confirmed=1234,
                          local_acked=1234, digest_ok=True, complete=True)
    return replace(outcome, **changes)


@dataclass
class RunCall:
    trigger: SyncTrigger
    budget_s: float | None
    cancel: threading.Event | None
    thread: str
    cancelled: bool = False  # the run saw its cancel event set


@dataclass
class FakeSyncService:
    status_value: SyncStatus = field(default_factory=make_status)
    outcome: SyncOutcome = field(default_factory=make_outcome)
    steps: list[SyncProgress] = field(default_factory=list)
    attention: list[AttentionItem] = field(default_factory=list)
    entries: list[SyncLogEntry] = field(default_factory=list)
    next_at: datetime | None = None
    enroll_error: Exception | None = None
    run_error: Exception | None = None
    # While set to an unset event, ``run`` waits on it (or on its cancel event) after its steps.
    hold: threading.Event | None = None
    ignore_cancel: bool = False  # a run that does not look at its cancel event while held
    runs: list[RunCall] = field(default_factory=list)
    enrolments: list[tuple[str, str, Path | None]] = field(default_factory=list)
    resent: list[str] = field(default_factory=list)
    started: threading.Event = field(default_factory=threading.Event)

    def status(self) -> SyncStatus:
        return self.status_value

    def enroll(self, server_url: str, code: str, ca_bundle: Path | None = None) -> SyncStatus:
        self.enrolments.append((server_url, code, ca_bundle))
        if self.enroll_error is not None:
            raise self.enroll_error
        self.status_value = make_status(server_url=server_url, server_confirmed=None, digest_ok=None,
                                        local_acked=0, last_success_at=None)
        return self.status_value

    def run(self, trigger: SyncTrigger, *, progress: Callable[[SyncProgress], None] | None = None,
            cancel: threading.Event | None = None, budget_s: float | None = None) -> SyncOutcome:
        call = RunCall(trigger, budget_s, cancel, threading.current_thread().name)
        self.runs.append(call)
        self.started.set()
        if self.run_error is not None:
            raise self.run_error
        for step in self.steps:
            if cancel is not None and cancel.is_set():
                call.cancelled = True
                return replace(self.outcome, message="Đã dừng theo yêu cầu.", complete=False)
            if progress is not None:
                progress(step)
        self._wait(call)
        if cancel is not None and cancel.is_set():
            call.cancelled = True
        return self.outcome

    def _wait(self, call: RunCall) -> None:
        hold = self.hold
        while hold is not None and not hold.wait(0.02):
            if not self.ignore_cancel and call.cancel is not None and call.cancel.is_set():
                return

    def next_attempt_at(self) -> datetime | None:
        return self.next_at

    def attention_items(self) -> list[AttentionItem]:
        return list(self.attention)

    def resend(self, op_id: str) -> None:
        self.resent.append(op_id)
        self.attention = [item for item in self.attention if item.op_id != op_id]

    def log(self, limit: int = 200) -> list[SyncLogEntry]:
        return self.entries[:limit]

    def badges(self, entity_ids: Sequence[str]) -> dict[str, SyncBadge]:
        return {}

    def export_file(self, path: Path) -> int:
        return 0


def uploading(done: int, total: int) -> SyncProgress:
    return SyncProgress(SyncPhase.UPLOADING, done, total, f"Đang gửi {done}/{total} thay đổi")
