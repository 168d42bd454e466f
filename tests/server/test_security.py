"""Authentication, unit isolation, bad input and the test-hook switch."""

from __future__ import annotations

import gzip
import logging
import socket
import time
from pathlib import Path

import pytest
import requests

from sangkien_desktop import protocol
from tests.server.client import TIMEOUT, Device, enroll, error_of, statuses
from tests.support.live_server import LiveServer, start_live_server


def assert_untouched(device: Device, batch_id: str) -> None:
    state = device.get_ok("/api/v1/sync/state")
    assert state["device_op_count"] == 0
    assert state["acked_through_seq"] == 0
    assert error_of(device.get(f"/api/v1/sync/batches/{batch_id}")) == "unknown_batch"


def test_missing_unknown_and_revoked_tokens(live_server: LiveServer) -> None:
    device = enroll(live_server)
    body = device.batch([device.op()])
    anonymous = device.send(body, token=False)
    assert anonymous.status_code == 401 and error_of(anonymous) == "unauthorized"
    forged = device.send(body, headers={"Authorization": "Bearer not-a-token"})
    assert forged.status_code == 401 and error_of(forged) == "unauthorized"
    live_server.revoke(device.device_id)
    revoked = device.send(body)
    assert revoked.status_code == 403 and error_of(revoked) == "device_revoked"
    assert device.get("/api/v1/sync/state").status_code == 403


def test_re_enrolment_keeps_the_device_and_replaces_the_token(live_server: LiveServer) -> None:
    device = enroll(live_server)
    device.send_ok([device.op()])
    live_server.revoke(device.device_id)
    again = enroll(live_server, device_id=device.device_id)
    assert again.device_id == device.device_id
    assert again.token != device.token and again.hmac_key != device.hmac_key
    assert again.get_ok("/api/v1/sync/state")["device_op_count"] == 1
    assert device.get("/api/v1/sync/state").status_code == 401


def test_one_unit_never_reads_or_writes_another_units_data(live_server: LiveServer) -> None:
    owner = enroll(live_server, "CDCS-01")
    intruder = enroll(live_server, "CDCS-02", "Công đoàn cơ sở Công ty Dệt")
    mine = owner.op(payload={"title": "Của đơn vị 1"})
    owner_batch = owner.batch([mine])
    owner.send_ok(owner_batch["ops"], batch_id=owner_batch["batch_id"])
    # Writing as the other unit, or overwriting its record, is refused.
    claim = {**intruder.batch([intruder.op()]), "unit_id": owner.unit_id}
    claim["batch_id"] = protocol.new_id()
    answer = intruder.send(claim)
    assert answer.status_code == 403 and error_of(answer) == "unit_mismatch"
    overwrite = intruder.op(entity_id=mine["entity_id"], payload={"title": "Ghi đè"}, base_version=1,
                            version=2)
    steal = intruder.op(payload=mine["payload"], op_id=mine["op_id"])
    response = intruder.send_ok([overwrite, steal])
    assert [(r["status"], r["code"]) for r in response["results"]] == [
        ("rejected", "unit_mismatch"), ("rejected", "unit_mismatch")]
    # Reading: its batches, its ops and its op ids are invisible.
    reuse = intruder.send(intruder.batch([intruder.op()], batch_id=owner_batch["batch_id"]))
    assert reuse.status_code == 409
    assert error_of(intruder.get(f"/api/v1/sync/batches/{owner_batch['batch_id']}")) == "unknown_batch"
    assert intruder.get_ok("/api/v1/sync/ops", epoch=1)["ops"] == []
    body = {"ops": [{"op_id": mine["op_id"], "payload_sha256": mine["payload_sha256"]}]}
    diff = intruder.verified(intruder.post_raw("/api/v1/sync/diff", protocol.canonical_json(body).encode()))
    assert diff["missing"] == [mine["op_id"]]
    from sangkien_server import admin
    admin.set_review_state(live_server.db_url, "CDCS-01", mine["entity_id"], "RECEIVED")
    assert intruder.get_ok("/api/v1/sync/changes")["changes"] == []
    assert len(owner.get_ok("/api/v1/sync/changes")["changes"]) == 1
    assert owner.get_ok("/api/v1/sync/state")["device_op_count"] == 1


@pytest.mark.parametrize(("data", "gzipped", "expected"), [
    (b"\x1f\x8b\x08\x00garbage", False, "bad_request"),
    (b"not json at all", True, "bad_request"),
    (b"[1, 2, 3]", True, "bad_request"),
    (b'{"protocol": 1, "ops": []}', True, "bad_request"),
    (b'{"protocol": 2, "ops": []}', True, "protocol_version"),
])
def test_malformed_requests_change_nothing(live_server: LiveServer, data: bytes, gzipped: bool,
                                           expected: str) -> None:
    device = enroll(live_server)
    headers = {"Content-Encoding": "gzip"} if not gzipped else {}
    answer = device.post_raw("/api/v1/sync/batches", data, gzip=gzipped, headers=headers)
    assert answer.status_code == 400
    assert error_of(answer) == expected
    assert answer.json()["message"]
    assert_untouched(device, protocol.new_id())


