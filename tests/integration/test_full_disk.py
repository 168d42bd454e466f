"""The data folder on a full or read-only filesystem (issue 8): a clear Vietnamese message, and
nothing half-written. The folder is a small tmpfs mounted by the test (root only)."""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import closing, suppress
from pathlib import Path

import pytest

from sangkien_desktop import cli
from tests.conftest import INITIATIVE_DEFAULTS


def _mount(folder: Path, options: str) -> None:
    subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], check=True,
                   capture_output=True)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "disk"
    folder.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root (CI runs as root)")
    _mount(folder, "size=8m")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _fill(folder: Path) -> Path:
    filler = folder / "filler.bin"
    with filler.open("wb") as out, suppress(OSError):
        while True:
            out.write(b"\0" * 65536)
            out.flush()
    with suppress(OSError), filler.open("ab") as out:
        for _ in range(4096):  # the last blocks
            out.write(b"\0" * 512)
            out.flush()
    return filler


def _state(db: Path) -> tuple[list[tuple[str]], int, bool]:
    with closing(sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)) as conn:
        integrity = conn.execute("PRAGMA integrity_check").fetchall()
        count = conn.execute("SELECT count(*) FROM initiative").fetchone()[0]
        next_seq = conn.execute("SELECT next_seq FROM sync_state").fetchone()[0]
        seqs = [r[0] for r in conn.execute("SELECT seq FROM outbox ORDER BY seq")]
    return integrity, count, seqs == list(range(1, next_seq))


def _init(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--data-dir", str(data_dir), "init", "--unit-code", "ABC", "--unit-name",
                     "Công đoàn cơ sở Công ty TNHH ABC", "--employer", "Công ty TNHH ABC"]) == 0
    capsys.readouterr()


def _add(data_dir: Path, source: Path) -> int:
    return cli.main(["--data-dir", str(data_dir), "add-initiative", "--json", str(source)])


def test_a_full_disk_refuses_the_save_with_a_message_and_keeps_the_store_whole(
    small_disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = small_disk / "data"
    _init(data_dir, capsys)
    source = tmp_path / "sang-kien.json"
    source.write_text(json.dumps({**INITIATIVE_DEFAULTS, "summary": "Giảm hao phí điện năng. " * 400},
                                 ensure_ascii=False), encoding="utf-8")
    assert _add(data_dir, source) == 0
    capsys.readouterr()
    before = _state(data_dir / "sangkien.db")

    filler = _fill(small_disk)
    code = _add(data_dir, source)
    err = capsys.readouterr().err

    assert code == 1
    assert "Ổ đĩa đã đầy" in err and "Traceback" not in err
    filler.unlink()
    assert _state(data_dir / "sangkien.db") == before == ([("ok",)], 1, True)
    assert _add(data_dir, source) == 0  # once there is room again, the same save works


def test_a_read_only_disk_refuses_writes_with_a_message(
    small_disk: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = small_disk / "data"
    _init(data_dir, capsys)
    before = _state(data_dir / "sangkien.db")
    source = tmp_path / "sang-kien.json"
    source.write_text(json.dumps(INITIATIVE_DEFAULTS, ensure_ascii=False), encoding="utf-8")
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    try:
        with pytest.raises(OSError) as probe:
            (small_disk / "probe").write_text("x")
        assert probe.value.errno == errno.EROFS

        code = _add(data_dir, source)
        err = capsys.readouterr().err
        assert code == 1
        assert "chỉ cho phép đọc" in err and "Traceback" not in err
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    assert _state(data_dir / "sangkien.db") == before
