"""TCVN3 and VNI conversion, letter by letter for all 134 Vietnamese letters, and encoding detection."""

from __future__ import annotations

import unicodedata

import pytest

from sangkien_desktop.domain.importing import TextEncoding
from sangkien_desktop.importers.detect import detect_encoding, is_syllable
from sangkien_desktop.importers.legacy import (
    VIETNAMESE_LETTERS,
    convert,
    decode_tcvn3,
    decode_vni,
    encode_tcvn3,
    encode_vni,
    font_encoding,
)

LOWER = VIETNAMESE_LETTERS[:67]
UPPER = VIETNAMESE_LETTERS[67:]
# The TCVN3 code of each lower-case letter, as the character Windows-1252 shows for it (TCVN 5712:1993).
TCVN3_SHOWN = "µ¶·¸¹¨»¼½¾Æ©ÇÈÉÊË®ÌÎÏÐÑªÒÓÔÕÖ×ØÜÝÞßáâãä«åæçèé¬êëìíîïñòóô\xadõö÷øùúûüýþ"
TCVN3_CAPITALS = {"Ă": "¡", "Â": "¢", "Ê": "£", "Ô": "¤", "Ơ": "¥", "Ư": "¦", "Đ": "§"}
# VNI-Windows: the base letter and the code carrying the marks, per letter of LOWER.
VNI_SHOWN = [
    "aø",
    "aû",
    "aõ",
    "aù",
    "aï",
    "aê",
    "aè",
    "aú",
    "aü",
    "aé",
    "aë",
    "aâ",
    "aà",
    "aå",
    "aã",
    "aá",
    "aä",
    "ñ",
    "eø",
    "eû",
    "eõ",
    "eù",
    "eï",
    "eâ",
    "eà",
    "eå",
    "eã",
    "eá",
    "eä",
    "ì",
    "æ",
    "ó",
    "í",
    "ò",
    "oø",
    "oû",
    "oõ",
    "où",
    "oï",
    "oâ",
    "oà",
    "oå",
    "oã",
    "oá",
    "oä",
    "ô",
    "ôø",
    "ôû",
    "ôõ",
    "ôù",
    "ôï",
    "uø",
    "uû",
    "uõ",
    "uù",
    "uï",
    "ö",
    "öø",
    "öû",
    "öõ",
    "öù",
    "öï",
    "yø",
    "yû",
    "yõ",
    "yù",
    "î",
]


def test_the_letters_are_the_134_vietnamese_ones() -> None:
    assert len(VIETNAMESE_LETTERS) == len(set(VIETNAMESE_LETTERS)) == 134
    assert all(unicodedata.is_normalized("NFC", ch) and not ch.isascii() for ch in VIETNAMESE_LETTERS)
    assert LOWER.upper() == UPPER
    bases = {unicodedata.normalize("NFD", ch)[0] for ch in LOWER} - {"đ"}
    assert bases == set("aeiouy")


@pytest.mark.parametrize(("letter", "shown"), list(zip(LOWER, TCVN3_SHOWN, strict=True)))
def test_tcvn3_lower_case_letter(letter: str, shown: str) -> None:
    assert decode_tcvn3(shown) == letter
    assert encode_tcvn3(letter) == (shown, False)


@pytest.mark.parametrize(("letter", "shown"), list(zip(UPPER, TCVN3_SHOWN, strict=True)))
def test_tcvn3_capital_letter(letter: str, shown: str) -> None:
    """Capitals with their own code use it; the others are the lower-case code in an "H" font."""
    if letter in TCVN3_CAPITALS:
        assert encode_tcvn3(letter) == (TCVN3_CAPITALS[letter], False)
        assert decode_tcvn3(TCVN3_CAPITALS[letter]) == letter
    else:
        assert encode_tcvn3(letter) == (shown, True)
    assert decode_tcvn3(shown, capitals=True) == letter


@pytest.mark.parametrize(("letter", "shown"), list(zip(LOWER, VNI_SHOWN, strict=True)))
def test_vni_lower_case_letter(letter: str, shown: str) -> None:
    assert encode_vni(letter) == shown
    assert decode_vni(shown) == letter


@pytest.mark.parametrize(("letter", "shown"), list(zip(UPPER, VNI_SHOWN, strict=True)))
def test_vni_capital_letter(letter: str, shown: str) -> None:
    capital = "".join(chr(ord(c) - 0x20) if ord(c) >= 0xE0 else c.upper() for c in shown)
    assert encode_vni(letter) == capital
    assert decode_vni(capital) == letter


