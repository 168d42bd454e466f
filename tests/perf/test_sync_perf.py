"""Sync benchmarks (issue 6, Performance): ``make bench`` prints the figures and keeps them in
``.bench/results.json``.

- 10,000 demo initiatives (authors, recognitions, rewards) uploaded over loopback: bytes sent against
  the gzip size of the ops' canonical JSON (goal ≤ 1.3), wall time against one POST of all the ops in
  one gzip body to a server of the same kind (goal ≤ 2), and against a naive client sending one
  request per record (goal ≥ 20x faster; the naive rate is measured on a sample and scaled).
- 1,000 initiatives over the fault proxy shaped as a slow link (300 ms each way, 256 kbit/s): the
  upload completes within 1.5x of bytes / bandwidth plus the round trips of its requests.

``SANGKIEN_BENCH_SYNC_INITIATIVES`` and ``SANGKIEN_BENCH_SLOW_LINK_INITIATIVES`` shrink the runs.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests

from sangkien_desktop import protocol
from sangkien_desktop.services.demo import generate_demo
from sangkien_desktop.sync.batching import Identity, build_body, wire_op
from sangkien_desktop.sync.config import SyncConfig
from tests.perf.conftest import record
from tests.support.proxy_process import ProxyProcess
from tests.support.server_process import ServerProcess, start_server_process
from tests.sync.harness import Office
from tests.sync.invariants import assert_sync_invariants, device_credentials, sync_state

COUNT = int(os.environ.get("SANGKIEN_BENCH_SYNC_INITIATIVES", "10000"))
SLOW_LINK_COUNT = int(os.environ.get("SANGKIEN_BENCH_SLOW_LINK_INITIATIVES", "1000"))
NAIVE_SAMPLE = 1000  # ops sent one by one; the whole naive upload is this rate times every op
SLOW_DELAY_S = 0.3
SLOW_BANDWIDTH_BPS = 256_000
REAL = SyncConfig()  # the shipped settings (SYNC.md §7)


@dataclass(frozen=True)
class StoredOp:
    """An outbox row as the batch builder reads it (independent of the client's own queries)."""

    op_id: str
    seq: int
    entity_type: str
    entity_id: str
    op_type: str
    base_version: int | None
    version: int
    payload_json: str
    payload_sha256: str
    blob_refs: tuple[str, ...]
    created_at_local: datetime


def read_ops(data_dir: Path) -> list[StoredOp]:
    with closing(sqlite3.connect(data_dir / "sangkien.db")) as conn:
        rows = conn.execute("SELECT op_id, seq, entity_type, entity_id, op_type, base_version, version, "
                            "payload, payload_sha256, created_at_local FROM outbox ORDER BY seq").fetchall()
    return [StoredOp(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], (),
                     datetime.fromisoformat(row[9])) for row in rows]


def demo_office(root: Path, count: int) -> Path:
    office = Office(root / "office", config=REAL)
    try:
        generate_demo(office.services, count, seed=11)
    finally:
        office.close()
    return office.data_dir


def copy_office(template: Path, target: Path) -> Office:
    shutil.copytree(template, target)
    return Office(target, config=REAL)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_office(tmp_path_factory.mktemp("sync-bench"), COUNT)


@pytest.fixture
def servers(tmp_path: Path) -> Iterator[list[ServerProcess]]:
    started: list[ServerProcess] = []
    yield started
    for server in started:
        server.close()


def new_server(servers: list[ServerProcess], root: Path, max_body_bytes: int = 8 * 1024 * 1024,
               ) -> tuple[ServerProcess, ProxyProcess]:
    """``sangkien-server serve`` and a counting proxy, each in its own process, as the central machine
    and the network are."""
    server = start_server_process(root, "--max-body-bytes", str(max_body_bytes))
    servers.append(server)
    port = urlsplit(server.url).port
    assert port is not None
    proxy = ProxyProcess(port)
    proxy.start()
    return server, proxy


def identity_of(office: Office) -> tuple[Identity, str, str]:
    state = sync_state(office.data_dir)
    token, hmac_key = device_credentials(office.data_dir, state["device_id"])
    return Identity(state["device_id"], state["device_epoch"], state["unit_id"]), token, hmac_key


def post_batch(session: requests.Session, url: str, token: str, hmac_key: str, body_gzip: bytes,
               batch_id: str) -> None:
    answer = session.post(f"{url}{protocol.API_PREFIX}/sync/batches", data=body_gzip, timeout=600,
                          allow_redirects=False,
                          headers={"Authorization": f"Bearer {token}", protocol.HEADER_PROTOCOL: "1",
                                   protocol.HEADER_IDEMPOTENCY: batch_id, "Content-Type": "application/json",
                                   "Content-Encoding": "gzip", "User-Agent": "sangkien-desktop/0.1.0"})
    assert answer.status_code == 200, answer.text[:500]
    assert protocol.signature_valid(hmac_key, answer.content, answer.headers.get(protocol.HEADER_SIGNATURE))
    assert {r["status"] for r in answer.json()["results"]} == {protocol.RESULT_APPLIED}


