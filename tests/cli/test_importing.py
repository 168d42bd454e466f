"""`sangkien import FILE [--dry-run] [--json]`, in-process on a real store: the JSON shape of issue 7,
exit codes, Vietnamese messages on stderr, and nothing written by a dry run."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from sangkien_desktop import cli
from sangkien_desktop.services.container import Services, build_services

DATA = Path(__file__).resolve().parents[1] / "data"
Runner = Callable[..., tuple[int, str, str]]
VIEW_KEYS = {
    "id",
    "code",
    "title",
    "status",
    "status_label",
    "kind",
    "field_code",
    "department",
    "summary",
    "first_applied_on",
    "benefit_vnd",
    "benefit_not_quantifiable",
    "is_confidential",
    "authors",
    "decision_number",
    "decided_on",
    "version",
    "created_at",
    "updated_at",
}


@pytest.fixture
def run(services: Services, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Runner:
    services.close()  # the CLI opens the store itself

    def run(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--data-dir", str(data_dir), *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def stored(data_dir: Path) -> int:
    services = build_services(data_dir)
    try:
        return services.initiatives.list().total
    finally:
        services.close()


def test_dry_run_of_a_valid_list(run: Runner, data_dir: Path) -> None:
    code, out, err = run("import", str(DATA / "import_normal.xlsx"), "--dry-run", "--json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"rows", "valid", "invalid", "preview"}
    assert (data["rows"], data["valid"], data["invalid"]) == (5, 5, [])
    assert len(data["preview"]) == 5 and set(data["preview"][0]) >= VIEW_KEYS
    assert data["preview"][0]["code"] == "2023-ABC-0001" and data["preview"][0]["status"] == "DA_CONG_NHAN"
    assert "Số dòng: 5; hợp lệ: 5." in err
    assert stored(data_dir) == 0


def test_import_with_bad_rows(run: Runner, data_dir: Path) -> None:
    code, out, err = run("import", str(DATA / "import_renamed.xlsx"), "--json")
    assert code == 1  # a row could not be imported
    data = json.loads(out)
    assert (data["rows"], data["valid"]) == (4, 3)
    assert data["invalid"] == [
        {"row": 8, "column": "Loại giải pháp", "message": "«Sáng tạo» không phải giá trị được nhận ra"},
        {"row": 8, "column": "Ngày áp dụng", "message": "«31/02/2022»: không có ngày 31/02/2022"},
        {"row": 8, "column": "Hiệu quả (đồng)", "message": "«12,5»: số tiền phải là số đồng nguyên"},
    ]
    assert len(data["preview"]) == 3 and all(item["version"] == 1 for item in data["preview"])
    assert "Đã nhập 3 sáng kiến" in err and "Lỗi – dòng 8, cột «Ngày áp dụng»" in err
    assert stored(data_dir) == 3
    # The same list again: every row is now a duplicate, nothing is imported.
    code, out, err = run("import", str(DATA / "import_renamed.xlsx"), "--json")
    assert code == 1 and json.loads(out)["valid"] == 0 and "Không có dòng nào nhập được." in err
    assert stored(data_dir) == 3


def test_import_of_a_legacy_list_in_text_mode(run: Runner, data_dir: Path) -> None:
    code, out, err = run("import", str(DATA / "import_tcvn3.csv"))
    assert code == 0
    assert "bảng mã TCVN3 (ABC)" in err and "Đã nhập 3 sáng kiến" in err
    assert "Cải tiến đường ống dẫn nước ở phân xưởng" in out and "Nguyễn Thị Hường" in out
    assert stored(data_dir) == 3


def test_encoding_and_date_order_options(run: Runner) -> None:
    code, out, _err = run("import", str(DATA / "import_us_dates.csv"), "--dry-run", "--json", "--month-first")
    assert code == 0 and json.loads(out)["valid"] == 3
    code, out, err = run(
        "import", str(DATA / "import_vni.csv"), "--dry-run", "--json", "--encoding", "unicode"
    )
    assert code == 0 and "bảng mã Unicode" in err
    assert json.loads(out)["preview"][0]["title"] != "Cải tiến đường ống dẫn nước ở phân xưởng"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("import_password.xlsx", "được bảo vệ bằng mật khẩu"),
        ("import_truncated.xlsx", "bị hỏng hoặc không đầy đủ"),
        ("import_not_spreadsheet.xlsx", "không phải bảng tính"),
        ("import_no_header.xlsx", "không có dòng tiêu đề"),
    ],
)
def test_refused_files(run: Runner, name: str, message: str) -> None:
    code, out, err = run("import", str(DATA / name), "--json")
    assert (code, out) == (1, "")
    assert err.startswith("Lỗi: Tệp «") and message in err


def test_missing_file(run: Runner, tmp_path: Path) -> None:
    code, _out, err = run("import", str(tmp_path / "khong-co.xlsx"))
    assert code == 1 and "Không tìm thấy tệp" in err
