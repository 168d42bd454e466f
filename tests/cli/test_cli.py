"""`sangkien` through a real subprocess: exit codes, JSON output, Vietnamese messages, the writer lock."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from sangkien_desktop.persistence.lock import WriterLock
from sangkien_desktop.persistence.store import StorePaths

SUBCOMMANDS = ("init", "demo", "add-initiative", "search", "list", "show", "status", "stats", "check")


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str
    raw_out: bytes

    def json(self) -> Any:
        return json.loads(self.out)


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "SANGKIEN_DATA_DIR"}
    env.update(extra)
    return env


def _command(args: Iterable[str]) -> list[str]:
    return [sys.executable, "-m", "sangkien_desktop.cli", *args]


def run(
    *args: str, data_dir: Path | None = None, env: dict[str, str] | None = None, timeout: float = 120
) -> Result:
    argv = (["--data-dir", str(data_dir)] if data_dir is not None else []) + list(args)
    proc = subprocess.run(
        _command(argv), capture_output=True, env=env or _env(), timeout=timeout, check=False
    )
    # strict decoding: every byte the CLI writes must be valid UTF-8
    return Result(proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8"), proc.stdout)


def run_parallel(*calls: tuple[list[str], Path | None], env: dict[str, str] | None = None) -> list[Result]:
    """Several invocations that neither write nor depend on each other, at the same time."""
    procs = [
        subprocess.Popen(
            _command((["--data-dir", str(d)] if d is not None else []) + args),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env or _env(),
        )
        for args, d in calls
    ]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        results.append(Result(proc.returncode, out.decode("utf-8"), err.decode("utf-8"), out))
    return results


def _fold(text: str) -> str:
    stripped = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return stripped.replace("đ", "d").replace("Đ", "d").lower()


def _words(item: dict[str, Any]) -> list[str]:
    """Folded words of every column the search index covers."""
    parts = [
        item["title"],
        item.get("summary") or "",
        item.get("department") or "",
        item["code"],
        item.get("decision_number") or "",
        *(a["name"] for a in item["authors"]),
    ]
    return re.findall(r"\w+", _fold(" ".join(parts)))


def _all_pages(command: str, *args: str, data_dir: Path) -> tuple[int, list[dict[str, Any]]]:
    items: list[dict[str, Any]] = []
    total = None
    while total is None or len(items) < total:
        result = run(
            command, *args, "--json", "--limit", "1000", "--offset", str(len(items)), data_dir=data_dir
        )
        assert result.code == 0, result.err
        page = result.json()
        total = page["total"]
        items += page["items"]
        if not page["items"]:
            break
    assert total is not None
    return total, items


def _count(data_dir: Path) -> int:
    result = run("list", "--json", "--limit", "1", data_dir=data_dir)
    assert result.code == 0, result.err
    return int(result.json()["total"])


def _write(path: Path, data: Any) -> Path:
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


VALID = {
    "title": "Cải tiến đường ống dẫn hơi lò số 7",
    "kind": "KY_THUAT",
    "field_code": "SX_KD",
    "status": "AP_DUNG_THU",
    "first_applied_on": "05/03/2024",
    "benefit_value": "12.500.000 đ",
    "department": "Tổ Lò hơi",
    "authors": [{"name": "Lương Thị Quỳnh", "share": 60}, {"name": "Phạm Văn Đức", "share": 40}],
}


# -- fixtures ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("cli") / "data"
    env = _env(SANGKIEN_DATA_DIR=str(data_dir))
    init = run(
        "init",
        "--unit-code",
        "ABC",
        "--unit-name",
        "Công đoàn cơ sở Công ty TNHH ABC",
        "--employer",
        "Công ty TNHH ABC",
        "--place",
        "Hải Phòng",
        env=env,
    )
    assert init.code == 0, init.err
    assert "Công đoàn cơ sở Công ty TNHH ABC" in init.out
    demo = run("demo", "--initiatives", "1000", env=env)
    assert demo.code == 0, demo.err
    return data_dir


@pytest.fixture(scope="module")
def empty_office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An initialised office without initiatives; tests using it must leave it without any."""
    data_dir = tmp_path_factory.mktemp("cli-empty") / "data"
    init = run(
        "init",
        "--unit-code",
        "XYZ",
        "--unit-name",
        "CĐCS Công ty XYZ",
        "--employer",
        "Công ty XYZ",
        data_dir=data_dir,
    )
    assert init.code == 0, init.err
    return data_dir


