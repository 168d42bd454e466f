"""`sangkien reward --json FILE` and `sangkien rewards`, in-process on a real store."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from sangkien_desktop import cli
from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.services.container import Services


@pytest.fixture
def run(services: Services, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Runner:
    services.close()  # the CLI opens the store itself

    def run(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--data-dir", str(data_dir), *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def write(tmp_path: Path, data: dict[str, Any]) -> str:
    path = tmp_path / "decision.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


Runner = Callable[..., tuple[int, str, str]]
DECISION = {"number": "01/QĐ-CĐCS", "decided_on": "15/07/2024", "authority": "TM_BCH",
            "fund_source": "QUY_CONG_DOAN", "subject": "Về việc khen thưởng sáng kiến năm 2024"}


def test_reward_from_json_with_a_split(run: Runner, tmp_path: Path,
                                       make_recognised: Callable[..., InitiativeView]) -> None:
    initiative = make_recognised()
    data = {**DECISION, "recipients": [
        {"collective_name": "Tổ Bảo trì", "amount": "2.000.000", "citation": "Tập thể xuất sắc"},
        {"split": {"initiative": initiative.code, "total": 1_000_000}, "citation": "Đồng tác giả sáng kiến"},
    ]}
    code, out, err = run("reward", "--json", write(tmp_path, data))
    assert (code, err) == (0, "")
    saved = json.loads(out)
    assert saved["total_vnd"] == 3_000_000
    assert [(r["person_name"] or r["collective_name"], r["amount"]) for r in saved["recipients"]] == [
        ("Tổ Bảo trì", 2_000_000), ("Nguyễn Thị Hoa", 333_400), ("Trần Văn Nam", 333_300),
        ("Lê Đức Thắng", 333_300)]
    assert saved["recipients"][1]["initiatives"] == [initiative.code]

    code, out, _ = run("rewards", "--year", "2024", "--json")
    listed = json.loads(out)
    assert (code, listed["total"], listed["items"][0]["recipient_count"]) == (0, 1, 4)
    assert listed["totals"]["by_fund"] == [{"key": "QUY_CONG_DOAN", "decisions": 1, "recipients": 4,
                                            "total_vnd": 3_000_000, "issued_vnd": 0}]
    code, out, _ = run("rewards")
    assert code == 0
    assert "01/QĐ-CĐCS" in out and "3.000.000 đ" in out and "Quỹ công đoàn" in out and "Năm 2024" in out


def test_reward_edits_a_draft_by_id_and_version(run: Runner, tmp_path: Path) -> None:
    _, out, _ = run("reward", "--json", write(tmp_path, {**DECISION, "recipients": [
        {"collective_name": "Tổ Bảo trì", "amount": 1_000_000}]}))
    first = json.loads(out)
    line = {**first["recipients"][0], "amount": 1_500_000}
    code, out, err = run("reward", "--json", write(tmp_path, {
        **DECISION, "id": first["id"], "version": first["version"], "recipients": [line]}))
    assert (code, err) == (0, "")
    assert json.loads(out)["recipients"][0]["id"] == line["id"]
    assert json.loads(out)["total_vnd"] == 1_500_000


def test_bad_input_exits_1_with_vietnamese_reasons(run: Runner, tmp_path: Path,
                                                   make_initiative: Callable[..., InitiativeView]) -> None:
    run("reward", "--json", write(tmp_path, DECISION))
    uneven = make_initiative(authors=[{"name": "Nguyễn Thị Hoa", "share": 50},
                                      {"name": "Trần Văn Nam", "share": 45}])
    code, _, err = run("reward", "--json", write(tmp_path, {**DECISION, "recipients": [
        {"collective_name": "Tổ Bảo trì", "amount": 5}]}))
    assert code == 1
    assert "Số quyết định: “01/QĐ-CĐCS” đã là số của quyết định ngày 15/07/2024" in err
    data = {**DECISION, "number": "04/QĐ-CĐCS",
            "recipients": [{"collective_name": "Tổ Bảo trì", "amount": -1}]}
    code, _, err = run("reward", "--json", write(tmp_path, data))
    assert code == 1
    assert "Dòng 1 – Số tiền: không được là số âm" in err
    data = {**DECISION, "number": "02/QĐ-CĐCS",
            "recipients": [{"split": {"initiative": uneven.code, "total": 1_000_000}}]}
    code, _, err = run("reward", "--json", write(tmp_path, data))
    assert code == 1
    assert "tổng tỷ lệ đóng góp của các tác giả là 95,00%, phải bằng 100,00%" in err
    data = {**DECISION, "number": "03/QĐ-CĐCS", "recipients": [
        {"collective_name": "Tổ Dệt", "amount": 1.5}, {"collective_name": "Tổ Sợi", "amount": 10**12 + 1}]}
    code, _, err = run("reward", "--json", write(tmp_path, data))
    assert code == 1
    assert "Dòng 1 – Số tiền: phải là số đồng nguyên, không có phần lẻ" in err
    assert "Dòng 2 – Số tiền: không được quá 1.000.000.000.000 đ" in err
    code, out, _ = run("rewards", "--json")
    assert json.loads(out)["total"] == 1


def test_reward_help_documents_the_json(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["reward", "--help"])
    out = capsys.readouterr().out
    assert '"recipients"' in out and '"split"' in out and "collective_name" in out
