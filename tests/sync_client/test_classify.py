"""Outcome classification (SYNC.md §4.5, §3.6): only protocol errors are answers; the rest is unknown."""

from __future__ import annotations

import pytest

from sangkien_desktop.sync.classify import Verdict, classify_error, classify_response
from sangkien_desktop.sync.transport import BROKEN, CONNECT, TIMEOUT, TLS, Response, TransportError
from tests.sync_client.fakes import login_page, protocol_error

CASES = {
    "401 unauthorized": (protocol_error(401, "unauthorized"), Verdict.AUTH),
    "403 device revoked": (protocol_error(403, "device_revoked"), Verdict.AUTH),
    "403 unit mismatch": (protocol_error(403, "unit_mismatch"), Verdict.AUTH),
    "413 from the server": (protocol_error(413, "payload_too_large"), Verdict.TOO_LARGE),
    "426 too old": (protocol_error(426, "client_too_old"), Verdict.CLIENT_TOO_OLD),
    "409 seq reuse": (protocol_error(409, "seq_reuse"), Verdict.SEQ_REUSE),
    "409 key reuse": (protocol_error(409, "idempotency_key_reuse"), Verdict.KEY_REUSE),
    "409 in progress": (protocol_error(409, "in_progress"), Verdict.IN_PROGRESS),
    "404 unknown batch": (protocol_error(404, "unknown_batch"), Verdict.NOT_FOUND),
    "422 hash mismatch": (protocol_error(422, "hash_mismatch"), Verdict.HASH_MISMATCH),
    "412 cursor expired": (protocol_error(412, "cursor_expired"), Verdict.CURSOR_EXPIRED),
    "400 schema": (protocol_error(400, "bad_request"), Verdict.BAD_REQUEST),
    "400 version": (protocol_error(400, "protocol_version"), Verdict.BAD_REQUEST),
    "captive portal 200 html": (login_page(200), Verdict.NETWORK_LOGIN),
    "captive portal 302": (login_page(302), Verdict.NETWORK_LOGIN),
    "captive portal 307": (login_page(307), Verdict.NETWORK_LOGIN),
    "proxy 403 html": (
        Response(403, {"content-type": "text/html"}, b"<h1>Forbidden</h1>"),
        Verdict.NETWORK_LOGIN,
    ),
    "bare 401 without protocol header": (
        Response(401, {"content-type": "application/json"}, b'{"error": "unauthorized"}'),
        Verdict.UNKNOWN,
    ),
    "bare 413 from a proxy": (Response(413, {"content-type": "text/plain"}, b"too big"), Verdict.UNKNOWN),
    "502 html": (Response(502, {"content-type": "text/html"}, b"<h1>Bad gateway</h1>"), Verdict.UNKNOWN),
    "503 protocol": (protocol_error(503, "unavailable"), Verdict.UNKNOWN),
    "429": (protocol_error(429, "too_many", headers={"Retry-After": "120"}), Verdict.UNKNOWN),
    "401 with a non-auth code": (protocol_error(401, "seq_reuse"), Verdict.SEQ_REUSE),
    "403 with an auth code and wrong status": (protocol_error(400, "unauthorized"), Verdict.BAD_REQUEST),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_classification(case: str) -> None:
    response, verdict = CASES[case]
    assert classify_response(response).verdict is verdict


def test_protocol_errors_keep_the_servers_message_and_code() -> None:
    classified = classify_response(protocol_error(426, "client_too_old", "Hãy cập nhật lên 0.2.0."))
    assert (classified.error, classified.message, classified.status) == (
        "client_too_old",
        "Hãy cập nhật lên 0.2.0.",
        426,
    )


def test_retry_after_in_seconds_and_as_a_date() -> None:
    assert classify_response(protocol_error(429, "x", headers={"Retry-After": "120"})).retry_after == 120.0
    dated = Response(
        503, {"retry-after": "Wed, 21 Oct 2026 07:28:30 GMT", "date": "Wed, 21 Oct 2026 07:28:00 GMT"}
    )
    assert classify_response(dated).retry_after == 30.0


@pytest.mark.parametrize("kind", [CONNECT, TIMEOUT, TLS, BROKEN])
def test_transport_failures_are_unknown_and_only_timeouts_shrink_batches(kind: str) -> None:
    classified = classify_error(TransportError(kind, "x"))
    assert classified.verdict is Verdict.UNKNOWN
    assert classified.timed_out is (kind == TIMEOUT)
