"""The registry's sort and filter indexes on ``initiative`` (models/initiative.py: SORT_INDEXED),
the people list's name-order index on ``person`` (person_search.ORDER_INDEX) and the live-count
triggers (live_count.py).

A bulk load into a table with eight secondary indexes spends most of its time updating them row by
row in random key order; building an index afterwards sorts once and is many times faster. So a
large load (one that at least doubles the table) drops them first and builds them again at the end.
If the process dies in between, ``ensure`` (run each time the store opens) builds what is missing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from . import live_count
from .models import Initiative
from .models.initiative import SORT_INDEXED
from .person_search import ORDER_INDEX, ORDER_INDEX_SQL

__all__ = ["deferred_for_bulk_load", "ensure"]


def _indexes() -> list[sa.Index]:
    names = {f"ix_initiative_{column}" for column in SORT_INDEXED}
    table: sa.Table = Initiative.__table__  # type: ignore[assignment]
    found = [index for index in table.indexes if index.name in names]
    assert len(found) == len(names)
    return found


def ensure(conn: Connection) -> None:
    """Create any of these indexes that is missing (cheap when all exist)."""
    for index in _indexes():
        index.create(conn, checkfirst=True)
    conn.exec_driver_sql(ORDER_INDEX_SQL)
    live_count.ensure(conn)


@contextmanager
def deferred_for_bulk_load(engine: Engine, adding: int) -> Iterator[None]:
    """Without the registry indexes while ``adding`` rows go in, if that at least doubles the table."""
    with engine.begin() as conn:
        existing = int(conn.execute(sa.select(sa.func.count()).select_from(Initiative)).scalar_one())
        defer = adding >= existing
        if defer:
            for index in _indexes():
                index.drop(conn, checkfirst=True)
            conn.exec_driver_sql(f"DROP INDEX IF EXISTS {ORDER_INDEX}")
            live_count.drop(conn)  # one count at the end instead of a counter update per row
    try:
        yield
    finally:
        if defer:
            with engine.begin() as conn:
                ensure(conn)
