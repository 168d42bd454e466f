"""The success predicate (SYNC.md §4.4): each clause failing alone means nothing is delivered."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from typing import Any

import pytest

from sangkien_desktop.domain.sync import ConnectionState, SyncOutcome, SyncTrigger
from sangkien_desktop.protocol import (
    HEADER_PROTOCOL,
    HEADER_SIGNATURE,
    RESULT_APPLIED,
    RESULT_DUPLICATE,
    RESULT_MISMATCH,
    canonical_json,
    sign_body,
)
from sangkien_desktop.sync.predicate import (
    ENVELOPE,
    IDENTITY,
    NO_REDIRECT,
    RESULTS,
    SCHEMA,
    SIGNATURE,
    PredicateFailure,
    SentBatch,
    accept_batch_reply,
)
from sangkien_desktop.sync.transport import Response
from tests.sync_client.conftest import Desk
from tests.sync_client.fakes import DEVICE_ID, HMAC_KEY, SERVER_ID, FakeServer

SENT = SentBatch("batch-1", DEVICE_ID, 1, SERVER_ID, {"op-a": "a" * 64, "op-b": "b" * 64})


def _answer(**changes: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "protocol": 1,
        "server_id": SERVER_ID,
        "device_id": DEVICE_ID,
        "device_epoch": 1,
        "batch_id": "batch-1",
        "received_at": "2026-03-05T01:12:03Z",
        "results": [
            {"op_id": "op-a", "seq": 1, "status": "applied", "server_version": 1, "payload_sha256": "a" * 64},
            {
                "op_id": "op-b",
                "seq": 2,
                "status": "duplicate",
                "server_version": 3,
                "payload_sha256": "b" * 64,
            },
        ],
        "acked_through_seq": 2,
        "missing_seqs": [],
        "device_op_count": 2,
        "device_digest": "0" * 64,
    }
    doc.update(changes)
    return doc


def _response(
    doc: dict[str, Any] | bytes,
    *,
    status: int = 200,
    content_type: str = "application/json",
    protocol: str | None = "1",
    key: str | None = HMAC_KEY,
) -> Response:
    body = doc if isinstance(doc, bytes) else canonical_json(doc).encode("utf-8")
    headers = {"content-type": content_type}
    if protocol is not None:
        headers[HEADER_PROTOCOL.lower()] = protocol
    if key is not None:
        headers[HEADER_SIGNATURE.lower()] = sign_body(key, body)
    return Response(status, headers, body)


def test_a_valid_answer_passes_with_every_result() -> None:
    reply = accept_batch_reply(_response(_answer()), SENT, HMAC_KEY)
    assert [(r.op_id, r.status) for r in reply.results] == [
        ("op-a", RESULT_APPLIED),
        ("op-b", RESULT_DUPLICATE),
    ]
    assert reply.figures.acked_through_seq == 2


def _results(*items: dict[str, Any]) -> list[dict[str, Any]]:
    return list(items)


A = {"op_id": "op-a", "seq": 1, "status": "applied", "server_version": 1, "payload_sha256": "a" * 64}
B = {"op_id": "op-b", "seq": 2, "status": "applied", "server_version": 1, "payload_sha256": "b" * 64}

FAILING: dict[str, tuple[int, Callable[[], Response]]] = {
    "redirect": (NO_REDIRECT, lambda: _response(_answer(), status=302)),
    "202 where an answer is due": (NO_REDIRECT, lambda: _response(_answer(), status=202)),
    "500": (NO_REDIRECT, lambda: _response(_answer(), status=500)),
    "html page": (ENVELOPE, lambda: _response(_answer(), content_type="text/html")),
    "no protocol header": (ENVELOPE, lambda: _response(_answer(), protocol=None)),
    "other protocol header": (ENVELOPE, lambda: _response(_answer(), protocol="2")),
    "unsigned": (SIGNATURE, lambda: _response(_answer(), key=None)),
    "signed with another key": (SIGNATURE, lambda: _response(_answer(), key="11" * 32)),
    "signature over other bytes": (SIGNATURE, lambda: _tampered_after_signing()),
    "not json": (SCHEMA, lambda: _response(b"<html>ok</html>")),
    "truncated json": (SCHEMA, lambda: _response(canonical_json(_answer()).encode()[:-20])),
    "field missing": (
        SCHEMA,
        lambda: _response({k: v for k, v in _answer().items() if k != "device_digest"}),
    ),
    "wrong protocol version": (SCHEMA, lambda: _response(_answer(protocol=2))),
    "unknown status": (SCHEMA, lambda: _response(_answer(results=_results(A, {**B, "status": "ok"})))),
    "other batch id": (IDENTITY, lambda: _response(_answer(batch_id="batch-2"))),
    "other device": (IDENTITY, lambda: _response(_answer(device_id="someone-else"))),
    "other epoch": (IDENTITY, lambda: _response(_answer(device_epoch=2))),
    "other server": (IDENTITY, lambda: _response(_answer(server_id="srv-other"))),
    "a result missing": (RESULTS, lambda: _response(_answer(results=_results(A)))),
    "a result too many": (
        RESULTS,
        lambda: _response(_answer(results=_results(A, B, {**B, "op_id": "op-c"}))),
    ),
    "a result twice": (RESULTS, lambda: _response(_answer(results=_results(A, A)))),
    "another op's result": (RESULTS, lambda: _response(_answer(results=_results(A, {**B, "op_id": "op-x"})))),
}


def _tampered_after_signing() -> Response:
    good = _response(_answer())
    forged = good.body.replace(b'"applied"', b'"rejected"')
    return Response(200, good.headers, forged)


@pytest.mark.parametrize("case", sorted(FAILING))
def test_each_clause_failing_alone_refuses_the_answer(case: str) -> None:
    clause, make = FAILING[case]
    with pytest.raises(PredicateFailure) as failure:
        accept_batch_reply(make(), SENT, HMAC_KEY)
    assert failure.value.clause == clause


def test_clause_seven_turns_an_acknowledgement_of_another_content_into_mismatch() -> None:
    doc = _answer(results=_results({**A, "payload_sha256": "c" * 64}, {**B, "status": "duplicate"}))
    reply = accept_batch_reply(_response(doc), SENT, HMAC_KEY)
    assert [r.status for r in reply.results] == [RESULT_MISMATCH, RESULT_DUPLICATE]
    assert reply.results[0].code == "different_payload"


# -- through the service: a failing answer never marks anything as sent --------------------------------


def _break(case: str) -> Callable[[dict[str, Any]], Any]:
    """Rewrites of the fake server's real answer, one clause each."""
    rewrites: dict[str, Callable[[dict[str, Any]], Any]] = {
        "identity": lambda doc: {**doc, "batch_id": "another-batch"},
        "device": lambda doc: {**doc, "device_id": "another-device"},
        "server": lambda doc: {**doc, "server_id": "srv-other"},
        "missing result": lambda doc: {**doc, "results": doc["results"][:-1]},
        "extra result": lambda doc: {
            **doc,
            "results": [*doc["results"], {**doc["results"][0], "op_id": "x"}],
        },
        "unknown status": lambda doc: {**doc, "results": [{**r, "status": "ok"} for r in doc["results"]]},
        "schema": lambda doc: {k: v for k, v in doc.items() if k != "acked_through_seq"},
    }
    return rewrites[case]


