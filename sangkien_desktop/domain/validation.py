"""Save-time checks of an initiative draft (DOMAIN.md §6, column "Save")."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from .enums import InitiativeStatus, RecognitionOutcome
from .errors import FieldProblem, too_long
from .model import LABELS, REQUEST_SECTIONS, InitiativeDraft
from .rules import SHARE_FIELD, LegalSettings, check_shares
from .text import format_percent
from .workflow import DRAFT_STATES, TransitionFacts, check_initial_status

# The column sizes of persistence/models (SQLite would store longer text, other databases would not).
MAX_LENGTHS = {"title": 500, "code": 30, "department": 200, "decision_number": 40, "investor_name": 200}
# The Đơn's sections are unbounded Text columns; a cap keeps a pasted document out of a printed form.
MAX_SECTION_CHARS = 10_000
MAX_AUTHOR_NAME = 120
MAX_AUTHOR_DEPARTMENT = 200
MAX_BENEFIT_VND = 10**15  # a thousand trillion đồng: beyond any real initiative, catches typos


def _problem(field: str, reason: str, blocking: bool = True) -> FieldProblem:
    return FieldProblem(field, LABELS.get(field, field), reason, blocking)


def facts_of(draft: InitiativeDraft, today: date) -> TransitionFacts:
    outcome = RecognitionOutcome.CONG_NHAN if draft.decision_number else None
    return TransitionFacts(
        title=draft.title,
        kind=draft.kind,
        field_code=draft.field_code,
        author_count=len(draft.authors),
        first_applied_on=draft.first_applied_on,
        decision_number=draft.decision_number,
        decided_on=draft.decided_on,
        decision_outcome=outcome,
        ip_protected=draft.ip_protected,
        is_confidential=draft.is_confidential,
        today=today,
    )


def validate_draft(
    draft: InitiativeDraft, settings: LegalSettings, today: date, *, initial: bool = True
) -> list[FieldProblem]:
    """All problems, blocking and warnings; the caller refuses to save when any is blocking."""
    problems = _lengths(draft)
    problems += _authors(draft, settings)
    if draft.first_applied_on and draft.first_applied_on > today:
        problems.append(_problem("first_applied_on", "không được ở tương lai"))
    if draft.benefit_value is not None and draft.benefit_value > MAX_BENEFIT_VND:
        problems.append(_problem("benefit_value", "lớn bất thường, hãy kiểm tra lại số chữ số"))
    if draft.decided_on and draft.decided_on > today:
        problems.append(_problem("decided_on", "không được ở tương lai"))
    if initial:
        problems += check_initial_status(draft.status, facts_of(draft, today), settings)
    return problems


def _lengths(draft: InitiativeDraft) -> list[FieldProblem]:
    problems = []
    if not draft.title:
        problems.append(_problem("title", "bắt buộc phải có"))
    limits = {**MAX_LENGTHS, **dict.fromkeys(REQUEST_SECTIONS, MAX_SECTION_CHARS)}
    return problems + too_long(draft, limits, _problem)


def _authors(draft: InitiativeDraft, settings: LegalSettings) -> list[FieldProblem]:
    problems = []
    needs_author = draft.status != InitiativeStatus.Y_TUONG
    if needs_author and not draft.authors:
        problems.append(_problem("authors", "cần ít nhất một tác giả từ khi áp dụng thử"))
    for author in draft.authors:
        if not author.full_name:
            problems.append(_problem("authors.full_name", "bắt buộc phải có"))
        elif len(author.full_name) > MAX_AUTHOR_NAME:
            problems.append(_problem("authors.full_name", f"tối đa {MAX_AUTHOR_NAME} ký tự"))
        if author.department and len(author.department) > MAX_AUTHOR_DEPARTMENT:
            problems.append(_problem("authors.department", f"tối đa {MAX_AUTHOR_DEPARTMENT} ký tự"))
    names = [a.full_name for a in draft.authors if a.person_id is None]
    person_ids = [a.person_id for a in draft.authors if a.person_id is not None]
    if len(set(names)) != len(names) or len(set(person_ids)) != len(person_ids):
        problems.append(_problem("authors", "một người được nhập hai lần"))
    shares = [a.share_pct for a in draft.authors]
    given = [s for s in shares if s is not None]
    if given and len(given) != len(shares):
        problems.append(_problem("authors.share_pct", "nhập tỷ lệ cho tất cả tác giả hoặc để trống cả"))
    elif given:
        problems += check_shares(given, settings)
    if draft.status not in DRAFT_STATES and not any(p.blocking and p.field == SHARE_FIELD for p in problems):
        problems += _shares_complete(draft, settings)
    return problems


def _shares_complete(draft: InitiativeDraft, settings: LegalSettings) -> list[FieldProblem]:
    """Past the draft states the shares must add up (issue 3): a wrong sum, only a warning in a draft,
    blocks; so do co-authors without shares. A single author without a share holds 100 %."""
    shares = [a.share_pct for a in draft.authors]
    if not shares or shares == [None]:
        return []
    total = sum((s for s in shares if s is not None), Decimal(0))
    if None in shares:
        reason = "chưa nhập tỷ lệ của từng tác giả"
    elif total != settings.share_sum:
        reason = f"tổng là {format_percent(total, 2)}"
    else:
        return []
    needed = f"phải đủ {format_percent(settings.share_sum, 2)} thì sáng kiến mới được ở trạng thái"
    return [_problem(SHARE_FIELD, f"{reason}, {needed} «{draft.status.label}»")]
