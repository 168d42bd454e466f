"""Diacritic-insensitive search over people: the folded full name and department.

The same kind of FTS5 table as the initiative index (``search.FtsIndex``), keyed by ``person.pk``
and written in the transaction of the change: "hung det" finds Hùng of "Phân xưởng Dệt", and
"nguyen van h" finds "Nguyễn Văn Hùng" (``search.match_expression``). Tombstoned persons leave
the index, so a match count is a count of living persons. Pages are read in two steps (the pks
here, then the rows for those pks) so that an offset deep in 300,000 persons skips index entries,
not computed rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.engine import Connection

from sangkien_desktop.domain.text import fold

from .search import FtsIndex, match_expression

INDEX = FtsIndex("person_fts", ("name", "department"))
FTS_TABLE = INDEX.table
# Living persons in name order: pages deep in the list and broad matches walk it instead of
# sorting (kept outside the ORM metadata, like the FTS table, since only this module queries it).
ORDER_INDEX = "ix_person_live_name"
# From this many matches on, walking ORDER_INDEX and probing the matches beats sorting them.
WALK_FROM = 10_000
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


ORDER_INDEX_SQL = (f"CREATE INDEX IF NOT EXISTS {ORDER_INDEX} ON person (name_sort_key, id) "
                   "WHERE deleted_at IS NULL")


def create_index(conn: Connection) -> None:
    INDEX.create(conn)
    conn.exec_driver_sql(ORDER_INDEX_SQL)


def page_pks(conn: Connection, text: str, limit: int, offset: int) -> tuple[int, list[int]]:
    """Total and one page of living persons' pks matching ``text`` (everyone for a blank text),
    in Vietnamese name order (given name first), then by id."""
    expression = match_expression(text)
    if expression is None:
        total = conn.exec_driver_sql("SELECT count(*) FROM person WHERE deleted_at IS NULL").scalar_one()
        rows = conn.exec_driver_sql(_PAGE_SQL.format(indexed="", matching=""), (limit, offset))
        return int(total), [r[0] for r in rows]
    total = INDEX.count_matches(conn, expression)
    if total == 0:
        return 0, []
    indexed = f"INDEXED BY {ORDER_INDEX}" if total >= WALK_FROM else ""
    matching = f"AND pk IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?)"
    sql = _PAGE_SQL.format(indexed=indexed, matching=matching)
    rows = conn.exec_driver_sql(sql, (expression, limit, offset))
    return total, [r[0] for r in rows]


_PAGE_SQL = (
    "SELECT pk FROM person {indexed} WHERE deleted_at IS NULL {matching} "
    "ORDER BY name_sort_key, id LIMIT ? OFFSET ?"
)


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
    """Index every living person of a store whose index is empty (a migration); returns the count.
    ``ORDER_INDEX`` fills itself, being an ordinary index."""
    cursor = conn.exec_driver_sql(
        "SELECT pk, full_name, coalesce(department, '') FROM person WHERE deleted_at IS NULL"
    )
    done = 0
    while batch := cursor.fetchmany(_FILL_BATCH):
        INDEX.insert_folded(conn, [PersonDoc(r[0], r[1], r[2]).folded() for r in batch])
        done += len(batch)
    return done
