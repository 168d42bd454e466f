"""A process that forks writers for the kill harness (issue 8, tests/integration/test_crash_safety.py).

It imports the app once, then for each ``go MODE SEED REPORT`` line on stdin forks a child and prints
the child's pid. The child opens the store and writes until it is killed, appending one line to
REPORT after each commit returns (``create ID VERSION TITLE``, ``update ID VERSION TITLE`` or
``bulk TOTAL``): what the harness may demand to find after the kill. The ``sync`` workload also
uploads to the reference server after each save. Forking from a warm parent
makes a kill cycle cost milliseconds instead of a new interpreter's imports.
"""

from __future__ import annotations

import dataclasses
import os
import random
import signal
import sys
from pathlib import Path

from sangkien_desktop.domain.model import InitiativeDraft
from sangkien_desktop.domain.sync import SyncTrigger
from sangkien_desktop.services.container import Services, build_services
from sangkien_desktop.services.demo import generate_demo

AUTHORS = [{"name": "Nguyễn Thị Hoa", "share": 60}, {"name": "Trần Văn Nam", "share": 40}]


def _draft(title: str) -> InitiativeDraft:
    return InitiativeDraft.from_mapping({
        "title": title, "kind": "KY_THUAT", "field_code": "SX_KD", "status": "AP_DUNG_THU",
        "first_applied_on": "05/03/2024", "benefit_value": 12_500_000, "authors": AUTHORS,
    })


def _report(fd: int, line: str) -> None:
    os.write(fd, (line + "\n").encode("utf-8"))  # one write on an O_APPEND file: whole lines only


def edit_forever(services: Services, rng: random.Random, fd: int, seed: int) -> None:
    created: list[str] = []
    for n in range(1_000_000):
        if created and rng.random() < 0.4:
            target = rng.choice(created)
            detail = services.initiatives.detail(target)
            title = f"Sửa lần {n} – cải tiến {seed}"
            saved = services.initiatives.update(target, dataclasses.replace(detail.draft, title=title),
                                                detail.version)
            _report(fd, f"update {target} {saved.initiative.version} {title}")
        else:
            title = f"Sáng kiến {seed}-{n}: giảm hao phí điện năng"
            view = services.initiatives.create(_draft(title)).initiative
            created.append(view.id)
            _report(fd, f"create {view.id} {view.version} {title}")


def bulk_forever(services: Services, rng: random.Random, fd: int, seed: int) -> None:
    while True:
        generate_demo(services, rng.randint(200, 600), seed=rng.randint(1, 10**6))
        _report(fd, f"bulk {services.initiatives.list(limit=1).total}")


def sync_forever(services: Services, rng: random.Random, fd: int, seed: int) -> None:
    """Saves with a sync run after each: kills land in sealing, sending, acknowledging and pulling."""
    for n in range(1_000_000):
        title = f"Đồng bộ {seed}-{n}: khuôn ép tiết kiệm vật tư"
        view = services.initiatives.create(_draft(title)).initiative
        _report(fd, f"create {view.id} {view.version} {title}")
        services.sync.run(SyncTrigger.MANUAL)


WORKLOADS = {"edits": edit_forever, "bulk": bulk_forever, "sync": sync_forever}


def child(data_dir: Path, mode: str, seed: int, report: Path) -> None:
    fd = os.open(report, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    services = build_services(data_dir)
    _report(fd, "ready")  # the harness times most kills from here, not from the fork
    WORKLOADS[mode](services, random.Random(seed), fd, seed)


def main() -> None:
    data_dir = Path(sys.argv[1])
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped by the kernel
    for line in sys.stdin:
        _, mode, seed, report = line.split()
        pid = os.fork()
        if pid == 0:
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)  # the bulk loader waits for its workers
            try:
                child(data_dir, mode, int(seed), Path(report))
            finally:
                os._exit(0)
        print(pid, flush=True)


if __name__ == "__main__":
    main()
