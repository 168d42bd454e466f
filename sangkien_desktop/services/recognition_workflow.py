"""What the workflow (``domain/workflow.py``) says about the employer's acts: the status moves a
request or a decision implies, the late-filing warning and programme eligibility (DOMAIN.md §5.2, §7.1).

The moves go through ``initiative_writes.move_status`` (the checks of ``StatusService.change``) inside
the caller's unit of work, so a refused move leaves nothing written.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from sqlalchemy.orm import Session

from sangkien_desktop.domain.enums import InitiativeStatus, RecognitionOutcome, RequestState
from sangkien_desktop.domain.errors import FieldProblem, WorkflowError
from sangkien_desktop.domain.recognition import Eligibility
from sangkien_desktop.domain.rules import LegalSettings
from sangkien_desktop.domain.workflow import STATUS_ORDER, TRANSITIONS, check_transition
from sangkien_desktop.persistence.models import Initiative
from sangkien_desktop.persistence.recognition_queries import programme_of
from sangkien_desktop.persistence.unit_of_work import UnitOfWork

from .initiative_writes import RECOGNISED, EditContext, move_status
from .status import facts_for

__all__ = [
    "eligibility_of",
    "ensure_outcome_allowed",
    "follow",
    "follow_outcome",
    "follow_state",
    "late_filing",
]

S = InitiativeStatus
# The step an employer's act implies on the way: accepting a request that was sent back for changes
# means it was refiled; a decision means the review took place.
_VIA = {
    (S.CAN_BO_SUNG, S.DON_HOP_LE): S.DA_NOP_DON,
    (S.DON_HOP_LE, S.DA_CONG_NHAN): S.DANG_XET,
    (S.DON_HOP_LE, S.KHONG_CONG_NHAN): S.DANG_XET,
}
_STATE_TARGET = {
    RequestState.DA_NOP: S.DA_NOP_DON,
    RequestState.YEU_CAU_BO_SUNG: S.CAN_BO_SUNG,
    RequestState.CHAP_NHAN: S.DON_HOP_LE,
}
# While its request is pending, a rejected request sends the initiative back to "applied".
_REQUEST_PENDING = frozenset({S.DA_NOP_DON, S.CAN_BO_SUNG, S.DON_HOP_LE, S.DANG_XET})
_OUTCOME_TARGET = {
    RecognitionOutcome.CONG_NHAN: S.DA_CONG_NHAN,
    RecognitionOutcome.KHONG_CONG_NHAN: S.KHONG_CONG_NHAN,
}


def follow(
    uow: UnitOfWork, initiative: Initiative, target: InitiativeStatus, context: EditContext
) -> list[FieldProblem]:
    """Move to ``target`` by the workflow's rules when it is a step forward or a listed loop; a
    record already further along is left where it is."""
    current = initiative.status
    if current is target or (
        target not in TRANSITIONS[current] and STATUS_ORDER[current] > STATUS_ORDER[target]
    ):
        return []
    warnings: list[FieldProblem] = []
    via = _VIA.get((current, target))
    if via is not None:
        warnings += move_status(uow, initiative, via, context)
    return warnings + move_status(uow, initiative, target, context)


def follow_state(
    uow: UnitOfWork, initiative: Initiative, state: RequestState, context: EditContext
) -> list[FieldProblem]:
    """The move the employer's answer to the newest request implies."""
    if state is RequestState.TU_CHOI_DON:
        if initiative.status not in _REQUEST_PENDING:
            return []
        # Going back needs a reason: the rejection's, kept in the history next to the move.
        return move_status(uow, initiative, S.AP_DUNG_THU, context)
    return follow(uow, initiative, _STATE_TARGET[state], context)


def follow_outcome(
    uow: UnitOfWork, initiative: Initiative, outcome: RecognitionOutcome, context: EditContext
) -> list[FieldProblem]:
    """The move a decision implies: to recognised or not recognised."""
    return follow(uow, initiative, _OUTCOME_TARGET[outcome], context)


def ensure_outcome_allowed(initiative: Initiative, outcome: RecognitionOutcome) -> None:
    """A refusal is not recorded over a recognition without the officer first moving the status back."""
    if outcome is RecognitionOutcome.KHONG_CONG_NHAN and initiative.status in RECOGNISED:
        raise WorkflowError(
            f"Sáng kiến đang ở trạng thái «{initiative.status.label}»: muốn ghi quyết định không công "
            "nhận, hãy sửa trạng thái về «Đang xét» (có ghi lý do) trước."
        )


def late_filing(
    session: Session, initiative: Initiative, filed_on: date, context: EditContext
) -> list[FieldProblem]:
    """The filing guard of the workflow, asked for its late-filing warning only."""
    facts = replace(facts_for(session, initiative, context.today), filed_on=filed_on)
    return [
        p
        for p in check_transition(S.AP_DUNG_THU, S.DA_NOP_DON, facts, context.legal)
        if not p.blocking and p.field == "filed_on"
    ]


def eligibility_of(
    session: Session, initiative: Initiative, legal: LegalSettings, today: date
) -> Eligibility:
    """The union's confirmation guard of the workflow (window, decision, IP, confidentiality), plus
    the recognition itself and the programme's fields."""
    programme = programme_of(session, initiative)
    if programme is None:
        return Eligibility(False, ("Chương trình: chưa có chương trình nào trong dữ liệu",), False)
    facts = replace(
        facts_for(session, initiative, today), programme_window=(programme.window_from, programme.window_to)
    )
    problems = check_transition(S.DA_CONG_NHAN, S.CDCS_XAC_NHAN, facts, legal)
    recognised = initiative.status in RECOGNISED and facts.decision_outcome is RecognitionOutcome.CONG_NHAN
    if programme.requires_recognition and not recognised:
        problems.insert(0, FieldProblem("decision.outcome", "Công nhận", "sáng kiến chưa được công nhận"))
    fields = json.loads(programme.field_codes) if programme.field_codes else None
    if fields is not None and initiative.field_code.value not in fields:
        reason = f"«{initiative.field_code.label}» không thuộc các lĩnh vực của chương trình"
        problems.append(FieldProblem("field_code", "Lĩnh vực", reason))
    return Eligibility.from_problems(problems, programme.name)
