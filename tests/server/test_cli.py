"""``sangkien-server`` sub-commands, in-process (and ``serve`` in a subprocess)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import requests
from openpyxl import load_workbook

from sangkien_server import cli
from tests.server.client import TIMEOUT, enroll
from tests.server.offline_file import write_offline_file
from tests.support.live_server import LiveServer
from tests.support.server_process import start_server_process


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_enroll_prints_a_working_code(live_server: LiveServer, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "enroll", "--db", live_server.db_url, "--unit-code", "CDCS-07",
                         "--unit-name", "Công đoàn cơ sở Công ty Điện cơ")
    assert code == 0 and "CDCS-07" in err
    body = {"protocol": 1, "code": out.strip().lower(), "device_name": "Máy 1"}
    answer = requests.post(f"{live_server.url}/api/v1/enroll", json=body, timeout=TIMEOUT)
    assert answer.status_code == 201
    assert answer.json()["unit_name"] == "Công đoàn cơ sở Công ty Điện cơ"


def test_revoke(live_server: LiveServer, capsys: pytest.CaptureFixture[str]) -> None:
    device = enroll(live_server)
    assert run(capsys, "revoke", device.device_id, "--db", live_server.db_url)[0] == 0
    assert device.get("/api/v1/sync/state").status_code == 403
    code, _out, err = run(capsys, "revoke", "khong-co", "--db", live_server.db_url)
    assert code == 1 and "Không có thiết bị" in err


def test_export_csv_and_xlsx(live_server: LiveServer, tmp_path: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    one = enroll(live_server, "CDCS-01")
    two = enroll(live_server, "CDCS-02", "Công đoàn cơ sở Công ty Dệt")
    kept = one.op(payload={"title": "Máy cắt vải tự động", "status": "DA_CONG_NHAN"})
    gone = one.op(payload={"title": "Sẽ xoá"})
    delete = one.op(entity_id=gone["entity_id"], op_type="delete", payload={"title": "Sẽ xoá"},
                    base_version=1, version=2)
    one.send_ok([kept, gone, delete])
    two.send_ok([two.op(payload={"title": "Băng chuyền", "status": "AP_DUNG_THU"})])
    code, _out, err = run(capsys, "export", "--db", live_server.db_url, "--out", str(tmp_path / "all.csv"))
    assert code == 0 and "Đã xuất 2 sáng kiến" in err
    with open(tmp_path / "all.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["unit_code"], r["title"], r["status"]) for r in rows] == [
        ("CDCS-01", "Máy cắt vải tự động", "DA_CONG_NHAN"), ("CDCS-02", "Băng chuyền", "AP_DUNG_THU")]
    assert rows[0]["id"] == kept["entity_id"]
    out = tmp_path / "one.xlsx"
    assert run(capsys, "export", "--db", live_server.db_url, "--out", str(out), "--unit", "CDCS-01")[0] == 0
    sheet = load_workbook(out, read_only=True).active
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert values[0][:4] == ["id", "unit_code", "title", "status"]
    assert values[1][:4] == [kept["entity_id"], "CDCS-01", "Máy cắt vải tự động", "DA_CONG_NHAN"]
    assert len(values) == 2
    code, _out, err = run(capsys, "export", "--db", live_server.db_url, "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and ".xlsx" in err


def test_review_reaches_the_office(live_server: LiveServer, capsys: pytest.CaptureFixture[str]) -> None:
    device = enroll(live_server)
    op = device.op()
    device.send_ok([op])
    code, _out, _err = run(capsys, "review", op["entity_id"], "NEEDS_INFO", "--unit", "CDCS-01",
                           "--message", "Bổ sung biên bản áp dụng thử", "--db", live_server.db_url)
    assert code == 0
    (change,) = device.get_ok("/api/v1/sync/changes")["changes"]
    assert change["payload"]["state"] == "NEEDS_INFO"
    code, _out, err = run(capsys, "review", "khong-co", "APPROVED", "--db", live_server.db_url)
    assert code == 1 and "chưa nhận bản ghi" in err


def test_import_file_and_env_database(live_server: LiveServer, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    device = enroll(live_server)
    body = device.batch([device.op(), device.op()])
    path = tmp_path / "office.skbatch"
    write_offline_file(path, device, [body])
    monkeypatch.setenv("SANGKIEN_SERVER_DB", live_server.db_url)
    code, _out, err = run(capsys, "import-file", str(path), "--ack", str(tmp_path / "office.skack"))
    assert code == 0 and "Đã nhập 1 lô" in err and "applied: 2" in err
    assert (tmp_path / "office.skack").exists()
    assert device.get_ok("/api/v1/sync/state")["device_op_count"] == 2
    code, _out, err = run(capsys, "import-file", str(tmp_path / "missing.skbatch"))
    assert code == 1 and "Không đọc được tệp" in err


def test_unreachable_database_exit_code(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    url = "postgresql+psycopg://nobody:nothing@127.0.0.1:1/none"
    code, _out, err = run(capsys, "revoke", "x", "--db", url)
    assert code == 3 and "Không kết nối được" in err


def test_serve_answers_ping_and_keeps_its_body_limit(tmp_path: Path) -> None:
    server = start_server_process(tmp_path, "--max-body-bytes", "2048")
    try:
        assert requests.get(f"{server.url}/api/v1/ping", timeout=TIMEOUT).json()["protocol"] == 1
        answer = requests.post(f"{server.url}/api/v1/sync/batches", data=b"x" * 4096, timeout=TIMEOUT,
                               headers={"Content-Type": "application/json"})
        assert answer.status_code == 413 and answer.json()["error"] == "payload_too_large"
    finally:
        err = server.close()
    assert "Máy chủ Sáng kiến chạy tại" in err


def test_serve_refuses_a_bad_body_limit(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["serve", "--max-body-bytes", "nhiều"])
    assert "không phải số nguyên dương" in capsys.readouterr().err
