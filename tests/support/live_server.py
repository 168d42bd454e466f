"""The reference central server on loopback for tests (SYNC.md §10).

``start_live_server(root, backend)`` migrates a fresh database (a SQLite file under ``root``, or a new
PostgreSQL database made from ``SANGKIEN_TEST_PG_URL``), serves ``create_app(test_hooks=True)`` with
uvicorn in a background thread on 127.0.0.1 (port 0 = any free port) and returns once
``/api/v1/ping`` answers. ``stop()``/``start()`` restart it on the same port; ``close()`` also drops a
PostgreSQL database. The fixtures ``server_backend`` and ``live_server`` are imported by the
conftest files of the test folders that need them.
"""

from __future__ import annotations

import atexit
import os
import secrets
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pytest
import requests
import uvicorn
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.exc import DBAPIError

from sangkien_server import admin, db
from sangkien_server.app import create_app
from sangkien_server.config import ServerSettings, sqlite_url

PG_ENV = "SANGKIEN_TEST_PG_URL"
BACKENDS = ("sqlite", "postgres")
READY_TIMEOUT_S = 20.0


class _ServerThread:
    """One uvicorn server on a socket bound by us (so the port is known before it starts)."""

    def __init__(self, app: Any, port: int) -> None:
        # IPPROTO_TCP named explicitly: asyncio sets TCP_NODELAY on accepted connections only when the
        # listening socket says so, else keep-alive requests wait 40 ms on Nagle and delayed ACKs.
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", port))
        self.port: int = sock.getsockname()[1]
        config = uvicorn.Config(app, log_config=None, log_level="warning", access_log=False, lifespan="off",
                                ws="none", timeout_graceful_shutdown=1, timeout_keep_alive=5)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [sock]},
                                       name=f"live-server-{self.port}", daemon=True)
        self._socket = sock

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(5)
        if self.thread.is_alive():
            self.server.force_exit = True
            self.thread.join(5)
        self._socket.close()


@dataclass
class LiveServer:
    url: str
    db_url: str
    data_dir: Path
    settings: ServerSettings = field(repr=False)
    test_hooks: bool = True
    drop_url: str | None = field(default=None, repr=False)  # admin URL when the database is ours to drop
    _port: int = field(default=0, repr=False)
    _thread: _ServerThread | None = field(default=None, repr=False)

    def enrollment_code(self, unit_code: str = "CDCS-01",
                        unit_name: str = "Công đoàn cơ sở Công ty May 10") -> str:
        return admin.create_enrollment_code(self.db_url, unit_code, unit_name)

    def revoke(self, device_id: str) -> None:
        admin.revoke_device(self.db_url, device_id)

    def fault(self, **spec: Any) -> None:
        """Arm a server fault hook (``POST /_test/faults``), e.g. ``fault(kind="status", status=503)``."""
        answer = requests.post(f"{self.url}/_test/faults", json=spec, timeout=10)
        answer.raise_for_status()

    def clear_faults(self) -> None:
        requests.delete(f"{self.url}/_test/faults", timeout=10).raise_for_status()

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self) -> None:
        """Serve again on the same port (after ``stop()``)."""
        if self._thread is not None:
            return
        app = create_app(self.settings, test_hooks=self.test_hooks)
        self._thread = _ServerThread(app, self._port)
        self._port = self._thread.port
        self.url = f"http://127.0.0.1:{self._port}"
        self._thread.start()
        _wait_ready(self.url, self._thread)

    def stop(self) -> None:
        if self._thread is not None:
            self._thread.stop()
            self._thread = None

    def close(self) -> None:
        self.stop()
        db.dispose(self.db_url)
        if self.drop_url is not None:
            drop_postgres_database(self.drop_url, self.db_url)
            self.drop_url = None


def _wait_ready(url: str, thread: _ServerThread) -> None:
    deadline = time.monotonic() + READY_TIMEOUT_S
    while time.monotonic() < deadline:
        if not thread.thread.is_alive():
            raise RuntimeError("The live server stopped while starting")
        try:
            if requests.get(f"{url}/api/v1/ping", timeout=2).status_code == 200:
                return
        except requests.RequestException:  # not listening yet, or too busy to answer within 2 s
            pass
        time.sleep(0.02)
    raise RuntimeError(f"The live server at {url} did not answer /api/v1/ping")


