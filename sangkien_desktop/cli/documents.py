"""Certificates and documents on the command line: a decision's Giấy khen (or an initiative's Giấy
chứng nhận) into one PDF, and single documents such as the request for recognition (template D)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.services.container import Services
from sangkien_desktop.services.printing import PrintResult

from .base import EXIT_OK, Registry

CERTIFICATES_EPILOG = """\
Ví dụ:
  sangkien certificates --decision 05/QĐ-CĐCS --out giay-khen.pdf
  sangkien certificates --initiative 2024-ABC-0001 --out chung-nhan.pdf
Giấy khen (mẫu B) in cho mọi người, tập thể trong quyết định khen thưởng đã ban hành, mỗi trang một
bản, theo thứ tự danh sách; giấy chứng nhận sáng kiến (mẫu A) in cho từng tác giả của sáng kiến đã
được công nhận. Mỗi bản được cấp một số hiệu trong sổ và mã QR có chữ ký; in lại giữ nguyên số hiệu.
Tên hoặc nội dung quá dài thì không in gì cả và liệt kê các bản cần sửa.
"""


def register(reg: Registry) -> None:
    p = reg.add("certificates", "in giấy khen của một quyết định khen thưởng (mẫu B) hoặc giấy chứng nhận "
                "của một sáng kiến (mẫu A) ra một tệp PDF", cmd_certificates, writes=True)
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.epilog = CERTIFICATES_EPILOG
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--decision", metavar="SỐ", help="số quyết định khen thưởng, ví dụ 05/QĐ-CĐCS")
    source.add_argument("--initiative", metavar="MÃ", help="mã (hoặc id) sáng kiến đã được công nhận")
    p.add_argument("--template", choices=("A", "B"),
                   help="mẫu: B giấy khen (mặc định với --decision), "
                   "A giấy chứng nhận (mặc định với --initiative)")
    p.add_argument("--year", type=int, metavar="NĂM",
                   help="năm của quyết định, khi cùng một số đã dùng ở nhiều năm")
    p.add_argument("--blank", action="store_true", help="in lên phôi in sẵn: chỉ các ô thay đổi, không có QR")
    p.add_argument("--offset", nargs=2, type=float, metavar=("X_MM", "Y_MM"), default=(0.0, 0.0),
                   help="độ lệch máy in khi in lên phôi, mm (dương: sang phải, xuống dưới)")
    p.add_argument("--out", required=True, type=Path, metavar="TỆP.pdf", help="tệp PDF sẽ ghi")

    p = reg.add("document", "in một văn bản ra tệp PDF (mẫu D: đơn yêu cầu công nhận sáng kiến)",
                cmd_document, writes=False)
    p.add_argument("--template", required=True, choices=("D",), help="mẫu văn bản: D đơn yêu cầu công nhận")
    p.add_argument("--initiative", required=True, metavar="MÃ", help="mã (hoặc id) sáng kiến")
    p.add_argument("--out", required=True, type=Path, metavar="TỆP.pdf", help="tệp PDF sẽ ghi")


def cmd_certificates(s: Services, a: argparse.Namespace) -> int:
    template = a.template or ("B" if a.decision else "A")
    if a.decision and template != "B":
        raise KnownError("Quyết định khen thưởng in giấy khen theo mẫu B (--template B).")
    if a.initiative and template != "A":
        raise KnownError("Sáng kiến in giấy chứng nhận theo mẫu A (--template A).")
    if a.initiative and a.blank:
        raise KnownError("Chỉ giấy khen (mẫu B) mới in được lên phôi in sẵn.")
    target = _target(a.out)
    if a.decision:
        decision = s.printing.decision_by_number(a.decision, a.year)
        result = s.printing.print_decision(decision.id, target, blank=a.blank, offset_mm=tuple(a.offset))
    else:
        result = s.printing.print_initiative(a.initiative, target)
    _report(result)
    return EXIT_OK


def cmd_document(s: Services, a: argparse.Namespace) -> int:
    _report(s.printing.print_request(a.initiative, _target(a.out)))
    return EXIT_OK


def _target(path: Path) -> Path:
    if path.suffix.lower() != ".pdf":
        raise KnownError(f"Tệp ra “{path}” phải có đuôi .pdf.")
    return path.expanduser().absolute()


def _report(result: PrintResult) -> None:
    pages = f"{result.pages} trang " if result.pages is not None else ""
    print(f"Đã ghi {pages}vào {result.path}")
    if result.serials:
        first, last = result.serials[0], result.serials[-1]
        span = first if first == last else f"{first} … {last}"
        print(f"Số hiệu: {span}", file=sys.stderr)
