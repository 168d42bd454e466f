"""Programme changes as the officer reads them: the programme's name in place of its id.

The initiative editor's History tab and the global audit page both list an initiative's
``programme_id`` changes; each looks the names up here, once per batch of entries.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

import sqlalchemy as sa
from sqlalchemy.orm import Session

from sangkien_desktop.protocol import canonical_json

from .models import Programme

__all__ = ["ProgrammeNames", "StoredChange"]


class StoredChange(Protocol):
    """One audit entry as stored: its values are canonical JSON, as the unit of work wrote them."""

    @property
    def entity(self) -> str: ...

    @property
    def field(self) -> str | None: ...

    @property
    def old_value(self) -> str | None: ...

    @property
    def new_value(self) -> str | None: ...


def _links_programme(change: StoredChange) -> bool:
    return change.entity == "initiative" and change.field == "programme_id"


@dataclass(frozen=True)
class ProgrammeNames:
    """The names of the programmes a batch of changes mentions (tombstoned programmes too: the
    officer still knows them by name); an id not in the store keeps its stored value."""

    names: Mapping[str, str]  # programme id → name

    @classmethod
    def of(cls, session: Session, changes: Iterable[StoredChange]) -> ProgrammeNames:
        stored = (v for c in changes if _links_programme(c) for v in (c.old_value, c.new_value) if v)
        ids = {value for value in map(json.loads, stored) if isinstance(value, str)}
        if not ids:
            return cls({})
        query = sa.select(Programme.id, Programme.name).where(Programme.id.in_(ids))
        return cls({programme_id: name for programme_id, name in session.execute(query)})

    def old(self, change: StoredChange) -> str | None:
        """The change's old value, a programme's id replaced by its name (canonical JSON too)."""
        return self._named(change, change.old_value)

    def new(self, change: StoredChange) -> str | None:
        """The change's new value, a programme's id replaced by its name (canonical JSON too)."""
        return self._named(change, change.new_value)

    def _named(self, change: StoredChange, stored: str | None) -> str | None:
        if stored is None or not _links_programme(change):
            return stored
        programme_id = json.loads(stored)
        name = self.names.get(programme_id) if isinstance(programme_id, str) else None
        return stored if name is None else canonical_json(name)