def start_live_server(root: Path, backend: str = "sqlite", *, test_hooks: bool = True,
                      pg_url: str | None = None, port: int = 0, **settings: Any) -> LiveServer:
    """A running server with a fresh database; ``settings`` override ``ServerSettings`` fields."""
    data_dir = root / "server-data"
    drop_url: str | None = None
    if backend == "sqlite":
        db_url = sqlite_url(root / "server.db")
    elif backend == "postgres":
        admin_url = pg_url or os.environ.get(PG_ENV, "")
        if not admin_url:
            raise RuntimeError(f"{PG_ENV} is not set")
        db_url, drop_url = create_postgres_database(admin_url), admin_url
    else:
        raise ValueError(f"Unknown backend {backend!r}")
    server = LiveServer(url="", db_url=db_url, data_dir=data_dir, test_hooks=test_hooks, drop_url=drop_url,
                        settings=replace(ServerSettings(db_url=db_url, data_dir=data_dir), **settings),
                        _port=port)
    try:
        server.start()
    except BaseException:
        server.close()
        raise
    return server


def create_postgres_database(admin_url: str) -> str:
    """A new database next to the one ``admin_url`` names, already migrated (copied from a template
    migrated once per test process) and with its own ``server_id``; returns its URL."""
    template = _migrated_template(admin_url)
    name = f"sk_test_{secrets.token_hex(6)}"
    _run_autocommit(admin_url, f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    url = _url_of(admin_url, name)
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE server_meta SET value = :id WHERE key = 'server_id'"),
                               {"id": f"srv-{secrets.token_hex(8)}"})
    finally:
        engine.dispose()
    return url


_templates: dict[str, str] = {}


def _migrated_template(admin_url: str) -> str:
    if admin_url not in _templates:
        name = f"sk_test_tpl_{secrets.token_hex(6)}"
        # template0: nobody connects to it, so parallel test runs never make CREATE DATABASE fail
        # with "source database is being accessed by other users".
        _run_autocommit(admin_url, f'CREATE DATABASE "{name}" TEMPLATE template0')
        url = _url_of(admin_url, name)
        db.upgrade(url)
        db.dispose(url)  # a template must have no open connections
        _templates[admin_url] = name
        atexit.register(drop_postgres_database, admin_url, url)
    return _templates[admin_url]


def _url_of(admin_url: str, database: str) -> str:
    return make_url(admin_url).set(database=database).render_as_string(hide_password=False)


def _run_autocommit(admin_url: str, statement: str) -> None:
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(statement))
    finally:
        engine.dispose()


def drop_postgres_database(admin_url: str, db_url: str) -> None:
    """Drop a test database; a few retries, since an autovacuum worker may be visiting it (FORCE cannot
    end that worker unless the role is in pg_signal_backend, which scripts/test_postgres.sh grants)."""
    statement = f'DROP DATABASE IF EXISTS "{make_url(db_url).database}" WITH (FORCE)'
    for attempt in range(10):
        try:
            _run_autocommit(admin_url, statement)
            return
        except DBAPIError:
            if attempt == 9:
                raise
            time.sleep(0.3)


_pg_checked: dict[str, str | None] = {}


def postgres_problem(admin_url: str) -> str | None:
    """Why ``admin_url`` cannot be used (checked once per run), or None."""
    if admin_url not in _pg_checked:
        engine = create_engine(admin_url, connect_args={"connect_timeout": 5})
        try:
            with engine.connect() as connection:
                connection.execute(text("SELECT 1"))
            _pg_checked[admin_url] = None
        except Exception as exc:
            _pg_checked[admin_url] = f"{type(exc).__name__}: {exc}"
        finally:
            engine.dispose()
    return _pg_checked[admin_url]


@pytest.fixture(params=BACKENDS)
def server_backend(request: pytest.FixtureRequest) -> str:
    """``sqlite`` always; ``postgres`` when ``SANGKIEN_TEST_PG_URL`` is set (fails if unreachable)."""
    backend: str = request.param
    if backend == "postgres":
        admin_url = os.environ.get(PG_ENV, "")
        if not admin_url:
            pytest.skip(f"PostgreSQL server tests need {PG_ENV} (make test sets it up when run as root; "
                        "or run scripts/test_postgres.sh)")
        problem = postgres_problem(admin_url)
        if problem is not None:
            pytest.fail(f"{PG_ENV} is set but PostgreSQL cannot be reached: {problem}")
    return backend


@pytest.fixture
def live_server(server_backend: str, tmp_path: Path) -> Iterator[LiveServer]:
    server = start_live_server(tmp_path / "live-server", server_backend)
    try:
        yield server
    finally:
        server.close()
