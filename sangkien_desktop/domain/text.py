"""Vietnamese text rules (DOMAIN.md §10): normalisation, folding, name order, numbers, dates, money.

Pure functions: no Qt, no database. Every function that builds text returns NFC.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Final, Literal

__all__ = [
    "NameParts",
    "ShortDateStyle",
    "SortTuple",
    "ToneOrder",
    "clean",
    "decision_number_key",
    "fold",
    "format_date",
    "format_date_long",
    "format_money",
    "format_number",
    "format_percent",
    "full_name_sort_key",
    "money_in_words",
    "name_sort_key",
    "name_sort_tuple",
    "nfc",
    "nfc_opt",
    "number_in_words",
    "parse_vnd",
    "split_name",
]

# --------------------------------------------------------------------------------------------------
# §10.1 NFC and input cleaning
# --------------------------------------------------------------------------------------------------


def nfc(s: str) -> str:
    """Unicode NFC. Keyboards in "Unicode tổ hợp" mode send NFD, which looks the same but compares unequal."""
    return unicodedata.normalize("NFC", s)


def nfc_opt(s: str | None) -> str | None:
    """``nfc`` for optional values; None stays None. Does not strip."""
    return None if s is None else nfc(s)


def _collapse(s: str) -> str:
    # str.split() with no argument splits on every Unicode whitespace run and drops the ends.
    return " ".join(s.split())


_INVISIBLE: Final = frozenset("\u200b\ufeff")  # zero-width space and byte-order mark, from web and Word


def without_controls(value: str, keep: str = "") -> str:
    """Stray control characters from pasted text: whitespace ones become a space, others go
    (the characters in ``keep``, such as line breaks in long text, stay)."""
    if value.isprintable():
        return value  # the usual case, checked in C
    return "".join(
        ch if ch in keep or (unicodedata.category(ch) != "Cc" and ch not in _INVISIBLE)
        else " " if ch.isspace() else ""
        for ch in value
    )


def clean(s: str | None) -> str | None:
    """Single-line input at a boundary: NFC, no control characters, trimmed, inner whitespace runs →
    one space; "" → None."""
    if s is None:
        return None
    result = nfc(_collapse(without_controls(s)))
    return result or None


# --------------------------------------------------------------------------------------------------
# §10.2 Folding
# --------------------------------------------------------------------------------------------------


@functools.cache
def _bmp_marks() -> dict[int, None]:
    """Translation table deleting every nonspacing mark of the BMP (built once, ~10 ms)."""
    return {cp: None for cp in range(0x300, 0x10000) if unicodedata.category(chr(cp)) == "Mn"}


def _strip_marks(s: str) -> str:
    # translate() is ~20x faster than a per-character category test; search indexes millions of texts.
    s = s.translate(_bmp_marks())
    if s.isascii() or max(s) < "\U00010000":
        return s
    return "".join(ch for ch in s if unicodedata.category(ch) != "Mn")


# ASCII plus the Combining Diacritical Marks block (every Vietnamese tone and vowel mark is there).
_LATIN_WITH_MARKS: Final = re.compile(r"[\x00-\x7f\u0300-\u036f]*")


@functools.lru_cache(maxsize=8192)  # names, departments and decision numbers repeat a lot
def fold(s: str) -> str:
    """Search form: no marks, đ→d, case-folded, single spaces ("Nguyễn  Thị Hoa" → "nguyen thi hoa")."""
    # đ/Đ are letters of their own, not d + mark: NFD and FTS5's remove_diacritics leave them alone.
    s = unicodedata.normalize("NFD", s).replace("đ", "d").replace("Đ", "D")
    if _LATIN_WITH_MARKS.fullmatch(s):
        # Vietnamese text: ASCII letters plus combining diacritics only, so dropping every
        # non-ASCII code point is exactly "strip the marks" (and much faster on long texts).
        return _collapse(s.encode("ascii", "ignore").decode("ascii").lower())
    s = _strip_marks(s).casefold()
    if s.isascii():
        return _collapse(s)
    # A second NFD pass keeps fold() idempotent: case folding can produce new marks (İ → i + U+0307),
    # and dropping a zero-class mark (U+034F) can leave the marks around it out of canonical order.
    return _collapse(_strip_marks(unicodedata.normalize("NFD", s)))


def decision_number_key(number: str) -> str:
    """What makes two decision numbers the same: case, spaces and diacritics do not count, so
    "15/QĐ-ABC", "15 / qđ-abc" and "15/QD-ABC" (typed without accents) are one number."""
    return "".join(fold(number).split())


# --------------------------------------------------------------------------------------------------
# §10.3 Names
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NameParts:
    """Họ (family), tên đệm (middle, may hold several words) and tên (given)."""

    family: str
    middle: str
    given: str


def split_name(full_name: str) -> NameParts:
    """First word = family, last word = given, the rest = middle. One word is the given name only.

    Compound family names and foreign names need the manual override the caller stores.
    """
    words = (clean(full_name) or "").split()
    if not words:
        return NameParts("", "", "")
    if len(words) == 1:
        return NameParts("", "", words[0])
    return NameParts(words[0], " ".join(words[1:-1]), words[-1])


ToneOrder = Literal["dictionary", "software"]

_HUYEN: Final = "\u0300"
_HOI: Final = "\u0309"
_NGA: Final = "\u0303"
_SAC: Final = "\u0301"
_NANG: Final = "\u0323"

# Rank 0 (no tone) is never emitted: a toneless word has an empty tone sequence, which sorts first.
_TONE_RANKS: Final[dict[str, dict[str, int]]] = {
    "dictionary": {_HUYEN: 1, _HOI: 2, _NGA: 3, _SAC: 4, _NANG: 5},
    "software": {_HUYEN: 1, _SAC: 2, _HOI: 3, _NGA: 4, _NANG: 5},
}

# Breve, circumflex, horn: they make a different letter (a → ă, â), so they belong to the primary level.
_MODIFIERS: Final = frozenset("\u0306\u0302\u031b")

# One precomposed (NFC) code point per letter; f, j, w, z at their Latin places.
_ALPHABET: Final = tuple("aăâbcdđeêfghijklmnoôơpqrstuưvwxyz")
_LETTER_RANKS: Final[dict[str, int]] = {letter: i for i, letter in enumerate(_ALPHABET, start=1)}

# Tuple form of the key. Small ints are word breaks (0), letters (1..33) and tones (1..5);
# anything outside the alphabet is _OTHER + code point, so it ranks after every letter and tone.
_WORD_BREAK: Final = 0
_OTHER: Final = 1000

# String form. Every small int is one printable ASCII character from "0" upwards; an "other" token is
# "~" + six hex digits. The code is prefix-free and order-preserving, and the field separator "/" sorts
# below every token, so comparing keys as strings or UTF-8 bytes (SQLite BINARY) = comparing tuples.
_SMALL_BASE: Final = 0x30
_OTHER_MARK: Final = "~"
_FIELD_SEP: Final = "/"

SortTuple = tuple[
    tuple[int, ...], tuple[int, ...], tuple[int, ...], tuple[int, ...], tuple[int, ...], tuple[int, ...]
]


def _clusters(word: str) -> list[tuple[str, list[str]]]:
    """Split an NFD word into (base character, following combining marks)."""
    clusters: list[tuple[str, list[str]]] = []
    for ch in word:
        if unicodedata.category(ch).startswith("M"):
            if not clusters:
                clusters.append(("", []))  # a stray mark at the start of a word has no base
            clusters[-1][1].append(ch)
        else:
            clusters.append((ch, []))
    return clusters


def _other_ranks(base: str) -> list[int]:
    # Outside the alphabet (digits, punctuation, other scripts): case-folded code point, after the letters.
    return [_LETTER_RANKS.get(ch, _OTHER + ord(ch)) for ch in base.casefold()]


# Cached: names and titles are made of a few thousand distinct words, and sort keys are computed for
# every initiative and person written (a million in a demo load).
@functools.lru_cache(maxsize=65536)
def _word_levels(word: str, tone_order: ToneOrder) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Primary (letters) and secondary (tone marks and foreign marks, in order) ranks of one word."""
    tones = _TONE_RANKS[tone_order]
    primary: list[int] = []
    secondary: list[int] = []
    for base, marks in _clusters(unicodedata.normalize("NFD", word)):
        rest = list(marks)
        letter = base.lower()
        if letter in _LETTER_RANKS:
            # Recompose the base with the first modifier that makes an alphabet letter (o + horn → ơ).
            for mark in marks:
                if mark in _MODIFIERS:
                    composed = unicodedata.normalize("NFC", letter + mark)
                    if composed in _LETTER_RANKS:
                        letter = composed
                        rest.remove(mark)
                        break
            primary.append(_LETTER_RANKS[letter])
        elif base:
            primary.extend(_other_ranks(base))
        # Tone marks go to the secondary level; other marks (ü, û, ç…) too, ranked after the tones,
        # so foreign spellings still order deterministically.
        secondary.extend(tones.get(mark, _OTHER + ord(mark)) for mark in rest)
    return tuple(primary), tuple(secondary)