def test_inconsistent_batches_are_refused_whole(live_server: LiveServer) -> None:
    device = enroll(live_server)
    good = device.batch([device.op(), device.op()])
    variants = [
        {**good, "body_sha256": "0" * 64},
        {**good, "op_count": 3},
        {**good, "ops": list(reversed(good["ops"]))},
        {**good, "ops": [{**good["ops"][0], "seq": "one"}]},
    ]
    for body in variants:
        answer = device.send(body)
        assert answer.status_code == 400, body
        assert error_of(answer) == "bad_request"
    wrong_key = device.send(good, headers={protocol.HEADER_IDEMPOTENCY: protocol.new_id()})
    assert wrong_key.status_code == 400
    assert_untouched(device, good["batch_id"])
    assert device.send(good).status_code == 200


def test_oversized_bodies_are_refused(tmp_path: Path, server_backend: str) -> None:
    server = start_live_server(tmp_path, server_backend, max_body_bytes=64 * 1024)
    try:
        device = enroll(server)
        big = device.batch([device.op(payload={"title": "x" * 70_000})])
        raw = protocol.canonical_json(big).encode()
        plain = device.post_raw("/api/v1/sync/batches", raw, gzip=False)
        assert plain.status_code == 413 and error_of(plain) == "payload_too_large"
        bomb = gzip.compress(b" " * (10 * 1024 * 1024))  # 10 KiB on the wire, 10 MiB inflated
        inflated = device.post_raw("/api/v1/sync/batches", bomb, gzip=False,
                                   headers={"Content-Encoding": "gzip"})
        assert inflated.status_code == 413 and error_of(inflated) == "payload_too_large"
        assert_untouched(device, big["batch_id"])
    finally:
        server.close()


def test_old_desktop_versions_are_told_to_update(live_server: LiveServer) -> None:
    device = enroll(live_server)
    future = device.send(device.batch([device.op()]), headers={protocol.HEADER_PROTOCOL: "2"})
    assert future.status_code == 400 and error_of(future) == "protocol_version"
    answer = device.send(device.batch([device.op()]), headers={"User-Agent": "sangkien-desktop/0.0.9"})
    assert answer.status_code == 426
    assert error_of(answer) == "client_too_old"
    current = device.send(device.batch([device.op()]), headers={"User-Agent": "sangkien-desktop/0.1.0"})
    assert current.status_code == 200


def test_fault_hooks_answer_then_clear(live_server: LiveServer) -> None:
    device = enroll(live_server)
    live_server.fault(kind="status", status=503, path_prefix="/api/v1/ping", times=1, retry_after=2,
                      html=True)
    hit = requests.get(f"{live_server.url}/api/v1/ping", timeout=TIMEOUT)
    assert hit.status_code == 503 and hit.headers["content-type"].startswith("text/html")
    assert hit.headers["Retry-After"] == "2"
    assert requests.get(f"{live_server.url}/api/v1/ping", timeout=TIMEOUT).status_code == 200
    live_server.fault(kind="delay", seconds=0.3, path_prefix="/api/v1/sync/batches")
    body = device.batch([device.op()])
    with pytest.raises(requests.ReadTimeout):
        requests.post(device.url("/api/v1/sync/batches"), data=protocol.gzip_bytes(protocol.canonical_json(
            body).encode()), headers={**device.headers, "Content-Encoding": "gzip",
                                      protocol.HEADER_IDEMPOTENCY: body["batch_id"]}, timeout=(5, 0.1))
    # The response was lost after commit: the retry gets the stored answer.
    assert statuses(device.verified(device.send(body))) == ["applied"]
    live_server.fault(kind="status", status=429, times=5)
    live_server.clear_faults()
    assert device.get("/api/v1/sync/state").status_code == 200


def test_hooks_route_is_absent_without_the_flag(tmp_path: Path, server_backend: str) -> None:
    server = start_live_server(tmp_path, server_backend, test_hooks=False)
    try:
        answer = requests.post(f"{server.url}/_test/faults", json={"kind": "status"}, timeout=TIMEOUT)
        assert answer.status_code == 404
        assert error_of(answer) == "not_found"
    finally:
        server.close()


def test_a_body_cut_midway_changes_nothing(live_server: LiveServer, caplog: pytest.LogCaptureFixture) -> None:
    device = enroll(live_server)
    body = device.batch([device.op() for _ in range(20)])
    data = protocol.gzip_bytes(protocol.canonical_json(body).encode())
    head = (f"POST /api/v1/sync/batches HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            f"Authorization: Bearer {device.token}\r\n"
            f"Content-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: {len(data)}\r\n"
            f"{protocol.HEADER_IDEMPOTENCY}: {body['batch_id']}\r\n\r\n")
    host, port = live_server.url.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=TIMEOUT) as sock:
        sock.sendall(head.encode() + data[: len(data) // 2])
    time.sleep(0.3)
    assert_untouched(device, body["batch_id"])
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
