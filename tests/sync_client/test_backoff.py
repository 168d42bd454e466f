"""Full-jitter backoff (SYNC.md rule 17) and how triggers obey it."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest

from sangkien_desktop.domain.sync import ConnectionState, SyncTrigger
from sangkien_desktop.sync.backoff import backoff_delay, ceiling_s
from sangkien_desktop.sync.config import SyncConfig
from sangkien_desktop.sync.transport import CONNECT, TransportError
from tests.sync_client.conftest import Clock, Desk
from tests.sync_client.fakes import FakeServer, protocol_error

CONFIG = SyncConfig()


def test_the_ceiling_doubles_from_30_seconds_and_stops_at_30_minutes() -> None:
    assert [ceiling_s(step, CONFIG) for step in range(8)] == [30, 60, 120, 240, 480, 960, 1800, 1800]
    assert ceiling_s(500, CONFIG) == 1800


@pytest.mark.parametrize("step", [0, 1, 3, 6, 20])
def test_delays_are_drawn_over_the_whole_range_below_the_ceiling(step: int) -> None:
    rng = random.Random(step)
    delays = [backoff_delay(step, CONFIG, rng) for _ in range(2000)]
    ceiling = ceiling_s(step, CONFIG)
    assert all(0 <= d <= ceiling for d in delays)
    assert min(delays) < ceiling * 0.05 and max(delays) > ceiling * 0.95  # full jitter, not ±10 %
    assert abs(sum(delays) / len(delays) - ceiling / 2) < ceiling * 0.05


def test_retry_after_is_a_floor_but_never_beyond_the_cap() -> None:
    rng = random.Random(1)
    assert all(backoff_delay(0, CONFIG, rng, retry_after=25) >= 25 for _ in range(200))
    assert backoff_delay(0, CONFIG, rng, retry_after=10_000) == CONFIG.backoff_cap_s


def test_failures_in_a_row_move_the_next_attempt_and_automatic_triggers_wait(
    enrolled: Desk, server: FakeServer, clock: Clock
) -> None:
    enrolled.add(1)
    for step in range(4):
        server.answer_next("/ping", TransportError(CONNECT, "refused"))
        outcome = enrolled.sync.run(SyncTrigger.MANUAL)
        assert outcome.state is ConnectionState.OFFLINE
        due = enrolled.sync.next_attempt_at()
        assert due is not None
        assert clock() <= due <= clock() + timedelta(seconds=ceiling_s(step, enrolled.sync.config))
    pings = len([r for r in server.requests if r.path == "/ping"])
    timer = enrolled.sync.run(SyncTrigger.TIMER)  # held back: no request at all
    assert timer.skipped
    assert len([r for r in server.requests if r.path == "/ping"]) == pings
    assert enrolled.sync.status().next_attempt_at == enrolled.sync.next_attempt_at()


def test_manual_runs_ignore_the_backoff_and_network_back_resets_it(
    enrolled: Desk, server: FakeServer, clock: Clock
) -> None:
    enrolled.add(1)
    server.answer_next("/ping", TransportError(CONNECT, "refused"), TransportError(CONNECT, "refused"))
    enrolled.sync.run(SyncTrigger.MANUAL)
    enrolled.sync.run(SyncTrigger.MANUAL)
    assert enrolled.sql("SELECT backoff_step FROM sync_state") == [(2,)]
    outcome = enrolled.sync.run(SyncTrigger.NETWORK_BACK)
    assert outcome.complete and not outcome.skipped
    assert enrolled.sql("SELECT backoff_step, next_attempt_at FROM sync_state") == [(0, None)]


def test_an_automatic_trigger_runs_once_the_time_has_come(
    enrolled: Desk, server: FakeServer, clock: Clock
) -> None:
    enrolled.add(1)
    server.answer_next("/ping", protocol_error(503, "unavailable", headers={"Retry-After": "600"}))
    enrolled.sync.run(SyncTrigger.STARTUP)
    due = enrolled.sync.next_attempt_at()
    assert due is not None and due >= clock() + timedelta(seconds=600)  # Retry-After honoured
    assert enrolled.sync.run(SyncTrigger.TIMER).skipped
    clock.now = due + timedelta(seconds=1)
    assert enrolled.sync.run(SyncTrigger.TIMER).complete
