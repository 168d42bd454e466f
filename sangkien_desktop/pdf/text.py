"""Text for the printed papers (DOCUMENTS.md §4): normalising, escaping and fitting into boxes.

Fitting follows the rule agreed between the PDF slices: shrink in 0.5 pt steps down to the minimum
size on one line, then wrap (greedy by words, an over-long word broken by characters) to at most the
allowed number of lines at the minimum size; if even that does not fit, refuse (``TextDoesNotFit``)
rather than cut or overflow. Widths come from the real font metrics.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final, Literal
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.text import nfc, without_controls
from sangkien_desktop.pdf.geometry import BASELINE_RATIO, Box, mm

__all__ = ["Align", "Fitted", "TextDoesNotFit", "caps", "draw_fitted", "fit", "plain", "safe_markup",
           "shorten", "wrap"]

Align = Literal["center", "left", "right"]
STEP: Final = 0.5
DEFAULT_LEADING: Final = 1.2  # line pitch as a multiple of the size when the layout gives none


def plain(text: str) -> str:
    """Text for ``canvas.drawString``: NFC, control characters gone (line breaks become spaces)."""
    return nfc(" ".join(without_controls(text).split()))


def caps(text: str) -> str:
    """Upper case as the documents print it: NFC, upper, NFC again (§4.1)."""
    return nfc(plain(text).upper())


def safe_markup(text: str) -> str:
    """User text ready for ``Paragraph`` markup: NFC, no control characters, ``& < >`` escaped and
    line breaks as ``<br/>`` (added after escaping, so they are the only tags)."""
    lines = nfc(without_controls(text.replace("\r\n", "\n"), keep="\n")).split("\n")
    return "<br/>".join(escape(line) for line in lines)


def shorten(text: str, limit: int = 40) -> str:
    """The text cut to ``limit`` characters with "…", for messages."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class TextDoesNotFit(KnownError):
    """A value that cannot fit its box even at the minimum size: reported, never cut silently."""

    def __init__(self, text: str, field: str, record: str = "", min_size: float = 0.0,
                 max_lines: int = 1) -> None:
        self.text, self.field, self.record = text, field, record
        self.min_size, self.max_lines = min_size, max_lines
        whose = f" của {record}" if record else ""
        where = f"{field}{whose}" if field else f"Nội dung{whose}"
        lines = "một dòng" if max_lines == 1 else f"{max_lines} dòng"
        super().__init__(
            f"{where} quá dài để in: “{shorten(text)}” không vừa ô in ngay cả với cỡ chữ nhỏ nhất "
            f"{min_size:g} pt trên {lines}. Hãy rút gọn nội dung này trước khi in.")

    def for_record(self, record: str) -> TextDoesNotFit:
        """The same finding naming the record it belongs to."""
        return TextDoesNotFit(self.text, self.field, record, self.min_size, self.max_lines)


@dataclass(frozen=True)
class Fitted:
    """Lines ready to draw, at ``size`` pt with ``leading`` pt between baselines."""

    lines: tuple[str, ...]
    size: float
    leading: float


def _break_word(word: str, font: str, size: float, width_pt: float) -> list[str]:
    pieces, current = [], ""
    for ch in word:
        if current and stringWidth(current + ch, font, size) > width_pt:
            pieces.append(current)
            current = ch
        else:
            current += ch
    return [*pieces, current] if current else pieces


def wrap(text: str, font: str, size: float, width_pt: float) -> list[str]:
    """Greedy word wrap by real widths; a word wider than the line is broken by characters."""
    space = stringWidth(" ", font, size)
    lines: list[str] = []
    current, current_w = "", 0.0
    for word in text.split():
        word_w = stringWidth(word, font, size)
        if current and current_w + space + word_w <= width_pt:
            current, current_w = f"{current} {word}", current_w + space + word_w
            continue
        if current:
            lines.append(current)
        if word_w <= width_pt:
            current, current_w = word, word_w
            continue
        *whole, current = _break_word(word, font, size, width_pt)
        lines.extend(whole)
        current_w = stringWidth(current, font, size)
    if current:
        lines.append(current)
    return lines


def fit(text: str, font: str, width_pt: float, max_size: float, min_size: float, max_lines: int, *,
        pitch_pt: float | None = None, field: str = "") -> Fitted:
    """Fit ``text`` (drawn plain) into a box ``width_pt`` wide: the largest size in 0.5 pt steps from
    ``max_size`` down to ``min_size`` that holds it on one line, else wrapped at ``min_size`` on at
    most ``max_lines`` lines; ``TextDoesNotFit`` (naming ``field``) when even that fails.

    ``pitch_pt`` is the documented distance between baselines; without it, 1.2 x the size."""
    value = plain(text)
    unit_width = stringWidth(value, font, 1.0)
    # Width is linear in the size, so the largest fitting step is computed, not searched.
    steps_down = 0 if unit_width * max_size <= width_pt else math.ceil(
        (max_size - width_pt / unit_width) / STEP - 1e-9)
    size = max_size - steps_down * STEP
    if size >= min_size and stringWidth(value, font, size) <= width_pt:
        return Fitted((value,) if value else (), size, pitch_pt or size * DEFAULT_LEADING)
    lines = wrap(value, font, min_size, width_pt)
    if len(lines) > max_lines or max_lines < 2:
        raise TextDoesNotFit(value, field, min_size=min_size, max_lines=max_lines)
    return Fitted(tuple(lines), min_size, pitch_pt or min_size * DEFAULT_LEADING)


def draw_fitted(canvas: Canvas, fitted: Fitted, font: str, box: Box, align: Align = "center") -> None:
    """Draw the lines top-down in ``box``: the first baseline 80 % of a line pitch below the top."""
    canvas.setFont(font, fitted.size, fitted.leading)
    y = box.top_mm * mm - BASELINE_RATIO * fitted.leading
    for line in fitted.lines:
        if align == "center":
            canvas.drawCentredString(box.centre_x_mm * mm, y, line)
        elif align == "right":
            canvas.drawRightString(box.right_mm * mm, y, line)
        else:
            canvas.drawString(box.x_mm * mm, y, line)
        y -= fitted.leading
