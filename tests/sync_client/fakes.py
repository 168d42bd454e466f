"""A protocol-speaking server in memory behind a fake transport (SYNC.md §10 "unit level": no sockets).

``FakeServer`` answers the client's calls as the reference server would (signed answers, receipts,
digest, replay), and lets a test replace the next answers (``answer_next``), rewrite a batch answer
(``tamper``) or decide per op (``decide``). Every request is recorded with its exact body.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from sangkien_desktop.protocol import (
    HEADER_BLOB_RECEIVED,
    HEADER_BLOB_STATE,
    HEADER_PROTOCOL,
    HEADER_SIGNATURE,
    RESULT_APPLIED,
    RESULT_DUPLICATE,
    RESULT_MISMATCH,
    STORED_RESULTS,
    canonical_json,
    device_digest,
    format_utc,
    sign_body,
)
from sangkien_desktop.sync.transport import Response, TransportError, TransportSettings

HMAC_KEY = "5a" * 32
TOKEN = "device-token-secret"
SERVER_ID = "srv-fake"
DEVICE_ID = "0199aaaa-0000-7000-8000-000000000001"
UNIT_ID = "0199bbbb-0000-7000-8000-000000000002"
BASE_URL = "http://127.0.0.1:8765"

Answer = Response | TransportError | Callable[["Request"], Response]


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    headers: Mapping[str, str]
    body: bytes | None
    params: Mapping[str, str | int]

    def json(self) -> Any:
        assert self.body is not None
        data = gzip.decompress(self.body) if self.headers.get("Content-Encoding") == "gzip" else self.body
        return json.loads(data)


def protocol_json(
    doc: Mapping[str, Any],
    status: int = 200,
    *,
    key: str | None = HMAC_KEY,
    headers: Mapping[str, str] | None = None,
) -> Response:
    body = canonical_json(doc).encode("utf-8")
    all_headers = {
        "content-type": "application/json",
        HEADER_PROTOCOL.lower(): "1",
        **{k.lower(): v for k, v in (headers or {}).items()},
    }
    if key is not None:
        all_headers[HEADER_SIGNATURE.lower()] = sign_body(key, body)
    return Response(status, all_headers, body)


def protocol_error(
    status: int, code: str, message: str = "Lỗi thử nghiệm.", headers: Mapping[str, str] | None = None
) -> Response:
    return protocol_json({"error": code, "message": message}, status, key=None, headers=headers)


def login_page(status: int = 200) -> Response:
    headers = {"content-type": "text/html; charset=utf-8"}
    if 300 <= status < 400:
        headers["location"] = "http://login.wifi.example/"
    return Response(status, headers, b"<html><body>Dang nhap Wi-Fi</body></html>")


@dataclass
class FakeServer:
    now: Callable[[], datetime] = field(default=lambda: datetime.now(UTC).replace(tzinfo=None))
    epoch: int = 1
    requests: list[Request] = field(default_factory=list)
    stored: dict[str, str] = field(default_factory=dict)  # op_id → payload hash (applied/conflict)
    held: dict[int, list[dict[str, Any]]] = field(default_factory=dict)  # epoch → stored wire ops
    receipts: dict[tuple[int, int], str] = field(default_factory=dict)  # (epoch, seq) → op_id
    replies: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # batch_id → (body hash, answer)
    blobs: dict[str, bytearray] = field(default_factory=dict)
    changes: list[dict[str, Any]] = field(default_factory=list)
    queued: list[tuple[str, Answer]] = field(default_factory=list)  # (path prefix, answer) used once each
    tamper: Callable[[dict[str, Any]], dict[str, Any]] | None = None  # rewrites batch answers
    decide: Callable[[dict[str, Any]], dict[str, Any] | None] | None = None  # per-op result override
    settings: list[TransportSettings] = field(default_factory=list)

    # -- the transport side ---------------------------------------------------------------------------

    def transport(self, settings: TransportSettings) -> FakeServer:
        self.settings.append(settings)
        return self

    def close(self) -> None:
        pass

    def request(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        body: bytes | None = None,
        params: Mapping[str, str | int] | None = None,
    ) -> Response:
        path = urlsplit(url).path.removeprefix("/api/v1")
        request = Request(method, path, dict(headers or {}), body, dict(params or {}))
        self.requests.append(request)
        for index, (prefix, answer) in enumerate(self.queued):
            if path.startswith(prefix):
                del self.queued[index]
                if isinstance(answer, TransportError):
                    raise answer
                return answer if isinstance(answer, Response) else answer(request)
        return self.handle(request)

    def answer_next(self, prefix: str, *answers: Answer) -> None:
        self.queued.extend((prefix, a) for a in answers)

    def posts(self, path: str = "/sync/batches") -> list[Request]:
        return [r for r in self.requests if r.method == "POST" and r.path == path]

    # -- the protocol ---------------------------------------------------------------------------------

    def handle(self, r: Request) -> Response:
        if r.path == "/ping":
            return protocol_json(
                {
                    "protocol": 1,
                    "server_id": SERVER_ID,
                    "server_time": format_utc(self.now()),
                    "min_client_version": "0.1.0",
                    "message": None,
                },
                key=None,
            )
        if r.path == "/enroll":
            return protocol_json(self._enrolment(r.json()), 201, key=None)
        if r.headers.get("Authorization") != f"Bearer {TOKEN}":
            return protocol_error(401, "unauthorized")
        if r.path.startswith("/blobs/"):
            return self._blob(r)
        if r.path == "/sync/batches":
            return self.apply_batch(r.json())
        if r.path.startswith("/sync/batches/"):
            reply = self.replies.get(r.path.rsplit("/", 1)[1])
            return self._signed_raw(reply[1]) if reply else protocol_error(404, "unknown_batch")
        if r.path == "/sync/state":
            return protocol_json({"protocol": 1, **self.figures(int(r.params["epoch"]))})
        if r.path == "/sync/diff":
            pairs = [(o["op_id"], o["payload_sha256"]) for o in r.json()["ops"]]
            return protocol_json(
                {
                    "protocol": 1,
                    "missing": [i for i, _ in pairs if i not in self.stored],
                    "mismatched": [i for i, s in pairs if i in self.stored and self.stored[i] != s],
                }
            )
        if r.path == "/sync/changes":
            return self.changes_page(int(r.params["since"]), int(r.params["limit"]))
        if r.path == "/sync/epochs":
            self.epoch += 1
            return protocol_json({"protocol": 1, "device_id": DEVICE_ID, "device_epoch": self.epoch})
        if r.path == "/sync/ops":
            after, epoch = int(r.params["after_seq"]), int(r.params["epoch"])
            ops = [op for op in self.held.get(epoch, []) if op["seq"] > after]
            return protocol_json({"protocol": 1, "ops": ops, "has_more": False})
        return protocol_error(404, "not_found")

    def _enrolment(self, doc: dict[str, Any]) -> dict[str, Any]:
        self.last_enrolment = doc
        return {
            "protocol": 1,
            "device_id": DEVICE_ID,
            "device_epoch": self.epoch,
            "device_token": TOKEN,
            "hmac_key": HMAC_KEY,
            "unit_id": UNIT_ID,
            "unit_code": "CDCS-01",
            "unit_name": "Công đoàn cơ sở Công ty May 10",
            "server_id": SERVER_ID,
        }

    def figures(self, epoch: int) -> dict[str, Any]:
        seqs = sorted(seq for (e, seq) in self.receipts if e == epoch)
        through = 0
        while through + 1 in seqs:
            through += 1
        missing = [s for s in range(1, (seqs[-1] if seqs else 0) + 1) if s not in seqs]
        return {
            "acked_through_seq": through,
            "missing_seqs": missing,
            "device_op_count": len(self.stored),
            "device_digest": device_digest(self.stored.items()),
        }

    def apply_batch(self, doc: dict[str, Any]) -> Response:
        body_sha = doc["body_sha256"]
        if doc["batch_id"] in self.replies:
            known_sha, reply = self.replies[doc["batch_id"]]
            if known_sha != body_sha:
                return protocol_error(409, "idempotency_key_reuse")
            return self._signed_raw(reply)
        epoch = doc["device_epoch"]
        if any(self.receipts.get((epoch, op["seq"]), op["op_id"]) != op["op_id"] for op in doc["ops"]):
            return protocol_error(409, "seq_reuse")
        results = [self._decide(op, epoch) for op in doc["ops"]]
        answer = {
            "protocol": 1,
            "server_id": SERVER_ID,
            "device_id": doc["device_id"],
            "device_epoch": epoch,
            "batch_id": doc["batch_id"],
            "received_at": format_utc(self.now()),
            "results": results,
            **self.figures(epoch),
        }
        if self.tamper is not None:
            answer = self.tamper(answer)
        raw = canonical_json(answer).encode("utf-8")
        self.replies[doc["batch_id"]] = (body_sha, raw)
        return self._signed_raw(raw)

    def _decide(self, op: dict[str, Any], epoch: int) -> dict[str, Any]:
        result = self.decide(op) if self.decide else None
        if result is None:
            if op["op_id"] in self.stored:
                status = (
                    RESULT_DUPLICATE if self.stored[op["op_id"]] == op["payload_sha256"] else RESULT_MISMATCH
                )
            else:
                status = RESULT_APPLIED
            result = {"status": status}
        if result["status"] in STORED_RESULTS:
            self.stored[op["op_id"]] = op["payload_sha256"]
            self.held.setdefault(epoch, []).append(
                {**op, "status": result["status"], "server_version": op["version"]}
            )
        if result["status"] != "deferred":
            self.receipts[(epoch, op["seq"])] = op["op_id"]
        extra = (
            {"server_version": op["version"], "payload_sha256": op["payload_sha256"]}
            if result["status"] in (*STORED_RESULTS, RESULT_DUPLICATE)
            else {}
        )
        return {"op_id": op["op_id"], "seq": op["seq"], **extra, **result}

    def changes_page(self, since: int, limit: int) -> Response:
        page = [c for c in self.changes if c["server_seq"] > since][:limit]
        more = len([c for c in self.changes if c["server_seq"] > since]) > limit
        return protocol_json(
            {
                "protocol": 1,
                "changes": page,
                "next_since": page[-1]["server_seq"] if page else since,
                "has_more": more,
            }
        )

    def _blob(self, r: Request) -> Response:
        sha = r.path.rsplit("/", 1)[1]
        held = self.blobs.get(sha)
        if r.method == "HEAD":
            if held is None:
                return protocol_error(404, "unknown_blob")
            import hashlib

            state = "complete" if hashlib.sha256(held).hexdigest() == sha else "partial"
            return Response(
                200,
                {
                    HEADER_PROTOCOL.lower(): "1",
                    HEADER_BLOB_STATE.lower(): state,
                    HEADER_BLOB_RECEIVED.lower(): str(len(held)),
                },
                b"",
            )
        start = int(r.headers["Content-Range"].split()[1].split("-")[0])
        data = self.blobs.setdefault(sha, bytearray())
        del data[start:]
        data.extend(r.body or b"")
        return protocol_json({"protocol": 1, "received": len(data)}, key=None)

    def _signed_raw(self, raw: bytes) -> Response:
        return Response(
            200,
            {
                "content-type": "application/json",
                HEADER_PROTOCOL.lower(): "1",
                HEADER_SIGNATURE.lower(): sign_body(HMAC_KEY, raw),
            },
            raw,
        )