# -- look-ups on demo data -----------------------------------------------------------------------------


def test_search_sang_kien_matches_the_index_contract(demo_dir: Path) -> None:
    result = run("search", "sang kien", "--json", data_dir=demo_dir)
    assert result.code == 0, result.err
    page = result.json()
    assert set(page) == {"total", "items"}
    assert page["total"] > 0
    assert 0 < len(page["items"]) <= 20

    total, found = _all_pages("search", "sang kien", data_dir=demo_dir)
    assert total == page["total"] == len(found)
    for item in found:
        words = _words(item)
        assert any(w.startswith("sang") for w in words), item
        assert any(w.startswith("kien") for w in words), item

    _, everything = _all_pages("list", data_dir=demo_dir)
    with_title = {i["id"] for i in everything if "sang kien" in _fold(i["title"])}
    assert with_title
    assert with_title <= {i["id"] for i in found}


def test_search_duong_finds_d_stroke_titles(demo_dir: Path) -> None:
    result = run("search", "duong", "--json", "--limit", "1000", data_dir=demo_dir)
    assert result.code == 0, result.err
    items = result.json()["items"]
    assert any("đường" in i["title"].lower() for i in items)
    for item in items:
        assert any(w.startswith("duong") for w in _words(item)), item


def test_check_passes(demo_dir: Path) -> None:
    result = run("check", data_dir=demo_dir)
    assert result.code == 0, result.out + result.err
    assert "LỖI" not in result.out
    assert len(result.out.strip().splitlines()) == 5
    assert "Số thay đổi chưa tải lên khớp với hàng đợi: đạt" in result.out
    assert "Tổng số sáng kiến khớp với sổ: đạt" in result.out


def test_show_json(demo_dir: Path) -> None:
    listed = run("list", "--status", "DA_CONG_NHAN", "--json", "--limit", "1", data_dir=demo_dir).json()
    chosen = listed["items"][0]
    result, text = run_parallel(
        (["show", chosen["id"], "--json"], demo_dir), (["show", chosen["code"]], demo_dir)
    )
    assert result.code == 0, result.err
    view = result.json()
    assert view["id"] == chosen["id"] and view["code"] == chosen["code"]
    assert view["title"] == chosen["title"]
    assert view["status"] == "DA_CONG_NHAN"
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", view["first_applied_on"])
    assert "benefit_vnd" in view
    assert view["benefit_vnd"] is None or isinstance(view["benefit_vnd"], int)
    assert view["authors"]
    for author in view["authors"]:
        assert author["name"]
        assert re.fullmatch(r"\d{1,3}\.\d{2}", author["share"])
    assert text.code == 0, text.err
    assert chosen["title"] in text.out and "Tên sáng kiến" in text.out


def test_show_unknown_id_is_a_user_error(demo_dir: Path) -> None:
    result = run("show", "2099-ABC-9999", data_dir=demo_dir)
    assert result.code == 1
    assert "2099-ABC-9999" in result.err and "Không tìm thấy" in result.err


def test_list_by_status(demo_dir: Path) -> None:
    total, items = _all_pages("list", "--status", "DA_CONG_NHAN", data_dir=demo_dir)
    assert 0 < total < 1000
    assert len(items) == total
    assert {i["status"] for i in items} == {"DA_CONG_NHAN"}
    assert all(i["decision_number"] for i in items)
    stats = run("stats", "--json", data_dir=demo_dir)
    assert stats.code == 0
    assert stats.json()["by_status"]["DA_CONG_NHAN"] == total


