"""Offline delivery files: imported once, replayed to a later network upload (SYNC.md §9)."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest

from sangkien_desktop import protocol
from sangkien_server import admin
from tests.server.client import enroll, error_of, statuses
from tests.server.offline_file import write_offline_file
from tests.support.live_server import LiveServer


def test_import_then_network_upload_gets_the_replay(live_server: LiveServer, tmp_path: Path) -> None:
    device = enroll(live_server)
    scan = b"%PDF-1.7 bien ban"
    sha = hashlib.sha256(scan).hexdigest()
    first = device.batch([device.op(payload={"title": "Có biên bản"}, blob_refs=[sha]), device.op()])
    second = device.batch([device.op()])
    path = tmp_path / "office.skbatch"
    write_offline_file(path, device, [first, second], {sha: scan})
    ack = tmp_path / "office.skack"
    summary = admin.import_file(live_server.db_url, path, ack_out=ack)
    assert (summary.batches, summary.replayed, summary.blobs) == (2, 0, 1)
    assert summary.ops == {"applied": 3}
    with zipfile.ZipFile(ack) as acks:
        stored = acks.read(f"responses/{first['batch_id']}.json")
        assert protocol.signature_valid(device.hmac_key, stored,
                                        acks.read(f"responses/{first['batch_id']}.sig").decode())
    network = device.send(first)
    assert network.content == stored
    assert statuses(device.verified(network)) == ["applied", "applied"]
    again = admin.import_file(live_server.db_url, path)
    assert again.replayed == 2
    assert device.get_ok("/api/v1/sync/state")["device_op_count"] == 3


def test_import_over_http_returns_signed_responses(live_server: LiveServer, tmp_path: Path) -> None:
    device = enroll(live_server)
    body = device.batch([device.op(), device.op()])
    path = tmp_path / "office.skbatch"
    write_offline_file(path, device, [body])
    answer = device.post_raw("/api/v1/sync/import", path.read_bytes(), gzip=False,
                             headers={"Content-Type": "application/zip"})
    assert answer.status_code == 200, answer.text
    result = device.verified(answer)
    (entry,) = result["batches"]
    assert entry["batch_id"] == body["batch_id"]
    inner = entry["response_body"].encode()
    assert protocol.signature_valid(device.hmac_key, inner, entry["response_signature"])
    assert device.send(body).content == inner


def test_tampered_or_foreign_files_are_refused(live_server: LiveServer, tmp_path: Path) -> None:
    device = enroll(live_server)
    stranger = enroll(live_server, "CDCS-02", "Công đoàn cơ sở Công ty Dệt")
    body = device.batch([device.op()])
    forged = tmp_path / "forged.skbatch"
    write_offline_file(forged, device, [body], key="00" * 32)
    with pytest.raises(admin.AdminError, match="Chữ ký"):
        admin.import_file(live_server.db_url, forged)
    genuine = tmp_path / "genuine.skbatch"
    write_offline_file(genuine, device, [body])
    upload = stranger.post_raw("/api/v1/sync/import", genuine.read_bytes(), gzip=False)
    assert upload.status_code == 403 and error_of(upload) == "unit_mismatch"
    not_zip = device.post_raw("/api/v1/sync/import", b"plain text", gzip=False)
    assert not_zip.status_code == 400
    assert device.get_ok("/api/v1/sync/state")["device_op_count"] == 0
