"""The first commands: set up the store, add, find, show and move initiatives, statistics, check."""

from __future__ import annotations

import argparse
import json
import sys
import time

from sangkien_desktop.domain.enums import InitiativeStatus
from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.model import InitiativeDraft, InitiativeView, Page
from sangkien_desktop.domain.text import format_date, format_money
from sangkien_desktop.services.container import Services
from sangkien_desktop.services.demo import generate_demo
from sangkien_desktop.services.office import OfficeInput

from .base import EXIT_OK, EXIT_USER, Registry, print_warnings, read_json


def register(reg: Registry) -> None:
    p = reg.add("init", "tạo hoặc cập nhật kho dữ liệu và thông tin công đoàn cơ sở", cmd_init, writes=True)
    p.add_argument("--unit-code", required=True, help="mã đơn vị, ví dụ ABC")
    p.add_argument("--unit-name", required=True, help="tên công đoàn cơ sở")
    p.add_argument("--employer", required=True, help="tên đơn vị sử dụng lao động")
    p.add_argument("--parent-union", help="công đoàn cấp trên trực tiếp")
    p.add_argument("--place", help="địa danh, ví dụ Hải Phòng")
    p.add_argument("--short-name", help="tên viết tắt, ví dụ CĐCS ABC")
    p.add_argument("--employer-head", help="họ tên người đứng đầu đơn vị sử dụng lao động")
    p.add_argument("--employer-head-title", help="chức danh người đứng đầu, ví dụ Tổng Giám đốc")
    p.add_argument("--chair", help="họ tên Chủ tịch công đoàn")
    p.add_argument("--vice-chair", help="họ tên Phó Chủ tịch công đoàn")

    p = reg.add("demo", "tạo dữ liệu mẫu tiếng Việt để dùng thử và đo hiệu năng", cmd_demo, writes=True)
    p.add_argument("--initiatives", type=int, required=True, help="số sáng kiến")
    p.add_argument("--seed", type=int, default=1, help="hạt giống ngẫu nhiên (mặc định 1)")

    p = reg.add("add-initiative", "thêm một sáng kiến từ tệp JSON", cmd_add, writes=True)
    p.add_argument("--json", required=True, dest="json_file", help="tệp JSON (dùng - để đọc từ stdin)")

    p = reg.add("search", "tìm sáng kiến, không cần gõ dấu", cmd_search, writes=False)
    p.add_argument("text", help="nội dung cần tìm")
    _paging(p)

    p = reg.add("list", "liệt kê sáng kiến, mới nhất trước", cmd_list, writes=False)
    p.add_argument("--status", choices=[s.value for s in InitiativeStatus], help="lọc theo trạng thái")
    _paging(p)

    p = reg.add("show", "xem một sáng kiến theo mã hoặc định danh", cmd_show, writes=False)
    p.add_argument("id", help="mã sáng kiến hoặc UUID")
    p.add_argument("--json", action="store_true", help="in JSON")

    p = reg.add("status", "chuyển trạng thái một sáng kiến theo quy trình", cmd_status, writes=True)
    p.add_argument("id", help="mã sáng kiến hoặc UUID")
    p.add_argument("target", choices=[s.value for s in InitiativeStatus], metavar="TRẠNG_THÁI",
                   help="trạng thái mới: " + ", ".join(s.value for s in InitiativeStatus))
    p.add_argument("--reason", help="lý do (bắt buộc khi quay lại trạng thái trước)")

    p = reg.add("stats", "số liệu tổng hợp", cmd_stats, writes=False)
    p.add_argument("--json", action="store_true", help="in JSON")

    reg.add("check", "kiểm tra toàn vẹn kho dữ liệu; mã thoát 0 khi mọi mục đạt", cmd_check, writes=False)


def _paging(p: argparse.ArgumentParser) -> None:
    p.add_argument("--limit", type=int, default=20, help="số dòng tối đa (mặc định 20)")
    p.add_argument("--offset", type=int, default=0, help="bỏ qua N dòng đầu")
    p.add_argument("--json", action="store_true", help='in JSON {"total", "items"}')


# -- commands ----------------------------------------------------------------------------------------


def cmd_init(s: Services, a: argparse.Namespace) -> int:
    view = s.office.init_office(OfficeInput(
        a.unit_code, a.unit_name, a.employer, a.parent_union, a.place, a.short_name,
        employer_head_name=a.employer_head, employer_head_title=a.employer_head_title,
        chair_name=a.chair, vice_chair_name=a.vice_chair,
    ))
    print(f"Đã lưu thông tin {view.full_name} ({view.unit_code}) tại {s.paths.data_dir}")
    return EXIT_OK


