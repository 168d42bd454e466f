"""Rows of the registry's view query turned into ``InitiativeView``s, with the standard library only:
the services and the start-up reader (``quick_start``, before SQLAlchemy is loaded) share it."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any

from sangkien_desktop.domain.enums import RecognitionOutcome
from sangkien_desktop.domain.model import AuthorView, InitiativeView
from sangkien_desktop.domain.sync import SyncBadge, badge_of

__all__ = ["view_of"]


def view_of(row: Any) -> InitiativeView:
    """The view of one row of ``initiative_views.view_select()``. Its VIEW_COLUMNS list the view's
    fields in the view's own order (id … is_confidential, then version, the timestamps and the
    programme; the JSON of authors, decision and sync state last), so slices
    fill them: positional access is several times cheaper than looking up row attributes by name."""
    number, decided_on, outcome = json.loads(row[-2]) if row[-2] else (None, None, None)
    return InitiativeView(  # type: ignore[call-arg]  # mypy cannot count a slice; _ALIGNED checks it
        *row[1:13],
        _authors(row[-3]),
        number,
        date.fromisoformat(decided_on) if decided_on else None,
        RecognitionOutcome(outcome) if outcome else None,
        *row[13:17],
        _badge(row[-1]),
    )


def _badge(text: str | None) -> SyncBadge | None:
    if not text:
        return None
    state, result_status = json.loads(text)
    return badge_of(state, result_status)


def _authors(text: str | None) -> tuple[AuthorView, ...]:
    entries = json.loads(text) if text else []
    entries.sort(key=lambda e: e[2])  # by position: SQLite 3.40 cannot order inside an aggregate
    return tuple(
        AuthorView(person_id, name, position, role, None if share is None else Decimal(share).scaleb(-2))
        for person_id, name, position, role, share in entries
    )
