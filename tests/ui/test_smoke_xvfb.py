"""The real application in a real X server (Xvfb): start-up on a demo store, the registry with its
first rows and an initiative's editor, saved as screenshots for people to look at (the diacritics)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from sangkien_desktop.services.container import Services
from sangkien_desktop.services.demo import generate_demo

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / ".screenshots"  # kept after the run (ignored by git), for a person to open


def _distinct_colours(image: QImage) -> int:
    step = max(1, image.width() // 200)
    return len({image.pixel(x, y) for x in range(0, image.width(), step)
                for y in range(0, image.height(), step)})


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run (make test installs it)")
def test_real_window_under_xvfb_shows_registry_and_editor(services: Services) -> None:
    generate_demo(services, 300, seed=3)
    services.close()  # the app opens the store itself, with its own writer lock
    SHOTS.mkdir(exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"} | {"QT_QPA_PLATFORM": "xcb"}
    done = subprocess.run(
        ["xvfb-run", "--auto-servernum", "--server-args=-screen 0 1366x800x24", sys.executable, "-m",
         "tests.support.screenshot_probe", str(services.paths.data_dir), str(SHOTS)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    for name, width in (("registry.png", 1280), ("editor.png", 1000)):
        image = QImage(str(SHOTS / name))
        assert image.width() >= width and image.height() > 500, name
        assert _distinct_colours(image) > 20, f"{name} looks blank"  # text, table lines, widgets
