"""The employer's confirmations of application and benefit (DOMAIN.md §4.9): recorded, read back
for template E. An initiative may gather several over the years; the newest one is printed."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from sangkien_desktop.domain.confirmations import (
    ConfirmationInput,
    ConfirmationSaved,
    ConfirmationView,
    applied_since_warning,
)
from sangkien_desktop.domain.errors import ValidationError
from sangkien_desktop.persistence.models import ApplicationConfirmation
from sangkien_desktop.persistence.recognition_queries import initiative_by_key
from sangkien_desktop.persistence.unit_of_work import UnitOfWorkFactory

__all__ = ["ConfirmationService"]

_STORED_FIELDS = (
    "number", "confirmed_on", "applied_at", "applied_since", "still_applied", "scope_text", "benefit_value",
    "benefit_basis", "is_estimate", "not_quantifiable", "qualitative_benefit", "employer_rep_name",
    "employer_rep_title", "union_rep_name", "union_rep_title",
)


class ConfirmationService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def latest(self, initiative_key: str) -> ConfirmationView | None:
        """The newest live confirmation of the initiative (code or id), None when none was recorded."""
        with self._uow.read() as session:
            initiative = initiative_by_key(session, initiative_key)
            row = _latest_row(session, initiative.id)
            return None if row is None else _view(row)

    def record(self, initiative_key: str, data: ConfirmationInput,
               officer_id: str | None = None) -> ConfirmationSaved:
        """Store a new confirmation of the initiative in one transaction; a start of application before
        the initiative's first application only warns."""
        problems = data.problems()
        if problems:
            raise ValidationError(problems)
        with self._uow(officer_id) as uow:
            initiative = initiative_by_key(uow.session, initiative_key)
            row = ApplicationConfirmation(initiative_id=initiative.id,
                                          **{name: getattr(data, name) for name in _STORED_FIELDS})
            uow.session.add(row)
            uow.session.flush()
            warnings = applied_since_warning(data.applied_since, initiative.first_applied_on)
            uow.commit()
            view = _view(row)
        return ConfirmationSaved(view, tuple(warnings))


def _latest_row(session: Session, initiative_id: str) -> ApplicationConfirmation | None:
    query = (
        sa.select(ApplicationConfirmation)
        .where(ApplicationConfirmation.initiative_id == initiative_id,
               ApplicationConfirmation.deleted_at.is_(None))
        .order_by(ApplicationConfirmation.confirmed_on.desc(), ApplicationConfirmation.pk.desc())
    )
    return session.scalars(query).first()


def _view(row: ApplicationConfirmation) -> ConfirmationView:
    values = {name: getattr(row, name) for name in _STORED_FIELDS}
    return ConfirmationView(id=row.id, initiative_id=row.initiative_id, signed_scan_id=row.signed_scan_id,
                            version=row.version, **values)
