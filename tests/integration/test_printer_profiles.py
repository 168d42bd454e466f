"""Printer profiles and the emblem as settings on a real store: saved offsets move a blank batch,
the register keeps the profile and offsets, ±15 mm is the limit, a missing emblem is named."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from PIL import Image

from sangkien_desktop.domain.errors import KnownError, NotFoundError, ValidationError
from sangkien_desktop.domain.printer_profiles import PrinterProfile, offset_text
from sangkien_desktop.persistence.models import PrintRecord
from sangkien_desktop.services.container import Services, build_services
from tests.pdf.readback import runs
from tests.support.decisions import COLLECTIVES, issue_decision


def test_profiles_round_trip_through_the_settings(services: Services, data_dir: Path) -> None:
    profiles = services.printer_profiles
    assert profiles.list() == [] and profiles.default() is None
    first = profiles.save("  HP  LaserJet tầng 2 ", 1.5, -2.25)
    assert first == PrinterProfile("HP LaserJet tầng 2", 1.5, -2.25, is_default=True)  # the first is default
    profiles.save("Canon phòng Công đoàn", -0.5, 3.0)
    profiles.save("hp laserjet TANG 2", 2.0, -2.0)  # the same printer, however it is typed
    services.close()
    reopened = build_services(data_dir)  # stored in the database, not in memory
    try:
        assert reopened.printer_profiles.list() == [
            PrinterProfile("Canon phòng Công đoàn", -0.5, 3.0),
            PrinterProfile("hp laserjet TANG 2", 2.0, -2.0, is_default=True),
        ]
        assert reopened.printer_profiles.get("canon phong cong doan").offset_mm == (-0.5, 3.0)
        reopened.printer_profiles.set_default("Canon phòng Công đoàn")
        assert reopened.printer_profiles.default() == PrinterProfile("Canon phòng Công đoàn", -0.5, 3.0, True)
        reopened.printer_profiles.remove("Canon phòng Công đoàn")
        assert reopened.printer_profiles.default() is None
        assert [p.name for p in reopened.printer_profiles.list()] == ["hp laserjet TANG 2"]
        with pytest.raises(NotFoundError, match="Không có hồ sơ máy in “Canon phòng Công đoàn”"):
            reopened.printer_profiles.remove("Canon phòng Công đoàn")
    finally:
        reopened.close()


@pytest.mark.parametrize(("x", "y", "fields"), [(15.5, 0.0, ["offset_x_mm"]), (0.0, -16.0, ["offset_y_mm"]),
                                                (20.0, float("nan"), ["offset_x_mm", "offset_y_mm"])])
def test_offsets_beyond_15_mm_are_refused(services: Services, x: float, y: float, fields: list[str]) -> None:
    with pytest.raises(ValidationError) as refused:
        services.printer_profiles.save("HP tầng 2", x, y)
    assert [p.field for p in refused.value.problems] == fields
    assert "vượt giới hạn ±15 mm" in refused.value.problems[0].message()
    assert refused.value.problems[0].label in ("Độ lệch X", "Độ lệch Y")
    assert services.printer_profiles.list() == []
    services.printer_profiles.save("HP tầng 2", 15.0, -15.0)  # the limit itself is allowed


def test_a_profile_needs_a_name(services: Services) -> None:
    with pytest.raises(ValidationError, match="Tên máy in: bắt buộc phải có"):
        services.printer_profiles.save("   ", 0, 0)
    with pytest.raises(ValidationError, match="tối đa 80"):
        services.printer_profiles.save("M" * 81, 0, 0)


def test_offsets_read_the_vietnamese_way() -> None:
    assert [offset_text(v) for v in (1.5, -2.0, 0.25, 0.0, 10.0)] == ["1,5", "-2", "0,25", "0", "10"]
    assert PrinterProfile("HP", 1.5, -2.0).offsets_text() == "X = 1,5 mm; Y = -2 mm"


def print_records(services: Services) -> list[tuple[bool, str | None, str | None, str | None]]:
    with services.uow.read() as session:
        rows = session.execute(sa.select(PrintRecord.on_blank, PrintRecord.printer_profile,
                                         PrintRecord.offset_x_mm, PrintRecord.offset_y_mm)
                               .order_by(PrintRecord.pk))
        return [tuple(row) for row in rows]  # type: ignore[misc]


def test_a_blank_batch_moves_by_the_saved_offsets(services: Services, tmp_path: Path) -> None:
    decision = issue_decision(services)
    services.printer_profiles.save("HP tầng 2", 2.5, -3.0)
    printing = services.printing
    plain = printing.print_decision(decision.id, tmp_path / "thuong.pdf", blank=True, offset_mm=(0, 0))
    moved = printing.print_decision(decision.id, tmp_path / "phoi.pdf", blank=True, profile="hp tang 2")
    assert moved.serials == plain.serials and moved.pages == len(COLLECTIVES)
    before, after = (tmp_path / "thuong.pdf").read_bytes(), (tmp_path / "phoi.pdf").read_bytes()
    for page in range(len(COLLECTIVES)):
        unmoved = {run.text: run for run in runs(before, page)}
        shifted = runs(after, page)
        assert COLLECTIVES[page] in {run.text for run in shifted}
        for run in shifted:  # 2.5 mm to the right, 3 mm up (y counts downwards on the sheet)
            assert run.x_mm == pytest.approx(unmoved[run.text].x_mm + 2.5, abs=0.01)
            assert run.y_mm == pytest.approx(unmoved[run.text].y_mm + 3.0, abs=0.01)
    records = print_records(services)
    assert records[:3] == [(True, None, "0", "0")] * 3
    assert records[3:] == [(True, "HP tầng 2", "2.5", "-3")] * 3


def test_blank_without_a_profile_uses_the_default_one(services: Services, tmp_path: Path) -> None:
    decision = issue_decision(services, collectives=COLLECTIVES[:1])
    services.printing.print_decision(decision.id, tmp_path / "a.pdf", blank=True)
    services.printer_profiles.save("Canon", -1.0, 0.5)
    services.printing.print_decision(decision.id, tmp_path / "b.pdf", blank=True)
    services.printing.print_decision(decision.id, tmp_path / "c.pdf")  # plain paper: no offsets at all
    assert print_records(services) == [(True, None, "0", "0"), (True, "Canon", "-1", "0.5"),
                                       (False, None, "0", "0")]


def test_profiles_and_offsets_only_on_blanks(services: Services, tmp_path: Path) -> None:
    decision = issue_decision(services, collectives=COLLECTIVES[:1])
    services.printer_profiles.save("Canon", -1.0, 0.5)
    printing = services.printing
    with pytest.raises(KnownError, match="chỉ dùng khi in lên phôi"):
        printing.print_decision(decision.id, tmp_path / "a.pdf", profile="Canon")
    with pytest.raises(KnownError, match="không dùng cả hai"):
        printing.print_decision(decision.id, tmp_path / "a.pdf", blank=True, profile="Canon",
                                offset_mm=(1, 1))
    with pytest.raises(NotFoundError, match="Không có hồ sơ máy in “Epson”"):
        printing.print_decision(decision.id, tmp_path / "a.pdf", blank=True, profile="Epson")
    with pytest.raises(KnownError, match="±15 mm"):
        printing.print_decision(decision.id, tmp_path / "a.pdf", blank=True, offset_mm=(0, 15.5))
    assert services.certificates.register().total == 0  # refused before anything was issued
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_the_calibration_page_uses_the_profile(services: Services, tmp_path: Path) -> None:
    services.printer_profiles.save("Canon", -1.5, 2.0)
    result = services.printing.print_calibration(tmp_path / "cal.pdf", profile="canon")
    assert result.pages == 1
    data = result.path.read_bytes()
    label = next(run for run in runs(data) if run.text == "14 Người ký (222; 190)")
    assert label.x_mm == pytest.approx(222.0 - 1.5 + 2.0, abs=0.05)  # label starts 2 mm right of the cross
    typed = services.printing.print_calibration(tmp_path / "go.pdf", offset_mm=(0.5, 0.0)).path.read_bytes()
    assert next(r for r in runs(typed) if r.text.startswith("14 ")).x_mm == pytest.approx(224.5, abs=0.05)


EMBLEM_SIZE = b"/Width 97"  # an odd size no QR image has, to tell the emblem in the PDF


def emblem_image(path: Path) -> Path:
    Image.new("RGB", (97, 61), (200, 0, 0)).save(path)
    return path


def test_the_emblem_comes_from_the_settings(services: Services, tmp_path: Path) -> None:
    decision = issue_decision(services, collectives=COLLECTIVES[:1])
    profiles = services.printer_profiles
    assert profiles.emblem_path() is None
    emblem = emblem_image(tmp_path / "bieu-trung.png")
    assert profiles.set_emblem(emblem) == emblem
    services.printing.print_decision(decision.id, tmp_path / "co-anh.pdf")
    assert EMBLEM_SIZE in (tmp_path / "co-anh.pdf").read_bytes()
    emblem.unlink()  # moved away after it was chosen: printing says which file is missing
    with pytest.raises(KnownError) as missing:
        services.printing.print_decision(decision.id, tmp_path / "loi.pdf")
    assert f"Không tìm thấy tệp ảnh biểu trưng “{emblem}”" in missing.value.message
    assert not (tmp_path / "loi.pdf").exists()
    services.printing.print_decision(decision.id, tmp_path / "phoi.pdf", blank=True)  # blanks print no emblem
    assert profiles.set_emblem(None) is None and profiles.emblem_path() is None
    services.printing.print_decision(decision.id, tmp_path / "khong-anh.pdf")
    assert EMBLEM_SIZE not in (tmp_path / "khong-anh.pdf").read_bytes()


def test_choosing_a_missing_emblem_is_refused(services: Services, tmp_path: Path) -> None:
    missing = tmp_path / "khong-co.png"
    with pytest.raises(KnownError, match=f"Không tìm thấy tệp ảnh biểu trưng “{missing}”"):
        services.printer_profiles.set_emblem(missing)
    assert services.printer_profiles.emblem_path() is None
