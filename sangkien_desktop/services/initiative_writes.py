"""The write side of initiatives, shared by ``create`` and ``update``: fields, authors, decision.

Every function works inside the caller's unit of work and assigns only values that differ, so a
save that changes nothing leaves no trace (no version bump, no outbox op, no audit row).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from sangkien_desktop.domain.enums import AuthorRole, InitiativeStatus, RecognitionOutcome
from sangkien_desktop.domain.errors import FieldProblem, ValidationError
from sangkien_desktop.domain.model import LABELS, REQUEST_SECTIONS, AuthorInput, InitiativeDraft
from sangkien_desktop.domain.rules import LegalSettings
from sangkien_desktop.domain.text import ToneOrder, clean
from sangkien_desktop.domain.workflow import STATUS_ORDER, ensure_transition
from sangkien_desktop.persistence.initiative_edit_queries import authorships_by_person, latest_decision
from sangkien_desktop.persistence.models import (
    AuditEntry,
    Authorship,
    Initiative,
    Person,
    Programme,
    RecognitionDecision,
)
from sangkien_desktop.persistence.repositories import InitiativeRepository, PersonRepository
from sangkien_desktop.persistence.unit_of_work import UnitOfWork
from sangkien_desktop.protocol import canonical_json

from .status import facts_for

CENT = Decimal("0.01")
# The draft's values stored as they are on the initiative row (code, status and authors are apart).
EDITABLE_FIELDS = (
    "title",
    "kind",
    "field_code",
    "summary",
    "department",
    "content",
    "first_applied_on",
    "first_application_is_trial",
    "benefit_value",
    "benefit_is_estimate",
    "benefit_not_quantifiable",
    "is_confidential",
    "ip_protected",
    "notes",
    "investor_name",
    *REQUEST_SECTIONS,
    "programme_id",
)
S = InitiativeStatus
# States reached through a recognition decision: a decision typed into the editor may be recorded.
RECOGNISED = frozenset(
    s for s in S if STATUS_ORDER[s] >= STATUS_ORDER[S.DA_CONG_NHAN] and s is not S.KHONG_CONG_NHAN
)


@dataclass(frozen=True)
class EditContext:
    """What an edit needs beyond the draft: settings, today's facts and the officer's reason."""

    legal: LegalSettings
    tone_order: ToneOrder
    today: date
    status_reason: str | None = None
    officer_id: str | None = None


def new_initiative(uow: UnitOfWork, draft: InitiativeDraft, code: str, tone_order: ToneOrder) -> Initiative:
    """A new record with its authors and, when created recognised, its decision."""
    initiative = Initiative(code=code, status=draft.status, status_changed_at=uow.now())
    apply_fields(initiative, draft)
    uow.session.add(initiative)
    uow.session.flush()
    sync_authors(uow, initiative, draft.authors, tone_order)
    sync_decision(uow, initiative, draft)
    return initiative


def edit_problems(
    repo: InitiativeRepository, initiative: Initiative, draft: InitiativeDraft
) -> list[FieldProblem]:
    """Checks an edit needs beyond ``validate_draft``: a listed programme, a free code, a whole decision."""
    problems = programme_problems(repo.session, draft, initiative.programme_id)
    if draft.programme_id != initiative.programme_id and initiative.status in PROGRAMME_LOCKED:
        reason = f"sáng kiến đã tải lên cấp trên («{initiative.status.label}»): không đổi chương trình được"
        problems.append(_problem("programme_id", reason))
    if draft.code and draft.code != initiative.code and repo.code_taken(draft.code):
        problems.append(_problem("code", f"“{draft.code}” đã được dùng"))
    if bool(draft.decision_number) != bool(draft.decided_on):
        missing = "decided_on" if draft.decision_number else "decision_number"
        problems.append(_problem(missing, "cần nhập cả số và ngày của quyết định công nhận"))
    elif draft.decision_number and not _may_record_decision(repo.session, initiative, draft.status):
        reason = f"chỉ ghi được khi sáng kiến ở trạng thái «{S.DA_CONG_NHAN.label}» trở đi"
        problems.append(_problem("decision_number", reason))
    return problems


# The upper union holds the initiative under its programme (sent back, «Không hợp lệ», it may be fixed).
PROGRAMME_LOCKED = frozenset({InitiativeStatus.DA_TAI_LEN, InitiativeStatus.HOP_LE})


def programme_problems(
    session: Session, draft: InitiativeDraft, kept: str | None = None
) -> list[FieldProblem]:
    """The chosen programme must be a live one; ``kept`` (the record's own, even if since withdrawn)
    is always accepted, so an unrelated edit is never refused for it."""
    chosen = draft.programme_id
    if chosen is None or chosen == kept:
        return []
    live = sa.select(Programme.pk).where(Programme.id == chosen, Programme.deleted_at.is_(None))
    if session.scalar(live) is not None:
        return []
    return [_problem("programme_id", "không có trong danh sách")]


def _may_record_decision(session: Session, initiative: Initiative, status: InitiativeStatus) -> bool:
    """A decision may be typed in once recognised, or edited when the record already has one."""
    return status in RECOGNISED or latest_decision(session, initiative.id) is not None


def apply_edit(
    uow: UnitOfWork, initiative: Initiative, draft: InitiativeDraft, context: EditContext
) -> list[FieldProblem]:
    """Fields, authors, decision, then the status move checked on the updated record; returns the
    workflow's warnings. Raises ``WorkflowError`` when the move is not allowed."""
    apply_fields(initiative, draft)
    if draft.code and draft.code != initiative.code:
        initiative.code = draft.code
    children_changed = sync_authors(uow, initiative, draft.authors, context.tone_order)
    children_changed |= sync_decision(uow, initiative, draft)
    if children_changed:
        # Authors and decision are part of the record the officer edits: its version must move, so
        # another editor still holding the old version is refused instead of undoing this change.
        flag_modified(initiative, "updated_at")
    if draft.status is initiative.status:
        return []
    return move_status(uow, initiative, draft.status, context)


def move_status(
    uow: UnitOfWork, initiative: Initiative, target: InitiativeStatus, context: EditContext
) -> list[FieldProblem]:
    """The workflow's checks of ``StatusService.change`` on the facts as they are now in the session."""
    uow.session.flush()
    facts = facts_for(uow.session, initiative, context.today)
    reason = clean(context.status_reason)
    warnings = ensure_transition(initiative.status, target, facts, context.legal, reason=reason)
    initiative.status, initiative.status_changed_at = target, uow.now()
    if reason:
        # DOMAIN.md §5.2: the reason for "sửa trạng thái" is kept in history, next to the move.
        uow.session.add(
            AuditEntry(
                at=uow.now(),
                officer_id=context.officer_id,
                entity="initiative",
                entity_id=initiative.id,
                action="status",
                field="status_reason",
                new_value=canonical_json(reason),
            )
        )
    return warnings


def apply_fields(initiative: Initiative, draft: InitiativeDraft) -> None:
    _assign(initiative, {name: getattr(draft, name) for name in EDITABLE_FIELDS})


def sync_authors(
    uow: UnitOfWork, initiative: Initiative, authors: tuple[AuthorInput, ...], tone_order: ToneOrder
) -> bool:
    """Make the live author rows match ``authors`` in order (positions 1..n); returns whether any
    row changed. Rows of people no longer listed are tombstoned; listing them again revives them
    (the initiative–person pair is unique)."""
    rows = authorships_by_person(uow.session, initiative.id)
    people = PersonRepository(uow.session)
    listed: set[str] = set()
    changed = False
    for position, (author, share) in enumerate(zip(authors, shares(authors), strict=True), start=1):
        person = person_for(people, author, tone_order)
        if person.id in listed:
            raise ValidationError([_problem("authors", f"{person.full_name} được nhập hai lần")])
        listed.add(person.id)
        role = AuthorRole.TAC_GIA if position == 1 else AuthorRole.DONG_TAC_GIA
        values = {"position": position, "share_pct": share, "role": role, "deleted_at": None}
        row = rows.get(person.id)
        if row is None:
            uow.session.add(Authorship(initiative_id=initiative.id, person_id=person.id, **values))
            changed = True
        else:
            changed |= _assign(row, values)
    for person_id, row in rows.items():
        if person_id not in listed and row.deleted_at is None:
            row.deleted_at = uow.now()
            changed = True
    return changed


def sync_decision(uow: UnitOfWork, initiative: Initiative, draft: InitiativeDraft) -> bool:
    """Edit the latest decision's number and date; clearing both tombstones it; a record moving into
    a recognised state gets a new decision (outcome: recognised). Returns whether anything changed."""
    latest = latest_decision(uow.session, initiative.id)
    number, decided_on = draft.decision_number, draft.decided_on
    if latest is None:
        if not (number and decided_on and draft.status in RECOGNISED):
            return False
        decision = RecognitionDecision(
            initiative_id=initiative.id,
            number=number,
            decided_on=decided_on,
            outcome=RecognitionOutcome.CONG_NHAN,
        )
        uow.session.add(decision)
        return True
    if not number and not decided_on:
        latest.deleted_at = uow.now()
        return True
    return _assign(latest, {"number": number, "decided_on": decided_on})


def person_for(people: PersonRepository, author: AuthorInput, tone_order: ToneOrder) -> Person:
    """The chosen person (by id), else the one person with this name (and birth date), else a new one."""
    if author.person_id:
        found = people.get(author.person_id)
        if found is None:
            reason = f"không tìm thấy người có mã {author.person_id}"
            raise ValidationError([_problem("authors.person_id", reason, label="Tác giả")])
        return found
    person = people.find_unique(author.full_name, author.birth_date)
    if person is None:
        person = people.new(author.full_name, tone_order)
        person.birth_date, person.department = author.birth_date, author.department
        if author.sex is not None:
            person.sex = author.sex
        people.session.flush()
    return person


def shares(authors: tuple[AuthorInput, ...]) -> list[Decimal | None]:
    """A single author without a share holds 100.00 % (DOMAIN.md §4.5); otherwise as entered."""
    if len(authors) == 1 and authors[0].share_pct is None:
        return [Decimal("100.00")]
    # Two decimals, as stored: "60" and "60.00" must serialise (and hash) identically.
    return [None if a.share_pct is None else a.share_pct.quantize(CENT) for a in authors]


def tone_order(values: Mapping[str, object]) -> ToneOrder:
    return "software" if values.get("text.tone_order") == "software" else "dictionary"


def _assign(row: object, values: Mapping[str, Any]) -> bool:
    """Set only the attributes whose value differs; returns whether any did."""
    changed = False
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed = True
    return changed


def _problem(field: str, reason: str, label: str | None = None) -> FieldProblem:
    return FieldProblem(field, label or LABELS.get(field, field), reason)
