"""Queries behind the initiative editor: the full record, its author rows, files and audit trail."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from sangkien_desktop.domain.detail import AttachmentView, AuditRecord, AuthorDetail, InitiativeDetail
from sangkien_desktop.domain.model import AuthorInput, InitiativeDraft
from sangkien_desktop.domain.workflow import officer_targets

from .models import (
    Attachment,
    AuditEntry,
    Authorship,
    Initiative,
    Officer,
    Person,
    RecognitionDecision,
    RecognitionRequest,
)
from .programme_names import ProgrammeNames


def authorships_by_person(session: Session, initiative_id: str) -> dict[str, Authorship]:
    """Every author row of the initiative, tombstoned ones too (the pair is unique: they get revived)."""
    rows = session.scalars(sa.select(Authorship).where(Authorship.initiative_id == initiative_id))
    return {row.person_id: row for row in rows}


Dated = TypeVar("Dated", RecognitionRequest, RecognitionDecision)


def latest(session: Session, model: type[Dated], initiative_id: str, by: Any) -> Dated | None:
    """The initiative's newest live record of this kind (the one the workflow and the editor use)."""
    query = (
        sa.select(model)
        .where(model.initiative_id == initiative_id, model.deleted_at.is_(None))
        .order_by(by.desc(), model.pk.desc())
        .limit(1)
    )
    return session.scalars(query).first()


def latest_decision(session: Session, initiative_id: str) -> RecognitionDecision | None:
    """The initiative's newest live recognition decision (the one the editor shows and edits)."""
    return latest(session, RecognitionDecision, initiative_id, RecognitionDecision.decided_on)


def author_details(session: Session, initiative_id: str) -> tuple[AuthorDetail, ...]:
    query = (
        sa.select(Authorship, Person)
        .join(Person, Person.id == Authorship.person_id)
        .where(Authorship.initiative_id == initiative_id, Authorship.deleted_at.is_(None))
        .order_by(Authorship.position, Authorship.pk)
    )
    return tuple(
        AuthorDetail(p.id, p.full_name, a.share_pct, p.birth_date, p.department, a.position)
        for a, p in session.execute(query)
    )


def attachment_views(session: Session, owner_type: str, owner_id: str) -> tuple[AttachmentView, ...]:
    """Live files of one record, oldest first."""
    rows = session.scalars(
        sa.select(Attachment)
        .where(
            Attachment.owner_type == owner_type,
            Attachment.owner_id == owner_id,
            Attachment.deleted_at.is_(None),
        )
        .order_by(Attachment.pk)
    )
    return tuple(AttachmentView(r.id, r.sha256, r.file_name, r.mime_type, r.size_bytes, r.kind) for r in rows)


def detail_of(session: Session, initiative: Initiative) -> InitiativeDetail:
    authors = author_details(session, initiative.id)
    return InitiativeDetail(
        id=initiative.id,
        code=initiative.code,
        version=initiative.version,
        status=initiative.status,
        allowed_statuses=officer_targets(initiative.status),
        draft=draft_of(initiative, authors, latest_decision(session, initiative.id)),
        authors=authors,
        attachments=attachment_views(session, "initiative", initiative.id),
        created_at=initiative.created_at,
        updated_at=initiative.updated_at,
    )


def draft_of(
    initiative: Initiative, authors: Iterable[AuthorDetail], decision: RecognitionDecision | None
) -> InitiativeDraft:
    """The record's editable values in the shape ``InitiativeDraft.from_mapping`` builds."""
    return InitiativeDraft(
        title=initiative.title,
        kind=initiative.kind,
        field_code=initiative.field_code,
        authors=tuple(
            AuthorInput(a.full_name, a.share_pct, a.birth_date, None, a.department, a.person_id)
            for a in authors
        ),
        status=initiative.status,
        code=initiative.code,
        summary=initiative.summary,
        department=initiative.department,
        content=initiative.content,
        first_applied_on=initiative.first_applied_on,
        first_application_is_trial=initiative.first_application_is_trial,
        benefit_value=initiative.benefit_value,
        benefit_is_estimate=initiative.benefit_is_estimate,
        benefit_not_quantifiable=initiative.benefit_not_quantifiable,
        is_confidential=initiative.is_confidential,
        ip_protected=initiative.ip_protected,
        decision_number=decision.number if decision else None,
        decided_on=decision.decided_on if decision else None,
        notes=initiative.notes,
        investor_name=initiative.investor_name,
        problem=initiative.problem,
        prior_state=initiative.prior_state,
        applicability=initiative.applicability,
        confidential_info=initiative.confidential_info,
        conditions=initiative.conditions,
        programme_id=initiative.programme_id,
    )


def history_rows(session: Session, initiative_id: str) -> list[AuditRecord]:
    """Newest first (ties in insertion order reversed, so a save's entries stay together)."""
    authors = _subjects(session, Authorship, Person.full_name, initiative_id)
    decisions = _subjects(session, RecognitionDecision, RecognitionDecision.number, initiative_id)
    subjects: dict[str, str | None] = {initiative_id: None, **authors, **decisions}
    # One term per table, each on the (entity, entity_id) index: the audit trail grows with the store.
    where = sa.or_(
        *(
            sa.and_(AuditEntry.entity == table, AuditEntry.entity_id.in_(ids))
            for table, ids in (
                ("initiative", [initiative_id]),
                ("authorship", authors),
                ("recognition_decision", decisions),
            )
            if ids
        )
    )
    query = (
        sa.select(AuditEntry, Officer.full_name)
        .outerjoin(Officer, Officer.id == AuditEntry.officer_id)
        .where(where)
        .order_by(AuditEntry.at.desc(), AuditEntry.pk.desc())
    )
    records = [
        AuditRecord(e.at, name, e.entity, e.action, e.field, e.old_value, e.new_value, subjects[e.entity_id])
        for e, name in session.execute(query)
    ]
    return _programmes_named(session, records)


def _programmes_named(session: Session, records: list[AuditRecord]) -> list[AuditRecord]:
    """Programme changes show the programme's name: the officer never sees ids."""
    names = ProgrammeNames.of(session, records)
    if not names.names:
        return records
    return [replace(r, old_value=names.old(r), new_value=names.new(r)) for r in records]


def _subjects(
    session: Session, model: type[Authorship] | type[RecognitionDecision], name: Any, initiative_id: str
) -> dict[str, str | None]:
    """Ids of the initiative's rows in ``model`` (tombstoned too) → what names them for the officer."""
    query = sa.select(model.id, name).where(model.initiative_id == initiative_id)
    if model is Authorship:
        query = query.join(Person, Person.id == Authorship.person_id)
    return {row_id: subject for row_id, subject in session.execute(query)}