@pytest.mark.parametrize(
    "case", ["identity", "device", "server", "missing result", "extra result", "unknown status", "schema"]
)
def test_a_tampered_answer_acknowledges_nothing_and_keeps_the_batch(
    enrolled: Desk, server: FakeServer, case: str
) -> None:
    enrolled.add(3)
    server.tamper = _break(case)
    outcome = _run(enrolled)
    assert outcome.state is ConnectionState.OFFLINE
    assert "ACKED" not in enrolled.states()
    assert enrolled.sql("SELECT count(*) FROM sync_batch WHERE state = 'SEALED'") == [(1,)]


@pytest.mark.parametrize("answer", ["unsigned", "wrong key", "html", "no header", "redirect"])
def test_an_answer_failing_the_envelope_acknowledges_nothing(
    enrolled: Desk, server: FakeServer, answer: str
) -> None:
    enrolled.add(2)
    server.answer_next("/sync/batches", lambda request: _bad_envelope(server, request, answer))
    outcome = _run(enrolled)
    assert outcome.state in (ConnectionState.OFFLINE, ConnectionState.NETWORK_LOGIN)
    assert "ACKED" not in enrolled.states()
    body = server.posts()[0].body
    second = _run(enrolled)  # the same sealed bytes go again, and this time the answer is good
    assert second.complete
    assert server.posts()[1].body == body


def _bad_envelope(server: FakeServer, request: Any, answer: str) -> Response:
    good = server.apply_batch(request.json())
    server.replies.clear()  # the server "forgets", so the retry is applied for real
    server.stored.clear()
    server.receipts.clear()
    headers = dict(good.headers)
    if answer == "unsigned":
        headers.pop(HEADER_SIGNATURE.lower())
    elif answer == "wrong key":
        headers[HEADER_SIGNATURE.lower()] = sign_body("22" * 32, good.body)
    elif answer == "html":
        headers["content-type"] = "text/html"
    elif answer == "no header":
        headers.pop(HEADER_PROTOCOL.lower())
    else:
        return Response(302, {"location": "http://login.example/"}, b"")
    return Response(good.status, headers, good.body)


def _run(desk: Desk) -> SyncOutcome:
    return desk.sync.run(SyncTrigger.MANUAL)


def test_results_are_read_from_the_exact_body(enrolled: Desk, server: FakeServer) -> None:
    enrolled.add(1)
    assert _run(enrolled).complete
    raw = server.replies[next(iter(server.replies))][1]
    assert json.loads(raw)["results"]
    stored = enrolled.sql("SELECT response_sha256 FROM sync_batch")[0][0]
    assert stored == hashlib.sha256(raw).hexdigest()
