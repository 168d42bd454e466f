"""The one resolver for the ``resources/`` folder (fonts, translations sources, templates, images).

No Qt and no third-party import, so the UI, the PDF layer and the CLI can all use it. The folder is
looked for, in order: ``SANGKIEN_RESOURCES_DIR`` (an override for packagers and support), a frozen
bundle's data folder (PyInstaller's ``sys._MEIPASS``), and the source checkout (next to the
``sangkien_desktop`` package).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path
from typing import Final

__all__ = ["ENV_VAR", "SERIF_FACES", "SERIF_FAMILY", "UI_FACES", "UI_FAMILY", "resource_path",
           "resources_dir", "serif_font_files", "ui_font_files"]

ENV_VAR: Final = "SANGKIEN_RESOURCES_DIR"
# A file that only the real folder has: guards against picking up an unrelated "resources" folder.
_MARKER: Final = Path("fonts") / "OFL.txt"

# Liberation Serif 2.x (resources/fonts/README.md): the screen and the printed papers use the same faces.
SERIF_FAMILY: Final = "Liberation Serif"
SERIF_FACES: Final[dict[str, str]] = {
    "regular": "LiberationSerif-Regular.ttf",
    "bold": "LiberationSerif-Bold.ttf",
    "italic": "LiberationSerif-Italic.ttf",
    "bold_italic": "LiberationSerif-BoldItalic.ttf",
}

# Noto Sans for the interface: its line height holds the stacked marks of Vietnamese capitals
# (Ấ, Ở, Ỗ), which the usual Linux sans faces clip at the top of labels and tabs.
UI_FAMILY: Final = "Noto Sans"
UI_FACES: Final[dict[str, str]] = {
    "regular": "NotoSans-Regular.ttf",
    "bold": "NotoSans-Bold.ttf",
    "italic": "NotoSans-Italic.ttf",
    "bold_italic": "NotoSans-BoldItalic.ttf",
}


def _candidates() -> list[Path]:
    found: list[Path] = []
    override = os.environ.get(ENV_VAR)
    if override:
        found.append(Path(override))
    bundle = getattr(sys, "_MEIPASS", None)
    if isinstance(bundle, str):
        found.append(Path(bundle) / "resources")
    found.append(Path(__file__).resolve().parent.parent / "resources")
    return found


@cache
def resources_dir() -> Path:
    """The absolute ``resources/`` folder; ``FileNotFoundError`` (an installation fault) if none."""
    candidates = _candidates()
    for folder in candidates:
        if (folder / _MARKER).is_file():
            return folder.resolve()
    tried = ", ".join(str(folder) for folder in candidates)
    raise FileNotFoundError(f"resources folder not found (looked in: {tried}); set {ENV_VAR}")


def resource_path(*parts: str) -> Path:
    """A path inside ``resources/``, e.g. ``resource_path("fonts", "OFL.txt")``; not checked to exist."""
    return resources_dir().joinpath(*parts)


def serif_font_files() -> dict[str, Path]:
    """The four shipped Liberation Serif faces by style (keys of ``SERIF_FACES``)."""
    return {style: resource_path("fonts", name) for style, name in SERIF_FACES.items()}


def ui_font_files() -> dict[str, Path]:
    """The four shipped Noto Sans faces by style (keys of ``UI_FACES``)."""
    return {style: resource_path("fonts", name) for style, name in UI_FACES.items()}
