"""Vietnamese text rules (DOMAIN.md §10): exact examples and Hypothesis properties."""

from __future__ import annotations

import sqlite3
import unicodedata
from datetime import date
from decimal import Decimal
from typing import Any, Literal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sangkien_desktop.domain.text import (
    NameParts,
    ToneOrder,
    clean,
    fold,
    format_date,
    format_date_long,
    format_money,
    format_number,
    format_percent,
    full_name_sort_key,
    money_in_words,
    name_sort_key,
    name_sort_tuple,
    nfc,
    nfc_opt,
    number_in_words,
    parse_vnd,
    split_name,
)

# --------------------------------------------------------------------------------------------------
# NFC and cleaning
# --------------------------------------------------------------------------------------------------


def test_nfc_composes_decomposed_input() -> None:
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Hoa")
    assert decomposed != "Nguyễn Thị Hoa"
    assert nfc(decomposed) == "Nguyễn Thị Hoa"
    assert nfc("  a  ") == "  a  "  # nfc never strips


def test_nfc_opt() -> None:
    assert nfc_opt(None) is None
    assert nfc_opt(unicodedata.normalize("NFD", "Đường ")) == "Đường "


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, None),
        ("", None),
        ("  \t\n ", None),
        ("  Nguyễn   Thị\tHoa \u00a0", "Nguyễn Thị Hoa"),
        (unicodedata.normalize("NFD", " Phòng  Kỹ thuật "), "Phòng Kỹ thuật"),
    ],
)
def test_clean(raw: str | None, expected: str | None) -> None:
    assert clean(raw) == expected


# --------------------------------------------------------------------------------------------------
# Folding
# --------------------------------------------------------------------------------------------------


def test_fold_examples() -> None:
    assert fold("Nguyễn Thị Hoa") == "nguyen thi hoa"
    assert fold("ĐƯỜNG") == "duong"
    assert fold("  Sáng   kiến\tcải tiến ") == "sang kien cai tien"
    assert fold("Ủy ban nhân dân") == fold("Uỷ ban nhân dân") == "uy ban nhan dan"


@pytest.mark.parametrize("s", ["İstanbul", "\U0001d16d\u034f\U0001d165", "ẞ", "ǅ", "ΐ", "a\u034f\u0301"])
def test_fold_is_idempotent_on_awkward_input(s: str) -> None:
    assert fold(fold(s)) == fold(s)


@given(st.text())
def test_fold_is_idempotent(s: str) -> None:
    assert fold(fold(s)) == fold(s)


@given(st.text())
def test_fold_has_no_marks_and_no_d_stroke(s: str) -> None:
    folded = fold(s)
    assert not any(unicodedata.category(ch) == "Mn" for ch in folded)
    assert "đ" not in folded
    assert "Đ" not in folded


@given(st.text())
def test_fold_ignores_normal_form(s: str) -> None:
    assert fold(unicodedata.normalize("NFD", s)) == fold(unicodedata.normalize("NFC", s))


# --------------------------------------------------------------------------------------------------
# Names: strategy
# --------------------------------------------------------------------------------------------------

ALPHABET = tuple("aăâbcdđeêfghijklmnoôơpqrstuưvwxyz")
assert len(ALPHABET) == 33  # 26 Latin letters + ă â đ ê ô ơ ư
TONE_MARKS = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")  # none, huyền, hỏi, ngã, sắc, nặng
DICTIONARY_RANK = {mark: i for i, mark in enumerate(TONE_MARKS)}
SOFTWARE_RANK = {"": 0, "\u0300": 1, "\u0301": 2, "\u0309": 3, "\u0303": 4, "\u0323": 5}

Form = Literal["NFC", "NFD"]
FORMS: tuple[Form, ...] = ("NFC", "NFD")
TONE_ORDERS: tuple[ToneOrder, ...] = ("dictionary", "software")
# A generated word: letter indices, the tone, the letter that carries the tone, and how it is typed.
Word = tuple[tuple[int, ...], str, int, bool, Form]
Name = tuple[list[Word], list[Word], list[Word]]  # family, middle, given


