"""Batch upload: per-op results, replay, idempotency and sequence checks (SYNC.md §3.4–3.5, rules 12–16)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import requests

from sangkien_desktop import protocol
from tests.server.client import Device, enroll, error_of, statuses
from tests.support.live_server import LiveServer, start_live_server


def test_new_ops_are_applied_with_figures(live_server: LiveServer) -> None:
    device = enroll(live_server)
    ops = [device.op(payload={"title": f"Sáng kiến {i}"}) for i in range(3)]
    response = device.send_ok(ops)
    assert statuses(response) == ["applied"] * 3
    assert [r["payload_sha256"] for r in response["results"]] == [op["payload_sha256"] for op in ops]
    assert all(r["server_version"] == 1 for r in response["results"])
    assert response["acked_through_seq"] == 3
    assert response["missing_seqs"] == []
    assert response["device_op_count"] == 3
    expected = protocol.device_digest((op["op_id"], op["payload_sha256"]) for op in ops)
    assert response["device_digest"] == expected
    assert response["server_id"] == device.server_id
    assert response["received_at"].endswith("Z")


def test_identical_retry_gets_the_identical_body(live_server: LiveServer) -> None:
    device = enroll(live_server)
    body = device.batch([device.op(), device.op()])
    first = device.send(body)
    second = device.send(body)
    assert first.status_code == second.status_code == 200
    assert first.content == second.content
    device.verified(second)
    replay = device.get(f"/api/v1/sync/batches/{body['batch_id']}")
    assert replay.content == first.content
    device.verified(replay)


def test_same_ops_in_a_new_batch_are_duplicates(live_server: LiveServer) -> None:
    device = enroll(live_server)
    ops = [device.op(), device.op()]
    first = device.send_ok(ops)
    again = device.send_ok(ops)
    assert statuses(again) == ["duplicate", "duplicate"]
    assert again["results"][0]["first_batch_id"] == first["batch_id"]
    assert again["results"][0]["received_at"] == first["received_at"]
    assert again["results"][0]["server_version"] == first["results"][0]["server_version"]
    assert again["device_op_count"] == 2


def test_same_op_id_other_payload_is_a_mismatch(live_server: LiveServer) -> None:
    device = enroll(live_server)
    op = device.op(payload={"title": "Bản gốc"})
    device.send_ok([op])
    changed = device.op(payload={"title": "Bản đã sửa"}, op_id=op["op_id"], seq=op["seq"])
    response = device.send_ok([changed])
    assert statuses(response) == ["mismatch"]
    assert response["results"][0]["code"] == "different_payload"
    state = device.get_ok("/api/v1/sync/state")
    assert state["device_digest"] == protocol.device_digest([(op["op_id"], op["payload_sha256"])])


def test_stale_base_version_is_flagged_and_history_kept(live_server: LiveServer) -> None:
    device = enroll(live_server)
    record = protocol.new_id()
    v1 = device.op(entity_id=record, payload={"title": "Phiên bản 1"}, version=1)
    v2 = device.op(entity_id=record, payload={"title": "Phiên bản 2"}, base_version=1, version=2)
    rival = device.op(entity_id=record, payload={"title": "Sửa từ bản cũ"}, base_version=1, version=3)
    response = device.send_ok([v1, v2, rival])
    assert statuses(response) == ["applied", "applied", "conflict_flagged"]
    assert response["results"][2]["server_version"] == 3
    assert response["device_op_count"] == 3


def test_rejected_and_deferred_ops_do_not_stop_the_others(live_server: LiveServer) -> None:
    device = enroll(live_server)
    bad_title = device.op(payload={"title": "  "})
    bad_share = device.op("authorship", {"share_pct": "140.00"})
    unknown = device.op("spaceship", {"name": "x"})
    wrong_hash = {**device.op(), "payload_sha256": "0" * 64}
    missing_parent = device.op("authorship", {"initiative_id": protocol.new_id(), "share_pct": "50.00"})
    missing_blob = device.op(payload={"title": "Có tệp"}, blob_refs=["ab" * 32])
    good = device.op()
    response = device.send_ok([bad_title, bad_share, unknown, wrong_hash, missing_parent, missing_blob, good])
    results = response["results"]
    assert [(r["status"], r.get("code")) for r in results] == [
        ("rejected", "validation"), ("rejected", "validation"), ("rejected", "unknown_entity_type"),
        ("rejected", "payload_hash"), ("deferred", "missing_dependency"), ("deferred", "missing_blob"),
        ("applied", None),
    ]
    assert all(r["message"] for r in results[:6])
    # Deferred seqs (5, 6) leave a gap; rejected ones are decided and count as acknowledged.
    assert response["acked_through_seq"] == 4
    assert response["missing_seqs"] == [5, 6]
    assert response["device_op_count"] == 1


def test_deferred_dependency_applies_once_the_parent_arrives(live_server: LiveServer) -> None:
    device = enroll(live_server)
    parent = device.op(payload={"title": "Sáng kiến cha"})
    child = device.op("authorship", {"initiative_id": parent["entity_id"], "share_pct": "100.00"})
    assert statuses(device.send_ok([child])) == ["deferred"]
    response = device.send_ok([parent, child])
    assert statuses(response) == ["applied", "applied"]
    assert response["acked_through_seq"] == 2


def test_upsert_of_a_record_deleted_on_the_server_is_gone(live_server: LiveServer) -> None:
    device = enroll(live_server)
    record = protocol.new_id()
    create = device.op(entity_id=record, payload={"title": "Sẽ bị xoá"})
    delete = device.op(entity_id=record, op_type="delete", payload={"title": "Sẽ bị xoá", "deleted_at": "x"},
                       base_version=1, version=2)
    late_edit = device.op(entity_id=record, payload={"title": "Sửa muộn"}, base_version=1, version=3)
    response = device.send_ok([create, delete, late_edit])
    assert statuses(response) == ["applied", "applied", "gone"]
    assert response["results"][2]["code"] == "deleted"
    assert response["acked_through_seq"] == 3


def test_batch_id_reused_with_other_content_is_refused(live_server: LiveServer) -> None:
    device = enroll(live_server)
    body = device.batch([device.op()])
    assert device.send(body).status_code == 200
    other = device.batch([device.op()], batch_id=body["batch_id"])
    answer = device.send(other)
    assert answer.status_code == 409
    assert error_of(answer) == "idempotency_key_reuse"
    assert device.get_ok("/api/v1/sync/state")["device_op_count"] == 1


def test_seq_reuse_refuses_the_whole_batch(live_server: LiveServer) -> None:
    device = enroll(live_server)
    device.send_ok([device.op(), device.op()])
    restored = [device.op(seq=3), device.op(seq=2)]  # seq 2 already names another op
    answer = device.send(device.batch(restored))
    assert answer.status_code == 409
    assert error_of(answer) == "seq_reuse"
    state = device.get_ok("/api/v1/sync/state")
    assert state["device_op_count"] == 2
    assert state["acked_through_seq"] == 2


def test_concurrent_duplicate_batches_apply_once(live_server: LiveServer) -> None:
    device = enroll(live_server)
    body = device.batch([device.op() for _ in range(50)])
    codes: list[int] = []
    bodies: list[bytes] = []

    def send() -> None:
        answer = device.send(body)
        codes.append(answer.status_code)
        bodies.append(answer.content)

    threads = [threading.Thread(target=send) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert set(codes) <= {200, 409}, codes
    assert 200 in codes
    assert len({content for code, content in zip(codes, bodies, strict=True) if code == 200}) == 1
    state = device.get_ok("/api/v1/sync/state")
    assert state["device_op_count"] == 50
    assert state["acked_through_seq"] == 50


def test_two_devices_racing_the_same_ops_store_them_once(live_server: LiveServer) -> None:
    first, second = enroll(live_server), enroll(live_server)  # two PCs of one unit
    ops = [first.op() for _ in range(30)]
    codes: list[int] = []

    def send(device: Device) -> None:
        codes.append(device.send(device.batch(ops)).status_code)

    threads = [threading.Thread(target=send, args=(device,)) for device in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert set(codes) <= {200, 409}, codes  # 409 in_progress when the unique op_id lost the race
    counts = [d.get_ok("/api/v1/sync/state")["device_op_count"] for d in (first, second)]
    assert sorted(counts) == [0, 30]


def test_replay_window_and_restart_on_the_same_port(tmp_path: Path, server_backend: str) -> None:
    server = start_live_server(tmp_path, server_backend, replay_retention_days=0)
    try:
        device = enroll(server)
        body = device.batch([device.op()])
        first = device.send(body)
        late = device.send(body)  # past the (zero-day) window: applied again, as duplicates
        assert statuses(device.verified(late)) == ["duplicate"]
        assert late.content != first.content
        url = server.url
        server.stop()
        with pytest.raises(requests.ConnectionError):
            requests.get(f"{url}/api/v1/ping", timeout=5)
        server.start()
        assert server.url == url
        assert error_of(device.get(f"/api/v1/sync/batches/{body['batch_id']}")) == "unknown_batch"
        assert device.get_ok("/api/v1/sync/state")["device_op_count"] == 1
    finally:
        server.close()
