"""The rows of a planned import as the registry would show them once saved (the plan's preview)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sangkien_desktop.domain.enums import AuthorRole, InitiativeStatus, RecognitionOutcome
from sangkien_desktop.domain.importing import ImportedRow, PreviewRow
from sangkien_desktop.domain.model import AuthorView, InitiativeView
from sangkien_desktop.protocol import new_id

from .import_writes import CodeSequence
from .initiative_writes import shares

__all__ = ["planned_views"]


def planned_views(rows: Sequence[ImportedRow], codes: CodeSequence, now: datetime) -> tuple[PreviewRow, ...]:
    """Codes as planned now (the commit numbers again); ids are placeholders, authors not yet linked."""
    return tuple(PreviewRow(row.row, _view(row, codes, now)) for row in rows)


def _view(row: ImportedRow, codes: CodeSequence, now: datetime) -> InitiativeView:
    draft = row.draft
    outcome = None
    if draft.decision_number:
        refused = draft.status is InitiativeStatus.KHONG_CONG_NHAN
        outcome = RecognitionOutcome.KHONG_CONG_NHAN if refused else RecognitionOutcome.CONG_NHAN
    authors = tuple(
        AuthorView(
            "",
            author.full_name,
            position,
            (AuthorRole.TAC_GIA if position == 1 else AuthorRole.DONG_TAC_GIA).value,
            share,
        )
        for position, (author, share) in enumerate(
            zip(draft.authors, shares(draft.authors), strict=True), start=1
        )
    )
    return InitiativeView(
        id=new_id(),
        code=draft.code or codes.next(),
        title=draft.title,
        status=draft.status,
        kind=draft.kind,
        field_code=draft.field_code,
        department=draft.department,
        summary=draft.summary,
        first_applied_on=draft.first_applied_on,
        benefit_vnd=draft.benefit_value,
        benefit_not_quantifiable=draft.benefit_not_quantifiable,
        is_confidential=False,
        authors=authors,
        decision_number=draft.decision_number,
        decided_on=draft.decided_on,
        decision_outcome=outcome,
        version=1,
        created_at=now,
        updated_at=now,
    )
