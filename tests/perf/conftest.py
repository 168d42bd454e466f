"""Benchmarks: run by `make bench`, never by `make test` (pyproject's addopts deselect `perf`)."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sangkien_desktop.services.container import Services, build_services
from sangkien_desktop.services.demo import generate_demo
from sangkien_desktop.services.office import OfficeInput

RESULTS = Path(__file__).resolve().parents[2] / ".bench" / "results.json"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/perf" in str(item.fspath):
            item.add_marker(pytest.mark.perf)


def bench_size() -> int:
    return int(os.environ.get("SANGKIEN_BENCH_INITIATIVES", "1000000"))


def record(name: str, values: dict[str, Any]) -> None:
    """Keep every figure of the run in one JSON file, for the README's Performance section."""
    RESULTS.parent.mkdir(exist_ok=True)
    data = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    data[name] = values
    RESULTS.write_text(json.dumps(data, ensure_ascii=False, indent=2))
    print(f"\n{name}: {json.dumps(values, ensure_ascii=False)}")


@pytest.fixture(scope="session")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, float, int]]:
    """The demo store every benchmark reads (built once per run, timed: the demo-rate figure)."""
    data_dir = tmp_path_factory.mktemp("bench") / "data"
    services = build_services(data_dir)
    services.office.init_office(OfficeInput("ABC", "Công đoàn cơ sở Công ty TNHH ABC", "Công ty TNHH ABC"))
    count = bench_size()
    started = time.perf_counter()
    generate_demo(services, count, seed=7)
    elapsed = time.perf_counter() - started
    yield services, elapsed, count
    services.close()
