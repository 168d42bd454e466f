"""Batch bodies (SYNC.md §3.4) and the adaptive batch size (rule 9).

The body is built once, gzip-compressed deterministically and sealed in the store with its hash
before the first byte goes out; a re-send uses the stored bytes, never a rebuilt body.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from sangkien_desktop.protocol import (
    OP_UPSERT,
    PROTOCOL_VERSION,
    canonical_json,
    format_utc,
    gzip_bytes,
    ops_body_sha256,
)

from .config import SyncConfig


class WireOp(Protocol):
    """An outbox op as the batch builder reads it (the store's row type satisfies it)."""

    @property
    def op_id(self) -> str: ...
    @property
    def seq(self) -> int: ...
    @property
    def entity_type(self) -> str: ...
    @property
    def entity_id(self) -> str: ...
    @property
    def op_type(self) -> str: ...
    @property
    def base_version(self) -> int | None: ...
    @property
    def version(self) -> int: ...
    @property
    def payload_json(self) -> str: ...  # canonical JSON as stored
    @property
    def payload_sha256(self) -> str: ...
    @property
    def blob_refs(self) -> tuple[str, ...]: ...
    @property
    def created_at_local(self) -> datetime: ...


def wire_op(op: WireOp) -> dict[str, Any]:
    payload = json.loads(op.payload_json)
    return {
        "op_id": op.op_id,
        "seq": op.seq,
        "entity_type": op.entity_type,
        "entity_id": op.entity_id,
        "op_type": op.op_type,
        "base_version": op.base_version,
        "version": op.version,
        "payload": payload,
        "payload_sha256": op.payload_sha256,
        "blob_refs": list(blob_refs_of(op.entity_type, op.op_type, payload, op.blob_refs)),
        "created_at_local": format_utc(op.created_at_local),
    }


def blob_refs_of(
    entity_type: str, op_type: str, payload: dict[str, Any], stored: Sequence[str]
) -> tuple[str, ...]:
    """The blobs an op needs on the server: those stored with the op, or an attachment's own file."""
    if stored:
        return tuple(stored)
    sha = payload.get("sha256")
    if entity_type == "attachment" and op_type == OP_UPSERT and isinstance(sha, str):
        return (sha,)
    return ()


@dataclass(frozen=True)
class Identity:
    """Who sends: the enrolment's device and unit, and the epoch the ops are numbered in."""

    device_id: str
    device_epoch: int
    unit_id: str


@dataclass(frozen=True)
class BatchBody:
    batch_id: str
    device_epoch: int
    first_seq: int
    last_seq: int
    op_count: int
    body_sha256: str
    body_gzip: bytes
    op_ids: tuple[str, ...]
    payload_sha256: dict[str, str]  # op_id → hash sent (success predicate clause 7)


def build_body(identity: Identity, batch_id: str, ops: Sequence[WireOp]) -> BatchBody:
    """The request body of §3.4 for these ops (sorted by seq), gzip-compressed."""
    ordered = sorted(ops, key=lambda op: op.seq)
    wire_ops = [wire_op(op) for op in ordered]
    body_sha = ops_body_sha256(wire_ops)
    document = {
        "protocol": PROTOCOL_VERSION,
        "device_id": identity.device_id,
        "device_epoch": identity.device_epoch,
        "unit_id": identity.unit_id,
        "batch_id": batch_id,
        "first_seq": ordered[0].seq,
        "last_seq": ordered[-1].seq,
        "op_count": len(ordered),
        "body_sha256": body_sha,
        "ops": wire_ops,
    }
    return BatchBody(
        batch_id=batch_id,
        device_epoch=identity.device_epoch,
        first_seq=ordered[0].seq,
        last_seq=ordered[-1].seq,
        op_count=len(ordered),
        body_sha256=body_sha,
        body_gzip=gzip_bytes(canonical_json(document).encode("utf-8")),
        op_ids=tuple(op.op_id for op in ordered),
        payload_sha256={op.op_id: op.payload_sha256 for op in ordered},
    )


def fit_body(identity: Identity, batch_id: str, ops: Sequence[WireOp], max_gzip_bytes: int) -> BatchBody:
    """The largest prefix of ``ops`` whose body fits the byte limit (at least one op)."""
    count = len(ops)
    while True:
        body = build_body(identity, batch_id, ops[:count])
        if len(body.body_gzip) <= max_gzip_bytes or count == 1:
            return body
        count = max(1, count // 2)


@dataclass
class BatchSize:
    """Adaptive size (rule 9): halve after a timeout or 413, grow by a quarter after clean successes."""

    max_ops: int
    max_bytes: int
    clean: int = 0

    @classmethod
    def initial(cls, config: SyncConfig) -> BatchSize:
        return cls(config.batch_max_ops, config.batch_max_gzip_bytes)

    def shrink(self) -> None:
        self.max_ops = max(1, self.max_ops // 2)
        self.max_bytes = max(1024, self.max_bytes // 2)
        self.clean = 0

    def succeeded(self, config: SyncConfig) -> None:
        self.clean += 1
        if self.clean < config.clean_batches_to_grow:
            return
        self.clean = 0
        self.max_ops = min(config.batch_max_ops, max(self.max_ops + 1, self.max_ops * 5 // 4))
        self.max_bytes = min(config.batch_max_gzip_bytes, max(self.max_bytes + 1, self.max_bytes * 5 // 4))
