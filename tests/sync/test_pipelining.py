"""The upload pipeline (services/sync_send.py): while a batch is on the wire the previous answer is
acknowledged and the next batch sealed, and a failure in the middle of it loses nothing."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest

from tests.support.faultproxy import FaultProxy, Hook, Pass, unavailable
from tests.support.live_server import LiveServer
from tests.sync.harness import FAST, Office
from tests.sync.invariants import assert_sync_invariants
from tests.sync.scenario_tools import BATCHES, batch_keys, sealed_batches, states

pytestmark = pytest.mark.live


def four_batch_office(root: Path, live_server: LiveServer, proxy: FaultProxy) -> tuple[Office, int]:
    office = Office(root / "office")
    office.enroll(proxy.url, live_server.enrollment_code())
    office.add_initiatives(12)
    size = -(-states(office)["PENDING"] // 4)
    office.config = replace(FAST, batch_max_ops=size)
    office.restart()
    proxy.reset_stats()
    return office, size


def batch_states(office: Office) -> list[str]:
    rows = office.sql("SELECT state FROM sync_batch ORDER BY first_seq")
    return [str(row[0]) for row in rows]


def test_while_the_third_batch_is_on_the_wire_the_second_is_acknowledged_and_the_fourth_sealed(
        tmp_path: Path, live_server: LiveServer, proxy: FaultProxy) -> None:
    office, _size = four_batch_office(tmp_path, live_server, proxy)
    seen: list[list[str]] = []

    def watch() -> None:  # the third request is held here until the office has moved on (or 10 s)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and batch_states(office) != ["DONE", "DONE", "SEALED", "SEALED"]:
            time.sleep(0.02)
        seen.append(batch_states(office))

    try:
        proxy.script(Pass().matching("POST", BATCHES), times=2)
        proxy.script(Hook(fn=watch).matching("POST", BATCHES))
        outcome = office.run()
        assert outcome.complete
        assert seen == [["DONE", "DONE", "SEALED", "SEALED"]]
        assert len(batch_keys(proxy)) == 4 and states(office)["ACKED"] == sum(states(office).values())
        assert_sync_invariants(office.data_dir, live_server)
    finally:
        office.close()


def test_a_failed_send_still_acknowledges_the_answer_before_it(
        tmp_path: Path, live_server: LiveServer, proxy: FaultProxy) -> None:
    office, size = four_batch_office(tmp_path, live_server, proxy)
    try:
        proxy.script(Pass().matching("POST", BATCHES), times=2)
        proxy.script(unavailable().matching("POST", BATCHES), times=10)
        outcome = office.run()
        assert not outcome.complete
        assert states(office)["ACKED"] == 2 * size  # the second answer was settled though the third failed
        open_batches = [state for state, _sha in sealed_batches(office).values() if state != "DONE"]
        assert open_batches == ["SEALED", "SEALED"]  # the failed one and the one sealed ahead
        proxy.clear()
        office.sync_until_complete()
        assert_sync_invariants(office.data_dir, live_server)
    finally:
        office.close()
