"""`sangkien confirm`: record the employer's confirmation of application and benefit (DOMAIN.md §4.9),
printed afterwards as template E by `sangkien document --template E`."""

from __future__ import annotations

import argparse
from typing import Any

from sangkien_desktop.domain.confirmations import ConfirmationInput
from sangkien_desktop.domain.text import format_date, format_money
from sangkien_desktop.services.container import Services

from .base import EXIT_OK, Registry, print_warnings

CONFIRM_EPILOG = """\
Ví dụ:
  sangkien confirm 2024-ABC-0001 --date 15/06/2024 --number 07/XN-ABC --benefit 12.500.000 \\
      --applied-at "Phân xưởng Dệt 2" --since 01/03/2024 --employer-rep "Phạm Văn Đức"
Ngày nhập theo dạng dd/mm/yyyy hoặc yyyy-mm-dd; số tiền là số đồng nguyên (12.500.000 hoặc 12500000).
Đại diện để trống thì phiếu in tên thủ trưởng đơn vị và chủ tịch công đoàn đã khai báo.
"""

# option → field of ConfirmationInput, for the text options
_TEXT_OPTIONS = {
    "date": "confirmed_on", "number": "number", "benefit": "benefit_value", "applied_at": "applied_at",
    "since": "applied_since", "scope": "scope_text", "basis": "benefit_basis",
    "other_benefit": "qualitative_benefit", "employer_rep": "employer_rep_name",
    "employer_rep_title": "employer_rep_title", "union_rep": "union_rep_name",
    "union_rep_title": "union_rep_title",
}


def register(reg: Registry) -> None:
    p = reg.add("confirm", "ghi phiếu xác nhận áp dụng và hiệu quả của một sáng kiến (in bằng mẫu E)",
                cmd_confirm, writes=True)
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.epilog = CONFIRM_EPILOG
    p.add_argument("initiative", metavar="MÃ", help="mã (hoặc id) sáng kiến")
    p.add_argument("--date", required=True, metavar="NGÀY", help="ngày xác nhận")
    p.add_argument("--number", metavar="SỐ", help="số phiếu, ví dụ 07/XN-ABC")
    p.add_argument("--benefit", metavar="ĐỒNG", help="giá trị làm lợi xác nhận, đồng/năm")
    p.add_argument("--estimate", action="store_true", help="giá trị làm lợi là số ước tính")
    p.add_argument("--not-quantifiable", action="store_true",
                   help="không tính được bằng tiền (ghi lợi ích khác bằng --other-benefit)")
    p.add_argument("--basis", metavar="CHỮ", help="cách tính giá trị làm lợi")
    p.add_argument("--other-benefit", metavar="CHỮ", help="lợi ích khác, không tính được bằng tiền")
    p.add_argument("--applied-at", metavar="CHỮ", help="nơi áp dụng (bộ phận, dây chuyền)")
    p.add_argument("--since", metavar="NGÀY", help="áp dụng từ ngày")
    p.add_argument("--stopped", action="store_true", help="sáng kiến không còn được áp dụng")
    p.add_argument("--scope", metavar="CHỮ", help="phạm vi áp dụng")
    p.add_argument("--employer-rep", metavar="HỌ_TÊN", help="đại diện người sử dụng lao động ký phiếu")
    p.add_argument("--employer-rep-title", metavar="CHỨC_VỤ",
                   help="chức vụ của đại diện người sử dụng lao động")
    p.add_argument("--union-rep", metavar="HỌ_TÊN", help="đại diện Ban Chấp hành công đoàn cơ sở ký phiếu")
    p.add_argument("--union-rep-title", metavar="CHỨC_VỤ", help="chức vụ của đại diện công đoàn")


def cmd_confirm(s: Services, a: argparse.Namespace) -> int:
    data: dict[str, Any] = {field: getattr(a, option) for option, field in _TEXT_OPTIONS.items()}
    data |= {"is_estimate": a.estimate, "not_quantifiable": a.not_quantifiable,
             "still_applied": not a.stopped}
    saved = s.confirmations.record(a.initiative, ConfirmationInput.from_mapping(data))
    view = saved.confirmation
    number = f" số {view.number}" if view.number else ""
    day = format_date(view.confirmed_on)
    print(f"Đã ghi phiếu xác nhận{number} ngày {day} cho sáng kiến {a.initiative}.")
    if view.benefit_value is not None:
        print(f"Giá trị làm lợi xác nhận: {format_money(view.benefit_value)}/năm")
    print_warnings(saved.warnings)
    return EXIT_OK
