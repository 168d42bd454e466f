"""Printer profiles for printing Giấy khen onto pre-printed blanks (DOCUMENTS.md §6.2–§6.3).

Every office printer puts the page a little off; a profile keeps, per printer, how far (in mm) the
variable fields must move to land on the blank's pre-printed lines. Plain values the UI reads."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from .text import format_number

__all__ = ["DEFAULT_PROFILE_KEY", "EMBLEM_KEY", "MAX_PROFILE_NAME", "PRINTING_DEFAULTS", "PROFILES_KEY",
           "PrinterProfile", "offset_text"]

MAX_PROFILE_NAME: Final = 80  # the register's printer_profile column


@dataclass(frozen=True)
class PrinterProfile:
    """A printer's offsets: x to the right, y downwards, in mm; ``is_default`` for the preselected one."""

    name: str
    offset_x_mm: float = 0.0
    offset_y_mm: float = 0.0
    is_default: bool = False

    @property
    def offset_mm(self) -> tuple[float, float]:
        return (self.offset_x_mm, self.offset_y_mm)

    def offsets_text(self) -> str:
        """"X = 1,5 mm; Y = -2 mm"."""
        return f"X = {offset_text(self.offset_x_mm)} mm; Y = {offset_text(self.offset_y_mm)} mm"


def offset_text(value: float) -> str:
    """An offset in mm the Vietnamese way, with only the decimals it has: "1,5", "-2", "0,25"."""
    amount = Decimal(str(round(value, 2))).normalize()
    exponent = amount.as_tuple().exponent
    decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return format_number(amount, decimals)

# Setting keys (DOMAIN.md §8): profiles as {name: {"offset_x_mm": x, "offset_y_mm": y}}, the name of
# the profile preselected for printing on blanks, and the image printed as Giấy khen's emblem.
PROFILES_KEY: Final = "printing.printer_profiles"
DEFAULT_PROFILE_KEY: Final = "printing.default_profile"
EMBLEM_KEY: Final = "printing.emblem_path"
PRINTING_DEFAULTS: Final[dict[str, object]] = {PROFILES_KEY: {}, DEFAULT_PROFILE_KEY: "", EMBLEM_KEY: ""}
