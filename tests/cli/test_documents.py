"""`sangkien certificates` and `sangkien document`, in-process on a real store."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from sangkien_desktop import cli
from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.services.container import Services
from tests.support.decisions import issue_decision

Runner = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Runner:
    def run(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--data-dir", str(data_dir), *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def texts(pdf: Path) -> list[str]:
    return [unicodedata.normalize("NFC", page.extract_text()) for page in PdfReader(pdf).pages]


def test_certificates_of_a_decision(services: Services, make_recognised: Callable[..., InitiativeView],
                                    run: Runner, tmp_path: Path) -> None:
    issue_decision(services, initiative=make_recognised())
    services.close()
    out = tmp_path / "giay-khen.pdf"
    code, stdout, stderr = run("certificates", "--decision", "05/qđ-cđcs", "--template", "B",
                               "--out", str(out))
    assert code == 0, stderr
    assert stdout.strip() == f"Đã ghi 6 trang vào {out}"
    year = date.today().year  # serials are numbered in the year they are issued
    assert stderr.strip() == f"Số hiệu: ABC-{year}-00001 … ABC-{year}-00006"
    pages = texts(out)
    assert len(pages) == 6 and "Ông/Bà Nguyễn Thị Hoa" in pages[0]


def test_certificates_of_an_initiative(make_recognised: Callable[..., InitiativeView], services: Services,
                                       run: Runner, tmp_path: Path) -> None:
    initiative = make_recognised()
    services.close()
    out = tmp_path / "chung-nhan.pdf"
    code, _, stderr = run("certificates", "--initiative", initiative.code, "--out", str(out))
    assert code == 0, stderr
    pages = texts(out)
    assert len(pages) == 3 and "GIẤY CHỨNG NHẬN SÁNG KIẾN" in pages[0]


def test_unknown_decision_and_wrong_template(services: Services, run: Runner, tmp_path: Path) -> None:
    services.close()
    out = tmp_path / "x.pdf"
    code, _, stderr = run("certificates", "--decision", "99/QĐ", "--out", str(out))
    assert code == 1 and "Không có quyết định khen thưởng số “99/QĐ”" in stderr
    code, _, stderr = run("certificates", "--decision", "99/QĐ", "--template", "A", "--out", str(out))
    assert code == 1 and "mẫu B" in stderr
    code, _, stderr = run("certificates", "--decision", "99/QĐ", "--out", str(tmp_path / "x.txt"))
    assert code == 1 and "đuôi .pdf" in stderr
    assert not out.exists()


def test_names_too_long_are_listed_and_nothing_is_written(services: Services, run: Runner,
                                                          tmp_path: Path) -> None:
    long_name = ("Tổ " + "Kỹ thuật Điện tử Viễn thông Tự động hoá " * 8)[:200].strip()
    issue_decision(services, collectives=["Tổ Cơ điện", long_name])
    services.close()
    code, stdout, stderr = run("certificates", "--decision", "05/QĐ-CĐCS", "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and stdout == ""
    assert "Chưa in: 1 bản" in stderr and "Tổ Kỹ thuật Điện tử" in stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_request_document(make_recognised: Callable[..., InitiativeView], services: Services, run: Runner,
                          tmp_path: Path) -> None:
    initiative = make_recognised()
    services.close()
    out = tmp_path / "don.pdf"
    code, stdout, stderr = run("document", "--template", "D", "--initiative", initiative.code,
                               "--out", str(out))
    assert code == 0, stderr
    assert stdout.strip() == f"Đã ghi vào {out}"
    text = " ".join(" ".join(texts(out)).split())
    assert "ĐƠN YÊU CẦU CÔNG NHẬN SÁNG KIẾN" in text.upper() and initiative.title in text


def test_a_number_used_in_several_years_needs_the_year(services: Services, run: Runner,
                                                       tmp_path: Path) -> None:
    issue_decision(services, decided_on=date(2023, 3, 1))
    issue_decision(services, decided_on=date(2024, 3, 1))
    services.close()
    out = tmp_path / "giay-khen.pdf"
    code, _, stderr = run("certificates", "--decision", "05/QĐ-CĐCS", "--out", str(out))
    assert code == 1 and not out.exists()
    assert "Có 2 quyết định khen thưởng số “05/QĐ-CĐCS” (01/03/2024, 01/03/2023)" in stderr
    code, stdout, stderr = run("certificates", "--decision", "05/QĐ-CĐCS", "--year", "2023",
                               "--out", str(out))
    assert code == 0, stderr
    assert stdout.strip() == f"Đã ghi 3 trang vào {out}"
