"""What the certificates (templates A and B) print, and the drawing machinery they share.

``CertificateData`` holds plain, already formatted values (dates, numbers, sentences): the services
build it; the templates only normalise, fit and draw. Every page of a batch is drawn on one canvas,
so each font face is embedded once (as a subset), and the parts that do not change from page to page
are drawn once into a PDF form (``StaticParts``) that each page reuses.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Final

from reportlab import rl_config
from reportlab.lib.colors import Color, black
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.pdf.fonts import SERIF, register_fonts
from sangkien_desktop.pdf.geometry import Box, Page, mm
from sangkien_desktop.pdf.qr import QrBlock, draw_qr
from sangkien_desktop.pdf.text import Align, Fitted, TextDoesNotFit, draw_fitted, fit, plain

__all__ = [
    "RED",
    "CertificateData",
    "Placed",
    "Progress",
    "QrBlock",
    "StaticParts",
    "binary_streams",
    "caption_parts",
    "draw_placed",
    "draw_qr_block",
    "load_image",
    "place",
    "render_pages",
]

RED: Final = Color(0xC0 / 255, 0, 0)  # #C00000, the red of the titles on union papers
Progress = Callable[[int, int], None]  # (pages done, pages in all)


@dataclass(frozen=True)
class CertificateData:
    """Every value certificates A (Giấy chứng nhận sáng kiến) and B (Giấy khen) print.

    Values are plain text, already formatted by the service; the templates add the fixed labels
    ("Số: ", "Ngày sinh: ", …). Empty optional values leave their line out.
    """

    recipient_name: str                  # A10 and B7; a collective's name for B
    serial: str = ""                     # "ABC-2024-00007", printed under the QR
    verification_code: str = ""          # "K7Q2M-Z4XP1"
    qr: QrBlock | None = None
    parent_org: str = ""                 # A1: the employer's parent organisation
    issuer_name: str = ""                # A2 the employer; B4 "BAN CHẤP HÀNH CÔNG ĐOÀN CƠ SỞ …"
    issuer_subline: str = ""             # B4 second line "(trực thuộc …)"
    number: str = ""                     # A3 "07/CN-ABC"
    place_date: str = ""                 # A6, B11 "Hải Phòng, ngày 05 tháng 3 năm 2024"
    issuer_clause: str = ""              # A8 "GIÁM ĐỐC CÔNG TY CỔ PHẦN ABC"
    honorific: str = "Ông/Bà"            # A10 label; B7 prefix ("" for a collective)
    birth_date: str = ""                 # A11 "12/5/1988"
    position_unit: str = ""              # A12, B8 "Tổ trưởng, Phân xưởng Dệt 2"
    authorship: str = "Là tác giả của sáng kiến:"  # A13
    initiative_title: str = ""           # A14, printed in curly quotes
    field_text: str = ""                 # A15
    first_applied: str = ""              # A16 "01/3/2023"
    co_authors: tuple[str, ...] = ()     # A17 "Trần Văn B (35%)"
    decision_text: str = ""              # A18 full sentence; B10 "Quyết định số 05/QĐ-CĐCS ngày 12/3/2024"
    evidence: str = ""                   # A19 one sentence
    citation: str = ""                   # B9 "Đã có thành tích xuất sắc trong …"
    register_number: str = ""            # A25 "07/2024" (Số vào sổ); B10 "012" (Số sổ vàng)
    authority_lines: tuple[str, ...] = ("TM. BAN CHẤP HÀNH", "CHỦ TỊCH")  # A20, B12
    signer_name: str = ""                # A22, B14

    @property
    def record_label(self) -> str:
        """How messages name this certificate: the recipient, and the serial when there is one."""
        name = plain(self.recipient_name)
        return f"{name} ({plain(self.serial)})" if self.serial else name


@dataclass(frozen=True)
class Placed:
    """A fitted text element and where it goes."""

    fitted: Fitted
    font: str
    box: Box
    align: Align = "center"
    color: Color = black


def place(text: str, font: str, box: Box, max_size: float, min_size: float | None = None, *,
          lines: int = 1, pitch_mm: float, field: str, align: Align = "center",
          color: Color = black) -> Placed:
    """Fit ``text`` into ``box`` (see ``text.fit``); ``field`` names the element in messages."""
    fitted = fit(text, font, box.w_pt, max_size, max_size if min_size is None else min_size, lines,
                 pitch_pt=pitch_mm * mm, field=field)
    return Placed(fitted, font, box, align, color)


def draw_placed(canvas: Canvas, elements: Sequence[Placed]) -> None:
    for element in elements:
        canvas.setFillColor(element.color)
        draw_fitted(canvas, element.fitted, element.font, element.box, element.align)
    canvas.setFillColor(black)


def load_image(path: Path, what: str) -> ImageReader:
    """An image read once per document; a missing or unreadable file is a ``KnownError`` naming it."""
    if not path.is_file():
        raise KnownError(f"Không tìm thấy tệp ảnh {what} “{path}”. Hãy chọn lại ảnh trong Cài đặt.")
    try:
        reader = ImageReader(str(path))
        reader.getSize()
    except Exception as exc:  # Pillow raises several types for damaged or unknown images
        raise KnownError(f"Không đọc được tệp ảnh {what} “{path}” ({exc}).") from exc
    return reader


def draw_qr_block(canvas: Canvas, block: QrBlock, box: Box) -> None:
    """Draw the QR code alone in ``box``: the templates print the caption at its documented place.
    As a 1-bit image mask: the same sharp modules as a path of rectangles, at a quarter of the bytes
    and less work per page (a batch of 1,000 certificates is the case that matters)."""
    draw_qr(canvas, replace(block, caption=""), box, style="stencil")


def caption_parts(item: CertificateData) -> list[str]:
    """The serial and check code printed with the QR (§10), or the QR block's own caption lines."""
    parts = [text for text in (item.serial and f"Số hiệu: {plain(item.serial)}",
                               item.verification_code and f"Mã kiểm tra: {plain(item.verification_code)}")
             if text]
    if not parts and item.qr is not None:
        parts = [plain(line) for line in item.qr.caption_lines]
    return parts


