"""Diacritic-insensitive full-text search over initiatives (DOMAIN.md §10.2).

An FTS5 table keyed by ``initiative.pk`` holds ``fold()``-ed text: the tokenizer strips tones and
vowel marks itself, but treats đ as its own letter, so folding in Python first is what lets
"duong" find "đường". The index is written by the same transaction as the change it reflects.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import Connection

from sangkien_desktop.domain.text import fold

FTS_TABLE = "initiative_fts"
COLUMNS = ("title", "summary", "people", "department", "refs")
_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class SearchDoc:
    """The searchable text of one initiative, before folding."""

    pk: int
    title: str
    summary: str = ""
    people: str = ""
    department: str = ""
    refs: str = ""

    def folded(self) -> tuple[int, str, str, str, str, str]:
        return (
            self.pk,
            fold(self.title),
            fold(self.summary),
            fold(self.people),
            fold(self.department),
            fold(self.refs),
        )


@dataclass(frozen=True)
class FtsIndex:
    """One FTS5 table of ``fold()``-ed text whose rowid is its record's ``pk`` (shared by the
    initiative index here and the person index of ``person_search``)."""

    table: str
    columns: tuple[str, ...]

    def create(self, conn: Connection) -> None:
        conn.exec_driver_sql(
            f"CREATE VIRTUAL TABLE {self.table} USING fts5({', '.join(self.columns)}, "
            "tokenize='unicode61 remove_diacritics 2')"
        )

    def insert_folded(self, conn: Connection, rows: Sequence[tuple[Any, ...]]) -> None:
        """Rows ``(pk, *folded columns)`` of records not yet in the index."""
        if rows:
            marks = ", ".join("?" * (len(self.columns) + 1))
            conn.exec_driver_sql(
                f"INSERT INTO {self.table}(rowid, {', '.join(self.columns)}) VALUES ({marks})", list(rows)
            )

    def replace(self, conn: Connection, rows: Sequence[tuple[Any, ...]]) -> None:
        """Replace the index rows of these records."""
        if rows:
            self.drop(conn, [r[0] for r in rows])
            self.insert_folded(conn, rows)

    def drop(self, conn: Connection, pks: Sequence[int]) -> None:
        if pks:
            conn.exec_driver_sql(f"DELETE FROM {self.table} WHERE rowid = ?", [(pk,) for pk in pks])

    def count_matches(self, conn: Connection, expression: str) -> int:
        sql = f"SELECT count(*) FROM {self.table} WHERE {self.table} MATCH ?"
        return int(conn.exec_driver_sql(sql, (expression,)).scalar_one())


INITIATIVES = FtsIndex(FTS_TABLE, COLUMNS)


def create_index(conn: Connection) -> None:
    INITIATIVES.create(conn)


def write_docs(conn: Connection, docs: Iterable[SearchDoc]) -> None:
    """Replace the index rows of these initiatives."""
    INITIATIVES.replace(conn, [doc.folded() for doc in docs])


def insert_folded(conn: Connection, rows: Sequence[tuple[int, str, str, str, str, str]]) -> None:
    """Index rows of initiatives not yet in the index, already folded (bulk loaders fold elsewhere)."""
    INITIATIVES.insert_folded(conn, rows)


def drop_docs(conn: Connection, pks: Sequence[int]) -> None:
    INITIATIVES.drop(conn, pks)


_DOC_SQL = """
SELECT i.pk, i.title, coalesce(i.summary, ''), coalesce(i.department, ''), i.code,
  coalesce((SELECT group_concat(p.full_name, ' ') FROM authorship a JOIN person p ON p.id = a.person_id
            WHERE a.initiative_id = i.id AND a.deleted_at IS NULL), ''),
  coalesce((SELECT group_concat(d.number, ' ') FROM recognition_decision d
            WHERE d.initiative_id = i.id AND d.deleted_at IS NULL), ''),
  i.deleted_at IS NOT NULL
FROM initiative i WHERE i.id IN ({marks})
"""


def reindex(conn: Connection, initiative_ids: Sequence[str]) -> None:
    """Rebuild the index rows of these initiatives from the tables (deleted ones leave the index)."""
    for start in range(0, len(initiative_ids), 500):
        chunk = list(initiative_ids[start : start + 500])
        rows = conn.exec_driver_sql(
            _DOC_SQL.format(marks=",".join("?" * len(chunk))), tuple(chunk)
        ).fetchall()
        drop_docs(conn, [r[0] for r in rows if r[7]])
        write_docs(
            conn,
            (
                SearchDoc(
                    pk=r[0], title=r[1], summary=r[2], department=r[3], refs=f"{r[4]} {r[6]}", people=r[5]
                )
                for r in rows
                if not r[7]
            ),
        )


def has_words(query: str) -> bool:
    """Whether the text holds anything searchable at all (not only spaces and punctuation)."""
    return bool(_TOKEN.search(fold(query)))


def match_expression(query: str, min_prefix: int = 1) -> str | None:
    """Every word must occur (in any column). The word being typed is a prefix ("cai ti" finds
    "cải tiến"); the words before it are whole words, and so is the last one once a space follows
    it. Whole words are also several times cheaper for FTS5 than prefixes on a large store.

    A word still being typed that is shorter than ``min_prefix`` is left out until it grows: on a
    million initiatives the prefix "t*" stands for most of the index (over a second to count),
    while "nguyen t" searched as "nguyen" answers at once with a superset of what the officer wants."""
    tokens = _TOKEN.findall(fold(query))
    still_typing = not query[-1:].isspace()
    if tokens and still_typing and len(tokens[-1]) < min_prefix:
        tokens.pop()
        still_typing = False
    if not tokens:
        return None
    terms = [f'"{token}"' for token in tokens]
    if still_typing:
        terms[-1] += "*"
    return " ".join(terms)


def count_matches(conn: Connection, expression: str) -> int:
    return INITIATIVES.count_matches(conn, expression)
