"""Single flight per store (SYNC.md rule 18): an in-process lock plus a lease row for other processes;
cancel and the time budget stop a run cleanly."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from sangkien_desktop.domain.sync import SyncPhase, SyncProgress, SyncTrigger
from sangkien_desktop.sync.faults import FAULT_ENV, FAULT_POINTS, KILLED_EXIT
from sangkien_desktop.sync.lease import holder_is_gone, new_owner
from tests.sync_client.conftest import Clock, Desk, open_desk
from tests.sync_client.fakes import FakeServer, Request


def test_a_second_caller_joins_the_running_sync_and_gets_its_outcome(
    enrolled: Desk, server: FakeServer
) -> None:
    enrolled.add(2)
    server.requests.clear()
    entered, release = threading.Event(), threading.Event()

    def slow_ping(request: Request) -> Any:
        entered.set()
        release.wait(5)
        server.queued.clear()
        return server.handle(request)

    server.answer_next("/ping", slow_ping)
    results: list[Any] = []
    first = threading.Thread(target=lambda: results.append(enrolled.sync.run(SyncTrigger.TIMER)))
    first.start()
    assert entered.wait(5)
    assert enrolled.sync.status().running
    second = threading.Thread(target=lambda: results.append(enrolled.sync.run(SyncTrigger.MANUAL)))
    second.start()
    time.sleep(0.3)  # let the second caller reach the running sync before it ends
    release.set()
    first.join(10)
    second.join(10)
    assert len(results) == 2 and results[0] is results[1]  # one run, one outcome
    assert len([r for r in server.requests if r.path == "/ping"]) == 1


def test_another_process_holding_the_lease_makes_the_run_skip(
    enrolled: Desk, server: FakeServer, clock: Clock, tmp_path: Path
) -> None:
    enrolled.add(1)
    other = open_desk(enrolled.data_dir, clock, server)  # a second app window or the CLI on the same store
    try:
        holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
        try:
            owner = f"{new_owner().split('/')[0]}/{holder.pid}/abcd"
            until = clock() + timedelta(minutes=2)
            enrolled.sql(
                "UPDATE sync_state SET lease_owner = ?, lease_until = ?", (owner, until.isoformat(" "))
            )
            outcome = other.sync.run(SyncTrigger.MANUAL)
            assert outcome.skipped and not outcome.complete
            assert server.posts() == []
            assert other.sync.status().running
        finally:
            holder.kill()
            holder.wait()
        assert holder_is_gone(owner)  # its process died: the lease no longer blocks
        assert other.sync.run(SyncTrigger.MANUAL).complete
        clock.advance(minutes=5)
        assert enrolled.sql("SELECT lease_owner FROM sync_state") == [(None,)]  # released at the end
    finally:
        other.services.close()


def test_an_expired_lease_of_another_host_no_longer_blocks(enrolled: Desk, clock: Clock) -> None:
    enrolled.add(1)
    past = clock() - timedelta(seconds=1)
    enrolled.sql(
        "UPDATE sync_state SET lease_owner = 'other-pc/123/ab', lease_until = ?", (past.isoformat(" "),)
    )
    assert enrolled.sync.run(SyncTrigger.MANUAL).complete


def test_cancel_stops_between_batches_and_keeps_what_is_left(
    tmp_path: Path, clock: Clock, server: FakeServer
) -> None:
    from sangkien_desktop.sync.config import SyncConfig

    desk = open_desk(tmp_path / "office", clock, server, SyncConfig(batch_max_ops=2))
    try:
        desk.sync.enroll("http://127.0.0.1:1", "MA")
        desk.add(3)
        cancel = threading.Event()
        seen: list[SyncProgress] = []

        def progress(p: SyncProgress) -> None:
            seen.append(p)
            if (
                p.phase is SyncPhase.UPLOADING
                and len([s for s in seen if s.phase is SyncPhase.UPLOADING]) == 2
            ):
                cancel.set()

        outcome = desk.sync.run(SyncTrigger.MANUAL, progress=progress, cancel=cancel)
        assert not outcome.complete and "dừng" in outcome.message
        assert len(server.posts()) == 2
        assert desk.sql("SELECT count(*) FROM outbox WHERE state = 'PENDING'")[0][0] > 0
        assert desk.sync.run(SyncTrigger.MANUAL).complete  # the next run finishes
    finally:
        desk.services.close()


def test_a_spent_budget_stops_the_run(enrolled: Desk) -> None:
    enrolled.add(1)
    outcome = enrolled.sync.run(SyncTrigger.CLOSE, budget_s=0.0)
    assert not outcome.complete
    assert "ACKED" not in enrolled.states()


def test_fault_points_end_the_process_only_when_named() -> None:
    code = "from sangkien_desktop.sync.faults import faultpoint; faultpoint('after_seal'); print('alive')"
    for point in FAULT_POINTS:
        env = {"PATH": "", FAULT_ENV: point}
        done = subprocess.run(
            [sys.executable, "-c", code],
            env=env,
            capture_output=True,
            text=True,
            check=False,
            cwd=Path(__file__).resolve().parents[2],
        )
        expected = KILLED_EXIT if point == "after_seal" else 0
        assert done.returncode == expected, (point, done.stderr)
