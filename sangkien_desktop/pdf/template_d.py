"""Template D: Đơn yêu cầu công nhận sáng kiến (TT 18/2013/TT-BKHCN, Phụ lục I; DOCUMENTS.md §8).

No issuer block: quốc hiệu and tiêu ngữ centred over the full width, the title and "Kính gửi" at
fixed positions on page 1, then the authors' table and the sections flowing over as many pages as
the descriptions need, and one signature space per author.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from sangkien_desktop.domain.errors import FieldProblem, ValidationError
from sangkien_desktop.domain.text import format_number

from .blocks import (
    RIGHT_COLUMN,
    cell,
    draw_centred,
    draw_national_header,
    flowing_document,
    grid_table,
    para_style,
    side_by_side,
    signature_block,
)
from .fonts import SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts
from .geometry import A4_PORTRAIT, mm, text_box
from .text import draw_fitted, fit, safe_markup

__all__ = ["AuthorRow", "ParticipantRow", "RequestDocument", "render_d"]

TITLE: Final = "ĐƠN YÊU CẦU CÔNG NHẬN SÁNG KIẾN"
AUTHOR_HEADINGS: Final = ("Số TT", "Họ và tên", "Ngày tháng năm sinh", "Nơi công tác (hoặc nơi thường trú)",
                          "Chức danh", "Trình độ chuyên môn",
                          "Tỷ lệ (%) đóng góp vào việc tạo ra sáng kiến")
AUTHOR_WIDTHS: Final = (10, 35, 22, 33, 22, 22, 21)
PARTICIPANT_HEADINGS: Final = ("Số TT", "Họ và tên", "Ngày tháng năm sinh", "Nơi công tác", "Chức danh",
                               "Trình độ chuyên môn", "Nội dung công việc hỗ trợ")
PARTICIPANT_WIDTHS: Final = (10, 33, 20, 30, 22, 22, 28)
# Section labels (TT 18 Phụ lục I; compare with the original before release, DOCUMENTS.md §8).
INTRO: Final = "Tôi (chúng tôi):"
TITLE_LINE: Final = "Là tác giả (nhóm tác giả) đề nghị xét công nhận sáng kiến: "
INVESTOR: Final = "Chủ đầu tư tạo ra sáng kiến: "
FIELD: Final = "Lĩnh vực áp dụng sáng kiến: "
FIRST_APPLIED: Final = "Ngày sáng kiến được áp dụng lần đầu hoặc áp dụng thử: "
NATURE: Final = "Mô tả bản chất của sáng kiến:"
CONFIDENTIAL: Final = "Những thông tin cần được bảo mật (nếu có): "
CONDITIONS: Final = "Các điều kiện cần thiết để áp dụng sáng kiến: "
BENEFIT_AUTHOR: Final = ("Đánh giá lợi ích thu được hoặc dự kiến có thể thu được do áp dụng sáng kiến "
                         "theo ý kiến của tác giả: ")
BENEFIT_APPLIER: Final = ("Đánh giá lợi ích thu được hoặc dự kiến có thể thu được do áp dụng sáng kiến "
                          "theo ý kiến của tổ chức, cá nhân đã tham gia áp dụng sáng kiến lần đầu, kể cả "
                          "áp dụng thử (nếu có): ")
PARTICIPANTS: Final = "Danh sách những người đã tham gia áp dụng thử hoặc áp dụng sáng kiến lần đầu:"
DECLARATION: Final = ("Tôi (chúng tôi) xin cam đoan mọi thông tin nêu trong đơn là trung thực, đúng sự thật "
                      "và hoàn toàn chịu trách nhiệm trước pháp luật.")
NATURE_PARTS: Final = (
    ("problem", "Vấn đề cần giải quyết: "), ("prior_state", "Tình trạng giải pháp đã biết: "),
    ("content", "Nội dung giải pháp: "), ("applicability", "Khả năng áp dụng: "),
)
SEE_ATTACHED: Final = " (xem tài liệu kèm theo)"
FIRST_BODY_TOP_MM: Final = 63.0  # page 1 flows under "Kính gửi" (baseline 57)
SIGNATURE_COLUMN_MM: Final = RIGHT_COLUMN[1] - RIGHT_COLUMN[0]


@dataclass(frozen=True)
class AuthorRow:
    name: str
    birth_date: str = ""  # already formatted, dd/mm/yyyy or the year
    workplace: str = ""
    job_title: str = ""
    qualification: str = ""
    share_pct: Decimal | None = None


@dataclass(frozen=True)
class ParticipantRow:
    name: str
    birth_date: str = ""
    workplace: str = ""
    job_title: str = ""
    qualification: str = ""
    support_work: str = ""


@dataclass(frozen=True)
class RequestDocument:
    """The request's values as printed; empty strings leave a section's value blank."""

    addressee: str
    authors: tuple[AuthorRow, ...]
    title: str
    place_date: str  # "Hải Phòng, ngày 05 tháng 3 năm 2024"
    investor: str = ""
    field_text: str = ""
    first_applied_on: str = ""
    problem: str = ""
    prior_state: str = ""
    content: str = ""
    applicability: str = ""
    has_attachments: bool = False
    confidential_info: str = ""
    conditions: str = ""
    benefit_by_author: str = ""
    benefit_value: str = ""  # "12.500.000 đồng/năm", in figures
    benefit_by_applier: str = ""
    participants: tuple[ParticipantRow, ...] = ()


def _share(value: Decimal | None) -> str:
    if value is None:
        return ""
    return format_number(value, 0 if value == value.to_integral_value() else 2)


def _check_shares(authors: tuple[AuthorRow, ...]) -> None:
    """Printing is blocked while the shares do not sum to 100.00 (DOMAIN.md §6)."""
    total = sum((a.share_pct or Decimal(0) for a in authors), Decimal(0))
    if not authors or total != Decimal(100):
        shown = format_number(total, 2)
        raise ValidationError([FieldProblem(
            "authors", "Tác giả",
            f"tổng tỷ lệ đóng góp của các tác giả là {shown}%, phải đúng 100% thì mới in được đơn")])


def _labelled(label: str, value: str, bold_value: bool = False) -> Paragraph:
    text = safe_markup(value)
    return Paragraph(f"- {safe_markup(label)}{f'<b>{text}</b>' if bold_value else text}", _body())


def _body() -> ParagraphStyle:
    return para_style("d-body", indent_mm=10, after=4)


def _authors_table(data: RequestDocument) -> Table:
    rows = [[cell(str(n), "center"), cell(a.name), cell(a.birth_date, "center"), cell(a.workplace),
             cell(a.job_title), cell(a.qualification), cell(_share(a.share_pct), "center")]
            for n, a in enumerate(data.authors, start=1)]
    return grid_table(AUTHOR_HEADINGS, rows, AUTHOR_WIDTHS)


def _participants_table(data: RequestDocument) -> Table:
    rows = [[cell(str(n), "center"), cell(p.name), cell(p.birth_date, "center"), cell(p.workplace),
             cell(p.job_title), cell(p.qualification), cell(p.support_work)]
            for n, p in enumerate(data.participants, start=1)]
    return grid_table(PARTICIPANT_HEADINGS, rows, PARTICIPANT_WIDTHS)


def _nature(data: RequestDocument) -> list[Flowable]:
    sub = para_style("d-sub", indent_mm=15, after=3)
    flow: list[Flowable] = [_labelled(NATURE, "")]
    for attribute, label in NATURE_PARTS:
        value = str(getattr(data, attribute))
        if value.strip():
            flow.append(Paragraph(f"+ {safe_markup(label)}{safe_markup(value)}", sub))
    if data.has_attachments:
        flow.append(Paragraph(safe_markup(SEE_ATTACHED.strip()), sub))
    return flow


def _benefit_by_author(data: RequestDocument) -> str:
    if data.benefit_value and data.benefit_by_author:
        return f"{data.benefit_by_author} Giá trị làm lợi: {data.benefit_value}."
    return data.benefit_by_author or (f"Giá trị làm lợi: {data.benefit_value}." if data.benefit_value else "")


def _signatures(data: RequestDocument) -> list[Flowable]:
    """Place and date, "Người nộp đơn" and the hint in the right column; one 25 mm space and name per
    author under it (up to two), or a two-column grid of authors for a larger group."""
    place = para_style("d-place", font=SERIF_ITALIC, align=TA_CENTER, after=0)
    heading = [Paragraph(safe_markup(data.place_date), place),
               *signature_block(("Người nộp đơn",), "", hint="(Ký và ghi rõ họ tên)", blank_mm=0,
                                upper=False)]
    names = [signature_block((), a.name, blank_mm=25) for a in data.authors]
    if len(names) <= 2:
        right = heading + [f for name in names for f in name]
        return [Spacer(1, 4 * mm), KeepTogether(side_by_side([], right, (70, SIGNATURE_COLUMN_MM)))]
    top = side_by_side([], heading, (70, SIGNATURE_COLUMN_MM))
    flow: list[Flowable] = [Spacer(1, 4 * mm), KeepTogether(top)]
    half = (70 + SIGNATURE_COLUMN_MM) / 2
    for i in range(0, len(names), 2):
        pair = names[i:i + 2]
        flow.append(KeepTogether(side_by_side(pair[0], pair[1] if len(pair) > 1 else [], (half, half))))
    return flow


def _story(data: RequestDocument) -> list[Flowable]:
    title = f"{safe_markup(TITLE_LINE)}<b>“{safe_markup(data.title)}”</b>"
    flow: list[Flowable] = [Paragraph(INTRO, para_style("d-intro", after=4)), _authors_table(data),
                            Spacer(1, 4 * mm), Paragraph(title, _body())]
    flow.append(_labelled(INVESTOR, data.investor))
    flow.append(_labelled(FIELD, data.field_text))
    flow.append(_labelled(FIRST_APPLIED, data.first_applied_on))
    flow += _nature(data)
    flow.append(_labelled(CONFIDENTIAL, data.confidential_info or "Không"))
    flow.append(_labelled(CONDITIONS, data.conditions))
    flow.append(_labelled(BENEFIT_AUTHOR, _benefit_by_author(data)))
    flow.append(_labelled(BENEFIT_APPLIER, data.benefit_by_applier))
    if data.participants:
        flow += [_labelled(PARTICIPANTS, ""), _participants_table(data), Spacer(1, 4 * mm)]
    flow.append(Paragraph(safe_markup(DECLARATION), para_style("d-declare", align=TA_JUSTIFY, indent_mm=10)))
    return flow + _signatures(data)


def _first_page(data: RequestDocument, canvas: Canvas) -> None:
    centre = (30 + 195) / 2
    draw_national_header(canvas, centre, (24.0, 30.0), sizes=(13.0, 14.0))
    draw_centred(canvas, TITLE, SERIF_BOLD, 14, centre, 45.0)
    addressee = fit(f"Kính gửi: {data.addressee}", SERIF, 145 * mm, 14, 12, 1, pitch_pt=6 * mm,
                    field="Kính gửi")
    draw_fitted(canvas, addressee, SERIF, text_box(A4_PORTRAIT, 50, 195, 57.0, 6), "left")


def render_d(data: RequestDocument, *, invariant: bool = False) -> bytes:
    """The request as PDF bytes; refuses (``ValidationError``) while the shares do not sum to 100."""
    _check_shares(data.authors)
    register_fonts()
    buffer = io.BytesIO()
    doc = flowing_document(buffer, "Đơn yêu cầu công nhận sáng kiến", FIRST_BODY_TOP_MM,
                           lambda canvas: _first_page(data, canvas), invariant=invariant)
    doc.build(_story(data))
    return buffer.getvalue()
