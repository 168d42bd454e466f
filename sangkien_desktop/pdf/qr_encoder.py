"""QR encoding for the certificates: payload → module matrix (level M, ISO/IEC 18004).

A batch prints 1,000 certificates with a different code on each, so encoding speed matters
(DOCUMENTS.md §10): ReportLab's own encoder and segno are pure Python (several ms per code).
zxing-cpp, a well-kept C++ library (the same one the tests decode with), encodes in about 0.05 ms
when the mask is fixed; choosing the "best" of the eight masks costs seven times that and only
tunes contrast for poor scanners: every mask gives a valid symbol, and printed codes are crisp.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, cast

import zxingcpp

if TYPE_CHECKING:
    from typing_extensions import Buffer

__all__ = ["ERROR_LEVEL", "FIXED_MASK", "QrMatrix", "encode"]

ERROR_LEVEL: Final = "M"
FIXED_MASK: Final = 0


@dataclass(frozen=True)
class QrMatrix:
    """The symbol, one string per row from the top, "1" for a dark module; no quiet zone."""

    lines: tuple[str, ...]

    @property
    def size(self) -> int:
        return len(self.lines)

    @property
    def rows(self) -> tuple[tuple[bool, ...], ...]:
        return tuple(tuple(ch == "1" for ch in line) for line in self.lines)


_DARK: Final = bytes.maketrans(bytes(range(256)), b"1" * 128 + b"0" * 128)  # 8-bit grey → "1" dark


def encode(payload: str) -> QrMatrix:
    """The module matrix of ``payload`` at level M with mask 0 (any length a QR code can hold)."""
    barcode = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode, ec_level=ERROR_LEVEL,
                                      data_mask=FIXED_MASK)
    # zxing's Image exposes the buffer protocol (one byte a module) but its stubs do not say so.
    image = memoryview(cast("Buffer", barcode.to_image(scale=1, add_quiet_zones=False)))
    side = image.shape[0] if image.shape else 0
    text = image.tobytes().translate(_DARK).decode("ascii")
    return QrMatrix(tuple(text[row * side:(row + 1) * side] for row in range(side)))
