"""The reference server as its own process (``sangkien-server serve``), as it runs in production.

The in-thread server of ``live_server`` shares the test process's interpreter lock with the client,
which suits the fault scenarios; benchmarks that compare a batch client with one large request
need the two sides to run side by side, as they do on two machines.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import requests

from sangkien_server import admin
from sangkien_server.config import sqlite_url

READY_TIMEOUT_S = 60.0


@dataclass
class ServerProcess:
    url: str
    db_url: str
    process: subprocess.Popen[str]

    def enrollment_code(self, unit_code: str = "CDCS-01",
                        unit_name: str = "Công đoàn cơ sở Công ty May 10") -> str:
        return admin.create_enrollment_code(self.db_url, unit_code, unit_name)

    def close(self) -> str:
        """Stop the server; returns what it wrote on stderr."""
        if self.process.poll() is None:
            self.process.terminate()
        try:
            _out, err = self.process.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            _out, err = self.process.communicate()
        return err


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server_process(root: Path, *extra_args: str, db_url: str | None = None) -> ServerProcess:
    """``sangkien-server serve`` on a free loopback port with a SQLite file under ``root``; returns
    once ``/api/v1/ping`` answers."""
    root.mkdir(parents=True, exist_ok=True)
    port = free_port()
    url = db_url or sqlite_url(root / "server.db")
    command = [sys.executable, "-m", "sangkien_server.cli", "serve", "--port", str(port),
               "--data-dir", str(root / "server-data"), *extra_args]
    env = {**os.environ, "SANGKIEN_SERVER_DB": url}
    server = ServerProcess(f"http://127.0.0.1:{port}", url,
                           subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True))
    deadline = time.monotonic() + READY_TIMEOUT_S
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"sangkien-server serve stopped: {server.close()}")
        try:
            if requests.get(f"{server.url}/api/v1/ping", timeout=2).status_code == 200:
                return server
        except requests.RequestException:  # not listening yet, or too busy to answer within 2 s
            time.sleep(0.1)
    err = server.close()
    raise RuntimeError(f"sangkien-server serve did not answer /api/v1/ping: {err}")