@functools.lru_cache(maxsize=65536)
def _part_levels(part: str, tone_order: ToneOrder) -> tuple[tuple[int, ...], tuple[int, ...]]:
    primary: list[int] = []
    secondary: list[int] = []
    for i, word in enumerate(part.split()):
        if i:
            # Word break ranks below every letter and tone: "Thu Hà" < "Thu Hàa", "Văn" < "Văn An".
            primary.append(_WORD_BREAK)
            secondary.append(_WORD_BREAK)
        p, s = _word_levels(word, tone_order)
        primary.extend(p)
        secondary.extend(s)
    return tuple(primary), tuple(secondary)


def name_sort_tuple(family: str, middle: str, given: str, tone_order: ToneOrder = "dictionary") -> SortTuple:
    """(primary, secondary) of given, middle, family (§10.3). Birth date and id are the caller's tie-breaks.

    Case-insensitive and independent of NFC/NFD. The tone sequence of a word ignores where the mark
    sits, so "Hoà" and "Hòa" tie.
    """
    given_p, given_s = _part_levels(given, tone_order)
    middle_p, middle_s = _part_levels(middle, tone_order)
    family_p, family_s = _part_levels(family, tone_order)
    return (given_p, given_s, middle_p, middle_s, family_p, family_s)


def _encode_rank(rank: int) -> str:
    if rank >= _OTHER:
        return f"{_OTHER_MARK}{rank - _OTHER:06x}"
    return chr(_SMALL_BASE + rank)


