"""`sangkien import FILE [--dry-run] [--json]`: a list of initiatives from Excel (.xlsx, .xls) or CSV.

Every valid row that is not a duplicate of a stored initiative is written in one transaction; rows
with problems are listed (row, column, message) and left out. With ``--json`` stdout holds
``{"rows", "valid", "invalid": [{"row", "column", "message"}], "preview": [...]}`` (the preview as
``search --json`` prints initiatives); messages go to stderr in Vietnamese. Exit code 0 when every
row is valid (and, without ``--dry-run``, imported), 1 otherwise.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.importing import ImportPlan, ImportResult, ProblemKind, TextEncoding
from sangkien_desktop.domain.text import format_number
from sangkien_desktop.services.container import Services

from .base import EXIT_OK, EXIT_USER, Registry, print_json

_ENCODINGS = {
    "auto": None,
    "unicode": TextEncoding.UNICODE,
    "tcvn3": TextEncoding.TCVN3,
    "vni": TextEncoding.VNI,
}


def register(reg: Registry) -> None:
    p = reg.add(
        "import", "nhập danh sách sáng kiến từ tệp Excel (.xlsx, .xls) hoặc .csv", cmd_import, writes=True
    )
    p.add_argument("file", metavar="TỆP", help="tệp danh sách cần nhập")
    p.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra và xem trước, không ghi gì")
    p.add_argument(
        "--json",
        action="store_true",
        help='in JSON {"rows", "valid", "invalid": [{"row", "column", "message"}], "preview"}',
    )
    p.add_argument(
        "--encoding",
        choices=list(_ENCODINGS),
        default="auto",
        help="bảng mã chữ trong tệp (mặc định: tự nhận ra Unicode, TCVN3 hoặc VNI)",
    )
    p.add_argument(
        "--month-first",
        action="store_true",
        help="đọc ngày dạng chữ theo kiểu tháng/ngày/năm (tệp ghi ngày kiểu Mỹ)",
    )


def cmd_import(s: Services, a: argparse.Namespace) -> int:
    path = Path(a.file)
    if not path.is_file():
        raise KnownError(f"Không tìm thấy tệp {a.file}.")
    progress = _Progress() if sys.stderr.isatty() else None
    plan = s.importing.analyse(path, control=progress, encoding=_ENCODINGS[a.encoding])
    if a.month_first and not plan.mapping.month_first:
        plan = s.importing.analyse(path, replace(plan.mapping, month_first=True), control=progress)
    _report(plan)
    if not plan.can_commit:
        reason = " ".join(plan.mapping.problems()) or "Tệp không có dòng dữ liệu nào."
        raise KnownError(reason)
    result = None
    if not a.dry_run and plan.valid:
        result = s.importing.commit(plan, control=progress)
        _say(
            f"Đã nhập {format_number(result.imported)} sáng kiến"
            + (f" (mã {result.first_code} … {result.last_code})" if result.first_code else "")
            + (f", thêm {format_number(result.people_created)} người mới." if result.people_created else ".")
        )
    elif not a.dry_run:
        _say("Không có dòng nào nhập được.")
    if a.json:
        print_json(_json(plan, result))
    else:
        _print_preview(plan, result)
    return EXIT_OK if plan.valid == plan.rows else EXIT_USER


def _json(plan: ImportPlan, result: ImportResult | None) -> dict[str, Any]:
    data = plan.to_json()
    if result is not None:
        data["preview"] = [view.to_json() for view in result.initiatives]
    return data


def _report(plan: ImportPlan) -> None:
    source, mapping = plan.source, plan.mapping
    sheet = f", trang «{source.sheet}»" if source.sheet else ""
    _say(f"Tệp {source.name}{sheet}: dòng tiêu đề {source.header_row}, bảng mã {mapping.encoding.label}.")
    for note in plan.notes:
        _say(note)
    ignored = [c.header for c in mapping.columns if c.target is None and c.header]
    if ignored:
        _say("Các cột không dùng: " + ", ".join(f"«{h}»" for h in ignored) + ".")
    _say(f"Số dòng: {format_number(plan.rows)}; hợp lệ: {format_number(plan.valid)}.")
    for problem in plan.problems:
        tag = {ProblemKind.ERROR: "Lỗi", ProblemKind.DUPLICATE: "Trùng", ProblemKind.WARNING: "Lưu ý"}[
            problem.kind
        ]
        _say(f"  {tag} – dòng {problem.row}, cột «{problem.column}»: {problem.message}")
    hidden = plan.problem_total - len(plan.problems)
    if hidden > 0:
        _say(f"  … và {format_number(hidden)} vấn đề khác.")


def _print_preview(plan: ImportPlan, result: ImportResult | None) -> None:
    views = result.initiatives if result is not None else tuple(p.initiative for p in plan.preview)
    for view in views:
        print(f"{view.code:<18} {view.status.label:<28} {view.title[:70]:<70} {view.lead_author or ''}")


def _say(text: str) -> None:
    print(text, file=sys.stderr)


class _Progress:
    """Progress on the terminal for long files (only when stderr is a terminal)."""

    def report(self, done: int, total: int | None = None, text: str | None = None) -> None:
        shown = f"{format_number(done)}/{format_number(total)}" if total else format_number(done)
        print(f"\r{text or ''} {shown}   ", end="", file=sys.stderr, flush=True)

    def check(self) -> None:
        """The terminal stops work with Ctrl+C."""