@dataclass
class StaticParts:
    """Page parts that repeat across a batch, drawn once each as a PDF form and reused by key."""

    _names: dict[object, str] = field(default_factory=dict)

    def __contains__(self, key: object) -> bool:
        return key in self._names

    def draw(self, canvas: Canvas, key: object, painter: Callable[[Canvas], None]) -> None:
        name = self._names.get(key)
        if name is None:
            name = self._names[key] = f"Static{len(self._names)}"
            canvas.beginForm(name)
            painter(canvas)
            canvas.endForm()
        canvas.doForm(name)


def binary_streams() -> None:
    """Compressed page streams without the ASCII85 layer: ReportLab encodes ASCII85 in pure Python
    (most of a large batch's save time without its C accelerator) and it makes files 25 % larger."""
    rl_config.useA85 = 0


def render_pages(page: Page, title: str, items: Sequence[CertificateData],
                 draw_page: Callable[[Canvas, CertificateData], None], *, invariant: bool = False,
                 progress: Progress | None = None, no_print_scaling: bool = False) -> bytes:
    """One page per item on one canvas; a ``TextDoesNotFit`` names the record it came from."""
    register_fonts()
    binary_streams()
    buffer = io.BytesIO()
    # The body font as the initial font: otherwise every page names Helvetica, never embedded.
    canvas = Canvas(buffer, pagesize=page.size_pt, initialFontName=SERIF, initialFontSize=12,
                    invariant=1 if invariant else 0, pageCompression=1)
    canvas.setTitle(title)
    canvas.setCreator("Sáng kiến Desktop")
    if no_print_scaling:
        canvas.setViewerPreference("PrintScaling", "None")
    for done, item in enumerate(items, start=1):
        try:
            draw_page(canvas, item)
        except TextDoesNotFit as exc:
            raise exc.for_record(item.record_label) from exc
        canvas.showPage()
        if progress is not None:
            progress(done, len(items))
    canvas.save()
    return buffer.getvalue()