def name_sort_key(family: str, middle: str, given: str, tone_order: ToneOrder = "dictionary") -> str:
    """Printable-ASCII key for ``ORDER BY`` under SQLite BINARY; orders exactly as ``name_sort_tuple``."""
    levels = name_sort_tuple(family, middle, given, tone_order)
    return _FIELD_SEP.join("".join(_encode_rank(r) for r in level) for level in levels)


TEXT_KEY_CHARS: Final = 32


@functools.lru_cache(maxsize=32768)
def text_sort_key(text: str, tone_order: ToneOrder = "dictionary") -> str:
    """Printable-ASCII key ordering any text (titles, departments) in Vietnamese alphabetical order
    under SQLite BINARY: letters first (a < ă < â < b …, đ after d), then tones. Only the first
    ``TEXT_KEY_CHARS`` characters count, which keeps index entries small; callers break ties by id.
    Cached: demo and import data repeat the same departments and many titles."""
    primary, secondary = _part_levels(text[:TEXT_KEY_CHARS], tone_order)
    return _FIELD_SEP.join("".join(_encode_rank(r) for r in level) for level in (primary, secondary))


def full_name_sort_key(full_name: str, tone_order: ToneOrder = "dictionary") -> str:
    """``name_sort_key`` of the automatic split of ``full_name``."""
    parts = split_name(full_name)
    return name_sort_key(parts.family, parts.middle, parts.given, tone_order)


# --------------------------------------------------------------------------------------------------
# §10.5 Numbers and dates
# --------------------------------------------------------------------------------------------------