def cmd_demo(s: Services, a: argparse.Namespace) -> int:
    started = time.perf_counter()
    count = generate_demo(s, a.initiatives, a.seed, progress=_progress)
    elapsed = time.perf_counter() - started
    print(f"\nĐã tạo {count:,} sáng kiến mẫu trong {elapsed:.1f} giây".replace(",", "."))
    return EXIT_OK


def _progress(done: int, total: int) -> None:
    print(f"\r{done:,}/{total:,}".replace(",", "."), end="", file=sys.stderr, flush=True)


def cmd_add(s: Services, a: argparse.Namespace) -> int:
    data = read_json(a.json_file)
    if not isinstance(data, dict):
        raise KnownError("Tệp JSON phải chứa một đối tượng sáng kiến { ... }.")
    result = s.initiatives.create(InitiativeDraft.from_mapping(data))
    print_warnings(result.warnings)
    print(json.dumps(result.initiative.to_json(), ensure_ascii=False))
    return EXIT_OK


def cmd_search(s: Services, a: argparse.Namespace) -> int:
    return _print_page(s.initiatives.search(a.text, a.limit, a.offset), a.json)


def cmd_list(s: Services, a: argparse.Namespace) -> int:
    status = InitiativeStatus(a.status) if a.status else None
    return _print_page(s.initiatives.list(status, a.limit, a.offset), a.json)


def cmd_show(s: Services, a: argparse.Namespace) -> int:
    view = s.initiatives.get(a.id)
    if a.json:
        print(json.dumps(view.to_json(), ensure_ascii=False, indent=2))
        return EXIT_OK
    authors = ", ".join(
        f"{x.full_name} ({x.share_pct}%)" if x.share_pct else x.full_name for x in view.authors
    )
    rows = [
        ("Mã", view.code),
        ("Tên sáng kiến", view.title),
        ("Trạng thái", view.status.label),
        ("Loại giải pháp", view.kind.label),
        ("Lĩnh vực", view.field_code.label),
        ("Tác giả", authors),
        ("Đơn vị", view.department or ""),
        ("Ngày áp dụng lần đầu", format_date(view.first_applied_on) if view.first_applied_on else ""),
        ("Giá trị làm lợi", format_money(view.benefit_vnd) if view.benefit_vnd is not None else ""),
        ("Quyết định công nhận", view.decision_number or ""),
        ("Định danh", view.id),
    ]
    for label, value in rows:
        print(f"{label:<22}{value}")
    return EXIT_OK


def cmd_status(s: Services, a: argparse.Namespace) -> int:
    change = s.status.change(a.id, InitiativeStatus(a.target), reason=a.reason)
    print_warnings(change.warnings)
    print(f"{change.initiative.code}: {change.initiative.status.label}")
    return EXIT_OK


def cmd_stats(s: Services, a: argparse.Namespace) -> int:
    stats = s.initiatives.stats()
    if a.json:
        print(json.dumps(stats.to_json(), ensure_ascii=False))
        return EXIT_OK
    print(f"Số sáng kiến: {stats.initiatives:,}".replace(",", "."))
    print(f"Tổng giá trị làm lợi: {format_money(stats.benefit_total_vnd)}")
    print(f"Số tác giả: {stats.authors:,}".replace(",", "."))
    for code, n in sorted(stats.by_status.items(), key=lambda kv: -kv[1]):
        print(f"  {InitiativeStatus(code).label:<30}{n:>10,}".replace(",", "."))
    print(f"Thay đổi chưa tải lên: {stats.pending_ops:,}".replace(",", "."))
    return EXIT_OK


def cmd_check(s: Services, a: argparse.Namespace) -> int:
    from sangkien_desktop.services.health import check_store

    report = check_store(s.uow)
    for line in report.lines():
        print(line)
    return EXIT_OK if report.ok else EXIT_USER


def _print_page(page: Page[InitiativeView], as_json: bool) -> int:
    if as_json:
        print(
            json.dumps({"total": page.total, "items": [v.to_json() for v in page.items]}, ensure_ascii=False)
        )
        return EXIT_OK
    print(f"Tìm thấy {page.total:,} sáng kiến".replace(",", "."))
    for v in page.items:
        money = format_money(v.benefit_vnd) if v.benefit_vnd is not None else ""
        print(f"{v.code:<18} {v.status.label:<28} {v.title[:70]:<70} {v.lead_author or '':<24} {money:>16}")
    return EXIT_OK


