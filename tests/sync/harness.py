"""An office PC for the sync tests: a real store, a SyncService with tiny timeouts, restarts."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Mapping
from contextlib import closing
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sangkien_desktop.domain.model import InitiativeDraft, InitiativeView
from sangkien_desktop.domain.sync import ConnectionState, SyncOutcome, SyncTrigger
from sangkien_desktop.persistence.blobs import BlobStore
from sangkien_desktop.services.container import Services, build_services
from sangkien_desktop.services.sync import SyncService
from sangkien_desktop.sync.config import SyncConfig
from tests.conftest import INITIATIVE_DEFAULTS, OFFICE

REPO = Path(__file__).resolve().parents[2]

WAITING_OPS = "SELECT count(*) FROM outbox WHERE state IN ('PENDING', 'IN_FLIGHT', 'DEFERRED')"

# Small enough that a fault costs a second, not a minute (SYNC.md §7 holds the real values).
FAST = SyncConfig(
    timeout_connect_s=1.0,
    timeout_read_s=2.0,
    backoff_base_s=0.01,
    backoff_cap_s=0.05,
    in_progress_wait_s=0.05,
    job_poll_s=0.05,
    lease_s=30.0,
)


class ManualClock:
    """An injected clock: starts at ``start`` and moves only when told (never the OS clock)."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime.now(UTC).replace(tzinfo=None)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def skewed_clock(offset: timedelta) -> Callable[[], datetime]:
    """The real clock shifted by ``offset`` (a PC whose clock is wrong but still ticks)."""
    return lambda: utc_now() + offset


@dataclass
class Office:
    """One office's data folder with its services and its sync engine; ``restart()`` is a client restart."""

    data_dir: Path
    config: SyncConfig = FAST
    clock: Callable[[], datetime] = utc_now
    services: Services = field(init=False)
    sync: SyncService = field(init=False)
    titles: dict[str, str | None] = field(default_factory=dict)  # what the user last saved

    def __post_init__(self) -> None:
        fresh = not (self.data_dir / "sangkien.db").exists()
        self._open()
        if fresh:
            self.services.office.init_office(OFFICE)

    def _open(self) -> None:
        self.services = build_services(self.data_dir, clock=self.clock)
        self.sync = SyncService(self.services.uow, BlobStore(self.services.paths.blobs), self.data_dir,
                                self.clock, self.config)

    def close(self) -> None:
        self.services.close()

    def restart(self) -> None:
        self.close()
        self._open()

    @property
    def db_path(self) -> Path:
        return self.services.paths.db

    # -- what the user does --

    def add_initiatives(self, count: int, prefix: str = "Sáng kiến") -> list[InitiativeView]:
        made = []
        for i in range(count):
            title = f"{prefix} số {len(self.titles) + 1}"
            authors = [{"name": f"Tác giả {i % 7}", "share": 100}]
            data = {**INITIATIVE_DEFAULTS, "title": title, "authors": authors}
            view = self.services.initiatives.create(InitiativeDraft.from_mapping(data)).initiative
            self.titles[view.id] = title
            made.append(view)
        return made

    def rename(self, initiative_id: str, title: str) -> None:
        detail = self.services.initiatives.detail(initiative_id)
        self.services.initiatives.update(initiative_id, replace(detail.draft, title=title), detail.version)
        self.titles[initiative_id] = title

    def delete(self, initiative_id: str) -> None:
        version = self.services.initiatives.get(initiative_id).version
        self.services.trash.delete("initiative", initiative_id, version)
        self.titles[initiative_id] = None

    # -- sync --

    def enroll(self, server_url: str, code: str) -> None:
        self.sync.enroll(server_url, code)

    def run(self, trigger: SyncTrigger = SyncTrigger.MANUAL) -> SyncOutcome:
        return self.sync.run(trigger)

    def sync_until_complete(self, max_runs: int = 8) -> SyncOutcome:
        """Manual runs until one reports everything delivered and reconciled (the link is healthy)."""
        outcomes = []
        for _ in range(max_runs):
            outcome = self.run()
            outcomes.append(outcome)
            if outcome.complete:
                return outcome
        raise AssertionError(f"sync did not complete in {max_runs} runs: {outcomes}")

    def sync_until_settled(self, max_runs: int = 8) -> SyncOutcome:
        """Manual runs until nothing is waiting to be sent (quarantined ops may remain, shown to the user)."""
        outcomes = []
        for _ in range(max_runs):
            outcome = self.run()
            outcomes.append(outcome)
            waiting = self.sql(WAITING_OPS)
            if outcome.complete or (outcome.state is ConnectionState.OK and not waiting[0][0]):
                return outcome
        raise AssertionError(f"sync did not settle in {max_runs} runs: {outcomes}")

    # -- test hooks on the store --

    def sql(self, statement: str, params: tuple[Any, ...] | Mapping[str, Any] = ()) -> list[sqlite3.Row]:
        """Raw SQL on the store (test hooks that edit the outbox, as SYNC.md §11 allows)."""
        with closing(sqlite3.connect(self.db_path, timeout=30)) as conn:
            conn.row_factory = sqlite3.Row
            with conn:
                return conn.execute(statement, params).fetchall()


def backup_copy(source: Path, target: Path) -> None:
    """A consistent copy of a live store (the sqlite3 backup API, as the app's own backups)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)


def _cli_command(data_dir: Path, args: tuple[str, ...],
                 fault_point: str | None) -> tuple[list[str], dict[str, str]]:
    env = {**os.environ, "SANGKIEN_CREDENTIALS": "file", "PYTHONPATH": str(REPO)}
    env.pop("SANGKIEN_FAULT_POINT", None)
    if fault_point is not None:
        env["SANGKIEN_FAULT_POINT"] = fault_point
    return [sys.executable, "-m", "sangkien_desktop.cli", "--data-dir", str(data_dir), *args], env


def run_cli(data_dir: Path, *args: str, fault_point: str | None = None,
            timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """``python -m sangkien_desktop.cli --data-dir D ...`` in a child process (crash tests)."""
    command, env = _cli_command(data_dir, args, fault_point)
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout, check=False)


def start_cli(data_dir: Path, *args: str) -> subprocess.Popen[str]:
    """The same, left running (a second process on the store while the test does something else)."""
    command, env = _cli_command(data_dir, args, None)
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def integrity_ok(db_path: Path) -> bool:
    with closing(sqlite3.connect(db_path)) as conn:
        return bool(conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
