"""Unit of work: one transaction per user action, with its outbox ops, audit rows and search upkeep.

Services open ``with uow_factory(officer_id) as uow:`` and call ``uow.commit()``. Before the single
COMMIT the unit of work bumps versions, writes one outbox op per changed synced record, one audit
row per changed field, and refreshes the search index of touched initiatives, so no service can
forget any of them (ARCHITECTURE.md D7).

The factory also guards writes: a unit of work opened for an officer whose role may not edit
(a viewer), or for an officer who no longer works here, is refused with ``PermissionDeniedError``
before its session exists, so every service is covered at once. ``officer_id`` None means the
console or the system (CLI without ``--officer``, tests) and is allowed. PIN hashes never reach
the audit trail: their audit rows only say that a PIN was set or cleared.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from types import TracebackType
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from sangkien_desktop.domain.errors import PermissionDeniedError
from sangkien_desktop.domain.officers import Permission, denied, role_allows
from sangkien_desktop.domain.text import ToneOrder

from . import person_search, search, sort_keys
from .db import READ_ONLY
from .models import Authorship, Initiative, Officer, Person, RecognitionDecision, RecordMixin, Setting
from .models.base import new_uuid
from .outbox import AuditDraft, OpDraft, append_audit, append_ops, audit_snapshot, record_values, sync_payload

Clock = Callable[[], datetime]

# Columns whose values the audit trail must not keep, by table; shown as SECRET_MARK when set.
_SECRET_FIELDS = {"officer": frozenset({"pin_hash"})}
SECRET_MARK = "***"


@dataclass
class _Touched:
    obj: RecordMixin
    created: bool
    base_version: int | None
    audit: list[AuditDraft] = field(default_factory=list)


class UnitOfWork:
    """One transaction. Never shared between threads; returns nothing live to callers."""

    def __init__(self, session: Session, clock: Clock, officer_id: str | None) -> None:
        self.session = session
        self._clock = clock
        self._officer_id = officer_id
        self._touched: dict[int, _Touched] = {}
        self._committed = False
        event.listen(session, "before_flush", self._before_flush)

    def __enter__(self) -> UnitOfWork:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if not self._committed:
            self.session.rollback()
        event.remove(self.session, "before_flush", self._before_flush)
        self.session.close()

    @property
    def officer_id(self) -> str | None:
        """The officer acting in this unit (None: the console or the system); audit rows carry it."""
        return self._officer_id

    def now(self) -> datetime:
        return self._clock()

    def commit(self) -> None:
        self.session.flush()
        now = self._clock()
        conn = self.session.connection()
        touched = list(self._touched.values())
        send_personal = self._setting_bool("sync.send_personal_contacts")
        ops = [self._op_for(t, send_personal) for t in touched if t.obj.__entity_type__]
        append_ops(conn, ops, now)
        audit = [_without_secrets(d) for t in touched for d in self._audit_for(t)]
        append_audit(conn, audit, self._officer_id, now)
        reindexed = self._initiatives_to_reindex(touched)
        search.reindex(conn, reindexed)
        sort_keys.refresh(conn, reindexed, self._tone_order())
        person_search.reindex(conn, [t.obj.id for t in touched if isinstance(t.obj, Person)])
        self.session.commit()
        self._committed = True

    # -- change capture ---------------------------------------------------------------------------

    def _before_flush(self, session: Session, _ctx: Any, _instances: Any) -> None:
        now = self._clock()
        for obj in session.new:
            if isinstance(obj, RecordMixin) and id(obj) not in self._touched:
                obj.id = obj.id or new_uuid()
                obj.created_at = obj.updated_at = now
                obj.version = 1
                self._touched[id(obj)] = _Touched(obj, created=True, base_version=None)
        for obj in session.dirty:
            if isinstance(obj, RecordMixin) and session.is_modified(obj, include_collections=False):
                self._capture_update(obj, now)
        for obj in session.deleted:
            if isinstance(obj, RecordMixin):
                raise RuntimeError("Records are never physically deleted; set deleted_at (tombstone)")

    def _capture_update(self, obj: RecordMixin, now: datetime) -> None:
        entry = self._touched.get(id(obj))
        if entry is None:
            entry = _Touched(obj, created=False, base_version=obj.version)
            self._touched[id(obj)] = entry
            obj.version = obj.version + 1  # one version per committed change, not per flush
        obj.updated_at = now
        if entry.created:
            return
        state = sa.inspect(obj)
        for attr in state.mapper.column_attrs:
            if attr.key in ("version", "updated_at") or attr.columns[0].info.get("derived"):
                continue
            history = state.attrs[attr.key].history
            if history.has_changes():
                old = history.deleted[0] if history.deleted else None
                new = history.added[0] if history.added else None
                if old != new:
                    entry.audit.append(
                        AuditDraft(table_name(obj), obj.id, _action(attr.key, old, new), attr.key, old, new)
                    )

    def _op_for(self, t: _Touched, send_personal: bool) -> OpDraft:
        values = record_values(t.obj)
        entity_type = t.obj.__entity_type__
        assert entity_type is not None
        return OpDraft(
            entity_type,
            t.obj.id,
            t.base_version,
            t.obj.version,
            t.obj.deleted_at is not None,
            sync_payload(type(t.obj), values, send_personal=send_personal),
        )

    def _audit_for(self, t: _Touched) -> list[AuditDraft]:
        if t.created:
            snapshot = audit_snapshot(type(t.obj), record_values(t.obj))
            return [AuditDraft(table_name(t.obj), t.obj.id, "create", None, None, snapshot)]
        return t.audit

    def _initiatives_to_reindex(self, touched: list[_Touched]) -> list[str]:
        ids: set[str] = set()
        person_ids: list[str] = []
        for t in touched:
            obj = t.obj
            if isinstance(obj, Initiative):
                ids.add(obj.id)
            elif isinstance(obj, Authorship | RecognitionDecision):
                ids.add(obj.initiative_id)
            elif table_name(obj) == "person" and not t.created:
                person_ids.append(obj.id)
        if person_ids:
            rows = self.session.execute(
                sa.select(Authorship.initiative_id).where(Authorship.person_id.in_(person_ids))
            )
            ids.update(r[0] for r in rows)
        return sorted(ids)

    def _setting(self, key: str) -> Any:
        value = self.session.execute(sa.select(Setting.value).where(Setting.key == key)).scalar()
        return json.loads(value) if value else None

    def _setting_bool(self, key: str) -> bool:
        return bool(self._setting(key))

    def _tone_order(self) -> ToneOrder:
        return "software" if self._setting("text.tone_order") == "software" else "dictionary"


def table_name(obj: RecordMixin) -> str:
    return str(type(obj).__tablename__)  # type: ignore[attr-defined]


def _without_secrets(draft: AuditDraft) -> AuditDraft:
    secret = _SECRET_FIELDS.get(draft.entity)
    if not secret:
        return draft
    if draft.field is None and isinstance(draft.new_value, dict):  # creation snapshot
        snapshot = {k: _mark(v) if k in secret else v for k, v in draft.new_value.items()}
        return replace(draft, new_value=snapshot)
    if draft.field in secret:
        return replace(draft, old_value=_mark(draft.old_value), new_value=_mark(draft.new_value))
    return draft


def _mark(value: Any) -> str | None:
    return None if value is None else SECRET_MARK


def require_permission(session: Session, officer_id: str | None, permission: Permission) -> None:
    """Raise ``PermissionDeniedError`` unless the officer (active, not deleted) may do ``permission``;
    None (the console or the system) may do anything."""
    if officer_id is None:
        return
    row = session.execute(
        sa.select(Officer.full_name, Officer.role)
        .where(Officer.id == officer_id, Officer.active.is_(True), Officer.deleted_at.is_(None))
    ).first()
    if row is None:
        raise PermissionDeniedError(
            f"Không tìm thấy cán bộ đang làm việc có mã “{officer_id}” (có thể đã ngừng hoạt động "
            "hoặc bị xoá). Hãy chọn lại cán bộ sử dụng chương trình."
        )
    if not role_allows(row.role, permission):
        raise denied(row.full_name, row.role, permission)


def _action(key: str, old: Any, new: Any) -> str:
    if key == "deleted_at":
        return "delete" if new is not None else "restore"
    return "status" if key == "status" else "update"


class UnitOfWorkFactory:
    """Builds units of work on one engine; ``read()`` gives a session for queries only.

    ``acting_officer_id`` is the officer signed in (set by the GUI after sign-in, by the CLI's
    ``--officer``); a unit opened without an explicit officer acts for them.
    """

    def __init__(self, engine: Engine, clock: Clock) -> None:
        self.engine = engine
        self.clock = clock
        self.acting_officer_id: str | None = None
        self._writer = sessionmaker(engine, expire_on_commit=False, autoflush=True)
        self._reader = sessionmaker(engine.execution_options(**READ_ONLY), expire_on_commit=False)

    def __call__(self, officer_id: str | None = None) -> UnitOfWork:
        """A write unit for ``officer_id`` (default: the acting officer); ``PermissionDeniedError``
        for a viewer or an officer who no longer works here, before anything is opened for writing."""
        acting = officer_id if officer_id is not None else self.acting_officer_id
        if acting is not None:
            with self.read() as session:
                require_permission(session, acting, Permission.EDIT)
        return UnitOfWork(self._writer(), self.clock, acting)

    def system(self) -> UnitOfWork:
        """A write unit for the program itself (the sync taking in what the server said), whoever is
        signed in: a viewer's session must not stop the server's answers reaching the workflow."""
        return UnitOfWork(self._writer(), self.clock, None)

    def read(self) -> Session:
        return self._reader()
