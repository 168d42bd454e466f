"""`sangkien remuneration`, `sangkien pay` and `sangkien todo`, in-process on a real store.

The CLI counts from the real today; the initiative here was first applied on 01/03/2021, so all three
years (due 28/03/2022, 28/03/2023, 29/03/2024) are long past whenever the tests run."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from sangkien_desktop import cli
from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.services.container import Services

Runner = Callable[..., tuple[int, str, str]]
AUTHORS = [{"name": "Nguyễn Thị Hoa", "share": 50}, {"name": "Trần Văn Nam", "share": 30},
           {"name": "Lê Đức Minh", "share": 20}]


@pytest.fixture
def run(services: Services, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Runner:
    def run(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--data-dir", str(data_dir), *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


@pytest.fixture
def initiative(make_initiative: Callable[..., InitiativeView]) -> InitiativeView:
    return make_initiative(status="DA_CONG_NHAN", decision_number="15/QĐ-ABC", decided_on="2021-09-01",
                           first_applied_on="2021-03-01", benefit_value=100_000_000, authors=AUTHORS)


def test_schedule_as_text_and_json(run: Runner, initiative: InitiativeView) -> None:
    code, out, err = run("remuneration", initiative.code)
    assert code == 0, err
    # 100.000.000 × 7 % = 7.000.000 a year; 2024 is a leap year, so year 3 ends on 29/02/2024.
    assert "Năm thứ 3: 01/03/2023 – 29/02/2024, hạn trả 29/03/2024 · QUÁ HẠN" in out
    assert "Phải trả tối thiểu 7.000.000 đ (7 % × 100.000.000 đ)" in out
    assert "- Trần Văn Nam (30,00 %): phải trả 2.100.000 đ, đã trả 0 đ, còn 2.100.000 đ" in out
    assert "Tổng: phải trả 21.000.000 đ, đã trả 0 đ, còn phải trả 21.000.000 đ" in out
    assert "chưa có phiếu xác nhận" in err  # warns that the initiative's own figure was used

    code, out, _ = run("remuneration", initiative.id, "--json")
    data = json.loads(out)
    assert [y["amount_due"] for y in data["years"]] == [7_000_000] * 3
    assert [a["amount_due"] for a in data["years"][0]["authors"]] == [3_500_000, 2_100_000, 1_400_000]
    assert data["years"][0]["due_on"] == "2022-03-28"


def test_pay_then_overdue_lists_what_is_left(run: Runner, initiative: InitiativeView, tmp_path: Path) -> None:
    run("remuneration", initiative.code)
    proof = tmp_path / "uy-nhiem-chi.pdf"
    proof.write_bytes(b"%PDF-1.4")
    for author, amount, day in (("Nguyễn Thị Hoa", "3.500.000", "20/03/2022"),
                                ("tran van nam", "2100000", "2022-03-21"),
                                ("Lê Đức Minh", "1.400.000 đ", "22/03/2022")):
        code, out, err = run("pay", initiative.code, "--year", "1", "--author", author, "--amount", amount,
                             "--date", day, "--proof", str(proof))
        assert code == 0, err
    assert "năm này còn phải trả 0 đ" in out

    code, out, _ = run("remuneration", "--overdue", "--json")
    data = json.loads(out)
    assert [(i["code"], i["year"]) for i in data["items"]] == [(initiative.code, 2), (initiative.code, 3)]
    code, out, _ = run("remuneration", "--overdue")
    assert "Quá hạn trả thù lao năm thứ 2: hạn 28/03/2023" in out


def test_bad_payments_and_usage_errors(run: Runner, initiative: InitiativeView) -> None:
    code, _, err = run("pay", initiative.code, "--year", "1", "--author", "Hoa", "--amount", "-5",
                       "--date", "2022-03-20")
    assert code == 1 and "Số tiền: không được là số âm" in err
    code, _, err = run("pay", initiative.code, "--year", "1", "--author", "Phạm Văn Tư", "--amount", "100",
                       "--date", "2022-03-20")
    assert code == 1 and "không phải tác giả" in err and "Nguyễn Thị Hoa" in err
    code, _, err = run("remuneration")
    assert code == 1 and "--overdue" in err


def test_todo_lists_overdue_remuneration_by_group(run: Runner, initiative: InitiativeView) -> None:
    run("remuneration", initiative.code)
    code, out, err = run("todo")
    assert code == 0, err
    assert "Thù lao quá hạn chưa trả (3):" in out
    assert "Đã công nhận, chưa khen thưởng (1):" in out
    code, out, _ = run("todo", "--json")
    data = json.loads(out)
    assert data["total"] == 4
    assert data["items"][0]["kind"] == "remuneration_overdue" and data["items"][0]["due_on"] == "2022-03-28"
