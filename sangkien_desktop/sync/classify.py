"""Outcome classification (SYNC.md §4.5): what an answer that is not a success means for the client.

Only a protocol error (header ``X-Sangkien-Protocol: 1``, JSON ``{"error", "message"}``) can be an
authentication, validation or sequence answer. A bare 4xx, an HTML page or a redirect comes from
something in between (a proxy, a Wi-Fi login page) and means "outcome unknown" (§3.6).
"""

from __future__ import annotations

from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from enum import Enum

from sangkien_desktop.protocol import HEADER_PROTOCOL, PROTOCOL_VERSION

from .schema import SchemaError, field, parse_object
from .transport import TIMEOUT, Response, TransportError


class Verdict(Enum):
    UNKNOWN = "unknown"  # no usable answer: keep everything, back off, retry the same batch
    NETWORK_LOGIN = "network_login"  # an HTML page or a redirect: a captive portal, shown as such
    TOO_LARGE = "too_large"  # 413 from the server: not applied, split
    AUTH = "auth"  # 401/403 from the server: stop, ask for enrolment again
    CLIENT_TOO_OLD = "client_too_old"  # 426: stop, show the server's message
    SEQ_REUSE = "seq_reuse"  # 409: a restored backup, start a new epoch
    KEY_REUSE = "key_reuse"  # 409 idempotency_key_reuse: a client bug, stop and report
    IN_PROGRESS = "in_progress"  # 409: the same batch is being applied, ask again shortly
    NOT_FOUND = "not_found"  # 404 unknown_batch / unknown_blob / not_found
    HASH_MISMATCH = "hash_mismatch"  # 422: the blob's bytes did not hash to its name
    CURSOR_EXPIRED = "cursor_expired"  # 412: pull again from the start
    BAD_REQUEST = "bad_request"  # 400 and other protocol errors: a bug, stop and report


@dataclass(frozen=True)
class Classified:
    verdict: Verdict
    detail: str  # for the log (English or the server's code)
    status: int | None = None
    error: str | None = None  # the protocol error code
    message: str | None = None  # the server's Vietnamese message
    retry_after: float | None = None
    timed_out: bool = False


class SyncFailure(Exception):
    """A call that did not succeed, with what it means."""

    def __init__(self, classified: Classified) -> None:
        super().__init__(classified.detail)
        self.classified = classified

    @property
    def verdict(self) -> Verdict:
        return self.classified.verdict


_BY_ERROR = {
    "unauthorized": Verdict.AUTH,
    "device_revoked": Verdict.AUTH,
    "unit_mismatch": Verdict.AUTH,
    "enrollment_code_invalid": Verdict.AUTH,
    "payload_too_large": Verdict.TOO_LARGE,
    "client_too_old": Verdict.CLIENT_TOO_OLD,
    "seq_reuse": Verdict.SEQ_REUSE,
    "idempotency_key_reuse": Verdict.KEY_REUSE,
    "in_progress": Verdict.IN_PROGRESS,
    "unknown_batch": Verdict.NOT_FOUND,
    "unknown_blob": Verdict.NOT_FOUND,
    "not_found": Verdict.NOT_FOUND,
    "hash_mismatch": Verdict.HASH_MISMATCH,
    "cursor_expired": Verdict.CURSOR_EXPIRED,
}


def classify_error(exc: TransportError) -> Classified:
    return Classified(Verdict.UNKNOWN, f"transport {exc.kind}: {exc.detail}", timed_out=exc.kind == TIMEOUT)


def is_protocol_json(response: Response) -> bool:
    return response.content_type == "application/json" and (
        (response.header(HEADER_PROTOCOL) or "").strip() == str(PROTOCOL_VERSION)
    )


def looks_like_login_page(response: Response) -> bool:
    """A redirect, or a page for people (HTML): what a captive portal answers."""
    return 300 <= response.status < 400 or response.content_type in ("text/html", "application/xhtml+xml")


def classify_response(response: Response) -> Classified:
    """Meaning of an answer that did not pass as a success."""
    status = response.status
    retry_after = _retry_after(response)
    if status == 429 or status >= 500:
        return Classified(Verdict.UNKNOWN, f"HTTP {status}", status, retry_after=retry_after)
    if looks_like_login_page(response):
        return Classified(Verdict.NETWORK_LOGIN, f"HTTP {status} {response.content_type or '-'}", status)
    error = _protocol_error(response)
    if error is None or status < 400:
        return Classified(
            Verdict.UNKNOWN, f"HTTP {status}: not a protocol answer", status, retry_after=retry_after
        )
    code, message = error
    verdict = _BY_ERROR.get(code, Verdict.BAD_REQUEST)
    if verdict is Verdict.AUTH and status not in (401, 403):
        verdict = Verdict.BAD_REQUEST
    return Classified(verdict, f"HTTP {status} {code}", status, code, message, retry_after)


def _protocol_error(response: Response) -> tuple[str, str | None] | None:
    if not is_protocol_json(response):
        return None
    try:
        doc = parse_object(response.body)
        code = field(doc, "error", str)
    except SchemaError:
        return None
    message = doc.get("message")
    return code, message if isinstance(message, str) else None


def _retry_after(response: Response) -> float | None:
    text = (response.header("Retry-After") or "").strip()
    if not text:
        return None
    if text.isdigit():
        return float(text)
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    date_header = response.header("Date")
    try:
        now = parsedate_to_datetime(date_header) if date_header else None
    except (TypeError, ValueError):
        now = None
    if now is None:
        return None
    return max(0.0, (moment - now).total_seconds())