def test_examples_of_the_domain_document() -> None:
    assert decode_tcvn3("Uû ban nh©n d©n") == "Uỷ ban nhân dân"
    assert decode_vni("BOÄ GIAO THOÂNG VAÄN TAÛI") == "BỘ GIAO THÔNG VẬN TẢI"


@pytest.mark.parametrize(
    "text",
    ["Nguyễn Thị Hường – Cải tiến đường ống dẫn nước", "Lê Đức Thắng, Phân xưởng Dệt 2", "Quy trình 5S"],
)
def test_round_trip_of_whole_texts(text: str) -> None:
    encoded, _ = encode_tcvn3(text)
    assert decode_tcvn3(encoded) == text
    assert decode_vni(encode_vni(text)) == text


def test_capital_text_in_an_h_font() -> None:
    encoded, needs_h = encode_tcvn3("PHÒNG VẬT TƯ")
    assert needs_h and encoded == encode_tcvn3("phòng vật tư")[0]
    assert decode_tcvn3(encoded, capitals=True) == "PHÒNG VẬT TƯ"
    with pytest.raises(ValueError, match="capitals"):
        encode_tcvn3("Ánh")


def test_unicode_text_is_never_converted() -> None:
    """Characters no 8-bit code gives prove the text is Unicode already."""
    assert convert("Nguyễn Văn Đức", TextEncoding.TCVN3) == "Nguyễn Văn Đức"
    assert convert("Nguyễn Văn Đức", TextEncoding.VNI) == "Nguyễn Văn Đức"
    decomposed = unicodedata.normalize("NFD", "Hoà bình")
    assert convert(decomposed, TextEncoding.UNICODE) == "Hoà bình"


@pytest.mark.parametrize(
    ("name", "hint"),
    [
        (".VnTime", (TextEncoding.TCVN3, False)),
        (".VnTimeH", (TextEncoding.TCVN3, True)),
        (".VnArial NarrowH", (TextEncoding.TCVN3, True)),
        ("VNI-Times", (TextEncoding.VNI, False)),
        ("VNI-Helve", (TextEncoding.VNI, False)),
        ("Times New Roman", None),
        ("Calibri", None),
        (None, None),
    ],
)
def test_font_names(name: str | None, hint: tuple[TextEncoding, bool] | None) -> None:
    assert font_encoding(name) == hint


SAMPLE = ["Nguyễn Thị Hoa", "Cải tiến đường ống dẫn nước", "Trần Văn Hùng", "Phân xưởng Dệt", "Sáng kiến"]


@pytest.mark.parametrize("encoding", list(TextEncoding))
def test_detection_of_each_encoding(encoding: TextEncoding) -> None:
    stored = {
        TextEncoding.UNICODE: SAMPLE,
        TextEncoding.TCVN3: [encode_tcvn3(t)[0] for t in SAMPLE],
        TextEncoding.VNI: [encode_vni(t) for t in SAMPLE],
    }[encoding]
    report = detect_encoding(stored, {})
    assert report.detected is encoding
    assert report.converted[encoding] == tuple(t for t in SAMPLE if not t.isascii())[: len(report.samples)]
    assert report.capitals_may_be_lost is (encoding is TextEncoding.TCVN3)


def test_fonts_settle_a_text_without_accents() -> None:
    report = detect_encoding(["Nguyen Van An"], {".VnTime": 1})
    assert report.detected is TextEncoding.TCVN3
    assert report.fonts == (".VnTime",)
    assert not report.capitals_may_be_lost


def test_question_marks_in_place_of_letters_are_reported() -> None:
    assert detect_encoding(["Nguy?n Th? Hoa", "C?i ti?n m?y"], {}).data_lost
    assert not detect_encoding(["Có nên thay máy?"], {}).data_lost


@pytest.mark.parametrize("word", ["nghiêng", "khuỷu", "người", "quốc", "giữa", "oai", "Đường"])
def test_syllables(word: str) -> None:
    assert is_syllable(word)


@pytest.mark.parametrize("word", ["nh©n", "ñoã", "ệệ", "tiếnǵ", "xyz"])
def test_not_syllables(word: str) -> None:
    assert not is_syllable(word)
