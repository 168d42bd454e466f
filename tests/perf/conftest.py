"""Benchmarks: run by `make bench`, never by `make test` (pyproject's addopts deselect `perf`)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

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
