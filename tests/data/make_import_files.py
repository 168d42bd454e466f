"""The import test files: the small hand-made lists committed beside this script, and the big ones
written at test time.

Run ``python tests/data/make_import_files.py`` to rebuild the committed files (the ``.xls`` one needs
LibreOffice's ``soffice``: the old binary format has no writer in the project's environment). The
tests call ``write_big_xlsx`` for the 10,000-row list.
"""

from __future__ import annotations

import csv
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from sangkien_desktop.importers.legacy import encode_tcvn3, encode_vni

HERE = Path(__file__).resolve().parent

CANONICAL = [
    "STT",
    "Mã",
    "Tên sáng kiến",
    "Tác giả",
    "Tỷ lệ đóng góp",
    "Loại",
    "Lĩnh vực",
    "Bộ phận",
    "Ngày áp dụng lần đầu",
    "Giá trị làm lợi (đồng)",
    "Trạng thái",
    "Số quyết định công nhận",
    "Ngày quyết định công nhận",
    "Tóm tắt",
]
NORMAL_ROWS: list[list[object]] = [
    [
        1,
        "2023-ABC-0001",
        "Cải tiến băng tải phân xưởng 1",
        "Nguyễn Thị Hoa; Trần Văn Nam",
        "60; 40",
        "Giải pháp kỹ thuật",
        "Sản xuất, kinh doanh",
        "Phân xưởng Dệt",
        date(2023, 3, 5),
        12_500_000,
        "Đã công nhận",
        "15/QĐ-ABC",
        date(2023, 6, 10),
        "Thay con lăn, giảm dừng máy",
    ],
    [
        2,
        "2023-ABC-0002",
        "Phần mềm chấm công bằng mã QR",
        "Lê Đức Thắng",
        "",
        "Giải pháp quản lý",
        "Ứng dụng công nghệ thông tin",
        "Phòng Tổ chức",
        date(2023, 4, 1),
        30_000_000,
        "Đang áp dụng thử / lần đầu",
        "",
        None,
        "Chấm công nhanh, không còn sổ giấy",
    ],
    [
        3,
        "",
        "Tận dụng nước làm mát máy nén khí",
        "Phạm Thị Lan; Võ Minh Tuấn; Đặng Quốc Huy",
        "33,34; 33,33; 33,33",
        "KY_THUAT",
        "BVMT",
        "Phân xưởng Cơ điện",
        date(2023, 5, 20),
        None,
        "Ý tưởng",
        "",
        None,
        "",
    ],
    [
        4,
        "2023-ABC-0004",
        "Quy trình kiểm tra an toàn đầu ca",
        "Hoàng Văn Đức",
        "100",
        "Tác nghiệp",
        "An toàn, vệ sinh lao động",
        "Tổ Bảo trì",
        date(2023, 7, 3),
        "Không tính được",
        "Đã công nhận",
        "21/QĐ-ABC",
        date(2023, 9, 1),
        "",
    ],
    [
        5,
        "",
        "Sổ tay hướng dẫn sơ cứu tại xưởng",
        "Bùi Thị Mai",
        "",
        "Giải pháp tác nghiệp",
        "Khác",
        "Phòng Y tế",
        date(2023, 8, 15),
        2_000_000,
        "",
        "",
        None,
        "",
    ],
]


def write_normal(path: Path) -> None:
    """The registry's own export layout: canonical headers, one initiative per row."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    ws.append(CANONICAL)
    for row in NORMAL_ROWS:
        ws.append(row)
    for cell in ws["I"][1:] + ws["M"][1:]:
        cell.number_format = "dd/mm/yyyy"
    wb.save(path)


def write_renamed(path: Path) -> None:
    """A list made by hand: a title block, headers in other words and another order, an extra column,
    amounts and dates typed as text."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["CÔNG ĐOÀN CƠ SỞ CÔNG TY TNHH ABC"])
    ws.append(["DANH SÁCH SÁNG KIẾN NĂM 2022"])
    ws.append([])
    ws.append(
        [
            "Số TT",
            "Họ và tên",
            "Đơn vị",
            "Tên giải pháp",
            "Số điện thoại",
            "Hiệu quả (đồng)",
            "Ngày áp dụng",
            "Loại giải pháp",
        ]
    )
    ws.append(
        [
            1,
            "Đỗ Văn Long",
            "Phân xưởng Sợi",
            "Lắp cảm biến dừng máy khi đứt sợi",
            "0912345678",
            "1.234.567 đ",
            "05/03/2022",
            "Kỹ thuật",
        ]
    )
    ws.append(
        [
            2,
            "Ngô Thị Hạnh",
            "Phòng Kế toán",
            "Mẫu bảng kê thanh toán một cửa",
            "",
            "1,2 tỷ",
            "5-4-2022",
            "Quản lý",
        ]
    )
    ws.append(
        [
            3,
            "Trịnh Văn Sơn",
            "Phân xưởng Dệt",
            "Đổi chiều gió quạt thông gió",
            "",
            "500 triệu",
            "2022-06-30",
            "Kỹ thuật",
        ]
    )
    ws.append(
        [4, "Mai Thị Thu", "Phân xưởng Dệt", "Bố trí lại kho sợi", "", "12,5", "31/02/2022", "Sáng tạo"]
    )
    wb.save(path)