def _as_decimal(value: object, allowed: tuple[type, ...]) -> Decimal:
    # bool is an int subclass; True as an amount is always a bug.
    if isinstance(value, bool) or not isinstance(value, allowed):
        raise TypeError(f"expected {' or '.join(t.__name__ for t in allowed)}, got {type(value).__name__}")
    if isinstance(value, float):
        result = Decimal(repr(value))  # repr gives the shortest decimal, so 0.1 stays 0.1
    else:
        assert isinstance(value, int | Decimal)
        result = Decimal(value)
    if not result.is_finite():
        raise ValueError(f"not a finite number: {value!r}")
    return result


def _format_decimal(value: Decimal, decimals: int) -> str:
    if decimals < 0:
        raise ValueError("decimals must be >= 0")
    if decimals == 0 and value == value.to_integral_value():
        # Whole numbers (counts, đồng) are the common case, and the first Babel call loads its
        # locale data (a quarter of a second of start-up): group by "." ourselves, as CLDR "vi" does.
        return f"{int(value):,}".replace(",", ".")
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    # The default 28-digit context refuses to quantize very large amounts (here and inside Babel).
    with localcontext() as ctx:
        ctx.prec = max(28, value.adjusted() + decimals + 3)
        # Round half up ourselves, as people do by hand (Babel would round half to even: 0,125 → 0,12).
        quantized = value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
        if quantized == 0:
            quantized = abs(quantized)  # no "-0" / "-0,0"
        # Babel's CLDR data for "vi" gives "." grouping, "," decimals and ASCII "-", exactly as §10.5 asks.
        # Imported here: whole numbers never need it, and the window paints before anything else does.
        from babel.numbers import format_decimal

        return format_decimal(quantized, format=pattern, locale="vi", decimal_quantization=True)


def format_number(value: int | Decimal, decimals: int = 0) -> str:
    """Vietnamese number: "1.234.567", "232,3" (decimals fixed, half up), "-5"."""
    return _format_decimal(_as_decimal(value, (int, Decimal)), decimals)


def format_money(vnd: int) -> str:
    """Money as "1.234.567 đ". VND are whole đồng: float or Decimal raise TypeError."""
    return _format_decimal(_as_decimal(vnd, (int,)), 0) + " đ"


def format_percent(value: Decimal | float | int, decimals: int = 1) -> str:
    """Value already in percent (232.3, not 2.323) → "232,3%"."""
    return _format_decimal(_as_decimal(value, (int, float, Decimal)), decimals) + "%"


ShortDateStyle = Literal["dd/mm/yyyy", "d/m/yyyy"]


def format_date(d: date, style: ShortDateStyle = "dd/mm/yyyy") -> str:
    """Short date, day first: "05/03/2024" or "5/3/2024" (setting ``text.short_date``)."""
    if style == "dd/mm/yyyy":
        return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"
    if style == "d/m/yyyy":
        return f"{d.day}/{d.month}/{d.year:04d}"
    raise ValueError(f"unknown date style: {style!r}")


def format_date_long(d: date, place: str | None = None) -> str:
    """Long date "ngày 05 tháng 3 năm 2024", or "Hải Phòng, ngày 05 tháng 02 năm 2024" with a place."""
    # Administrative style (NĐ 30, §10.5): zero-pad days 1–9 and months 1–2 only.
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    text = f"ngày {d.day:02d} tháng {month} năm {d.year}"
    where = clean(place)
    return f"{where}, {text}" if where else text


# --------------------------------------------------------------------------------------------------
# §10.6 Money in words
# --------------------------------------------------------------------------------------------------

_DIGITS: Final = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_BILLION: Final = 10**9


def _read_group(n: int, leading: bool, zero_tens_word: str, four_after_tens: str) -> list[str]:
    """Words of one group 1..999; ``leading`` = nothing is read before it."""
    h, t, u = n // 100, n // 10 % 10, n % 10
    words: list[str] = []
    if h or not leading:
        words += [_DIGITS[h], "trăm"]  # "không trăm" inside a number: 1.005.000
    if t == 0:
        if u:
            if words:
                words.append(zero_tens_word)  # 105 → "một trăm linh năm"
            words.append(_DIGITS[u])  # after "linh" 1, 4 and 5 read plainly: "linh một/bốn/năm"
    elif t == 1:
        words.append("mười")
        if u:
            # 15 → "mười lăm"; 11 and 14 keep "một" and "bốn" (mốt and tư need tens ≥ 2).
            words.append("lăm" if u == 5 else _DIGITS[u])
    else:
        words += [_DIGITS[t], "mươi"]
        if u == 1:
            words.append("mốt")
        elif u == 4:
            words.append(four_after_tens)
        elif u == 5:
            words.append("lăm")
        elif u:
            words.append(_DIGITS[u])
    return words