CONFUSABLE = tuple(ALPHABET.index(c) for c in "aăâdđoơ")


@st.composite
def words(draw: st.DrawFn) -> Word:
    # Mostly a few confusable letters (a ă â d đ o ơ), so equal prefixes and ties are common.
    letter = st.one_of(st.sampled_from(CONFUSABLE), st.integers(0, len(ALPHABET) - 1))
    letters = tuple(draw(st.lists(letter, min_size=1, max_size=5)))
    tone = draw(st.sampled_from(TONE_MARKS))
    carrier = draw(st.integers(0, len(letters) - 1))
    upper = draw(st.booleans())
    form: Form = draw(st.sampled_from(FORMS))
    return letters, tone, carrier, upper, form


def spell(word: Word) -> str:
    letters, tone, carrier, upper, form = word
    chars = []
    for i, index in enumerate(letters):
        letter = ALPHABET[index].upper() if upper and i == 0 else ALPHABET[index]
        chars.append(letter + (tone if i == carrier else ""))
    return unicodedata.normalize(form, "".join(chars))


def spell_part(part: list[Word]) -> str:
    return " ".join(spell(w) for w in part)


def oracle(
    family: list[Word], middle: list[Word], given_: list[Word], ranks: dict[str, int]
) -> tuple[object, ...]:
    """Independent model of §10.3: per part, word-by-word letters, then word-by-word tones."""

    def letters(part: list[Word]) -> tuple[tuple[int, ...], ...]:
        return tuple(w[0] for w in part)

    def tones(part: list[Word]) -> tuple[int, ...]:
        return tuple(ranks[w[1]] for w in part)

    return (letters(given_), tones(given_), letters(middle), tones(middle), letters(family), tones(family))


parts = st.lists(words(), min_size=0, max_size=3)
names = st.tuples(parts, parts, parts)


def cmp(a: Any, b: Any) -> int:
    return int(a > b) - int(a < b)


# --------------------------------------------------------------------------------------------------
# Names: splitting
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("full", "expected"),
    [
        ("Nguyễn Thị Hoa", NameParts("Nguyễn", "Thị", "Hoa")),
        ("  Tôn   Nữ Thị  Minh Châu ", NameParts("Tôn", "Nữ Thị Minh", "Châu")),
        ("Lê Hoa", NameParts("Lê", "", "Hoa")),
        ("Hoa", NameParts("", "", "Hoa")),
        ("", NameParts("", "", "")),
        (unicodedata.normalize("NFD", "Đặng Văn Lâm"), NameParts("Đặng", "Văn", "Lâm")),
    ],
)
def test_split_name(full: str, expected: NameParts) -> None:
    assert split_name(full) == expected


# --------------------------------------------------------------------------------------------------
# Names: sort key
# --------------------------------------------------------------------------------------------------

PINNED_ORDER = [
    "Nguyễn Văn An",
    "Trần Thị Anh",
    "Phan Thị Ánh",  # same letters as Anh, sắc after no tone
    "Hồ Thị Ân",  # â after a
    "Phạm Thị Bích",
    "Lê Văn Bình",
    "Hoàng Minh Châu",
    "Dương Văn Cường",
    "Lê Anh Dũng",
    "Trần Văn Đức",  # đ after d
    "Nguyễn Thị Hà",  # Hà before Hoa: a < o
    "Nguyễn Thị Thu Hà",  # longer middle name after its prefix
    "Lê Hoa",  # no middle name first
    "Dương Thị Hoa",  # family tie-break: Dương before Đào
    "Đào Thị Hoa",
    "Bùi Thị Hoà",  # old tone placement ties with Hòa; middle decides
    "Ngô Văn Hòa",
    "Trịnh Văn Hùng",
    "Nguyễn Thị Yến",
]


