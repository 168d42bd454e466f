"""`sangkien backup`, `backups` and `restore` in-process: output, exit codes, the store replaced."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from sangkien_desktop import cli
from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.services.container import Services, build_services


def run(data_dir: Path, *args: str) -> int:
    return cli.main(["--data-dir", str(data_dir), *args])


def test_backup_list_and_restore_round_trip(
    services: Services, make_initiative: Callable[..., InitiativeView], tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    make_initiative(title="Khuôn ép nhựa tiết kiệm điện")
    data_dir = services.paths.data_dir
    usb = tmp_path / "usb"
    usb.mkdir()

    assert run(data_dir, "backup", "--to", str(usb)) == 0
    assert "Đã sao lưu vào" in capsys.readouterr().out
    assert run(data_dir, "backups", "--in", str(usb), "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(b["kind"], b["counts"]["initiative"]) for b in listed] == [("thu-cong", 1)]

    make_initiative(title="Làm sau khi sao lưu")
    services.close()
    assert run(data_dir, "restore", listed[0]["path"], "--yes") == 0
    out = capsys.readouterr().out
    assert "Đã khôi phục" in out and "kỷ nguyên mới" in out

    reopened = build_services(data_dir)
    try:
        titles = [v.title for v in reopened.initiatives.list(limit=10).items]
        assert titles == ["Khuôn ép nhựa tiết kiệm điện"]
    finally:
        reopened.close()
    assert run(data_dir, "backups") == 0
    assert "Trước khi khôi phục" in capsys.readouterr().out


def test_restore_asks_for_confirmation_and_refuses_bad_files(
    services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = services.paths.data_dir
    assert run(data_dir, "backup") == 0
    archive = next((data_dir / "backups").glob("*.skbackup"))
    services.close()
    before = (data_dir / "sangkien.db").read_bytes()

    assert run(data_dir, "restore", str(archive)) == 1  # stdin is not a terminal under pytest
    assert "--yes" in capsys.readouterr().err
    not_backup = tmp_path / "ghi-chu.skbackup"
    not_backup.write_text("không phải bản sao lưu")
    assert run(data_dir, "restore", str(not_backup), "--yes") == 1
    assert "không phải bản sao lưu" in capsys.readouterr().err
    assert run(data_dir, "restore", str(tmp_path / "khong-co.skbackup"), "--yes") == 1
    assert "Không tìm thấy" in capsys.readouterr().err
    assert (data_dir / "sangkien.db").read_bytes() == before