def test_status_change_follows_the_workflow(demo_dir: Path, tmp_path: Path) -> None:
    added = run(
        "add-initiative",
        "--json",
        str(
            _write(
                tmp_path / "moi.json",
                {
                    "title": "Cải tạo quạt thông gió xưởng may",
                    "kind": "KY_THUAT",
                    "field_code": "ATVSLD",
                    "status": "Y_TUONG",
                    "first_applied_on": "02/01/2024",
                    "authors": ["Lê Thị Thu"],
                },
            )
        ),
        data_dir=demo_dir,
    )
    assert added.code == 0, added.err
    code = added.json()["code"]
    moved = run("status", code, "AP_DUNG_THU", data_dir=demo_dir)
    assert moved.code == 0, moved.err
    assert "Đang áp dụng thử" in moved.out
    back = run("status", code, "Y_TUONG", data_dir=demo_dir)
    assert back.code == 1 and "Lý do" in back.err  # going back needs a reason
    assert run("show", code, "--json", data_dir=demo_dir).json()["status"] == "AP_DUNG_THU"
    assert run("status", code, "Y_TUONG", "--reason", "Nhập nhầm", data_dir=demo_dir).code == 0


# -- adding from a file --------------------------------------------------------------------------------


def test_add_initiative_from_a_valid_file(demo_dir: Path, tmp_path: Path) -> None:
    result = run("add-initiative", "--json", str(_write(tmp_path / "sk.json", VALID)), data_dir=demo_dir)
    assert result.code == 0, result.err
    created = result.json()
    assert created["title"] == VALID["title"]

    shown, found = run_parallel(
        (["show", created["id"], "--json"], demo_dir),
        (["search", "duong ong lo so 7 luong thi quynh", "--json"], demo_dir),
    )
    assert shown.code == 0, shown.err
    view = shown.json()
    assert view["code"] == created["code"]
    assert view["benefit_vnd"] == 12_500_000
    assert view["first_applied_on"] == "2024-03-05"
    assert view["programme_id"] is None  # none given in the file
    assert [(a["name"], a["share"]) for a in view["authors"]] == [
        ("Lương Thị Quỳnh", "60.00"),
        ("Phạm Văn Đức", "40.00"),
    ]
    assert created["id"] in {i["id"] for i in found.json()["items"]}


BAD_FILES: dict[str, tuple[Any, tuple[str, ...]]] = {
    "invalid_json": ('{"title": "Cải tiến", "kind": "KY_THUAT",', ("JSON",)),
    "bad_date": ({**VALID, "first_applied_on": "31/02/2024"}, ("Ngày áp dụng lần đầu",)),
    "negative_benefit": ({**VALID, "benefit_value": -5_000_000}, ("Giá trị làm lợi",)),
    "unknown_kind": ({**VALID, "kind": "PHAT_MINH"}, ("Loại giải pháp",)),
    "missing_title": ({k: v for k, v in VALID.items() if k != "title"}, ("Tên sáng kiến",)),
    "not_an_object": ('[{"title": "Cải tiến"}]', ("đối tượng",)),
    "all_at_once": (
        {**VALID, "title": "", "kind": "PHAT_MINH", "first_applied_on": "31/02/2024", "benefit_value": -1},
        ("Tên sáng kiến", "Loại giải pháp", "Ngày áp dụng lần đầu", "Giá trị làm lợi"),
    ),
}


def test_add_initiative_refuses_bad_files(empty_office: Path, tmp_path: Path) -> None:
    failures = []
    for case, (data, labels) in BAD_FILES.items():
        result = run(
            "add-initiative", "--json", str(_write(tmp_path / f"{case}.json", data)), data_dir=empty_office
        )
        if (
            result.code != 1
            or result.out
            or "Traceback" in result.err
            or not all(x in result.err for x in labels)
        ):
            failures.append((case, result.code, result.out, result.err))
    assert failures == []
    assert _count(empty_office) == 0


