"""TCVN3 (ABC) and VNI-Windows text → Unicode NFC, and back for tests (DOMAIN.md §10.7).

Lists typed in the 1990s–2000s with ".VnTime" or "VNI-Times" fonts store 8-bit codes; opened today
each code shows as the Windows-1252 character of the same number ("Uû ban nh©n d©n", "BOÄ GIAO
THOÂNG"). The converters work on those characters: a text holding anything outside Windows-1252
(such as "ạ" or "ư") was typed in Unicode and is never converted.

- TCVN3 gives each lower-case accented letter one code; of the capitals only Ă Â Ê Ô Ơ Ư Đ have
  codes. Other capitals were typed as the lower-case code in an "H" font (".VnTimeH") that draws
  every letter as a capital: text in such a font is upper-cased after conversion.
- VNI writes a base letter followed by a code carrying the marks ("aù" = á, "AÙ" = Á); ơ, ư, đ and
  the toned i / ỵ have single codes.

Both tables are built from the 134 Vietnamese letters (67 in each case) so every letter is covered
and nothing else is.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Final

from sangkien_desktop.domain.importing import TextEncoding

__all__ = [
    "VIETNAMESE_LETTERS",
    "convert",
    "decode_tcvn3",
    "decode_vni",
    "encode_tcvn3",
    "encode_vni",
    "font_encoding",
    "legacy_codes_only",
]

# The toned and modified lower-case letters, grouped by base: a ă â đ e ê i o ô ơ u ư y.
_LOWER: Final = "àảãáạăằẳẵắặâầẩẫấậđèẻẽéẹêềểễếệìỉĩíịòỏõóọôồổỗốộơờởỡớợùủũúụưừửữứựỳỷỹýỵ"
VIETNAMESE_LETTERS: Final = _LOWER + _LOWER.upper()

# TCVN 5712:1993 (VN3) codes of the letters of _LOWER, in the same order.
_TCVN3_LOWER_CODES: Final = bytes(
    [
        0xB5,
        0xB6,
        0xB7,
        0xB8,
        0xB9,  # à ả ã á ạ
        0xA8,
        0xBB,
        0xBC,
        0xBD,
        0xBE,
        0xC6,  # ă ằ ẳ ẵ ắ ặ
        0xA9,
        0xC7,
        0xC8,
        0xC9,
        0xCA,
        0xCB,  # â ầ ẩ ẫ ấ ậ
        0xAE,  # đ
        0xCC,
        0xCE,
        0xCF,
        0xD0,
        0xD1,  # è ẻ ẽ é ẹ
        0xAA,
        0xD2,
        0xD3,
        0xD4,
        0xD5,
        0xD6,  # ê ề ể ễ ế ệ
        0xD7,
        0xD8,
        0xDC,
        0xDD,
        0xDE,  # ì ỉ ĩ í ị
        0xDF,
        0xE1,
        0xE2,
        0xE3,
        0xE4,  # ò ỏ õ ó ọ
        0xAB,
        0xE5,
        0xE6,
        0xE7,
        0xE8,
        0xE9,  # ô ồ ổ ỗ ố ộ
        0xAC,
        0xEA,
        0xEB,
        0xEC,
        0xED,
        0xEE,  # ơ ờ ở ỡ ớ ợ
        0xEF,
        0xF1,
        0xF2,
        0xF3,
        0xF4,  # ù ủ ũ ú ụ
        0xAD,
        0xF5,
        0xF6,
        0xF7,
        0xF8,
        0xF9,  # ư ừ ử ữ ứ ự
        0xFA,
        0xFB,
        0xFC,
        0xFD,
        0xFE,
    ]  # ỳ ỷ ỹ ý ỵ
)
# The capitals TCVN3 does have.
_TCVN3_CAPITALS: Final = {"Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7}

_TCVN3_DECODE: Final[dict[int, str]] = {
    **{code: letter for code, letter in zip(_TCVN3_LOWER_CODES, _LOWER, strict=True)},
    **{code: letter for letter, code in _TCVN3_CAPITALS.items()},
}
_TCVN3_ENCODE: Final[dict[str, str]] = {
    **{letter: chr(code) for code, letter in zip(_TCVN3_LOWER_CODES, _LOWER, strict=True)},
    **{letter: chr(code) for letter, code in _TCVN3_CAPITALS.items()},
}
assert len(_TCVN3_DECODE) == 74 and len(_TCVN3_LOWER_CODES) == 67


# -- VNI-Windows ----------------------------------------------------------------------------------

_TONE_MARKS: Final = ("\u0300", "\u0309", "\u0303", "\u0301", "\u0323")  # huyền hỏi ngã sắc nặng
# The mark code after a plain vowel, by tone, in lower case (the capital form is 0x20 lower).
_VNI_TONE: Final = dict(zip(_TONE_MARKS, "øûõùï", strict=True))
# After a, e, o: circumflex and breve combine with the tone into one code.
_VNI_CIRCUMFLEX: Final = dict(zip(("", *_TONE_MARKS), "âàåãáä", strict=True))
_VNI_BREVE: Final = dict(zip(("", *_TONE_MARKS), "êèúüéë", strict=True))
# Letters with a code of their own (the capital is 0x20 lower, as for the marks).
_VNI_SINGLE: Final = {
    "ơ": "ô",
    "ư": "ö",
    "đ": "ñ",
    "ì": "ì",
    "ỉ": "æ",
    "ĩ": "ó",
    "í": "í",
    "ị": "ò",
    "ỵ": "î",
}


def _vni_lower(letter: str) -> str:
    """The VNI sequence of one lower-case letter of _LOWER."""
    if letter in _VNI_SINGLE:
        return _VNI_SINGLE[letter]
    decomposed = unicodedata.normalize("NFD", letter)
    base, marks = decomposed[0], decomposed[1:]
    tone = next((m for m in marks if m in _TONE_MARKS), "")
    if "\u0302" in marks:  # circumflex: â ê ô
        return base + _VNI_CIRCUMFLEX[tone]
    if "\u0306" in marks:  # breve: ă
        return base + _VNI_BREVE[tone]
    if "\u031b" in marks:  # horn: ơ ư, then the tone as after a plain vowel
        return _VNI_SINGLE[unicodedata.normalize("NFC", base + "\u031b")] + _VNI_TONE[tone]
    return base + _VNI_TONE[tone]


def _vni_upper(sequence: str) -> str:
    # Every VNI code above 0xDF has its capital 0x20 lower; the base letters are ASCII.
    return "".join(chr(ord(c) - 0x20) if ord(c) >= 0xE0 else c.upper() for c in sequence)


_VNI_ENCODE: Final[dict[str, str]] = {
    **{letter: _vni_lower(letter) for letter in _LOWER},
    **{letter.upper(): _vni_upper(_vni_lower(letter)) for letter in _LOWER},
}


def _vni_decode_table() -> dict[str, str]:
    table = {sequence: letter for letter, sequence in _VNI_ENCODE.items()}
    # A capital base with a lower-case mark code, or the reverse, still makes the letter (the case
    # of the base decides): hand-typed lists mix them when Caps Lock was on for one key.
    for sequence, letter in list(table.items()):
        if len(sequence) == 2:
            base, mark = sequence[0], sequence[1]
            other = chr(ord(mark) + 0x20) if ord(mark) < 0xE0 else chr(ord(mark) - 0x20)
            table.setdefault(base + other, letter)
    return table


_VNI_DECODE: Final = _vni_decode_table()
_VNI_PATTERN: Final = re.compile(
    "|".join(re.escape(s) for s in sorted(_VNI_DECODE, key=len, reverse=True) if s != _VNI_DECODE[s])
)
assert len(_VNI_ENCODE) == 134


# -- conversion -----------------------------------------------------------------------------------


def legacy_codes_only(text: str) -> bool:
    """Whether the text could be 8-bit legacy codes read as Windows-1252 (nothing beyond it)."""
    if text.isascii():
        return True
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def decode_tcvn3(text: str, *, capitals: bool = False) -> str:
    """TCVN3 codes → Unicode NFC; ``capitals`` for text in an "H" font (".VnTimeH")."""
    converted = text.translate(_TCVN3_DECODE)
    return unicodedata.normalize("NFC", converted.upper() if capitals else converted)


def decode_vni(text: str) -> str:
    """VNI-Windows codes → Unicode NFC."""
    return unicodedata.normalize("NFC", _VNI_PATTERN.sub(lambda m: _VNI_DECODE[m.group()], text))


def encode_tcvn3(text: str) -> tuple[str, bool]:
    """Unicode → TCVN3 codes (as characters) and whether the text needs an "H" font: a toned capital
    has no code, so it is written as the lower-case code and the whole text must be drawn in capitals
    (the way such lists were typed). Raises ValueError for a text mixing those capitals with
    lower-case letters, which no TCVN3 font can show."""
    nfc_text = unicodedata.normalize("NFC", text)
    needs_h = any(ch.isupper() and ch not in _TCVN3_ENCODE for ch in nfc_text if ch in VIETNAMESE_LETTERS)
    if needs_h:
        if any(ch.islower() for ch in nfc_text):
            raise ValueError("TCVN3 cannot mix toned capitals with lower-case letters")
        nfc_text = nfc_text.lower()
    return "".join(_TCVN3_ENCODE.get(ch, ch) for ch in nfc_text), needs_h


def encode_vni(text: str) -> str:
    """Unicode → VNI-Windows codes (as characters)."""
    return "".join(_VNI_ENCODE.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


def convert(text: str, encoding: TextEncoding, *, capitals: bool = False) -> str:
    """``text`` read from a file, in ``encoding``, as Unicode NFC. Text holding characters that no
    8-bit code gives is Unicode already and comes back unchanged (but NFC)."""
    if encoding is TextEncoding.UNICODE or not legacy_codes_only(text):
        return unicodedata.normalize("NFC", text.upper() if capitals else text)
    if encoding is TextEncoding.TCVN3:
        return decode_tcvn3(text, capitals=capitals)
    converted = decode_vni(text)
    return converted.upper() if capitals else converted


# -- fonts ------------------------------------------------------------------------------------------

FontHint = tuple[TextEncoding, bool]  # (encoding, draws capitals)
_VNI_FONT: Final = re.compile(r"vni[-_ ]", re.IGNORECASE)


def font_encoding(name: str | None) -> FontHint | None:
    """What a font name reveals: ".VnTime" → TCVN3, ".VnTimeH" → TCVN3 in capitals, "VNI-Times" →
    VNI; None for any other font (Times New Roman, Arial…) or no font."""
    if not name:
        return None
    name = name.strip()
    if name.lower().startswith(".vn"):
        return TextEncoding.TCVN3, name.endswith("H")
    if _VNI_FONT.match(name):
        return TextEncoding.VNI, False
    return None


def legacy_fonts(names: Mapping[str, int]) -> dict[str, FontHint]:
    """The legacy fonts among font names (with their use counts)."""
    return {name: hint for name in names if (hint := font_encoding(name)) is not None}
