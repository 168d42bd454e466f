"""Queries behind the global audit page and the trash: filtered audit pages, and what names a record.

Records are named for the officer in batches (one query per table and page), by their code, name,
number or file name; a row hanging from an initiative (an author, a decision) also shows the
initiative's code. A change of an initiative's programme shows the programme's name, as the editor's
History tab does.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime, time, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from sangkien_desktop.domain.audit import AuditFilter, AuditRow, entity_label, field_label, shown_value
from sangkien_desktop.domain.errors import NotFoundError

from .models import (
    Attachment,
    AuditEntry,
    Authorship,
    Base,
    Employer,
    Initiative,
    Officer,
    Person,
    Programme,
    ProgrammePhase,
    RecognitionDecision,
    Reward,
    RewardDecision,
    UnionUnit,
)
from .outbox import audited_keys
from .programme_names import ProgrammeNames

# -- naming records ---------------------------------------------------------------------------------

Namer = Callable[[Session, Sequence[str]], dict[str, str]]


def _plain(column: Any) -> Namer:
    """Records named by one of their own columns."""

    def name(session: Session, ids: Sequence[str]) -> dict[str, str]:
        table = column.class_
        rows = session.execute(sa.select(table.id, column).where(table.id.in_(ids)))
        return {row_id: str(value) for row_id, value in rows if value}

    return name


def _initiatives(session: Session, ids: Sequence[str]) -> dict[str, str]:
    query = sa.select(Initiative.id, Initiative.code, Initiative.title).where(Initiative.id.in_(ids))
    rows = session.execute(query)
    return {row_id: f"{code} – {title}" for row_id, code, title in rows}


def _authorships(session: Session, ids: Sequence[str]) -> dict[str, str]:
    rows = session.execute(
        sa.select(Authorship.id, Initiative.code, Person.full_name)
        .join(Initiative, Initiative.id == Authorship.initiative_id)
        .join(Person, Person.id == Authorship.person_id)
        .where(Authorship.id.in_(ids))
    )
    return {row_id: f"{code} – {name}" for row_id, code, name in rows}


def _recognition_decisions(session: Session, ids: Sequence[str]) -> dict[str, str]:
    rows = session.execute(
        sa.select(RecognitionDecision.id, RecognitionDecision.number, Initiative.code)
        .join(Initiative, Initiative.id == RecognitionDecision.initiative_id)
        .where(RecognitionDecision.id.in_(ids))
    )
    return {row_id: f"{number} ({code})" for row_id, number, code in rows}


def _reward_decisions(session: Session, ids: Sequence[str]) -> dict[str, str]:
    columns = (RewardDecision.id, RewardDecision.number, RewardDecision.subject)
    rows = session.execute(sa.select(*columns).where(RewardDecision.id.in_(ids)))
    return {row_id: number or subject or "Dự thảo chưa có số" for row_id, number, subject in rows}


def _rewards(session: Session, ids: Sequence[str]) -> dict[str, str]:
    rows = session.execute(
        sa.select(Reward.id, Reward.collective_name, Person.full_name)
        .outerjoin(Person, Person.id == Reward.person_id)
        .where(Reward.id.in_(ids))
    )
    return {row_id: collective or name or "" for row_id, collective, name in rows}


def _children_of_initiatives(session: Session, entity: str, ids: Sequence[str]) -> dict[str, str]:
    """Any other row with an ``initiative_id``: named by the initiative's code."""
    table = Base.metadata.tables[entity]
    rows = session.execute(
        sa.select(table.c.id, Initiative.code)
        .join(Initiative, Initiative.id == table.c.initiative_id)
        .where(table.c.id.in_(ids))
    )
    return {row_id: str(code) for row_id, code in rows}


_NAMERS: dict[str, Namer] = {
    "initiative": _initiatives,
    "person": _plain(Person.full_name),
    "authorship": _authorships,
    "recognition_decision": _recognition_decisions,
    "reward_decision": _reward_decisions,
    "reward": _rewards,
    "attachment": _plain(Attachment.file_name),
    "employer": _plain(Employer.name),
    "union_unit": _plain(UnionUnit.short_name),
    "officer": _plain(Officer.full_name),
    "programme": _plain(Programme.name),
    "programme_phase": _plain(ProgrammePhase.name),
}


