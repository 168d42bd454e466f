"""The verification QR block of the certificates (DOCUMENTS.md §10): the code and its caption.

The module matrix is computed once per payload by zxing-cpp (``qr_encoder``; a small in-memory
cache serves previews and reprints) and drawn as one filled path of rectangles, one per horizontal
run of dark modules.
Coordinates are written in module units under one scaling transform, so the path is a few
kilobytes of short integers, not hundreds of drawing objects. (Merging identical runs of
consecutive rows saved only 13 % of the rectangles for twice the time, so it is not done.)
The "stencil" style paints the same modules as a 1-bit image mask: about a quarter of the bytes.
No ReportLab QR widget: it encodes twice, is pure-Python slow and pulls in a non-embedded Helvetica.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, Literal, Protocol

from reportlab.lib.colors import black
from reportlab.pdfgen.canvas import Canvas

from .fonts import SERIF, register_fonts
from .geometry import Box, mm
from .qr_encoder import QrMatrix, encode

__all__ = ["CAPTION_LEADING_PT", "CAPTION_SIZE_PT", "QUIET_ZONE", "QrBlock", "QrMatrix", "QrStyle", "draw_qr",
           "qr_matrix", "qr_path_operators", "qr_stencil_operators"]

QUIET_ZONE: Final = 4  # modules of white around the code, inside the drawn size
CAPTION_SIZE_PT: Final = 9.0
CAPTION_LEADING_PT: Final = 10.5
_DARK_RUN: Final = re.compile("1+")
QrStyle = Literal["path", "stencil"]


@dataclass(frozen=True)
class QrBlock:
    """What the QR block prints: the signed payload ("SK1:…") and the caption lines under it
    (serial and check code, separated by a line break)."""

    payload: str
    caption: str = ""

    @property
    def caption_lines(self) -> list[str]:
        return [line for line in self.caption.splitlines() if line.strip()]


class _BoxLike(Protocol):
    @property
    def x_mm(self) -> float: ...
    @property
    def y_mm(self) -> float: ...
    @property
    def w_mm(self) -> float: ...
    @property
    def h_mm(self) -> float: ...


@functools.lru_cache(maxsize=256)
def qr_matrix(payload: str) -> QrMatrix:
    """The module matrix of ``payload`` (level M), cached: a preview then a print encode once."""
    return encode(payload)


@functools.lru_cache(maxsize=256)
def qr_path_operators(payload: str) -> str:
    """PDF path operators filling the dark modules, in module units with (0, 0) at the bottom left
    of the symbol (quiet zone excluded)."""
    matrix = qr_matrix(payload)
    top = matrix.size - 1
    parts = [
        f"{run.start()} {top - row} {run.end() - run.start()} 1 re"
        for row, line in enumerate(matrix.lines)
        for run in _DARK_RUN.finditer(line)
    ]
    return " ".join(parts) + " f"


@functools.lru_cache(maxsize=256)
def qr_stencil_operators(payload: str) -> str:
    """The symbol as a 1-bit inline image mask in the unit square (dark modules paint with the fill
    colour): a quarter of the path's size and faster to write, for large batches."""
    matrix = qr_matrix(payload)
    size = matrix.size
    pad = -size % 8
    row_hex = 2 * ((size + pad) // 8)
    data = "".join(f"{int(line, 2) << pad:0{row_hex}X}" for line in matrix.lines)
    return f"BI /IM true /W {size} /H {size} /BPC 1 /D [1 0] /F /AHx ID {data}> EI"


def code_side_mm(box: _BoxLike, caption_lines: int) -> float:
    """The side of the square (quiet zone included) that fits in ``box`` above the caption."""
    caption_mm = caption_lines * CAPTION_LEADING_PT / mm
    return max(0.0, min(box.w_mm, box.h_mm - caption_mm))


def draw_qr(canvas: Canvas, block: QrBlock, box: _BoxLike | Box, *, style: QrStyle = "path") -> None:
    """Draw ``block`` in ``box`` (mm from the page's bottom-left): the code as a square (quiet zone
    of 4 modules included) at the top, centred, as large as the box allows; the caption lines in
    9 pt, centred below it. ``style`` "path" fills one rectangle per dark run (DOCUMENTS.md §10);
    "stencil" paints the same modules as a 1-bit image mask (smaller files, same sharp edges)."""
    lines = block.caption_lines
    side_mm = code_side_mm(box, len(lines))
    matrix = qr_matrix(block.payload)
    modules = matrix.size + 2 * QUIET_ZONE
    unit_pt = side_mm * mm / modules
    left_pt = (box.x_mm + (box.w_mm - side_mm) / 2) * mm
    bottom_pt = (box.y_mm + box.h_mm - side_mm) * mm
    canvas.saveState()
    canvas.setFillColor(black)
    origin_x, origin_y = left_pt + QUIET_ZONE * unit_pt, bottom_pt + QUIET_ZONE * unit_pt
    if style == "stencil":
        side_pt = matrix.size * unit_pt
        canvas.transform(side_pt, 0, 0, side_pt, origin_x, origin_y)
        canvas.addLiteral(qr_stencil_operators(block.payload))
    else:
        canvas.transform(unit_pt, 0, 0, unit_pt, origin_x, origin_y)
        canvas.addLiteral(qr_path_operators(block.payload))
    canvas.restoreState()
    if lines:
        _draw_caption(canvas, lines, (box.x_mm + box.w_mm / 2) * mm, bottom_pt)


def _draw_caption(canvas: Canvas, lines: Sequence[str], centre_pt: float, top_pt: float) -> None:
    register_fonts()
    canvas.setFillColor(black)
    canvas.setFont(SERIF, CAPTION_SIZE_PT)
    for i, line in enumerate(lines):
        canvas.drawCentredString(centre_pt, top_pt - CAPTION_SIZE_PT - i * CAPTION_LEADING_PT, line)
