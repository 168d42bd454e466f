"""Figures, reports to the upper union and Excel lists on the command line (issue 7)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from sangkien_desktop.domain.dashboard import (
    Breakdown,
    CountBasis,
    Figures,
    ReportPeriod,
    TargetInput,
    TargetProgress,
)
from sangkien_desktop.domain.enums import FieldCode, InitiativeStatus, SolutionKind
from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.model import RegistryFilter
from sangkien_desktop.domain.text import format_money, format_number
from sangkien_desktop.services.container import Services

from .base import EXIT_OK, Registry, print_json

LISTS = ("initiatives", "authors", "rewards", "certificates")
_BASIS_HELP = ("ngày tính số liệu: upload = ngày máy chủ công đoàn cấp trên nhận sáng kiến tải lên "
               "(mặc định, quy định của Chương trình), applied = ngày áp dụng lần đầu, "
               "decision = ngày quyết định công nhận")


def register(reg: Registry) -> None:
    p = reg.add("report", "lập báo cáo gửi công đoàn cấp trên (quý hoặc sơ kết giai đoạn) ra tệp .xlsx "
                "hoặc .pdf", cmd_report, writes=False)
    kinds = p.add_subparsers(dest="report_kind", required=True, metavar="LOẠI")
    q = kinds.add_parser("quarterly", help="báo cáo quý")
    q.add_argument("--year", type=int, required=True, help="năm, ví dụ 2026")
    q.add_argument("--quarter", type=int, required=True, choices=(1, 2, 3, 4), help="quý 1–4")
    ph = kinds.add_parser("phase", help="báo cáo sơ kết một giai đoạn của chương trình")
    ph.add_argument("--phase", required=True, help="số thứ tự giai đoạn (1 = giai đoạn đầu) hoặc định danh")
    for sub in (q, ph):
        sub.add_argument("--out", required=True, type=Path, help="tệp kết quả, đuôi .xlsx hoặc .pdf")
        sub.add_argument("--programme", help="mã chương trình (mặc định: chương trình đang diễn ra trong kỳ)")
        sub.add_argument("--by", choices=[b.value for b in CountBasis], default=CountBasis.UPLOAD.value,
                         help=_BASIS_HELP)

    p = reg.add("export", "xuất danh sách ra tệp Excel: sáng kiến, tác giả, khen thưởng, giấy chứng nhận",
                cmd_export, writes=False)
    p.add_argument("list", choices=LISTS, metavar="DANH_SÁCH",
                   help="initiatives | authors | rewards | certificates")
    p.add_argument("--out", required=True, type=Path, help="tệp kết quả .xlsx")
    p.add_argument("--year", type=int, help="chỉ năm này (sáng kiến, tác giả: năm áp dụng lần đầu; "
                   "khen thưởng: năm quyết định; giấy chứng nhận: năm cấp)")
    p.add_argument("--quarter", type=int, choices=(1, 2, 3, 4), help="sáng kiến: chỉ quý này của năm đã chọn")
    p.add_argument("--status", choices=[s.value for s in InitiativeStatus],
                   help="sáng kiến: lọc theo trạng thái")
    p.add_argument("--kind", choices=[k.value for k in SolutionKind],
                   help="sáng kiến: lọc theo loại giải pháp")
    p.add_argument("--field", choices=[f.value for f in FieldCode], help="sáng kiến: lọc theo lĩnh vực")
    p.add_argument("--department", help="sáng kiến: lọc theo bộ phận (không cần gõ dấu)")
    p.add_argument("--search", default="", help="sáng kiến: chỉ những sáng kiến tìm thấy với nội dung này")

    p = reg.add("dashboard", "số liệu tổng quan của một năm và tiến độ so với chỉ tiêu", cmd_dashboard,
                writes=False)
    p.add_argument("--year", type=int, help="năm (mặc định: năm nay)")
    p.add_argument("--programme", help="mã chương trình (mặc định: chương trình đang diễn ra)")
    p.add_argument("--json", action="store_true", help="in JSON")

    p = reg.add("target", "ghi chỉ tiêu được giao (và đăng ký) của chương trình cho một năm, quý hoặc "
                "giai đoạn", cmd_target, writes=True)
    p.add_argument("--programme", help="mã chương trình (mặc định: chương trình đang diễn ra)")
    p.add_argument("--year", type=int, help="năm của chỉ tiêu")
    p.add_argument("--quarter", type=int, choices=(1, 2, 3, 4), help="quý (cùng với --year)")
    p.add_argument("--phase", help="giai đoạn: số thứ tự hoặc định danh (thay cho --year)")
    p.add_argument("--assigned", type=int, required=True, help="chỉ tiêu được giao (số sáng kiến)")
    p.add_argument("--registered", type=int, default=0, help="chỉ tiêu đơn vị đăng ký (số sáng kiến)")


# -- commands ----------------------------------------------------------------------------------------


def cmd_report(s: Services, a: argparse.Namespace) -> int:
    basis = CountBasis(a.by)
    if a.report_kind == "quarterly":
        document = s.reports.quarterly(a.year, a.quarter, basis, a.programme)
    else:
        document = s.reports.phase(a.phase, basis, a.programme)
    target = s.reports.save(document, a.out)
    print(f"Đã lưu báo cáo vào {target}")
    return EXIT_OK


def cmd_export(s: Services, a: argparse.Namespace) -> int:
    if a.list == "initiatives":
        query = RegistryFilter(
            status=InitiativeStatus(a.status) if a.status else None,
            kind=SolutionKind(a.kind) if a.kind else None,
            field_code=FieldCode(a.field) if a.field else None,
            department=a.department,
            year=a.year,
            quarter=a.quarter,
        )
        count = s.reports.export_initiatives(a.out, query, a.search)
    elif a.list == "authors":
        count = s.reports.export_authors(a.out, a.year)
    elif a.list == "rewards":
        count = s.reports.export_rewards(a.out, a.year)
    else:
        count = s.reports.export_certificates(a.out, a.year)
    print(f"Đã xuất {format_number(count)} dòng vào {a.out}")
    return EXIT_OK


def cmd_dashboard(s: Services, a: argparse.Namespace) -> int:
    programme = _programme_id(s, a.programme)
    year = a.year if a.year is not None else date.today().year
    board = s.dashboard.dashboard(year, programme)
    if a.json:
        print_json({"year": board.year, "programme": board.programme.code if board.programme else None,
                    "progress": [_progress_json(p) for p in board.progress],
                    "figures": figures_json(board.figures)})
        return EXIT_OK
    print(f"Năm {board.year}" + (f" – chương trình {board.programme.name}" if board.programme else ""))
    for progress in board.progress:
        goal = ("chưa có chỉ tiêu" if progress.assigned is None
                else f"chỉ tiêu {format_number(progress.assigned)}")
        print(f"  {progress.period.label}: hợp lệ {format_number(progress.valid)}/{goal} "
              f"({progress.percent_text}), đã nộp {format_number(progress.submitted)}")
    f = board.figures
    print(f"Số sáng kiến áp dụng trong năm: {format_number(f.initiatives)}")
    print(f"Tổng giá trị làm lợi: {format_money(f.benefit.total_vnd)}")
    print(f"Tác giả: {format_number(f.authors.persons)} người ({format_number(f.authors.women)} nữ), "
          f"{format_number(f.authors.authorships)} lượt người")
    print(f"Khen thưởng: {format_number(f.rewards.count)} lượt, {format_money(f.rewards.amount_vnd)}")
    return EXIT_OK


def cmd_target(s: Services, a: argparse.Namespace) -> int:
    programme_id = _programme_id(s, a.programme) or _running(s)
    period = _target_period(s, programme_id, a)
    progress = s.dashboard.set_target(TargetInput(programme_id, period, a.assigned, a.registered))
    print(f"Đã ghi chỉ tiêu {period.label}: được giao {format_number(a.assigned)}, đăng ký "
          f"{format_number(a.registered)} (hiện hợp lệ {format_number(progress.valid)}, "
          f"{progress.percent_text})")
    return EXIT_OK


# -- helpers ------------------------------------------------------------------------------------------


def _programme_id(s: Services, code: str | None) -> str | None:
    if code is None:
        return None
    found = next((r for r in s.dashboard.programmes() if code in (r.code, r.id)), None)
    if found is None:
        raise KnownError(f"Không tìm thấy chương trình “{code}”.")
    return found.id


def _running(s: Services) -> str:
    programme = s.dashboard.running_programme()
    if programme is None:
        raise KnownError("Chưa có chương trình nào để ghi chỉ tiêu.")
    return programme.id


def _target_period(s: Services, programme_id: str, a: argparse.Namespace) -> ReportPeriod:
    if a.phase is not None:
        if a.year is not None or a.quarter is not None:
            raise KnownError("Chọn --phase hoặc --year (và --quarter), không chọn cả hai.")
        return s.dashboard.phase_period(programme_id, a.phase)
    if a.year is None:
        raise KnownError("Cần --year (và --quarter cho chỉ tiêu quý) hoặc --phase.")
    return ReportPeriod.of_year(a.year) if a.quarter is None else ReportPeriod.of_quarter(a.year, a.quarter)


def _progress_json(progress: TargetProgress) -> dict[str, Any]:
    return {"period": progress.period.label, "submitted": progress.submitted, "valid": progress.valid,
            "assigned": progress.assigned, "registered": progress.registered,
            "percent": None if progress.percent is None else str(progress.percent)}


def figures_json(figures: Figures) -> dict[str, Any]:
    """The figures as plain JSON: counts per code, money in đồng."""
    def counts(breakdown: Breakdown) -> dict[str, int]:
        return {(t.member.value if t.member is not None else t.text or ""): t.count
                for t in breakdown.tallies}

    return {
        "initiatives": figures.initiatives,
        "by_status": counts(figures.by_status),
        "by_kind": counts(figures.by_kind),
        "by_field": counts(figures.by_field),
        "by_department": counts(figures.by_department),
        "benefit_vnd": figures.benefit.total_vnd,
        "benefit_estimated_vnd": figures.benefit.estimated_vnd,
        "authors": {"persons": figures.authors.persons, "authorships": figures.authors.authorships,
                    "women": figures.authors.women, "members": figures.authors.members,
                    "direct_workers": figures.authors.direct_workers},
        "rewards": {line.form.value: {"count": line.count, "amount_vnd": line.amount_vnd}
                    for line in figures.rewards.lines},
        "months": {p.month.strftime("%Y-%m"): p.initiatives for p in figures.trend},
    }
