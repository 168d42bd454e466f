"""A fault-injecting TCP proxy for the sync tests (SYNC.md §10), asyncio in a background thread.

It sits between the desktop client and the live server and, for each HTTP request it sees, takes the
next scripted action (then the default): pass it through, reset the connection part-way through the
request, forward the request and drop the response, answer by itself with raw bytes (a Wi-Fi login
page, a redirect, a 502/503/429 page), stall, or corrupt one byte. ``refuse()`` stops listening, as a
server that is down. Every delivered chunk can be delayed and paced by a token bucket, which emulates a
slow link (kernel ``netem`` is not available everywhere).

Actions are consumed per request: the first request of a new connection or the next one on a kept-alive
connection. Every action but ``PASS`` ends the connection, so the client's next request comes on a new
one. With ``http=False`` the proxy does not parse anything: a connection is one "request" whose bytes
count from its first byte (used by the proxy's own tests with an echo server).
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import struct
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

# -- Actions ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Match:
    """Which requests an action waits for (the queue's head is kept until a request matches it)."""

    method: str | None = None
    path_prefix: str | None = None

    def accepts(self, method: str | None, path: str | None) -> bool:
        if self.method is not None and method != self.method:
            return False
        return self.path_prefix is None or (path or "").startswith(self.path_prefix)


@dataclass(frozen=True)
class Action:
    when: Match | None = None

    def matching(self, method: str | None = None, path_prefix: str | None = None) -> Action:
        """The same action, waiting for a request with this method and path prefix."""
        return replace(self, when=Match(method, path_prefix))


@dataclass(frozen=True)
class Pass(Action):
    """Forward the request and its response untouched."""


@dataclass(frozen=True)
class Reset(Action):
    """Forward the first ``after_bytes`` (or ``fraction``) of the request's bytes, then reset both sides."""

    after_bytes: int | None = None
    fraction: float | None = None

    def __post_init__(self) -> None:
        if (self.after_bytes is None) == (self.fraction is None):
            raise ValueError("Reset needs exactly one of after_bytes and fraction")


@dataclass(frozen=True)
class DropResponse(Action):
    """Forward the whole request, wait until the server starts answering (it has committed), then close
    the client's connection without a byte of the response."""

    wait_s: float = 30.0


@dataclass(frozen=True)
class Respond(Action):
    """Read the request, answer with these raw bytes (no server involved), close."""

    raw: bytes = b""


@dataclass(frozen=True)
class Stall(Action):
    """Read the request and never answer (until ``seconds`` pass, the client gives up, or the proxy stops)."""

    seconds: float | None = None


@dataclass(frozen=True)
class Corrupt(Action):
    """Forward the request with the byte at ``offset`` (of the body, or of the whole request) inverted."""

    offset: int = 0
    in_body: bool = True


@dataclass(frozen=True)
class Hook(Action):
    """Call ``fn`` (in a worker thread, the request held meanwhile), then pass the request through: lets a
    test change the world at an exact moment, e.g. revoke the token just before the third batch."""

    fn: Callable[[], object] = lambda: None


@dataclass(frozen=True)
class Drop(Action):
    """Reset the connection before forwarding anything (in HTTP mode once the request head arrived)."""


PASS = Pass()


# -- Canned answers --------------------------------------------------------------------------------


def http_response(status: str, body: bytes = b"", headers: dict[str, str] | None = None,
                  content_type: str = "text/html; charset=utf-8") -> bytes:
    """Raw HTTP/1.1 response bytes, closing the connection."""
    lines = [f"HTTP/1.1 {status}", f"Content-Type: {content_type}", f"Content-Length: {len(body)}",
             "Connection: close"]
    lines += [f"{name}: {value}" for name, value in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


LOGIN_HTML = (
    "<!DOCTYPE html><html><head><title>Đăng nhập Wi-Fi</title></head><body><form action='/login'>"
    "<p>Vui lòng đăng nhập để sử dụng Internet</p><input name='phone'><button>Đăng nhập</button>"
    "</form></body></html>"
).encode()


def captive_portal() -> Respond:
    """The factory Wi-Fi's login page, answered with 200 to every request."""
    return Respond(raw=http_response("200 OK", LOGIN_HTML))


def redirect(location: str = "http://login.wifi.example/portal?orig=sangkien") -> Respond:
    return Respond(raw=http_response("302 Found", b"", {"Location": location}))


def bad_gateway() -> Respond:
    body = b"<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>"
    return Respond(raw=http_response("502 Bad Gateway", body))


def unavailable(retry_after: int = 1, status: str = "503 Service Unavailable") -> Respond:
    body = f"<html><body><h1>{status}</h1></body></html>".encode()
    return Respond(raw=http_response(status, body, {"Retry-After": str(retry_after)}))


def too_many_requests(retry_after: int = 1) -> Respond:
    return unavailable(retry_after, "429 Too Many Requests")


# -- Link shaping ----------------------------------------------------------------------------------


class TokenBucket:
    """Paces bytes to ``rate`` per second, allowing bursts of ``burst`` bytes (one per direction,
    shared by every connection, as one physical link)."""

    def __init__(self, rate: float, burst: int = 4096) -> None:
        self.rate = rate
        self.burst = burst
        self._tokens = float(burst)
        self._stamp = time.monotonic()
        self._lock = asyncio.Lock()

    async def take(self, count: int) -> None:
        async with self._lock:
            while count > 0:
                piece = min(count, self.burst)
                now = time.monotonic()
                self._tokens = min(self.burst, self._tokens + (now - self._stamp) * self.rate)
                self._stamp = now
                if self._tokens < piece:
                    await asyncio.sleep((piece - self._tokens) / self.rate)
                    continue
                self._tokens -= piece
                count -= piece


@dataclass(frozen=True)
class LinkShape:
    delay_s: float = 0.0  # one-way propagation delay added to every chunk, each direction
    bandwidth_bps: float | None = None  # bits per second, each direction; None = unlimited


# -- Counters --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RequestLogEntry:
    connection: int
    method: str | None
    path: str | None
    action: str
    headers: Mapping[str, str] = field(default_factory=dict)  # names in lower case

    @property
    def body_length(self) -> int:
        return int(self.headers.get("content-length", "0") or 0)


@dataclass
class ProxyStats:
    connections: int = 0
    requests: int = 0
    bytes_from_client: int = 0  # read from the client (upload direction)
    bytes_to_server: int = 0
    bytes_from_server: int = 0
    bytes_to_client: int = 0  # delivered to the client (download direction)
    log: list[RequestLogEntry] = field(default_factory=list)

    def count(self, action: type[Action], path_prefix: str = "") -> int:
        """How many requests (under ``path_prefix``) got this kind of action."""
        name = action.__name__
        return sum(1 for e in self.log if e.action == name and (e.path or "").startswith(path_prefix))

    def paths(self, path_prefix: str = "") -> list[str]:
        return [e.path or "" for e in self.log if (e.path or "").startswith(path_prefix)]

    def entries(self, method: str | None = None, path_prefix: str = "") -> list[RequestLogEntry]:
        return [e for e in self.log
                if (method is None or e.method == method) and (e.path or "").startswith(path_prefix)]


# -- The proxy -------------------------------------------------------------------------------------

_READ_SIZE = 64 * 1024


class FaultProxy:
    """``FaultProxy(port)``: a proxy to ``127.0.0.1:port``; ``start()`` returns its own port."""

    def __init__(self, upstream_port: int, upstream_host: str = "127.0.0.1", *, http: bool = True) -> None:
        self.upstream = (upstream_host, upstream_port)
        self.http = http
        self.port = 0
        self.default: Action = PASS
        self.shape = LinkShape()
        self._queue: deque[Action] = deque()
        self._lock = threading.Lock()
        self._stats = ProxyStats()
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="faultproxy", daemon=True)
        self._server: asyncio.Server | None = None
        self._connections: set[_Connection] = set()
        self._buckets: tuple[TokenBucket | None, TokenBucket | None] = (None, None)

    # -- life cycle (any thread) --

    def start(self) -> int:
        self._thread.start()
        self._call(self._listen())
        return self.port

    def stop(self) -> None:
        if not self._thread.is_alive():
            return
        self._call(self._shutdown())
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        self._loop.close()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def refuse(self, *, drop_existing: bool = True) -> None:
        """Stop listening (connections are refused); by default also reset the open connections."""
        self._call(self._close_listener(drop_existing))

    def listen(self) -> None:
        """Accept connections again on the same port."""
        self._call(self._listen())

    def drop_connections(self) -> None:
        """Reset every open connection (the client's kept-alive ones included)."""
        self._call(self._abort_all())

    # -- scripting (any thread) --

    def script(self, *actions: Action, times: int = 1) -> None:
        """Append actions to the queue; each is used by one request, in order."""
        with self._lock:
            for _ in range(times):
                self._queue.extend(actions)

    def clear(self) -> None:
        """Empty the queue and go back to passing everything through."""
        with self._lock:
            self._queue.clear()
            self.default = PASS

    def pending_actions(self) -> int:
        with self._lock:
            return len(self._queue)

    def set_link(self, delay_s: float = 0.0, bandwidth_bps: float | None = None, burst: int = 4096) -> None:
        self.shape = LinkShape(delay_s, bandwidth_bps)
        if bandwidth_bps is None:
            self._buckets = (None, None)
        else:
            rate = bandwidth_bps / 8
            self._buckets = (TokenBucket(rate, burst), TokenBucket(rate, burst))

    @property
    def stats(self) -> ProxyStats:
        with self._lock:
            return replace(self._stats, log=list(self._stats.log))

    def reset_stats(self) -> None:
        with self._lock:
            self._stats = ProxyStats()

    # -- internals used by connections (loop thread) --

    def _next_action(self, conn_id: int, head: _RequestHead | None) -> Action:
        method, path = (head.method, head.path) if head else (None, None)
        with self._lock:
            action = self.default
            if self._queue and (self._queue[0].when is None or self._queue[0].when.accepts(method, path)):
                action = self._queue.popleft()
            self._stats.requests += 1
            headers = dict(head.headers) if head else {}
            self._stats.log.append(RequestLogEntry(conn_id, method, path, type(action).__name__, headers))
            return action

    def _add(self, name: str, count: int) -> None:
        with self._lock:
            setattr(self._stats, name, getattr(self._stats, name) + count)

    def _call(self, coro: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(10)

    async def _listen(self) -> None:
        if self._server is not None:
            return
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", self.port, reuse_address=True)
        self.port = self._server.sockets[0].getsockname()[1]

    async def _close_listener(self, drop_existing: bool) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if drop_existing:
            await self._abort_all()

    async def _abort_all(self) -> None:
        for conn in list(self._connections):
            conn.abort()

    async def _shutdown(self) -> None:
        await self._close_listener(True)
        tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with self._lock:
            self._stats.connections += 1
            conn_id = self._stats.connections
        conn = _Connection(self, conn_id, reader, writer)
        self._connections.add(conn)
        try:
            await conn.run()
        except (ConnectionError, OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            conn.abort()
        finally:
            await conn.close()
            self._connections.discard(conn)


def _abort_with_reset(writer: asyncio.StreamWriter | None) -> None:
    """Close with RST (SO_LINGER 0), as a dropped mobile link or a killed middlebox does."""
    if writer is None or writer.transport.is_closing():
        return
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


class _Pipe:
    """One direction of a connection: chunks are delivered in order after the link's delay and pacing."""

    def __init__(self, proxy: FaultProxy, writer: asyncio.StreamWriter, upload: bool) -> None:
        self.proxy = proxy
        self.writer = writer
        self.upload = upload
        self._queue: asyncio.Queue[tuple[float, bytes | asyncio.Future[None]]] = asyncio.Queue()
        self._task = asyncio.ensure_future(self._drain())

    def send(self, data: bytes) -> None:
        if data:
            self._queue.put_nowait((time.monotonic() + self.proxy.shape.delay_s, data))

    async def flush(self) -> None:
        """Wait until everything queued so far has been written (or the pipe has died)."""
        if self._task.done():
            return
        marker: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._queue.put_nowait((0.0, marker))
        await asyncio.wait([marker, self._task], return_when=asyncio.FIRST_COMPLETED)

    async def _drain(self) -> None:
        counter = "bytes_to_server" if self.upload else "bytes_to_client"
        with contextlib.suppress(ConnectionError, OSError):
            while True:
                due, item = await self._queue.get()
                if isinstance(item, asyncio.Future):
                    item.set_result(None)
                    continue
                wait = due - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                bucket = self.proxy._buckets[0 if self.upload else 1]
                if bucket is not None:
                    await bucket.take(len(item))
                if self.writer.transport.is_closing():
                    return
                self.writer.write(item)
                await self.writer.drain()
                self.proxy._add(counter, len(item))

    def cancel(self) -> None:
        self._task.cancel()


class _RequestHead:
    def __init__(self, raw: bytes) -> None:
        self.raw = raw
        lines = raw.decode("latin-1").split("\r\n")
        parts = lines[0].split(" ")
        self.method = parts[0] if parts else None
        self.path = parts[1] if len(parts) > 1 else None
        headers: dict[str, str] = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            if name:
                headers[name.strip().lower()] = value.strip()
        self.headers = headers
        self.chunked = "chunked" in headers.get("transfer-encoding", "").lower()
        self.body_length = int(headers.get("content-length", "0") or 0)


class _Connection:
    def __init__(self, proxy: FaultProxy, conn_id: int, reader: asyncio.StreamReader,
                 writer: asyncio.StreamWriter) -> None:
        self.proxy = proxy
        self.id = conn_id
        self.reader = reader
        self.writer = writer
        self.down = _Pipe(proxy, writer, upload=False)
        self.up_reader: asyncio.StreamReader | None = None
        self.up_writer: asyncio.StreamWriter | None = None
        self.up: _Pipe | None = None
        self.pump: asyncio.Task[None] | None = None
        self.drop_response: asyncio.Future[None] | None = None
        self.closed = False

    # -- reading from the client --

    async def read_client(self, count: int) -> bytes:
        data = await self.reader.read(count)
        self.proxy._add("bytes_from_client", len(data))
        return data

    async def read_head(self) -> _RequestHead | None:
        try:
            raw = await self.reader.readuntil(b"\r\n\r\n")
        except asyncio.IncompleteReadError as eof:
            self.proxy._add("bytes_from_client", len(eof.partial))
            return None
        self.proxy._add("bytes_from_client", len(raw))
        return _RequestHead(raw)

    async def read_body(self, length: int) -> bytes:
        parts = []
        while length > 0:
            chunk = await self.read_client(min(length, _READ_SIZE))
            if not chunk:
                raise ConnectionError("client closed mid-body")
            parts.append(chunk)
            length -= len(chunk)
        return b"".join(parts)

    # -- the server side --

    async def upstream(self) -> _Pipe:
        if self.up is None:
            self.up_reader, self.up_writer = await asyncio.open_connection(*self.proxy.upstream)
            self.up = _Pipe(self.proxy, self.up_writer, upload=True)
            self.pump = asyncio.ensure_future(self.pump_responses())
        return self.up

    async def pump_responses(self) -> None:
        assert self.up_reader is not None
        while True:
            data = await self.up_reader.read(_READ_SIZE)
            if data:
                self.proxy._add("bytes_from_server", len(data))
            if self.drop_response is not None:
                if not self.drop_response.done():
                    self.drop_response.set_result(None)
                return
            if not data:
                await self.down.flush()
                self.abort(reset=False)
                return
            self.down.send(data)

    # -- the request loop --

    async def run(self) -> None:
        while not self.closed:
            head = await self.read_head() if self.proxy.http else None
            if self.proxy.http and head is None:
                break
            action = self.proxy._next_action(self.id, head)
            if not await self.apply(action, head):
                break
            if not self.proxy.http:
                break
        await self.finish()

    async def finish(self) -> None:
        """The client is done sending: let the response finish, then close."""
        if self.up is not None and not self.closed:
            await self.up.flush()
            if self.up_writer is not None and self.up_writer.can_write_eof():
                with contextlib.suppress(OSError):
                    self.up_writer.write_eof()
            if self.pump is not None:
                with contextlib.suppress(ConnectionError, OSError, asyncio.CancelledError):
                    await self.pump

    async def apply(self, action: Action, head: _RequestHead | None) -> bool:
        """Carry out one action; False when the connection is over."""
        if isinstance(action, Drop):
            self.abort()
            return False
        if isinstance(action, Respond | Stall):
            await self.swallow_request(head)
            if isinstance(action, Respond):
                self.down.send(action.raw)
                await self.down.flush()
                self.abort(reset=False)
            else:
                await self.stall(action.seconds)
            return False
        if isinstance(action, Reset):
            await self.forward_request(head, limit=self.reset_point(action, head))
            assert self.up is not None
            await self.up.flush()
            self.abort()
            return False
        if isinstance(action, DropResponse):
            self.drop_response = asyncio.get_running_loop().create_future()
            await self.forward_request(head)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.shield(self.drop_response), action.wait_s)
            self.abort(reset=False)
            return False
        if isinstance(action, Hook):
            await asyncio.get_running_loop().run_in_executor(None, action.fn)
        corrupt_at = None
        if isinstance(action, Corrupt):
            corrupt_at = action.offset + (len(head.raw) if head is not None and action.in_body else 0)
        return await self.forward_request(head, corrupt_at=corrupt_at)

    def reset_point(self, action: Reset, head: _RequestHead | None) -> int:
        if action.after_bytes is not None:
            return action.after_bytes
        assert action.fraction is not None
        if head is None or head.chunked:
            raise ValueError("Reset(fraction=...) needs an HTTP request with a Content-Length")
        return int((len(head.raw) + head.body_length) * action.fraction)

    async def swallow_request(self, head: _RequestHead | None) -> None:
        if head is None:
            await self.read_client(_READ_SIZE)
        elif not head.chunked:
            await self.read_body(head.body_length)

    async def stall(self, seconds: float | None) -> None:
        """Hold the connection: wait for the client to give up (EOF), the timer, or the proxy's end."""
        reader_done = asyncio.ensure_future(self.reader.read(1))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(reader_done, seconds)
        self.abort(reset=False)

    async def forward_request(self, head: _RequestHead | None, *, limit: int | None = None,
                              corrupt_at: int | None = None) -> bool:
        """Forward one request (or, in TCP mode / chunked, the rest of the stream). Returns whether the
        connection may carry another request."""
        up = await self.upstream()
        sent = 0

        def forward(data: bytes) -> bool:
            nonlocal sent
            if limit is not None and sent + len(data) >= limit:
                data = data[: limit - sent]
            if corrupt_at is not None and sent <= corrupt_at < sent + len(data):
                i = corrupt_at - sent
                data = data[:i] + bytes([data[i] ^ 0xFF]) + data[i + 1 :]
            up.send(data)
            sent += len(data)
            return limit is not None and sent >= limit

        if head is not None and forward(head.raw):
            return False
        if head is not None and not head.chunked:
            remaining = head.body_length
            while remaining > 0:
                chunk = await self.read_client(min(remaining, _READ_SIZE))
                if not chunk:
                    return False
                remaining -= len(chunk)
                if forward(chunk):
                    return False
            return True
        while True:  # raw stream: until the client closes its side
            chunk = await self.read_client(_READ_SIZE)
            if not chunk or forward(chunk):
                return False

    # -- closing --

    def abort(self, reset: bool = True) -> None:
        if self.closed:
            return
        self.closed = True
        if reset:
            _abort_with_reset(self.writer)
            _abort_with_reset(self.up_writer)
        else:
            for writer in (self.writer, self.up_writer):
                if writer is not None and not writer.transport.is_closing():
                    writer.close()

    async def close(self) -> None:
        self.abort(reset=False)
        self.down.cancel()
        if self.up is not None:
            self.up.cancel()
        if self.pump is not None:
            self.pump.cancel()