@pytest.mark.parametrize("tone_order", TONE_ORDERS)
def test_pinned_name_order(tone_order: ToneOrder) -> None:
    shuffled = sorted(PINNED_ORDER, key=fold)  # a byte-ish order that differs from the expected one
    assert shuffled != PINNED_ORDER
    by_key = sorted(shuffled, key=lambda n: full_name_sort_key(n, tone_order))
    assert by_key == PINNED_ORDER


def test_pinned_order_in_sqlite_binary_collation() -> None:
    with sqlite3.connect(":memory:") as db:
        db.execute("CREATE TABLE person (name TEXT, sort_key TEXT)")
        db.executemany(
            "INSERT INTO person VALUES (?, ?)",
            [(n, full_name_sort_key(n)) for n in sorted(PINNED_ORDER, key=fold, reverse=True)],
        )
        rows = [r[0] for r in db.execute("SELECT name FROM person ORDER BY sort_key")]
    assert rows == sorted(PINNED_ORDER, key=full_name_sort_key)
    assert rows.index("Trần Thị Anh") < rows.index("Lê Văn Bình") < rows.index("Dương Thị Hoa")


def test_tone_orders() -> None:
    syllables = ["ma", "mà", "mả", "mã", "má", "mạ"]
    dictionary = sorted(reversed(syllables), key=lambda s: name_sort_key("", "", s, "dictionary"))
    software = sorted(reversed(syllables), key=lambda s: name_sort_key("", "", s, "software"))
    assert dictionary == ["ma", "mà", "mả", "mã", "má", "mạ"]
    assert software == ["ma", "mà", "má", "mả", "mã", "mạ"]


def test_letters_before_tones_and_shorter_first() -> None:
    def key(given_name: str) -> str:
        return name_sort_key("", "", given_name)

    assert key("An") < key("Anh")
    assert key("Ạn") < key("Anh")  # letters decide before the tone
    assert key("Anh") < key("Ăn") < key("Ân") < key("Bá")
    assert key("Ơn") > key("Ôn") > key("On")
    assert key("Ưng") > key("Uyên")
    assert key("Dung") < key("Đan")
    assert key("Zin") > key("Yến")
    # A word break ranks below every letter, in any part.
    assert key("Thu Hà") < key("Thuận") < key("Thuận An")
    assert name_sort_key("", "Thu Hà", "X") < name_sort_key("", "Thuận", "X")
    assert name_sort_key("Tôn Nữ", "", "X") < name_sort_key("Tôna", "", "X")


def test_tones_compare_word_by_word() -> None:
    assert name_sort_key("", "", "Thu Hà") < name_sort_key("", "", "Thù Ha")
    assert name_sort_key("", "Thu Hà", "X") < name_sort_key("", "Thù Ha", "X")
    assert name_sort_key("", "Thị Thu", "X") < name_sort_key("", "Thị Thú", "X")


def test_tone_position_does_not_matter() -> None:
    # Old ("hoà") and new ("hòa") tone placement, also on letters with a breve, circumflex or horn.
    for old, new in [("Hoà", "Hòa"), ("Thuỷ", "Thủy"), ("Thưở", "Thửơ"), ("Khoẻ", "Khỏe"), ("Quăý", "Quắy")]:
        assert name_sort_key("", "", old) == name_sort_key("", "", new)
        assert name_sort_key(old, old, "A") == name_sort_key(new, new, "A")


def test_key_is_printable_ascii_and_case_and_form_insensitive() -> None:
    k = name_sort_key("Nguyễn", "Thị Thu", "Hương")
    assert k.isascii()
    assert k.isprintable()
    assert " " not in k
    assert name_sort_key("NGUYỄN", "THỊ THU", "HƯƠNG") == k
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Thu Hương")
    assert full_name_sort_key(nfd) == k
    assert full_name_sort_key("  Nguyễn  Thị   Thu Hương ") == k


