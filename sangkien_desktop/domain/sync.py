"""What the sync engine tells the UI and the CLI (SYNC.md §8): plain, immutable values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from .errors import KnownError
from .text import format_number


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


# How the CLI names each state (the app translates its own wording).
CONNECTION_LABELS = {
    ConnectionState.NOT_ENROLLED: "Chưa đăng ký với máy chủ",
    ConnectionState.OK: "Kết nối tốt",
    ConnectionState.OFFLINE: "Không kết nối được máy chủ",
    ConnectionState.NETWORK_LOGIN: "Mạng cần đăng nhập",
    ConnectionState.NEEDS_ENROLMENT: "Cần đăng ký lại",
    ConnectionState.SERVER_CHANGED: "Máy chủ đã thay đổi",
    ConnectionState.CLIENT_TOO_OLD: "Phiên bản phần mềm đã cũ",
    ConnectionState.FAILED: "Đồng bộ gặp lỗi",
}


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
    clock_skew_warning: bool = False  # the skew is beyond sync.clock_skew_warn_s (5 minutes)
    pending_overdue: bool = False  # something has waited longer than sync.pending_warn_after (7 days)
    needs_epoch: bool = False  # a restored backup is being reconciled (new epoch not finished)

    initiatives: InitiativeTally | None = None  # None when not counted (a store without the registry)

    def confirmation_text(self) -> str | None:
        """ "Máy chủ xác nhận 1.234/1.234 ✓ (sáng kiến; …)" (None before the first reconciliation)."""
        return confirmation_text(self.server_confirmed, self.local_acked, self.digest_ok, self.initiatives)


@dataclass(frozen=True)
class InitiativeTally:
    """What the officer counts in: live initiatives, and those whose latest change the server has
    acknowledged (their registry badge reads "đã xác nhận"). The op count and digest prove the server
    holds exactly the acknowledged changes, so the confirmed initiatives are known to be there."""

    total: int
    confirmed: int

    @property
    def waiting(self) -> int:
        return self.total - self.confirmed


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
class ServerReview:
    """The upper union's review of a record, pulled from the server (SYNC.md §5)."""

    state: str  # RECEIVED, NEEDS_INFO, APPROVED, REJECTED
    message: str | None  # the reviewer's note, in Vietnamese


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


def confirmation_text(server_confirmed: int | None, local_acked: int, digest_ok: bool | None,
                      initiatives: InitiativeTally | None = None) -> str | None:
    """The panel's and the CLI's proof line: what the server holds against what this PC sent, in
    initiatives when they are counted, with the changes (ops) behind them."""
    if server_confirmed is None or digest_ok is None:
        return None
    changes = f"{format_number(server_confirmed)}/{format_number(local_acked)}"
    matched = digest_ok and server_confirmed == local_acked
    mark = "✓" if matched else "✗ (chưa khớp)"
    if initiatives is None:
        return f"Máy chủ xác nhận {changes} thay đổi {mark}"
    if matched and initiatives.waiting:
        mark = f"(còn {format_number(initiatives.waiting)} sáng kiến chờ gửi)"
    counted = f"{format_number(initiatives.confirmed)}/{format_number(initiatives.total)}"
    return f"Máy chủ xác nhận {counted} {mark} (sáng kiến; {changes} thay đổi)"


@dataclass(frozen=True)
class AckFileSummary:
    """What loading a ``.skack`` file did (SYNC.md §9)."""

    answers: int  # answers in the file
    applied: int  # of them, answers of batches this PC still had open: acknowledged now
    already_settled: int  # answers of batches settled before (by the network, or an earlier load)
    acked_ops: int
    attention_ops: int  # rejected, mismatched or gone: shown under "Cần xử lý"


class SyncOffline(KnownError):
    """The server could not be reached (no network, timeout, server down)."""

    exit_code = 3


class NetworkLoginRequired(KnownError):
    """A captive portal answered instead of the server: "Mạng cần đăng nhập"."""

    exit_code = 3


class AuthRequired(KnownError):
    """The server refused this device (revoked, unknown, enrolment code invalid): enrol again."""

    exit_code = 4
