"""The trash: delete (tombstone), list, restore and purge records (issue 4, item 6).

Deleting and restoring go through the unit of work like any edit (versions, outbox ops, audit rows
"delete"/"restore"). A record's own rows go with it: an initiative's authors, a reward decision's
rewards; restoring revives exactly those deleted in the same moment. Purging removes a record from
the trash for good (``persistence.trash.purge``) and keeps its tombstone for sync.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from sangkien_desktop.domain.audit import TRASH_ENTITIES, TrashItem, entity_label
from sangkien_desktop.domain.errors import ConflictError, KnownError, NotFoundError
from sangkien_desktop.domain.model import Page
from sangkien_desktop.persistence import trash as store
from sangkien_desktop.persistence.audit_queries import record_labels
from sangkien_desktop.persistence.models import (
    Attachment,
    Authorship,
    Initiative,
    Person,
    RecognitionDecision,
    RecordMixin,
    Reward,
    RewardDecision,
)
from sangkien_desktop.persistence.unit_of_work import UnitOfWorkFactory

from .initiatives import check_paging

__all__ = ["TRASH_ENTITIES", "TrashItem", "TrashService"]

_MODELS: dict[str, type[RecordMixin]] = {
    "initiative": Initiative,
    "person": Person,
    "reward_decision": RewardDecision,
    "recognition_decision": RecognitionDecision,
    "attachment": Attachment,
}
# Rows deleted and restored with their record: (model, column pointing at the record).
_CHILDREN: dict[str, tuple[type[Authorship] | type[Reward], str]] = {
    "initiative": (Authorship, "initiative_id"),
    "reward_decision": (Reward, "decision_id"),
}


class TrashService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def delete(
        self, entity: str, record_id: str, expected_version: int, officer_id: str | None = None
    ) -> None:
        """Move a live record to the trash. ``ConflictError`` when it changed since
        ``expected_version``; a person who is still an author of a live initiative is refused."""
        with self._uow(officer_id) as uow:
            record = _record(uow.session, entity, record_id)
            if record.deleted_at is not None:
                raise KnownError(f"{_named(uow.session, entity, record_id)} đã ở trong thùng rác.")
            if record.version != expected_version:
                raise ConflictError(
                    f"{_named(uow.session, entity, record_id)} vừa được sửa ở nơi khác (đang ở phiên bản "
                    f"{record.version}, bạn xoá từ phiên bản {expected_version}). Hãy mở lại rồi thử lại."
                )
            if isinstance(record, Person):
                _refuse_live_author(uow.session, record)
            now = uow.now()
            record.deleted_at = now
            for child in _children(uow.session, entity, record_id, None):
                child.deleted_at = now
            uow.commit()

    def items(self, limit: int = 50, offset: int = 0) -> Page[TrashItem]:
        """Deleted records, most recently deleted first, with what names them and who deleted them."""
        check_paging(limit, offset)
        with self._uow.read() as session:
            total, rows = store.trash_page(session, limit, offset)
            return Page(total, _items(session, rows), limit, offset)

    def find(self, record_id: str) -> TrashItem:
        """The record in the trash with this id, whatever its kind (the CLI names records by id only)."""
        with self._uow.read() as session:
            row = store.trash_entry(session, record_id.strip())
            if row is None:
                raise NotFoundError(f"Không có mục nào mã “{record_id}” trong thùng rác.")
            return _items(session, [row])[0]

    def restore(self, entity: str, record_id: str, officer_id: str | None = None) -> None:
        """Bring a record back from the trash, with the rows deleted together with it."""
        with self._uow(officer_id) as uow:
            record = _record(uow.session, entity, record_id)
            deleted_at = _in_trash(uow.session, entity, record)
            _refuse_dead_owner(uow.session, record)
            children = _children(uow.session, entity, record_id, deleted_at)
            _refuse_dead_people(uow.session, [c for c in children if isinstance(c, Authorship)])
            record.deleted_at = None
            for child in children:
                child.deleted_at = None
            uow.commit()

    def purge(self, entity: str, record_id: str, officer_id: str | None = None) -> int:
        """Remove a record in the trash for good, with the rows belonging to it, in one transaction;
        returns how many rows went. Their tombstones stay (``purged_ids``)."""
        with self._uow(officer_id) as uow:
            record = _record(uow.session, entity, record_id)
            _in_trash(uow.session, entity, record)
            purged = store.purge(uow.session.connection(), entity, record_id, uow.now(), uow.officer_id)
            uow.commit()
        return len(purged)

    def purged_ids(self, entity: str) -> frozenset[str]:
        """Ids of this kind of record purged here; sync must never recreate them."""
        with self._uow.read() as session:
            return store.purged_ids(session, entity)


def _items(session: Session, rows: Sequence[sa.Row[Any]]) -> tuple[TrashItem, ...]:
    labels = record_labels(session, ((r.entity, r.id) for r in rows))
    return tuple(
        TrashItem(
            r.entity, entity_label(r.entity), r.id, labels.get((r.entity, r.id), r.id), r.version,
            r.deleted_at, store.deleted_by(session, r.entity, r.id),
        )
        for r in rows
    )


def _record(session: Session, entity: str, record_id: str) -> RecordMixin:
    model = _MODELS.get(entity)
    if model is None:
        kinds = ", ".join(TRASH_ENTITIES)
        raise KnownError(f"Không xoá hay khôi phục được loại hồ sơ “{entity}” (chỉ: {kinds}).")
    found = session.scalars(sa.select(model).where(model.id == record_id.strip())).first()
    if found is None:
        raise NotFoundError(f"Không tìm thấy {entity_label(entity).lower()} có mã “{record_id}”.")
    return found


def _named(session: Session, entity: str, record_id: str) -> str:
    label = record_labels(session, [(entity, record_id)]).get((entity, record_id), record_id)
    return f"{entity_label(entity)} “{label}”"


def _in_trash(session: Session, entity: str, record: RecordMixin) -> datetime:
    if record.deleted_at is None:
        raise KnownError(f"{_named(session, entity, record.id)} không ở trong thùng rác.")
    return record.deleted_at


def _children(
    session: Session, entity: str, record_id: str, deleted_at: datetime | None
) -> Sequence[RecordMixin]:
    """The record's own rows that are live (``deleted_at`` None) or were deleted at that moment."""
    if entity not in _CHILDREN:
        return []
    model, column = _CHILDREN[entity]
    condition = model.deleted_at.is_(None) if deleted_at is None else model.deleted_at == deleted_at
    rows = session.scalars(sa.select(model).where(getattr(model, column) == record_id, condition))
    return [row for row in rows if isinstance(row, RecordMixin)]


