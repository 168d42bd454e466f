"""Acknowledgements brought back on a USB stick (SYNC.md §9): the ``.skack`` file the server writes when
it imports an offline delivery file. Each answer passes the same success predicate as a network answer
(signature with this device's key, identity, one result per op sent) and is acknowledged (W3) the
same way, one transaction per batch. Answers of batches already settled are skipped, so loading a file
twice, or after the network delivered the same batches, changes nothing."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.sync import AckFileSummary
from sangkien_desktop.persistence.sync_device import DeviceState, append_log
from sangkien_desktop.persistence.sync_outbox import BatchRow, open_batches, sent_hashes
from sangkien_desktop.protocol import HEADER_PROTOCOL, HEADER_SIGNATURE, PROTOCOL_VERSION
from sangkien_desktop.sync.credentials import Credentials
from sangkien_desktop.sync.predicate import PredicateFailure, SentBatch, accept_batch_reply
from sangkien_desktop.sync.transport import Response

from .sync_support import INFO, WARNING, SyncDeps
from .sync_upload import record_reply

MAX_MEMBER_BYTES = 64 * 1024 * 1024  # one answer; far above any real one, far below a zip bomb


def load_ack_file(deps: SyncDeps, credentials: Credentials, path: Path) -> AckFileSummary:
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise KnownError(f"Không đọc được tệp xác nhận “{path.name}”: đây không phải tệp .skack "
                         "hoặc tệp đã hỏng.") from exc
    with archive:
        device = deps.device()
        batch_ids = _checked_manifest(archive, device)
        with deps.read() as conn:
            waiting = {b.batch_id: b for b in open_batches(conn)}
        applied = acked = attention = 0
        for batch_id in batch_ids:
            batch = waiting.get(batch_id)
            if batch is None:
                continue
            counts = _acknowledge(deps, credentials, archive, device, batch)
            applied += 1
            acked += counts[0]
            attention += counts[1]
    summary = AckFileSummary(len(batch_ids), applied, len(batch_ids) - applied, acked, attention)
    _log(deps, path, summary)
    return summary


def _checked_manifest(archive: zipfile.ZipFile, device: DeviceState) -> list[str]:
    manifest = _json(archive, "manifest.json")
    if manifest.get("protocol") != PROTOCOL_VERSION:
        raise KnownError(f"Tệp xác nhận dùng giao thức {manifest.get('protocol')!r}; máy này hiểu giao thức "
                         f"{PROTOCOL_VERSION}.")
    batches, server_id = manifest.get("batches"), manifest.get("server_id")
    listed = [b for b in batches if isinstance(b, str)] if isinstance(batches, list) else None
    if listed is None or len(listed) != len(batches or ()) or not isinstance(server_id, str):
        raise KnownError("Đây không phải tệp xác nhận (.skack) của máy chủ (có thể là tệp gửi .skbatch); "
                         "không nạp gì.")
    if device.device_id is None or manifest.get("device_id") != device.device_id:
        raise KnownError("Tệp xác nhận này là của một máy khác (hoặc máy này chưa đăng ký); không nạp gì.")
    if device.server_id is not None and server_id != device.server_id:
        raise KnownError("Tệp xác nhận đến từ một máy chủ khác với máy chủ máy này đã đăng ký; không nạp gì.")
    return listed


def _acknowledge(deps: SyncDeps, credentials: Credentials, archive: zipfile.ZipFile, device: DeviceState,
                 batch: BatchRow) -> tuple[int, int]:
    body = _member(archive, f"responses/{batch.batch_id}.json")
    signature = _member(archive, f"responses/{batch.batch_id}.sig").decode("ascii", "replace").strip()
    headers = {"content-type": "application/json", HEADER_PROTOCOL.lower(): str(PROTOCOL_VERSION),
               HEADER_SIGNATURE.lower(): signature}
    response = Response(200, headers, body)
    assert device.device_id is not None
    with deps.read() as conn:
        hashes = sent_hashes(conn, batch.batch_id)
    sent = SentBatch(batch.batch_id, device.device_id, batch.device_epoch, device.server_id or "", hashes)
    try:
        reply = accept_batch_reply(response, sent, credentials.hmac_key)
    except PredicateFailure as exc:
        raise KnownError(f"Xác nhận của lô {batch.batch_id[:8]} trong tệp không qua được bước kiểm tra "
                         f"({exc.reason}); lô này và các lô sau chưa được nạp.") from exc
    with deps.write() as conn:
        counts, _restored = record_reply(conn, batch, reply, deps.clock())
    return counts.acked, counts.quarantined + counts.gone


def _member(archive: zipfile.ZipFile, name: str) -> bytes:
    try:
        info = archive.getinfo(name)
    except KeyError as exc:
        raise KnownError(f"Tệp xác nhận thiếu “{name}”; tệp đã hỏng.") from exc
    if info.file_size > MAX_MEMBER_BYTES:
        raise KnownError(f"“{name}” trong tệp xác nhận lớn bất thường; không nạp.")
    try:
        return archive.read(info)
    except (OSError, zipfile.BadZipFile) as exc:
        raise KnownError(f"Không đọc được “{name}” trong tệp xác nhận; tệp đã hỏng.") from exc


def _json(archive: zipfile.ZipFile, name: str) -> dict[str, Any]:
    try:
        value = json.loads(_member(archive, name))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise KnownError(f"“{name}” trong tệp xác nhận không phải JSON hợp lệ; tệp đã hỏng.") from exc
    if not isinstance(value, dict):
        raise KnownError(f"“{name}” trong tệp xác nhận không đúng dạng; tệp đã hỏng.")
    return value


def _log(deps: SyncDeps, path: Path, summary: AckFileSummary) -> None:
    level = WARNING if summary.attention_ops else INFO
    message = (f"Đã nạp tệp xác nhận {path.name}: {summary.applied} lô được xác nhận "
               f"({summary.acked_ops} thay đổi), {summary.already_settled} lô đã xác nhận từ trước")
    if summary.attention_ops:
        message += f"; {summary.attention_ops} thay đổi cần xử lý"
    with deps.write() as conn:
        append_log(conn, deps.clock(), level, message + ".", deps.config.log_keep)
