"""A Hypothesis state machine over sync (SYNC.md §10 "Model-based"): edits, sync runs through random
faults, client restarts and server restarts, interleaved.

Every step checks what needs no network (G2, and the user's records, G4); every healing sync, and the
end of every example, checks G1–G4 in full against the live server. Each example is a fresh office
enrolled as a new device of one live server per backend, so examples are independent.

``SANGKIEN_STATEFUL_EXAMPLES`` sets the number of examples (default 200 when run with ``-m slow``,
else ``DEFAULT_EXAMPLES``).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from sangkien_desktop.services.container import build_services
from tests.conftest import OFFICE
from tests.support.faultproxy import (
    Action,
    DropResponse,
    FaultProxy,
    Reset,
    Stall,
    captive_portal,
    unavailable,
)
from tests.support.live_server import LiveServer, start_live_server
from tests.sync.conftest import server_port
from tests.sync.harness import FAST, Office
from tests.sync.invariants import (
    ClientSnapshot,
    assert_sync_invariants,
    check_g2_states,
    local_ops,
    sync_state,
)
from tests.sync.scenario_tools import BATCHES

pytestmark = pytest.mark.live

DEFAULT_EXAMPLES = 12
SLOW_EXAMPLES = 200
CONFIG = replace(FAST, timeout_read_s=0.3, batch_max_ops=8)  # several batches per run, cheap stalls

TITLES = ["Cải tiến máy ép", "Khuôn đúc mới", "Quy trình đóng gói mới"]
FAULTS: dict[str, Action | None] = {
    "none": None,
    "reset_mid_batch": Reset(fraction=0.5).matching("POST", BATCHES),
    "response_lost": DropResponse().matching("POST", BATCHES),
    "stall_batch": Stall().matching("POST", BATCHES),
    "login_page": captive_portal(),
    "unavailable": unavailable(1),
}


def scratch_root() -> str | None:
    """RAM-backed scratch space where there is one: examples fsync a lot and prove nothing about disks."""
    shm = Path("/dev/shm")
    return str(shm) if shm.is_dir() and os.access(shm, os.W_OK) else None


@pytest.fixture
def scratch(tmp_path: Path) -> Iterator[Path]:
    root = Path(tempfile.mkdtemp(prefix="sync-machine-", dir=scratch_root()))
    yield root
    shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def machine_server(server_backend: str, scratch: Path) -> Iterator[LiveServer]:
    server = start_live_server(scratch / "server", server_backend)
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def machine_proxy(machine_server: LiveServer) -> Iterator[FaultProxy]:
    fault_proxy = FaultProxy(server_port(machine_server))
    fault_proxy.start()
    try:
        yield fault_proxy
    finally:
        fault_proxy.stop()


@pytest.fixture
def template_store(scratch: Path) -> Path:
    """A migrated, empty store copied for every example (much faster than migrating each time). Empty:
    ops copied from one store into several would carry the same op ids from several devices."""
    data_dir = scratch / "template"
    build_services(data_dir).close()
    return data_dir


class SyncMachine(RuleBasedStateMachine):
    server: LiveServer
    proxy: FaultProxy
    template: Path

    def __init__(self) -> None:
        super().__init__()
        self.workdir = Path(tempfile.mkdtemp(prefix="example-", dir=self.template.parent))
        data_dir = self.workdir / "office"
        shutil.copytree(self.template, data_dir)
        self.proxy.clear()
        self.office = Office(data_dir, config=CONFIG)
        self.office.services.office.init_office(OFFICE)
        self.office.enroll(self.proxy.url, self.server.enrollment_code())
        self.before = ClientSnapshot.take(data_dir)

    @initialize(count=st.integers(1, 3))
    def first_records(self, count: int) -> None:
        self.office.add_initiatives(count)

    # -- what the officer does --

    @rule(count=st.integers(1, 3))
    def create(self, count: int) -> None:
        self.office.add_initiatives(count)

    def live_ids(self) -> list[str]:
        return sorted(i for i, title in self.office.titles.items() if title is not None)

    @precondition(lambda self: bool(self.live_ids()))
    @rule(pick=st.integers(0, 1000), title=st.sampled_from(TITLES))
    def edit(self, pick: int, title: str) -> None:
        ids = self.live_ids()
        self.office.rename(ids[pick % len(ids)], f"{title} {pick}")

    @precondition(lambda self: bool(self.live_ids()))
    @rule(pick=st.integers(0, 1000))
    def delete(self, pick: int) -> None:
        ids = self.live_ids()
        self.office.delete(ids[pick % len(ids)])

    # -- the link and the machines --

    @rule(fault=st.sampled_from(sorted(FAULTS)))
    def sync_through_fault(self, fault: str) -> None:
        action = FAULTS[fault]
        if action is not None:
            self.proxy.script(action)
        self.office.run()
        self.proxy.clear()

    @rule()
    def sync_while_refused(self) -> None:
        self.proxy.refuse()
        try:
            assert not self.office.run().complete
        finally:
            self.proxy.listen()

    @rule()
    def restart_client(self) -> None:
        self.office.restart()

    @rule()
    def restart_server(self) -> None:
        self.proxy.drop_connections()  # no kept-alive connection holds up the server's shutdown
        self.server.stop()
        self.server.start()

    @rule()
    def healing_sync(self) -> None:
        self.heal_and_check()

    def heal_and_check(self) -> None:
        self.proxy.clear()
        self.office.sync_until_complete()
        assert_sync_invariants(self.office.data_dir, self.server, before=self.before,
                               expected_titles=self.office.titles)
        self.before = ClientSnapshot.take(self.office.data_dir)

    # -- every step --

    @invariant()
    def local_states_hold(self) -> None:
        here = self.office.data_dir
        check_g2_states(here, local_ops(here), sync_state(here), self.before, allow_unsettled=True)

    def teardown(self) -> None:
        try:
            self.heal_and_check()
        finally:
            self.office.close()
            shutil.rmtree(self.workdir, ignore_errors=True)


def examples() -> int:
    return int(os.environ.get("SANGKIEN_STATEFUL_EXAMPLES", DEFAULT_EXAMPLES))


def run_machine(server: LiveServer, proxy: FaultProxy, template: Path, count: int) -> None:
    bound = {"server": server, "proxy": proxy, "template": template}
    machine = type("BoundSyncMachine", (SyncMachine,), bound)
    run_state_machine_as_test(machine, settings=settings(
        max_examples=count, stateful_step_count=6, deadline=None, derandomize=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much], database=None,
    ))


def test_sync_survives_interleaved_edits_faults_and_restarts(
        machine_server: LiveServer, machine_proxy: FaultProxy, template_store: Path) -> None:
    run_machine(machine_server, machine_proxy, template_store, examples())


@pytest.mark.slow
def test_sync_state_machine_200_examples(
        machine_server: LiveServer, machine_proxy: FaultProxy, template_store: Path) -> None:
    run_machine(machine_server, machine_proxy, template_store, max(SLOW_EXAMPLES, examples()))

