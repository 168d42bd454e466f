"""One SELECT that reads a page of initiatives as views: columns, authors and latest decision.

Authors and the decision come from correlated subqueries aggregated to JSON, so a page costs one
statement however many rows it has; with the count, a search is two statements, the same as the
raw FTS5 queries it wraps.
"""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import date
from decimal import Decimal
from typing import Any

import sqlalchemy as sa

from sangkien_desktop.domain.enums import RecognitionOutcome
from sangkien_desktop.domain.model import AuthorView, InitiativeView

from .models import Authorship, Initiative, Person, RecognitionDecision

_AUTHORS_JSON = (
    sa.select(
        sa.func.json_group_array(
            sa.func.json_array(
                Authorship.person_id,
                Person.full_name,
                Authorship.position,
                Authorship.role,
                sa.type_coerce(Authorship.share_pct, sa.Integer),  # raw hundredths inside JSON
            )
        )
    )
    .join(Person, Person.id == Authorship.person_id)
    .where(Authorship.initiative_id == Initiative.id, Authorship.deleted_at.is_(None))
    .correlate(Initiative)
    .scalar_subquery()
)
_DECISION_JSON = (
    sa.select(
        sa.func.json_array(
            RecognitionDecision.number, RecognitionDecision.decided_on, RecognitionDecision.outcome
        )
    )
    .where(RecognitionDecision.initiative_id == Initiative.id, RecognitionDecision.deleted_at.is_(None))
    .order_by(RecognitionDecision.decided_on.desc(), RecognitionDecision.pk.desc())
    .limit(1)
    .correlate(Initiative)
    .scalar_subquery()
)
VIEW_COLUMNS = (
    Initiative.pk,
    Initiative.id,
    Initiative.code,
    Initiative.title,
    Initiative.status,
    Initiative.kind,
    Initiative.field_code,
    Initiative.department,
    Initiative.summary,
    Initiative.first_applied_on,
    Initiative.benefit_value,
    Initiative.benefit_not_quantifiable,
    Initiative.is_confidential,
    Initiative.version,
    Initiative.created_at,
    Initiative.updated_at,
    _AUTHORS_JSON.label("authors_json"),
    _DECISION_JSON.label("decision_json"),
)


def view_select() -> sa.Select[Any]:
    return sa.select(*VIEW_COLUMNS)


def view_of(row: Any) -> InitiativeView:
    """The view of one row of ``view_select()``. VIEW_COLUMNS lists the view's fields in the view's
    own order (id … is_confidential, then version and the timestamps), so slices fill them:
    positional access is several times cheaper than looking up row attributes by name."""
    number, decided_on, outcome = json.loads(row[-1]) if row[-1] else (None, None, None)
    return InitiativeView(  # type: ignore[call-arg]  # mypy cannot count a slice; _ALIGNED checks it
        *row[1:13],
        _authors(row[-2]),
        number,
        date.fromisoformat(decided_on) if decided_on else None,
        RecognitionOutcome(outcome) if outcome else None,
        *row[13:16],
    )


def _authors(text: str | None) -> tuple[AuthorView, ...]:
    entries = json.loads(text) if text else []
    entries.sort(key=lambda e: e[2])  # by position: SQLite 3.40 cannot order inside an aggregate
    return tuple(
        AuthorView(person_id, name, position, role, None if share is None else Decimal(share).scaleb(-2))
        for person_id, name, position, role, share in entries
    )


# VIEW_COLUMNS[1:13] and [13:16] must line up with the view's fields (checked once, at import).
_RENAMED = {"benefit_value": "benefit_vnd"}
_FIELDS = [f.name for f in fields(InitiativeView)]
_ALIGNED = [_RENAMED.get(c.key, c.key) for c in VIEW_COLUMNS[1:16]] == _FIELDS[:12] + _FIELDS[-3:]
assert _ALIGNED, "VIEW_COLUMNS no longer matches InitiativeView's field order"
