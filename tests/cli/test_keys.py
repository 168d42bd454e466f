"""`sangkien key --export / --add`: the office's public key out, another office's key in, so that
`sangkien verify` accepts that office's certificates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from sangkien_desktop import cli
from sangkien_desktop.domain.certificates import CertificateSubject, PayloadClaims
from sangkien_desktop.domain.enums import DocumentTemplate
from sangkien_desktop.services import signing
from sangkien_desktop.services.container import Services

Runner = Callable[..., tuple[int, str, str]]
SUBJECT = CertificateSubject(DocumentTemplate.B, "reward", "r-1", "Hoàng Thị Thuỳ Dương", "Máy cắt tự động",
                             "05/QĐ-CĐCS", date(2024, 3, 12))


@pytest.fixture
def run(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Runner:
    def run(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--data-dir", str(data_dir), *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def test_export_prints_or_writes_the_office_key(services: Services, run: Runner, tmp_path: Path) -> None:
    expected = services.certificates.public_key_text()
    services.close()
    code, stdout, stderr = run("key", "--export")
    assert (code, stderr) == (0, "")
    assert stdout == expected + "\n" and expected.startswith("SKK1:ABC:")
    out = tmp_path / "khoa-abc.pub"
    code, stdout, _ = run("key", "--export", "--out", str(out))
    assert code == 0 and stdout.strip() == f"Đã ghi khoá công khai vào {out}"
    assert out.read_text() == expected + "\n"
    assert signing.parse_public_key(out.read_text())[0] == "ABC"


def test_added_key_makes_the_other_office_payload_valid(services: Services, run: Runner,
                                                        tmp_path: Path) -> None:
    services.close()
    other = signing.OfficeKey(tmp_path / "xyz-keys", "XYZ")  # another office's key pair
    claims = PayloadClaims("XYZ", 2024, 7, date(2024, 3, 12), SUBJECT.recipient_name,
                           signing.subject_digest(SUBJECT))
    payload = signing.sign_payload(claims, other)

    code, stdout, _ = run("verify", payload)
    assert code == 1 and "XYZ" in stdout  # unknown issuer before its key is added

    key_file = tmp_path / "khoa-xyz.pub"
    key_file.write_text(other.export() + "\n")
    code, stdout, stderr = run("key", "--add", str(key_file))
    assert (code, stderr) == (0, "")
    assert stdout.strip() == "Đã thêm khoá công khai của đơn vị XYZ."

    code, stdout, stderr = run("verify", payload)
    assert (code, stderr) == (0, "")
    assert stdout.startswith("Hợp lệ.") and "Hoàng Thị Thuỳ Dương" in stdout

    code, stdout, _ = run("key", "--add", other.export())  # pasted text, a second time: harmless
    assert code == 0 and stdout.strip() == "Đã thêm khoá công khai của đơn vị XYZ."


def test_bad_keys_are_refused(services: Services, run: Runner, tmp_path: Path) -> None:
    services.close()
    code, _, stderr = run("key", "--add", str(tmp_path / "khong-co.pub"))
    assert code == 1 and "Không tìm thấy tệp" in stderr and "SKK1:MÃ_ĐƠN_VỊ" in stderr
    code, _, stderr = run("key", "--add", "SKK1:XYZ:ABCDEF")
    assert code == 1 and "Khoá công khai bị hỏng hoặc chép thiếu ký tự." in stderr
    empty = tmp_path / "rong.pub"
    empty.write_text("\n")
    code, _, stderr = run("key", "--add", str(empty))
    assert code == 1 and "không có khoá công khai nào" in stderr
    code, _, stderr = run("key", "--add", "SKK1:XYZ:ABCDEF", "--out", str(tmp_path / "x.pub"))
    assert code == 1 and "--out chỉ dùng với --export" in stderr
