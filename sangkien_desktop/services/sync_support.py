"""What every part of a sync run shares: short database transactions, the log, progress and stop.

Nothing here holds a transaction while waiting on the network: each write is its own short
``BEGIN IMMEDIATE`` transaction (inside the CLI's writer lock when one is set), so the app and
other writers keep working during a long upload.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.engine import Connection, Engine

from sangkien_desktop.domain.submission import SettleSummary
from sangkien_desktop.domain.sync import ConnectionState, SyncPhase, SyncProgress
from sangkien_desktop.domain.text import format_number
from sangkien_desktop.persistence.blobs import BlobStore
from sangkien_desktop.persistence.db import READ_ONLY
from sangkien_desktop.persistence.sync_device import DeviceState, append_log, read_device, take_lease
from sangkien_desktop.sync.batching import Identity
from sangkien_desktop.sync.client import DeviceAuth, SyncClient
from sangkien_desktop.sync.config import SyncConfig
from sangkien_desktop.sync.credentials import CredentialStore
from sangkien_desktop.sync.lease import holder_is_gone
from sangkien_desktop.sync.transport import TransportFactory

Clock = Callable[[], datetime]
WriteGuard = Callable[[], AbstractContextManager[Any]]
INFO, WARNING, ERROR = "info", "warning", "error"


def no_guard() -> AbstractContextManager[Any]:
    return nullcontext()


@dataclass
class SyncDeps:
    """The long-lived parts, built once per service."""

    engine: Engine
    blobs: BlobStore
    credentials: CredentialStore
    config: SyncConfig
    clock: Clock
    transport_factory: TransportFactory
    write_guard: WriteGuard = no_guard
    rng: random.Random = field(default_factory=random.Random)
    # Takes what the server said into the workflow (submissions received, reviews): see submission.py.
    settle_hook: Callable[[], SettleSummary] | None = None

    @contextmanager
    def write(self) -> Iterator[Connection]:
        with self.write_guard(), self.engine.begin() as conn:
            yield conn

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect().execution_options(**READ_ONLY) as conn:
            yield conn

    def device(self) -> DeviceState:
        with self.read() as conn:
            return read_device(conn)

    def log(self, level: str, message: str) -> None:
        with self.write() as conn:
            append_log(conn, self.clock(), level, message, self.config.log_keep)

    def settle(self) -> SettleSummary:
        """After an exchange with the server: acknowledged submissions and pulled reviews move their
        initiatives (one transaction of the records' own, so its changes are sent like any edit)."""
        if self.settle_hook is None:
            return SettleSummary()
        with self.write_guard():
            summary = self.settle_hook()
        if summary.received:
            self.log(INFO, f"{format_number(summary.received)} sáng kiến đã được máy chủ nhận: chuyển sang "
                           "«Đã tải lên».")
        if summary.reviewed:
            self.log(INFO, f"{format_number(summary.reviewed)} sáng kiến có kết quả xét duyệt mới của "
                           "công đoàn cấp trên.")
        return summary


class RunStopped(Exception):
    """Cancelled by the officer, or the run's time budget is spent (at app close)."""


@dataclass
class Tally:
    sent: int = 0
    acked: int = 0
    quarantined: int = 0
    deferred: int = 0
    gone: int = 0


class RunContext:
    """One sync run: the client, the lease, progress, cancel, budget and what happened."""

    def __init__(
        self,
        deps: SyncDeps,
        client: SyncClient,
        auth: DeviceAuth,
        owner: str,
        progress: Callable[[SyncProgress], None] | None,
        cancel: threading.Event | None,
        deadline: float | None,
    ) -> None:
        self.deps = deps
        self.client = client
        self.auth = auth
        self.owner = owner
        self._progress = progress
        self._cancel = cancel
        self._deadline = deadline
        self.tally = Tally()
        self.tried_deferred: set[str] = set()  # deferred again in this run: not re-sent until the next
        self.waiting_jobs: set[str] = set()  # batches answered 202 whose job is still running
        self.reconciled = False
        self.end: tuple[ConnectionState, str, bool] = (
            ConnectionState.OK,
            "",
            True,
        )  # state, message, interrupted

    @property
    def config(self) -> SyncConfig:
        return self.deps.config

    def now(self) -> datetime:
        return self.deps.clock()

    def device(self) -> DeviceState:
        return self.deps.device()

    def identity(self, device: DeviceState, epoch: int | None = None) -> Identity:
        assert device.device_id is not None and device.unit_id is not None
        return Identity(device.device_id, device.device_epoch if epoch is None else epoch, device.unit_id)

    def stopped(self) -> bool:
        cancelled = self._cancel is not None and self._cancel.is_set()
        return cancelled or (self._deadline is not None and time.monotonic() >= self._deadline)

    def check_stop(self) -> None:
        if self.stopped():
            raise RunStopped

    def sleep(self, seconds: float) -> None:
        """Wait, but wake for cancel; never past the budget."""
        if self._deadline is not None:
            seconds = min(seconds, max(0.0, self._deadline - time.monotonic()))
        if self._cancel is not None:
            self._cancel.wait(seconds)
        else:
            time.sleep(seconds)
        self.check_stop()

    def report(self, phase: SyncPhase, done: int, total: int, message: str) -> None:
        if self._progress is not None:
            self._progress(SyncProgress(phase, done, total, message))

    def renew_lease(self, conn: Connection) -> None:
        """Called inside the run's write transactions, so a long run keeps its lease."""
        hold = timedelta(seconds=self.config.lease_s)
        take_lease(conn, self.owner, self.now(), hold, holder_is_gone)

    def log(self, level: str, message: str) -> None:
        self.deps.log(level, message)

    def ended(self, state: ConnectionState, message: str, *, interrupted: bool) -> None:
        self.end = (state, message, interrupted)
