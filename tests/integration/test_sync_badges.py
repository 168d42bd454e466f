"""The registry's sync badge comes from each initiative's latest outbox op (SYNC.md §4.2, §8)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import sqlalchemy as sa

from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.domain.sync import SyncBadge
from sangkien_desktop.services.container import Services


def _settle(services: Services, entity_id: str, state: str, result: str | None = None) -> None:
    """Stand in for an acknowledgement: the outbox ops of this record get ``state``."""
    with services.engine.begin() as conn:
        conn.execute(
            sa.text("UPDATE outbox SET state = :state, result_status = :result WHERE entity_id = :id"),
            {"state": state, "result": result, "id": entity_id},
        )


def _badge(services: Services, initiative_id: str) -> SyncBadge | None:
    page = services.initiatives.list(limit=100)
    return {v.id: v.sync_badge for v in page.items}[initiative_id]


def test_new_record_is_pending_then_confirmed_then_pending_again_after_an_edit(
    services: Services, make_initiative: Callable[..., InitiativeView]
) -> None:
    view = make_initiative(title="Cải tiến băng tải")
    assert _badge(services, view.id) is SyncBadge.PENDING
    assert services.initiatives.get(view.id).sync_badge is SyncBadge.PENDING

    _settle(services, view.id, "IN_FLIGHT")
    assert _badge(services, view.id) is SyncBadge.SENDING

    _settle(services, view.id, "ACKED", "applied")
    assert _badge(services, view.id) is SyncBadge.CONFIRMED

    detail = services.initiatives.detail(view.id)
    draft = dataclasses.replace(detail.draft, title="Cải tiến băng tải số 2")
    services.initiatives.update(view.id, draft, detail.version)
    # An acknowledgement of version 1 does not cover version 2, which still waits.
    assert _badge(services, view.id) is SyncBadge.PENDING


def test_quarantined_and_conflicting_records_are_flagged(
    services: Services, make_initiative: Callable[..., InitiativeView]
) -> None:
    rejected = make_initiative(title="Sổ tay an toàn")
    conflicting = make_initiative(title="Bảng theo dõi ca")
    untouched = make_initiative(title="Giảm tiêu hao điện")
    _settle(services, rejected.id, "QUARANTINED", "rejected")
    _settle(services, conflicting.id, "ACKED", "conflict_flagged")

    assert _badge(services, rejected.id) is SyncBadge.ATTENTION
    assert _badge(services, conflicting.id) is SyncBadge.CONFLICT
    assert _badge(services, untouched.id) is SyncBadge.PENDING
    found = services.initiatives.search("so tay", limit=10).items
    assert [v.sync_badge for v in found] == [SyncBadge.ATTENTION]
