"""A small raw protocol client for the server tests: enrol, build ops and batches, send them."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import requests

from sangkien_desktop import protocol
from tests.support.live_server import LiveServer

TIMEOUT = 30


@dataclass
class Device:
    server: LiveServer
    device_id: str
    token: str
    hmac_key: str
    unit_id: str
    unit_code: str
    epoch: int
    server_id: str
    next_seq: int = 1
    sent: list[dict[str, Any]] = field(default_factory=list)

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}", protocol.HEADER_PROTOCOL: "1"}

    def url(self, path: str) -> str:
        return f"{self.server.url}{path}"

    def op(self, entity_type: str = "initiative", payload: dict[str, Any] | None = None, *,
           entity_id: str | None = None, op_type: str = protocol.OP_UPSERT, base_version: int | None = None,
           version: int = 1, blob_refs: list[str] | None = None, seq: int | None = None,
           op_id: str | None = None) -> dict[str, Any]:
        """A well-formed op with the next seq (or ``seq``)."""
        entity_id = entity_id or protocol.new_id()
        payload = payload if payload is not None else {"id": entity_id, "title": "Cải tiến băng tải"}
        if seq is None:
            seq, self.next_seq = self.next_seq, self.next_seq + 1
        return {
            "op_id": op_id or protocol.new_id(), "seq": seq, "entity_type": entity_type,
            "entity_id": entity_id,
            "op_type": op_type, "base_version": base_version, "version": version, "payload": payload,
            "payload_sha256": protocol.payload_hash(payload)[1], "blob_refs": blob_refs or [],
            "created_at_local": "2024-03-05T01:12:00.000000Z",
        }

    def batch(self, ops: list[dict[str, Any]], batch_id: str | None = None) -> dict[str, Any]:
        ops = sorted(ops, key=lambda op: op["seq"])
        return {
            "protocol": 1, "device_id": self.device_id, "device_epoch": self.epoch, "unit_id": self.unit_id,
            "batch_id": batch_id or protocol.new_id(), "first_seq": ops[0]["seq"], "last_seq": ops[-1]["seq"],
            "op_count": len(ops), "body_sha256": protocol.ops_body_sha256(ops), "ops": ops,
        }

    def post_raw(self, path: str, data: bytes, *, gzip: bool = True, headers: dict[str, str] | None = None,
                 token: bool = True) -> requests.Response:
        all_headers = {**(self.headers if token else {}), "Content-Type": "application/json",
                       **(headers or {})}
        if gzip:
            data = protocol.gzip_bytes(data)
            all_headers["Content-Encoding"] = "gzip"
        return requests.post(self.url(path), data=data, headers=all_headers, timeout=TIMEOUT,
                             allow_redirects=False)

    def send(self, body: dict[str, Any], **kwargs: Any) -> requests.Response:
        headers = {protocol.HEADER_IDEMPOTENCY: str(body.get("batch_id")), **kwargs.pop("headers", {})}
        data = protocol.canonical_json(body).encode("utf-8")
        return self.post_raw("/api/v1/sync/batches", data, headers=headers, **kwargs)

    def send_ok(self, ops: list[dict[str, Any]], batch_id: str | None = None) -> dict[str, Any]:
        answer = self.send(self.batch(ops, batch_id))
        assert answer.status_code == 200, answer.text
        return self.verified(answer)

    def verified(self, answer: requests.Response) -> dict[str, Any]:
        """The body of a response that passes the client's success predicate (signature included)."""
        assert answer.headers[protocol.HEADER_PROTOCOL] == "1"
        assert answer.headers["content-type"].startswith("application/json")
        assert protocol.signature_valid(self.hmac_key, answer.content,
                                        answer.headers.get(protocol.HEADER_SIGNATURE))
        body: dict[str, Any] = json.loads(answer.content)
        return body

    def get(self, path: str, **params: Any) -> requests.Response:
        return requests.get(self.url(path), params=params, headers=self.headers, timeout=TIMEOUT,
                            allow_redirects=False)

    def get_ok(self, path: str, **params: Any) -> dict[str, Any]:
        answer = self.get(path, **params)
        assert answer.status_code == 200, answer.text
        return self.verified(answer)


def enroll(server: LiveServer, unit_code: str = "CDCS-01", unit_name: str = "Công đoàn cơ sở Công ty May 10",
           **extra: Any) -> Device:
    code = server.enrollment_code(unit_code, unit_name)
    body = {"protocol": 1, "code": code, "device_name": "Máy văn phòng", "office_public_key": None, **extra}
    answer = requests.post(f"{server.url}/api/v1/enroll", json=body, timeout=TIMEOUT)
    assert answer.status_code == 201, answer.text
    got = answer.json()
    return Device(server, got["device_id"], got["device_token"], got["hmac_key"], got["unit_id"],
                  got["unit_code"], got["device_epoch"], got["server_id"])


def statuses(response: dict[str, Any]) -> list[str]:
    return [result["status"] for result in response["results"]]


def error_of(answer: requests.Response) -> str:
    assert answer.headers.get(protocol.HEADER_PROTOCOL) == "1", answer.text
    code: str = answer.json()["error"]
    return code
