"""Every transition of DOMAIN.md §5.2, allowed and refused, one parametrized case each.

The expectations are written out from the domain table rather than derived from ``TRANSITIONS``, so a
change of the workflow that the table does not allow fails here.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import product

import pytest

from sangkien_desktop.domain.enums import InitiativeStatus, RecognitionOutcome, SolutionKind
from sangkien_desktop.domain.errors import WorkflowError
from sangkien_desktop.domain.rules import LegalSettings
from sangkien_desktop.domain.workflow import TRANSITIONS, TransitionFacts, check_transition, ensure_transition

S = InitiativeStatus
SETTINGS = LegalSettings()
TODAY = date(2024, 6, 15)
GOOD = TransitionFacts(
    title="Cải tiến khuôn ép nhựa",
    kind=SolutionKind.KY_THUAT,
    author_count=1,
    first_applied_on=date(2024, 3, 5),
    filed_on=date(2024, 4, 1),
    accepted_on=date(2024, 4, 10),
    state_reason="Bổ sung bản vẽ",
    decision_number="15/QĐ-ABC",
    decided_on=date(2024, 6, 1),
    decision_outcome=RecognitionOutcome.CONG_NHAN,
    programme_window=(date(2024, 1, 1), date(2025, 12, 31)),
    today=TODAY,
)
NOT_UPLOADABLE = replace(GOOD, upload_problems=("Tóm tắt: chưa nhập",))
REFUSED = replace(GOOD, decision_outcome=RecognitionOutcome.KHONG_CONG_NHAN, decision_reason="Trùng")

# (from, to, facts under which the move passes, by the sync engine only)
ALLOWED = [
    (S.Y_TUONG, S.AP_DUNG_THU, GOOD, False),
    (S.AP_DUNG_THU, S.DA_NOP_DON, GOOD, False),
    (S.DA_NOP_DON, S.CAN_BO_SUNG, GOOD, False),
    (S.CAN_BO_SUNG, S.DA_NOP_DON, TransitionFacts(today=TODAY), False),
    (S.DA_NOP_DON, S.DON_HOP_LE, GOOD, False),
    (S.DON_HOP_LE, S.DANG_XET, TransitionFacts(today=TODAY), False),
    (S.DANG_XET, S.DA_CONG_NHAN, GOOD, False),
    (S.DANG_XET, S.KHONG_CONG_NHAN, REFUSED, False),
    (S.KHONG_CONG_NHAN, S.DA_NOP_DON, GOOD, False),
    (S.DA_CONG_NHAN, S.CDCS_XAC_NHAN, GOOD, False),
    (S.CDCS_XAC_NHAN, S.SAN_SANG_TAI_LEN, GOOD, False),
    (S.SAN_SANG_TAI_LEN, S.DA_TAI_LEN, GOOD, True),
    (S.DA_TAI_LEN, S.HOP_LE, GOOD, True),
    (S.DA_TAI_LEN, S.KHONG_HOP_LE, GOOD, True),
    (S.KHONG_HOP_LE, S.SAN_SANG_TAI_LEN, GOOD, False),
    # The server may revise its review (SYNC.md): never the officer.
    (S.HOP_LE, S.KHONG_HOP_LE, GOOD, True),
    (S.HOP_LE, S.DA_TAI_LEN, GOOD, True),
    (S.KHONG_HOP_LE, S.HOP_LE, GOOD, True),
    (S.KHONG_HOP_LE, S.DA_TAI_LEN, GOOD, True),
]

# (from, to, facts that fail the guard, the blocking fields named)
GUARD_REFUSALS = [
    (S.Y_TUONG, S.AP_DUNG_THU, replace(GOOD, first_applied_on=None), {"first_applied_on"}),
    (S.Y_TUONG, S.AP_DUNG_THU, replace(GOOD, first_applied_on=date(2024, 6, 16)), {"first_applied_on"}),
    (S.AP_DUNG_THU, S.DA_NOP_DON, replace(GOOD, title=" ", kind=None, author_count=0),
     {"title", "kind", "authors"}),
    (S.AP_DUNG_THU, S.DA_NOP_DON, replace(GOOD, first_applied_on=None), {"first_applied_on"}),
    (S.KHONG_CONG_NHAN, S.DA_NOP_DON, replace(GOOD, author_count=0), {"authors"}),
    (S.DA_NOP_DON, S.CAN_BO_SUNG, replace(GOOD, state_reason=None), {"state_reason"}),
    (S.DA_NOP_DON, S.DON_HOP_LE, replace(GOOD, accepted_on=None), {"accepted_on"}),
    (S.DA_NOP_DON, S.DON_HOP_LE, replace(GOOD, accepted_on=date(2024, 7, 1)), {"accepted_on"}),
    (S.DANG_XET, S.DA_CONG_NHAN, replace(GOOD, decision_number=" ", decided_on=None),
     {"decision.number", "decision.decided_on"}),
    (S.DANG_XET, S.DA_CONG_NHAN, REFUSED, {"decision.outcome"}),
    (S.DANG_XET, S.DA_CONG_NHAN, replace(GOOD, decided_on=date(2024, 6, 20)), {"decision.decided_on"}),
    (S.DANG_XET, S.KHONG_CONG_NHAN, replace(REFUSED, decision_reason=""), {"decision.reason"}),
    (S.DANG_XET, S.KHONG_CONG_NHAN, GOOD, {"decision.outcome", "decision.reason"}),
    (S.DA_CONG_NHAN, S.CDCS_XAC_NHAN, replace(GOOD, programme_window=None), {"programme.window"}),
    (S.DA_CONG_NHAN, S.CDCS_XAC_NHAN, replace(GOOD, programme_window=(date(2025, 1, 1), date(2025, 2, 1))),
     {"first_applied_on"}),
    (S.DA_CONG_NHAN, S.CDCS_XAC_NHAN, replace(GOOD, ip_protected=True), {"ip_protected"}),
    (S.DA_CONG_NHAN, S.CDCS_XAC_NHAN, replace(GOOD, decision_number=None), {"decision.number"}),
    (S.CDCS_XAC_NHAN, S.SAN_SANG_TAI_LEN, NOT_UPLOADABLE, {"upload"}),
    (S.KHONG_HOP_LE, S.SAN_SANG_TAI_LEN, NOT_UPLOADABLE, {"upload"}),
]

# Position on the main path as DOMAIN.md §5 draws it; the two outcomes of one step share a position.
STEP = {
    S.Y_TUONG: 0,
    S.AP_DUNG_THU: 1,
    S.DA_NOP_DON: 2,
    S.CAN_BO_SUNG: 3,
    S.DON_HOP_LE: 4,
    S.DANG_XET: 5,
    S.KHONG_CONG_NHAN: 6,
    S.DA_CONG_NHAN: 6,
    S.CDCS_XAC_NHAN: 7,
    S.SAN_SANG_TAI_LEN: 8,
    S.DA_TAI_LEN: 9,
    S.HOP_LE: 10,
    S.KHONG_HOP_LE: 10,
}
ORDER = list(STEP)
LISTED = {(a, b) for a, b, _, _ in ALLOWED}
SYNC_STATES = {S.DA_TAI_LEN, S.HOP_LE, S.KHONG_HOP_LE}


def blocking_fields(current: S, target: S, facts: TransitionFacts, **kwargs: object) -> set[str]:
    problems = check_transition(current, target, facts, SETTINGS, **kwargs)  # type: ignore[arg-type]
    return {p.field for p in problems if p.blocking}


def test_the_table_lists_exactly_the_workflow() -> None:
    assert {(a, b) for a, targets in TRANSITIONS.items() for b in targets} == LISTED


@pytest.mark.parametrize(("current", "target", "facts", "by_system"), ALLOWED,
                         ids=[f"{a.value}->{b.value}" for a, b, _, _ in ALLOWED])
def test_listed_move_is_allowed(current: S, target: S, facts: TransitionFacts, by_system: bool) -> None:
    assert blocking_fields(current, target, facts, by_system=by_system) == set()
    assert ensure_transition(current, target, facts, SETTINGS, by_system=by_system) == []


@pytest.mark.parametrize(("current", "target", "facts", "by_system"), [c for c in ALLOWED if c[3]],
                         ids=[f"{a.value}->{b.value}" for a, b, _, s in ALLOWED if s])
def test_sync_move_is_refused_to_the_officer(
    current: S, target: S, facts: TransitionFacts, by_system: bool
) -> None:
    assert blocking_fields(current, target, facts) == {"status"}
    with pytest.raises(WorkflowError, match="đồng bộ"):
        ensure_transition(current, target, facts, SETTINGS, reason="Máy chủ đã duyệt")


@pytest.mark.parametrize(("current", "target", "facts", "expected"), GUARD_REFUSALS,
                         ids=[f"{a.value}->{b.value}-{sorted(f)[0]}" for a, b, _, f in GUARD_REFUSALS])
def test_guard_refuses_the_move(current: S, target: S, facts: TransitionFacts, expected: set[str]) -> None:
    assert blocking_fields(current, target, facts) == expected
    with pytest.raises(WorkflowError):
        ensure_transition(current, target, facts, SETTINGS)


def test_every_guarded_move_has_a_refusal_case() -> None:
    guard_free = {(S.CAN_BO_SUNG, S.DA_NOP_DON), (S.DON_HOP_LE, S.DANG_XET)}
    officer_moves = {(a, b) for a, b, _, by_system in ALLOWED if not by_system}
    assert officer_moves - guard_free == {(a, b) for a, b, _, _ in GUARD_REFUSALS}


UNLISTED = [(a, b) for a, b in product(ORDER, ORDER) if a is not b and (a, b) not in LISTED]


@pytest.mark.parametrize(("current", "target"), UNLISTED, ids=[f"{a.value}->{b.value}" for a, b in UNLISTED])
def test_unlisted_move(current: S, target: S) -> None:
    """Forward or sideways: refused even with a reason. Back: only with a reason ("sửa trạng thái"),
    and never by hand into a state that only the sync sets."""
    by_system = target in SYNC_STATES
    if STEP[target] >= STEP[current]:
        assert blocking_fields(current, target, GOOD, reason="Cho nhanh", by_system=by_system) == {"status"}
        return
    assert blocking_fields(current, target, GOOD, by_system=by_system) == {"status_reason"}
    assert blocking_fields(current, target, GOOD, reason="Nhập nhầm", by_system=by_system) == set()
    if target in SYNC_STATES:
        assert blocking_fields(current, target, GOOD, reason="Nhập nhầm") == {"status"}


@pytest.mark.parametrize("status", ORDER, ids=[s.value for s in ORDER])
def test_staying_put_is_not_a_move(status: S) -> None:
    assert blocking_fields(status, status, GOOD, reason="x", by_system=True) == {"status"}
