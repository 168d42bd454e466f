"""The client against the reference server on loopback (SYNC.md §10): the acceptance run, a restored
backup, a server stopped mid-way, revocation, the offline file, attachments and a killed client."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from sangkien_desktop.domain.enums import AttachmentKind
from sangkien_desktop.domain.sync import ConnectionState, SyncBadge, SyncTrigger
from sangkien_desktop.persistence.blobs import BlobStore
from sangkien_desktop.services.sync import SyncService
from sangkien_desktop.sync.client import DeviceAuth, SyncClient
from sangkien_desktop.sync.credentials import CredentialStore
from sangkien_desktop.sync.faults import AFTER_SEAL, FAULT_ENV, KILLED_EXIT
from sangkien_desktop.sync.transport import Response, TransportSettings, requests_transport
from sangkien_server import admin
from tests.support.live_server import LiveServer
from tests.sync_client.conftest import Clock, Desk, open_desk

pytestmark = pytest.mark.live
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def office(tmp_path: Path, clock: Clock) -> Iterator[Desk]:
    desk = open_desk(tmp_path / "office", clock, None)  # the real requests transport
    try:
        yield desk
    finally:
        desk.services.close()


@pytest.fixture
def live_office(office: Desk, live_server: LiveServer) -> Desk:
    office.sync.enroll(live_server.url, live_server.enrollment_code())
    return office


def run(desk: Desk) -> Any:
    return desk.sync.run(SyncTrigger.MANUAL)


def _server_op_ids(server: LiveServer, device_id: str) -> list[str]:
    from sqlalchemy import create_engine, text

    engine = create_engine(server.db_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT op_id FROM ops WHERE device_id = :d"), {"d": device_id})
            return [r[0] for r in rows]
    finally:
        engine.dispose()


def _acked(desk: Desk) -> set[str]:
    return {r[0] for r in desk.sql("SELECT op_id FROM outbox WHERE state = 'ACKED'")}


def test_fifty_initiatives_reach_the_server_exactly_once_and_the_proof_holds(
    live_office: Desk, live_server: LiveServer
) -> None:
    made = live_office.add(50)
    outcome = run(live_office)
    assert outcome.complete and outcome.state is ConnectionState.OK, outcome
    total = live_office.op_count()
    assert live_office.states() == {"ACKED": total}
    status = live_office.sync.status()
    assert (status.server_confirmed, status.local_acked, status.digest_ok) == (total, total, True)
    assert status.confirmation_text() == f"Máy chủ xác nhận 50/50 ✓ (sáng kiến; {total}/{total} thay đổi)"
    assert status.device_id is not None
    held = _server_op_ids(live_server, status.device_id)
    assert sorted(held) == sorted(_acked(live_office)) and len(held) == len(set(held))
    assert set(live_office.sync.badges([m.id for m in made]).values()) == {SyncBadge.CONFIRMED}
    assert run(live_office).complete  # nothing more to send; the proof still holds


def test_a_restored_old_copy_gets_a_new_epoch_and_nothing_is_lost_or_doubled(
    live_office: Desk, live_server: LiveServer, clock: Clock, tmp_path: Path
) -> None:
    live_office.add(5, "Trước sao lưu")
    assert run(live_office).complete
    with (
        closing(sqlite3.connect(live_office.services.paths.db)) as src,
        closing(sqlite3.connect(tmp_path / "old.db")) as dst,
    ):
        src.backup(dst)
    live_office.add(4, "Sau sao lưu")
    assert run(live_office).complete
    before = set(_acked(live_office))
    live_office.services.close()
    for leftover in live_office.data_dir.glob("sangkien.db-*"):
        leftover.unlink()
    shutil.copy(tmp_path / "old.db", live_office.services.paths.db)

    restored = open_desk(live_office.data_dir, clock, None)
    try:
        restored.add(3, "Sau khôi phục")
        outcome = run(restored)
        assert outcome.complete, outcome
        assert restored.sql("SELECT device_epoch FROM sync_state") == [(2,)]
        acked = _acked(restored)
        assert before <= acked  # every op the server held is known again
        device_id = restored.sync.status().device_id
        assert device_id is not None
        held = _server_op_ids(live_server, device_id)
        assert sorted(held) == sorted(acked) and len(held) == len(set(held))
        titles = {r[0] for r in restored.sql("SELECT title FROM initiative")}
        assert {"Trước sao lưu 5", "Sau sao lưu 4", "Sau khôi phục 3"} <= titles and len(titles) == 12
    finally:
        restored.services.close()


def test_the_server_stopped_mid_way_and_restarted(live_office: Desk, live_server: LiveServer) -> None:
    live_office.add(20)
    live_server.stop()
    outcome = run(live_office)
    assert outcome.state is ConnectionState.OFFLINE and not outcome.complete
    assert "ACKED" not in live_office.states()
    live_server.start()
    assert run(live_office).complete
    device_id = live_office.sync.status().device_id
    assert device_id is not None
    assert len(_server_op_ids(live_server, device_id)) == live_office.op_count()


def test_a_revoked_device_stops_keeps_its_data_and_resumes_after_enrolling_again(
    live_office: Desk, live_server: LiveServer
) -> None:
    live_office.add(2)
    assert run(live_office).complete
    device_id = live_office.sync.status().device_id
    assert device_id is not None
    live_server.revoke(device_id)
    live_office.add(2)
    outcome = run(live_office)
    assert outcome.state is ConnectionState.NEEDS_ENROLMENT
    assert live_office.sql("SELECT count(*) FROM initiative") == [(4,)]
    live_office.sync.enroll(live_server.url, live_server.enrollment_code())
    assert live_office.sync.status().device_id == device_id  # the same device, a new token
    assert run(live_office).complete


def test_the_offline_file_and_the_network_never_duplicate(
    live_office: Desk, live_server: LiveServer, tmp_path: Path
) -> None:
    live_office.add(6)
    target = tmp_path / "usb" / "gui-lien-doan.skbatch"
    target.parent.mkdir()
    written = live_office.sync.export_file(target)
    assert written == live_office.op_count()
    assert live_office.states() == {"IN_FLIGHT": written}
    admin.import_file(live_server.db_url, target, data_dir=live_server.data_dir)
    outcome = run(live_office)  # the same batch ids: the server replays its answers
    assert outcome.complete
    device_id = live_office.sync.status().device_id
    assert device_id is not None
    assert len(_server_op_ids(live_server, device_id)) == written


def _server_blob(server: LiveServer, sha: str) -> list[tuple[Any, ...]]:
    from sqlalchemy import create_engine, text

    engine = create_engine(server.db_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT complete, received FROM blobs WHERE sha256 = :s"), {"s": sha})
            return [tuple(r) for r in rows]
    finally:
        engine.dispose()


class CountingTransport:
    """The real transport, counting the attachment bytes that went out."""

    def __init__(self, settings: TransportSettings, sent: list[int]) -> None:
        self._inner = requests_transport(settings)
        self._sent = sent

    def request(self, method: str, url: str, **kwargs: Any) -> Response:
        if method == "PUT":
            self._sent.append(len(kwargs.get("body") or b""))
        return self._inner.request(method, url, **kwargs)

    def close(self) -> None:
        self._inner.close()


def test_attachments_go_up_first_and_resume_from_the_servers_offset(
    live_office: Desk, live_server: LiveServer, clock: Clock, tmp_path: Path
) -> None:
    (made,) = live_office.add(1)
    scan = tmp_path / "ban-ve.pdf"
    content = os.urandom(300_000)
    scan.write_bytes(content)
    view = live_office.services.attachments.attach("initiative", made.id, scan, AttachmentKind.BAN_VE)
    # An earlier run was cut after 100 000 bytes: the server holds that much.
    device = live_office.sql("SELECT device_id, credential_ref, server_id FROM sync_state")[0]
    credentials = CredentialStore(live_office.data_dir).load(device[1])
    assert credentials is not None
    client = SyncClient(
        live_server.url,
        requests_transport(TransportSettings((5, 10))),
        DeviceAuth(device[0], credentials.device_token, credentials.hmac_key, device[2]),
    )
    client.put_blob_chunk(view.sha256, 0, content[:100_000], len(content))
    assert _server_blob(live_server, view.sha256) == [(False, 100_000)]

    sent: list[int] = []
    config = replace(live_office.sync.config, blob_chunk_bytes=64 * 1024)
    resuming = SyncService(
        live_office.services.uow,
        BlobStore(live_office.services.paths.blobs),
        live_office.data_dir,
        clock,
        config,
        lambda s: CountingTransport(s, sent),
    )
    assert resuming.run(SyncTrigger.MANUAL).complete
    assert sum(sent) == 200_000  # only what the server lacked
    assert _server_blob(live_server, view.sha256) == [(True, 300_000)]
    assert live_office.sql("SELECT state, last_server_received FROM blob_upload") == [("COMPLETE", 300_000)]
    assert live_office.sync.badges([view.id]) == {view.id: SyncBadge.CONFIRMED}


def test_a_client_killed_after_sealing_resends_the_same_batch(
    live_office: Desk, live_server: LiveServer
) -> None:
    live_office.add(3)
    env = {**os.environ, FAULT_ENV: AFTER_SEAL, "SANGKIEN_CREDENTIALS": "file", "PYTHONPATH": str(REPO)}
    killed = subprocess.run(
        [
            sys.executable,
            "-m",
            "sangkien_desktop.cli",
            "--data-dir",
            str(live_office.data_dir),
            "sync",
            "--once",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert killed.returncode == KILLED_EXIT, killed.stderr
    sealed = live_office.sql("SELECT batch_id, body_sha256 FROM sync_batch")
    assert len(sealed) == 1 and live_office.states() == {"IN_FLIGHT": live_office.op_count()}
    assert run(live_office).complete
    assert live_office.sql("SELECT batch_id, body_sha256, state FROM sync_batch") == [(*sealed[0], "DONE")]
