"""Submitting initiatives to the upper union, and taking in what the server says of them.

``submit`` ("Tải lên") puts initiatives in «Sẵn sàng tải lên» into one ``UploadBatch`` with an
``UploadItem`` each, in one transaction; they travel with the next sync like every record. They
stay «Sẵn sàng tải lên» until the server acknowledges the item under the success predicate.

``settle`` runs after each exchange with the server (network or USB answer file), in its own
transaction: acknowledged items get the server's time of receipt and move their initiative to
«Đã tải lên»; pulled reviews move it to «Hợp lệ» / «Không hợp lệ» (with the upper union's note)
or back to «Đã tải lên». Both steps look only at what is not yet taken in, so a crash between the
sync's commit and this one merely delays them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from sangkien_desktop.domain.enums import InitiativeStatus, UploadResult
from sangkien_desktop.domain.errors import FieldProblem, ValidationError
from sangkien_desktop.domain.submission import (
    MAX_SUBMISSION,
    REVIEW_RESULTS,
    REVIEW_TARGETS,
    Refusal,
    SettleSummary,
    SubmissionView,
    SubmitResult,
)
from sangkien_desktop.domain.text import clean, format_number
from sangkien_desktop.domain.workflow import TRANSITIONS
from sangkien_desktop.persistence import submission_queries as queries
from sangkien_desktop.persistence.models import Initiative, UploadBatch, UploadItem
from sangkien_desktop.persistence.repositories import InitiativeRepository
from sangkien_desktop.persistence.unit_of_work import UnitOfWork, UnitOfWorkFactory

S = InitiativeStatus


class SubmissionService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def submit(self, keys: Sequence[str], officer_id: str | None = None) -> SubmitResult:
        """Submit the initiatives named by code or id. Those that cannot go are refused with a reason;
        when none can, nothing is written and ``ValidationError`` says why for each."""
        wanted = list(dict.fromkeys(clean(key) or "" for key in keys if (clean(key) or "")))
        if not wanted:
            raise ValidationError([FieldProblem("initiatives", "Sáng kiến", "chưa chọn sáng kiến nào")])
        if len(wanted) > MAX_SUBMISSION:
            limit = f"mỗi lần tải lên tối đa {format_number(MAX_SUBMISSION)} sáng kiến"
            raise ValidationError([FieldProblem("initiatives", "Sáng kiến", limit)])
        with self._uow(officer_id) as uow:
            ready, refused = _eligible(uow.session, wanted)
            if not ready:
                raise ValidationError([FieldProblem("initiatives", r.code, r.reason) for r in refused])
            batch = UploadBatch(programme_id=_common_programme(ready), created_by=uow.officer_id)
            uow.session.add(batch)
            uow.session.flush()
            for initiative in ready:
                uow.session.add(UploadItem(batch_id=batch.id, initiative_id=initiative.id,
                                           initiative_version=initiative.version, result=UploadResult.CHO))
            batch_id, codes = batch.id, tuple(i.code for i in ready)
            uow.commit()
        return SubmitResult(batch_id, codes, tuple(refused))

    def ready(self) -> tuple[str, ...]:
        """Codes of the initiatives a "Tải lên" would take now: «Sẵn sàng tải lên» and not already
        waiting in a submission, oldest code first."""
        waiting = sa.select(UploadItem.initiative_id).where(
            UploadItem.deleted_at.is_(None), UploadItem.server_received_at.is_(None))
        with self._uow.read() as session:
            return tuple(session.scalars(
                sa.select(Initiative.code)
                .where(Initiative.status == S.SAN_SANG_TAI_LEN, Initiative.deleted_at.is_(None),
                       Initiative.id.not_in(waiting))
                .order_by(Initiative.code)
                .limit(MAX_SUBMISSION)
            ))

    def latest(self, initiative_id: str) -> SubmissionView | None:
        """The initiative's latest submission, or None when it was never submitted."""
        with self._uow.read() as session:
            item = session.scalars(
                sa.select(UploadItem)
                .where(UploadItem.initiative_id == initiative_id, UploadItem.deleted_at.is_(None))
                .order_by(UploadItem.created_at.desc(), UploadItem.pk.desc())
                .limit(1)
            ).first()
            if item is None:
                return None
            return SubmissionView(item.batch_id, item.created_at, item.server_received_at, item.result,
                                  item.message)

    def settle(self) -> SettleSummary:
        """Take in acknowledged submissions and pulled reviews (see the module docstring)."""
        return settle(self._uow)