def test_foreign_characters_order_deterministically() -> None:
    names = ["Müller", "Muller", "Mũller", "Øland", "Zoe", "3 Sao", "O'Brien", "Chloé"]
    keys = [name_sort_key("", "", n) for n in names]
    assert all(k.isascii() and k.isprintable() for k in keys)
    assert len(set(keys)) == len(keys)
    # Accented foreign letters fold into their base letter; the accent breaks the tie after the tones.
    assert keys[names.index("Muller")] < keys[names.index("Mũller")] < keys[names.index("Müller")]
    # Outside the alphabet ranks after every letter.
    assert keys[names.index("Zoe")] < keys[names.index("Øland")]
    assert keys[names.index("Zoe")] < keys[names.index("3 Sao")]
    # Characters outside the alphabet compare by code point, however many hex digits it has.
    assert name_sort_key("", "", "3") < name_sort_key("", "", "Ø") < name_sort_key("", "", "漢")


@given(names, names, st.sampled_from(TONE_ORDERS))
def test_key_order_matches_model(a: Name, b: Name, tone_order: ToneOrder) -> None:
    ranks = DICTIONARY_RANK if tone_order == "dictionary" else SOFTWARE_RANK
    key_a = name_sort_key(spell_part(a[0]), spell_part(a[1]), spell_part(a[2]), tone_order)
    key_b = name_sort_key(spell_part(b[0]), spell_part(b[1]), spell_part(b[2]), tone_order)
    assert cmp(key_a, key_b) == cmp(oracle(*a, ranks), oracle(*b, ranks))
    assert cmp(key_a.encode(), key_b.encode()) == cmp(key_a, key_b)


# Arbitrary name parts, including foreign letters, digits, punctuation and stray marks.
wild_parts = st.text(
    alphabet=st.sampled_from(
        [
            *"aăâdđoơu ",
            *"AĐƠ",
            *TONE_MARKS[1:],
            *("\u0306", "\u0302", "\u031b", "\u0308", "\u034f"),  # modifiers, diaeresis, grapheme joiner
            *("ü", "ß", "İ", "Ø", "3", "-", "'", "漢"),
        ]
    ),
    max_size=12,
)
wild_names = st.tuples(wild_parts, wild_parts, wild_parts)


WildName = tuple[str, str, str]


@given(wild_names, wild_names, st.sampled_from(TONE_ORDERS))
def test_key_comparison_equals_tuple_comparison(a: WildName, b: WildName, tone: ToneOrder) -> None:
    key_a, key_b = name_sort_key(*a, tone), name_sort_key(*b, tone)
    tuple_a, tuple_b = name_sort_tuple(*a, tone), name_sort_tuple(*b, tone)
    assert cmp(key_a, key_b) == cmp(tuple_a, tuple_b)
    assert key_a.isascii() and key_a.isprintable()


def normalized(name: WildName, form: Form) -> WildName:
    return (
        unicodedata.normalize(form, name[0]),
        unicodedata.normalize(form, name[1]),
        unicodedata.normalize(form, name[2]),
    )


@given(wild_names)
def test_key_ignores_normal_form(a: WildName) -> None:
    key = name_sort_key(*a)
    assert name_sort_key(*normalized(a, "NFD")) == key
    assert name_sort_key(*normalized(a, "NFC")) == key


@given(names)
def test_key_ignores_case_and_normal_form_for_vietnamese(a: Name) -> None:
    spelled = (spell_part(a[0]), spell_part(a[1]), spell_part(a[2]))
    key = name_sort_key(*spelled)
    upper = normalized(spelled, "NFC")
    assert name_sort_key(upper[0].upper(), upper[1].upper(), upper[2].upper()) == key
    lower = normalized(spelled, "NFD")
    assert name_sort_key(lower[0].lower(), lower[1].lower(), lower[2].lower()) == key


