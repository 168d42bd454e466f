"""Acceptance (issue 7): the quarterly report opens in LibreOffice Calc (headless conversion) and its
totals match the dashboard's figures for the same quarter.

LibreOffice is a test package of scripts/system_deps.sh; on Debian a missing ``soffice`` fails the
test (the CI image must have it), elsewhere the test is skipped.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest

from sangkien_desktop.domain.dashboard import CountBasis, ReportPeriod

from .conftest import PROGRAMME_CODE, KnownStore

# Comma-separated, UTF-8, raw cell values (not "as shown", which follows LibreOffice's own locale).
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,false,false"


def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        if not Path("/etc/debian_version").exists():
            pytest.skip("LibreOffice is not installed on this (non-Debian) machine")
        pytest.fail("soffice not found: install libreoffice-calc-nogui (scripts/system_deps.sh test)")
    return found


def converted(xlsx: Path, work: Path) -> list[list[str]]:
    """The workbook as LibreOffice Calc reads it, row by row."""
    out = work / "csv"
    command = [soffice(), f"-env:UserInstallation={(work / 'lo-profile').as_uri()}", "--headless",
               "--convert-to", CSV_FILTER, "--outdir", str(out), str(xlsx)]
    subprocess.run(command, check=True, timeout=300, capture_output=True)
    with (out / f"{xlsx.stem}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def sections(rows: list[list[str]]) -> dict[str, list[list[str]]]:
    """The table's rows under each Roman-numbered section title."""
    found: dict[str, list[list[str]]] = {}
    current: list[list[str]] | None = None
    for row in rows:
        if row and row[0] in {"I", "II", "III", "IV", "V", "VI", "VII"}:
            current = found.setdefault(row[1], [])
        elif current is not None and len(row) > 1 and row[1]:
            current.append(row)
    return found


def number(text: str) -> int | None:
    return None if text == "" else int(float(text))


def percent(text: str) -> float:
    """Calc writes a percentage cell as "200%" (the raw value would be 2)."""
    return float(text[:-1]) if text.endswith("%") else float(text) * 100


def total(section: list[list[str]]) -> tuple[int | None, int | None]:
    (row,) = [r for r in section if r[1] == "Cộng"]
    return number(row[3]), number(row[4])


def value(section: list[list[str]], label: str, column: int = 3) -> int | None:
    (row,) = [r for r in section if r[1] == label]
    return number(row[column])


@pytest.mark.parametrize("basis", [CountBasis.UPLOAD, CountBasis.APPLIED])
def test_quarterly_report_opens_in_calc_and_matches_the_dashboard(known: KnownStore, tmp_path: Path,
                                                                  basis: CountBasis) -> None:
    services = known.services
    document = services.reports.quarterly(2025, 2, basis, PROGRAMME_CODE)
    rows = converted(services.reports.save(document, tmp_path / "bao-cao-quy-2.xlsx"), tmp_path)
    assert rows[4][0] == "BÁO CÁO" and rows[8][:2] == ["STT", "Nội dung"]
    table = sections(rows)

    quarter = ReportPeriod.of_quarter(2025, 2)
    (progress,) = services.dashboard.progress(known.programme_id, [quarter])
    figures = services.dashboard.figures(quarter, basis, known.programme_id, levels=True)
    targets = table["KẾT QUẢ THỰC HIỆN CHỈ TIÊU"]
    assert value(targets, "Chỉ tiêu được giao") == progress.assigned
    assert value(targets, "Số sáng kiến đã nộp (lượt nộp)") == progress.submitted
    assert value(targets, "Số sáng kiến hợp lệ") == progress.valid
    percent_row = next(r for r in targets if r[2] == "%")
    assert percent(percent_row[3]) == float(progress.percent or 0)
    assert total(table["PHÂN LOẠI THEO LOẠI GIẢI PHÁP"]) == (figures.by_kind.count, figures.benefit.total_vnd)
    assert total(table["PHÂN LOẠI THEO LĨNH VỰC"]) == (figures.initiatives, figures.benefit.total_vnd)
    assert figures.by_level is not None
    assert total(table["PHÂN LOẠI THEO CẤP CÔNG NHẬN"])[0] == figures.by_level.count
    benefit = table["GIÁ TRỊ LÀM LỢI"]
    assert value(benefit, "Tổng giá trị làm lợi", 4) == figures.benefit.total_vnd
    authors = table["TÁC GIẢ"]
    assert value(authors, "Số tác giả, đồng tác giả") == figures.authors.persons
    assert value(authors, "Số lượt người tham gia") == figures.authors.authorships
    assert value(authors, "Trong đó: nữ") == figures.authors.women
    rewards = table["KHEN THƯỞNG (quyết định đã ban hành trong kỳ)"]
    assert total(rewards) == (figures.rewards.count, figures.rewards.amount_vnd)
    # Not vacuous: the quarter has figures in every section.
    assert figures.initiatives > 0 and figures.rewards.count == 4 and progress.submitted == 3
