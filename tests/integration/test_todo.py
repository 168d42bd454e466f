"""The to-do list finds what tests create: an overdue review, overdue remuneration, filing limits,
missing rewards and uploads, most urgent first."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import Any

import sqlalchemy as sa

from sangkien_desktop.domain.enums import RecipientKind, RequestState, RewardForm, RewardLevel
from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.domain.recognition import RequestInput
from sangkien_desktop.domain.rules import LegalSettings
from sangkien_desktop.domain.todo import TodoItem, TodoKind, latest_start
from sangkien_desktop.domain.workflow import request_deadline
from sangkien_desktop.persistence.models import Initiative, Programme, Reward, RewardDecision
from sangkien_desktop.services.container import Services

TODAY = date(2026, 6, 1)
RECOGNISED: dict[str, Any] = {
    "status": "DA_CONG_NHAN", "decision_number": "15/QĐ-ABC", "decided_on": "2023-09-01",
    "first_applied_on": "2023-03-01", "benefit_value": 100_000_000,
}


def _of(items: tuple[TodoItem, ...], initiative: InitiativeView) -> list[tuple[TodoKind, date | None]]:
    return [(i.kind, i.due_on) for i in items if i.initiative_id == initiative.id]


def _overdue_review(services: Services, make: Callable[..., InitiativeView]) -> InitiativeView:
    item = make(title="Đơn chờ xét quá hạn", first_applied_on="2024-01-10")
    saved = services.recognition.file_request(item.id, RequestInput(filed_on=date(2024, 2, 1)))
    accepted = date(2024, 2, 15)
    services.recognition.set_request_state(saved.request.id, RequestState.CHAP_NHAN, accepted_on=accepted)
    return item


def _reward(services: Services, initiative_ids: list[str]) -> None:
    with services.uow() as uow:
        decision = RewardDecision(number="03/QĐ-CĐCS", decided_on=date(2024, 1, 5))
        uow.session.add(decision)
        uow.session.flush()
        uow.session.add(Reward(
            decision_id=decision.id, form=RewardForm.GIAY_KHEN_CDCS, level=RewardLevel.CDCS,
            recipient_kind=RecipientKind.TAP_THE, collective_name="Tổ cơ điện", amount=1_000_000,
            initiative_ids=json.dumps(initiative_ids),
        ))
        uow.commit()


def test_overdue_recognition_and_overdue_remuneration_are_both_listed(
    services: Services, make_initiative: Callable[..., InitiativeView]
) -> None:
    review = _overdue_review(services, make_initiative)
    paid_late = make_initiative(title="Thù lao chưa trả", **RECOGNISED)
    services.remuneration.schedule(paid_late.id, TODAY)

    items = services.todo.items(TODAY)

    # Accepted 15/02/2024 + 3 months = 15/05/2024, no decision since.
    assert _of(items, review) == [(TodoKind.REVIEW_OVERDUE, date(2024, 5, 15))]
    review_item = next(i for i in items if i.initiative_id == review.id)
    assert "Đã quá hạn xét công nhận sáng kiến (hạn 15/05/2024" in review_item.text
    assert review_item.code == review.code and review_item.title == "Đơn chờ xét quá hạn"
    # Three unpaid years (due 29/03/2024, 28/03/2025, 28/03/2026), and no reward yet.
    assert _of(items, paid_late) == [
        (TodoKind.REMUNERATION_OVERDUE, date(2024, 3, 29)),
        (TodoKind.REMUNERATION_OVERDUE, date(2025, 3, 28)),
        (TodoKind.REMUNERATION_OVERDUE, date(2026, 3, 28)),
        (TodoKind.NOT_REWARDED, None),
    ]
    first = next(i for i in items if i.kind is TodoKind.REMUNERATION_OVERDUE)
    assert first.text.startswith("Quá hạn trả thù lao năm thứ 1: hạn 29/03/2024 (quá 794 ngày)")
    # Most urgent (earliest due) first, undated last.
    dues = [i.due_on for i in items]
    dated = [d for d in dues if d is not None]
    assert dated == sorted(dated) and dues[len(dated):] == [None] * (len(dues) - len(dated))
    assert items[0].due_on == date(2024, 3, 29)


def test_filing_limit_window_comes_from_the_setting(
    services: Services, make_initiative: Callable[..., InitiativeView]
) -> None:
    soon = make_initiative(title="Sắp hết hạn nộp đơn", first_applied_on="2025-06-20")  # deadline 20/06/2026
    later = make_initiative(title="Còn lâu", first_applied_on="2025-08-01")  # deadline 01/08/2026: 61 days
    late = make_initiative(title="Quá hạn nộp đơn", first_applied_on="2024-01-02")  # deadline 02/01/2025
    items = services.todo.items(TODAY)
    assert _of(items, soon) == [(TodoKind.REQUEST_LIMIT, date(2026, 6, 20))]
    assert "còn 19 ngày" in next(i.text for i in items if i.initiative_id == soon.id)
    assert _of(items, later) == []
    assert _of(items, late) == [(TodoKind.REQUEST_LIMIT, date(2025, 1, 2))]

    with services.uow() as uow:  # reminders.request_limit_days = 90
        key = "reminders.request_limit_days"
        uow.session.execute(sa.text("UPDATE setting SET value = '90' WHERE key = :key"), {"key": key})
        uow.commit()
    assert _of(services.todo.items(TODAY), later) == [(TodoKind.REQUEST_LIMIT, date(2026, 8, 1))]


def test_rewarded_initiatives_drop_out_and_open_programmes_list_the_not_uploaded(
    services: Services, make_initiative: Callable[..., InitiativeView]
) -> None:
    rewarded = make_initiative(title="Đã khen", **RECOGNISED)
    waiting = make_initiative(title="Chưa khen", **{**RECOGNISED, "decision_number": "16/QĐ-ABC"})
    _reward(services, [rewarded.id])
    with services.uow() as uow:
        window = {"window_from": date(2023, 1, 1), "window_to": date(2026, 6, 20)}
        programme = Programme(code="T", name="Thử nghiệm", **window)
        uow.session.add(programme)
        uow.session.flush()
        both = sa.select(Initiative).where(Initiative.id.in_([rewarded.id, waiting.id]))
        for row in uow.session.scalars(both):
            row.programme_id = programme.id
        uow.commit()

    items = services.todo.items(TODAY, limit=50)
    assert (TodoKind.NOT_REWARDED, None) not in _of(items, rewarded)
    assert (TodoKind.NOT_REWARDED, None) in _of(items, waiting)
    upload = [i for i in items if i.kind is TodoKind.NOT_UPLOADED and i.initiative_id == waiting.id]
    assert [i.due_on for i in upload] == [date(2026, 6, 20)]
    assert "chương trình «Thử nghiệm»" in upload[0].text and "còn 19 ngày" in upload[0].text


def test_latest_start_inverts_a_legal_period() -> None:
    legal = LegalSettings()
    # 29/02/2024 + 1 year = 28/02/2025; 28/02/2024 + 1 year = 28/02/2025 too; 01/03/2024 → 01/03/2025.
    assert latest_start(lambda d: request_deadline(d, legal), date(2025, 2, 28)) == date(2024, 2, 29)
    assert latest_start(lambda d: request_deadline(d, legal), date(2025, 3, 1)) == date(2024, 3, 1)
    assert latest_start(lambda d: request_deadline(d, LegalSettings(request_limit="P5Y")),
                        date(2030, 1, 1)) == date(2025, 1, 1)


def test_every_query_follows_an_index_and_stops_at_its_limit(services: Services) -> None:
    """Without ANALYZE statistics SQLite plans the same on a small store as on a million rows, so the
    plans seen here are the ones a large office gets: no walk over all initiatives."""
    statements: list[tuple[str, Any]] = []

    def capture(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "LIMIT" in statement:
            statements.append((statement, parameters))

    sa.event.listen(services.engine, "before_cursor_execute", capture)
    try:
        services.todo.items(TODAY)
    finally:
        sa.event.remove(services.engine, "before_cursor_execute", capture)
    assert len(statements) >= 4
    with services.engine.connect() as conn:
        for statement, parameters in statements:
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            plan = " | ".join(row[-1] for row in rows)
            assert "SCAN initiative" not in plan and "ix_initiative_live" not in plan, plan
            assert "USE TEMP B-TREE FOR ORDER BY" not in plan, plan
