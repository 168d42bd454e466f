"""Attachments: chunked, resumable, content-addressed upload per unit (SYNC.md rule 11)."""

from __future__ import annotations

import hashlib
import os

import requests

from sangkien_desktop import protocol
from tests.server.client import TIMEOUT, Device, enroll, error_of, statuses
from tests.support.live_server import LiveServer

CHUNK = 64 * 1024


def put(device: Device, sha: str, data: bytes, start: int, total: int) -> requests.Response:
    headers = {**device.headers, "Content-Range": f"bytes {start}-{start + len(data) - 1}/{total}",
               "Content-Type": "application/octet-stream"}
    return requests.put(device.url(f"/api/v1/blobs/{sha}"), data=data, headers=headers, timeout=TIMEOUT)


def head(device: Device, sha: str) -> requests.Response:
    return requests.head(device.url(f"/api/v1/blobs/{sha}"), headers=device.headers, timeout=TIMEOUT)


def test_chunked_upload_resumes_from_the_server_offset(live_server: LiveServer) -> None:
    device = enroll(live_server)
    data = os.urandom(5 * CHUNK + 123)
    sha = hashlib.sha256(data).hexdigest()
    assert head(device, sha).status_code == 404
    for start in (0, CHUNK):
        answer = put(device, sha, data[start:start + CHUNK], start, len(data))
        assert answer.status_code == 200, answer.text
        assert answer.json()["state"] == "partial"
    # The connection "dropped": the client asks the server where to resume.
    probe = head(device, sha)
    assert probe.headers[protocol.HEADER_BLOB_STATE] == "partial"
    offset = int(probe.headers[protocol.HEADER_BLOB_RECEIVED])
    assert offset == 2 * CHUNK
    too_far = put(device, sha, data[offset + CHUNK:offset + 2 * CHUNK], offset + CHUNK, len(data))
    assert too_far.status_code == 416
    assert too_far.headers[protocol.HEADER_BLOB_RECEIVED] == str(offset)
    sent = 0
    while offset < len(data):
        piece = data[offset:offset + CHUNK]
        answer = put(device, sha, piece, offset, len(data))
        assert answer.status_code == 200, answer.text
        offset, sent = offset + len(piece), sent + len(piece)
    assert sent < len(data)
    assert answer.json()["state"] == "complete"
    done = head(device, sha)
    assert done.headers[protocol.HEADER_BLOB_STATE] == "complete"
    assert done.headers[protocol.HEADER_BLOB_RECEIVED] == str(len(data))
    fetched = requests.get(device.url(f"/api/v1/blobs/{sha}"), headers=device.headers, timeout=TIMEOUT)
    assert fetched.content == data


def test_corrupt_blob_is_discarded_and_ops_wait_for_it(live_server: LiveServer) -> None:
    device = enroll(live_server)
    data = os.urandom(3 * CHUNK)
    sha = hashlib.sha256(data).hexdigest()
    op = device.op(payload={"title": "Có bản vẽ"}, blob_refs=[sha])
    assert put(device, sha, data[:CHUNK], 0, len(data)).status_code == 200
    assert statuses(device.send_ok([op])) == ["deferred"]  # partial blob: never applied
    flipped = bytearray(data[CHUNK:])
    flipped[10] ^= 0xFF
    answer = put(device, sha, bytes(flipped), CHUNK, len(data))
    assert answer.status_code == 422
    assert error_of(answer) == "hash_mismatch"
    assert head(device, sha).status_code == 404
    assert put(device, sha, data, 0, len(data)).json()["state"] == "complete"
    assert statuses(device.send_ok([op])) == ["applied"]


def test_blobs_are_private_to_their_unit(live_server: LiveServer) -> None:
    owner = enroll(live_server, "CDCS-01")
    stranger = enroll(live_server, "CDCS-02", "Công đoàn cơ sở Công ty Dệt")
    data = b"bien ban nghiem thu"
    sha = hashlib.sha256(data).hexdigest()
    assert put(owner, sha, data, 0, len(data)).status_code == 200
    assert head(stranger, sha).status_code == 404
    fetched = requests.get(stranger.url(f"/api/v1/blobs/{sha}"), headers=stranger.headers, timeout=TIMEOUT)
    assert fetched.status_code == 404
    assert statuses(stranger.send_ok([stranger.op(blob_refs=[sha])])) == ["deferred"]


def test_blob_size_limit_and_bad_ranges(live_server: LiveServer) -> None:
    device = enroll(live_server)
    sha = "ab" * 32
    huge = put(device, sha, b"x" * 10, 0, 51 * 1024 * 1024)
    assert huge.status_code == 413
    assert error_of(huge) == "payload_too_large"
    headers = {**device.headers, "Content-Range": "bytes 0-99/10"}
    bad = requests.put(device.url(f"/api/v1/blobs/{sha}"), data=b"x" * 10, headers=headers, timeout=TIMEOUT)
    assert bad.status_code == 400
    assert error_of(bad) == "bad_request"
    not_hex = requests.put(device.url("/api/v1/blobs/XYZ"), data=b"x", headers=device.headers,
                           timeout=TIMEOUT)
    assert not_hex.status_code == 400
    anonymous = requests.put(device.url(f"/api/v1/blobs/{sha}"), data=b"x", timeout=TIMEOUT)
    assert anonymous.status_code == 401