LEGACY_HEADER = ["STT", "Họ và tên", "Tên sáng kiến", "Đơn vị", "Ngày áp dụng"]
LEGACY_ROWS = [
    [1, "Nguyễn Thị Hường", "Cải tiến đường ống dẫn nước ở phân xưởng", "Phân xưởng Dệt", "05/03/2004"],
    [2, "Trần Văn Dũng", "Giảm tiêu hao điện năng của máy nén khí", "Tổ Cơ điện", "12/11/2005"],
    [3, "Lê Thị Ngọc Tuyết", "Sắp xếp lại kho vật tư theo mã màu", "Phòng Vật tư", "20/06/2006"],
]
LEGACY_CAPITALS = "ỦY BAN NHÂN DÂN TỈNH – ĐỢT THI ĐUA NĂM 2006"


def write_tcvn3_xlsx(path: Path) -> None:
    """TCVN3 text in ".VnTime" cells and a capital title in ".VnTimeH" (typed as lower-case codes)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    title, needs_h = encode_tcvn3(LEGACY_CAPITALS)
    assert needs_h
    ws.append([title])
    ws["A1"].font = Font(name=".VnTimeH", bold=True)
    ws.append([encode_tcvn3(h)[0] for h in LEGACY_HEADER])
    for row in LEGACY_ROWS:
        ws.append([v if not isinstance(v, str) else encode_tcvn3(v)[0] for v in row])
    for cells in ws.iter_rows(min_row=2):
        for cell in cells:
            cell.font = Font(name=".VnTime")
    # The third person's department typed in capitals with the "H" font.
    ws["D5"] = encode_tcvn3("PHÒNG VẬT TƯ")[0]
    ws["D5"].font = Font(name=".VnTimeH")
    wb.save(path)


def write_vni_xlsx(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([encode_vni("BỘ GIAO THÔNG VẬN TẢI")])
    ws.append([encode_vni(h) for h in LEGACY_HEADER])
    for row in LEGACY_ROWS:
        ws.append([v if not isinstance(v, str) else encode_vni(v) for v in row])
    for cells in ws.iter_rows():
        for cell in cells:
            cell.font = Font(name="VNI-Times")
    wb.save(path)


def write_tcvn3_csv(path: Path) -> None:
    """TCVN3 bytes in a CSV: no font to tell the encoding, so only the letters do."""
    with path.open("w", encoding="cp1252", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow([encode_tcvn3(h)[0] for h in LEGACY_HEADER])
        for row in LEGACY_ROWS:
            writer.writerow([encode_tcvn3(v)[0] if isinstance(v, str) else v for v in row])


def write_vni_csv(path: Path) -> None:
    with path.open("w", encoding="cp1252", newline="") as f:
        writer = csv.writer(f)
        writer.writerow([encode_vni(h) for h in LEGACY_HEADER])
        for row in LEGACY_ROWS:
            writer.writerow([encode_vni(v) if isinstance(v, str) else v for v in row])


def write_merged(path: Path) -> None:
    """A two-level header made with merged cells, and a row numbering the columns under it."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["BÁO CÁO SÁNG KIẾN QUÝ III/2023"])
    ws.merge_cells("A1:G1")
    ws.append(["STT", "Tên sáng kiến", "Tác giả", None, "Lĩnh vực", "Hiệu quả", None])
    ws.append([None, None, "Họ và tên", "Tỷ lệ (%)", None, "Giá trị làm lợi (đồng)", "Ghi chú"])
    for cells in ("A2:A3", "B2:B3", "C2:D2", "E2:E3", "F2:G2"):
        ws.merge_cells(cells)
    ws.append(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"])
    ws.append(
        [1, "Máy cắt vải tự động theo mẫu", "Phan Văn Tài, Lý Thị Ngọc", "70; 30", "Sản xuất", 45_000_000, ""]
    )
    ws.append([2, "Biểu mẫu báo cáo ca điện tử", "Vũ Thị Yến", "100", "Cải cách hành chính", 0, "Ước tính"])
    ws["A2"].alignment = Alignment(horizontal="center", vertical="center")
    wb.save(path)


def write_dates(path: Path) -> None:
    """Dates as date cells, as bare Excel serials and as text; empty rows; a total row at the end."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Tên sáng kiến", "Tác giả", "Ngày áp dụng", "Ngày sinh", "Giá trị làm lợi"])
    ws.append(["Giá đỡ cuộn vải di động", "Châu Văn Phúc", date(2021, 9, 1), "1985", 3_000_000])
    ws.append([])
    ws.append(
        ["Đèn báo hết chỉ trên máy may", "Tạ Thị Hoài", 44_562, 31_048.0, "2.500.000"]
    )  # 01/01/2022, 1985
    ws.append([None, None, None, None, None])
    ws.append(
        ["Thùng phân loại rác tại nguồn", "Quách Văn Bình", "ngày 15 tháng 6 năm 2022", "12/07/1990", ""]
    )
    ws.append(["Xe đẩy hàng gấp gọn", "Kiều Thị Nga", "6/2022", "", ""])
    ws.append([])
    ws.append(["Tổng cộng", None, None, None, 5_500_000])
    wb.save(path)


def write_us_dates(path: Path) -> None:
    """Dates typed month first (a list made with an English Excel)."""
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["Tên sáng kiến", "Tác giả", "Ngày áp dụng"])
        writer.writerow(["Hộp dụng cụ theo ca", "Lâm Văn Hải", "04/23/2024"])
        writer.writerow(["Bảng theo dõi bảo dưỡng", "Hà Thị Vân", "03/05/2024"])
        writer.writerow(["Kệ để khuôn mẫu", "Tô Văn Khánh", "12/31/2023"])


def write_formulas(path: Path) -> None:
    """Formulas with the values Excel saved beside them; one that ended in an error (#DIV/0!)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Tên sáng kiến", "Tác giả", "Tiết kiệm mỗi tháng", "Số tháng", "Giá trị làm lợi (đồng)"])
    ws.append(["Thay bóng đèn LED nhà xưởng", "Dương Văn Minh", 1_500_000, 12, "=C2*D2"])
    ws.append(["Tái sử dụng pallet gỗ", "Cao Thị Lụa", 800_000, 6, "=C3*D3"])
    ws.append(["Giảm giấy in báo cáo", "Lưu Văn Tiến", 200_000, 0, "=C4/D4"])
    wb.save(path)
    _cache_formula_values(path, {"E2": ("n", "18000000"), "E3": ("n", "4800000"), "E4": ("e", "#DIV/0!")})


def _cache_formula_values(path: Path, values: dict[str, tuple[str, str]]) -> None:
    """Write into the sheet the values Excel would have saved with the formulas."""
    with zipfile.ZipFile(path) as source:
        items = {name: source.read(name) for name in source.namelist()}
    sheet = items["xl/worksheets/sheet1.xml"].decode()
    for ref, (kind, value) in values.items():
        pattern = re.compile(rf'<c r="{ref}"([^>]*)><f>(.*?)</f><v\s*/?>(?:</v>)?</c>')
        replacement = (
            rf'<c r="{ref}" t="{kind}"><f>\2</f><v>{value}</v></c>'
            if kind == "e"
            else (rf'<c r="{ref}"\1><f>\2</f><v>{value}</v></c>')
        )
        sheet, count = pattern.subn(replacement, sheet)
        assert count == 1, ref
    items["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in items.items():
            target.writestr(name, data)


def write_xls(path: Path) -> bool:
    """The TCVN3 list as an old .xls, converted by LibreOffice (False when soffice is missing)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        return False
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / path.with_suffix(".xlsx").name
        write_tcvn3_xlsx(source)
        subprocess.run(
            [soffice, "--headless", "--convert-to", "xls", "--outdir", tmp, str(source)],
            check=True,
            capture_output=True,
            timeout=180,
        )
        shutil.copy(source.with_suffix(".xls"), path)
    return True


def write_no_header(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    for n in range(25):
        ws.append([f"Ghi chép {n}", n, "không phải danh sách"])
    wb.save(path)


def write_password_protected(path: Path) -> None:
    """What Excel saves for a workbook with a password: an OLE compound file holding the streams
    "EncryptionInfo" and "EncryptedPackage" instead of the zip (the content here is filler)."""
    streams = [("EncryptionInfo", b"\x04\x00\x04\x00" + bytes(4092)), ("EncryptedPackage", bytes(4096))]
    path.write_bytes(_compound_file(streams))


def write_truncated(path: Path, source: Path) -> None:
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def write_not_spreadsheet(path: Path) -> None:
    path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n" + bytes(64))


def _compound_file(streams: Sequence[tuple[str, bytes]]) -> bytes:
    """A minimal OLE compound file (version 3, 512-byte sectors) with streams of 4096 bytes or more."""
    end, free, fat_sector = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
    fat = [fat_sector, end]  # sector 0: the FAT itself; sector 1: the directory
    starts = []
    for _name, data in streams:
        assert len(data) >= 4096 and len(data) % 512 == 0
        first = len(fat)
        count = len(data) // 512
        fat += [first + i + 1 for i in range(count - 1)] + [end]
        starts.append(first)
    fat += [free] * (128 - len(fat))
    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        bytes(16),
        0x3E,
        3,
        0xFFFE,
        9,
        6,
        bytes(6),
        0,
        1,
        1,
        0,
        4096,
        end,
        0,
        end,
        0,
    )
    header += struct.pack("<I", 0) + struct.pack("<I", free) * 108
    entries = [_dir_entry("Root Entry", 5, child=1, start=end, size=0)]
    for i, ((name, data), start) in enumerate(zip(streams, starts, strict=True), start=1):
        right = i + 1 if i < len(streams) else free
        entries.append(_dir_entry(name, 2, right=right, start=start, size=len(data)))
    directory = b"".join(entries).ljust(512, b"\x00")
    return header + struct.pack("<128I", *fat) + directory + b"".join(data for _name, data in streams)


def _dir_entry(
    name: str, kind: int, *, child: int = 0xFFFFFFFF, right: int = 0xFFFFFFFF, start: int, size: int
) -> bytes:
    encoded = name.encode("utf-16-le") + b"\x00\x00"
    return struct.pack(
        "<64sHBBIII16sIQQIQ",
        encoded,
        len(encoded),
        kind,
        1,
        0xFFFFFFFF,
        right,
        child,
        bytes(16),
        0,
        0,
        0,
        start,
        size,
    )


# -- the big list, written at test time ------------------------------------------------------------

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]
MIDDLE = ["Văn", "Thị", "Minh", "Đức", "Thu", "Quốc"]
GIVEN = ["Hoa", "Nam", "Hùng", "Lan", "Tuấn", "Hương", "Dũng", "Mai", "Sơn", "Yến", "Thắng", "Nga"]
ACTIONS = ["Cải tiến", "Tự động hóa", "Thay thế", "Lắp đặt", "Sắp xếp lại", "Giảm tiêu hao"]
OBJECTS = ["băng tải", "máy nén khí", "đường ống nước", "máy dệt kiếm", "kho vật tư", "hệ thống chiếu sáng"]


def write_big_xlsx(path: Path, rows: int = 10_000) -> Path:
    """A list of ``rows`` initiatives in the export layout (write-only mode: it streams to disk)."""
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Danh sách")
    ws.append(CANONICAL)
    for i in range(rows):
        authors = [_name(i), _name(i * 7 + 3)] if i % 3 == 0 else [_name(i)]
        shares = "60; 40" if len(authors) == 2 else ""
        recognised = i % 2 == 0
        ws.append(
            [
                i + 1,
                "",
                f"{ACTIONS[i % len(ACTIONS)]} {OBJECTS[i // 7 % len(OBJECTS)]} số {i + 1}",
                "; ".join(authors),
                shares,
                "Giải pháp kỹ thuật" if i % 4 else "Giải pháp quản lý",
                "Sản xuất, kinh doanh",
                f"Phân xưởng {i % 12 + 1}",
                datetime(2022 + i % 3, i % 12 + 1, i % 28 + 1),
                (i % 500 + 1) * 100_000,
                "Đã công nhận" if recognised else "Đang áp dụng thử / lần đầu",
                f"{i + 1}/QĐ-ABC" if recognised else "",
                datetime(2024, 12, i % 28 + 1) if recognised else None,
                "Giảm thời gian dừng máy và tiết kiệm điện năng cho phân xưởng",
            ]
        )
    wb.save(path)
    return path


def _name(i: int) -> str:
    return f"{FAMILY[i % len(FAMILY)]} {MIDDLE[i // 10 % len(MIDDLE)]} {GIVEN[i // 60 % len(GIVEN)]}"


def main() -> None:
    write_normal(HERE / "import_normal.xlsx")
    write_renamed(HERE / "import_renamed.xlsx")
    write_tcvn3_xlsx(HERE / "import_tcvn3.xlsx")
    write_vni_xlsx(HERE / "import_vni.xlsx")
    write_tcvn3_csv(HERE / "import_tcvn3.csv")
    write_vni_csv(HERE / "import_vni.csv")
    write_merged(HERE / "import_merged_header.xlsx")
    write_dates(HERE / "import_dates.xlsx")
    write_us_dates(HERE / "import_us_dates.csv")
    write_formulas(HERE / "import_formulas.xlsx")
    write_no_header(HERE / "import_no_header.xlsx")
    write_password_protected(HERE / "import_password.xlsx")
    write_truncated(HERE / "import_truncated.xlsx", HERE / "import_normal.xlsx")
    write_not_spreadsheet(HERE / "import_not_spreadsheet.xlsx")
    if not write_xls(HERE / "import_tcvn3.xls"):
        print("soffice not found: import_tcvn3.xls not rebuilt", file=sys.stderr)


if __name__ == "__main__":
    main()
