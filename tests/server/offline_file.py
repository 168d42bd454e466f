"""Builds offline delivery files (SYNC.md §9) the way the desktop writes them, for the server tests."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from sangkien_desktop import protocol
from tests.server.client import Device


def write_offline_file(path: Path, device: Device, batches: list[dict[str, Any]],
                       blobs: dict[str, bytes] | None = None, *, key: str | None = None) -> dict[str, Any]:
    blobs = blobs or {}
    manifest = {
        "protocol": 1, "device_id": device.device_id, "device_epoch": device.epoch, "unit_id": device.unit_id,
        "created_at": "2024-03-05T01:12:00.000000Z",
        "batches": [{"batch_id": b["batch_id"], "body_sha256": b["body_sha256"]} for b in batches],
        "blobs": sorted(blobs),
    }
    signature = protocol.sign_body(key or device.hmac_key, protocol.canonical_json(manifest).encode())
    with zipfile.ZipFile(path, "w") as out:
        out.writestr("manifest.json", protocol.canonical_json(manifest))
        out.writestr("manifest.sig", signature)
        for body in batches:
            out.writestr(f"batches/{body['batch_id']}.json.gz",
                         protocol.gzip_bytes(protocol.canonical_json(body).encode()))
        for sha, data in blobs.items():
            out.writestr(f"blobs/{sha}", data)
    return manifest
