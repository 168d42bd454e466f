"""Fixtures of the fault scenarios: the live server (SQLite and PostgreSQL), the fault proxy in front of
it, and an office PC enrolled through the proxy."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from sangkien_desktop.services.container import Services, build_services
from tests.conftest import OFFICE
from tests.support.faultproxy import FaultProxy
from tests.support.live_server import LiveServer, live_server, server_backend
from tests.sync.harness import Office

__all__ = ["live_server", "server_backend"]


@pytest.fixture(autouse=True)
def file_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    """The device token goes to ``<data_dir>/sync/credentials.json``, never to the OS keyring."""
    monkeypatch.setenv("SANGKIEN_CREDENTIALS", "file")
    monkeypatch.delenv("SANGKIEN_FAULT_POINT", raising=False)


def server_port(server: LiveServer) -> int:
    port = urlsplit(server.url).port
    assert port is not None
    return port


@pytest.fixture
def proxy(live_server: LiveServer) -> Iterator[FaultProxy]:
    fault_proxy = FaultProxy(server_port(live_server))
    fault_proxy.start()
    try:
        yield fault_proxy
    finally:
        fault_proxy.stop()


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Office]:
    pc = Office(tmp_path / "office")
    try:
        yield pc
    finally:
        pc.close()


@pytest.fixture
def enrolled(office: Office, live_server: LiveServer, proxy: FaultProxy) -> Office:
    """An office enrolled with the live server through the fault proxy (every request passes it)."""
    office.enroll(proxy.url, live_server.enrollment_code())
    proxy.reset_stats()  # the scenario counts only its own traffic
    return office


@pytest.fixture
def enrolled_services(live_server: LiveServer, tmp_path: Path) -> Iterator[Services]:
    """The app's own composition (``build_services``, shipped SyncConfig) enrolled with the live server."""
    built = build_services(tmp_path / "enrolled-office")
    try:
        built.office.init_office(OFFICE)
        built.sync.enroll(live_server.url, live_server.enrollment_code())
        yield built
    finally:
        built.close()
