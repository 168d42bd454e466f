"""`sangkien confirm` records a confirmation; `sangkien document --template E` prints it."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from sangkien_desktop import cli
from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.services.container import Services, build_services

Runner = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Runner:
    def run(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--data-dir", str(data_dir), *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def one_line_text(pdf: Path) -> str:
    pages = [unicodedata.normalize("NFC", page.extract_text()) for page in PdfReader(pdf).pages]
    return " ".join(" ".join(pages).split())


def test_confirm_records_and_template_e_prints_it(make_initiative: Callable[..., InitiativeView],
                                                   services: Services, data_dir: Path, run: Runner,
                                                   tmp_path: Path) -> None:
    initiative = make_initiative()
    services.close()
    code, stdout, stderr = run("confirm", initiative.code, "--date", "15/06/2024", "--number", "07/XN-ABC",
                               "--benefit", "30.000.000", "--applied-at", "Phân xưởng Dệt 2",
                               "--since", "2024-03-05", "--scope", "Toàn công ty",
                               "--employer-rep", "Phạm Văn Đức", "--union-rep", "Hoàng Thị Thuỳ Dương")
    assert code == 0, stderr
    assert stdout.splitlines() == [
        f"Đã ghi phiếu xác nhận số 07/XN-ABC ngày 15/06/2024 cho sáng kiến {initiative.code}.",
        "Giá trị làm lợi xác nhận: 30.000.000 đ/năm",
    ]
    reopened = build_services(data_dir)
    try:
        view = reopened.confirmations.latest(initiative.code)
    finally:
        reopened.close()
    assert view is not None
    assert (view.confirmed_on, view.applied_since, view.benefit_value) == (
        date(2024, 6, 15), date(2024, 3, 5), 30_000_000)

    out = tmp_path / "phieu.pdf"
    code, stdout, stderr = run("document", "--template", "E", "--initiative", initiative.code,
                               "--out", str(out))
    assert code == 0, stderr
    assert stdout.strip() == f"Đã ghi vào {out}"
    text = one_line_text(out)
    assert "PHIẾU XÁC NHẬN" in text and initiative.title in text
    assert "Giá trị làm lợi: 30.000.000 đồng/năm" in text
    assert "Bằng chữ: Ba mươi triệu đồng/năm" in text
    assert "Nơi áp dụng: Phân xưởng Dệt 2" in text and "Phạm vi áp dụng: Toàn công ty" in text
    for name in ("Phạm Văn Đức", "Hoàng Thị Thuỳ Dương", "Nguyễn Thị Hoa"):
        assert name in text


def test_template_e_needs_a_recorded_confirmation(make_initiative: Callable[..., InitiativeView],
                                                  services: Services, run: Runner, tmp_path: Path) -> None:
    initiative = make_initiative()
    services.close()
    out = tmp_path / "phieu.pdf"
    code, stdout, stderr = run("document", "--template", "E", "--initiative", initiative.code,
                               "--out", str(out))
    assert (code, stdout) == (1, "")
    assert (f"Lỗi: Sáng kiến “{initiative.code}” chưa có phiếu xác nhận áp dụng và hiệu quả nào được ghi "
            "nên chưa in được mẫu E") in stderr
    assert f"sangkien confirm {initiative.code} --date" in stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_confirm_refuses_bad_input_with_every_reason(make_initiative: Callable[..., InitiativeView],
                                                     services: Services, data_dir: Path,
                                                     run: Runner) -> None:
    initiative = make_initiative()
    services.close()
    code, stdout, stderr = run("confirm", initiative.code, "--date", "30/02/2024", "--benefit", "1,5 triệu",
                               "--not-quantifiable")
    assert (code, stdout) == (1, "")
    assert stderr.splitlines() == [
        "Dữ liệu không hợp lệ:",
        "  - Ngày xác nhận: không có ngày 30/02/2024: tháng 2/2024 chỉ có 29 ngày "
        "(nhập theo dạng dd/mm/yyyy)",
        "  - Giá trị làm lợi xác nhận: không đọc được, hãy nhập số đồng nguyên, ví dụ 1.500.000",
    ]
    code, _, stderr = run("confirm", "2024-KHONG-CO", "--date", "01/06/2024")
    assert code == 1 and "Không tìm thấy sáng kiến có mã hoặc định danh “2024-KHONG-CO”" in stderr
    reopened = build_services(data_dir)
    try:
        assert reopened.confirmations.latest(initiative.code) is None
    finally:
        reopened.close()


def test_confirm_warns_about_a_start_before_the_first_application(
        make_initiative: Callable[..., InitiativeView], services: Services, run: Runner) -> None:
    initiative = make_initiative()  # first applied 05/03/2024
    services.close()
    code, stdout, stderr = run("confirm", initiative.code, "--date", "01/06/2024", "--since", "01/01/2024",
                               "--not-quantifiable", "--other-benefit", "Giảm tai nạn lao động")
    assert code == 0, stderr
    assert "Đã ghi phiếu xác nhận ngày 01/06/2024" in stdout
    assert "sớm hơn ngày áp dụng lần đầu của sáng kiến (05/03/2024)" in stdout + stderr
