"""Template A: Giấy chứng nhận sáng kiến (A4 portrait, DOCUMENTS.md §5).

Fixed positions from the documentation's table; the numbers in the comments are its element numbers.
The NĐ 30 two-column header (``nd30_header``) is shared with the other administrative templates.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from sangkien_desktop.pdf.certificate import (
    CertificateData,
    Placed,
    Progress,
    StaticParts,
    caption_parts,
    draw_placed,
    draw_qr_block,
    place,
    render_pages,
)
from sangkien_desktop.pdf.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC
from sangkien_desktop.pdf.geometry import A4_PORTRAIT, Box, Page, mm, text_box
from sangkien_desktop.pdf.text import TextDoesNotFit, caps, plain

__all__ = ["NATIONAL_MOTTO", "NATIONAL_NAME", "PAGE", "QR_BOX", "CertificateData", "a_elements",
           "nd30_header", "render_a"]

PAGE: Final = A4_PORTRAIT
NATIONAL_NAME: Final = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
NATIONAL_MOTTO: Final = "Độc lập - Tự do - Hạnh phúc"
TITLE: Final = "GIẤY CHỨNG NHẬN SÁNG KIẾN"
VERB: Final = "CHỨNG NHẬN"
RULE_GAP_MM: Final = 1.5  # drawn rules sit 1.5 mm under their line's baseline (§2)
QR_BOX: Final = Box(30.0, PAGE.height_mm - 236.0, 22.0, 22.0)  # 23: x 30–52, top 214


def _line(page: Page, x1: float, x2: float, y: float, pitch: float, lines: int = 1) -> Box:
    return text_box(page, x1, x2, y, pitch, lines)


def nd30_header(page: Page, *, parent_org: str, issuer: str, number: str, place_date: str,
                left: tuple[float, float] = (30.0, 100.0), right: tuple[float, float] = (100.0, 195.0),
                ) -> tuple[list[Placed], list[tuple[float, float, float]]]:
    """The two-column header of NĐ 30 (§2 boxes 1–4): the text elements and the rules to draw,
    each rule as (x1_mm, x2_mm, y_mm from the top)."""
    elements: list[Placed] = []
    issuer_y = 24.0
    if parent_org:
        elements.append(place(caps(parent_org), SERIF, _line(page, *left, 24.0, 5.5), 12, 11,
                              pitch_mm=5.5, field="Cơ quan chủ quản"))
        issuer_y = 29.5
    issuer_el = place(caps(issuer), SERIF_BOLD, _line(page, *left, issuer_y, 5.5, 2), 12, 11, lines=2,
                      pitch_mm=5.5, field="Tên đơn vị")
    elements.append(issuer_el)
    issuer_rule_y = issuer_y + 5.5 * (len(issuer_el.fitted.lines) - 1) + RULE_GAP_MM
    left_centre = (left[0] + left[1]) / 2
    rules = [(left_centre - 15.0, left_centre + 15.0, issuer_rule_y)]
    if number:
        elements.append(place(f"Số: {plain(number)}", SERIF, _line(page, *left, 39.0, 5.5), 13, 11,
                              pitch_mm=5.5, field="Số"))
    elements.append(place(NATIONAL_NAME, SERIF_BOLD, _line(page, *right, 24.0, 5.5), 12, pitch_mm=5.5,
                          field="Quốc hiệu"))
    elements.append(place(NATIONAL_MOTTO, SERIF_BOLD, _line(page, *right, 29.5, 5.5), 13, pitch_mm=5.5,
                          field="Tiêu ngữ"))
    motto_w = stringWidth(NATIONAL_MOTTO, SERIF_BOLD, 13) / mm
    right_centre = (right[0] + right[1]) / 2
    rules.append((right_centre - motto_w / 2, right_centre + motto_w / 2, 29.5 + RULE_GAP_MM))
    if place_date:
        elements.append(place(place_date, SERIF_ITALIC, _line(page, *right, 39.0, 5.5), 13, 11,
                              pitch_mm=5.5, field="Địa danh, ngày tháng"))
    return elements, rules


def _static_elements(item: CertificateData) -> tuple[list[Placed], list[tuple[float, float, float]]]:
    """What a batch shares: header names, title, issuer clause, evidence sentence, authority."""
    elements, rules = nd30_header(PAGE, parent_org=item.parent_org, issuer=item.issuer_name, number="",
                                  place_date="")
    elements.append(place(TITLE, SERIF_BOLD, _line(PAGE, 30, 195, 62.0, 8.0), 18, pitch_mm=8.0,
                          field="Tiêu đề"))
    if item.issuer_clause:
        elements.append(place(caps(item.issuer_clause), SERIF_BOLD, _line(PAGE, 30, 195, 74.0, 4.8, 2),
                              14, 12, lines=2, pitch_mm=4.8, field="Người cấp giấy chứng nhận"))
    elements.append(place(VERB, SERIF_BOLD, _line(PAGE, 30, 195, 82.0, 6.0), 14, pitch_mm=6.0,
                          field="Chứng nhận"))
    if item.evidence:
        elements.append(place(item.evidence, SERIF_ITALIC, _line(PAGE, 40, 185, 189.0, 5.5, 2), 13, 11,
                              lines=2, pitch_mm=5.5, field="Câu xác nhận"))
    for index, line in enumerate(item.authority_lines[:2]):
        y = 205.0 + 6.0 * index
        elements.append(place(caps(line), SERIF_BOLD, _line(PAGE, 100, 195, y, 6.0), 14, 12,
                              pitch_mm=6.0, field="Thẩm quyền ký"))
    return elements, rules


def _co_authors(names: Sequence[str]) -> Placed:
    """17: every co-author, else as many as fit followed by "và N người khác"."""
    box = _line(PAGE, 40, 185, 164.0, 5.5)
    for shown in range(len(names), 0, -1):
        others = len(names) - shown
        text = "Đồng tác giả: " + ", ".join(plain(name) for name in names[:shown])
        if others:
            text += f" và {others} người khác"
        try:
            return place(text, SERIF, box, 13, 11, pitch_mm=5.5, field="Đồng tác giả", align="left")
        except TextDoesNotFit:
            continue
    return place(f"Đồng tác giả: {len(names)} người", SERIF, box, 13, 11, pitch_mm=5.5, field="Đồng tác giả",
                 align="left")


def _recipient(item: CertificateData) -> list[Placed]:
    """10: "Ông/Bà: " at 14 pt, then the name in capitals 16 bold (down to 14, never cut)."""
    label = f"{plain(item.honorific or 'Ông/Bà')}: "
    label_w = stringWidth(label, SERIF, 14) / mm
    return [
        place(label, SERIF, _line(PAGE, 40, 40 + label_w + 0.5, 94.0, 6.5), 14, pitch_mm=6.5,
              field="Danh xưng", align="left"),
        # "From 40" with no right limit in the table: up to the printable edge, so real long names fit.
        place(caps(item.recipient_name), SERIF_BOLD, _line(PAGE, 40 + label_w, 195, 94.0, 6.5), 16, 14,
              pitch_mm=6.5, field="Họ và tên người được chứng nhận", align="left"),
    ]


def _left(text: str, y: float, field: str, size: float = 14, min_size: float = 12,
          font: str = SERIF) -> Placed:
    return place(text, font, _line(PAGE, 40, 185, y, 6.0), size, min_size, pitch_mm=6.0, field=field,
                 align="left")


def _variable_elements(item: CertificateData) -> list[Placed]:
    elements: list[Placed] = []
    if item.number:
        elements.append(place(f"Số: {plain(item.number)}", SERIF, _line(PAGE, 30, 100, 39.0, 5.5), 13, 11,
                              pitch_mm=5.5, field="Số"))
    if item.place_date:
        elements.append(place(item.place_date, SERIF_ITALIC, _line(PAGE, 100, 195, 39.0, 5.5), 13, 11,
                              pitch_mm=5.5, field="Địa danh, ngày tháng"))
    elements += _recipient(item)
    if item.birth_date:
        elements.append(_left(f"Ngày sinh: {plain(item.birth_date)}", 101.0, "Ngày sinh"))
    if item.position_unit:
        elements.append(_left(f"Chức danh, đơn vị: {plain(item.position_unit)}", 108.0, "Chức danh, đơn vị"))
    elements.append(_left(item.authorship, 117.0, "Tư cách tác giả"))
    if item.initiative_title:
        elements.append(place(f"“{plain(item.initiative_title)}”", SERIF_BOLD,
                              _line(PAGE, 40, 185, 126.0, 7.0, 3), 14, 12, lines=3, pitch_mm=7.0,
                              field="Tên sáng kiến"))
    if item.field_text:
        elements.append(_left(f"Lĩnh vực áp dụng: {plain(item.field_text)}", 150.0, "Lĩnh vực áp dụng"))
    if item.first_applied:
        elements.append(_left(f"Ngày áp dụng lần đầu: {plain(item.first_applied)}", 157.0,
                              "Ngày áp dụng lần đầu"))
    if item.co_authors:
        elements.append(_co_authors(item.co_authors))
    if item.decision_text:
        elements.append(place(item.decision_text, SERIF, _line(PAGE, 40, 185, 173.0, 7.0, 2), 14, 12,
                              lines=2, pitch_mm=7.0, field="Quyết định công nhận", align="left"))
    if item.signer_name:
        elements.append(place(item.signer_name, SERIF_BOLD, _line(PAGE, 100, 195, 250.0, 6.0), 14, 12,
                              pitch_mm=6.0, field="Người ký"))
    elements += _caption(item)
    if item.register_number:
        elements.append(place(f"Số vào sổ: {plain(item.register_number)}", SERIF,
                              _line(PAGE, 30, 100, 250.0, 5.0), 12, 10, pitch_mm=5.0, field="Số vào sổ",
                              align="left"))
    return elements


def _caption(item: CertificateData) -> list[Placed]:
    """24: serial and check code under the QR, 9 pt, one per line in x 30–75 from y 240."""
    return [place(text, SERIF, _line(PAGE, 30, 75, 240.0 + 3.8 * index, 3.8), 9, 7, pitch_mm=3.8,
                  field="Số hiệu", align="left") for index, text in enumerate(caption_parts(item))]


def a_elements(item: CertificateData) -> list[Placed]:
    """Every text element of one certificate, fitted (raises ``TextDoesNotFit``)."""
    return _static_elements(item)[0] + _variable_elements(item)


def _static_key(item: CertificateData) -> tuple[object, ...]:
    return (item.parent_org, item.issuer_name, item.issuer_clause, item.evidence, item.authority_lines)


def _draw_rules(canvas: Canvas, rules: Sequence[tuple[float, float, float]]) -> None:
    canvas.setLineWidth(0.6)
    for x1, x2, y in rules:
        canvas.line(x1 * mm, PAGE.y_from_top(y) * mm, x2 * mm, PAGE.y_from_top(y) * mm)


def render_a(items: Sequence[CertificateData], *, invariant: bool = False,
             progress: Progress | None = None) -> bytes:
    """One Giấy chứng nhận sáng kiến per item, in one PDF (fonts embedded once)."""
    static = StaticParts()

    def draw_page(canvas: Canvas, item: CertificateData) -> None:
        elements, rules = _static_elements(item) if _static_key(item) not in static else ([], [])
        variable = _variable_elements(item)  # fitted before anything is drawn: errors leave no half form

        def paint(c: Canvas) -> None:
            draw_placed(c, elements)
            _draw_rules(c, rules)

        static.draw(canvas, _static_key(item), paint)
        draw_placed(canvas, variable)
        if item.qr is not None:
            draw_qr_block(canvas, item.qr, QR_BOX)

    return render_pages(PAGE, TITLE.capitalize(), items, draw_page, invariant=invariant, progress=progress)
