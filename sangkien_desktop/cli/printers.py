"""Printers on the command line: the saved X/Y offsets for printing Giấy khen onto pre-printed blanks
(`sangkien printers`), the emblem image (`sangkien printers emblem`) and the calibration page that
measures a printer (`sangkien calibration`)."""

from __future__ import annotations

import argparse
from pathlib import Path

from sangkien_desktop.domain.printer_profiles import PrinterProfile
from sangkien_desktop.services.container import Services

from .base import EXIT_OK, Registry, print_json
from .documents import pdf_target

PRINTERS_EPILOG = """\
Ví dụ:
  sangkien printers
  sangkien printers set "HP tầng 2" --offset 1.5 -2 --default
  sangkien calibration --profile "HP tầng 2" --out can-chinh.pdf
  sangkien printers remove "HP tầng 2"
  sangkien printers emblem bieu-trung.png
Độ lệch tính bằng mm, X dương sang phải, Y dương xuống dưới, tối đa ±15 mm. Cách đo: in trang căn
chỉnh trên giấy trắng, áp lên phôi giấy khen và đo từ mỗi dấu chữ thập đến dòng in sẵn.
"""


def register(reg: Registry) -> None:
    p = reg.add("printers", "xem và lưu độ lệch của từng máy in khi in giấy khen lên phôi; ảnh biểu trưng",
                cmd_printers, writes=False)
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.epilog = PRINTERS_EPILOG
    p.add_argument("--json", action="store_true", help="in JSON")
    actions = p.add_subparsers(dest="printers_action", metavar="VIỆC")
    actions.add_parser("list", help="liệt kê các máy in đã lưu (mặc định)")
    save = actions.add_parser("set", help="lưu (hoặc sửa) độ lệch của một máy in")
    save.add_argument("name", metavar="TÊN", help="tên máy in, ví dụ \"HP tầng 2\"")
    save.add_argument("--offset", nargs=2, type=float, required=True, metavar=("X_MM", "Y_MM"),
                      help="độ lệch, mm (dương: sang phải, xuống dưới; tối đa ±15)")
    save.add_argument("--default", action="store_true", help="dùng máy in này khi không chọn máy in nào")
    save.set_defaults(writes=True)
    remove = actions.add_parser("remove", help="xoá một máy in đã lưu")
    remove.add_argument("name", metavar="TÊN", help="tên máy in")
    remove.set_defaults(writes=True)
    emblem = actions.add_parser("emblem", help="chọn ảnh biểu trưng in trên giấy khen (mẫu B)")
    chosen = emblem.add_mutually_exclusive_group(required=True)
    chosen.add_argument("path", nargs="?", type=Path, metavar="TỆP_ẢNH", help="tệp ảnh PNG hoặc JPEG")
    chosen.add_argument("--clear", action="store_true", help="bỏ ảnh biểu trưng")
    emblem.set_defaults(writes=True)

    p = reg.add("calibration", "in trang căn chỉnh (lưới mm và các ô in) để đo độ lệch máy in",
                cmd_calibration, writes=False)
    placement = p.add_mutually_exclusive_group()
    placement.add_argument("--profile", metavar="TÊN_MÁY_IN",
                           help="dời các dấu theo độ lệch đã lưu của máy in này")
    placement.add_argument("--offset", nargs=2, type=float, metavar=("X_MM", "Y_MM"),
                           help="dời các dấu theo độ lệch này, mm")
    p.add_argument("--out", required=True, type=Path, metavar="TỆP.pdf", help="tệp PDF sẽ ghi")


def cmd_printers(s: Services, a: argparse.Namespace) -> int:
    profiles = s.printer_profiles
    match a.printers_action:
        case "set":
            saved = profiles.save(a.name, a.offset[0], a.offset[1], make_default=a.default)
            print(f"Đã lưu máy in {_line(saved)}")
        case "remove":
            gone = profiles.get(a.name)
            profiles.remove(gone.name)
            print(f"Đã xoá máy in “{gone.name}”.")
        case "emblem":
            emblem = profiles.set_emblem(None if a.clear else a.path)
            print(f"Ảnh biểu trưng: {emblem}" if emblem
                  else "Đã bỏ ảnh biểu trưng; giấy khen in không có ảnh.")
        case _:
            _list(s, a.json)
    return EXIT_OK


def _list(s: Services, as_json: bool) -> None:
    found = s.printer_profiles.list()
    emblem = s.printer_profiles.emblem_path()
    if as_json:
        print_json({"printers": [_json(p) for p in found], "emblem_path": str(emblem) if emblem else None})
        return
    if not found:
        print("Chưa lưu máy in nào. Thêm bằng: sangkien printers set \"TÊN\" --offset X Y")
    for profile in found:
        print(_line(profile))
    print(f"Ảnh biểu trưng: {emblem or 'không có'}")


def cmd_calibration(s: Services, a: argparse.Namespace) -> int:
    target = pdf_target(a.out)
    offset = (a.offset[0], a.offset[1]) if a.offset else None
    s.printing.print_calibration(target, profile=a.profile, offset_mm=offset)
    print(f"Đã ghi trang căn chỉnh vào {target}")
    return EXIT_OK


def _line(profile: PrinterProfile) -> str:
    default = " (mặc định)" if profile.is_default else ""
    return f"“{profile.name}”{default}: {profile.offsets_text()}"


def _json(profile: PrinterProfile) -> dict[str, object]:
    return {"name": profile.name, "offset_x_mm": profile.offset_x_mm, "offset_y_mm": profile.offset_y_mm,
            "default": profile.is_default}
