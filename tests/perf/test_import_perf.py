"""Issue 7 benchmark: importing a 10,000-row .xlsx (analysis and commit, as `sangkien import` does) against
the floor, openpyxl alone iterating the same file in read-only mode, in the same run (goal ≤ 3x).

The two are measured turn about, so a slow spell of the shared machine hits both alike; each import
goes into a fresh empty store.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import openpyxl
import pytest

from sangkien_desktop.services.container import build_services
from sangkien_desktop.services.office import OfficeInput
from tests.data.make_import_files import write_big_xlsx

from .conftest import record

ROWS = 10_000
ROUNDS = 3
GOAL = 3.0


def _floor(path: Path) -> float:
    started = time.perf_counter()
    book = openpyxl.load_workbook(path, read_only=True)
    rows = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
    book.close()
    assert rows == ROWS + 1
    return time.perf_counter() - started


def _import(path: Path, data_dir: Path) -> tuple[float, float]:
    services = build_services(data_dir)
    try:
        services.office.init_office(
            OfficeInput("ABC", "Công đoàn cơ sở Công ty TNHH ABC", "Công ty TNHH ABC")
        )
        started = time.perf_counter()
        plan = services.importing.analyse(path)
        analysed = time.perf_counter()
        result = services.importing.commit(plan)
        done = time.perf_counter()
        assert (plan.rows, plan.valid, result.imported) == (ROWS, ROWS, ROWS)
        return analysed - started, done - analysed
    finally:
        services.close()


def test_import_of_10000_rows_against_openpyxl(tmp_path: Path) -> None:
    path = write_big_xlsx(tmp_path / "danh-sach.xlsx", ROWS)
    floors: list[float] = []
    imports: list[tuple[float, float]] = []
    _floor(path)  # warm the page cache for both
    for n in range(ROUNDS):
        floors.append(_floor(path))
        imports.append(_import(path, tmp_path / f"store-{n}"))
    floor = statistics.median(floors)
    analyse = statistics.median(a for a, _c in imports)
    commit = statistics.median(c for _a, c in imports)
    total = statistics.median(a + c for a, c in imports)
    ratio = total / floor
    record(
        "import_10000_xlsx",
        {
            "rows": ROWS,
            "openpyxl_read_only_s": round(floor, 3),
            "analyse_s": round(analyse, 3),
            "commit_s": round(commit, 3),
            "import_s": round(total, 3),
            "ratio": round(ratio, 2),
            "goal_ratio": GOAL,
        },
    )
    if ratio > GOAL:
        pytest.fail(f"import took {ratio:.2f}x the openpyxl floor (goal ≤ {GOAL}x)")
