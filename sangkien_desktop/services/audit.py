"""The audit trail across every record: a filtered, paged read-only view, and its replay.

Nothing here writes: the trail is appended by the unit of work, and the database refuses any
UPDATE or DELETE on it (triggers of migration 0007). There is deliberately no method to change it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sangkien_desktop.domain.audit import AuditFilter, AuditRow, OfficerChoice
from sangkien_desktop.domain.errors import ValidationError
from sangkien_desktop.domain.model import Page
from sangkien_desktop.persistence import audit_queries
from sangkien_desktop.persistence.unit_of_work import UnitOfWorkFactory

from .initiatives import check_paging

__all__ = ["AuditFilter", "AuditRow", "AuditService", "replayed"]


class AuditService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def query(self, filter: AuditFilter | None = None, limit: int = 50, offset: int = 0) -> Page[AuditRow]:
        """Entries matching ``filter``, newest first; entries of one save stay together."""
        where = (filter or AuditFilter()).cleaned()
        problems = where.problems()
        if problems:
            raise ValidationError(problems)
        check_paging(limit, offset)
        with self._uow.read() as session:
            total, rows = audit_queries.audit_page(session, where, limit, offset)
            return Page(total, tuple(rows), limit, offset)

    def replay(self, entity: str, entity_id: str) -> dict[str, Any]:
        """The record's audited fields rebuilt from its entries alone (values as canonical JSON reads
        them: dates as "YYYY-MM-DD", decimals as strings); empty when it never existed or was purged."""
        fields = audit_queries.replayable_fields(entity)
        with self._uow.read() as session:
            return replayed(audit_queries.entries_of(session, entity, entity_id), fields)

    def officer_choices(self) -> tuple[OfficerChoice, ...]:
        """The officers the trail can be narrowed to (those who left too)."""
        with self._uow.read() as session:
            return tuple(OfficerChoice(i, name) for i, name in audit_queries.officer_choices(session))


def replayed(entries: list[tuple[str, str | None, str | None]], fields: Sequence[str]) -> dict[str, Any]:
    """Apply (action, field, new value) in order, keeping ``fields``: a creation sets its snapshot
    (absent = null), each change sets its field, a purge forgets the record. Entries on anything
    else (the reason given for a status correction) are notes, not state."""
    state: dict[str, Any] = {}
    for action, field, value in entries:
        if action == "create":
            snapshot = json.loads(value) if value else {}
            state = {key: snapshot.get(key) for key in fields}
        elif action == "purge":
            state = {}
        elif field is not None and field in fields and state:
            state[field] = None if value is None else json.loads(value)
    return state
