"""What the sync engine tells the UI and the CLI (SYNC.md §8): plain, immutable values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum


class ConnectionState(Enum):
    """Where the last sync attempt left the link to the central server."""

    NOT_ENROLLED = "not_enrolled"  # no server yet: enrol from Settings
    OK = "ok"  # the last attempt reached the server and passed every check
    OFFLINE = "offline"  # no connection, timeout, 5xx, 429: retried with backoff
    NETWORK_LOGIN = "network_login"  # an HTML page or redirect answered: "Mạng cần đăng nhập"
    NEEDS_ENROLMENT = "needs_enrolment"  # 401/403: token revoked or unknown; enrol again
    SERVER_CHANGED = "server_changed"  # another server_id answered: never handled automatically
    CLIENT_TOO_OLD = "client_too_old"  # 426: the server's message says what to install
    FAILED = "failed"  # a protocol bug (400 schema error, idempotency key reuse): reported, data kept


class SyncTrigger(Enum):
    """Why a run starts. Every trigger but MANUAL and NETWORK_BACK waits out the backoff."""

    MANUAL = "manual"  # "Đồng bộ ngay" and the CLI
    STARTUP = "startup"
    TIMER = "timer"
    NETWORK_BACK = "network_back"  # resets the backoff (SYNC.md P11)
    SAVE = "save"
    CLOSE = "close"


class SyncPhase(Enum):
    PROBING = "probing"
    EPOCH = "epoch"
    BLOBS = "blobs"
    UPLOADING = "uploading"
    RECONCILING = "reconciling"
    PULLING = "pulling"
    DONE = "done"


class SyncBadge(Enum):
    """A record's sync state, from its latest op (SYNC.md §4.2, §8)."""

    PENDING = "pending"  # chưa gửi
    SENDING = "sending"  # đang gửi
    CONFIRMED = "confirmed"  # đã xác nhận
    ATTENTION = "attention"  # cần xử lý: quarantined, gone, or deferred too long
    CONFLICT = "conflict"  # stored by the server with a conflict flag


@dataclass(frozen=True)
class SyncProgress:
    phase: SyncPhase
    done: int
    total: int
    message: str  # Vietnamese, for the progress line


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    server_url: str | None
    unit_code: str | None
    unit_name: str | None
    device_id: str | None
    device_epoch: int
    state: ConnectionState
    message: str | None  # Vietnamese explanation of ``state`` when it is not OK
    pending: int  # ops not yet acknowledged (PENDING + IN_FLIGHT + DEFERRED)
    oldest_pending_at: datetime | None  # UTC
    in_flight: int
    attention: int  # quarantined + gone + deferred beyond the attention threshold
    local_acked: int  # ops this PC holds as acknowledged
    server_confirmed: int | None  # the server's device_op_count at the last reconciliation
    digest_ok: bool | None  # None until a reconciliation ran
    last_success_at: datetime | None  # UTC
    last_attempt_at: datetime | None  # UTC
    next_attempt_at: datetime | None  # UTC; None when no backoff is running
    clock_skew_s: float | None  # server_time - local clock at the last ping
    running: bool  # a run holds the single-flight lease right now


@dataclass(frozen=True)
class SyncOutcome:
    state: ConnectionState
    message: str  # Vietnamese summary for the log and the CLI
    sent_ops: int
    acked_ops: int
    attention_ops: int
    deferred_ops: int
    server_confirmed: int | None
    local_acked: int
    digest_ok: bool | None
    complete: bool  # nothing pending, every op acknowledged, count and digest match
    skipped: bool = False  # the trigger was held back by the backoff or another run


@dataclass(frozen=True)
class AttentionItem:
    """An op the officer must look at (SYNC.md P6): kept, shown with the server's reason."""

    op_id: str
    seq: int
    entity_type: str
    entity_id: str
    label: str  # what the record is, for people: an initiative's title, a person's name …
    status: str  # protocol result: rejected, mismatch, gone, deferred
    code: str | None
    message: str | None  # the server's Vietnamese reason
    since: datetime | None  # UTC


@dataclass(frozen=True)
class SyncLogEntry:
    at: datetime  # UTC
    level: str  # "info", "warning", "error"
    message: str  # Vietnamese


_BADGE_BY_STATE = {
    "PENDING": SyncBadge.PENDING,
    "DEFERRED": SyncBadge.PENDING,
    "IN_FLIGHT": SyncBadge.SENDING,
    "ACKED": SyncBadge.CONFIRMED,
    "QUARANTINED": SyncBadge.ATTENTION,
    "GONE": SyncBadge.ATTENTION,
}


def badge_of(state: str, result_status: str | None) -> SyncBadge:
    """The badge of a record from its latest op's outbox state (SYNC.md §4.2: an acknowledgement of
    an older version does not make the record confirmed while a newer op waits)."""
    if state == "ACKED" and result_status == "conflict_flagged":
        return SyncBadge.CONFLICT
    return _BADGE_BY_STATE.get(state, SyncBadge.ATTENTION)
