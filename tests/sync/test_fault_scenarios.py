"""SYNC.md §11, scenarios 1–4 and 7: the link fails; nothing is lost, nothing is doubled.

Every test runs on both server backends (``server_backend``: SQLite, and PostgreSQL when
``SANGKIEN_TEST_PG_URL`` is set), with the fault proxy between the office and the live server, and ends
with G1–G4 once the link is healed and sync has run to quiescence.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import timedelta

import pytest

from sangkien_desktop.domain.model import InitiativeDraft
from sangkien_desktop.domain.sync import ConnectionState, SyncTrigger
from sangkien_desktop.services.container import Services
from sangkien_desktop.sync.backoff import ceiling_s
from tests.conftest import INITIATIVE_DEFAULTS
from tests.support.faultproxy import (
    Action,
    DropResponse,
    FaultProxy,
    Reset,
    Stall,
    bad_gateway,
    captive_portal,
    redirect,
    too_many_requests,
    unavailable,
)
from tests.support.live_server import LiveServer
from tests.sync.harness import FAST, ManualClock, Office, start_cli
from tests.sync.invariants import ClientSnapshot, assert_sync_invariants
from tests.sync.scenario_tools import (
    BATCHES,
    PING,
    batch_keys,
    device_id,
    post_sealed_batch,
    receipts_by_op,
    sealed_batches,
    server_batch,
    server_op_count,
    states,
)

pytestmark = pytest.mark.live


def assert_applied_once(office: Office, server: LiveServer) -> None:
    """Every op received exactly once as a new op: no second receipt, no duplicate stored."""
    receipts = receipts_by_op(server, device_id(office))
    assert all(count == 1 for count in receipts.values()), receipts
    assert {status for _, status in receipts} == {"applied"}
    assert server_op_count(server) == len(receipts)


def test_healthy_link_with_the_shipped_settings(enrolled_services: Services, live_server: LiveServer) -> None:
    """The baseline every scenario returns to: the app's own composition, one run, everything confirmed."""
    draft = InitiativeDraft.from_mapping({**INITIATIVE_DEFAULTS, "title": "Cải tiến dây chuyền sơn"})
    enrolled_services.initiatives.create(draft)
    outcome = enrolled_services.sync.run(SyncTrigger.MANUAL)
    assert outcome.complete and outcome.digest_ok and outcome.server_confirmed == outcome.local_acked
    assert "✓" in outcome.message
    assert_sync_invariants(enrolled_services, live_server)


# -- 1. Connection reset halfway through the request body ---------------------------------------------


def test_1_reset_halfway_through_the_body_resends_the_same_batch(
        enrolled: Office, live_server: LiveServer, proxy: FaultProxy) -> None:
    enrolled.add_initiatives(12)
    before = ClientSnapshot.take(enrolled.data_dir)
    proxy.script(Reset(fraction=0.5).matching("POST", BATCHES))

    first = enrolled.run()

    assert not first.complete
    cut = batch_keys(proxy)[0]
    assert proxy.stats.entries("POST", BATCHES)[0].action == "Reset"
    state, body_sha = sealed_batches(enrolled)[cut]
    assert state == "SEALED" and states(enrolled)["ACKED"] == 0  # kept IN_FLIGHT, outcome unknown
    assert server_batch(live_server, cut) is None

    enrolled.sync_until_complete()

    assert batch_keys(proxy)[1] == cut  # the same batch_id, re-sent
    held = server_batch(live_server, cut)
    assert held is not None and held.body_sha256 == body_sha  # byte for byte the sealed body
    assert_applied_once(enrolled, live_server)
    assert_sync_invariants(enrolled.data_dir, live_server, before=before, expected_titles=enrolled.titles)


# -- 2. Response lost after the server committed -----------------------------------------------------


