"""Small helpers the fault scenarios share: what the proxy saw, what the server holds, raw requests."""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

import requests
import sqlalchemy as sa

from sangkien_desktop import protocol
from sangkien_desktop.domain.enums import AttachmentKind
from sangkien_server import db as server_db
from sangkien_server.models import Batch, Blob, ChangeLog, OpReceipt, Record, StoredOp
from tests.support.faultproxy import FaultProxy
from tests.support.live_server import LiveServer
from tests.sync.harness import Office, utc_now
from tests.sync.invariants import device_credentials

API = protocol.API_PREFIX
BATCHES = f"{API}/sync/batches"
BLOBS = f"{API}/blobs/"
PING = f"{API}/ping"
MIB = 1024 * 1024


def batch_keys(proxy: FaultProxy) -> list[str]:
    """Idempotency keys of the batch uploads the proxy saw, in order (retries repeat a key)."""
    return [e.headers.get("idempotency-key", "") for e in proxy.stats.entries("POST", BATCHES)]


def authorised_requests(proxy: FaultProxy) -> int:
    return sum(1 for e in proxy.stats.log if "authorization" in e.headers)


def receipts_by_op(server: LiveServer, device_id: str) -> Counter[tuple[str, str]]:
    with server_db.read_session(server.db_url) as session:
        rows = session.execute(sa.select(OpReceipt.op_id, OpReceipt.status)
                               .where(OpReceipt.device_id == device_id)).all()
    return Counter((op_id, status) for op_id, status in rows)


def server_batch(server: LiveServer, batch_id: str) -> Batch | None:
    with server_db.read_session(server.db_url) as session:
        return session.get(Batch, batch_id)


def server_op(server: LiveServer, op_id: str) -> StoredOp | None:
    with server_db.read_session(server.db_url) as session:
        return session.get(StoredOp, op_id)


def server_op_count(server: LiveServer) -> int:
    with server_db.read_session(server.db_url) as session:
        return int(session.scalar(sa.select(sa.func.count()).select_from(StoredOp)) or 0)


def device_id(office: Office) -> str:
    value = office.sql("SELECT device_id FROM sync_state")[0][0]
    assert isinstance(value, str)
    return value


def states(office: Office) -> Counter[str]:
    return Counter(row[0] for row in office.sql("SELECT state FROM outbox"))


def sealed_batches(office: Office) -> dict[str, tuple[str, str | None]]:
    """batch_id → (state, body_sha256) of every batch the office sealed."""
    return {r["batch_id"]: (r["state"], r["body_sha256"])
            for r in office.sql("SELECT batch_id, state, body_sha256 FROM sync_batch")}


def post_sealed_batch(server: LiveServer, office: Office, batch_id: str) -> requests.Response:
    """Send a batch the office sealed, byte for byte, straight to the server (a second sender)."""
    body = office.sql("SELECT body_gzip FROM sync_batch WHERE batch_id = ?", (batch_id,))[0][0]
    token, _ = device_credentials(office.data_dir, device_id(office))
    headers = {"Authorization": f"Bearer {token}", protocol.HEADER_PROTOCOL: "1",
               protocol.HEADER_IDEMPOTENCY: batch_id, "Content-Type": "application/json",
               "Content-Encoding": "gzip", "User-Agent": "sangkien-desktop/0.1.0"}
    return requests.post(server.url + BATCHES, data=body, headers=headers, timeout=30, allow_redirects=False)


def rewrite_op_payload(office: Office, op_id: str, changes: dict[str, Any], *, requeue: bool) -> str:
    """Test hook (SYNC.md §11): give an op another payload with its matching hash; ``requeue`` puts an
    acknowledged op back in the queue (as a client bug or a tampered store would). Returns the new hash."""
    row = office.sql("SELECT payload, state FROM outbox WHERE op_id = ?", (op_id,))[0]
    text, sha = protocol.payload_hash({**json.loads(row["payload"]), **changes})
    office.sql("UPDATE outbox SET payload = ?, payload_sha256 = ? WHERE op_id = ?", (text, sha, op_id))
    if requeue and row["state"] == "ACKED":
        office.sql("UPDATE outbox SET state = 'PENDING', batch_id = NULL, result_status = NULL, "
                   "server_version = NULL, server_received_at = NULL, settled_at = NULL WHERE op_id = ?",
                   (op_id,))
        office.sql("UPDATE sync_state SET unsettled_ops = unsettled_ops + 1, acked_ops = acked_ops - 1")
    return sha


def add_reference_employer(server: LiveServer, employer_id: str, name: str) -> None:
    """Reference data the upper union adds on the server (no unit: every office may refer to it)."""
    text, sha = protocol.payload_hash({"id": employer_id, "name": name})
    now = utc_now()
    with server_db.write_session(server.db_url) as session:
        session.add(Record(entity_type="employer", entity_id=employer_id, unit_id=None, version=1,
                           payload=text, payload_sha256=sha, deleted=False, conflict=False, last_op_id=None,
                           first_received_at=now, updated_at=now))
        session.add(ChangeLog(unit_id=None, kind="employer", entity_id=employer_id, version=1, deleted=False,
                              payload=text, created_at=now))
        session.commit()


def received_at_of(server: LiveServer, op_ids: list[str]) -> dict[str, datetime]:
    with server_db.read_session(server.db_url) as session:
        rows = session.execute(sa.select(StoredOp.op_id, StoredOp.received_at)
                               .where(StoredOp.op_id.in_(op_ids))).all()
    return {op_id: at for op_id, at in rows}


# -- attachments ----------------------------------------------------------------------------------


def attach_file(office: Office, tmp: Path, size: int) -> str:
    """A new initiative with a ``size``-byte scan attached; returns the file's SHA-256."""
    (initiative,) = office.add_initiatives(1, prefix="Hồ sơ có tệp")
    path = tmp / "ban-ve.pdf"
    path.write_bytes(os.urandom(size))
    office.services.attachments.attach("initiative", initiative.id, path, AttachmentKind.BAN_VE)
    return hashlib.sha256(path.read_bytes()).hexdigest()


def server_blob(server: LiveServer, sha256: str) -> Blob | None:
    with server_db.read_session(server.db_url) as session:
        return session.scalar(sa.select(Blob).where(Blob.sha256 == sha256))


def ops_naming_blob(server: LiveServer, sha256: str) -> list[StoredOp]:
    """Stored ops whose payload or blob_refs name the blob (an attachment row names it by ``sha256``)."""
    with server_db.read_session(server.db_url) as session:
        naming = sa.or_(StoredOp.entity_type == "attachment", StoredOp.blob_refs.contains(sha256))
        ops = session.scalars(sa.select(StoredOp).where(naming)).all()
    return [op for op in ops if sha256 in op.blob_refs or json.loads(op.payload).get("sha256") == sha256]


def assert_blob_first(server: LiveServer, sha256: str) -> None:
    """No op naming the blob was applied before the blob was complete and verified (rule 11)."""
    blob = server_blob(server, sha256)
    naming = ops_naming_blob(server, sha256)
    if blob is None or not blob.complete:
        assert naming == [], "an attachment op was applied before its file was complete"
        return
    assert blob.completed_at is not None
    assert all(op.received_at >= blob.completed_at for op in naming)
