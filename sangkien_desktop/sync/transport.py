"""HTTP for the sync client (SYNC.md rule 6): ``requests`` with every safety switch set explicitly.

Every call has a (connect, read) timeout, follows no redirect, verifies TLS (optionally against the
office's CA bundle) and is never retried by urllib3: retries belong to the protocol, which re-sends
the same sealed batch. Failures below HTTP become ``TransportError`` with a coarse kind the
classifier understands. Tests replace the whole transport through ``TransportFactory``.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit, urlunsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from sangkien_desktop import __version__
from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.protocol import HEADER_PROTOCOL, PROTOCOL_VERSION

USER_AGENT = f"sangkien-desktop/{__version__}"

# Kinds of TransportError: all mean "outcome unknown" except where the classifier says otherwise.
CONNECT, TIMEOUT, TLS, BROKEN, OTHER = "connect", "timeout", "tls", "broken", "other"


class InsecureServerUrl(KnownError):
    """A server address the client refuses: not https, or plain http to a host that is not this PC."""


class TransportError(Exception):
    """No HTTP answer arrived (refused, DNS, TLS, timeout, cut off mid-body)."""

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(f"{kind}: {detail}")
        self.kind = kind
        self.detail = detail


@dataclass(frozen=True)
class Response:
    """One HTTP answer exactly as received (body already freed of HTTP content encoding)."""

    status: int
    headers: Mapping[str, str] = field(default_factory=dict)  # keys in lower case
    body: bytes = b""

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())

    @property
    def content_type(self) -> str:
        return (self.header("Content-Type") or "").split(";")[0].strip().lower()


class Transport(Protocol):
    def request(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        body: bytes | None = None,
        params: Mapping[str, str | int] | None = None,
    ) -> Response: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class TransportSettings:
    timeout: tuple[float, float]
    ca_bundle: Path | None = None
    user_agent: str = USER_AGENT


TransportFactory = Callable[[TransportSettings], Transport]


def is_loopback_host(host: str) -> bool:
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def server_base_url(url: str, *, allow_insecure_loopback: bool = True) -> str:
    """The server's address as the client uses it: https, or http only to this PC (tests, local server)."""
    text = url.strip()
    parts = urlsplit(text)
    host = parts.hostname or ""
    if parts.scheme not in ("http", "https") or not host:
        raise InsecureServerUrl(
            f"Địa chỉ máy chủ “{text}” không hợp lệ; hãy nhập dạng https://ten-may-chu.vn."
        )
    if parts.username or parts.password or parts.query or parts.fragment:
        raise InsecureServerUrl(
            f"Địa chỉ máy chủ “{text}” không được chứa tên đăng nhập, mật khẩu, “?” hoặc “#”."
        )
    if parts.scheme == "http" and not (allow_insecure_loopback and is_loopback_host(host)):
        raise InsecureServerUrl(
            f"Địa chỉ máy chủ “{text}” dùng http không mã hoá. Chỉ được dùng https (http chỉ dành cho "
            "máy chủ chạy ngay trên máy này)."
        )
    return urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", ""))


def _no_retries() -> Retry:
    # read=False re-raises read errors as they are (a read timeout stays a timeout, not a connection error).
    return Retry(
        total=0,
        connect=0,
        read=False,
        redirect=0,
        status=0,
        other=0,
        raise_on_redirect=False,
        raise_on_status=False,
    )


class RequestsTransport:
    """One ``requests.Session`` per sync run, never shared between threads."""

    def __init__(self, settings: TransportSettings) -> None:
        self._timeout = settings.timeout
        self._verify: bool | str = str(settings.ca_bundle) if settings.ca_bundle else True
        session = requests.Session()
        adapter = HTTPAdapter(max_retries=_no_retries())
        session.mount("https://", adapter)
        session.mount("http://", adapter)
        session.headers.update({"User-Agent": settings.user_agent, HEADER_PROTOCOL: str(PROTOCOL_VERSION)})
        self._session = session

    def request(
        self,
        method: str,
        url: str,
        *,
        headers: Mapping[str, str] | None = None,
        body: bytes | None = None,
        params: Mapping[str, str | int] | None = None,
    ) -> Response:
        try:
            answer = self._session.request(
                method,
                url,
                headers=dict(headers or {}),
                data=body,
                params=dict(params or {}),
                timeout=self._timeout,
                allow_redirects=False,
                verify=self._verify,
            )
            content = answer.content  # reads the whole body: a cut-off body raises here
        except requests.exceptions.SSLError as exc:
            raise TransportError(TLS, str(exc)) from exc
        except requests.exceptions.Timeout as exc:
            raise TransportError(TIMEOUT, str(exc)) from exc
        except (requests.exceptions.ChunkedEncodingError, requests.exceptions.ContentDecodingError) as exc:
            raise TransportError(BROKEN, str(exc)) from exc
        except requests.exceptions.ConnectionError as exc:
            raise TransportError(CONNECT, str(exc)) from exc
        except requests.exceptions.RequestException as exc:
            raise TransportError(OTHER, str(exc)) from exc
        lowered = {k.lower(): v for k, v in answer.headers.items()}
        return Response(answer.status_code, lowered, content)

    def close(self) -> None:
        self._session.close()


def requests_transport(settings: TransportSettings) -> Transport:
    return RequestsTransport(settings)
