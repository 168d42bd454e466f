"""Decree 13 remuneration and the to-do list: `remuneration`, `pay`, `todo`."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from sangkien_desktop.domain.errors import FieldProblem, KnownError, ValidationError
from sangkien_desktop.domain.remuneration import PaymentInput, RemunerationSchedule, YearDue
from sangkien_desktop.domain.rewards import parse_amount
from sangkien_desktop.domain.text import format_date, format_money, format_number
from sangkien_desktop.domain.todo import TodoKind
from sangkien_desktop.services.container import Services

from .base import EXIT_OK, Registry, cli_date, print_json, print_warnings


def register(reg: Registry) -> None:
    # Showing a schedule creates or refreshes its yearly rows, so this command takes the writer lock.
    p = reg.add("remuneration", "thù lao theo Điều lệ sáng kiến: lịch trả từng năm, khoản quá hạn",
                cmd_remuneration, writes=True)
    p.add_argument("id", nargs="?", help="mã sáng kiến hoặc UUID: xem lịch trả thù lao của sáng kiến")
    p.add_argument("--overdue", action="store_true", help="liệt kê các năm đã quá hạn mà chưa trả đủ")
    p.add_argument("--json", action="store_true", help="in JSON")

    p = reg.add("pay", "ghi một lần trả thù lao cho một tác giả", cmd_pay, writes=True)
    p.add_argument("id", help="mã sáng kiến hoặc UUID")
    p.add_argument("--year", type=int, required=True, help="năm áp dụng thứ mấy (1, 2, 3…)")
    p.add_argument("--author", required=True, help="họ tên hoặc mã người của tác giả")
    p.add_argument("--amount", required=True, help="số tiền (đồng), ví dụ 3500000 hoặc 3.500.000")
    p.add_argument("--date", type=cli_date, required=True, help="ngày trả (YYYY-MM-DD hoặc DD/MM/YYYY)")
    p.add_argument("--proof", type=Path, help="tệp chứng từ (phiếu chi, uỷ nhiệm chi…)")
    p.add_argument("--note", help="ghi chú")

    p = reg.add("todo", "việc cần làm: đơn quá hạn xét, thù lao quá hạn, hạn nộp đơn…", cmd_todo,
                writes=False)
    p.add_argument("--json", action="store_true", help="in JSON")


def cmd_remuneration(s: Services, a: argparse.Namespace) -> int:
    today = date.today()
    if a.overdue == (a.id is not None):
        raise KnownError(
            "Hãy ghi mã sáng kiến để xem lịch trả thù lao, hoặc --overdue để xem các khoản quá hạn."
        )
    if a.id is not None:
        schedule = s.remuneration.schedule(a.id, today)
        if a.json:
            print_json(schedule.to_json())
        else:
            _print_schedule(schedule)
            print_warnings(schedule.warnings)
        return EXIT_OK
    overdue = s.remuneration.overdue(today)
    if a.json:
        print_json({"total": len(overdue), "items": [o.to_json(today) for o in overdue]})
        return EXIT_OK
    if not overdue:
        print("Không có khoản thù lao nào quá hạn.")
    for item in overdue:
        print(f"{item.code} · {item.title}\n  {item.text(today)}")
    return EXIT_OK


def cmd_pay(s: Services, a: argparse.Namespace) -> int:
    try:
        amount = parse_amount(a.amount)
    except ValueError as exc:
        raise ValidationError([FieldProblem("amount", "Số tiền", str(exc))]) from None
    payment = PaymentInput(a.author, amount, a.date, initiative=a.id, year_index=a.year, proof=a.proof,
                           note=a.note)
    schedule = s.remuneration.record_payment(payment)
    year = schedule.year(a.year)
    print(f"Đã ghi {format_money(amount)} trả ngày {format_date(a.date)} cho năm thứ {a.year} "
          f"của {schedule.code}; năm này còn phải trả {format_money(year.outstanding)}.")
    return EXIT_OK


def cmd_todo(s: Services, a: argparse.Namespace) -> int:
    items = s.todo.items(date.today())
    if a.json:
        print_json({"total": len(items), "items": [i.to_json() for i in items]})
        return EXIT_OK
    if not items:
        print("Không có việc nào cần làm.")
    for kind in TodoKind:
        group = [i for i in items if i.kind is kind]
        if group:
            print(f"{kind.label} ({len(group)}):")
        for item in group:
            print(f"  {item.code} · {item.title}\n    {item.text}")
    return EXIT_OK


def _print_schedule(schedule: RemunerationSchedule) -> None:
    print(f"{schedule.code} · {schedule.title}")
    for year in schedule.years:
        _print_year(year, schedule.multiplier)
    print(f"Tổng: phải trả {format_money(schedule.total_due)}, đã trả {format_money(schedule.total_paid)}, "
          f"còn phải trả {format_money(schedule.outstanding)}")


def _print_year(year: YearDue, multiplier: int) -> None:
    late = " · QUÁ HẠN" if year.overdue else ""
    print(f"Năm thứ {year.year_index}: {format_date(year.period_from)} – {format_date(year.period_to)}, "
          f"hạn trả {format_date(year.due_on)}{late}")
    print(f"  Phải trả tối thiểu {format_money(year.amount_due)} ({year.basis_text(multiplier)}), "
          f"đã trả {format_money(year.paid)}, còn {format_money(year.outstanding)}")
    for author in year.authors:
        share = "" if author.share_pct is None else f" ({format_number(author.share_pct, 2)} %)"
        print(f"  - {author.full_name}{share}: phải trả {format_money(author.amount_due)}, "
              f"đã trả {format_money(author.paid)}, còn {format_money(author.outstanding)}")
