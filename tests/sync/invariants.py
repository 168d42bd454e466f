"""The sync invariants G1–G4 of SYNC.md §11, checked from the outside.

The client side is read from its SQLite file with the standard library (not through the client's code),
the server side from the server's database through its own models and from its signed
``/api/v1/sync/state`` answer. Call ``assert_sync_invariants`` once the link is healthy and sync has run
to quiescence; take a ``ClientSnapshot`` before the faults to also prove that no op left the outbox and
no user data was deleted or overwritten (G2, G4).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import Counter
from collections.abc import Collection, Iterator, Mapping
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import requests
import sqlalchemy as sa

from sangkien_desktop import protocol
from sangkien_desktop.persistence.models import synced_tables
from sangkien_desktop.services.container import Services
from sangkien_server import db as server_db
from sangkien_server.models import Batch, Device, DeviceEpoch, OpReceipt, Record, StoredOp

OP_STATES = frozenset({"PENDING", "IN_FLIGHT", "ACKED", "QUARANTINED", "DEFERRED", "GONE"})
UNSETTLED = frozenset({"PENDING", "IN_FLIGHT", "DEFERRED"})
ACK_RESULTS = frozenset({protocol.RESULT_APPLIED, protocol.RESULT_DUPLICATE, protocol.RESULT_CONFLICT})
# Row columns sync itself maintains: not user data.
_SYNC_COLUMNS = frozenset({"pk", "server_version"})

ClientRef = Services | Path


# -- Reading the client ----------------------------------------------------------------------------


def data_dir_of(client: ClientRef) -> Path:
    return client.paths.data_dir if isinstance(client, Services) else client


@contextmanager
def client_db(client: ClientRef) -> Iterator[sqlite3.Connection]:
    with closing(sqlite3.connect(data_dir_of(client) / "sangkien.db", timeout=30)) as conn:
        conn.row_factory = sqlite3.Row
        yield conn


@dataclass(frozen=True)
class LocalOp:
    op_id: str
    device_epoch: int
    seq: int
    entity_type: str
    entity_id: str
    op_type: str
    version: int
    payload: str | None
    payload_sha256: str
    state: str
    batch_id: str | None
    result_status: str | None
    result_code: str | None
    result_message: str | None
    server_version: int | None


def local_ops(client: ClientRef) -> dict[str, LocalOp]:
    fields = ", ".join(LocalOp.__dataclass_fields__)
    with client_db(client) as conn:
        rows = conn.execute(f"SELECT {fields} FROM outbox ORDER BY device_epoch, seq").fetchall()
    return {row["op_id"]: LocalOp(**dict(row)) for row in rows}


def sync_state(client: ClientRef) -> dict[str, Any]:
    with client_db(client) as conn:
        return dict(conn.execute("SELECT * FROM sync_state").fetchone())


def local_batches(client: ClientRef) -> dict[str, dict[str, Any]]:
    with client_db(client) as conn:
        return {row["batch_id"]: dict(row) for row in conn.execute(
            "SELECT batch_id, state, body_sha256, response_sha256, device_epoch FROM sync_batch")}


def _row_hash(row: sqlite3.Row) -> str:
    values = {key: row[key] for key in row.keys() if key not in _SYNC_COLUMNS}  # noqa: SIM118
    return hashlib.sha256(repr(sorted(values.items())).encode()).hexdigest()


@dataclass(frozen=True)
class RecordState:
    entity_type: str
    version: int
    deleted_at: str | None
    row_hash: str


def local_records(client: ClientRef) -> dict[str, RecordState]:
    """Every synced record of the store, by id."""
    records: dict[str, RecordState] = {}
    with client_db(client) as conn:
        for entity_type, model in synced_tables().items():
            table = sa.inspect(model).local_table.name
            for row in conn.execute(f"SELECT * FROM {table}"):
                records[row["id"]] = RecordState(entity_type, row["version"], row["deleted_at"],
                                                 _row_hash(row))
    return records


def purged_ids(client: ClientRef) -> set[str]:
    with client_db(client) as conn:
        return {row[0] for row in conn.execute("SELECT entity_id FROM purged_record")}


@dataclass(frozen=True)
class ClientSnapshot:
    """What the office PC held before the faults: its ops and its records."""

    ops: Mapping[str, LocalOp]
    records: Mapping[str, RecordState]

    @classmethod
    def take(cls, client: ClientRef) -> ClientSnapshot:
        return cls(local_ops(client), local_records(client))


class ServerRef(Protocol):
    """A running reference server: in a thread (``live_server``) or its own process (``server_process``)."""

    url: str
    db_url: str


# -- Reading the server ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ServerView:
    device: Device
    epochs: dict[int, int]  # epoch → acked_through_seq
    ops: dict[str, StoredOp]  # this device's stored ops by op_id
    receipts: list[OpReceipt]
    batches: dict[str, Batch]
    records: dict[tuple[str, str], Record]  # the unit's records and the shared reference data


def server_view(server: ServerRef, device_id: str) -> ServerView:
    with server_db.read_session(server.db_url) as session:
        device = session.get(Device, device_id)
        assert device is not None, f"the server does not know device {device_id}"
        epochs = {e.epoch: e.acked_through_seq
                  for e in session.scalars(sa.select(DeviceEpoch).where(DeviceEpoch.device_id == device_id))}
        ops = list(session.scalars(sa.select(StoredOp).where(StoredOp.device_id == device_id)))
        receipts = list(session.scalars(sa.select(OpReceipt).where(OpReceipt.device_id == device_id)))
        batch_rows = session.scalars(sa.select(Batch).where(Batch.device_id == device_id))
        batches = {b.batch_id: b for b in batch_rows}
        mine_or_shared = sa.or_(Record.unit_id == device.unit_id, Record.unit_id.is_(None))
        records = {(r.entity_type, r.entity_id): r
                   for r in session.scalars(sa.select(Record).where(mine_or_shared))}
    assert len({op.op_id for op in ops}) == len(ops), "an op_id is stored twice on the server"
    return ServerView(device, epochs, {op.op_id: op for op in ops}, receipts, batches, records)


def device_credentials(client: ClientRef, device_id: str) -> tuple[str, str]:
    """(device_token, hmac_key) from the client's credential file (tests force the file store)."""
    entries = json.loads((data_dir_of(client) / "sync" / "credentials.json").read_text(encoding="utf-8"))
    entry = entries[device_id]
    return entry["device_token"], entry["hmac_key"]


