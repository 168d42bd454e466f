"""The fault proxy itself, against a tiny HTTP server and an echo server started by these tests."""

from __future__ import annotations

import contextlib
import hashlib
import socket
import socketserver
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import requests

from tests.support.faultproxy import (
    LOGIN_HTML,
    Corrupt,
    Drop,
    DropResponse,
    FaultProxy,
    Hook,
    Pass,
    Reset,
    Stall,
    bad_gateway,
    captive_portal,
    redirect,
    too_many_requests,
    unavailable,
)


@dataclass
class Seen:
    requests: list[tuple[str, str, bytes]] = field(default_factory=list)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as the real server

    def do_GET(self) -> None:
        self._answer(b"")

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self._answer(body)

    def _answer(self, body: bytes) -> None:
        self.server.seen.requests.append((self.command, self.path, body))  # type: ignore[attr-defined]
        reply = f'{{"size": {len(body)}, "sha": "{hashlib.sha256(body).hexdigest()}"}}'.encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def log_error(self, format: str, *args: object) -> None:
        pass


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # the proxy resets connections on purpose


@pytest.fixture
def http_server() -> Iterator[tuple[int, Seen]]:
    server = _QuietServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    server.seen = Seen()  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server.server_address[1], server.seen  # type: ignore[attr-defined]
    server.shutdown()
    server.server_close()


@pytest.fixture
def proxy(http_server: tuple[int, Seen]) -> Iterator[FaultProxy]:
    fault_proxy = FaultProxy(http_server[0])
    fault_proxy.start()
    yield fault_proxy
    fault_proxy.stop()


@pytest.fixture
def session() -> Iterator[requests.Session]:
    with requests.Session() as s:
        yield s


BODY = bytes(range(256)) * 400  # 102,400 bytes


def post(session: requests.Session, proxy: FaultProxy, path: str = "/upload", body: bytes = BODY,
         timeout: float = 5) -> requests.Response:
    return session.post(proxy.url + path, data=body, timeout=timeout, allow_redirects=False)


def test_passes_requests_through_and_counts(proxy: FaultProxy, http_server: tuple[int, Seen],
                                            session: requests.Session) -> None:
    empty = {"size": 0, "sha": hashlib.sha256().hexdigest()}
    assert session.get(proxy.url + "/ping", timeout=5).json() == empty
    answer = post(session, proxy)
    assert answer.json() == {"size": len(BODY), "sha": hashlib.sha256(BODY).hexdigest()}

    stats = proxy.stats
    assert (stats.connections, stats.requests) == (1, 2)  # kept alive: one connection, two requests
    assert stats.bytes_from_client == stats.bytes_to_server > len(BODY)
    assert stats.bytes_from_server == stats.bytes_to_client > 0
    assert [(m, p) for m, p, _ in http_server[1].requests] == [("GET", "/ping"), ("POST", "/upload")]
    assert stats.paths() == ["/ping", "/upload"] and stats.count(Pass) == 2


def test_reset_halfway_through_the_request(proxy: FaultProxy, http_server: tuple[int, Seen],
                                           session: requests.Session) -> None:
    proxy.script(Reset(fraction=0.5))
    with pytest.raises(requests.ConnectionError):
        post(session, proxy)
    stats = proxy.stats
    assert len(BODY) * 0.45 < stats.bytes_to_server < len(BODY) * 0.55
    assert http_server[1].requests == []  # the server never saw a whole request

    assert post(session, proxy).json()["size"] == len(BODY)  # the queue is used up: next one passes
    assert proxy.stats.connections == 2


def test_reset_after_a_number_of_bytes(proxy: FaultProxy, session: requests.Session) -> None:
    proxy.script(Reset(after_bytes=10))
    with pytest.raises(requests.ConnectionError):
        post(session, proxy)
    assert proxy.stats.bytes_to_server == 10


def test_drop_response_after_the_server_answered(proxy: FaultProxy, http_server: tuple[int, Seen],
                                                 session: requests.Session) -> None:
    proxy.script(DropResponse())
    with pytest.raises(requests.ConnectionError):
        post(session, proxy)
    assert len(http_server[1].requests) == 1  # the server did the work; its answer was lost
    assert proxy.stats.bytes_from_server > 0 and proxy.stats.bytes_to_client == 0


@pytest.mark.parametrize(
    ("respond", "status", "header", "value"),
    [
        (captive_portal(), 200, "Content-Type", "text/html; charset=utf-8"),
        (redirect("http://portal.example/login"), 302, "Location", "http://portal.example/login"),
        (bad_gateway(), 502, "Content-Type", "text/html; charset=utf-8"),
        (unavailable(3), 503, "Retry-After", "3"),
        (too_many_requests(7), 429, "Retry-After", "7"),
    ],
)
def test_answers_by_itself(proxy: FaultProxy, http_server: tuple[int, Seen], session: requests.Session,
                           respond: object, status: int, header: str, value: str) -> None:
    proxy.default = respond  # type: ignore[assignment]
    for _ in range(2):
        answer = post(session, proxy)
        assert answer.status_code == status
        assert answer.headers[header] == value
    assert http_server[1].requests == []
    assert proxy.stats.connections == 2  # each canned answer closes its connection


