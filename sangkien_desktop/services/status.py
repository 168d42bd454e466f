"""Moving an initiative along the status workflow of DOMAIN.md §5, with its guards."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from sangkien_desktop.domain.enums import InitiativeStatus
from sangkien_desktop.domain.errors import FieldProblem, NotFoundError
from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.domain.text import clean
from sangkien_desktop.domain.workflow import TransitionFacts, ensure_transition
from sangkien_desktop.persistence.initiative_edit_queries import latest
from sangkien_desktop.persistence.models import (
    Authorship,
    Initiative,
    Programme,
    RecognitionDecision,
    RecognitionRequest,
)
from sangkien_desktop.persistence.repositories import InitiativeRepository
from sangkien_desktop.persistence.unit_of_work import UnitOfWorkFactory

from . import settings


@dataclass(frozen=True)
class StatusChange:
    initiative: InitiativeView
    warnings: tuple[FieldProblem, ...]


class StatusService:
    def __init__(self, uow: UnitOfWorkFactory, today: Callable[[], date] = date.today) -> None:
        self._uow = uow
        self._today = today

    def change(
        self, key: str, target: InitiativeStatus, *, reason: str | None = None, officer_id: str | None = None
    ) -> StatusChange:
        """Officer-initiated move; a move back needs a reason; moves only the sync may make are refused."""
        with self._uow(officer_id) as uow:
            repo = InitiativeRepository(uow.session)
            initiative = repo.get(key.strip())
            if initiative is None:
                raise NotFoundError(f"Không tìm thấy sáng kiến có mã hoặc định danh “{key}”.")
            legal = settings.legal(settings.read_all(uow.session))
            facts = facts_for(uow.session, initiative, self._today())
            warnings = ensure_transition(initiative.status, target, facts, legal, reason=clean(reason))
            initiative.status, initiative.status_changed_at = target, uow.now()
            uow.session.flush()
            view = repo.saved_view(initiative.pk)
            uow.commit()
        return StatusChange(view, tuple(warnings))


def facts_for(session: Session, initiative: Initiative, today: date) -> TransitionFacts:
    """What the guards need, read from the record, its latest request and its latest decision."""
    authors = (
        session.scalar(
            sa.select(sa.func.count())
            .select_from(Authorship)
            .where(Authorship.initiative_id == initiative.id, Authorship.deleted_at.is_(None))
        )
        or 0
    )
    request = latest(session, RecognitionRequest, initiative.id, RecognitionRequest.filed_on)
    decision = latest(session, RecognitionDecision, initiative.id, RecognitionDecision.decided_on)
    programme = session.scalars(sa.select(Programme).where(Programme.id == initiative.programme_id)).first()
    return TransitionFacts(
        title=initiative.title,
        kind=initiative.kind,
        field_code=initiative.field_code,
        author_count=authors,
        first_applied_on=initiative.first_applied_on,
        filed_on=request.filed_on if request else None,
        accepted_on=request.accepted_on if request else None,
        state_reason=request.state_reason if request else None,
        decision_number=decision.number if decision else None,
        decided_on=decision.decided_on if decision else None,
        decision_outcome=decision.outcome if decision else None,
        decision_reason=decision.reason if decision else None,
        programme_window=(programme.window_from, programme.window_to) if programme else None,
        ip_protected=initiative.ip_protected,
        is_confidential=initiative.is_confidential,
        today=today,
    )