def signed_state(server: ServerRef, client: ClientRef, device_id: str, epoch: int) -> dict[str, Any]:
    """``GET /api/v1/sync/state?epoch=e``, with its signature checked."""
    token, hmac_key = device_credentials(client, device_id)
    answer = requests.get(f"{server.url}{protocol.API_PREFIX}/sync/state", params={"epoch": epoch},
                          headers={"Authorization": f"Bearer {token}", protocol.HEADER_PROTOCOL: "1"},
                          timeout=10, allow_redirects=False)
    assert answer.status_code == 200, answer.text
    assert protocol.signature_valid(hmac_key, answer.content, answer.headers.get(protocol.HEADER_SIGNATURE))
    state: dict[str, Any] = answer.json()
    return state


# -- The invariants --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Checked:
    """What the checks saw, for scenario-specific assertions."""

    ops: dict[str, LocalOp]
    server: ServerView
    state: dict[str, Any]

    def in_state(self, state: str) -> list[LocalOp]:
        return [op for op in self.ops.values() if op.state == state]


def assert_sync_invariants(
    client: ClientRef,
    server: ServerRef,
    *,
    before: ClientSnapshot | None = None,
    quarantined: Collection[str] = (),
    allow_unsettled: bool = False,
    expected_titles: Mapping[str, str | None] | None = None,
) -> Checked:
    """G1–G4 after a healing sync. ``quarantined``: op ids the server holds with another payload (the
    one reported difference of scenario 8). ``allow_unsettled``: ops may still wait (deferred forever).
    ``expected_titles``: initiative id → title the user last saved (None when the user deleted it)."""
    ops = local_ops(client)
    state = sync_state(client)
    device_id = state["device_id"]
    assert device_id, "the client is not enrolled"
    view = server_view(server, device_id)
    check_g2_states(client, ops, state, before, allow_unsettled)
    check_g1_same_set(client, server, ops, state, view, quarantined, allow_unsettled)
    check_g3_acknowledged(client, ops, view)
    check_g4_user_data(client, ops, view, before, expected_titles)
    return Checked(ops, view, state)