# --------------------------------------------------------------------------------------------------
# Numbers, money, percent
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (0, 0, "0"),
        (999, 0, "999"),
        (1234, 0, "1.234"),
        (1234567, 0, "1.234.567"),
        (-1234567, 0, "-1.234.567"),
        (Decimal("232.34"), 1, "232,3"),
        (Decimal("232.35"), 1, "232,4"),  # half up, not half even
        (Decimal("0.125"), 2, "0,13"),
        (Decimal("-0.04"), 1, "0,0"),  # no "-0,0"
        (Decimal("1234567.5"), 0, "1.234.568"),
        (1500, 2, "1.500,00"),
        (Decimal("123456789012345678901234567890.55"), 1, "123.456.789.012.345.678.901.234.567.890,6"),
    ],
)
def test_format_number(value: int | Decimal, decimals: int, expected: str) -> None:
    assert format_number(value, decimals) == expected


def test_format_money() -> None:
    assert format_money(1234567) == "1.234.567 đ"
    assert format_money(0) == "0 đ"
    assert format_money(-50000) == "-50.000 đ"
    assert format_money(10**30) == "1" + ".000" * 10 + " đ"
    for bad in (1.0, Decimal(5), True, "5"):
        with pytest.raises(TypeError):
            format_money(bad)  # type: ignore[arg-type]


def test_format_number_rejects_float_and_nan() -> None:
    with pytest.raises(TypeError):
        format_number(1.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        format_number(Decimal("NaN"))


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (Decimal("232.3"), 1, "232,3%"),
        (232.3, 1, "232,3%"),
        (Decimal("232.25"), 1, "232,3%"),
        (50, 1, "50,0%"),
        (0.1, 2, "0,10%"),
        (1234.56, 0, "1.235%"),
    ],
)
def test_format_percent(value: Decimal | float | int, decimals: int, expected: str) -> None:
    assert format_percent(value, decimals) == expected


@given(st.integers(0, 10**15))
def test_format_money_parses_back(vnd: int) -> None:
    assert parse_vnd(format_money(vnd)) == vnd
    assert parse_vnd(format_number(vnd)) == vnd
    assert parse_vnd(f"{vnd} đồng") == vnd
    assert parse_vnd(format_number(vnd).replace(".", " ")) == vnd
    assert parse_vnd(format_number(vnd).replace(".", "\u00a0") + "đ") == vnd


@pytest.mark.parametrize(
    "text",
    [
        "1.234.567",
        "1.234.567 đ",
        "1234567 đồng",
        "1 234 567",
        "1.234.567đ",
        " 1.234.567 Đồng ",
        "1.234.567 VNĐ",
        unicodedata.normalize("NFD", "1.234.567 đồng"),
    ],
)
def test_parse_vnd_accepts(text: str) -> None:
    assert parse_vnd(text) == 1234567


@pytest.mark.parametrize(
    "text",
    [
        *("", "đ", "-5", "-1.000 đ", "âm 5 đồng", "1,5", "1.234,5 đ", "1,5 triệu", "một triệu"),
        *("1.23", "12.34.567", "1.234 567", "1e6", "1.234.567 đ đ", "١٢٣"),
    ],
)
def test_parse_vnd_rejects(text: str) -> None:
    with pytest.raises(ValueError) as info:
        parse_vnd(text)
    assert "Số tiền" in str(info.value) or "số tiền" in str(info.value)


# --------------------------------------------------------------------------------------------------
# Money in words
# --------------------------------------------------------------------------------------------------

MONEY_EXAMPLES = [
    (1234567, "Một triệu hai trăm ba mươi tư nghìn năm trăm sáu mươi bảy đồng"),
    (105, "Một trăm linh năm đồng"),
    (1005000, "Một triệu không trăm linh năm nghìn đồng"),
    (21, "Hai mươi mốt đồng"),
    (15, "Mười lăm đồng"),
    (10000000000, "Mười tỷ đồng"),
    (1000000000000, "Một nghìn tỷ đồng"),
    (1200000, "Một triệu hai trăm nghìn đồng"),
    (25, "Hai mươi lăm đồng"),
    (11, "Mười một đồng"),
    (14, "Mười bốn đồng"),
    (24, "Hai mươi tư đồng"),
    (10, "Mười đồng"),
    (20, "Hai mươi đồng"),
    (5, "Năm đồng"),
    (0, "Không đồng"),
    (104, "Một trăm linh bốn đồng"),
    (111, "Một trăm mười một đồng"),
    (1000001, "Một triệu không trăm linh một đồng"),
    (2000000005, "Hai tỷ không trăm linh năm đồng"),
    (1001000000000, "Một nghìn không trăm linh một tỷ đồng"),
    (10**15, "Một triệu tỷ đồng"),
    (10**18, "Một tỷ tỷ đồng"),
]


