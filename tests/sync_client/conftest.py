"""Fixtures of the sync client tests: an office store, an injected clock, the in-memory fake server,
and (for the integration tests) the reference server on loopback."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from sangkien_desktop.domain.model import InitiativeDraft, InitiativeView
from sangkien_desktop.persistence.blobs import BlobStore
from sangkien_desktop.services.container import Services, build_services
from sangkien_desktop.services.sync import SyncService
from sangkien_desktop.sync.config import SyncConfig
from tests.conftest import INITIATIVE_DEFAULTS, OFFICE
from tests.support.live_server import live_server, server_backend
from tests.sync_client.fakes import BASE_URL, FakeServer

__all__ = ["live_server", "server_backend"]

FAST = SyncConfig(
    timeout_connect_s=2.0,
    timeout_read_s=5.0,
    backoff_base_s=30.0,
    backoff_cap_s=1800.0,
    in_progress_wait_s=0.01,
    job_poll_s=0.01,
)


class Clock:
    """An injected clock that moves only when told (never the OS clock)."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime.now(UTC).replace(tzinfo=None, microsecond=0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@dataclass
class Desk:
    """One office PC: its services and a SyncService wired to the fake server (or a given transport)."""

    data_dir: Path
    services: Services
    sync: SyncService

    def add(self, count: int = 1, prefix: str = "Sáng kiến") -> list[InitiativeView]:
        made = []
        for i in range(count):
            data = {
                **INITIATIVE_DEFAULTS,
                "title": f"{prefix} {i + 1}",
                "authors": [{"name": f"Tác giả {i % 3}", "share": 100}],
            }
            made.append(self.services.initiatives.create(InitiativeDraft.from_mapping(data)).initiative)
        return made

    def sql(self, statement: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with closing(sqlite3.connect(self.services.paths.db, timeout=30)) as conn, conn:
            return conn.execute(statement, params).fetchall()

    def op_count(self) -> int:
        return int(self.sql("SELECT count(*) FROM outbox")[0][0])

    def states(self) -> dict[str, int]:
        return dict(self.sql("SELECT state, count(*) FROM outbox GROUP BY state"))  # type: ignore[arg-type]


def open_desk(data_dir: Path, clock: Clock, server: Any, config: SyncConfig = FAST) -> Desk:
    fresh = not (data_dir / "sangkien.db").exists()
    services = build_services(data_dir, clock=clock)
    if fresh:
        services.office.init_office(OFFICE)
    sync = SyncService(
        services.uow,
        BlobStore(services.paths.blobs),
        data_dir,
        clock,
        config,
        transport_factory=server.transport if server is not None else None,
    )
    return Desk(data_dir, services, sync)


@pytest.fixture(autouse=True)
def file_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SANGKIEN_CREDENTIALS", "file")
    monkeypatch.delenv("SANGKIEN_FAULT_POINT", raising=False)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def server(clock: Clock) -> FakeServer:
    return FakeServer(now=clock)


@pytest.fixture
def desk(tmp_path: Path, clock: Clock, server: FakeServer) -> Iterator[Desk]:
    made = open_desk(tmp_path / "office", clock, server)
    try:
        yield made
    finally:
        made.services.close()


@pytest.fixture
def enrolled(desk: Desk) -> Desk:
    desk.sync.enroll(BASE_URL, "MA-DANG-KY")
    return desk
