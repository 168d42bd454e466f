"""The shipped Liberation Serif faces cover Vietnamese and are registered with Qt."""

from __future__ import annotations

import struct
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetrics, QRawFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sangkien_desktop import resources
from sangkien_desktop.resources import (
    SERIF_FACES,
    SERIF_FAMILY,
    UI_FAMILY,
    resource_path,
    resources_dir,
    serif_font_files,
    ui_font_files,
)
from sangkien_desktop.ui.fonts import register_fonts, use_interface_font

# Diacritics as combining marks, so the letters below are built, not typed (and so cannot be mistyped).
BREVE, CIRCUMFLEX, HORN = "\u0306", "\u0302", "\u031b"
TONES = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # huyền, sắc, hỏi, ngã, nặng
PLAIN_VOWELS = ("a", "e", "i", "o", "u", "y")
MARKED_VOWELS = ("a" + BREVE, "a" + CIRCUMFLEX, "e" + CIRCUMFLEX, "o" + CIRCUMFLEX, "o" + HORN, "u" + HORN)
D_STROKE = ("đ", "Đ")
DONG_SIGN = "₫"
FACE_STYLES = {"regular": "Regular", "bold": "Bold", "italic": "Italic", "bold_italic": "Bold Italic"}


def vietnamese_letters() -> set[str]:
    """Every letter of the alphabet (and the Latin letters of foreign names), both cases, with every
    vowel in all five tones, as single NFC code points."""
    vowels = [*PLAIN_VOWELS, *MARKED_VOWELS]
    toned = [vowel + tone for vowel in vowels for tone in TONES]
    lower = [*map(chr, range(ord("a"), ord("z") + 1)), *vowels, *toned]
    letters = {unicodedata.normalize("NFC", text) for base in lower for text in (base, base.upper())}
    return letters | set(D_STROKE)


def test_the_letter_set_is_complete_and_composed() -> None:
    letters = vietnamese_letters()
    assert all(len(letter) == 1 for letter in letters)  # NFC composed every combination
    assert {"ắ", "Ặ", "ỡ", "Ự", "ỷ", "Ỹ", "ề", "ĩ", "Đ"} <= letters
    # 26 Latin + 6 marked vowels, 12 vowels x 5 tones, both cases; plus đ and Đ.
    assert len(letters) == 2 * (26 + 6 + 12 * 5) + 2


SHIPPED = [(SERIF_FAMILY, style, path) for style, path in serif_font_files().items()] + [
    (UI_FAMILY, style, path) for style, path in ui_font_files().items()
]


@pytest.mark.parametrize(("family", "style", "path"), SHIPPED)
def test_every_face_has_every_vietnamese_letter_and_the_dong_sign(qtbot: QtBot, family: str, style: str,
                                                                  path: Path) -> None:
    raw = QRawFont(str(path), 12)
    assert raw.isValid(), path
    assert raw.familyName() == family
    assert raw.styleName() == FACE_STYLES[style]
    # The code point, not the str: PySide's QChar overload answers False for any non-ASCII letter.
    assert not raw.supportsCharacter(ord("中"))  # the check can fail
    missing = sorted(ch for ch in vietnamese_letters() | {DONG_SIGN} if not raw.supportsCharacter(ord(ch)))
    assert missing == []


@pytest.mark.parametrize("style", list(SERIF_FACES))
def test_the_faces_are_liberation_2(qtbot: QtBot, style: str) -> None:
    """Liberation 1.x lacks Vietnamese letters; its files must never come back."""
    head = QRawFont(str(serif_font_files()[style]), 12).fontTable("head").data()
    (revision,) = struct.unpack(">i", head[4:8])  # fontRevision, 16.16 fixed point
    assert revision / 65536 >= 2.0


def test_registration_gives_liberation_serif_and_noto_sans_once(qtbot: QtBot) -> None:
    families = register_fonts()
    assert families == sorted([SERIF_FAMILY, UI_FAMILY])
    assert register_fonts() == families  # idempotent
    assert {"Regular", "Bold", "Italic", "Bold Italic"} <= set(QFontDatabase.styles(SERIF_FAMILY))
    font = QFont(SERIF_FAMILY, 12)
    font.setBold(True)
    font.setItalic(True)
    info = QFontInfo(font)
    assert (info.family(), info.bold(), info.italic()) == (SERIF_FAMILY, True, True)


# -- the resources folder -------------------------------------------------------------------------

def test_resources_are_found_in_the_checkout() -> None:
    root = Path(__file__).resolve().parents[2]
    assert resources_dir() == root / "resources"
    assert resource_path("fonts", "OFL.txt").read_text(encoding="utf-8").count("SIL OPEN FONT LICENSE") == 1
    assert all(path.is_file() for path in serif_font_files().values())


def test_an_override_wins_and_a_missing_folder_is_reported(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "fonts").mkdir()
    (tmp_path / "fonts" / "OFL.txt").write_text("licence", encoding="utf-8")
    monkeypatch.setenv(resources.ENV_VAR, str(tmp_path))
    resources_dir.cache_clear()
    try:
        assert resources_dir() == tmp_path.resolve()
        monkeypatch.setattr(resources, "__file__", str(tmp_path / "nowhere" / "pkg" / "resources.py"))
        monkeypatch.setenv(resources.ENV_VAR, str(tmp_path / "missing"))
        resources_dir.cache_clear()
        with pytest.raises(FileNotFoundError, match=resources.ENV_VAR):
            resources_dir()
    finally:
        monkeypatch.undo()
        resources_dir.cache_clear()
    assert resources_dir().name == "resources"


def test_the_interface_font_keeps_vietnamese_capitals_whole(qtbot: QtBot) -> None:
    """Stacked marks on capitals (Ấ, Ở, Ỗ) must fit in the line a label or tab gives them."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    use_interface_font(app)
    assert QFontInfo(app.font()).family() == UI_FAMILY
    metrics = QFontMetrics(app.font())
    # One pixel over the ascent still shows (rows and tabs pad their text); DejaVu Sans, the usual
    # Linux default, overshoots by three at this size and loses the marks.
    overshoot = {c: -metrics.tightBoundingRect(c).top() - metrics.ascent() for c in "ẤẦẨẪẬỞỠỖỔỮỬÝỶỸ"}
    assert max(overshoot.values()) <= 1, overshoot
