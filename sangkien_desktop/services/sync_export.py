"""The offline delivery file (SYNC.md §9): the pending batches on a USB stick.

Pending ops are sealed exactly as for the network (W2, same batch ids and bytes), and the file
carries every open sealed batch, the blobs their ops need, a manifest and the manifest's HMAC.
The ops stay ``IN_FLIGHT``: the next network sync of the same batch gets the server's replayed
answer, so delivering by file and by network never duplicates anything.
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path
from typing import BinaryIO

from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.persistence.atomic_files import atomic_output
from sangkien_desktop.persistence.sync_blobs import unsent_blob_ops
from sangkien_desktop.persistence.sync_device import append_log, read_device
from sangkien_desktop.persistence.sync_outbox import SEALED, BatchRow, open_batches, ready_ops, seal
from sangkien_desktop.protocol import PROTOCOL_VERSION, canonical_json, format_utc, new_id, sign_body
from sangkien_desktop.sync.batching import BatchSize, Identity, blob_refs_of, fit_body
from sangkien_desktop.sync.credentials import Credentials

from .sync_support import INFO, SyncDeps

FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # zip entries carry no wall-clock time: the same content, the same bytes


def export_file(deps: SyncDeps, credentials: Credentials, path: Path) -> int:
    """Write the file; returns how many ops it carries."""
    _seal_everything(deps)
    with deps.read() as conn:
        device = read_device(conn)
        batches = [b for b in open_batches(conn) if b.state == SEALED and b.body_gzip is not None]
        blobs = {
            sha: None
            for entity_type, op_type, payload, stored in unsent_blob_ops(conn)
            for sha in blob_refs_of(entity_type, op_type, payload, stored)
        }
    present = [sha for sha in blobs if deps.blobs.exists(sha)]
    assert device.device_id is not None and device.unit_id is not None
    manifest = {
        "protocol": PROTOCOL_VERSION,
        "device_id": device.device_id,
        "device_epoch": device.device_epoch,
        "unit_id": device.unit_id,
        "created_at": format_utc(deps.clock()),
        "batches": [{"batch_id": b.batch_id, "body_sha256": b.body_sha256} for b in batches],
        "blobs": present,
    }
    manifest_bytes = canonical_json(manifest).encode("utf-8")
    signature = sign_body(credentials.hmac_key, manifest_bytes)
    try:
        with atomic_output(path) as out:
            _zip(deps, out, manifest_bytes, signature, batches, present)
    except OSError as exc:
        raise KnownError(f"Không ghi được tệp “{path}”: {exc.strerror or exc}.") from exc
    ops = sum(b.op_count for b in batches)
    with deps.write() as conn:
        append_log(
            conn,
            deps.clock(),
            INFO,
            f"Đã ghi tệp gửi thay mạng {path.name}: {len(batches)} lô, {ops} "
            f"thay đổi, {len(present)} tệp đính kèm.",
            deps.config.log_keep,
        )
    return ops


def _seal_everything(deps: SyncDeps) -> None:
    size = BatchSize.initial(deps.config)
    while True:
        with deps.write() as conn:
            device = read_device(conn)
            ops = ready_ops(conn, device.device_epoch, size.max_ops)
            if not ops:
                return
            if device.device_id is None or device.unit_id is None:
                raise KnownError("Máy này chưa đăng ký với máy chủ trung tâm.")
            identity = Identity(device.device_id, device.device_epoch, device.unit_id)
            seal(conn, fit_body(identity, new_id(), ops, size.max_bytes), deps.clock())


def _zip(
    deps: SyncDeps, out: BinaryIO, manifest: bytes, signature: str, batches: list[BatchRow], blobs: list[str]
) -> None:
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED) as archive:
        _add(archive, "manifest.json", manifest)
        _add(archive, "manifest.sig", signature.encode("ascii"))
        for batch in batches:
            assert batch.body_gzip is not None
            _add(archive, f"batches/{batch.batch_id}.json.gz", batch.body_gzip)
        for sha in blobs:
            with (
                deps.blobs.path_of(sha).open("rb") as source,
                archive.open(zipfile.ZipInfo(f"blobs/{sha}", FIXED_TIME), "w") as target,
            ):
                shutil.copyfileobj(source, target)


def _add(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    archive.writestr(zipfile.ZipInfo(name, FIXED_TIME), data)
