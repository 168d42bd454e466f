"""Who may do what: the check services make before an action that needs more than editing.

Every write unit of work already refuses viewers (``UnitOfWorkFactory``); services that sign off
(reward decisions, revoking certificates) also call
``ensure_allowed(uow.session, uow.officer_id, Permission.SIGN_OFF)`` inside their unit.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from sangkien_desktop.domain.officers import Permission
from sangkien_desktop.persistence.unit_of_work import require_permission

__all__ = ["Permission", "ensure_allowed"]


def ensure_allowed(session: Session, officer_id: str | None, permission: Permission) -> None:
    """``PermissionDeniedError`` (naming the role and what was refused) unless the officer may do
    ``permission``. ``officer_id`` None is the console or the system (CLI without ``--officer``,
    tests) and is allowed."""
    require_permission(session, officer_id, permission)
