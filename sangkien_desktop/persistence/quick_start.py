"""What the desktop app shows first, read with the standard library before SQLAlchemy is loaded.

A cold start spends half its time importing SQLAlchemy and declaring the models. The window does not
need them to show the office's name, the pending-changes count and the registry's first rows: this
module reads those from an up-to-date store with ``sqlite3`` and the statements the repositories
themselves run (``quick_sql_compiled``), while the services are built on the database lane. Any
doubt (no store, another schema revision, not set up, a grouped sort, an error) returns less, and
the app falls back to the services for it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sangkien_desktop.domain import enums
from sangkien_desktop.domain.errors import StoreError
from sangkien_desktop.domain.model import InitiativeView, OfficeTitle, Page
from sangkien_desktop.domain.officers import OfficerView
from sangkien_desktop.domain.registry_sort import RegistrySort

from . import quick_sql_compiled as sql
from .store_files import StorePaths, head_revision, read_only_connection, read_revision
from .view_rows import view_of

__all__ = ["QuickStart", "read_quick_start"]


@dataclass(frozen=True)
class QuickStart:
    title: OfficeTitle
    pending: int
    first_page: Page[InitiativeView] | None  # None: this sort is read by the services
    officers: tuple[OfficerView, ...]  # who may sign in


def read_quick_start(paths: StorePaths, sort: RegistrySort, limit: int) -> QuickStart | None:
    """The first screen's data, or None when the store is not ready to open without the services."""
    try:
        if not paths.db.exists() or read_revision(paths.db) != head_revision():
            return None
        with closing(read_only_connection(paths.db)) as conn:
            title = conn.execute(*sql.OFFICE_TITLE).fetchone()
            if title is None:
                return None  # not set up yet: the setup wizard runs
            pending = int(conn.execute(*sql.PENDING).fetchone()[0])
            choices = conn.execute(*sql.SIGN_IN_CHOICES)
            officers = tuple(OfficerView(*_typed(row, _SIGN_IN)) for row in choices)
            return QuickStart(OfficeTitle(*title), pending, _first_page(conn, sort, limit), officers)
    except (sqlite3.Error, StoreError):
        return None  # opening through the services explains the problem to the officer


def _first_page(conn: sqlite3.Connection, sort: RegistrySort, limit: int) -> Page[InitiativeView] | None:
    statement = sql.FIRST_PKS.get(sort.name)
    if statement is None:
        return None
    total = int(conn.execute(*sql.COUNT_LIVE).fetchone()[0])
    text, fixed = statement
    pks = [row[0] for row in conn.execute(text, {**fixed, "limit": limit})]
    views_text, views_fixed = sql.VIEWS_BY_PKS
    rows = {row[0]: row for row in conn.execute(views_text, {**views_fixed, "pks": json.dumps(pks)})}
    items = tuple(view_of(_typed(rows[pk], _VIEW)) for pk in pks if pk in rows)
    return Page(total, items, limit, 0)


def _enum(name: str) -> Callable[[Any], Any]:
    return getattr(enums, name)  # type: ignore[no-any-return]


_CONVERT: dict[str, Callable[[Any], Any]] = {
    "date": date.fromisoformat,
    "datetime": datetime.fromisoformat,
    "bool": bool,
}
Converters = tuple[Callable[[Any], Any] | None, ...]


def _converters(kinds: tuple[str | None, ...]) -> Converters:
    return tuple(
        None if kind is None else _enum(kind[5:]) if kind.startswith("enum:") else _CONVERT[kind]
        for kind in kinds
    )


_VIEW = _converters(sql.VIEW_CONVERTERS)
_SIGN_IN = _converters(sql.SIGN_IN_CONVERTERS)


def _typed(row: Sequence[Any], converters: Converters) -> tuple[Any, ...]:
    """A raw row as SQLAlchemy's column types would have returned it."""
    return tuple(
        value if convert is None or value is None else convert(value)
        for convert, value in zip(converters, row, strict=True)
    )
