"""Settings of one running central server (sizes and durations of SYNC.md §7)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

MIB = 1024 * 1024
ENV_DB = "SANGKIEN_SERVER_DB"


@dataclass(frozen=True)
class ServerSettings:
    db_url: str
    data_dir: Path
    max_body_bytes: int = 8 * MIB  # request body limit, compressed and after decompression
    replay_retention_days: int = 30
    enrollment_ttl_days: int = 7
    min_client_version: str = "0.1.0"
    blob_max_bytes: int = 50 * MIB
    message: str = ""  # shown by clients after a successful ping (maintenance notices)


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("sangkien-server", appauthor=False))


def default_db_url() -> str:
    """``SANGKIEN_SERVER_DB`` when set, else a SQLite file in the server's data folder."""
    from_env = os.environ.get(ENV_DB, "").strip()
    if from_env:
        return from_env
    return sqlite_url(default_data_dir() / "sangkien-server.db")


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"