def record_labels(session: Session, keys: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """(entity, id) → what names the record; records gone for good are left out."""
    by_entity: dict[str, list[str]] = defaultdict(list)
    for entity, record_id in keys:
        by_entity[entity].append(record_id)
    labels: dict[tuple[str, str], str] = {}
    for entity, ids in by_entity.items():
        unique = sorted(set(ids))
        namer = _NAMERS.get(entity)
        if namer is not None:
            found = namer(session, unique)
        elif _has_initiative(entity):
            found = _children_of_initiatives(session, entity, unique)
        else:
            found = {}
        labels.update({(entity, k): v for k, v in found.items()})
    return labels


def _has_initiative(entity: str) -> bool:
    table = Base.metadata.tables.get(entity)
    return table is not None and "initiative_id" in table.c and "id" in table.c


# -- the audit page ---------------------------------------------------------------------------------


def audit_page(session: Session, where: AuditFilter, limit: int, offset: int) -> tuple[int, list[AuditRow]]:
    """Total and one page of entries matching ``where``, newest first (a save's entries together)."""
    condition = sa.and_(sa.true(), *_conditions(session, where))
    total = session.scalar(sa.select(sa.func.count()).select_from(AuditEntry).where(condition)) or 0
    query = (
        sa.select(AuditEntry, Officer.full_name)
        .outerjoin(Officer, Officer.id == AuditEntry.officer_id)
        .where(condition)
        .order_by(AuditEntry.at.desc(), AuditEntry.pk.desc())
        .limit(limit)
        .offset(offset)
    )
    found = session.execute(query).all()
    labels = record_labels(session, ((e.entity, e.entity_id) for e, _ in found))
    programmes = ProgrammeNames.of(session, (entry for entry, _ in found))
    return total, [_row(entry, name, labels, programmes) for entry, name in found]


def _row(
    entry: AuditEntry,
    officer_name: str | None,
    labels: Mapping[tuple[str, str], str],
    programmes: ProgrammeNames,
) -> AuditRow:
    # A deletion or a restore says it all; its "deleted_at" value would only repeat the time.
    showing_values = entry.field is not None and entry.action not in ("delete", "restore")
    return AuditRow(
        pk=entry.pk,
        at=entry.at,
        officer_name=officer_name,
        entity=entry.entity,
        entity_label=entity_label(entry.entity),
        entity_id=entry.entity_id,
        record_label=labels.get((entry.entity, entry.entity_id), entry.entity_id),
        action=entry.action,
        field=entry.field,
        field_label=field_label(entry.entity, entry.field) if showing_values else None,
        old_value=shown_value(entry.entity, entry.field, programmes.old(entry)) if showing_values else None,
        new_value=shown_value(entry.entity, entry.field, programmes.new(entry)) if showing_values else None,
    )


def _conditions(session: Session, where: AuditFilter) -> list[Any]:
    found: list[Any] = []
    if where.entity:
        found.append(AuditEntry.entity == where.entity)
    if where.record:
        found.append(_record_condition(session, where.record))
    if where.officer_id:
        found.append(AuditEntry.officer_id == where.officer_id)
    if where.action:
        found.append(AuditEntry.action == where.action)
    if where.since:
        found.append(AuditEntry.at >= datetime.combine(where.since, time.min))
    if where.until:
        found.append(AuditEntry.at < datetime.combine(where.until + timedelta(days=1), time.min))
    if where.text:
        pattern = "%" + _escaped(where.text) + "%"
        found.append(sa.or_(AuditEntry.old_value.like(pattern, escape="\\"),
                            AuditEntry.new_value.like(pattern, escape="\\")))
    return found


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _record_condition(session: Session, record: str) -> Any:
    """An initiative (by code or id) with every row hanging from it; otherwise any record by id."""
    initiative_id = session.scalar(
        sa.select(Initiative.id).where(sa.or_(Initiative.code == record, Initiative.id == record))
    )
    if initiative_id is None:
        return AuditEntry.entity_id == record
    terms = [sa.and_(AuditEntry.entity == "initiative", AuditEntry.entity_id == initiative_id)]
    for table in Base.metadata.sorted_tables:
        if _has_initiative(table.name):
            ids = sa.select(table.c.id).where(table.c.initiative_id == initiative_id).scalar_subquery()
            terms.append(sa.and_(AuditEntry.entity == table.name, AuditEntry.entity_id.in_(ids)))
    return sa.or_(*terms)


def entries_of(session: Session, entity: str, entity_id: str) -> list[tuple[str, str | None, str | None]]:
    """(action, field, new value as canonical JSON) of one record, in the order they were written."""
    rows = session.execute(
        sa.select(AuditEntry.action, AuditEntry.field, AuditEntry.new_value)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
        .order_by(AuditEntry.pk)
    )
    return [(action, field, value) for action, field, value in rows]


def replayable_fields(entity: str) -> list[str]:
    """The fields the trail rebuilds: every audited column but ``updated_at``, which changes with
    every save and is recorded only in the creation snapshot."""
    model = next((m.class_ for m in Base.registry.mappers if _table_name(m.class_) == entity), None)
    if model is None:
        raise NotFoundError(f"Không có loại hồ sơ “{entity}”.")
    return [key for key in audited_keys(model) if key != "updated_at"]


def _table_name(model: type[Any]) -> str | None:
    return getattr(model, "__tablename__", None)


def officer_choices(session: Session) -> list[tuple[str, str]]:
    """Every officer, active or not: the audit keeps the names of those who left."""
    rows = session.execute(sa.select(Officer.id, Officer.full_name).order_by(Officer.full_name, Officer.pk))
    return [(row_id, name) for row_id, name in rows]