def settle(uow_factory: UnitOfWorkFactory) -> SettleSummary:
    with uow_factory.system() as uow:
        conn = uow.session.connection()
        received = queries.acknowledged_items(conn)
        reviews = queries.unapplied_reviews(conn)
        if not received and not reviews:
            return SettleSummary()
        moved_in = _take_in_receipts(uow, received)
        reviewed = _take_in_reviews(uow, reviews)
        uow.commit()
    return SettleSummary(moved_in, reviewed)


def _eligible(session: Session, keys: list[str]) -> tuple[list[Initiative], list[Refusal]]:
    repo = InitiativeRepository(session)
    ready: list[Initiative] = []
    refused: list[Refusal] = []
    for key in keys:
        initiative = repo.get(key)
        if initiative is None or initiative.deleted_at is not None:
            refused.append(Refusal(key, "không tìm thấy sáng kiến này"))
        elif initiative.status is not S.SAN_SANG_TAI_LEN:
            refused.append(Refusal(initiative.code, f"đang ở trạng thái «{initiative.status.label}»; chỉ "
                                   f"sáng kiến «{S.SAN_SANG_TAI_LEN.label}» mới tải lên được"))
        elif _waiting(session, initiative.id):
            refused.append(Refusal(initiative.code, "đã nằm trong một đợt tải lên đang chờ máy chủ xác nhận"))
        elif initiative not in ready:
            ready.append(initiative)
    return ready, refused


def _waiting(session: Session, initiative_id: str) -> bool:
    """Already in a submission the server has not acknowledged yet."""
    waiting = session.scalars(
        sa.select(UploadItem.pk).where(
            UploadItem.initiative_id == initiative_id, UploadItem.deleted_at.is_(None),
            UploadItem.server_received_at.is_(None)).limit(1)
    ).first()
    return waiting is not None


def _common_programme(initiatives: list[Initiative]) -> str | None:
    programmes = {i.programme_id for i in initiatives}
    return programmes.pop() if len(programmes) == 1 else None


def _take_in_receipts(uow: UnitOfWork, received: dict[str, datetime]) -> int:
    moved = 0
    for item in _items(uow.session, list(received)):
        item.server_received_at = received[item.id]
        initiative = _initiative(uow.session, item.initiative_id)
        if initiative is not None and _move(uow, initiative, S.DA_TAI_LEN):
            moved += 1
    return moved


def _take_in_reviews(uow: UnitOfWork, reviews: list[tuple[str, str, str | None, int]]) -> int:
    """Each review applies to its initiative (or to the initiative of the upload item it names)."""
    conn = uow.session.connection()
    item_owner = queries.items_of(conn, [entity_id for entity_id, *_ in reviews])
    moved = 0
    for entity_id, state, message, server_seq in reviews:
        initiative = _initiative(uow.session, item_owner.get(entity_id, entity_id))
        if initiative is not None and state in REVIEW_TARGETS:
            item = _latest_received(uow.session, initiative.id)
            if item is not None:  # never submitted (or not yet acknowledged): nothing to review
                item.result, item.message = REVIEW_RESULTS[state], clean(message)
                moved += _move(uow, initiative, REVIEW_TARGETS[state])
        queries.mark_applied(conn, entity_id, server_seq)
    return moved


def _move(uow: UnitOfWork, initiative: Initiative, target: InitiativeStatus) -> bool:
    """The sync's own move (DOMAIN.md §5): only along the workflow, never over an officer's later edit."""
    if target not in TRANSITIONS[initiative.status]:
        return False
    initiative.status, initiative.status_changed_at = target, uow.now()
    return True


def _items(session: Session, ids: list[str]) -> list[UploadItem]:
    if not ids:
        return []
    return list(session.scalars(sa.select(UploadItem).where(UploadItem.id.in_(ids)).order_by(UploadItem.pk)))


def _initiative(session: Session, initiative_id: str) -> Initiative | None:
    return session.scalars(
        sa.select(Initiative).where(Initiative.id == initiative_id, Initiative.deleted_at.is_(None))
    ).first()


def _latest_received(session: Session, initiative_id: str) -> UploadItem | None:
    return session.scalars(
        sa.select(UploadItem)
        .where(UploadItem.initiative_id == initiative_id, UploadItem.deleted_at.is_(None),
               UploadItem.server_received_at.is_not(None))
        .order_by(UploadItem.server_received_at.desc(), UploadItem.pk.desc())
        .limit(1)
    ).first()