def test_add_initiative_with_shares_summing_to_90_warns_but_saves(demo_dir: Path, tmp_path: Path) -> None:
    data = {
        **VALID,
        "title": "Nâng cấp bơm cấp nước lò hơi",
        "authors": [{"name": "Hồ Thị Yến", "share": 50}, {"name": "Ngô Quang Huy", "share": 40}],
    }
    result = run("add-initiative", "--json", str(_write(tmp_path / "sk.json", data)), data_dir=demo_dir)
    assert result.code == 0, result.err
    assert "Tỷ lệ đóng góp" in result.err and "90" in result.err
    created = result.json()
    shown = run("show", created["id"], "--json", data_dir=demo_dir)
    assert shown.code == 0, shown.err
    assert [a["share"] for a in shown.json()["authors"]] == ["50.00", "40.00"]


# -- usage, help, environment --------------------------------------------------------------------------


USAGE_ERRORS = (
    [],
    ["xoa-het"],
    ["search"],
    ["list", "--status", "XONG"],
    ["demo", "--initiatives", "mot-nghin"],
)


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    results = run_parallel(*((args, tmp_path / "data") for args in USAGE_ERRORS))
    for args, result in zip(USAGE_ERRORS, results, strict=True):
        assert result.code == 2, (args, result.out, result.err)
        assert "usage" in result.err.lower(), args
    assert not (tmp_path / "data").exists()


def test_every_subcommand_has_help(tmp_path: Path) -> None:
    procs = {
        name: subprocess.Popen(
            _command([*([name] if name else []), "--help"]),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=_env(SANGKIEN_DATA_DIR=str(tmp_path / "d")),
        )
        for name in ("", *SUBCOMMANDS)
    }
    for name, proc in procs.items():
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, (name, err.decode("utf-8"))
        assert "usage" in out.decode("utf-8").lower(), name
    assert not (tmp_path / "d").exists()


def test_writer_lock_held_elsewhere(demo_dir: Path, tmp_path: Path) -> None:
    paths = StorePaths(demo_dir)
    data = {**VALID, "title": "Giải pháp thử khóa ghi"}
    with WriterLock(paths.lock, "Sáng kiến Desktop (kiểm thử)"):
        writer, reader = run_parallel(
            (["add-initiative", "--json", str(_write(tmp_path / "sk.json", data))], demo_dir),
            (["search", "giai phap thu khoa ghi", "--json"], demo_dir),
        )
    assert writer.code == 1, writer.out + writer.err
    assert "Sáng kiến Desktop (kiểm thử)" in writer.err
    assert str(os.getpid()) in writer.err
    assert writer.out == ""
    # readers need no lock, and the refused writer changed nothing
    assert reader.code == 0, reader.err
    assert reader.json()["total"] == 0
    assert run("search", "giai phap thu khoa ghi", "--json", data_dir=demo_dir).json()["total"] == 0


READERS_ON_EMPTY_DIR = (["search", "sang kien"], ["list", "--json"], ["check"])


def test_read_commands_on_an_empty_data_dir(tmp_path: Path) -> None:
    data_dir = tmp_path / "trong"
    # stderr must be UTF-8 whatever the console says
    results = run_parallel(
        *((args, data_dir) for args in READERS_ON_EMPTY_DIR), env=_env(PYTHONIOENCODING="ascii", LC_ALL="C")
    )
    for args, result in zip(READERS_ON_EMPTY_DIR, results, strict=True):
        assert result.code == 1, (args, result.out, result.err)
        assert "sangkien init" in result.err, args
        assert "Chưa có kho dữ liệu" in result.err, args
    assert not StorePaths(data_dir).db.exists()


def test_stdout_is_utf8_json_with_vietnamese_unescaped(demo_dir: Path) -> None:
    result = run(
        "search",
        "sang kien",
        "--json",
        "--limit",
        "5",
        data_dir=demo_dir,
        env=_env(PYTHONIOENCODING="ascii", LC_ALL="C"),
    )
    assert result.code == 0, result.err
    assert "\\u" not in result.out
    assert "Sáng kiến".encode() in result.raw_out or "sáng kiến".encode() in result.raw_out
    assert json.loads(result.raw_out.decode("utf-8"))["total"] > 0