def test_login_page_is_html(proxy: FaultProxy, session: requests.Session) -> None:
    proxy.script(captive_portal())
    assert session.get(proxy.url + "/api/v1/ping", timeout=5).content == LOGIN_HTML


def test_stall_leaves_the_client_waiting(proxy: FaultProxy, http_server: tuple[int, Seen],
                                         session: requests.Session) -> None:
    proxy.script(Stall())
    started = time.monotonic()
    with pytest.raises(requests.ReadTimeout):
        post(session, proxy, timeout=0.5)
    assert 0.45 < time.monotonic() - started < 3
    assert http_server[1].requests == []


def test_corrupts_one_byte_of_the_body(proxy: FaultProxy, http_server: tuple[int, Seen],
                                       session: requests.Session) -> None:
    proxy.script(Corrupt(offset=70_000))
    post(session, proxy)
    received = http_server[1].requests[0][2]
    differences = [i for i, (a, b) in enumerate(zip(received, BODY, strict=True)) if a != b]
    assert differences == [70_000]
    assert received[70_000] == BODY[70_000] ^ 0xFF


def test_drop_resets_before_forwarding(proxy: FaultProxy, http_server: tuple[int, Seen],
                                       session: requests.Session) -> None:
    proxy.script(Drop())
    with pytest.raises(requests.ConnectionError):
        post(session, proxy)
    assert proxy.stats.bytes_to_server == 0 and http_server[1].requests == []


def test_refuse_then_listen_again_on_the_same_port(proxy: FaultProxy, session: requests.Session) -> None:
    assert session.get(proxy.url + "/a", timeout=5).ok
    port = proxy.port
    proxy.refuse()
    with pytest.raises(requests.ConnectionError):
        session.get(proxy.url + "/b", timeout=5)
    with pytest.raises(ConnectionRefusedError), socket.create_connection(("127.0.0.1", port), timeout=2):
        pass
    proxy.listen()
    assert proxy.port == port
    assert session.get(proxy.url + "/c", timeout=5).ok


def test_matching_action_waits_for_its_request(proxy: FaultProxy, http_server: tuple[int, Seen],
                                               session: requests.Session) -> None:
    proxy.script(Reset(after_bytes=1).matching("POST", "/upload"))
    assert session.get(proxy.url + "/upload", timeout=5).ok
    assert post(session, proxy, "/other").ok
    assert proxy.pending_actions() == 1
    with pytest.raises(requests.ConnectionError):
        post(session, proxy, "/upload")
    assert proxy.pending_actions() == 0
    assert proxy.stats.count(Reset) == 1 and proxy.stats.count(Pass) == 2


def test_hook_runs_before_the_request_is_forwarded(proxy: FaultProxy, http_server: tuple[int, Seen],
                                                   session: requests.Session) -> None:
    seen_by_hook: list[int] = []
    proxy.script(Hook(fn=lambda: seen_by_hook.append(len(http_server[1].requests))).matching("POST"))
    post(session, proxy, "/hooked")
    assert seen_by_hook == [0] and len(http_server[1].requests) == 1
    entry = proxy.stats.entries("POST", "/hooked")[0]
    assert entry.action == "Hook" and entry.body_length == len(BODY)


def test_delay_each_way(proxy: FaultProxy, session: requests.Session) -> None:
    session.get(proxy.url + "/warm", timeout=5)
    proxy.set_link(delay_s=0.2)
    started = time.monotonic()
    session.get(proxy.url + "/slow", timeout=5)
    assert 0.39 < time.monotonic() - started < 1.5


def test_bandwidth_cap(proxy: FaultProxy, session: requests.Session) -> None:
    proxy.set_link(bandwidth_bps=800_000, burst=4096)  # 100 kB/s each way
    started = time.monotonic()
    post(session, proxy)  # ~102 kB up
    elapsed = time.monotonic() - started
    assert (len(BODY) - 4096) / 100_000 < elapsed < len(BODY) / 100_000 * 1.5


class _Echo(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        with contextlib.suppress(ConnectionError):
            while data := self.request.recv(4096):
                self.request.sendall(data)


@pytest.fixture
def echo() -> Iterator[tuple[FaultProxy, socketserver.TCPServer]]:
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), _Echo)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    fault_proxy = FaultProxy(server.server_address[1], http=False)
    fault_proxy.start()
    yield fault_proxy, server
    fault_proxy.stop()
    server.shutdown()
    server.server_close()


def _talk(port: int, payload: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(payload)
        sock.shutdown(socket.SHUT_WR)
        received = b""
        try:
            while data := sock.recv(4096):
                received += data
        except ConnectionResetError:
            pass
        return received


def test_tcp_mode_echoes_and_injects(echo: tuple[FaultProxy, socketserver.TCPServer]) -> None:
    proxy = echo[0]
    assert _talk(proxy.port, b"xin chao") == b"xin chao"
    proxy.script(Corrupt(offset=2))
    assert _talk(proxy.port, b"abcdef") == b"ab" + bytes([ord("c") ^ 0xFF]) + b"def"
    proxy.script(Reset(after_bytes=3))
    assert _talk(proxy.port, b"abcdef") in (b"", b"abc")
    assert proxy.stats.connections == 3 and proxy.stats.count(Reset) == 1
