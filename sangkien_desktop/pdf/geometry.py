"""Page geometry in millimetres.

DOCUMENTS.md gives positions from the **top-left** corner of the sheet with y = text baseline;
ReportLab's origin is the bottom-left corner. ``Box`` is always bottom-left based (as the canvas);
``text_box`` and ``Page.box`` convert from the documented top-left figures.

A text box is a stack of line bands, each one line pitch high, with the baseline 80 % down the band
(the classic line-box model): the band holds the stacked marks of Vietnamese capitals above and the
descenders below, and a line keeps its documented baseline whatever size the fitting chooses.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from reportlab.lib import units

__all__ = ["A4_LANDSCAPE", "A4_PORTRAIT", "BASELINE_RATIO", "Box", "Page", "mm", "text_box"]

BASELINE_RATIO: Final = 0.8  # where the baseline sits in a line band, from its top
mm: Final[float] = float(units.mm)  # points per millimetre


@dataclass(frozen=True)
class Box:
    """A rectangle in mm, measured from the page's bottom-left corner."""

    x_mm: float
    y_mm: float
    w_mm: float
    h_mm: float

    @property
    def right_mm(self) -> float:
        return self.x_mm + self.w_mm

    @property
    def top_mm(self) -> float:
        return self.y_mm + self.h_mm

    @property
    def centre_x_mm(self) -> float:
        return self.x_mm + self.w_mm / 2

    @property
    def w_pt(self) -> float:
        return self.w_mm * mm

    def shifted(self, dx_mm: float, dy_mm: float) -> Box:
        """The same box moved right by ``dx_mm`` and up by ``dy_mm``."""
        return Box(self.x_mm + dx_mm, self.y_mm + dy_mm, self.w_mm, self.h_mm)

    def contains(self, x_mm: float, y_mm: float, tolerance_mm: float = 0.0) -> bool:
        t = tolerance_mm
        return (self.x_mm - t <= x_mm <= self.right_mm + t) and (self.y_mm - t <= y_mm <= self.top_mm + t)


@dataclass(frozen=True)
class Page:
    """A sheet size in mm; converts the documents' top-left coordinates."""

    width_mm: float
    height_mm: float

    @property
    def size_pt(self) -> tuple[float, float]:
        return (self.width_mm * mm, self.height_mm * mm)

    def y_from_top(self, y_top_mm: float) -> float:
        """Bottom-left based y (mm) of a documented top-left y."""
        return self.height_mm - y_top_mm

    def box(self, x1_mm: float, x2_mm: float, top_mm: float, bottom_mm: float) -> Box:
        """A box given by the documented x range and top/bottom edges (both measured from the top)."""
        return Box(x1_mm, self.height_mm - bottom_mm, x2_mm - x1_mm, bottom_mm - top_mm)


A4_PORTRAIT: Final = Page(210.0, 297.0)
A4_LANDSCAPE: Final = Page(297.0, 210.0)


def text_box(page: Page, x1_mm: float, x2_mm: float, baseline_mm: float, pitch_mm: float,
             lines: int = 1) -> Box:
    """The box of a text element whose first baseline is ``baseline_mm`` from the top of ``page``,
    with ``lines`` line bands of ``pitch_mm`` each."""
    top = baseline_mm - BASELINE_RATIO * pitch_mm
    return page.box(x1_mm, x2_mm, top, top + lines * pitch_mm)
