"""State, diff, changes (cursor), epochs and ops pull-back (SYNC.md §3.3, §4.6, §5)."""

from __future__ import annotations

import requests

from sangkien_desktop import protocol
from sangkien_server import admin
from tests.server.client import TIMEOUT, enroll, error_of, statuses
from tests.support.live_server import LiveServer


def test_state_reports_gaps_count_and_digest(live_server: LiveServer) -> None:
    device = enroll(live_server)
    ops = [device.op() for _ in range(5)]
    device.send_ok([ops[0], ops[1], ops[4]])  # seqs 3 and 4 not sent yet
    state = device.get_ok("/api/v1/sync/state", epoch=1)
    assert state["acked_through_seq"] == 2
    assert state["missing_seqs"] == [3, 4]
    assert state["device_op_count"] == 3
    stored = [ops[0], ops[1], ops[4]]
    assert state["device_digest"] == protocol.device_digest((o["op_id"], o["payload_sha256"]) for o in stored)
    response = device.send_ok([ops[2], ops[3]])
    assert response["acked_through_seq"] == 5
    assert response["missing_seqs"] == []
    assert device.get_ok("/api/v1/sync/state")["device_digest"] == response["device_digest"]


def test_diff_names_missing_and_mismatched_ops(live_server: LiveServer) -> None:
    device = enroll(live_server)
    held, other = device.op(), device.op()
    device.send_ok([held])
    body = {"ops": [{"op_id": held["op_id"], "payload_sha256": held["payload_sha256"]},
                    {"op_id": other["op_id"], "payload_sha256": other["payload_sha256"]},
                    {"op_id": held["op_id"], "payload_sha256": "0" * 64}]}
    answer = device.post_raw("/api/v1/sync/diff", protocol.canonical_json(body).encode())
    result = device.verified(answer)
    assert result["missing"] == [other["op_id"]]
    assert result["mismatched"] == [held["op_id"]]


def test_changes_page_by_cursor_with_review_states(live_server: LiveServer) -> None:
    device = enroll(live_server)
    op = device.op(payload={"title": "Sáng kiến được duyệt"})
    device.send_ok([op])
    for i in range(3):
        admin.publish_reference(live_server.db_url, "employer", protocol.new_id(), {"name": f"Công ty {i}"})
    admin.set_review_state(live_server.db_url, "CDCS-01", op["entity_id"], "APPROVED", "Đạt yêu cầu")
    first = device.get_ok("/api/v1/sync/changes", since=0, limit=2)
    assert [c["kind"] for c in first["changes"]] == ["employer", "employer"]
    assert first["has_more"] is True
    second = device.get_ok("/api/v1/sync/changes", since=first["next_since"], limit=10)
    assert [c["kind"] for c in second["changes"]] == ["employer", "review_state"]
    review = second["changes"][1]
    assert review["id"] == op["entity_id"]
    assert review["payload"]["state"] == "APPROVED"
    assert review["payload"]["message"] == "Đạt yêu cầu"
    assert second["has_more"] is False
    empty = device.get_ok("/api/v1/sync/changes", since=second["next_since"])
    assert empty["changes"] == [] and empty["next_since"] == second["next_since"]
    expired = device.get("/api/v1/sync/changes", since=second["next_since"] + 1000)
    assert expired.status_code == 412
    assert error_of(expired) == "cursor_expired"


def test_reference_employer_satisfies_a_deferred_dependency(live_server: LiveServer) -> None:
    device = enroll(live_server)
    employer = protocol.new_id()
    request = device.op("recognition_request", {"initiative_id": None, "addressee_id": employer})
    assert statuses(device.send_ok([request])) == ["deferred"]
    admin.publish_reference(live_server.db_url, "employer", employer, {"name": "Công ty May 10"})
    assert statuses(device.send_ok([request])) == ["applied"]


def test_new_epoch_pull_back_and_renumbered_ops(live_server: LiveServer) -> None:
    device = enroll(live_server)
    old = [device.op() for _ in range(3)]
    device.send_ok(old)
    # A restored backup reuses seq 3 for a new op: the server refuses the batch.
    device.next_seq = 3
    fresh = device.op()
    assert error_of(device.send(device.batch([fresh]))) == "seq_reuse"
    started = device.verified(device.post_raw("/api/v1/sync/epochs", b"{}"))
    assert started["device_epoch"] == 2
    page = device.get_ok("/api/v1/sync/ops", epoch=1, after_seq=0, limit=2)
    assert [o["op_id"] for o in page["ops"]] == [old[0]["op_id"], old[1]["op_id"]]
    assert page["has_more"] is True
    rest = device.get_ok("/api/v1/sync/ops", epoch=1, after_seq=page["next_after_seq"])
    assert [o["op_id"] for o in rest["ops"]] == [old[2]["op_id"]]
    assert rest["ops"][0]["payload"] == old[2]["payload"]
    device.epoch, device.next_seq = 2, 1
    renumbered = {**fresh, "seq": device.next_seq}
    device.next_seq += 1
    response = device.send_ok([renumbered])
    assert statuses(response) == ["applied"]
    assert response["device_epoch"] == 2 and response["acked_through_seq"] == 1
    assert response["device_op_count"] == 4
    assert device.get_ok("/api/v1/sync/state", epoch=1)["acked_through_seq"] == 3


def test_jobs_are_never_issued(live_server: LiveServer) -> None:
    device = enroll(live_server)
    answer = device.get("/api/v1/sync/jobs/whatever")
    assert answer.status_code == 404
    assert error_of(answer) == "not_found"


def test_unknown_batch_replay_is_404(live_server: LiveServer) -> None:
    device = enroll(live_server)
    answer = device.get(f"/api/v1/sync/batches/{protocol.new_id()}")
    assert answer.status_code == 404
    assert error_of(answer) == "unknown_batch"


def test_openapi_is_published(live_server: LiveServer) -> None:
    schema = requests.get(f"{live_server.url}/openapi.json", timeout=TIMEOUT).json()
    assert "/api/v1/sync/batches" in schema["paths"]
    assert "/_test/faults" not in schema["paths"]
