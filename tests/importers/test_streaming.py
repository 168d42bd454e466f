"""A list far longer than any office keeps streams through the analysis: memory stays small and the
rows are not kept for the commit (which reads the file again). Slow: run with ``-m slow``."""

from __future__ import annotations

import csv
import tracemalloc
from pathlib import Path

import pytest

from sangkien_desktop.importers.analysis import CACHE_ROWS
from sangkien_desktop.services.container import Services

ROWS = 60_000
PEAK_BYTES = 48 * 1024 * 1024


@pytest.mark.slow
def test_a_long_csv_streams(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "dai.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["Tên sáng kiến", "Tác giả", "Ngày áp dụng", "Giá trị làm lợi (đồng)", "Tóm tắt"])
        for i in range(ROWS):
            writer.writerow(
                [
                    f"Cải tiến máy số {i}",
                    f"Nguyễn Văn Hùng {i % 500}",
                    f"{i % 28 + 1:02d}/03/2023",
                    f"{(i % 90 + 1) * 100_000:,}".replace(",", "."),
                    "Giảm thời gian dừng máy " * 4,
                ]
            )
    assert path.stat().st_size > 5_000_000
    tracemalloc.start()
    try:
        plan = services.importing.analyse(path)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (plan.rows, plan.valid) == (ROWS, ROWS)
    assert ROWS > CACHE_ROWS and plan.ready is None
    assert peak < PEAK_BYTES, f"peak {peak / 1e6:.0f} MB"
