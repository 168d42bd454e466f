"""Template C: Quyết định khen thưởng with its annexed list (DOCUMENTS.md §7).

A flowing Platypus document: the NĐ 30 header drawn on page 1, the decision's articles, "Nơi nhận"
beside the signature, then the annex on a new page (portrait, or landscape when any row has a note)
with its header row repeated on every page, a total row and the amount in words.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Table,
)

from sangkien_desktop.domain.text import format_number, money_in_words

from .blocks import (
    IssuerHeader,
    cell,
    distribution_block,
    draw_issuer_header,
    flowing_document,
    grid_table,
    para_style,
    side_by_side,
    signature_block,
)
from .fonts import SERIF_BOLD, SERIF_ITALIC, register_fonts
from .geometry import mm
from .text import caps, safe_markup

__all__ = ["AnnexRow", "DecisionDocument", "IssuerHeader", "annex_total", "render_c", "signing_lines"]

# Article wording: trusted markup with named fields; every value is escaped before substitution.
ARTICLE_1: Final = "<b>Điều 1.</b> Khen thưởng {who} có tên trong danh sách kèm theo Quyết định này {reason}."
ARTICLE_2_MONEY: Final = (
    "<b>Điều 2.</b> Mức thưởng: {rates}. Tổng số tiền thưởng: {total} đồng "
    "(Bằng chữ: {words}). Nguồn kinh phí: {fund}."
)
ARTICLE_2_NO_MONEY: Final = "<b>Điều 2.</b> Khen thưởng không kèm theo tiền thưởng."
ARTICLE_3: Final = (
    "<b>Điều 3.</b> Quyết định này có hiệu lực kể từ ngày ký. {implementers} chịu trách nhiệm thi hành "
    "Quyết định này."
)
DEFAULT_REASON: Final = "vì đã có thành tích xuất sắc trong hoạt động sáng kiến, cải tiến kỹ thuật"
DEFAULT_IMPLEMENTERS: Final = "Văn phòng Công đoàn cơ sở, các tập thể và cá nhân có tên tại Điều 1"
ANNEX_HEADINGS: Final = ("STT", "Họ và tên", "Chức vụ, đơn vị", "Tên sáng kiến", "Hình thức",
                         "Số tiền (đồng)", "Ghi chú")
PORTRAIT_WIDTHS: Final = (10, 36, 34, 45, 18, 22)  # mm, §7; no "Ghi chú" column
LANDSCAPE_WIDTHS: Final = (12, 45, 50, 75, 30, 30, 20)
AMOUNT_COLUMN: Final = 5
FIRST_BODY_TOP_MM: Final = 47.0  # page 1 flows under the header (lowest header baseline 39)


@dataclass(frozen=True)
class AnnexRow:
    """One line of the annex; already sorted by the caller (name key within each reward form)."""

    name: str
    position: str = ""  # "Chức vụ, đơn vị"
    initiative: str = ""
    form: str = ""  # label of the reward form, "Giấy khen"
    amount: int | None = None
    note: str = ""
    collective: bool = False


@dataclass(frozen=True)
class DecisionDocument:
    """Every value of a reward decision, formatted as printed (dates in words, labels)."""

    header: IssuerHeader
    subject: str  # "Về việc khen thưởng …"
    authority: str  # "Ban Chấp hành Công đoàn cơ sở Công ty …" (printed in capitals)
    legal_bases: tuple[str, ...]
    rows: tuple[AnnexRow, ...]
    signing: tuple[str, ...]  # ("TM. BAN CHẤP HÀNH", "CHỦ TỊCH") — see ``signing_lines``
    signer_name: str
    distribution: tuple[str, ...] = ()
    fund: str = "Quỹ công đoàn"
    reason: str = DEFAULT_REASON
    implementers: str = DEFAULT_IMPLEMENTERS
    annex_title: str = "Danh sách tập thể, cá nhân được khen thưởng"
    annex_reference: str = ""  # "(Kèm theo Quyết định số 05/QĐ-CĐCS ngày 12/3/2024 của …)"
    draft: bool = False
    landscape_annex: bool | None = None  # None: landscape when any row has a note (§7)


def signing_lines(on_behalf_of_chair: bool) -> tuple[str, str]:
    """Box 7 authority: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" when a vice-chair signs for the chair."""
    return ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH") if on_behalf_of_chair else ("TM. BAN CHẤP HÀNH", "CHỦ TỊCH")


def annex_total(rows: Sequence[AnnexRow]) -> int:
    return sum(row.amount or 0 for row in rows)


def _money(value: int) -> str:
    return format_number(value)


def _who(rows: Sequence[AnnexRow]) -> str:
    groups = sum(1 for r in rows if r.collective)
    people = len(rows) - groups
    parts = [f"{groups:02d} tập thể" if groups else "", f"{people:02d} cá nhân" if people else ""]
    return " và ".join(p for p in parts if p) or "các tập thể, cá nhân"


def _rates(rows: Sequence[AnnexRow]) -> str:
    """Money per reward form: one rate per person when equal, else the form's count and sum."""
    by_form: dict[str, list[int]] = {}
    for row in rows:
        if row.amount:
            by_form.setdefault(row.form or "Khen thưởng", []).append(row.amount)
    phrases = []
    for form, amounts in by_form.items():
        if len(set(amounts)) == 1:
            phrases.append(f"{form}: {_money(amounts[0])} đồng/suất × {len(amounts)} suất")
        else:
            phrases.append(f"{form}: {len(amounts)} suất, tổng {_money(sum(amounts))} đồng "
                           "(mức của từng suất theo danh sách kèm theo)")
    return "; ".join(phrases)


