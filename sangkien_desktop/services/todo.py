"""The to-do list of the main window: overdue reviews and remuneration, filing limits, missing rewards
and uploads (DOMAIN.md §5.2 reminders). Read-only; every query is bounded (``PER_KIND_LIMIT``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy.orm import Session

from sangkien_desktop.domain.enums import InitiativeStatus
from sangkien_desktop.domain.rules import LegalSettings
from sangkien_desktop.domain.todo import (
    PER_KIND_LIMIT,
    TodoItem,
    TodoKind,
    latest_start,
    most_urgent_first,
    not_rewarded_text,
    not_uploaded_text,
)
from sangkien_desktop.domain.workflow import (
    DRAFT_STATES,
    REMINDER_REQUEST_LIMIT,
    REMINDER_REVIEW_OVERDUE,
    TransitionFacts,
    reminders_for,
    request_deadline,
)
from sangkien_desktop.persistence import remuneration_queries, todo_queries
from sangkien_desktop.persistence.todo_queries import Candidate
from sangkien_desktop.persistence.unit_of_work import UnitOfWorkFactory

from . import settings
from .initiative_writes import RECOGNISED

S = InitiativeStatus
UNDER_REVIEW = frozenset({S.DON_HOP_LE, S.DANG_XET})
# Recognised and not yet acknowledged by the server.
NOT_YET_UPLOADED = frozenset({S.DA_CONG_NHAN, S.CDCS_XAC_NHAN, S.SAN_SANG_TAI_LEN})


class TodoService:
    def __init__(self, uow: UnitOfWorkFactory, today: Callable[[], date] = date.today) -> None:
        self._uow = uow
        self._today = today

    def items(self, today: date | None = None, limit: int = PER_KIND_LIMIT) -> tuple[TodoItem, ...]:
        """Everything needing attention on ``today``, most urgent first (at most ``limit`` per kind)."""
        day = today or self._today()
        with self._uow.read() as session:
            legal = settings.legal(settings.read_all(session))
            items = [
                *_remuneration(session, day, limit),
                *_reviews(session, day, legal, limit),
                *_filing_limits(session, day, legal, limit),
                *_uploads(session, day, limit),
                *_rewards(session, limit),
            ]
        return most_urgent_first(items)


def _item(kind: TodoKind, c: Candidate, due_on: date | None, text: str) -> TodoItem:
    return TodoItem(kind, c.id, c.code, c.title, due_on, text)


def _remuneration(session: Session, today: date, limit: int) -> list[TodoItem]:
    rows = remuneration_queries.overdue_rows(session, today, RECOGNISED, limit)
    return [
        TodoItem(TodoKind.REMUNERATION_OVERDUE, r.initiative_id, r.code, r.title, r.due_on, r.text(today))
        for r in rows
    ]


def _reminder_items(
    candidates: tuple[Candidate, ...], kind: TodoKind, reminder_kind: str, today: date, legal: LegalSettings
) -> list[TodoItem]:
    """The workflow's own reminder for each candidate, so the wording and dates have one source."""
    items: list[TodoItem] = []
    for c in candidates:
        facts = TransitionFacts(first_applied_on=c.first_applied_on, accepted_on=c.accepted_on, today=today)
        for reminder in reminders_for(c.status, facts, legal):
            if reminder.kind == reminder_kind:
                items.append(_item(kind, c, reminder.due_on, reminder.message))
    return items


def _reviews(session: Session, today: date, legal: LegalSettings, limit: int) -> list[TodoItem]:
    candidates = todo_queries.waiting_reviews(session, today, UNDER_REVIEW, limit)
    return _reminder_items(candidates, TodoKind.REVIEW_OVERDUE, REMINDER_REVIEW_OVERDUE, today, legal)


def _filing_limits(session: Session, today: date, legal: LegalSettings, limit: int) -> list[TodoItem]:
    """Applications whose filing deadline is within the warning window (setting) or already past."""
    warn_until = today + timedelta(days=legal.request_limit_warning_days)
    applied_by = latest_start(lambda start: request_deadline(start, legal), warn_until)
    candidates = todo_queries.unfiled_since(session, applied_by, DRAFT_STATES, limit)
    return _reminder_items(candidates, TodoKind.REQUEST_LIMIT, REMINDER_REQUEST_LIMIT, today, legal)


def _uploads(session: Session, today: date, limit: int) -> list[TodoItem]:
    candidates = todo_queries.not_uploaded(session, today, NOT_YET_UPLOADED, limit)
    return [
        _item(TodoKind.NOT_UPLOADED, c, c.due_on, not_uploaded_text(c.programme or "", c.due_on, today))
        for c in candidates
        if c.due_on is not None
    ]


def _rewards(session: Session, limit: int) -> list[TodoItem]:
    candidates = todo_queries.not_rewarded(session, RECOGNISED, limit)
    return [_item(TodoKind.NOT_REWARDED, c, None, not_rewarded_text()) for c in candidates]