def _read(n: int, leading: bool, thousand_word: str, zero_tens_word: str, four_after_tens: str) -> list[str]:
    """Words of n > 0. Tỷ recurses, so 10^12 = "một nghìn tỷ", 10^15 = "một triệu tỷ", 10^18 = "một tỷ tỷ"."""
    if n >= _BILLION:
        billions, rest = divmod(n, _BILLION)
        words = [*_read(billions, leading, thousand_word, zero_tens_word, four_after_tens), "tỷ"]
        if rest:
            words += _read(rest, False, thousand_word, zero_tens_word, four_after_tens)
        return words
    words = []
    for scale, group in (("triệu", n // 10**6), (thousand_word, n // 1000 % 1000), ("", n % 1000)):
        if group:  # an all-zero group is skipped with its scale word
            words += _read_group(group, leading and not words, zero_tens_word, four_after_tens)
            if scale:
                words.append(scale)
    return words


def _check_int(n: object) -> int:
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"expected int, got {type(n).__name__}")
    return n


def number_in_words(
    n: int, *, thousand_word: str = "nghìn", zero_tens_word: str = "linh", four_after_tens: str = "tư"
) -> str:
    """Lower-case reading: 1234 → "một nghìn hai trăm ba mươi tư"; 0 → "không"; -5 → "âm năm".

    Options are the settings ``text.thousand_word`` (nghìn/ngàn), ``text.zero_tens_word`` (linh/lẻ) and
    ``text.four_after_tens`` (tư/bốn).
    """
    n = _check_int(n)
    if n == 0:
        return "không"
    words = _read(abs(n), True, nfc(thousand_word), nfc(zero_tens_word), nfc(four_after_tens))
    return ("âm " if n < 0 else "") + " ".join(words)


def money_in_words(
    vnd: int, *, thousand_word: str = "nghìn", zero_tens_word: str = "linh", four_after_tens: str = "tư"
) -> str:
    """The "Bằng chữ" line: 105 → "Một trăm linh năm đồng"."""
    words = number_in_words(
        vnd, thousand_word=thousand_word, zero_tens_word=zero_tens_word, four_after_tens=four_after_tens
    )
    return words[0].upper() + words[1:] + " đồng"


# --------------------------------------------------------------------------------------------------
# Parsing money typed or imported as text
# --------------------------------------------------------------------------------------------------

# Currency words accepted after the digits, compared case-folded.
_CURRENCY_SUFFIX: Final = re.compile(r"\s*(?:đồng|đ|₫|vnđ|vnd)\s*\Z")
# Plain digits, or groups of three separated consistently by "." or by one kind of space.
_AMOUNT: Final = re.compile(
    r"[0-9]+"
    r"|[0-9]{1,3}(?:\.[0-9]{3})+"
    r"|[0-9]{1,3}([ \u00a0\u202f])[0-9]{3}(?:\1[0-9]{3})*"
)


def parse_vnd(text: str) -> int:
    """ "1.234.567", "1.234.567 đ", "1234567 đồng", "1 234 567" → 1234567. Otherwise ValueError.

    Decimals ("1,5"), negatives and words are refused: such cells go to manual review (§10.8).
    """
    raw = nfc(text).strip()
    body = _CURRENCY_SUFFIX.sub("", raw.casefold()).strip()
    if body.startswith(("-", "−", "âm")):
        raise ValueError(f"Số tiền không được âm: «{raw}».")
    if re.fullmatch(r"[0-9.\s]*,[0-9]*", body) and body.strip(",. "):
        raise ValueError(f"Số tiền phải là số nguyên đồng, không có phần thập phân: «{raw}».")
    if not _AMOUNT.fullmatch(body):
        raise ValueError(f"Không đọc được số tiền «{raw}». Hãy nhập số nguyên đồng, ví dụ 1.234.567.")
    return int(re.sub(r"[^0-9]", "", body))
