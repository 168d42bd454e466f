"""Diacritic-insensitive search over people: the folded full name and department.

The same kind of FTS5 table as the initiative index (``search.FtsIndex``), keyed by ``person.pk``
and written in the transaction of the change: "hung det" finds Hùng of "Phân xưởng Dệt", and
"nguyen van h" finds "Nguyễn Văn Hùng" (``search.match_expression``). Tombstoned persons leave
the index, so a match count is a count of living persons.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.engine import Connection

from sangkien_desktop.domain.text import fold

from .search import FtsIndex

INDEX = FtsIndex("person_fts", ("name", "department"))
FTS_TABLE = INDEX.table
_CHUNK = 500
_FILL_BATCH = 5000

FoldedPerson = tuple[int, str, str]


@dataclass(frozen=True)
class PersonDoc:
    """The searchable text of one person, before folding."""

    pk: int
    full_name: str
    department: str = ""

    def folded(self) -> FoldedPerson:
        return (self.pk, fold(self.full_name), fold(self.department))


def create_index(conn: Connection) -> None:
    INDEX.create(conn)


_DOC_SQL = """
SELECT pk, full_name, coalesce(department, ''), deleted_at IS NOT NULL
FROM person WHERE id IN ({marks})
"""


def reindex(conn: Connection, person_ids: Sequence[str]) -> None:
    """Rebuild the index rows of these persons from the table (tombstoned ones leave the index)."""
    for start in range(0, len(person_ids), _CHUNK):
        chunk = list(person_ids[start : start + _CHUNK])
        sql = _DOC_SQL.format(marks=",".join("?" * len(chunk)))
        rows = conn.exec_driver_sql(sql, tuple(chunk)).fetchall()
        INDEX.drop(conn, [r[0] for r in rows if r[3]])
        INDEX.replace(conn, [PersonDoc(r[0], r[1], r[2]).folded() for r in rows if not r[3]])


def fill(conn: Connection) -> int:
    """Index every living person of a store whose index is empty (a migration); returns the count."""
    cursor = conn.exec_driver_sql(
        "SELECT pk, full_name, coalesce(department, '') FROM person WHERE deleted_at IS NULL"
    )
    done = 0
    while batch := cursor.fetchmany(_FILL_BATCH):
        INDEX.insert_folded(conn, [PersonDoc(r[0], r[1], r[2]).folded() for r in batch])
        done += len(batch)
    return done
