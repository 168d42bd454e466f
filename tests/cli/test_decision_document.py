"""`sangkien document --template C`: a reward decision with its annexed list, re-read with pypdf."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from sangkien_desktop import cli
from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.domain.rewards import RecipientInput, RewardDecisionInput
from sangkien_desktop.services.container import Services
from tests.support.decisions import COLLECTIVES, issue_decision

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


def test_issued_decision_with_its_annex(services: Services, make_recognised: Callable[..., InitiativeView],
                                        run: Runner, tmp_path: Path) -> None:
    initiative = make_recognised()
    issue_decision(services, initiative=initiative, decided_on=date(2024, 3, 12))
    services.close()
    out = tmp_path / "quyet-dinh.pdf"
    code, stdout, stderr = run("document", "--template", "C", "--decision", "05/qđ-cđcs", "--year", "2024",
                               "--out", str(out))
    assert code == 0, stderr
    assert (stdout.strip(), stderr) == (f"Đã ghi vào {out}", "")
    text = one_line_text(out)
    assert "QUYẾT ĐỊNH" in text and "Số: 05/QĐ-CĐCS" in text and "DỰ THẢO" not in text
    for name in (*(a.full_name for a in initiative.authors), *COLLECTIVES):
        assert name in text
    # 3 authors × 500.000 đ + 3 collectives × 1.000.000 đ
    assert "4.500.000" in text and "Bốn triệu năm trăm nghìn đồng" in text
    assert "Kèm theo Quyết định số 05/QĐ-CĐCS ngày 12/3/2024" in text


def test_draft_decision_prints_with_the_watermark(services: Services, run: Runner, tmp_path: Path) -> None:
    data = RewardDecisionInput.from_mapping({"number": "09/QĐ-CĐCS", "decided_on": "2024-05-02",
                                             "authority": "TM_BCH", "fund_source": "QUY_CONG_DOAN"})
    services.rewards.create(RewardDecisionInput(**{**data.__dict__, "recipients": (
        RecipientInput(collective_name="Tổ Cơ điện", amount=2_000_000),)}))
    services.close()
    out = tmp_path / "du-thao.pdf"
    code, _, stderr = run("document", "--template", "C", "--decision", "09/QĐ-CĐCS", "--out", str(out))
    assert code == 0, stderr
    assert "chưa ban hành: bản in mang chữ “DỰ THẢO”" in stderr
    text = one_line_text(out)
    assert "DỰ THẢO" in text and "Tổ Cơ điện" in text and "Hai triệu đồng" in text


def test_wrong_source_for_the_template_is_refused(services: Services, run: Runner, tmp_path: Path) -> None:
    services.close()
    out = tmp_path / "x.pdf"
    code, _, stderr = run("document", "--template", "C", "--initiative", "2024-ABC-0001", "--out", str(out))
    assert code == 1 and "hãy cho biết số quyết định (--decision SỐ)" in stderr
    code, _, stderr = run("document", "--template", "E", "--decision", "05/QĐ", "--out", str(out))
    assert code == 1 and "hãy cho biết mã sáng kiến (--initiative MÃ)" in stderr
    code, _, stderr = run("document", "--template", "C", "--decision", "99/QĐ", "--out", str(out))
    assert code == 1 and "Không có quyết định khen thưởng số “99/QĐ”" in stderr
    assert not out.exists()