@pytest.mark.parametrize(("vnd", "expected"), MONEY_EXAMPLES)
def test_money_in_words_examples(vnd: int, expected: str) -> None:
    assert money_in_words(vnd) == expected


def test_number_in_words_options_and_sign() -> None:
    assert number_in_words(0) == "không"
    assert number_in_words(-5) == "âm năm"
    assert money_in_words(-1000) == "Âm một nghìn đồng"
    assert (
        number_in_words(1024105, thousand_word="ngàn", zero_tens_word="lẻ", four_after_tens="bốn")
        == "một triệu không trăm hai mươi bốn ngàn một trăm lẻ năm"
    )
    with pytest.raises(TypeError):
        number_in_words(1.0)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        money_in_words(True)


UNITS = {
    "không": 0,
    "một": 1,
    "mốt": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "tư": 4,
    "năm": 5,
    "lăm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
}
SCALES = {"nghìn": 10**3, "ngàn": 10**3, "triệu": 10**6}


def read_below_billion(tokens: list[str], text: str) -> int:
    total = 0
    last_scale = 10**9
    group = 0  # value of the group being read (< 1000)
    digit: int | None = None
    for token in tokens:
        if token in UNITS:
            assert digit is None, f"two digits in a row in {text!r}"
            digit = UNITS[token]
        elif token == "trăm":
            assert digit is not None and group == 0, text
            group, digit = digit * 100, None
        elif token == "mươi":
            assert digit is not None and digit >= 2, text
            group, digit = group + digit * 10, None
        elif token == "mười":
            assert digit is None and group % 100 == 0, text
            group += 10
        elif token in ("linh", "lẻ"):
            assert digit is None and group % 100 == 0, text
        elif token in SCALES:
            scale = SCALES[token]
            value = group + (digit or 0)
            assert 0 < value < 1000 and scale < last_scale, text
            total, last_scale, group, digit = total + value * scale, scale, 0, None
        else:
            raise AssertionError(f"unknown word {token!r} in {text!r}")
    return total + group + (digit or 0)


def words_to_int(text: str) -> int:
    """Small independent reader for the properties below (not a general parser).

    "tỷ" multiplies everything before it, so the last "tỷ" splits the text: X tỷ Y = X × 10^9 + Y.
    """
    tokens = text.split()
    if tokens[:1] == ["âm"]:
        return -words_to_int(" ".join(tokens[1:]))
    if "tỷ" not in tokens:
        return read_below_billion(tokens, text)
    last = len(tokens) - 1 - tokens[::-1].index("tỷ")
    billions = words_to_int(" ".join(tokens[:last]))
    assert billions > 0, text
    return billions * 10**9 + read_below_billion(tokens[last + 1 :], text)


OPTIONS = [
    {"thousand_word": "nghìn", "zero_tens_word": "linh", "four_after_tens": "tư"},
    {"thousand_word": "ngàn", "zero_tens_word": "lẻ", "four_after_tens": "bốn"},
    {"thousand_word": "nghìn", "zero_tens_word": "lẻ", "four_after_tens": "tư"},
]


def test_words_reader_itself() -> None:
    for vnd, expected in MONEY_EXAMPLES:
        assert words_to_int(expected.removesuffix(" đồng").lower()) == vnd
    big = "một nghìn không trăm linh một tỷ không trăm linh hai tỷ"
    assert words_to_int(big) == 1001 * 10**18 + 2 * 10**9
    for broken in ("một hai", "nghìn", "một triệu hai triệu", "mười mười", "hai mươi mươi", "tỷ"):
        with pytest.raises(AssertionError):
            words_to_int(broken)


