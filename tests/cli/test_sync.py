"""`sangkien enroll`, `sangkien sync`, `sangkien sync-status` against the reference server on loopback."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from sangkien_desktop import cli
from sangkien_desktop.persistence.lock import WriterLock
from sangkien_desktop.persistence.store import StorePaths
from sangkien_server import cli as server_cli
from tests.support.live_server import LiveServer, live_server, server_backend

__all__ = ["live_server", "server_backend"]


@pytest.fixture(autouse=True)
def file_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SANGKIEN_CREDENTIALS", "file")
    monkeypatch.delenv("SANGKIEN_FAULT_POINT", raising=False)


@pytest.fixture
def office(tmp_path: Path) -> Path:
    data = tmp_path / "office"
    assert (
        cli.main(
            [
                "--data-dir",
                str(data),
                "init",
                "--unit-code",
                "ABC",
                "--unit-name",
                "Công đoàn cơ sở Công ty ABC",
                "--employer",
                "Công ty ABC",
            ]
        )
        == 0
    )
    initiative = tmp_path / "sk.json"
    initiative.write_text(
        json.dumps(
            {
                "title": "Cải tiến băng tải",
                "kind": "KY_THUAT",
                "field_code": "SX_KD",
                "status": "Y_TUONG",
                "authors": [{"name": "Nguyễn Thị Hoa", "share": 100}],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    assert cli.main(["--data-dir", str(data), "add-initiative", "--json", str(initiative)]) == 0
    return data


def sangkien(data: Path, *args: str) -> int:
    return cli.main(["--data-dir", str(data), *args])


def test_the_commands_are_declared_with_their_writer_lock_needs() -> None:
    _, registry = cli._parser()
    assert registry.commands["enroll"][1] is True
    # `sync` takes the lock per transaction only, never while waiting on the network
    assert registry.commands["sync"][1] is False
    assert registry.commands["sync-status"][1] is False


def test_not_enrolled_exits_4_and_says_what_to_do(office: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert sangkien(office, "sync", "--once") == 4
    assert "chưa đăng ký" in capsys.readouterr().err
    assert sangkien(office, "sync-status") == 0
    assert "sangkien enroll --server" in capsys.readouterr().out


@pytest.mark.live
def test_enrol_sync_and_status(
    office: Path, live_server: LiveServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        sangkien(office, "enroll", "--server", live_server.url, "--code", live_server.enrollment_code()) == 0
    )
    assert "Đã đăng ký" in capsys.readouterr().out
    assert sangkien(office, "sync", "--once", "--json") == 0
    outcome = json.loads(capsys.readouterr().out)
    assert outcome["complete"] is True and outcome["state"] == "ok"
    assert outcome["server_confirmed"] == outcome["local_acked"] > 0
    assert sangkien(office, "sync-status", "--json") == 0
    status = json.loads(capsys.readouterr().out)
    assert status["pending"] == 0 and status["digest_ok"] is True
    count = status["local_acked"]
    made = status["initiatives"]["total"]
    assert made > 0 and status["initiatives"]["confirmed"] == made
    assert status["confirmation"] == f"Máy chủ xác nhận {made}/{made} ✓ (sáng kiến; {count}/{count} thay đổi)"
    assert sangkien(office, "sync-status") == 0
    lines = capsys.readouterr().out
    assert f"Máy chủ xác nhận {made}/{made} ✓ (sáng kiến; {count}/{count} thay đổi)" in lines
    assert "Kết nối tốt" in lines
    assert sangkien(office, "sync") == 0  # without --once: nothing left, done at once


@pytest.mark.live
def test_a_bad_code_is_refused_with_the_servers_reason(
    office: Path, live_server: LiveServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert sangkien(office, "enroll", "--server", live_server.url, "--code", "KHONG-CO-MA-NAY") == 4
    assert capsys.readouterr().err.startswith("Lỗi:")


@pytest.mark.live
def test_offline_exits_3(office: Path, live_server: LiveServer, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        sangkien(office, "enroll", "--server", live_server.url, "--code", live_server.enrollment_code()) == 0
    )
    live_server.stop()
    assert sangkien(office, "sync", "--once") == 3
    assert "Không đồng bộ được" in capsys.readouterr().err


@pytest.mark.live
def test_export_file_for_usb(
    office: Path, live_server: LiveServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        sangkien(office, "enroll", "--server", live_server.url, "--code", live_server.enrollment_code()) == 0
    )
    target = tmp_path / "gui.skbatch"
    assert sangkien(office, "sync", "--export-file", str(target)) == 0
    assert "Đã ghi" in capsys.readouterr().out
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        manifest = json.loads(archive.read("manifest.json"))
    assert {"manifest.json", "manifest.sig"} <= set(names)
    assert [f"batches/{b['batch_id']}.json.gz" for b in manifest["batches"]] == [
        n for n in names if n.startswith("batches/")
    ]


@pytest.mark.live
def test_the_usb_round_trip_with_the_acknowledgement_file(
    office: Path, live_server: LiveServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        sangkien(office, "enroll", "--server", live_server.url, "--code", live_server.enrollment_code()) == 0
    )
    delivery, ack = tmp_path / "gui.skbatch", tmp_path / "xac-nhan.skack"
    assert sangkien(office, "sync", "--export-file", str(delivery)) == 0
    assert server_cli.main(["import-file", str(delivery), "--ack", str(ack), "--db", live_server.db_url]) == 0
    capsys.readouterr()

    # A tampered answer is refused by the success predicate; nothing is acknowledged.
    tampered = tmp_path / "sua.skack"
    with zipfile.ZipFile(ack) as source, zipfile.ZipFile(tampered, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            changed = data.replace(b'"applied"', b'"rejected"') if name.endswith(".json") else data
            target.writestr(name, changed)
    assert sangkien(office, "sync", "--ack-file", str(tampered)) == 1
    assert "không qua được bước kiểm tra" in capsys.readouterr().err
    assert sync_status(office, capsys)["local_acked"] == 0
    (tmp_path / "rac.skack").write_bytes(b"not a zip")
    assert sangkien(office, "sync", "--ack-file", str(tmp_path / "rac.skack")) == 1
    assert "không phải tệp .skack" in capsys.readouterr().err

    assert sangkien(office, "sync", "--ack-file", str(ack), "--json") == 0
    loaded = json.loads(capsys.readouterr().out)
    assert loaded["applied"] == loaded["answers"] > 0 and loaded["already_settled"] == 0
    status = sync_status(office, capsys)
    assert status["pending"] == 0 and status["local_acked"] == loaded["acked_ops"] > 0
    # Loading it again, or the network delivering the same batches, changes nothing.
    assert sangkien(office, "sync", "--ack-file", str(ack), "--json") == 0
    again = json.loads(capsys.readouterr().out)
    assert (again["applied"], again["already_settled"]) == (0, loaded["answers"])
    assert sangkien(office, "sync", "--once", "--json") == 0
    outcome = json.loads(capsys.readouterr().out)
    assert outcome["complete"] and outcome["digest_ok"] and outcome["server_confirmed"] == loaded["acked_ops"]


def sync_status(office: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    assert sangkien(office, "sync-status", "--json") == 0
    status: dict[str, Any] = json.loads(capsys.readouterr().out)
    return status


def test_sync_refuses_at_once_while_the_app_holds_the_store(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with WriterLock(StorePaths(office).lock, "Sáng kiến Desktop"):
        assert sangkien(office, "sync", "--once") == 1
    assert "Sáng kiến Desktop" in capsys.readouterr().err