def timed_sync(office: Office) -> float:
    started = time.perf_counter()
    office.sync_until_complete(max_runs=3)
    return time.perf_counter() - started


def test_batch_upload_against_its_floor_one_post_and_a_naive_client(
        demo_template: Path, tmp_path: Path, servers: list[ServerProcess]) -> None:
    ops = read_ops(demo_template)
    floor_bytes = len(protocol.gzip_bytes(protocol.canonical_json([wire_op(op) for op in ops]).encode()))

    server, proxy = new_server(servers, tmp_path / "batch-server")
    office = copy_office(demo_template, tmp_path / "batch-office")
    try:
        office.enroll(proxy.url, server.enrollment_code())
        proxy.reset_stats()
        client_s = timed_sync(office)
        sent, requests_made = proxy.stats.bytes_from_client, proxy.stats.requests
        assert_sync_invariants(office.data_dir, server)
    finally:
        office.close()
        proxy.stop()

    one_server, one_proxy = new_server(servers, tmp_path / "one-post-server", max_body_bytes=2**31 - 1)
    reference = copy_office(demo_template, tmp_path / "one-post-office")
    try:
        reference.enroll(one_proxy.url, one_server.enrollment_code())
        identity, token, hmac_key = identity_of(reference)
        body = build_body(identity, protocol.new_id(), ops)
        with requests.Session() as session:
            started = time.perf_counter()
            post_batch(session, one_proxy.url, token, hmac_key, body.body_gzip, body.batch_id)
            one_post_s = time.perf_counter() - started
    finally:
        reference.close()
        one_proxy.stop()

    naive_server, naive_proxy = new_server(servers, tmp_path / "naive-server")
    naive = copy_office(demo_template, tmp_path / "naive-office")
    try:
        naive.enroll(naive_proxy.url, naive_server.enrollment_code())
        identity, token, hmac_key = identity_of(naive)
        sample = ops[:NAIVE_SAMPLE]
        with requests.Session() as session:
            started = time.perf_counter()
            for op in sample:
                one = build_body(identity, protocol.new_id(), [op])
                post_batch(session, naive_proxy.url, token, hmac_key, one.body_gzip, one.batch_id)
            naive_s = (time.perf_counter() - started) * len(ops) / len(sample)
    finally:
        naive.close()
        naive_proxy.stop()

    figures = {
        "initiatives": COUNT, "ops": len(ops), "requests": requests_made,
        "bytes_sent": sent, "gzip_floor_bytes": len(body.body_gzip), "canonical_ops_gzip_bytes": floor_bytes,
        "bytes_ratio": round(sent / floor_bytes, 3),
        "client_s": round(client_s, 2), "one_post_s": round(one_post_s, 2),
        "time_ratio": round(client_s / one_post_s, 2),
        "naive_s_estimated": round(naive_s, 1), "naive_sample_ops": len(sample),
        "speedup_vs_naive": round(naive_s / client_s, 1),
        "ops_per_s": round(len(ops) / client_s),
    }
    record("sync_upload_loopback", figures)
    assert figures["bytes_ratio"] <= 1.3, figures
    assert figures["time_ratio"] <= 2.0, figures
    assert figures["speedup_vs_naive"] >= 20, figures


def test_upload_over_a_slow_link(tmp_path: Path, servers: list[ServerProcess]) -> None:
    template = demo_office(tmp_path / "template", SLOW_LINK_COUNT)
    server, proxy = new_server(servers, tmp_path / "slow-server")
    office = copy_office(template, tmp_path / "slow-office")
    try:
        office.enroll(proxy.url, server.enrollment_code())
        proxy.set_link(delay_s=SLOW_DELAY_S, bandwidth_bps=SLOW_BANDWIDTH_BPS)
        proxy.reset_stats()
        elapsed = timed_sync(office)
        stats = proxy.stats
        assert_sync_invariants(office.data_dir, server)
    finally:
        office.close()
        proxy.stop()
    rate = SLOW_BANDWIDTH_BPS / 8
    transfer_s = stats.bytes_to_server / rate + stats.bytes_to_client / rate
    round_trips_s = stats.requests * 2 * SLOW_DELAY_S
    expected_s = transfer_s + round_trips_s
    figures = {
        "initiatives": SLOW_LINK_COUNT, "elapsed_s": round(elapsed, 1), "requests": stats.requests,
        "bytes_up": stats.bytes_to_server, "bytes_down": stats.bytes_to_client,
        "transfer_s": round(transfer_s, 1), "round_trips_s": round(round_trips_s, 1),
        "ratio": round(elapsed / expected_s, 2),
    }
    record("sync_upload_slow_link", figures)
    assert figures["ratio"] <= 1.5, figures