def check_g1_same_set(client: ClientRef, server: ServerRef, ops: Mapping[str, LocalOp],
                      state: Mapping[str, Any], view: ServerView, quarantined: Collection[str],
                      allow_unsettled: bool) -> None:
    """G1: the server's stored op set for the device is exactly the local ACKED set."""
    acked = {op.op_id: op.payload_sha256 for op in ops.values() if op.state == "ACKED"}
    stored = {op_id: op.payload_sha256 for op_id, op in view.ops.items()}
    for op_id in quarantined:
        assert ops[op_id].state == "QUARANTINED", f"op {op_id} should be quarantined: {ops[op_id]}"
        assert op_id in stored and stored[op_id] != ops[op_id].payload_sha256, "the server row changed"
    differences = {k for k in acked.keys() ^ stored.keys() if k not in quarantined}
    assert not differences, f"G1: op sets differ: local-only {sorted(acked.keys() - stored.keys())}, " \
                            f"server-only {sorted(stored.keys() - acked.keys())}"
    for op_id, sha in acked.items():
        assert stored[op_id] == sha, f"G1: op {op_id} is stored with another payload"
    expected_count = len(acked) + len(quarantined)
    expected_digest = protocol.device_digest([*acked.items(), *((q, stored[q]) for q in quarantined)])
    assert (view.device.op_count, view.device.digest) == (expected_count, expected_digest), \
        "G1: the server's running count or digest disagrees with its own stored ops"
    for epoch in sorted({op.device_epoch for op in ops.values()} | {state["device_epoch"]}):
        answer = signed_state(server, client, state["device_id"], epoch)
        assert answer["device_op_count"] == expected_count
        assert answer["device_digest"] == expected_digest
        undecided = {op.seq for op in ops.values() if op.device_epoch == epoch and op.state in UNSETTLED}
        assert set(answer["missing_seqs"]) <= undecided, f"G1: server misses seqs {answer['missing_seqs']}"
        if not allow_unsettled:
            assert answer["missing_seqs"] == [], f"G1: missing seqs in epoch {epoch}"
        decided = [op.seq for op in ops.values() if op.device_epoch == epoch and op.state not in UNSETTLED]
        if epoch == state["device_epoch"] and not undecided:
            assert answer["acked_through_seq"] == max(decided, default=0)


def check_g2_states(client: ClientRef, ops: Mapping[str, LocalOp], state: Mapping[str, Any],
                    before: ClientSnapshot | None, allow_unsettled: bool) -> None:
    """G2: every op in exactly one known state; none left the outbox; counters agree with the rows."""
    counts = Counter(op.state for op in ops.values())
    assert set(counts) <= OP_STATES, f"G2: unknown op states {set(counts) - OP_STATES}"
    assert state["unsettled_ops"] == sum(counts[s] for s in UNSETTLED), "G2: unsettled counter drifted"
    assert state["acked_ops"] == counts["ACKED"], "G2: acked counter drifted"
    if not allow_unsettled:
        assert not any(counts[s] for s in UNSETTLED), f"G2: not quiescent {counts}"
    assert not state["needs_epoch"], "G2: an epoch change is still pending"
    epoch, next_seq = state["device_epoch"], state["next_seq"]
    seqs = sorted(op.seq for op in ops.values() if op.device_epoch == epoch)
    assert seqs == list(range(1, next_seq)), "G2: the current epoch's seqs are not 1..next_seq-1"
    batches = local_batches(client)
    for op in ops.values():
        if op.payload is not None:
            assert protocol.sha256_hex(op.payload) == op.payload_sha256, f"G2: op {op.op_id} was rewritten"
        else:
            assert op.state == "ACKED", f"G2: op {op.op_id} lost its payload before acknowledgement"
        if op.state == "IN_FLIGHT":
            assert op.batch_id in batches and batches[op.batch_id]["state"] in ("SEALED", "ACCEPTED_ASYNC")
    if before is not None:
        for op_id, old in before.ops.items():
            assert op_id in ops, f"G2: op {op_id} left the outbox"
            new = ops[op_id]
            assert (new.entity_id, new.version, new.payload_sha256) == (old.entity_id, old.version,
                                                                        old.payload_sha256)
            if (new.device_epoch, new.seq) != (old.device_epoch, old.seq):
                assert old.state != "ACKED" and new.device_epoch > old.device_epoch, \
                    f"G2: op {op_id} was renumbered although acknowledged"


