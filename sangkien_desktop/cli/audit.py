"""`sangkien audit` (the change log, read-only) and `sangkien trash` (list, restore, purge)."""

from __future__ import annotations

import argparse
import sys

from sangkien_desktop.domain.audit import AUDIT_ACTIONS, AuditFilter, AuditRow, TrashItem, local_time_text
from sangkien_desktop.domain.text import format_number
from sangkien_desktop.services.container import Services

from .base import EXIT_OK, EXIT_USER, Registry, cli_date, print_json

_ACTION_TEXT = {
    "create": "tạo mới",
    "update": "sửa",
    "status": "đổi trạng thái",
    "delete": "xoá",
    "restore": "khôi phục",
    "purge": "xoá vĩnh viễn",
}


def register(reg: Registry) -> None:
    p = reg.add("audit", "xem nhật ký thay đổi (chỉ đọc), mới nhất trước", cmd_audit, writes=False)
    p.add_argument("id", nargs="?", help="mã sáng kiến hoặc định danh của một hồ sơ bất kỳ")
    p.add_argument("--entity", help="loại hồ sơ, ví dụ initiative, person, reward_decision")
    p.add_argument("--action", choices=AUDIT_ACTIONS, help="loại thao tác")
    p.add_argument("--text", help="tìm trong giá trị cũ và mới")
    p.add_argument("--since", type=cli_date, help="từ ngày (YYYY-MM-DD hoặc DD/MM/YYYY)")
    p.add_argument("--until", type=cli_date, help="đến ngày, tính cả ngày đó")
    p.add_argument("--limit", type=int, default=50, help="số dòng tối đa (mặc định 50)")
    p.add_argument("--offset", type=int, default=0, help="bỏ qua N dòng đầu")
    p.add_argument("--json", action="store_true", help='in JSON {"total", "items"} (giờ theo UTC)')

    p = reg.add("trash", "thùng rác: liệt kê, khôi phục hoặc xoá vĩnh viễn", cmd_trash, writes=True)
    p.add_argument("action", nargs="?", choices=("list", "restore", "purge"), default="list",
                   help="list (mặc định), restore ID hoặc purge ID --yes")
    p.add_argument("id", nargs="?", help="định danh của mục trong thùng rác")
    p.add_argument("--yes", action="store_true", help="xác nhận xoá vĩnh viễn (không hoàn tác được)")
    p.add_argument("--limit", type=int, default=50, help="số dòng tối đa (mặc định 50)")
    p.add_argument("--offset", type=int, default=0, help="bỏ qua N dòng đầu")
    p.add_argument("--json", action="store_true", help='in JSON {"total", "items"} (giờ theo UTC)')


def cmd_audit(s: Services, a: argparse.Namespace) -> int:
    where = AuditFilter(
        entity=a.entity, record=a.id, action=a.action, since=a.since, until=a.until, text=a.text
    )
    page = s.audit.query(where, limit=a.limit, offset=a.offset)
    if a.json:
        print_json({"total": page.total, "items": [row.to_json() for row in page.items]})
        return EXIT_OK
    print(f"{format_number(page.total)} dòng nhật ký (giờ máy tính, mới nhất trước)")
    for row in page.items:
        print(_audit_line(row))
    return EXIT_OK


def _audit_line(row: AuditRow) -> str:
    who = row.officer_name or "(hệ thống)"
    head = f"{local_time_text(row.at)}  {who:<20}  {_ACTION_TEXT.get(row.action, row.action):<15}  "
    head += f"{row.entity_label}: {row.record_label}"
    if row.field_label is None:
        return head
    return f"{head}  – {row.field_label}: {row.old_value or '(trống)'} → {row.new_value or '(trống)'}"


def cmd_trash(s: Services, a: argparse.Namespace) -> int:
    if a.action == "list":
        page = s.trash.items(limit=a.limit, offset=a.offset)
        if a.json:
            print_json({"total": page.total, "items": [item.to_json() for item in page.items]})
            return EXIT_OK
        print(f"{format_number(page.total)} mục trong thùng rác (mới xoá nhất trước)")
        for item in page.items:
            print(_trash_line(item))
        return EXIT_OK
    if not a.id:
        print(f"Lỗi: hãy cho biết định danh của mục cần {_ACTION_TEXT[a.action]}.", file=sys.stderr)
        return EXIT_USER
    item = s.trash.find(a.id)
    if a.action == "restore":
        s.trash.restore(item.entity, item.id)
        print(f"Đã khôi phục {item.entity_label.lower()} “{item.label}”.")
        return EXIT_OK
    if not a.yes:
        print(
            f"Lỗi: xoá vĩnh viễn {item.entity_label.lower()} “{item.label}” không hoàn tác được; "
            "chạy lại với --yes để xác nhận.",
            file=sys.stderr,
        )
        return EXIT_USER
    removed = s.trash.purge(item.entity, item.id)
    what = f"{item.entity_label.lower()} “{item.label}”"
    print(f"Đã xoá vĩnh viễn {what} ({format_number(removed)} dòng dữ liệu).")
    return EXIT_OK


def _trash_line(item: TrashItem) -> str:
    who = item.deleted_by or "(hệ thống)"
    return f"{item.id}  {local_time_text(item.deleted_at)}  {who:<20}  {item.entity_label}: {item.label}"
