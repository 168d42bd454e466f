"""`sangkien printers`, `sangkien calibration` and `certificates --blank --profile`, in-process on a real
store."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from sangkien_desktop import cli
from sangkien_desktop.services.container import Services, build_services
from tests.pdf.readback import page_text, runs
from tests.support.decisions import issue_decision

Runner = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Runner:
    def run(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--data-dir", str(data_dir), *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def test_printers_set_list_remove(services: Services, run: Runner) -> None:
    services.close()
    assert run("printers")[1].startswith("Chưa lưu máy in nào.")
    code, out, err = run("printers", "set", "HP tầng 2", "--offset", "1.5", "-2")
    assert (code, out.strip()) == (0, "Đã lưu máy in “HP tầng 2” (mặc định): X = 1,5 mm; Y = -2 mm"), err
    assert run("printers", "set", "Canon", "--offset", "0", "0.5", "--default")[0] == 0
    code, out, _ = run("printers", "list")
    assert out.splitlines() == ["“Canon” (mặc định): X = 0 mm; Y = 0,5 mm",
                                "“HP tầng 2”: X = 1,5 mm; Y = -2 mm", "Ảnh biểu trưng: không có"]
    listed = json.loads(run("printers", "--json")[1])
    assert listed["printers"][1] == {"name": "HP tầng 2", "offset_x_mm": 1.5, "offset_y_mm": -2.0,
                                     "default": False}
    assert run("printers", "remove", "hp tang 2")[1].strip() == "Đã xoá máy in “HP tầng 2”."
    code, _, err = run("printers", "remove", "HP tầng 2")
    assert code == 1 and "Không có hồ sơ máy in “HP tầng 2”" in err


def test_offsets_beyond_the_limit_are_refused(services: Services, run: Runner) -> None:
    services.close()
    code, _, err = run("printers", "set", "HP", "--offset", "16", "0")
    assert code == 1
    assert err.splitlines() == ["Dữ liệu không hợp lệ:",
                                "  - Độ lệch X: 16 mm vượt giới hạn ±15 mm; hãy in trang căn chỉnh và đo lại"]


def test_the_emblem_setting(services: Services, run: Runner, tmp_path: Path) -> None:
    services.close()
    missing = tmp_path / "khong-co.png"
    code, _, err = run("printers", "emblem", str(missing))
    assert code == 1 and f"Không tìm thấy tệp ảnh biểu trưng “{missing}”" in err
    image = tmp_path / "bieu-trung.png"
    Image.new("RGB", (40, 40), (200, 0, 0)).save(image)
    assert run("printers", "emblem", str(image))[1].strip() == f"Ảnh biểu trưng: {image}"
    assert run("printers")[1].splitlines()[-1] == f"Ảnh biểu trưng: {image}"
    assert run("printers", "emblem", "--clear")[0] == 0
    assert run("printers")[1].splitlines()[-1] == "Ảnh biểu trưng: không có"
    with pytest.raises(SystemExit, match="2"):  # a path or --clear
        run("printers", "emblem")


def test_calibration_with_a_profile(services: Services, run: Runner, tmp_path: Path) -> None:
    services.close()
    run("printers", "set", "HP tầng 2", "--offset", "3", "-1")
    out = tmp_path / "can-chinh.pdf"
    code, stdout, err = run("calibration", "--profile", "HP tầng 2", "--out", str(out))
    assert (code, stdout.strip()) == (0, f"Đã ghi trang căn chỉnh vào {out}"), err
    data = out.read_bytes()
    assert "X = 3 mm; Y = -1 mm" in page_text(data)
    label = next(r for r in runs(data) if r.text.startswith("7 Người nhận"))
    assert label.x_mm == pytest.approx(148.5 + 3 + 2, abs=0.05)
    code, _, err = run("calibration", "--profile", "Epson", "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and "Epson" in err and not (tmp_path / "x.pdf").exists()


def test_certificates_on_blanks_with_a_profile(services: Services, data_dir: Path, run: Runner,
                                               tmp_path: Path) -> None:
    issue_decision(services, collectives=["Phân xưởng Dệt 2"])
    services.close()
    run("printers", "set", "HP tầng 2", "--offset", "2", "1")
    plain, moved = tmp_path / "0.pdf", tmp_path / "hp.pdf"
    assert run("certificates", "--decision", "05/QĐ-CĐCS", "--blank", "--offset", "0", "0",
               "--out", str(plain))[0] == 0
    code, _, err = run("certificates", "--decision", "05/QĐ-CĐCS", "--blank", "--profile", "HP tầng 2",
                       "--out", str(moved))
    assert code == 0, err
    before = {r.text: r for r in runs(plain.read_bytes())}
    for shifted in runs(moved.read_bytes()):
        assert shifted.x_mm == pytest.approx(before[shifted.text].x_mm + 2, abs=0.01)
        assert shifted.y_mm == pytest.approx(before[shifted.text].y_mm - 1, abs=0.01)
    reopened = build_services(data_dir)
    try:
        history = reopened.certificates.register().entries[0]
        assert history.reprints == 1
    finally:
        reopened.close()
    code, _, err = run("certificates", "--decision", "05/QĐ-CĐCS", "--profile", "HP tầng 2",
                       "--out", str(tmp_path / "c.pdf"))
    assert code == 1 and "chỉ dùng khi in lên phôi" in err
    with pytest.raises(SystemExit, match="2"):  # a profile or typed offsets, not both
        run("certificates", "--decision", "05/QĐ-CĐCS", "--blank", "--profile", "HP", "--offset", "1", "1",
            "--out", str(tmp_path / "d.pdf"))
