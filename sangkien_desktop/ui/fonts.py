"""Registers the shipped fonts (``resources/fonts``) with Qt: Liberation Serif, so screen and print
use the same faces, and Noto Sans, the interface font (``use_interface_font``).

Call ``register_fonts()`` once a ``QGuiApplication`` exists; later calls return the same names.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from sangkien_desktop.resources import UI_FAMILY, serif_font_files, ui_font_files

__all__ = ["register_fonts", "use_interface_font"]

# Qt keeps application fonts for the life of the process, so registering once is enough.
_families: list[str] = []


def register_fonts() -> list[str]:
    """Add the shipped faces to Qt's font database; the family names they provide, sorted."""
    if not _families:
        files = [*serif_font_files().values(), *ui_font_files().values()]
        families = {family for path in files for family in _add(str(path))}
        _families.extend(sorted(families))
    return list(_families)


def use_interface_font(app: QGuiApplication) -> None:
    """Every widget in Noto Sans at the platform's usual size (registers the fonts if needed)."""
    register_fonts()
    font = QFont(app.font())
    font.setFamilies([UI_FAMILY])
    app.setFont(font)


def _add(path: str) -> list[str]:
    font_id = QFontDatabase.addApplicationFont(path)
    if font_id < 0:
        raise RuntimeError(f"Qt could not load the font file {path}")
    return QFontDatabase.applicationFontFamilies(font_id)
