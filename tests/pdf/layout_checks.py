"""Shared assertions of the certificate tests: what was drawn lies in its box, fonts are embedded."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.pdfbase.pdfmetrics import stringWidth

from sangkien_desktop.pdf.certificate import Placed
from sangkien_desktop.pdf.geometry import Page, mm
from tests.pdf.readback import Run, fonts, is_embedded_subset, runs

TOLERANCE_MM = 1.0


def run_for(line: str, drawn: Sequence[Run]) -> Run:
    matches = [run for run in drawn if run.text == line.strip()]
    assert matches, f"not drawn: {line!r}"
    return matches[0]


def assert_inside_boxes(data: bytes, elements: Sequence[Placed]) -> None:
    """Every line of every element is drawn, its baseline and both ends inside the element's box
    (±1 mm), read back from the PDF and measured with the real font."""
    drawn = runs(data)
    for element in elements:
        box = element.box
        for line in element.fitted.lines:
            run = run_for(line, drawn)
            width_mm = stringWidth(line.strip(), element.font, run.size) / mm
            assert run.size == element.fitted.size
            assert box.contains(run.x_mm, run.y_mm, TOLERANCE_MM), (line, run, box)
            assert box.contains(run.x_mm + width_mm, run.y_mm, TOLERANCE_MM), (line, run, box)


def baseline_from_top(data: bytes, page: Page, text: str) -> float:
    return page.height_mm - run_for(text, runs(data)).y_mm


def assert_fonts_embedded_once(data: bytes) -> None:
    found = fonts(data)
    assert found, "no font at all"
    for name, font in found.items():
        assert is_embedded_subset(name, font), name
    faces = [name.partition("+")[2] for name in found]
    assert len(faces) == len(set(faces)), faces  # one font per PostScript name
    assert all(face.startswith("LiberationSerif") for face in faces), faces  # no Helvetica
