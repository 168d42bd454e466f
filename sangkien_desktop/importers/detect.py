"""Which encoding a file's text is in: decode a sample each way and count real Vietnamese syllables
(DOMAIN.md §10.7 steps 1–3). Legacy font names, when the file has them, settle a close call.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Final

from sangkien_desktop.domain.importing import EncodingReport, TextEncoding

from .legacy import convert, font_encoding

__all__ = ["detect_encoding", "is_syllable", "syllable_share"]

_TONES: Final = frozenset("\u0300\u0301\u0303\u0309\u0323")
_INITIAL: Final = "ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnpqrstvx]"
# Vowel groups of Vietnamese rhymes without tone marks (glides included), longest first.
_VOWELS: Final = sorted(
    [
        "a",
        "ă",
        "â",
        "e",
        "ê",
        "i",
        "o",
        "ô",
        "ơ",
        "u",
        "ư",
        "y",
        "ai",
        "ao",
        "au",
        "ay",
        "âu",
        "ây",
        "eo",
        "êu",
        "ia",
        "iê",
        "iêu",
        "iu",
        "oa",
        "oai",
        "oao",
        "oay",
        "oă",
        "oe",
        "oeo",
        "oi",
        "ôi",
        "ơi",
        "oo",
        "ua",
        "uâ",
        "uây",
        "uê",
        "ui",
        "uô",
        "uôi",
        "uơ",
        "uy",
        "uya",
        "uyê",
        "uyu",
        "ưa",
        "ưi",
        "ươ",
        "ươi",
        "ươu",
        "ưu",
        "yê",
        "yêu",
    ],
    key=len,
    reverse=True,
)
_SYLLABLE: Final = re.compile(rf"(?:{_INITIAL})?(?:{'|'.join(_VOWELS)})(?:ch|ng|nh|[cmnpt])?")
_SPLIT: Final = re.compile(r"[\s,.;:!?()\[\]{}\"“”‘’'/\\\-–—+*=<>|_]+")
_LOST: Final = re.compile(r"[^\W\d_]\?[^\W\d_]|[^\W\d_]\?(?=\s|$)")
SAMPLES: Final = 5


@functools.lru_cache(maxsize=8192)  # the sample's words repeat, under each of the encodings tried
def is_syllable(word: str) -> bool:
    """A Vietnamese syllable: initial consonant, vowel group, final consonant, at most one tone."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    if sum(ch in _TONES for ch in decomposed) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONES))
    return _SYLLABLE.fullmatch(bare) is not None


def syllable_share(texts: Iterable[str]) -> tuple[int, int]:
    """(syllables, words) over the words that hold a non-ASCII character (the others read the same
    in every encoding); a word with digits does not count."""
    good = counted = 0
    for text in texts:
        for word in _SPLIT.split(text):
            if not word or word.isascii() or any(ch.isdigit() for ch in word):
                continue
            counted += 1
            good += word.isalpha() and is_syllable(word)
    return good, counted


def detect_encoding(texts: Sequence[str], fonts: Mapping[str, int]) -> EncodingReport:
    """The best reading of ``texts`` (cell texts as stored) given the fonts used in the file."""
    hints = {hint[0] for name in fonts if (hint := font_encoding(name)) is not None}
    scores = {encoding: _score(texts, encoding) for encoding in TextEncoding}
    detected = max(TextEncoding, key=lambda e: (scores[e], e in hints, e is TextEncoding.UNICODE))
    if hints and detected is TextEncoding.UNICODE:
        # The fonts say legacy: trust them unless the text reads clearly better as Unicode.
        hinted = max(hints, key=lambda e: scores[e])
        if scores[hinted] >= scores[TextEncoding.UNICODE] - 0.05:
            detected = hinted
    samples = _samples(texts, detected)
    legacy_fonts = tuple(sorted(name for name in fonts if font_encoding(name) is not None))
    return EncodingReport(
        detected=detected,
        fonts=legacy_fonts,
        samples=samples,
        converted={e: tuple(convert(s, e) for s in samples) for e in TextEncoding},
        capitals_may_be_lost=detected is TextEncoding.TCVN3 and not legacy_fonts,
        data_lost=sum(len(_LOST.findall(t)) for t in texts) >= 2,
    )


def _score(texts: Sequence[str], encoding: TextEncoding) -> float:
    good, counted = syllable_share(convert(t, encoding) for t in texts)
    return good / counted if counted else 0.0


def _samples(texts: Sequence[str], encoding: TextEncoding) -> tuple[str, ...]:
    """A few distinct texts that the detected encoding changes (or any non-ASCII ones), longest words
    first so the officer sees enough letters to judge."""
    seen: list[str] = []
    for text in texts:
        if text.isascii() or text in seen:
            continue
        if encoding is TextEncoding.UNICODE or convert(text, encoding) != text:
            seen.append(text)
        if len(seen) >= SAMPLES:
            break
    return tuple(seen)
