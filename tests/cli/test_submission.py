"""`sangkien submit`: the officer's "Tải lên" from the command line."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from sangkien_desktop import cli
from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.services.container import Services
from tests.support.submissions import ready_to_upload


def sangkien(data: Path, *args: str) -> int:
    return cli.main(["--data-dir", str(data), *args])


def test_submit_names_what_went_and_what_was_refused(
        services: Services, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    codes = [services.initiatives.get(i).code for i in ready_to_upload(services, 2)]
    assert sangkien(data_dir, "submit", codes[0], "KHONG-CO") == 0
    out, err = capsys.readouterr()
    assert "Đã đưa 1 sáng kiến vào đợt tải lên" in out
    assert "Không đưa vào: KHONG-CO: không tìm thấy sáng kiến này" in err

    assert sangkien(data_dir, "submit", "--all-ready", "--json") == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["submitted"] == [codes[1]] and answer["refused"] == [] and answer["batch_id"]

    assert sangkien(data_dir, "submit", "--all-ready") == 1  # nothing left: said in Vietnamese
    assert "Không có sáng kiến nào «Sẵn sàng tải lên»" in capsys.readouterr().err
    assert sangkien(data_dir, "submit", codes[0]) == 1  # already waiting: nothing written
    assert "đang chờ máy chủ xác nhận" in capsys.readouterr().err
    assert services.submissions.ready() == ()


def test_an_initiative_not_ready_is_refused_and_nothing_is_written(
        services: Services, data_dir: Path, capsys: pytest.CaptureFixture[str],
        make_initiative: Callable[..., InitiativeView]) -> None:
    idea = make_initiative(status="Y_TUONG")
    pending = services.initiatives.pending_changes()
    assert sangkien(data_dir, "submit", idea.code) == 1
    assert "chỉ sáng kiến «Sẵn sàng tải lên» mới tải lên được" in capsys.readouterr().err
    assert services.initiatives.pending_changes() == pending
    assert sangkien(data_dir, "submit") == 1  # no initiative named
    assert "chưa chọn sáng kiến nào" in capsys.readouterr().err
