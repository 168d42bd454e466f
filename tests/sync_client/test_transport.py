"""The requests transport against real sockets on loopback: no redirects, no retries, timeouts, TLS
always verified (optionally against the office's CA bundle), plain http only to this PC."""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from sangkien_desktop.protocol import gzip_bytes
from sangkien_desktop.sync.transport import (
    CONNECT,
    TIMEOUT,
    TLS,
    InsecureServerUrl,
    RequestsTransport,
    TransportError,
    TransportSettings,
    server_base_url,
)
from tests.sync_client.conftest import Desk
from tests.sync_client.fakes import FakeServer


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8000",
        "http://127.8.9.10",
        "http://localhost:5000/",
        "http://[::1]:8000",
        "https://sangkien.congdoan.vn",
        "https://10.0.0.5/sk/",
    ],
)
def test_accepted_server_addresses(url: str) -> None:
    assert server_base_url(url) == url.rstrip("/")


@pytest.mark.parametrize(
    "url",
    [
        "http://192.168.1.10:8000",
        "http://sangkien.congdoan.vn",
        "http://0.0.0.0",
        "ftp://127.0.0.1",
        "https://user:pw@sangkien.vn",
        "https://sangkien.vn/?a=1",
        "sangkien.vn",
        "http://127.0.0.1.example.com",
    ],
)
def test_refused_server_addresses(url: str) -> None:
    with pytest.raises(InsecureServerUrl):
        server_base_url(url)


def test_loopback_http_can_be_switched_off() -> None:
    with pytest.raises(InsecureServerUrl):
        server_base_url("http://127.0.0.1:8000", allow_insecure_loopback=False)


def test_enrolling_over_plain_http_to_another_host_sends_nothing(desk: Desk, server: FakeServer) -> None:
    with pytest.raises(InsecureServerUrl, match="https"):
        desk.sync.enroll("http://203.0.113.7:8000", "MA")
    assert server.requests == []


# -- a real HTTP server on loopback -----------------------------------------------------------------------


class Recorder(BaseHTTPRequestHandler):
    seen: ClassVar[list[tuple[str, str, dict[str, str], bytes]]] = []
    mode = "ok"

    def log_message(self, *_: object) -> None:
        pass

    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _handle(self) -> None:
        Recorder.seen.append((self.command, self.path, dict(self.headers), self._body()))
        if self.path.startswith("/target"):
            self._reply(200, b"target")
        elif Recorder.mode == "redirect":
            self.send_response(302)
            self.send_header("Location", "/target")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif Recorder.mode == "slow":
            time.sleep(1.5)
            self._reply(200, b"late")
        elif Recorder.mode == "drop":
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
        else:
            self._reply(200, b'{"ok": true}')

    def _reply(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = _handle


@pytest.fixture
def http_server() -> Iterator[str]:
    Recorder.seen = []
    Recorder.mode = "ok"
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def _transport(read_s: float = 5.0, ca_bundle: Path | None = None) -> RequestsTransport:
    return RequestsTransport(TransportSettings((2.0, read_s), ca_bundle))


def test_requests_carry_the_protocol_header_and_the_exact_gzip_body(http_server: str) -> None:
    body = gzip_bytes(b'{"ops":[]}')
    answer = _transport().request(
        "POST",
        http_server + "/api/v1/sync/batches",
        body=body,
        headers={"Content-Encoding": "gzip", "Idempotency-Key": "b-1"},
    )
    assert answer.status == 200
    method, _, headers, received = Recorder.seen[0]
    assert (method, received) == ("POST", body)
    assert headers["X-Sangkien-Protocol"] == "1"
    assert headers["Idempotency-Key"] == "b-1"
    assert headers["User-Agent"].startswith("sangkien-desktop/")


def test_a_redirect_is_returned_never_followed(http_server: str) -> None:
    Recorder.mode = "redirect"
    answer = _transport().request("POST", http_server + "/api/v1/sync/batches", body=b"x")
    assert answer.status == 302
    assert [path for _, path, _, _ in Recorder.seen] == ["/api/v1/sync/batches"]


def test_a_slow_answer_times_out(http_server: str) -> None:
    Recorder.mode = "slow"
    started = time.monotonic()
    with pytest.raises(TransportError) as failure:
        _transport(read_s=0.3).request("GET", http_server + "/api/v1/ping")
    assert failure.value.kind == TIMEOUT
    assert time.monotonic() - started < 1.4


def test_a_dropped_post_is_never_retried_by_the_library(http_server: str) -> None:
    Recorder.mode = "drop"
    with pytest.raises(TransportError):
        _transport().request("POST", http_server + "/api/v1/sync/batches", body=b"sealed")
    time.sleep(0.1)
    assert len(Recorder.seen) == 1


def test_a_refused_connection() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(TransportError) as failure:
        _transport().request("GET", f"http://127.0.0.1:{port}/api/v1/ping")
    assert failure.value.kind == CONNECT


# -- TLS ----------------------------------------------------------------------------------------------


@pytest.fixture
def https_server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """An HTTPS server whose certificate (for 127.0.0.1) is signed by nobody the system trusts."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Máy chủ thử nghiệm")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = tmp_path / "ca.pem", tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    Recorder.seen, Recorder.mode = [], "ok"
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{httpd.server_address[1]}", cert_file
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_tls_is_verified_and_an_unknown_certificate_refused(https_server: tuple[str, Path]) -> None:
    url, _ = https_server
    with pytest.raises(TransportError) as failure:
        _transport().request("GET", url + "/api/v1/ping")
    assert failure.value.kind == TLS


def test_the_offices_ca_bundle_makes_its_server_trusted(https_server: tuple[str, Path]) -> None:
    url, ca = https_server
    assert _transport(ca_bundle=ca).request("GET", url + "/api/v1/ping").status == 200
