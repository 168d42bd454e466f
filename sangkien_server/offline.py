"""Offline delivery files (SYNC.md §9): a zip with ``manifest.json``, ``manifest.sig`` (HMAC-SHA256 of
the canonical manifest with the device's ``hmac_key``), ``batches/<batch_id>.json.gz`` and
``blobs/<sha256>``. Every batch goes through the normal batch handler, so a later network upload of
the same batch gets the replayed response. Optionally writes a ``.skack`` zip of the signed responses."""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sangkien_desktop import protocol
from sangkien_server import auth, batches, blobs, db, locks
from sangkien_server.config import ServerSettings
from sangkien_server.models import Device, Unit
from sangkien_server.wire import ApiError, bad_request, gunzip_limited, parse_json_object, utcnow

MAX_MANIFEST_BYTES = 1024 * 1024


@dataclass
class ImportSummary:
    device_id: str = ""
    batches: int = 0
    replayed: int = 0
    blobs: int = 0
    ops: dict[str, int] = field(default_factory=dict)
    responses: list[tuple[str, bytes, str]] = field(default_factory=list)  # batch_id, body, signature


def import_bytes(settings: ServerSettings, data: bytes,
                 device: auth.DeviceAuth | None = None) -> ImportSummary:
    """Apply an offline file; ``device`` (the uploader's token) must match the manifest when given."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise bad_request("Tệp không phải tệp lô ngoại tuyến (zip) hợp lệ.") from exc
    with archive:
        manifest = parse_json_object(_member(archive, "manifest.json", MAX_MANIFEST_BYTES))
        signer = _signer(settings.db_url, manifest, _member(archive, "manifest.sig", 1024))
        if device is not None and device.device_id != signer.device_id:
            raise ApiError(403, "unit_mismatch", "Tệp lô được ký bởi một thiết bị khác.")
        summary = ImportSummary(device_id=signer.device_id)
        _store_blobs(settings, archive, manifest, signer, summary)
        server_id = _server_id(settings.db_url)
        for entry in _list(manifest, "batches"):
            _import_batch(settings, archive, entry, signer, server_id, summary)
    return summary


def _member(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    try:
        info = archive.getinfo(name)
    except KeyError as exc:
        raise bad_request(f"Tệp lô thiếu mục “{name}”.") from exc
    if info.file_size > limit:
        raise ApiError(413, "payload_too_large", f"Mục “{name}” trong tệp lô quá lớn.")
    return archive.read(info)


def _list(manifest: dict[str, Any], key: str) -> list[Any]:
    value = manifest.get(key) or []
    if not isinstance(value, list):
        raise bad_request(f"manifest.{key} phải là một mảng.")
    return value


def _signer(db_url: str, manifest: dict[str, Any], signature: bytes) -> auth.DeviceAuth:
    if manifest.get("protocol") != protocol.PROTOCOL_VERSION:
        raise ApiError(400, "protocol_version", "Tệp lô theo phiên bản giao thức khác.")
    with db.read_session(db_url) as session:
        device = session.get(Device, str(manifest.get("device_id")))
        if device is None:
            raise ApiError(401, "unauthorized", "Tệp lô của một thiết bị mà máy chủ không biết.")
        text = signature.decode("ascii", "replace").strip()
        canonical = protocol.canonical_json(manifest).encode("utf-8")
        if not protocol.signature_valid(device.hmac_key, canonical, text):
            raise ApiError(401, "unauthorized",
                           "Chữ ký của tệp lô không đúng (tệp bị sửa hoặc của máy khác).")
        if device.revoked_at is not None:
            raise ApiError(403, "device_revoked", "Thiết bị đã ký tệp lô này đã bị thu hồi quyền đồng bộ.")
        if manifest.get("unit_id") not in (None, device.unit_id):
            raise ApiError(403, "unit_mismatch", "Tệp lô ghi đơn vị khác với đơn vị của thiết bị.")
        unit_code = session.get_one(Unit, device.unit_id).code
        return auth.DeviceAuth(device.id, device.unit_id, unit_code, device.hmac_key, device.current_epoch)


def _server_id(db_url: str) -> str:
    with db.read_session(db_url) as session:
        return auth.server_id(session, db_url)


def _store_blobs(settings: ServerSettings, archive: zipfile.ZipFile, manifest: dict[str, Any],
                 signer: auth.DeviceAuth, summary: ImportSummary) -> None:
    for sha in _list(manifest, "blobs"):
        blobs.check_sha(str(sha))
        data = _member(archive, f"blobs/{sha}", settings.blob_max_bytes)
        key = f"blob:{signer.unit_id}:{sha}"
        with db.write_session(settings.db_url) as session, locks.held(session, settings.db_url, key):
            if not blobs.store_whole(session, settings.data_dir, signer.unit_id, sha, data,
                                     settings.blob_max_bytes):
                raise ApiError(422, "hash_mismatch", f"Tệp đính kèm {sha[:12]}… trong tệp lô bị hỏng.")
            session.commit()
        summary.blobs += 1


def _import_batch(settings: ServerSettings, archive: zipfile.ZipFile, entry: Any, signer: auth.DeviceAuth,
                  server_id: str, summary: ImportSummary) -> None:
    if not isinstance(entry, dict) or not isinstance(entry.get("batch_id"), str):
        raise bad_request("Mỗi phần tử manifest.batches cần “batch_id”.")
    batch_id = entry["batch_id"]
    raw = _member(archive, f"batches/{batch_id}.json.gz", settings.max_body_bytes)
    body = parse_json_object(gunzip_limited(raw, settings.max_body_bytes))
    if body.get("batch_id") != batch_id or body.get("body_sha256") != entry.get("body_sha256"):
        raise bad_request(f"Lô {batch_id} trong tệp không khớp manifest.")
    answer = batches.handle(settings.db_url, signer, body, batch_id, server_id=server_id,
                            retention_days=settings.replay_retention_days)
    summary.batches += 1
    summary.replayed += answer.replayed
    for result in json.loads(answer.body)["results"]:
        summary.ops[result["status"]] = summary.ops.get(result["status"], 0) + 1
    summary.responses.append((batch_id, answer.body, protocol.sign_body(signer.hmac_key, answer.body)))


def write_ack(path: Path, summary: ImportSummary, server_id: str) -> None:
    """``.skack``: ``manifest.json`` plus ``responses/<batch_id>.json`` and ``.sig`` (the exact bodies)."""
    manifest = {"protocol": protocol.PROTOCOL_VERSION, "server_id": server_id, "device_id": summary.device_id,
                "created_at": protocol.format_utc(utcnow()), "batches": [b for b, _, _ in summary.responses]}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr("manifest.json", protocol.canonical_json(manifest))
        for batch_id, body, signature in summary.responses:
            out.writestr(f"responses/{batch_id}.json", body)
            out.writestr(f"responses/{batch_id}.sig", signature)