@pytest.mark.parametrize("how", ["proxy_closes", "server_delays"])
def test_2_response_lost_after_commit_gets_the_replayed_answer(
        enrolled: Office, live_server: LiveServer, proxy: FaultProxy, how: str) -> None:
    enrolled.add_initiatives(8)
    before = ClientSnapshot.take(enrolled.data_dir)
    if how == "proxy_closes":
        proxy.script(DropResponse().matching("POST", BATCHES))
    else:  # the server commits, then sleeps past the client's read timeout
        live_server.fault(kind="delay", path_prefix=BATCHES, seconds=FAST.timeout_read_s + 1.0)

    first = enrolled.run()

    assert not first.complete
    lost = batch_keys(proxy)[0]
    assert server_batch(live_server, lost) is not None  # committed on the server
    assert states(enrolled)["ACKED"] == 0  # but nothing acknowledged without a valid answer (G3)

    enrolled.sync_until_complete()

    assert_applied_once(enrolled, live_server)  # one server row per op_id
    checked = assert_sync_invariants(enrolled.data_dir, live_server, before=before,
                                     expected_titles=enrolled.titles)
    for op in checked.in_state("ACKED"):  # the original server_version, from the replayed response
        assert op.server_version == checked.server.ops[op.op_id].server_version


# -- 3. Captive portal -------------------------------------------------------------------------------


@pytest.mark.parametrize("portal", [captive_portal(), redirect()], ids=["login_page_200", "redirect_302"])
def test_3_captive_portal_marks_nothing_delivered(
        enrolled: Office, live_server: LiveServer, proxy: FaultProxy, portal: Action) -> None:
    enrolled.add_initiatives(5)
    before = ClientSnapshot.take(enrolled.data_dir)
    proxy.default = portal

    for _ in range(3):
        outcome = enrolled.run()
        assert outcome.state is ConnectionState.NETWORK_LOGIN and not outcome.complete
        assert "đăng nhập" in outcome.message.lower()
    assert enrolled.sync.status().state is ConnectionState.NETWORK_LOGIN
    assert states(enrolled)["ACKED"] == 0  # G3
    assert proxy.stats.bytes_to_server == 0 and server_op_count(live_server) == 0

    proxy.clear()
    enrolled.sync_until_complete(max_runs=2)
    assert_sync_invariants(enrolled.data_dir, live_server, before=before, expected_titles=enrolled.titles)


def test_3_captive_portal_is_tried_a_bounded_number_of_times_per_hour(
        tmp_path_factory: pytest.TempPathFactory, live_server: LiveServer, proxy: FaultProxy) -> None:
    clock = ManualClock()
    office = Office(tmp_path_factory.mktemp("portal") / "office", config=replace(FAST, backoff_base_s=30.0,
                                                                              backoff_cap_s=1800.0),
                    clock=clock)
    try:
        office.enroll(proxy.url, live_server.enrollment_code())
        office.add_initiatives(2)
        proxy.default = captive_portal()
        proxy.reset_stats()
        for _ in range(360):  # an hour of timer ticks every 10 s, each obeying the backoff
            office.run(SyncTrigger.TIMER)
            clock.advance(10)
        attempts = len(proxy.stats.entries(path_prefix=PING))
        assert 3 <= attempts <= 20, attempts  # 30 s, 1, 2, 4 … min with full jitter: about 8 an hour

        proxy.clear()
        assert office.run(SyncTrigger.NETWORK_BACK).complete  # the network signal resets the backoff
    finally:
        office.close()


# -- 4. Server down ----------------------------------------------------------------------------------


def _break(how: str, live_server: LiveServer, proxy: FaultProxy, office: Office) -> None:
    if how == "refused":
        proxy.refuse()
    elif how == "server_stopped":
        live_server.stop()
    elif how == "dns_failure":  # an address that never resolves (RFC 2606 .invalid)
        office.sql("UPDATE sync_state SET server_url = 'https://sangkien-test.invalid'")
    elif how == "html_502":
        proxy.default = bad_gateway()
    elif how == "html_503":
        proxy.default = unavailable(retry_after=1)
    elif how == "json_503":
        live_server.fault(kind="status", status=503, times=1000, path_prefix="/api/v1/")
    else:
        raise AssertionError(how)


