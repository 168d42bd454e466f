"""The server's documents (SYNC.md §3.3–3.5) as frozen values, read field by field."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sangkien_desktop.protocol import OP_RESULTS, PROTOCOL_VERSION

from .schema import (
    SchemaError,
    field,
    integers,
    objects,
    optional,
    optional_timestamp,
    strings,
    timestamp,
)


def _protocol(doc: Mapping[str, Any]) -> None:
    if field(doc, "protocol", int) != PROTOCOL_VERSION:
        raise SchemaError("protocol version differs")


@dataclass(frozen=True)
class PingInfo:
    server_id: str
    server_time: datetime  # naive UTC
    min_client_version: str | None
    message: str | None


def read_ping(doc: Mapping[str, Any]) -> PingInfo:
    _protocol(doc)
    return PingInfo(
        field(doc, "server_id", str),
        timestamp(doc, "server_time"),
        optional(doc, "min_client_version", str),
        optional(doc, "message", str),
    )


@dataclass(frozen=True)
class Enrolment:
    device_id: str
    device_epoch: int
    device_token: str
    hmac_key: str
    unit_id: str
    unit_code: str
    unit_name: str
    server_id: str


def read_enrolment(doc: Mapping[str, Any]) -> Enrolment:
    _protocol(doc)
    hmac_key = field(doc, "hmac_key", str)
    try:
        bytes.fromhex(hmac_key)
    except ValueError as exc:
        raise SchemaError("hmac_key is not hex") from exc
    return Enrolment(
        field(doc, "device_id", str),
        field(doc, "device_epoch", int),
        field(doc, "device_token", str),
        hmac_key,
        field(doc, "unit_id", str),
        field(doc, "unit_code", str),
        field(doc, "unit_name", str),
        field(doc, "server_id", str),
    )


@dataclass(frozen=True)
class OpResult:
    op_id: str
    seq: int
    status: str
    code: str | None = None
    message: str | None = None
    server_version: int | None = None
    payload_sha256: str | None = None
    received_at: datetime | None = None
    first_batch_id: str | None = None


def read_op_result(doc: Mapping[str, Any]) -> OpResult:
    status = field(doc, "status", str)
    if status not in OP_RESULTS:
        raise SchemaError(f"unknown op status {status!r}")
    return OpResult(
        field(doc, "op_id", str),
        field(doc, "seq", int),
        status,
        optional(doc, "code", str),
        optional(doc, "message", str),
        optional(doc, "server_version", int),
        optional(doc, "payload_sha256", str),
        optional_timestamp(doc, "received_at"),
        optional(doc, "first_batch_id", str),
    )


@dataclass(frozen=True)
class ServerFigures:
    """Cumulative acknowledgement and digest (rule 14)."""

    acked_through_seq: int
    missing_seqs: tuple[int, ...]
    device_op_count: int
    device_digest: str


def read_figures(doc: Mapping[str, Any]) -> ServerFigures:
    return ServerFigures(
        field(doc, "acked_through_seq", int),
        tuple(integers(doc, "missing_seqs")),
        field(doc, "device_op_count", int),
        field(doc, "device_digest", str),
    )


@dataclass(frozen=True)
class BatchReply:
    server_id: str
    device_id: str
    device_epoch: int
    batch_id: str
    received_at: datetime | None
    results: tuple[OpResult, ...]
    figures: ServerFigures
    body_sha256: str | None = None  # SHA-256 of the raw answer, kept with the settled batch


def read_batch_reply(doc: Mapping[str, Any]) -> BatchReply:
    _protocol(doc)
    return BatchReply(
        field(doc, "server_id", str),
        field(doc, "device_id", str),
        field(doc, "device_epoch", int),
        field(doc, "batch_id", str),
        optional_timestamp(doc, "received_at"),
        tuple(read_op_result(item) for item in objects(doc, "results")),
        read_figures(doc),
    )


@dataclass(frozen=True)
class Diff:
    missing: tuple[str, ...]
    mismatched: tuple[str, ...]


def read_diff(doc: Mapping[str, Any]) -> Diff:
    return Diff(tuple(strings(doc, "missing")), tuple(strings(doc, "mismatched")))


@dataclass(frozen=True)
class Change:
    server_seq: int
    kind: str
    id: str
    version: int | None
    deleted: bool
    payload: dict[str, Any] | None


@dataclass(frozen=True)
class ChangesPage:
    changes: tuple[Change, ...]
    next_since: int
    has_more: bool


def read_changes(doc: Mapping[str, Any]) -> ChangesPage:
    changes = tuple(
        Change(
            field(item, "server_seq", int),
            field(item, "kind", str),
            field(item, "id", str),
            optional(item, "version", int),
            bool(optional(item, "deleted", bool)),
            optional(item, "payload", dict),
        )
        for item in objects(doc, "changes")
    )
    return ChangesPage(changes, field(doc, "next_since", int), field(doc, "has_more", bool))


@dataclass(frozen=True)
class HeldOp:
    """An op the server holds for this device (pull-back after a restored backup, §4.6)."""

    op_id: str
    seq: int
    entity_type: str
    entity_id: str
    op_type: str
    base_version: int | None
    version: int
    payload: dict[str, Any]
    payload_sha256: str
    server_version: int | None
    received_at: datetime | None
    status: str | None = None  # the result the server recorded (applied, conflict_flagged)


@dataclass(frozen=True)
class OpsPage:
    ops: tuple[HeldOp, ...]
    has_more: bool


def read_ops(doc: Mapping[str, Any]) -> OpsPage:
    ops = tuple(
        HeldOp(
            field(item, "op_id", str),
            field(item, "seq", int),
            field(item, "entity_type", str),
            field(item, "entity_id", str),
            field(item, "op_type", str),
            optional(item, "base_version", int),
            field(item, "version", int),
            field(item, "payload", dict),
            field(item, "payload_sha256", str),
            optional(item, "server_version", int),
            optional_timestamp(item, "received_at"),
            optional(item, "status", str),
        )
        for item in objects(doc, "ops")
    )
    return OpsPage(ops, field(doc, "has_more", bool))
