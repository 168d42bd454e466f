"""`sangkien officers`, `sangkien officers add` and the global `--officer`, in-process on a real store."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa

from sangkien_desktop import cli
from sangkien_desktop.persistence.models import AuditEntry, Person
from sangkien_desktop.services.container import Services, build_services
from tests.conftest import INITIATIVE_DEFAULTS

Runner = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(services: Services, data_dir: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> Runner:
    services.close()  # the CLI opens the store itself
    monkeypatch.delenv("SANGKIEN_PIN", raising=False)

    def run(*args: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = cli.main(["--data-dir", str(data_dir), *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def _listed(run: Runner) -> list[dict[str, object]]:
    code, out, _ = run("officers", "--json")
    assert code == 0
    listed: list[dict[str, object]] = json.loads(out)
    return listed


def _audit_of_person(data_dir: Path, name: str) -> set[str | None]:
    built = build_services(data_dir)
    try:
        with built.uow.read() as session:
            person_id = session.scalar(sa.select(Person.id).where(Person.full_name == name))
            rows = session.scalars(sa.select(AuditEntry.officer_id).where(AuditEntry.entity_id == person_id))
            return set(rows)
    finally:
        built.close()


def test_add_and_list_officers(run: Runner) -> None:
    code, out, err = run("officers")
    assert (code, err) == (0, "") and "Chưa có cán bộ nào" in out
    code, out, err = run("officers", "add", "Nguyễn Thị Thu Hằng", "--role", "chu-tich", "--pin",
                         stdin="2468\n")
    assert (code, err) == (0, "")
    assert out.startswith("Đã thêm cán bộ Nguyễn Thị Thu Hằng (Chủ tịch, có mã PIN) – mã ")
    assert run("officers", "add", "Lê Thị Ánh", "--role", "xem")[0] == 0
    code, out, _ = run("officers")
    assert out.splitlines()[1].startswith("Lê Thị Ánh (Chỉ xem) – mã ")
    assert [(o["full_name"], o["role"], o["has_pin"]) for o in _listed(run)] == [
        ("Nguyễn Thị Thu Hằng", "CHU_TICH", True), ("Lê Thị Ánh", "XEM", False)]


def test_bad_input_is_refused_in_vietnamese(run: Runner) -> None:
    code, _, err = run("officers", "add", "Trần Văn Đức", "--role", "can-bo", "--pin", stdin="12\n")
    assert code == 1 and "Mã PIN: gồm từ 4 đến 12 chữ số, đang có 2" in err
    code, _, err = run("officers", "add", " ", "--role", "can-bo")
    assert code == 1 and "Họ và tên: bắt buộc phải có" in err
    with pytest.raises(SystemExit) as exited:
        run("officers", "add", "Trần Văn Đức", "--role", "boss")
    assert exited.value.code == 2
    assert _listed(run) == []


def test_officer_option_signs_the_command_in(run: Runner, data_dir: Path) -> None:
    run("officers", "add", "Nguyễn Thị Thu Hằng", "--role", "chu-tich")
    run("officers", "add", "Trần Văn Đức", "--role", "can-bo")
    initiative = json.dumps(INITIATIVE_DEFAULTS, ensure_ascii=False)
    code, _, err = run("--officer", "tran van duc", "add-initiative", "--json", "-", stdin=initiative)
    assert (code, err) == (0, "")
    officer_id = next(o["id"] for o in _listed(run) if o["full_name"] == "Trần Văn Đức")
    assert _audit_of_person(data_dir, "Trần Văn Nam") == {officer_id}


def test_a_viewer_gets_a_clear_message(run: Runner) -> None:
    run("officers", "add", "Nguyễn Thị Thu Hằng", "--role", "chu-tich")
    run("officers", "add", "Lê Thị Ánh", "--role", "xem")
    code, out, err = run("--officer", "Lê Thị Ánh", "officers", "add", "Đỗ Thị Mai", "--role", "can-bo")
    assert (code, out) == (1, "")
    assert err == ("Lỗi: Lê Thị Ánh có vai trò “Chỉ xem” nên không được thêm, sửa hoặc xoá dữ liệu. "
                   "Hãy nhờ Chủ tịch công đoàn làm việc này hoặc cấp quyền cho bạn.\n")
    assert run("--officer", "Lê Thị Ánh", "officers")[0] == 0  # reading is fine
    assert len(_listed(run)) == 2


def test_pin_comes_from_the_environment(run: Runner, monkeypatch: pytest.MonkeyPatch) -> None:
    run("officers", "add", "Nguyễn Thị Thu Hằng", "--role", "chu-tich", "--pin", stdin="2468\n")
    code, _, err = run("--officer", "Nguyễn Thị Thu Hằng", "officers")
    assert code == 1 and "hãy đặt biến môi trường SANGKIEN_PIN" in err
    monkeypatch.setenv("SANGKIEN_PIN", "1111")
    code, out, err = run("--officer", "Nguyễn Thị Thu Hằng", "officers")
    assert (code, out, err) == (1, "", "Lỗi: Mã PIN không đúng. Hãy nhập lại.\n")
    monkeypatch.setenv("SANGKIEN_PIN", "2468")
    code, _, err = run("--officer", "Nguyễn Thị Thu Hằng", "officers", "add", "Lê Thị Ánh", "--role", "xem")
    assert (code, err) == (0, "")


def test_an_unknown_officer_is_refused(run: Runner) -> None:
    code, _, err = run("--officer", "Ai Đó", "officers")
    assert code == 1 and "Không có cán bộ đang làm việc nào tên hoặc mã “Ai Đó”" in err
