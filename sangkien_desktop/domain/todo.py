"""The "Việc cần làm" panel (DOMAIN.md §5.2 reminders): what needs the officer's attention today."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from .text import format_date

# Each kind lists at most this many items, the most urgent first; the panel says when there are more.
PER_KIND_LIMIT = 200


class TodoKind(StrEnum):
    """In the order the panel shows them when due dates tie."""

    REMUNERATION_OVERDUE = "remuneration_overdue"
    REVIEW_OVERDUE = "review_overdue"
    REQUEST_LIMIT = "request_limit"
    NOT_UPLOADED = "not_uploaded"
    NOT_REWARDED = "not_rewarded"


    @property
    def label(self) -> str:
        """Vietnamese heading of the group (CLI; the panel translates its own)."""
        return _LABELS[self]


_LABELS = {
    TodoKind.REMUNERATION_OVERDUE: "Thù lao quá hạn chưa trả",
    TodoKind.REVIEW_OVERDUE: "Đơn quá hạn xét công nhận",
    TodoKind.REQUEST_LIMIT: "Sắp hết hoặc đã quá hạn nộp đơn yêu cầu công nhận",
    TodoKind.NOT_UPLOADED: "Đã công nhận, chưa tải lên",
    TodoKind.NOT_REWARDED: "Đã công nhận, chưa khen thưởng",
}
_RANK = {kind: rank for rank, kind in enumerate(TodoKind)}


@dataclass(frozen=True)
class TodoItem:
    kind: TodoKind
    initiative_id: str
    code: str
    title: str
    due_on: date | None  # None: nothing legally due, only worth doing
    text: str  # Vietnamese, for the officer

    def overdue(self, today: date) -> bool:
        return self.due_on is not None and self.due_on < today

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "initiative_id": self.initiative_id,
            "code": self.code,
            "title": self.title,
            "due_on": None if self.due_on is None else self.due_on.isoformat(),
            "text": self.text,
        }


def most_urgent_first(items: Iterable[TodoItem]) -> tuple[TodoItem, ...]:
    """Earliest due date first (overdue ones are the earliest), undated last; then by kind and code."""
    return tuple(sorted(items, key=lambda i: (i.due_on is None, i.due_on or date.max, _RANK[i.kind], i.code)))


def latest_start(deadline_of: Callable[[date], date], last_deadline: date) -> date:
    """The latest start date whose deadline falls on or before ``last_deadline``.

    ``deadline_of`` must be non-decreasing and never earlier than its start (a legal period added to
    a date). Lets the store select "deadline ≤ X" through an index on the start date."""
    high = last_deadline
    step = 366
    low = high - timedelta(days=step)
    while deadline_of(low) > last_deadline:
        high = low
        step *= 2
        low = low - timedelta(days=step)
    # deadline_of(low) <= last_deadline < deadline_of(high), unless high itself qualifies.
    if deadline_of(high) <= last_deadline:
        return high
    while (high - low).days > 1:
        middle = low + timedelta(days=(high - low).days // 2)
        if deadline_of(middle) <= last_deadline:
            low = middle
        else:
            high = middle
    return low


def not_rewarded_text() -> str:
    return "Đã được công nhận nhưng chưa có quyết định khen thưởng nào ghi nhận sáng kiến này"


def not_uploaded_text(programme: str, window_to: date, today: date) -> str:
    days = (window_to - today).days
    left = "kết thúc hôm nay" if days == 0 else f"còn {days} ngày"
    return (
        f"Đã được công nhận nhưng chưa tải lên chương trình «{programme}» "
        f"(kết thúc ngày {format_date(window_to)}, {left})"
    )
