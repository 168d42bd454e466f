"""Kill harness (issue 8): writers killed with SIGKILL at random moments, again and again, on one
store: editor saves, bulk loads and sync runs against the reference server. After every kill:
``PRAGMA integrity_check`` passes, ``sangkien check`` exits 0, every change the writer reported as
committed is there, and the outbox has no gap. At the end one sync reconciles exactly (G1–G4).

The writers are forked from a warm process (tests/support/crash_writer.py), so one cycle costs a
fraction of a second and ``make test`` runs 200 of them. ``SANGKIEN_KILLS`` sets another number.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from sangkien_desktop import cli
from sangkien_desktop.domain.sync import SyncTrigger
from sangkien_desktop.services.container import build_services
from tests.conftest import OFFICE
from tests.support.live_server import LiveServer, start_live_server
from tests.sync.invariants import assert_sync_invariants

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("SANGKIEN_KILLS", "200"))
# Kills land in editor saves, bulk loads (one in five) and sync runs (one in four).
BULK_EVERY = 5
SYNC_EVERY = 4
OPENING_EVERY = 10


@dataclass
class Expected:
    """What the killed writers reported as committed."""

    titles: dict[str, tuple[int, str]] = field(default_factory=dict)  # id → (version, title)
    bulk_total: int = 0

    def read(self, report: Path) -> None:
        for line in report.read_text(encoding="utf-8").splitlines():
            if line == "ready":
                continue
            kind, rest = line.split(" ", 1)
            if kind == "bulk":
                self.bulk_total = max(self.bulk_total, int(rest))
                continue
            record_id, version, title = rest.split(" ", 2)
            known = self.titles.get(record_id)
            if known is None or int(version) >= known[0]:
                self.titles[record_id] = (int(version), title)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    running = start_live_server(tmp_path / "server")
    try:
        yield running
    finally:
        running.close()


@pytest.fixture
def writer_parent(data_dir: Path, server: LiveServer,
                  monkeypatch: pytest.MonkeyPatch) -> Iterator[subprocess.Popen[str]]:
    monkeypatch.setenv("SANGKIEN_CREDENTIALS", "file")
    services = build_services(data_dir)
    services.office.init_office(OFFICE)
    services.sync.enroll(server.url, server.enrollment_code())
    services.close()
    parent = subprocess.Popen(
        [sys.executable, "-m", "tests.support.crash_writer", str(data_dir)], cwd=ROOT, text=True,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
    )
    yield parent
    assert parent.stdin is not None and parent.stdout is not None
    parent.stdin.close()
    parent.wait(timeout=30)
    parent.stdout.close()


def _fork_writer(parent: subprocess.Popen[str], mode: str, seed: int, report: Path) -> int:
    assert parent.stdin is not None and parent.stdout is not None
    parent.stdin.write(f"go {mode} {seed} {report}\n")
    parent.stdin.flush()
    return int(parent.stdout.readline())


def _wait_ready(report: Path, limit: float = 10.0) -> None:
    """Until the writer has opened the store (a kill during opening is drawn separately)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if report.exists() and report.read_bytes().startswith(b"ready"):
            return
        time.sleep(0.005)


def _kill(pid: int) -> None:
    os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.002)
    raise AssertionError(f"writer {pid} did not die")


def _check_after_kill(data_dir: Path, expected: Expected) -> list[str]:
    problems = []
    db = data_dir / "sangkien.db"
    with closing(sqlite3.connect(db)) as conn:
        if (result := conn.execute("PRAGMA integrity_check").fetchall()) != [("ok",)]:
            problems.append(f"integrity_check: {result[:3]}")
        stored = dict.fromkeys(expected.titles, (0, ""))
        for record_id, version, title in conn.execute("SELECT id, version, title FROM initiative"):
            if record_id in stored:
                stored[record_id] = (version, title)
        total = conn.execute("SELECT count(*) FROM initiative WHERE deleted_at IS NULL").fetchone()[0]
        epoch, next_seq = conn.execute("SELECT device_epoch, next_seq FROM sync_state").fetchone()
        count, low, high = conn.execute(
            "SELECT count(*), min(seq), max(seq) FROM outbox WHERE device_epoch = ?", (epoch,)).fetchone()
    for record_id, (version, title) in expected.titles.items():
        have_version, have_title = stored[record_id]
        if have_version < version or (have_version == version and have_title != title):
            problems.append(f"lost committed change to {record_id}: v{version} {title!r}")
    if total < expected.bulk_total:
        problems.append(f"lost bulk rows: {total} < {expected.bulk_total}")
    if count and (low, high, count) != (1, next_seq - 1, next_seq - 1):
        problems.append(f"outbox gap: seqs {low}..{high} ({count} rows), next_seq {next_seq}")
    if cli.main(["--data-dir", str(data_dir), "check"]) != 0:
        problems.append("sangkien check failed")
    return problems


def test_writers_killed_at_random_moments_lose_nothing_committed(
    writer_parent: subprocess.Popen[str], server: LiveServer, data_dir: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    rng = random.Random(20261127)
    expected = Expected()
    failures: list[str] = []
    for kill in range(KILLS):
        mode = ("bulk" if kill % BULK_EVERY == BULK_EVERY - 1
                else "sync" if kill % SYNC_EVERY == SYNC_EVERY - 1 else "edits")
        report = tmp_path / f"report-{kill}.txt"
        pid = _fork_writer(writer_parent, mode, kill, report)
        if kill % OPENING_EVERY:  # otherwise the kill may land while the store is being opened
            _wait_ready(report)
        time.sleep(rng.uniform(0.0, 0.3 if mode == "edits" else 0.8))
        _kill(pid)
        if report.exists():
            expected.read(report)
        problems = _check_after_kill(data_dir, expected)
        capsys.readouterr()
        failures += [f"kill {kill} ({mode}): {p}" for p in problems]
        if len(failures) > 5:
            break
    print(f"\nkill harness: {KILLS} kills, {len(expected.titles)} records reported, {len(failures)} failures")
    assert failures == []
    assert len(expected.titles) > KILLS // 10  # the writers did get work done between kills
    # Whatever the kills interrupted, one healthy sync reconciles the store with the server exactly.
    services = build_services(data_dir)
    try:
        for _ in range(5):
            if (outcome := services.sync.run(SyncTrigger.MANUAL)).complete:
                break
        assert outcome.complete, outcome
    finally:
        services.close()
    assert_sync_invariants(data_dir, server)