def _heal(live_server: LiveServer, proxy: FaultProxy, office: Office) -> None:
    proxy.clear()
    proxy.listen()
    if live_server.running:
        live_server.clear_faults()
    else:
        live_server.start()
    office.sql("UPDATE sync_state SET server_url = ?", (proxy.url,))


@pytest.mark.parametrize("how", ["refused", "server_stopped", "dns_failure", "html_502", "html_503",
                                 "json_503"])
def test_4_server_down_is_transient_and_heals_in_one_cycle(
        enrolled: Office, live_server: LiveServer, proxy: FaultProxy, how: str) -> None:
    enrolled.add_initiatives(5)
    before = ClientSnapshot.take(enrolled.data_dir)
    _break(how, live_server, proxy, enrolled)

    for _ in range(2):
        outcome = enrolled.run()
        assert outcome.state is ConnectionState.OFFLINE and not outcome.complete, outcome
    assert set(states(enrolled)) == {"PENDING"}  # the probe failed: nothing was even sealed
    backoff = enrolled.sql("SELECT backoff_step, next_attempt_at FROM sync_state")[0]
    assert backoff["backoff_step"] >= 1 and backoff["next_attempt_at"] is not None  # backing off

    _heal(live_server, proxy, enrolled)
    assert enrolled.run(SyncTrigger.NETWORK_BACK).complete  # all synced one cycle after recovery
    assert_sync_invariants(enrolled.data_dir, live_server, before=before, expected_titles=enrolled.titles)


@pytest.mark.parametrize("answer", ["429", "503"])
def test_4_retry_after_is_a_floor_and_timer_triggers_wait(
        tmp_path_factory: pytest.TempPathFactory, live_server: LiveServer, proxy: FaultProxy,
        answer: str) -> None:
    clock = ManualClock()
    config = replace(FAST, backoff_base_s=1.0, backoff_cap_s=600.0)
    office = Office(tmp_path_factory.mktemp("retry-after") / "office", config=config, clock=clock)
    try:
        office.enroll(proxy.url, live_server.enrollment_code())
        office.add_initiatives(3)
        proxy.default = too_many_requests(120) if answer == "429" else unavailable(120)

        assert not office.run().complete
        wait = office.sync.next_attempt_at()
        assert wait is not None and wait - clock() >= timedelta(seconds=119)
        clock.advance(60)
        requests_before = proxy.stats.requests
        assert office.run(SyncTrigger.TIMER).skipped  # still inside Retry-After
        assert proxy.stats.requests == requests_before

        proxy.clear()
        clock.advance(61)
        assert office.run(SyncTrigger.TIMER).complete
    finally:
        office.close()


def test_4_attempts_follow_the_backoff_schedule(
        tmp_path_factory: pytest.TempPathFactory, live_server: LiveServer, proxy: FaultProxy) -> None:
    clock = ManualClock()
    config = replace(FAST, backoff_base_s=30.0, backoff_cap_s=1800.0)
    office = Office(tmp_path_factory.mktemp("schedule") / "office", config=config, clock=clock)
    try:
        office.enroll(proxy.url, live_server.enrollment_code())
        office.add_initiatives(1)
        proxy.refuse()
        for step in range(8):
            assert not office.run(SyncTrigger.TIMER).complete
            wait = office.sync.next_attempt_at()
            assert wait is not None
            assert timedelta(0) <= wait - clock() <= timedelta(seconds=ceiling_s(step, config) + 1)
            clock.now = wait
        proxy.listen()
        assert office.run(SyncTrigger.TIMER).complete
    finally:
        office.close()


# -- 7. The same batch twice in parallel -------------------------------------------------------------