def _articles(data: DecisionDocument) -> list[Flowable]:
    style = para_style("article", indent_mm=10)
    total = annex_total(data.rows)
    first = ARTICLE_1.format(who=safe_markup(_who(data.rows)), reason=safe_markup(data.reason))
    if total:
        second = ARTICLE_2_MONEY.format(rates=safe_markup(_rates(data.rows)), total=_money(total),
                                        words=safe_markup(money_in_words(total)), fund=safe_markup(data.fund))
    else:
        second = ARTICLE_2_NO_MONEY
    third = ARTICLE_3.format(implementers=safe_markup(data.implementers))
    return [Paragraph(text, style) for text in (first, second, third)]


def _decision_body(data: DecisionDocument) -> list[Flowable]:
    centred_bold = para_style("title", font=SERIF_BOLD, align=TA_CENTER, after=0)
    basis = para_style("basis", font=SERIF_ITALIC, indent_mm=10, after=3)
    flow: list[Flowable] = [
        Paragraph("QUYẾT ĐỊNH", centred_bold),
        Paragraph(safe_markup(data.subject), centred_bold),
        HRFlowable(width=40 * mm, thickness=0.6, color=colors.black, spaceBefore=2, spaceAfter=12),
        Paragraph(safe_markup(caps(data.authority)),
                  para_style("authority", font=SERIF_BOLD, align=TA_CENTER)),
    ]
    flow += [Paragraph(safe_markup(_basis_line(line, n == len(data.legal_bases) - 1)), basis)
             for n, line in enumerate(data.legal_bases)]
    flow.append(Paragraph("QUYẾT ĐỊNH:", para_style("decides", font=SERIF_BOLD, align=TA_CENTER, before=6)))
    flow += _articles(data)
    signature = signature_block(data.signing, data.signer_name)
    flow.append(side_by_side(distribution_block(data.distribution), signature, (70, 95)))
    return flow


def _basis_line(line: str, last: bool) -> str:
    """Each basis reads "Căn cứ …;" and the last one ends with ".", as written by hand."""
    text = line.strip().rstrip(";.,").strip()
    if not text.lower().startswith("căn cứ"):
        text = f"Căn cứ {text[:1].lower()}{text[1:]}" if text else text
    return f"{text}{'.' if last else ';'}"


def _annex_is_landscape(data: DecisionDocument) -> bool:
    if data.landscape_annex is not None:
        return data.landscape_annex
    return any(row.note.strip() for row in data.rows)


def _annex_table(data: DecisionDocument, wide: bool) -> Table:
    widths = LANDSCAPE_WIDTHS if wide else PORTRAIT_WIDTHS
    rows: list[list[Flowable | str]] = []
    for n, row in enumerate(data.rows, start=1):
        amount = _money(row.amount) if row.amount else ""
        line: list[Flowable | str] = [cell(str(n), "center"), cell(row.name), cell(row.position),
                                      cell(row.initiative), cell(row.form), cell(amount, "right")]
        rows.append([*line, cell(row.note)] if wide else line)
    total: list[Flowable | str] = [cell("Tổng cộng", "center", bold=True), "", "", "", "",
                                   cell(_money(annex_total(data.rows)), "right", bold=True)]
    rows.append([*total, ""] if wide else total)
    last = len(rows)  # the header row comes first
    span = ("SPAN", (0, last), (AMOUNT_COLUMN - 1, last))
    return grid_table(ANNEX_HEADINGS[: len(widths)], rows, widths, [span])


def _annex(data: DecisionDocument, wide: bool) -> list[Flowable]:
    title = para_style("annex-title", font=SERIF_BOLD, align=TA_CENTER, after=0)
    reference = para_style("annex-ref", font=SERIF_ITALIC, size=13, align=TA_CENTER, after=10)
    words = para_style("annex-words", font=SERIF_ITALIC, size=13, align=TA_LEFT, before=6)
    total = annex_total(data.rows)
    flow: list[Flowable] = [Paragraph(safe_markup(caps(data.annex_title)), title)]
    if data.annex_reference:
        flow.append(Paragraph(safe_markup(data.annex_reference), reference))
    flow.append(_annex_table(data, wide))
    if total:
        flow.append(Paragraph(f"Bằng chữ: {safe_markup(money_in_words(total))}.", words))
    return flow


def render_c(data: DecisionDocument, *, invariant: bool = False) -> bytes:
    """The decision and its annex as PDF bytes (fonts embedded as subsets)."""
    register_fonts()
    buffer = io.BytesIO()
    def first_page(canvas: Canvas) -> None:
        draw_issuer_header(canvas, data.header)

    doc = flowing_document(buffer, "Quyết định khen thưởng", FIRST_BODY_TOP_MM, first_page,
                           draft=data.draft, invariant=invariant)
    wide = _annex_is_landscape(data)
    story = _decision_body(data)
    story += [NextPageTemplate("wide" if wide else "later"), PageBreak(), *_annex(data, wide)]
    doc.build(story)
    return buffer.getvalue()
