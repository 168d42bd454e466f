"""`sangkien verify PAYLOAD`: accepts a genuine payload, rejects a tampered one (exit 0 / 1)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from sangkien_desktop import cli
from sangkien_desktop.domain.certificates import CertificateSubject
from sangkien_desktop.domain.enums import DocumentTemplate
from sangkien_desktop.domain.officers import OfficerRole
from sangkien_desktop.services.container import Services

SUBJECT = CertificateSubject(DocumentTemplate.B, "reward", "r-1", "Hoàng Thị Thuỳ Dương", "Máy cắt tự động",
                             "05/QĐ-CĐCS", date(2024, 3, 12))


def _run(data_dir: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli.main(["--data-dir", str(data_dir), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _flip(payload: str, at: int) -> str:
    return payload[:at] + ("B" if payload[at] != "B" else "C") + payload[at + 1 :]


Capture = pytest.CaptureFixture[str]


def test_genuine_payload_is_valid(services: Services, data_dir: Path, capsys: Capture) -> None:
    issued = services.certificates.issue(SUBJECT)
    services.close()
    code, out, err = _run(data_dir, capsys, "verify", issued.payload)
    assert (code, err) == (0, "")
    assert out.startswith("Hợp lệ.")
    assert f"Số hiệu: {issued.serial}" in out and "Người nhận: Hoàng Thị Thuỳ Dương" in out


def test_tampered_payload_exits_1(services: Services, data_dir: Path, capsys: Capture) -> None:
    issued = services.certificates.issue(SUBJECT)
    services.close()
    code, out, _err = _run(data_dir, capsys, "verify", _flip(issued.payload, 40))
    assert code == 1
    assert out.startswith("Không hợp lệ")


def test_revoked_payload_exits_1(services: Services, data_dir: Path, capsys: Capture) -> None:
    chair = services.officers.create("Nguyễn Thị Thu Hằng", OfficerRole.CHU_TICH)
    issued = services.certificates.issue(SUBJECT)
    services.certificates.revoke(issued.serial, "Cấp trùng", officer_id=chair.id)
    services.close()
    code, out, _err = _run(data_dir, capsys, "verify", issued.payload)
    assert code == 1
    assert out.startswith("Đã bị thu hồi") and "Cấp trùng" in out


def test_verify_in_a_subprocess_leaves_the_keys_alone(services: Services, data_dir: Path) -> None:
    services.close()
    keys = data_dir / "keys"
    result = subprocess.run(
        [sys.executable, "-m", "sangkien_desktop.cli", "--data-dir", str(data_dir), "verify", "SK1:AAAA"],
        capture_output=True, text=True, encoding="utf-8", check=False,
    )
    assert result.returncode == 1
    assert "Không hợp lệ" in result.stdout
    assert not keys.exists()  # checking never makes a signing key
