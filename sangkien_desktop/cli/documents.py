"""Certificates and documents on the command line: a decision's Giấy khen (or an initiative's Giấy
chứng nhận) into one PDF, and single documents: the reward decision with its annex (template C), the
request for recognition (D) and the confirmation of application and benefit (E)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.pdf.template_c import render_c
from sangkien_desktop.pdf.template_e import render_e
from sangkien_desktop.persistence.atomic_files import write_atomically
from sangkien_desktop.services.container import Services
from sangkien_desktop.services.documents import confirmation_document, confirmation_facts, decision_document
from sangkien_desktop.services.printing import PrintResult

from .base import EXIT_OK, Registry

CERTIFICATES_EPILOG = """\
Ví dụ:
  sangkien certificates --decision 05/QĐ-CĐCS --out giay-khen.pdf
  sangkien certificates --decision 05/QĐ-CĐCS --blank --profile "HP tầng 2" --out phoi.pdf
  sangkien certificates --initiative 2024-ABC-0001 --out chung-nhan.pdf
Giấy khen (mẫu B) in cho mọi người, tập thể trong quyết định khen thưởng đã ban hành, mỗi trang một
bản, theo thứ tự danh sách; giấy chứng nhận sáng kiến (mẫu A) in cho từng tác giả của sáng kiến đã
được công nhận. Mỗi bản được cấp một số hiệu trong sổ và mã QR có chữ ký; in lại giữ nguyên số hiệu.
Tên hoặc nội dung quá dài thì không in gì cả và liệt kê các bản cần sửa.
"""


DOCUMENT_EPILOG = """\
Ví dụ:
  sangkien document --template C --decision 05/QĐ-CĐCS --year 2024 --out quyet-dinh.pdf
  sangkien document --template D --initiative 2024-ABC-0001 --out don.pdf
  sangkien document --template E --initiative 2024-ABC-0001 --out phieu-xac-nhan.pdf
Quyết định chưa ban hành in kèm chữ “DỰ THẢO”. Mẫu E in phiếu xác nhận mới nhất đã ghi bằng
lệnh “sangkien confirm”.
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
    placement = p.add_mutually_exclusive_group()
    placement.add_argument("--offset", nargs=2, type=float, metavar=("X_MM", "Y_MM"),
                           help="độ lệch máy in khi in lên phôi, mm (dương: sang phải, xuống dưới)")
    placement.add_argument("--profile", metavar="TÊN_MÁY_IN",
                           help="in lên phôi với độ lệch đã lưu của máy in này (xem: sangkien printers "
                           "list); không ghi thì dùng máy in mặc định")
    p.add_argument("--out", required=True, type=Path, metavar="TỆP.pdf", help="tệp PDF sẽ ghi")

    p = reg.add("document", "in một văn bản ra tệp PDF (mẫu C: quyết định khen thưởng, D: đơn yêu cầu công "
                "nhận sáng kiến, E: phiếu xác nhận áp dụng và hiệu quả)", cmd_document, writes=False)
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.epilog = DOCUMENT_EPILOG
    p.add_argument("--template", required=True, choices=("C", "D", "E"),
                   help="mẫu văn bản: C quyết định khen thưởng kèm danh sách, D đơn yêu cầu công nhận, "
                   "E phiếu xác nhận áp dụng và hiệu quả")
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--decision", metavar="SỐ", help="số quyết định khen thưởng (mẫu C)")
    source.add_argument("--initiative", metavar="MÃ", help="mã (hoặc id) sáng kiến (mẫu D, E)")
    p.add_argument("--year", type=int, metavar="NĂM",
                   help="năm của quyết định, khi cùng một số đã dùng ở nhiều năm")
    p.add_argument("--out", required=True, type=Path, metavar="TỆP.pdf", help="tệp PDF sẽ ghi")


def cmd_certificates(s: Services, a: argparse.Namespace) -> int:
    template = a.template or ("B" if a.decision else "A")
    if a.decision and template != "B":
        raise KnownError("Quyết định khen thưởng in giấy khen theo mẫu B (--template B).")
    if a.initiative and template != "A":
        raise KnownError("Sáng kiến in giấy chứng nhận theo mẫu A (--template A).")
    if a.initiative and (a.blank or a.profile or a.offset):
        raise KnownError("Chỉ giấy khen (mẫu B) mới in được lên phôi in sẵn.")
    target = pdf_target(a.out)
    if a.decision:
        decision = s.printing.decision_by_number(a.decision, a.year)
        offset = (a.offset[0], a.offset[1]) if a.offset else None
        result = s.printing.print_decision(decision.id, target, blank=a.blank, offset_mm=offset,
                                           profile=a.profile)
    else:
        result = s.printing.print_initiative(a.initiative, target)
    _report(result)
    return EXIT_OK


def cmd_document(s: Services, a: argparse.Namespace) -> int:
    if a.template == "C" and not a.decision:
        raise KnownError("Mẫu C in một quyết định khen thưởng: hãy cho biết số quyết định (--decision SỐ).")
    if a.template != "C" and not a.initiative:
        raise KnownError(f"Mẫu {a.template} in cho một sáng kiến: hãy cho biết mã sáng kiến "
                         "(--initiative MÃ).")
    target = pdf_target(a.out)
    if a.template == "C":
        _report(_print_decision(s, a.decision, a.year, target))
    elif a.template == "D":
        _report(s.printing.print_request(a.initiative, target))
    else:
        _report(_print_confirmation(s, a.initiative, target))
    return EXIT_OK


def _print_decision(s: Services, number: str, year: int | None, target: Path) -> PrintResult:
    """Template C: the decision and its annexed list; a draft prints with the DỰ THẢO watermark."""
    decision = s.printing.decision_by_number(number, year)
    document = decision_document(s.rewards, s.office, decision.id)
    write_atomically(target, lambda: render_c(document))
    if document.draft:
        print(f"Quyết định {number} chưa ban hành: bản in mang chữ “DỰ THẢO”.", file=sys.stderr)
    return PrintResult(target, None)


def _print_confirmation(s: Services, key: str, target: Path) -> PrintResult:
    """Template E from the initiative's latest recorded confirmation."""
    view = s.confirmations.latest(key)
    if view is None:
        raise KnownError(f"Sáng kiến “{key}” chưa có phiếu xác nhận áp dụng và hiệu quả nào được ghi nên "
                         f"chưa in được mẫu E. Hãy ghi phiếu trước: sangkien confirm {key} --date NGÀY …")
    document = confirmation_document(s.initiatives, s.recognition, s.office, key, confirmation_facts(view))
    write_atomically(target, lambda: render_e(document))
    return PrintResult(target, None)


def pdf_target(path: Path) -> Path:
    """The output file, absolute; refused unless it ends in .pdf."""
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
