"""`sangkien report`, `export`, `dashboard` and `target`, in-process on the known store of
tests/dashboard/conftest.py."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from sangkien_desktop import cli
from tests.dashboard.conftest import PROGRAMME_CODE, KnownStore, known  # noqa: F401  (the fixture)

Runner = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(known: KnownStore, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Runner:  # noqa: F811
    known.services.close()  # the CLI opens the store itself

    def run(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--data-dir", str(data_dir), *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def test_quarterly_report_to_excel_and_pdf(run: Runner, tmp_path: Path) -> None:
    xlsx, pdf = tmp_path / "quy-2.xlsx", tmp_path / "quy-2.pdf"
    code, out, err = run("report", "quarterly", "--year", "2025", "--quarter", "2",
                         "--programme", PROGRAMME_CODE, "--out", str(xlsx))
    assert (code, err, out.strip()) == (0, "", f"Đã lưu báo cáo vào {xlsx}")
    sheet = openpyxl.load_workbook(xlsx).active
    assert sheet is not None and sheet["A6"].value.endswith("quý II năm 2025")
    assert run("report", "quarterly", "--year", "2025", "--quarter", "2", "--by", "applied",
               "--out", str(pdf))[0] == 0
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "số liệu tính theo ngày áp dụng lần đầu" in " ".join(text.split())


def test_phase_report_and_an_unknown_phase(run: Runner, tmp_path: Path) -> None:
    target = tmp_path / "gd2.xlsx"
    code, _, err = run("report", "phase", "--phase", "2", "--programme", PROGRAMME_CODE, "--out", str(target))
    assert (code, err) == (0, "")
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None and sheet["A5"].value == "BÁO CÁO SƠ KẾT"
    code, _, err = run("report", "phase", "--phase", "5", "--programme", PROGRAMME_CODE, "--out", str(target))
    assert code == 1 and "Giai đoạn: không có trong chương trình (1: Giai đoạn 1; 2: Giai đoạn 2)" in err


def test_bad_output_names_are_refused(run: Runner, tmp_path: Path) -> None:
    code, _, err = run("report", "quarterly", "--year", "2025", "--quarter", "1",
                       "--out", str(tmp_path / "x.doc"))
    assert code == 1 and "chỉ lưu được thành tệp .xlsx hoặc .pdf" in err
    code, _, err = run("export", "rewards", "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and "chỉ lưu được thành tệp .xlsx" in err
    with pytest.raises(SystemExit) as usage:
        run("report", "quarterly", "--year", "2025", "--quarter", "5", "--out", "x.xlsx")
    assert usage.value.code == 2


@pytest.mark.parametrize(("name", "rows"), [("initiatives", 7), ("authors", 5), ("rewards", 5),
                                            ("certificates", 0)])
def test_export_lists(run: Runner, tmp_path: Path, name: str, rows: int) -> None:
    target = tmp_path / f"{name}.xlsx"
    code, out, err = run("export", name, "--out", str(target))
    assert (code, err) == (0, "")
    assert out.strip() == f"Đã xuất {rows} dòng vào {target}"
    assert target.exists()


def test_export_initiatives_with_filters(run: Runner, tmp_path: Path) -> None:
    target = tmp_path / "loc.xlsx"
    code, out, _ = run("export", "initiatives", "--year", "2025", "--quarter", "1", "--kind", "KY_THUAT",
                       "--out", str(target))
    assert code == 0 and out.startswith("Đã xuất 2 dòng")  # I1 (January) and I2 (February)
    code, out, _ = run("export", "initiatives", "--search", "soi tai che", "--out", str(target))
    assert code == 0 and out.startswith("Đã xuất 1 dòng")


def test_dashboard_json_and_targets(run: Runner) -> None:
    code, out, err = run("target", "--programme", PROGRAMME_CODE, "--year", "2025", "--quarter", "4",
                         "--assigned", "2", "--registered", "3")
    assert (code, err) == (0, "")
    assert out.strip() == "Đã ghi chỉ tiêu Quý IV năm 2025: được giao 2, đăng ký 3 (hiện hợp lệ 1, 50,0%)"
    code, out, _ = run("dashboard", "--year", "2025", "--programme", PROGRAMME_CODE, "--json")
    board = json.loads(out)
    assert code == 0 and board["programme"] == PROGRAMME_CODE
    figures = board["figures"]
    assert (figures["initiatives"], figures["benefit_vnd"]) == (5, 169_345_678)
    assert {s: n for s, n in figures["by_status"].items() if n} == {"AP_DUNG_THU": 3, "DA_CONG_NHAN": 2}
    assert figures["authors"] == {"persons": 5, "authorships": 7, "women": 2, "members": 4,
                                  "direct_workers": 3}
    assert figures["rewards"] == {"GIAY_KHEN_CDCS": {"count": 3, "amount_vnd": 2_000_000},
                                  "THUONG_NSDLD": {"count": 1, "amount_vnd": 2_000_000}}
    code, out, _ = run("target", "--programme", PROGRAMME_CODE, "--phase", "1", "--assigned", "4")
    assert code == 0 and out.startswith("Đã ghi chỉ tiêu Giai đoạn 1 (01/01/2025 – 30/06/2025): được giao 4")
    code, _, err = run("target", "--programme", PROGRAMME_CODE, "--assigned", "4")
    assert code == 1 and "--year" in err


def test_dashboard_text(run: Runner) -> None:
    code, out, _ = run("dashboard", "--year", "2025", "--programme", PROGRAMME_CODE)
    assert code == 0
    assert "Năm 2025: hợp lệ 3/chỉ tiêu 7 (42,9%), đã nộp 4" in out
    assert "Tổng giá trị làm lợi: 169.345.678 đ" in out
