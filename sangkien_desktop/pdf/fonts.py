"""Liberation Serif 2.x for ReportLab (DOCUMENTS.md §3): one file per face, registered once per process.

Each face is checked for the Vietnamese alphabet before it is registered: ReportLab draws a missing
letter as an empty box without any error, so a wrong font file must be refused, not printed with.
"""

from __future__ import annotations

import threading
import unicodedata
from pathlib import Path
from typing import Final

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.resources import SERIF_FACES, resource_path

__all__ = ["SERIF", "SERIF_BOLD", "SERIF_BOLD_ITALIC", "SERIF_ITALIC", "FontError", "missing_glyphs",
           "register_fonts", "required_characters"]

SERIF: Final = "LiberationSerif"
SERIF_BOLD: Final = "LiberationSerif-Bold"
SERIF_ITALIC: Final = "LiberationSerif-Italic"
SERIF_BOLD_ITALIC: Final = "LiberationSerif-BoldItalic"

# ReportLab name of each face, by the style keys of ``resources.SERIF_FACES``.
_NAMES: Final[dict[str, str]] = {
    "regular": SERIF, "bold": SERIF_BOLD, "italic": SERIF_ITALIC, "bold_italic": SERIF_BOLD_ITALIC,
}

_TONES: Final = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # none, huyền, sắc, hỏi, ngã, nặng
_VOWELS: Final = ("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y")
_PUNCTUATION: Final = "–“”‘’…₫"

_lock = threading.Lock()
_registered_from: Path | None = None


class FontError(KnownError):
    """A font file is missing or cannot print Vietnamese."""


def required_characters() -> frozenset[str]:
    """ASCII, every Vietnamese vowel with every tone in both cases, đ/Đ, ₫ and the typographic marks."""
    toned = {unicodedata.normalize("NFC", vowel + tone) for vowel in _VOWELS for tone in _TONES}
    letters = toned | {letter.upper() for letter in toned} | {"đ", "Đ"}
    return frozenset(letters | set(_PUNCTUATION) | {chr(cp) for cp in range(0x20, 0x7F)})


def missing_glyphs(font: TTFont) -> list[str]:
    """The required characters that the font has no glyph for (sorted)."""
    mapped = font.face.charToGlyph
    return sorted(ch for ch in required_characters() if ord(ch) not in mapped)


def _load(name: str, path: Path) -> TTFont:
    try:
        font = TTFont(name, str(path))
    except Exception as exc:  # ReportLab raises bare TTFError/struct errors for damaged files
        raise FontError(f"Tệp phông chữ “{path}” bị hỏng hoặc không đọc được ({exc}).") from exc
    missing = missing_glyphs(font)
    if missing:
        raise FontError(
            f"Phông chữ “{path}” thiếu {len(missing)} ký tự tiếng Việt ({' '.join(missing[:12])}…); "
            "hãy dùng Liberation Serif 2.x.")
    return font


def register_fonts(fonts_dir: Path | None = None) -> None:
    """Register the four Liberation Serif faces with ReportLab (idempotent).

    The files are always checked to exist, so a missing file is reported even after a first
    registration; a second call with another folder keeps the faces already registered, because two
    files under one PostScript name would silently mix their glyphs in one PDF.
    """
    global _registered_from
    folder = fonts_dir if fonts_dir is not None else resource_path("fonts")
    paths = {style: folder / file_name for style, file_name in SERIF_FACES.items()}
    for path in paths.values():
        if not path.is_file():
            raise FontError(f"Không tìm thấy tệp phông chữ “{path}”. Hãy cài lại chương trình.")
    with _lock:
        if _registered_from is not None:
            return
        fonts = {style: _load(_NAMES[style], path) for style, path in paths.items()}
        for font in fonts.values():
            pdfmetrics.registerFont(font)
        pdfmetrics.registerFontFamily(SERIF, normal=SERIF, bold=SERIF_BOLD, italic=SERIF_ITALIC,
                                      boldItalic=SERIF_BOLD_ITALIC)
        _registered_from = folder
