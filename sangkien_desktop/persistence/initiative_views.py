"""One SELECT that reads a page of initiatives as views: columns, authors and latest decision.

Authors and the decision come from correlated subqueries aggregated to JSON, so a page costs one
statement however many rows it has; with the count, a search is two statements, the same as the
raw FTS5 queries it wraps.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

import sqlalchemy as sa

from sangkien_desktop.domain.model import InitiativeView

from .models import Authorship, Initiative, OutboxOp, Person, RecognitionDecision
from .view_rows import view_of as view_of  # re-exported for the repositories

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
# The initiative's latest op decides its sync badge (one lookup on ix_outbox_entity_id per row).
_SYNC_JSON = (
    sa.select(sa.func.json_array(OutboxOp.state, OutboxOp.result_status))
    .where(OutboxOp.entity_id == Initiative.id)
    .order_by(OutboxOp.device_epoch.desc(), OutboxOp.seq.desc())
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
    Initiative.programme_id,
    _AUTHORS_JSON.label("authors_json"),
    _DECISION_JSON.label("decision_json"),
    _SYNC_JSON.label("sync_json"),
)


def view_select() -> sa.Select[Any]:
    return sa.select(*VIEW_COLUMNS)


# VIEW_COLUMNS[1:13] and [13:17] must line up with the view's fields before the badge (checked at import).
_RENAMED = {"benefit_value": "benefit_vnd"}
_FIELDS = [f.name for f in fields(InitiativeView)]
_ALIGNED = [_RENAMED.get(c.key, c.key) for c in VIEW_COLUMNS[1:17]] == _FIELDS[:12] + _FIELDS[-5:-1]
assert _ALIGNED, "VIEW_COLUMNS no longer matches InitiativeView's field order"
