"""What the initiative editor reads: one record in full, its authors, files and change history.

Plain immutable data returned by ``InitiativeService.detail`` / ``history`` and
``AttachmentService``; never live ORM objects.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from .audit import shown_value
from .enums import AttachmentKind, InitiativeStatus
from .model import LABELS, InitiativeDraft


@dataclass(frozen=True)
class AttachmentView:
    id: str
    sha256: str
    file_name: str
    mime_type: str
    size_bytes: int
    kind: AttachmentKind


@dataclass(frozen=True)
class AuthorDetail:
    person_id: str
    full_name: str
    share_pct: Decimal | None
    birth_date: date | None
    department: str | None
    position: int


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime  # UTC
    officer_name: str | None
    action: str  # "create" | "update" | "status" | "delete" | "restore"
    field_label: str | None  # Vietnamese label of the field; None for the record's creation
    old_value: str | None  # as the officer reads it: dd/mm/yyyy, 1.234.567 đ, enum labels
    new_value: str | None


@dataclass(frozen=True)
class InitiativeDetail:
    id: str
    code: str
    version: int
    status: InitiativeStatus
    allowed_statuses: tuple[InitiativeStatus, ...]  # where the officer may move it now; current excluded
    draft: InitiativeDraft  # every editable value, as InitiativeDraft.from_mapping would build it
    authors: tuple[AuthorDetail, ...]
    attachments: tuple[AttachmentView, ...]
    created_at: datetime
    updated_at: datetime


# -- history --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditRecord:
    """One stored audit entry of the initiative or of a row hanging from it, names resolved."""

    at: datetime
    officer_name: str | None
    entity: str  # table name: initiative, authorship, recognition_decision
    action: str
    field: str | None
    old_value: str | None  # canonical JSON, as the unit of work wrote it
    new_value: str | None
    subject: str | None  # the author's name for authorship rows, the decision number for decisions


# Recorded with every status move; the status entry itself says it all.
HIDDEN_FIELDS = frozenset({"status_changed_at"})
_CHILD_LABELS = {"authorship": LABELS["authors"], "recognition_decision": "Quyết định công nhận"}
_CHILD_FIELD_PREFIX = {"authorship": "authors.", "recognition_decision": ""}
_FIELD_LABELS = {**LABELS, "number": LABELS["decision_number"]}


def history_entries(records: Iterable[AuditRecord]) -> tuple[HistoryEntry, ...]:
    return tuple(history_entry(r) for r in records if r.field not in HIDDEN_FIELDS)


def history_entry(record: AuditRecord) -> HistoryEntry:
    """The entry as the officer reads it: Vietnamese labels, dd/mm/yyyy, 1.234.567 đ, enum labels."""
    if record.entity == "initiative":
        if record.action in ("create", "delete", "restore"):
            return _entry(record, None, None, None)
        label = _FIELD_LABELS.get(record.field or "", record.field)
        return _entry(
            record, label, _shown(record.field, record.old_value), _shown(record.field, record.new_value)
        )
    return _child_entry(record)


def _child_entry(record: AuditRecord) -> HistoryEntry:
    """Authors and decisions: what happened to which one ("Tác giả", "Nguyễn Văn Hùng (60%)")."""
    label = _CHILD_LABELS.get(record.entity, record.entity)
    if record.action == "create":
        return _entry(record, label, None, _described(record))
    if record.action == "delete":
        return _entry(record, label, record.subject, None)
    if record.action == "restore":
        return _entry(record, label, None, record.subject)
    key = _CHILD_FIELD_PREFIX.get(record.entity, "") + (record.field or "")
    field_label = f"{_FIELD_LABELS.get(key, record.field)} – {record.subject}"
    return _entry(
        record, field_label, _shown(record.field, record.old_value), _shown(record.field, record.new_value)
    )


def _entry(record: AuditRecord, label: str | None, old: str | None, new: str | None) -> HistoryEntry:
    return HistoryEntry(record.at, record.officer_name, record.action, label, old, new)


def _described(record: AuditRecord) -> str | None:
    """A new author or decision in one phrase, from its creation snapshot."""
    snapshot = json.loads(record.new_value) if record.new_value else {}
    if record.entity == "authorship" and snapshot.get("share_pct") is not None:
        return f"{record.subject} ({_shown('share_pct', json.dumps(snapshot['share_pct']))})"
    if record.entity == "recognition_decision" and snapshot.get("decided_on"):
        return f"{record.subject}, ngày {_shown('decided_on', json.dumps(snapshot['decided_on']))}"
    return record.subject


def _shown(field: str | None, stored: str | None) -> str | None:
    """A stored JSON value formatted for the officer (shared with the global audit page)."""
    return shown_value(None, field, stored)
