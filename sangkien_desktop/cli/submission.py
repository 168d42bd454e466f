"""`sangkien submit`: the officer's "Tải lên" of initiatives to the upper union (DOMAIN.md §4.15).

The submission travels with the next `sangkien sync` (or USB file); the server's acknowledgement
moves the initiatives to «Đã tải lên» and its review, pulled later, to «Hợp lệ» / «Không hợp lệ».
"""

from __future__ import annotations

import argparse
import sys

from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.text import format_number
from sangkien_desktop.services.container import Services

from .base import EXIT_OK, Registry, print_json


def register(reg: Registry) -> None:
    p = reg.add("submit", "tải sáng kiến «Sẵn sàng tải lên» lên công đoàn cấp trên (gửi ở lần đồng bộ tới)",
                cmd_submit, writes=True)
    p.add_argument("keys", nargs="*", metavar="MÃ", help="mã hoặc định danh sáng kiến")
    p.add_argument("--all-ready", action="store_true",
                   help="mọi sáng kiến «Sẵn sàng tải lên» chưa nằm trong đợt tải lên nào")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")


def cmd_submit(s: Services, a: argparse.Namespace) -> int:
    if a.all_ready and a.keys:
        raise KnownError("Chỉ dùng một trong hai: các mã sáng kiến hoặc --all-ready.")
    keys = list(s.submissions.ready()) if a.all_ready else list(a.keys)
    if a.all_ready and not keys:
        raise KnownError("Không có sáng kiến nào «Sẵn sàng tải lên» đang chờ đưa vào đợt tải lên.")
    result = s.submissions.submit(keys)
    if a.json:
        print_json({"batch_id": result.batch_id, "submitted": list(result.submitted),
                    "refused": [{"code": r.code, "reason": r.reason} for r in result.refused]})
        return EXIT_OK
    print(f"Đã đưa {format_number(len(result.submitted))} sáng kiến vào đợt tải lên; chúng được gửi ở lần "
          "đồng bộ tới và chuyển sang «Đã tải lên» khi máy chủ xác nhận.")
    for refusal in result.refused:
        print(f"Không đưa vào: {refusal.code}: {refusal.reason}", file=sys.stderr)
    return EXIT_OK
