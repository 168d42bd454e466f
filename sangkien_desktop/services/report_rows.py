"""The table of a report to the upper union, built from the dashboard's figures (DOMAIN.md §9).

Sections in the order union reports use: results against the target, then the initiatives by kind of
solution, by field and by recognition level (each with its total row), the benefit, the authors and
the rewards. Pure: figures in, rows out; the Excel and PDF renderers print the same rows.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from sangkien_desktop.domain.dashboard import Breakdown, Figures, ReportRow, RowStyle, TargetProgress

__all__ = ["report_rows"]

ROMAN: Final = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
INITIATIVES: Final = "sáng kiến"
PERSONS: Final = "người"


def report_rows(progress: TargetProgress, figures: Figures) -> tuple[ReportRow, ...]:
    sections: list[tuple[str, list[ReportRow]]] = [
        ("KẾT QUẢ THỰC HIỆN CHỈ TIÊU", _targets(progress)),
        ("PHÂN LOẠI THEO LOẠI GIẢI PHÁP", _breakdown(figures.by_kind, with_benefit=True)),
        ("PHÂN LOẠI THEO LĨNH VỰC", _breakdown(figures.by_field, with_benefit=True)),
    ]
    if figures.by_level is not None:
        sections.append(("PHÂN LOẠI THEO CẤP CÔNG NHẬN", _breakdown(figures.by_level, with_benefit=False)))
    sections += [
        ("GIÁ TRỊ LÀM LỢI", _benefit(figures)),
        ("TÁC GIẢ", _authors(figures)),
        ("KHEN THƯỞNG (quyết định đã ban hành trong kỳ)", _rewards(figures)),
    ]
    rows: list[ReportRow] = []
    for number, (title, lines) in zip(ROMAN, sections, strict=False):
        rows.append(ReportRow(number, title, style=RowStyle.SECTION))
        rows += lines
    return tuple(rows)


def _numbered(items: Iterable[tuple[str, str, int | None, int | None]]) -> list[ReportRow]:
    return [ReportRow(str(n), text, unit, quantity, amount)
            for n, (text, unit, quantity, amount) in enumerate(items, start=1)]


def _targets(progress: TargetProgress) -> list[ReportRow]:
    rows = _numbered([
        ("Chỉ tiêu được giao", INITIATIVES, progress.assigned, None),
        ("Chỉ tiêu đăng ký", INITIATIVES, progress.registered, None),
        ("Số sáng kiến đã nộp (lượt nộp)", INITIATIVES, progress.submitted, None),
        ("Số sáng kiến hợp lệ", INITIATIVES, progress.valid, None),
    ])
    rows.append(ReportRow("5", "Tỷ lệ số sáng kiến hợp lệ so với chỉ tiêu được giao", "%", progress.percent))
    return rows


def _breakdown(breakdown: Breakdown, *, with_benefit: bool) -> list[ReportRow]:
    rows = _numbered(
        (tally.label, INITIATIVES, tally.count, tally.benefit_vnd if with_benefit else None)
        for tally in breakdown.tallies
    )
    rows.append(ReportRow("", "Cộng", INITIATIVES, breakdown.count,
                          breakdown.benefit_vnd if with_benefit else None, RowStyle.TOTAL))
    return rows


def _benefit(figures: Figures) -> list[ReportRow]:
    benefit = figures.benefit
    return _numbered([
        ("Tổng giá trị làm lợi", "đồng", None, benefit.total_vnd),
        ("Trong đó: giá trị ước tính (số sáng kiến, số tiền)", INITIATIVES, benefit.estimated,
         benefit.estimated_vnd),
        ("Số sáng kiến không tính được giá trị làm lợi bằng tiền", INITIATIVES, benefit.not_quantifiable,
         None),
        ("Số đề tài nghiên cứu khoa học", INITIATIVES, figures.research_topics, None),
    ])


def _authors(figures: Figures) -> list[ReportRow]:
    authors = figures.authors
    return _numbered([
        ("Số tác giả, đồng tác giả", PERSONS, authors.persons, None),
        ("Số lượt người tham gia", "lượt người", authors.authorships, None),
        ("Trong đó: nữ", PERSONS, authors.women, None),
        ("Trong đó: đoàn viên công đoàn", PERSONS, authors.members, None),
        ("Trong đó: lao động trực tiếp sản xuất", PERSONS, authors.direct_workers, None),
    ])


def _rewards(figures: Figures) -> list[ReportRow]:
    rewards = figures.rewards
    rows = _numbered((line.form.label, "lượt", line.count, line.amount_vnd) for line in rewards.lines)
    rows.append(ReportRow("", "Cộng", "lượt", rewards.count, rewards.amount_vnd, RowStyle.TOTAL))
    return rows