def check_g3_acknowledged(client: ClientRef, ops: Mapping[str, LocalOp], view: ServerView) -> None:
    """G3: every ACKED op carries a result the server really gave, from a batch it really answered."""
    batches = local_batches(client)
    receipts = {(r.op_id, r.status) for r in view.receipts}
    for op in ops.values():
        if op.state == "QUARANTINED":
            assert op.result_status in (protocol.RESULT_REJECTED, protocol.RESULT_MISMATCH), op
            assert op.result_message, f"G3: quarantined op {op.op_id} shows no reason"
        if op.state == "GONE":
            assert op.result_status == protocol.RESULT_GONE
        if op.state != "ACKED":
            continue
        stored = view.ops.get(op.op_id)
        assert stored is not None, f"G3: op {op.op_id} ACKED but the server does not hold it"
        assert op.result_status in ACK_RESULTS, f"G3: op {op.op_id} ACKED with result {op.result_status}"
        assert op.server_version == stored.server_version, f"G3: op {op.op_id} has another server_version"
        assert any((op.op_id, s) in receipts for s in ACK_RESULTS) or stored.batch_id == op.batch_id, \
            f"G3: no server receipt acknowledges op {op.op_id}"
        batch = batches.get(op.batch_id or "")
        if batch is None:  # pulled back from the server after a restored backup (SYNC.md §4.6)
            assert op.batch_id in (None, stored.batch_id), f"G3: op {op.op_id} ACKED by an unknown batch"
            assert op.result_status == stored.status, f"G3: pulled-back op {op.op_id} has another result"
            continue
        assert batch["state"] == "DONE", f"G3: op {op.op_id} ACKED while its batch is {batch['state']}"
        answered = view.batches.get(op.batch_id or "")
        assert answered is not None, f"G3: the server never answered batch {op.batch_id}"
        assert answered.body_sha256 == batch["body_sha256"], "G3: acknowledged by another batch's answer"
        if batch["response_sha256"] is not None:
            assert hashlib.sha256(answered.response_body).hexdigest() == batch["response_sha256"], \
                f"G3: batch {op.batch_id} acknowledged by a response the server did not send"


def check_g4_user_data(client: ClientRef, ops: Mapping[str, LocalOp], view: ServerView,
                       before: ClientSnapshot | None,
                       expected_titles: Mapping[str, str | None] | None) -> None:
    """G4: sync deleted and overwrote nothing: records kept, every record's state is its latest op's, and
    the server's copy of an acknowledged latest op is that state."""
    records = local_records(client)
    latest: dict[str, LocalOp] = {}
    for op in ops.values():
        if op.entity_id not in latest or op.version > latest[op.entity_id].version:
            latest[op.entity_id] = op
    for record_id, record in records.items():
        held = view.records.get((record.entity_type, record_id))
        found = latest.get(record_id)
        if found is None:  # reference data pulled from the server: the server's copy, unchanged
            assert held is not None and held.unit_id is None and held.version == record.version, \
                f"G4: {record.entity_type} {record_id} has no op and is not the server's reference data"
            continue
        assert found.version == record.version, \
            f"G4: {record.entity_type} {record_id} v{record.version} has no op of its version"
        op = found
        assert (op.op_type == protocol.OP_DELETE) == (record.deleted_at is not None), \
            f"G4: {record_id}'s deletion does not match its latest op"
        if op.state == "ACKED" and op.result_status in (protocol.RESULT_APPLIED, protocol.RESULT_DUPLICATE):
            assert held is not None, f"G4: the server lost {record.entity_type} {record_id}"
            assert held.payload_sha256 == op.payload_sha256, f"G4: the server's {record_id} was overwritten"
    gone = purged_ids(client)
    missing = sorted(f"{op.entity_type} {entity_id}" for entity_id, op in latest.items()
                     if entity_id not in records and entity_id not in gone)
    assert not missing, f"G4: records with ops but no row on this PC: {missing[:5]}"
    if before is not None:
        for record_id, old in before.records.items():
            if record_id in gone:
                continue  # purged from the trash by the user, not by sync
            new = records.get(record_id)
            assert new is not None, f"G4: {old.entity_type} {record_id} was deleted"
            assert new.version >= old.version, f"G4: {record_id} went back to an older version"
            if new.version == old.version:
                assert new == old, f"G4: {old.entity_type} {record_id} changed without a new version"
    if expected_titles is not None:
        with client_db(client) as conn:
            rows = {r["id"]: (r["title"], r["deleted_at"]) for r in conn.execute(
                "SELECT id, title, deleted_at FROM initiative")}
        for initiative_id, title in expected_titles.items():
            assert initiative_id in rows, f"G4: initiative {initiative_id} vanished"
            stored_title, deleted_at = rows[initiative_id]
            if title is None:
                assert deleted_at is not None, f"G4: initiative {initiative_id} came back from the trash"
            else:
                assert (stored_title, deleted_at) == (title, None), f"G4: initiative {initiative_id} changed"
