"""Reading PDFs back for the document tests: text runs with their positions, and the fonts used."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass
from typing import Any

from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

from sangkien_desktop.pdf.geometry import mm


@dataclass(frozen=True)
class Run:
    """A piece of text as drawn: its baseline start in mm from the page's bottom-left corner."""

    text: str
    x_mm: float
    y_mm: float
    font: str
    size: float


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def page_text(data: bytes, page: int = 0) -> str:
    """The extracted text of a page, NFC, whitespace runs as one space."""
    text = reader(data).pages[page].extract_text()
    return " ".join(unicodedata.normalize("NFC", text).split())


def runs(data: bytes, page: int = 0) -> list[Run]:
    """Every non-blank text run of a page with its position (text matrix times the CTM)."""
    found: list[Run] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if not text.strip():
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        name = str(font.get("/BaseFont", "")) if font else ""
        found.append(Run(unicodedata.normalize("NFC", text.strip()), x / mm, y / mm, name,
                         size * tm[0] * cm[0]))

    reader(data).pages[page].extract_text(visitor_text=visit)
    return found


def _fonts_in(resources: Any, seen: set[int], out: dict[str, DictionaryObject]) -> None:
    if isinstance(resources, IndirectObject):
        resources = resources.get_object()
    if not isinstance(resources, DictionaryObject):
        return
    for font in (resources.get("/Font") or {}).values():
        font = font.get_object()
        out[str(font["/BaseFont"])] = font
    for xobject in (resources.get("/XObject") or {}).values():
        obj = xobject.get_object()
        key = id(obj)
        if key not in seen and obj.get("/Subtype") == "/Form":
            seen.add(key)
            _fonts_in(obj.get("/Resources"), seen, out)


def fonts(data: bytes) -> dict[str, DictionaryObject]:
    """Every font of every page and form, by base name ("AAAAAA+LiberationSerif")."""
    out: dict[str, DictionaryObject] = {}
    for page in reader(data).pages:
        _fonts_in(page.get("/Resources"), set(), out)
    return out


def is_embedded_subset(name: str, font: DictionaryObject) -> bool:
    """A six-capital subset tag before the name and the font program in the PDF."""
    tag, _, _ = name.lstrip("/").partition("+")
    descriptor = font.get("/FontDescriptor")
    descriptor = descriptor.get_object() if descriptor is not None else {}
    embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
    return len(tag) == 6 and tag.isupper() and "+" in name and embedded
