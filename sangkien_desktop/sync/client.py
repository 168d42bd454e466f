"""The protocol calls of SYNC.md §3.3, one method each, without any database.

Every method either returns a checked value or raises ``SyncFailure`` with the classified outcome
(§4.5). Answers that move local state (batches, replays, jobs, state, diff, held ops) must carry a
valid HMAC signature; the ping must be protocol JSON, or the network is taken to need a login.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from sangkien_desktop.protocol import (
    API_PREFIX,
    HEADER_BLOB_RECEIVED,
    HEADER_BLOB_STATE,
    HEADER_IDEMPOTENCY,
    PROTOCOL_VERSION,
    canonical_json,
    gzip_bytes,
)

from .classify import (
    Classified,
    SyncFailure,
    Verdict,
    classify_error,
    classify_response,
    is_protocol_json,
    looks_like_login_page,
)
from .messages import (
    BatchReply,
    ChangesPage,
    Diff,
    Enrolment,
    OpsPage,
    PingInfo,
    ServerFigures,
    read_changes,
    read_diff,
    read_enrolment,
    read_figures,
    read_ops,
    read_ping,
)
from .predicate import PredicateFailure, SentBatch, accept_batch_reply, check_batch_document, signed_document
from .schema import SchemaError, field, parse_object
from .transport import Response, Transport, TransportError

T = TypeVar("T")
JSON_GZIP = {"Content-Type": "application/json", "Content-Encoding": "gzip"}


@dataclass(frozen=True)
class DeviceAuth:
    device_id: str
    device_token: str
    hmac_key: str
    server_id: str


@dataclass(frozen=True)
class Accepted:
    """202: the batch is durably queued; ask for ``job_id`` instead of uploading again (P8)."""

    job_id: str


@dataclass(frozen=True)
class BlobState:
    complete: bool
    received: int  # bytes the server holds of a partial blob (0 when it has none)


class SyncClient:
    def __init__(self, base_url: str, transport: Transport, auth: DeviceAuth | None = None) -> None:
        self._base = base_url
        self._transport = transport
        self.auth = auth

    # -- unauthenticated ------------------------------------------------------------------------------

    def ping(self) -> PingInfo:
        response = self._call("GET", "/ping")
        if response.status != 200 or not is_protocol_json(response):
            raise SyncFailure(_login_or_unknown(response))
        try:
            return read_ping(parse_object(response.body))
        except SchemaError as exc:
            raise SyncFailure(Classified(Verdict.NETWORK_LOGIN, f"ping: {exc}", response.status)) from exc

    def enroll(
        self, code: str, device_name: str, office_public_key: str | None, previous_device_id: str | None
    ) -> Enrolment:
        document: dict[str, Any] = {
            "protocol": PROTOCOL_VERSION,
            "code": code,
            "device_name": device_name,
            "office_public_key": office_public_key,
        }
        if previous_device_id:
            document["device_id"] = previous_device_id
        response = self._call("POST", "/enroll", body=_gzip_json(document), headers=JSON_GZIP)
        if response.status not in (200, 201) or not is_protocol_json(response):
            raise SyncFailure(classify_response(response))
        try:
            return read_enrolment(parse_object(response.body))
        except SchemaError as exc:
            raise SyncFailure(Classified(Verdict.UNKNOWN, f"enrol: {exc}", response.status)) from exc

    # -- blobs ----------------------------------------------------------------------------------------

    def blob_state(self, sha256: str) -> BlobState:
        response = self._call("HEAD", f"/blobs/{sha256}", auth=True)
        if response.status == 404 and (response.header("X-Sangkien-Protocol") or "").strip() == "1":
            return BlobState(False, 0)
        if response.status != 200:
            raise SyncFailure(classify_response(response))
        state = (response.header(HEADER_BLOB_STATE) or "").strip().lower()
        received = response.header(HEADER_BLOB_RECEIVED) or "0"
        if state not in ("complete", "partial") or not received.strip().isdigit():
            raise SyncFailure(Classified(Verdict.UNKNOWN, "HEAD blob: no blob headers", response.status))
        return BlobState(state == "complete", int(received))

    def put_blob_chunk(self, sha256: str, start: int, chunk: bytes, total: int) -> None:
        headers = {
            "Content-Type": "application/octet-stream",
            "Content-Range": f"bytes {start}-{start + len(chunk) - 1}/{total}",
        }
        response = self._call("PUT", f"/blobs/{sha256}", body=chunk, headers=headers, auth=True)
        if response.status not in (200, 201, 204) or not is_protocol_json(response):
            raise SyncFailure(classify_response(response))

    # -- batches --------------------------------------------------------------------------------------

    def post_batch(self, batch_id: str, body_gzip: bytes) -> Response:
        """Send the sealed bytes; returns the raw answer for ``read_batch_answer`` (a crash point sits
        between the two)."""
        headers = {**JSON_GZIP, HEADER_IDEMPOTENCY: batch_id}
        return self._call("POST", "/sync/batches", body=body_gzip, headers=headers, auth=True)

    def read_batch_answer(self, response: Response, sent: SentBatch) -> BatchReply | Accepted:
        return self._batch_answer(response, sent)

    def batch_replay(self, sent: SentBatch) -> BatchReply | Accepted:
        """The stored answer of a batch the server may have applied (§4.5 after three unknowns)."""
        response = self._call("GET", f"/sync/batches/{sent.batch_id}", auth=True)
        return self._batch_answer(response, sent)

    def job(self, job_id: str, sent: SentBatch) -> BatchReply | Accepted:
        response = self._call("GET", f"/sync/jobs/{job_id}", auth=True)
        return self._batch_answer(response, sent, job_id=job_id)

    def _batch_answer(
        self, response: Response, sent: SentBatch, job_id: str | None = None
    ) -> BatchReply | Accepted:
        if response.status == 202:
            doc = self._verified(response, statuses=(202,))
            queued = doc.get("job_id", job_id)
            if not isinstance(queued, str):
                raise SyncFailure(Classified(Verdict.UNKNOWN, "202 without job_id", 202))
            return Accepted(queued)
        if response.status not in (200, 201):
            raise SyncFailure(classify_response(response))
        try:
            doc = signed_document(response, self._key())
            if job_id is not None and isinstance(doc.get("response"), dict):
                doc = doc["response"]  # a finished job carries the batch answer
            reply = check_batch_document(doc, sent)
            return replace(reply, body_sha256=hashlib.sha256(response.body).hexdigest())
        except PredicateFailure as exc:
            raise SyncFailure(_failed_predicate(response, exc)) from exc

    def check_reply(self, response: Response, sent: SentBatch) -> BatchReply:
        """The predicate alone, for answers read from elsewhere (a ``.skack`` file)."""
        try:
            return accept_batch_reply(response, sent, self._key())
        except PredicateFailure as exc:
            raise SyncFailure(_failed_predicate(response, exc)) from exc

    # -- reconciliation, epochs, pull -------------------------------------------------------------------

    def state(self, epoch: int) -> ServerFigures:
        doc = self._signed("GET", "/sync/state", params={"epoch": epoch})
        return self._read(read_figures, doc)

    def diff(self, pairs: Sequence[tuple[str, str]]) -> Diff:
        ops = [{"op_id": op_id, "payload_sha256": sha} for op_id, sha in pairs]
        doc = self._signed("POST", "/sync/diff", body=_gzip_json({"ops": ops}), headers=JSON_GZIP)
        return self._read(read_diff, doc)

    def new_epoch(self) -> int:
        doc = self._signed(
            "POST", "/sync/epochs", body=_gzip_json({"protocol": PROTOCOL_VERSION}), headers=JSON_GZIP
        )
        return self._read(lambda d: field(d, "device_epoch", int), doc)

    def held_ops(self, epoch: int, after_seq: int, limit: int) -> OpsPage:
        doc = self._signed(
            "GET", "/sync/ops", params={"epoch": epoch, "after_seq": after_seq, "limit": limit}
        )
        return self._read(read_ops, doc)

    def changes(self, since: int, limit: int) -> ChangesPage:
        doc = self._signed("GET", "/sync/changes", params={"since": since, "limit": limit})
        return self._read(read_changes, doc)

    # -- plumbing -------------------------------------------------------------------------------------

    def _call(
        self,
        method: str,
        path: str,
        *,
        body: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        params: Mapping[str, str | int] | None = None,
        auth: bool = False,
    ) -> Response:
        all_headers = dict(headers or {})
        if auth:
            if self.auth is None:
                raise SyncFailure(Classified(Verdict.AUTH, "not enrolled"))
            all_headers["Authorization"] = f"Bearer {self.auth.device_token}"
        try:
            return self._transport.request(
                method, self._base + API_PREFIX + path, headers=all_headers, body=body, params=params
            )
        except TransportError as exc:
            raise SyncFailure(classify_error(exc)) from exc

    def _signed(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        response = self._call(method, path, auth=True, **kwargs)
        if response.status not in (200, 201):
            raise SyncFailure(classify_response(response))
        return self._verified(response)

    def _verified(self, response: Response, statuses: tuple[int, ...] = (200, 201)) -> dict[str, Any]:
        try:
            return signed_document(response, self._key(), statuses=statuses)
        except PredicateFailure as exc:
            raise SyncFailure(_failed_predicate(response, exc)) from exc

    def _read(self, reader: Callable[[dict[str, Any]], T], doc: dict[str, Any]) -> T:
        try:
            return reader(doc)
        except SchemaError as exc:
            raise SyncFailure(Classified(Verdict.UNKNOWN, f"schema: {exc}")) from exc

    def _key(self) -> str:
        if self.auth is None:
            raise SyncFailure(Classified(Verdict.AUTH, "not enrolled"))
        return self.auth.hmac_key


def _gzip_json(document: Mapping[str, Any]) -> bytes:
    return gzip_bytes(canonical_json(document).encode("utf-8"))


def _login_or_unknown(response: Response) -> Classified:
    classified = classify_response(response)
    if classified.verdict is Verdict.UNKNOWN and 200 <= response.status < 300:
        return Classified(
            Verdict.NETWORK_LOGIN, f"ping: HTTP {response.status} not protocol JSON", response.status
        )
    return classified


def _failed_predicate(response: Response, failure: PredicateFailure) -> Classified:
    """A 2xx that failed the predicate: a login page is shown as such, anything else is unknown."""
    verdict = Verdict.NETWORK_LOGIN if looks_like_login_page(response) else Verdict.UNKNOWN
    return Classified(verdict, str(failure), response.status)
