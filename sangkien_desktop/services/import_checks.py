"""What an import asks the store while it reads a list: duplicates of each row (same title and lead
author, diacritics ignored) and codes already used. Rows are checked by batches through the search
index, so a store of any size answers without being read whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from sqlalchemy.engine import Connection

from sangkien_desktop.domain.importing import ImportedRow
from sangkien_desktop.domain.text import fold
from sangkien_desktop.importers.analysis import duplicate_key, lead_of
from sangkien_desktop.persistence.search import FTS_TABLE

__all__ = ["StoreLookups"]

_TOKEN: Final = re.compile(r"[^\W_]+")  # what the index's unicode61 tokenizer keeps
_PHRASES_PER_QUERY: Final = 100
_CANDIDATES_SQL: Final = f"""
SELECT f.title, i.code,
  (SELECT p.full_name FROM authorship a JOIN person p ON p.id = a.person_id
   WHERE a.initiative_id = i.id AND a.deleted_at IS NULL ORDER BY a.position LIMIT 1)
FROM {FTS_TABLE} f JOIN initiative i ON i.pk = f.rowid
WHERE {FTS_TABLE} MATCH ? AND i.deleted_at IS NULL
"""


class StoreLookups:
    """``importers.analysis.StoreChecks`` over a connection of the store."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def duplicates(self, rows: Sequence[ImportedRow]) -> dict[int, str]:
        wanted: dict[str, list[int]] = {}
        phrases: list[str] = []
        for row in rows:
            tokens = _TOKEN.findall(fold(row.draft.title))
            if tokens:
                wanted.setdefault(duplicate_key(row.draft.title, lead_of(row)), []).append(row.row)
                phrases.append('"' + " ".join(tokens) + '"')
        found: dict[int, str] = {}
        for start in range(0, len(phrases), _PHRASES_PER_QUERY):
            expression = f"title : ({' OR '.join(phrases[start : start + _PHRASES_PER_QUERY])})"
            for title, code, lead in self._conn.exec_driver_sql(_CANDIDATES_SQL, (expression,)):
                for row_number in wanted.get(duplicate_key(title, lead), ()):
                    found.setdefault(row_number, code)
        return found

    def codes_taken(self, codes: Sequence[str]) -> set[str]:
        taken: set[str] = set()
        unique = sorted(set(codes))
        for start in range(0, len(unique), 500):
            chunk = unique[start : start + 500]
            sql = f"SELECT code FROM initiative WHERE code IN ({','.join('?' * len(chunk))})"
            taken.update(row[0] for row in self._conn.exec_driver_sql(sql, tuple(chunk)))
        return taken