@pytest.mark.parametrize("options", OPTIONS)
@given(n=st.integers(0, 10**15))
def test_number_in_words_round_trips(options: dict[str, str], n: int) -> None:
    text = number_in_words(n, **options)
    assert words_to_int(text) == n
    assert words_to_int(number_in_words(-n, **options)) == -n
    tokens = text.split()
    other_thousand = "ngàn" if options["thousand_word"] == "nghìn" else "nghìn"
    other_zero = "lẻ" if options["zero_tens_word"] == "linh" else "linh"
    assert other_thousand not in tokens
    assert other_zero not in tokens
    for i, token in enumerate(tokens):
        before = tokens[i - 1] if i else None
        if token == "mốt":
            assert before == "mươi", text
        if token == "lăm":
            assert before in ("mươi", "mười"), text
        if token == options["zero_tens_word"]:
            assert before == "trăm", text
        if token == options["four_after_tens"] == "tư":
            assert before == "mươi", text
        if token == "không" and n != 0:
            assert i > 0 and tokens[i + 1] == "trăm", text
        if token in ("một", "bốn", "năm"):
            assert before != "mươi" or (token, options["four_after_tens"]) == ("bốn", "bốn"), text


@given(st.integers(-(10**30), 10**30))
def test_number_in_words_round_trips_beyond_trieu_ty(n: int) -> None:
    assert words_to_int(number_in_words(n)) == n


@given(st.integers(0, 10**15))
def test_money_in_words_shape(vnd: int) -> None:
    text = money_in_words(vnd)
    assert text.endswith(" đồng")
    assert text[0].isupper()
    assert text[1:] == text[1:].lower()
    assert text == nfc(text)
    assert text[0].lower() + text[1:] == number_in_words(vnd) + " đồng"


# --------------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("month", range(1, 13))
def test_format_date_long_month_padding(month: int) -> None:
    expected_month = f"0{month}" if month <= 2 else str(month)
    assert format_date_long(date(2024, month, 5)) == f"ngày 05 tháng {expected_month} năm 2024"
    assert format_date_long(date(2024, month, 15)) == f"ngày 15 tháng {expected_month} năm 2024"


def test_format_date_long_examples() -> None:
    assert format_date_long(date(2024, 3, 5), "Hải Phòng") == "Hải Phòng, ngày 05 tháng 3 năm 2024"
    assert format_date_long(date(2024, 2, 5)) == "ngày 05 tháng 02 năm 2024"
    assert format_date_long(date(2024, 12, 9), "  Hà   Nội ") == "Hà Nội, ngày 09 tháng 12 năm 2024"
    assert format_date_long(date(2024, 10, 31), "") == "ngày 31 tháng 10 năm 2024"
    assert format_date_long(date(2024, 1, 1), unicodedata.normalize("NFD", "Hải Phòng")) == nfc(
        "Hải Phòng, ngày 01 tháng 01 năm 2024"
    )


def test_format_date_short() -> None:
    assert format_date(date(2024, 3, 5)) == "05/03/2024"
    assert format_date(date(2024, 3, 5), "d/m/yyyy") == "5/3/2024"
    assert format_date(date(2024, 12, 25), "d/m/yyyy") == "25/12/2024"
    with pytest.raises(ValueError):
        format_date(date(2024, 3, 5), "yyyy-mm-dd")  # type: ignore[arg-type]


def test_clean_drops_stray_control_characters_at_every_boundary() -> None:
    assert clean("Nguyễn\x07 Văn\u200b Hùng\x00") == "Nguyễn Văn Hùng"
    assert clean("Phân\txưởng\r\nDệt") == "Phân xưởng Dệt"
    assert clean("\ufeff\x1b") is None
