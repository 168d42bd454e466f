"""The registry's derived sort keys: the title's and the lead author's Vietnamese alphabetical keys.

Written in the same transaction as the change that affects them (the unit of work calls ``refresh``
for the initiatives whose search text it refreshes: the same set of causes), by the bulk loaders
as they build rows, and by migration 0004 for rows that existed before.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.engine import Connection

from sangkien_desktop.domain.text import ToneOrder, text_sort_key

CHUNK = 500

# The lead author is the live authorship with the lowest position; the key is their name key.
_LEAD_KEY_SQL = """
UPDATE initiative SET lead_sort_key = coalesce((
  SELECT p.name_sort_key FROM authorship a JOIN person p ON p.id = a.person_id
  WHERE a.initiative_id = initiative.id AND a.deleted_at IS NULL
  ORDER BY a.position LIMIT 1), '')
WHERE id IN ({marks})
"""


def title_key(title: str, tone_order: ToneOrder = "dictionary") -> str:
    return text_sort_key(title, tone_order)


def refresh(conn: Connection, initiative_ids: Sequence[str], tone_order: ToneOrder = "dictionary") -> None:
    """Recompute both keys of these initiatives from the tables."""
    for start in range(0, len(initiative_ids), CHUNK):
        chunk = tuple(initiative_ids[start : start + CHUNK])
        marks = ",".join("?" * len(chunk))
        rows = conn.exec_driver_sql(
            f"SELECT id, title, title_sort_key FROM initiative WHERE id IN ({marks})", chunk
        ).fetchall()
        changed = [(key, r[0]) for r in rows if (key := title_key(r[1], tone_order)) != r[2]]
        if changed:
            conn.exec_driver_sql("UPDATE initiative SET title_sort_key = ? WHERE id = ?", changed)
        conn.exec_driver_sql(_LEAD_KEY_SQL.format(marks=marks), chunk)


def refresh_all(conn: Connection, tone_order: ToneOrder = "dictionary") -> None:
    """Every initiative (migration, or after the tone-order setting changes)."""
    ids = [row[0] for row in conn.exec_driver_sql("SELECT id FROM initiative")]
    refresh(conn, ids, tone_order)