def test_7_two_threads_share_one_run(enrolled: Office, live_server: LiveServer, proxy: FaultProxy) -> None:
    enrolled.add_initiatives(10)
    proxy.set_link(delay_s=0.05)  # long enough for the runs to overlap
    start = threading.Barrier(2)

    def run_now() -> object:
        start.wait()
        return enrolled.run()

    with ThreadPoolExecutor(2) as pool:
        outcomes = list(pool.map(lambda _: run_now(), range(2)))
    assert all(o.complete for o in outcomes)  # type: ignore[attr-defined]
    keys = batch_keys(proxy)
    assert len(keys) == len(set(keys))  # each batch sent once: single flight
    assert_applied_once(enrolled, live_server)
    assert_sync_invariants(enrolled.data_dir, live_server, expected_titles=enrolled.titles)


def test_7_two_sync_engines_on_one_store_take_turns(
        enrolled: Office, live_server: LiveServer, proxy: FaultProxy) -> None:
    """As the app and the CLI on one database: the lease lets one run; the other skips or waits."""
    enrolled.add_initiatives(10)
    proxy.set_link(delay_s=0.05)
    other = Office(enrolled.data_dir, config=enrolled.config)
    try:
        start = threading.Barrier(2)

        def run_on(pc: Office) -> object:
            start.wait()
            return pc.run()

        with ThreadPoolExecutor(2) as pool:
            outcomes = list(pool.map(run_on, [enrolled, other]))
        assert any(o.complete for o in outcomes)  # type: ignore[attr-defined]
        assert all(o.complete or o.skipped for o in outcomes)  # type: ignore[attr-defined]
    finally:
        other.close()
    keys = batch_keys(proxy)
    assert len(keys) == len(set(keys))
    enrolled.sync_until_complete()
    assert_applied_once(enrolled, live_server)
    assert_sync_invariants(enrolled.data_dir, live_server, expected_titles=enrolled.titles)


def test_7_the_app_and_the_cli_sync_one_store_at_the_same_time(
        enrolled: Office, live_server: LiveServer, proxy: FaultProxy) -> None:
    """Two processes: ``sangkien sync --once`` runs while the app's engine starts its own run."""
    enrolled.add_initiatives(30)
    proxy.set_link(delay_s=0.1)
    cli = start_cli(enrolled.data_dir, "sync", "--once")
    try:
        deadline = time.monotonic() + 30
        while not proxy.stats.entries(path_prefix=PING) and time.monotonic() < deadline:
            time.sleep(0.01)  # the CLI has started talking to the server
        in_app = enrolled.run()
        cli_out, cli_err = cli.communicate(timeout=60)
    finally:
        cli.kill()
    assert in_app.complete or in_app.skipped, in_app
    assert cli.returncode in (0, 3), cli_out + cli_err  # done, or held back by the other's lease
    enrolled.sync_until_complete()
    keys = batch_keys(proxy)
    assert len(keys) == len(set(keys))  # no batch sent by both
    assert_applied_once(enrolled, live_server)
    assert_sync_invariants(enrolled.data_dir, live_server, expected_titles=enrolled.titles)


def test_7_the_same_sealed_batch_posted_in_parallel_is_applied_once(
        enrolled: Office, live_server: LiveServer, proxy: FaultProxy) -> None:
    enrolled.add_initiatives(20)
    proxy.script(Stall().matching("POST", BATCHES))  # the batch is sealed; its upload never arrives
    assert not enrolled.run().complete
    (batch_id,) = [b for b, (state, _) in sealed_batches(enrolled).items() if state == "SEALED"]

    start = threading.Barrier(4)

    def post() -> tuple[int, bytes, str]:
        start.wait()
        answer = post_sealed_batch(live_server, enrolled, batch_id)
        error = answer.json().get("error", "") if answer.status_code >= 400 else ""
        return answer.status_code, answer.content, error

    with ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(lambda _: post(), range(4)))
    assert all(status in (200, 201) or (status, error) == (409, "in_progress")
               for status, _, error in answers)
    bodies = {body for status, body, _ in answers if status in (200, 201)}
    assert len(bodies) == 1  # later senders got the replayed answer, byte for byte

    enrolled.sync_until_complete()
    assert_applied_once(enrolled, live_server)
    assert_sync_invariants(enrolled.data_dir, live_server, expected_titles=enrolled.titles)

