"""Where this installation keeps its data (ARCHITECTURE.md §5.5)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "SangKienDesktop"
DATA_DIR_ENV = "SANGKIEN_DATA_DIR"


def resolve_data_dir(explicit: str | Path | None = None) -> Path:
    """``--data-dir`` first, then ``SANGKIEN_DATA_DIR``, then the platform's user data folder."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return Path(from_env).expanduser().resolve()
    return Path(user_data_dir(APP_NAME, appauthor=False))


def demo_data_dir(data_dir: Path) -> Path:
    """The demo store's folder: a sibling ``<name>-demo``, so trying the app never touches real data."""
    return data_dir.with_name(f"{data_dir.name}-demo")
