"""The success predicate (SYNC.md §4.4): nothing is delivered unless every clause holds.

``accept_batch_reply`` returns the server's per-op results only when clauses 1–6 hold; clause 7 (the
returned payload hash of an applied or duplicate op equals the one sent) turns that op's result
into ``mismatch`` instead of failing the whole answer. Any failure raises ``PredicateFailure``:
outcome unknown, the batch stays sealed and is sent again unchanged.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from sangkien_desktop.protocol import (
    HEADER_SIGNATURE,
    RESULT_APPLIED,
    RESULT_DUPLICATE,
    RESULT_MISMATCH,
    signature_valid,
)

from .classify import is_protocol_json
from .messages import BatchReply, OpResult, read_batch_reply
from .schema import SchemaError, parse_object
from .transport import Response

NO_REDIRECT, ENVELOPE, SIGNATURE, SCHEMA, IDENTITY, RESULTS = 1, 2, 3, 4, 5, 6


class PredicateFailure(Exception):
    def __init__(self, clause: int, reason: str) -> None:
        super().__init__(f"success predicate clause {clause}: {reason}")
        self.clause = clause
        self.reason = reason


@dataclass(frozen=True)
class SentBatch:
    """What the client sent and who it is: everything the answer is checked against."""

    batch_id: str
    device_id: str
    device_epoch: int
    server_id: str
    payload_sha256: Mapping[str, str]  # op_id → hash sent, one entry per op


def signed_document(
    response: Response, hmac_key: str, *, statuses: tuple[int, ...] = (200, 201)
) -> dict[str, Any]:
    """Clauses 1–4 for any signed answer: status, protocol JSON, signature, a JSON object."""
    if response.status not in statuses:
        raise PredicateFailure(NO_REDIRECT, f"HTTP {response.status}")
    if not is_protocol_json(response):
        raise PredicateFailure(ENVELOPE, f"content type {response.content_type or '-'} or protocol header")
    if not signature_valid(hmac_key, response.body, response.header(HEADER_SIGNATURE)):
        raise PredicateFailure(SIGNATURE, "signature missing or wrong")
    try:
        return parse_object(response.body)
    except SchemaError as exc:
        raise PredicateFailure(SCHEMA, str(exc)) from exc


def accept_batch_reply(response: Response, sent: SentBatch, hmac_key: str) -> BatchReply:
    doc = signed_document(response, hmac_key)
    return replace(check_batch_document(doc, sent), body_sha256=hashlib.sha256(response.body).hexdigest())


def check_batch_document(doc: Mapping[str, Any], sent: SentBatch) -> BatchReply:
    """Clauses 4–7 on an already verified document (a batch answer, a replay or a finished job)."""
    try:
        reply = read_batch_reply(doc)
    except SchemaError as exc:
        raise PredicateFailure(SCHEMA, str(exc)) from exc
    expected = (sent.batch_id, sent.device_id, sent.device_epoch, sent.server_id)
    got = (reply.batch_id, reply.device_id, reply.device_epoch, reply.server_id)
    if got != expected:
        raise PredicateFailure(IDENTITY, f"answer names {got}, sent {expected}")
    ids = [r.op_id for r in reply.results]
    if len(ids) != len(set(ids)) or set(ids) != set(sent.payload_sha256):
        raise PredicateFailure(RESULTS, f"{len(ids)} results for {len(sent.payload_sha256)} ops sent")
    return replace(
        reply, results=tuple(_clause_seven(r, sent.payload_sha256[r.op_id]) for r in reply.results)
    )


def _clause_seven(result: OpResult, sent_sha: str) -> OpResult:
    if result.status in (RESULT_APPLIED, RESULT_DUPLICATE) and result.payload_sha256 != sent_sha:
        return replace(
            result,
            status=RESULT_MISMATCH,
            code="different_payload",
            message="Máy chủ xác nhận một nội dung khác với nội dung đã gửi.",
        )
    return result