def _refuse_live_author(session: Session, person: Person) -> None:
    codes = session.scalars(
        sa.select(Initiative.code)
        .join(Authorship, Authorship.initiative_id == Initiative.id)
        .where(Authorship.person_id == person.id, Authorship.deleted_at.is_(None))
        .where(Initiative.deleted_at.is_(None))
        .order_by(Initiative.code)
    ).all()
    if codes:
        listed = ", ".join(codes[:5]) + (" …" if len(codes) > 5 else "")
        raise KnownError(
            f"Không xoá được “{person.full_name}”: người này đang là tác giả của {len(codes)} sáng kiến "
            f"({listed}). Hãy bỏ tên họ khỏi các sáng kiến đó, hoặc gộp với người khác, trước khi xoá."
        )


def _refuse_dead_owner(session: Session, record: RecordMixin) -> None:
    """A decision or a file comes back only onto a live record."""
    owner: tuple[str, str] | None = None
    if isinstance(record, RecognitionDecision):
        owner = ("initiative", record.initiative_id)
    elif isinstance(record, Attachment) and record.owner_type in _MODELS:
        owner = (record.owner_type, record.owner_id)
    if owner is None:
        return
    model = _MODELS[owner[0]]
    deleted = session.scalar(sa.select(model.deleted_at).where(model.id == owner[1]))
    if deleted is not None:
        raise KnownError(
            f"Hãy khôi phục {_named(session, *owner)} trước: mục này thuộc về hồ sơ đó, "
            "hiện đang ở trong thùng rác."
        )


def _refuse_dead_people(session: Session, authorships: Sequence[Authorship]) -> None:
    """Authors of a restored initiative must be live persons."""
    ids = [a.person_id for a in authorships]
    names = session.scalars(
        sa.select(Person.full_name)
        .where(Person.id.in_(ids), Person.deleted_at.is_not(None))
        .order_by(Person.full_name)
    ).all()
    if names:
        raise KnownError(
            "Hãy khôi phục trước những tác giả đang ở trong thùng rác: " + ", ".join(names) + "."
        )
