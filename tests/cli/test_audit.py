"""`sangkien audit` and `sangkien trash`, in-process on a real store."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from sangkien_desktop import cli
from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.services.container import Services

Runner = Callable[..., tuple[int, str, str]]
MakeInitiative = Callable[..., InitiativeView]


@pytest.fixture
def run(services: Services, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Runner:
    def run(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--data-dir", str(data_dir), *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def test_audit_of_one_initiative_as_text_and_json(
    run: Runner, services: Services, make_initiative: MakeInitiative
) -> None:
    view = make_initiative(title="Cải tiến băng tải")
    detail = services.initiatives.detail(view.id)
    services.initiatives.update(view.id, replace(detail.draft, benefit_value=20_000_000), detail.version)
    make_initiative(title="Sáng kiến khác")

    code, out, err = run("audit", view.code)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "4 dòng nhật ký (giờ máy tính, mới nhất trước)"  # create, 2 authors, 1 edit
    assert "sửa" in lines[1] and "Giá trị làm lợi: 12.500.000 đ → 20.000.000 đ" in lines[1]
    assert f"Sáng kiến: {view.code} – Cải tiến băng tải" in lines[1]
    assert "Sáng kiến khác" not in out

    code, out, _ = run("audit", "--entity", "initiative", "--action", "create", "--json", "--limit", "1")
    data = json.loads(out)
    assert (code, data["total"], len(data["items"])) == (0, 2, 1)
    assert data["items"][0]["record"].endswith("Sáng kiến khác")
    assert data["items"][0]["at"].endswith("Z")

    code, out, _ = run("audit", "--since", "01/01/2000", "--until", "2000-01-02")
    assert (code, out.splitlines()) == (0, ["0 dòng nhật ký (giờ máy tính, mới nhất trước)"])


def test_audit_names_the_programme_an_initiative_moved_to(
    run: Runner, services: Services, make_initiative: MakeInitiative
) -> None:
    [programme] = services.initiatives.programmes()
    view = make_initiative()
    detail = services.initiatives.detail(view.id)
    services.initiatives.update(view.id, replace(detail.draft, programme_id=programme.id), detail.version)

    code, out, _ = run("audit", view.code, "--limit", "1")
    assert code == 0 and f"Chương trình: (trống) → {programme.name}" in out.splitlines()[1]
    assert programme.id not in out
    code, out, _ = run("audit", view.code, "--limit", "1", "--json")
    [item] = json.loads(out)["items"]
    assert (item["field"], item["old_value"], item["new_value"]) == ("programme_id", None, programme.name)


def test_audit_refuses_a_bad_date(run: Runner) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run("audit", "--since", "31/02/2024")
    assert exit_info.value.code == 2


def test_trash_list_restore_and_purge(
    run: Runner, services: Services, make_initiative: MakeInitiative
) -> None:
    view = make_initiative(title="Đồ gá hàn khung xe đẩy")
    services.trash.delete("initiative", view.id, 1)

    code, out, _ = run("trash")
    assert code == 0
    assert out.splitlines()[0] == "1 mục trong thùng rác (mới xoá nhất trước)"
    assert view.id in out and f"Sáng kiến: {view.code} – Đồ gá hàn khung xe đẩy" in out

    assert run("trash", "restore", view.id)[:2] == (
        0,
        f"Đã khôi phục sáng kiến “{view.code} – Đồ gá hàn khung xe đẩy”.\n",
    )
    code, out, _ = run("trash", "list", "--json")
    assert (code, json.loads(out)) == (0, {"total": 0, "items": []})

    services.trash.delete("initiative", view.id, 3)
    code, _, err = run("trash", "purge", view.id)
    assert code == 1 and "--yes" in err
    assert services.trash.items().total == 1
    code, out, _ = run("trash", "purge", view.id, "--yes")
    assert code == 0 and "Đã xoá vĩnh viễn sáng kiến" in out and "(3 dòng dữ liệu)" in out
    assert services.trash.purged_ids("initiative") == {view.id}

    code, _, err = run("trash", "restore", view.id)
    assert code == 1 and "Không có mục nào" in err
    code, _, err = run("trash", "restore")
    assert code == 1 and "định danh" in err
