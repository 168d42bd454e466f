"""Sealed batches (SYNC.md rule 9, §4.3–4.5) against the fake server: byte-for-byte re-send after a
crash, adaptive size, lookups after unknown outcomes, 413 splits, authentication stops."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from sangkien_desktop.domain.sync import ConnectionState, SyncTrigger
from sangkien_desktop.sync.batching import BatchSize
from sangkien_desktop.sync.config import SyncConfig
from sangkien_desktop.sync.transport import TIMEOUT, TransportError
from tests.sync_client.conftest import FAST, Clock, Desk, open_desk
from tests.sync_client.fakes import FakeServer, Request, login_page, protocol_error, protocol_json


class Crash(BaseException):
    """The process dies right after the request left (nothing after it runs, as with a kill)."""


def _crash_after_send(server: FakeServer) -> None:
    def die(request: Request) -> object:
        server.apply_batch(request.json())  # the server applied it; the answer never arrives
        raise Crash

    server.answer_next("/sync/batches", die)  # type: ignore[arg-type]


def run(desk: Desk, trigger: SyncTrigger = SyncTrigger.MANUAL):  # type: ignore[no-untyped-def]
    return desk.sync.run(trigger)


def test_a_batch_is_sealed_before_sending_and_resent_byte_for_byte_after_a_crash(
    enrolled: Desk, server: FakeServer, clock: Clock, tmp_path: Path
) -> None:
    enrolled.add(5)
    _crash_after_send(server)
    with pytest.raises(Crash):
        run(enrolled)
    first = server.posts()[0]
    sealed = enrolled.sql("SELECT batch_id, state, body_gzip FROM sync_batch")
    assert len(sealed) == 1 and sealed[0][1] == "SEALED" and sealed[0][2] == first.body
    total = enrolled.op_count()
    assert enrolled.states() == {"IN_FLIGHT": total}
    enrolled.services.close()

    restarted = open_desk(enrolled.data_dir, clock, server)  # a new process on the same store
    try:
        outcome = run(restarted)
        again = server.posts()[1]
        assert again.body == first.body
        assert again.headers["Idempotency-Key"] == first.headers["Idempotency-Key"] == sealed[0][0]
        assert outcome.complete
        assert restarted.states() == {"ACKED": total}
        assert len(server.stored) == total  # applied once, the re-send got the replayed answer
    finally:
        restarted.services.close()


def test_the_body_is_the_protocol_document_with_its_hash(enrolled: Desk, server: FakeServer) -> None:
    enrolled.add(2)
    assert run(enrolled).complete
    doc = json.loads(gzip.decompress(server.posts()[0].body))
    from sangkien_desktop.protocol import ops_body_sha256

    assert doc["body_sha256"] == ops_body_sha256(doc["ops"])
    assert [op["seq"] for op in doc["ops"]] == list(range(1, doc["op_count"] + 1))
    assert (doc["first_seq"], doc["last_seq"], doc["device_epoch"]) == (1, doc["op_count"], 1)
    assert server.posts()[0].headers["Content-Encoding"] == "gzip"


def test_batches_hold_at_most_the_configured_ops_lowest_seq_first(
    tmp_path: Path, clock: Clock, server: FakeServer
) -> None:
    desk = open_desk(tmp_path / "small", clock, server, SyncConfig(batch_max_ops=4))
    try:
        desk.sync.enroll("http://127.0.0.1:1", "MA")
        desk.add(5)
        assert run(desk).complete
        bodies = [json.loads(gzip.decompress(r.body or b"")) for r in server.posts()]
        total = desk.op_count()
        assert [b["op_count"] for b in bodies] == [4] * (total // 4) + ([total % 4] if total % 4 else [])
        assert [op["seq"] for b in bodies for op in b["ops"]] == list(range(1, total + 1))
    finally:
        desk.services.close()


def test_adaptive_size_halves_on_trouble_and_grows_after_three_clean_batches() -> None:
    config = SyncConfig(batch_max_ops=200, batch_max_gzip_bytes=1 << 20)
    size = BatchSize.initial(config)
    size.shrink()
    size.shrink()
    assert (size.max_ops, size.max_bytes) == (50, 1 << 18)
    size.succeeded(config)
    size.succeeded(config)
    assert size.max_ops == 50
    size.succeeded(config)
    assert size.max_ops == 62  # a quarter more after the third clean success
    for _ in range(30):
        size.succeeded(config)
    assert (size.max_ops, size.max_bytes) == (200, 1 << 20)  # never beyond the configured maximum
    for _ in range(20):
        size.shrink()
    assert size.max_ops == 1


def test_a_413_abandons_the_batch_and_splits_it(enrolled: Desk, server: FakeServer) -> None:
    enrolled.add(3)
    server.answer_next("/sync/batches", protocol_error(413, "payload_too_large"))
    outcome = run(enrolled)
    assert outcome.complete
    total = enrolled.op_count()
    batches = enrolled.sql("SELECT state, op_count FROM sync_batch ORDER BY created_at, first_seq")
    assert batches[0] == ("ABANDONED", total)
    assert all(state == "DONE" and count <= 100 for state, count in batches[1:])
    assert sum(count for _, count in batches[1:]) == total
    assert enrolled.sql("SELECT batch_max_ops FROM sync_state")[0][0] < 200
    assert len(server.stored) == total


def test_a_timeout_halves_the_size_kept_for_the_next_run(enrolled: Desk, server: FakeServer) -> None:
    enrolled.add(1)
    server.answer_next("/sync/batches", TransportError(TIMEOUT, "read timed out"))
    assert run(enrolled).state is ConnectionState.OFFLINE
    assert enrolled.sql("SELECT batch_max_ops FROM sync_state") == [(100,)]
    assert "ACKED" not in enrolled.states()


def test_three_unknown_outcomes_lead_to_a_lookup_that_finds_the_applied_batch(
    enrolled: Desk, server: FakeServer
) -> None:
    enrolled.add(1)

    def applied_but_lost(request: Request) -> object:
        server.apply_batch(request.json())
        raise TransportError(TIMEOUT, "answer lost")

    server.answer_next("/sync/batches", applied_but_lost, applied_but_lost, applied_but_lost)  # type: ignore[arg-type]
    for _ in range(2):
        assert run(enrolled).state is ConnectionState.OFFLINE
    outcome = run(enrolled)  # third unknown: GET /sync/batches/{id} returns the stored answer
    assert outcome.state is ConnectionState.OK and outcome.complete
    assert [r.method for r in server.requests if r.path.startswith("/sync/batches/")] == ["GET"]
    assert enrolled.states() == {"ACKED": enrolled.op_count()}


def test_a_batch_the_server_never_saw_is_abandoned_after_three_unknowns(
    enrolled: Desk, server: FakeServer
) -> None:
    enrolled.add(1)
    server.answer_next("/sync/batches", *(login_page(200) for _ in range(3)))
    for _ in range(3):
        assert run(enrolled).state in (ConnectionState.NETWORK_LOGIN, ConnectionState.OK)
    states = dict(enrolled.sql("SELECT state, count(*) FROM sync_batch GROUP BY state"))
    assert states.get("ABANDONED") == 1
    assert run(enrolled).complete
    assert enrolled.states() == {"ACKED": enrolled.op_count()}


@pytest.mark.parametrize(
    "answer", [protocol_error(401, "unauthorized"), protocol_error(403, "device_revoked")]
)
def test_authentication_errors_stop_keep_everything_and_ask_for_enrolment(
    enrolled: Desk, server: FakeServer, answer: object
) -> None:
    enrolled.add(2)
    server.answer_next("/sync/batches", answer)  # type: ignore[arg-type]
    outcome = run(enrolled)
    assert outcome.state is ConnectionState.NEEDS_ENROLMENT and not outcome.complete
    assert "đăng ký lại" in outcome.message
    assert len(server.posts()) == 1  # one attempt for this trigger, no loop
    assert "ACKED" not in enrolled.states()
    assert enrolled.sql("SELECT count(*) FROM initiative") == [(2,)]
    assert enrolled.sync.status().state is ConnectionState.NEEDS_ENROLMENT
    enrolled.sync.enroll("http://127.0.0.1:1", "MA-MOI")  # re-enrolment keeps the device and its data
    assert run(enrolled).complete


def test_a_captive_portal_is_named_as_such(enrolled: Desk, server: FakeServer) -> None:
    enrolled.add(1)
    server.answer_next("/ping", login_page(302))
    outcome = run(enrolled)
    assert outcome.state is ConnectionState.NETWORK_LOGIN
    assert "Mạng cần đăng nhập" in outcome.message
    assert server.posts() == []


def test_in_progress_is_retried_shortly_without_backing_off(enrolled: Desk, server: FakeServer) -> None:
    enrolled.add(1)
    server.answer_next("/sync/batches", protocol_error(409, "in_progress", headers={"Retry-After": "5"}))
    assert run(enrolled).complete
    assert len(server.posts()) == 2


def test_a_key_reuse_is_a_bug_reported_with_everything_kept(enrolled: Desk, server: FakeServer) -> None:
    enrolled.add(1)
    server.answer_next("/sync/batches", protocol_error(409, "idempotency_key_reuse"))
    outcome = run(enrolled)
    assert outcome.state is ConnectionState.FAILED
    assert enrolled.sql("SELECT count(*) FROM sync_batch WHERE state = 'SEALED'") == [(1,)]


def test_a_newer_client_is_required(enrolled: Desk, server: FakeServer) -> None:
    enrolled.add(1)
    server.answer_next("/sync/batches", protocol_error(426, "client_too_old", "Hãy cập nhật lên 0.9.0."))
    outcome = run(enrolled)
    assert outcome.state is ConnectionState.CLIENT_TOO_OLD
    assert outcome.message == "Hãy cập nhật lên 0.9.0."


def test_config_defaults_follow_sync_md() -> None:
    config = SyncConfig()
    assert config.timeout == (10, 60)
    assert (config.batch_max_ops, config.batch_max_gzip_bytes) == (200, 1 << 20)
    assert (config.backoff_base_s, config.backoff_cap_s, config.clock_skew_warn_s) == (30, 1800, 300)
    assert FAST.batch_max_ops == 200


def test_an_accepted_batch_is_polled_by_its_job_never_uploaded_again(
    enrolled: Desk, server: FakeServer
) -> None:
    enrolled.add(1)

    def queued(request: Request) -> object:
        answer = server.apply_batch(request.json())  # the server will apply it: here at once, answered later
        server.answer_next("/sync/jobs/job-7", lambda _: answer)
        return protocol_json({"protocol": 1, "job_id": "job-7"}, 202)

    server.answer_next("/sync/batches", queued)  # type: ignore[arg-type]
    assert run(enrolled).complete
    assert len(server.posts()) == 1
    assert [r.path for r in server.requests if r.path.startswith("/sync/jobs/")] == ["/sync/jobs/job-7"]
    assert enrolled.sql("SELECT state, job_id FROM sync_batch") == [("DONE", "job-7")]


def test_another_server_answering_stops_everything(enrolled: Desk, server: FakeServer) -> None:
    enrolled.add(1)
    server.answer_next(
        "/ping",
        protocol_json(
            {"protocol": 1, "server_id": "srv-reinstalled", "server_time": "2026-01-01T00:00:00Z"}, key=None
        ),
    )
    outcome = run(enrolled)
    assert outcome.state is ConnectionState.SERVER_CHANGED
    assert "srv-reinstalled" in outcome.message
    assert server.posts() == []
