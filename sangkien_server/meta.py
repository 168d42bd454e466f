"""Facts about one server database kept in ``server_meta``: where its blob files live."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from sangkien_server import db
from sangkien_server.config import default_data_dir
from sangkien_server.models import ServerMeta

DATA_DIR = "data_dir"


def remember_data_dir(db_url: str, data_dir: Path) -> None:
    """Written at start-up so that offline commands (import-file) put blobs where the server reads them."""
    with db.write_session(db_url) as session:
        _set(session, DATA_DIR, str(data_dir.resolve()))
        session.commit()


def data_dir_of(db_url: str) -> Path:
    with db.read_session(db_url) as session:
        row = session.get(ServerMeta, DATA_DIR)
    return Path(row.value) if row is not None else default_data_dir()


def _set(session: Session, key: str, value: str) -> None:
    row = session.get(ServerMeta, key)
    if row is None:
        session.add(ServerMeta(key=key, value=value))
    elif row.value != value:
        row.value = value
