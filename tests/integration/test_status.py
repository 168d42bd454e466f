"""Status changes through the service: the workflow's guards apply, the change is audited and synced."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
import sqlalchemy as sa

from sangkien_desktop.domain.enums import InitiativeStatus as S
from sangkien_desktop.domain.errors import NotFoundError, WorkflowError
from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.persistence.models import AuditEntry, OutboxOp
from sangkien_desktop.services.container import Services


def test_forward_move_is_saved_audited_and_queued(
    services: Services, make_initiative: Callable[..., InitiativeView]
) -> None:
    created = make_initiative(status="Y_TUONG", first_applied_on="05/03/2024")
    change = services.status.change(created.code, S.AP_DUNG_THU)
    assert change.initiative.status == S.AP_DUNG_THU
    assert change.initiative.version == created.version + 1
    assert services.initiatives.get(created.id).status == S.AP_DUNG_THU
    with services.uow.read() as session:
        audit = session.scalars(
            sa.select(AuditEntry).where(AuditEntry.entity_id == created.id, AuditEntry.action == "status")
        ).all()
        ops = session.scalars(
            sa.select(OutboxOp).where(OutboxOp.entity_id == created.id).order_by(OutboxOp.seq)
        ).all()
    assert [(a.old_value, a.new_value) for a in audit] == [('"Y_TUONG"', '"AP_DUNG_THU"')]
    assert json.loads(ops[-1].payload or "{}")["status"] == "AP_DUNG_THU" and ops[-1].base_version == 1


def test_guard_failure_changes_nothing(
    services: Services, make_initiative: Callable[..., InitiativeView]
) -> None:
    created = make_initiative(status="Y_TUONG", first_applied_on=None, authors=[])
    with pytest.raises(WorkflowError, match="Ngày áp dụng lần đầu"):
        services.status.change(created.id, S.AP_DUNG_THU)
    assert services.initiatives.get(created.id).status == S.Y_TUONG
    assert services.initiatives.get(created.id).version == created.version


def test_going_back_needs_a_reason(
    services: Services, make_initiative: Callable[..., InitiativeView]
) -> None:
    created = make_initiative(status="AP_DUNG_THU")
    with pytest.raises(WorkflowError):
        services.status.change(created.id, S.Y_TUONG)
    back = services.status.change(created.id, S.Y_TUONG, reason="Nhập nhầm ngày áp dụng")
    assert back.initiative.status == S.Y_TUONG


def test_sync_only_states_are_refused_to_officers(
    services: Services, make_initiative: Callable[..., InitiativeView]
) -> None:
    created = make_initiative(status="DA_CONG_NHAN", decision_number="15/QĐ-ABC", decided_on="10/05/2024")
    with pytest.raises(WorkflowError):
        services.status.change(created.id, S.DA_TAI_LEN)


def test_unknown_initiative(services: Services) -> None:
    with pytest.raises(NotFoundError, match="Không tìm thấy"):
        services.status.change("2024-ABC-9999", S.AP_DUNG_THU)
