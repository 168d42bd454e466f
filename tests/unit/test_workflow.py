"""Initiative status workflow: transitions, guards, going back and reminders (DOMAIN.md §5)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sangkien_desktop.domain.enums import InitiativeStatus, RecognitionOutcome, SolutionKind
from sangkien_desktop.domain.errors import FieldProblem, WorkflowError
from sangkien_desktop.domain.rules import LegalSettings
from sangkien_desktop.domain.workflow import (
    DRAFT_STATES,
    STATUS_ORDER,
    SYNC_ONLY_STATES,
    SYSTEM_ONLY,
    TRANSITIONS,
    Reminder,
    TransitionFacts,
    check_initial_status,
    check_transition,
    ensure_initial_status,
    ensure_transition,
    officer_targets,
    reminders_for,
    request_deadline,
    review_due_on,
)

S = InitiativeStatus
SETTINGS = LegalSettings()
TODAY = date(2024, 6, 15)

# Facts under which every guard of the main path passes.
GOOD = TransitionFacts(
    title="Cải tiến khuôn ép",
    kind=SolutionKind.KY_THUAT,
    author_count=2,
    first_applied_on=date(2024, 3, 5),
    filed_on=date(2024, 4, 1),
    accepted_on=date(2024, 4, 10),
    state_reason="Bổ sung bản vẽ",
    decision_number="15/QĐ-ABC",
    decided_on=date(2024, 6, 1),
    decision_outcome=RecognitionOutcome.CONG_NHAN,
    decision_reason=None,
    programme_window=(date(2023, 1, 1), date(2025, 12, 31)),
    today=TODAY,
)


def blocking(problems: list[FieldProblem]) -> list[FieldProblem]:
    return [p for p in problems if p.blocking]


def warnings(problems: list[FieldProblem]) -> list[FieldProblem]:
    return [p for p in problems if not p.blocking]


def fields(problems: list[FieldProblem]) -> set[str]:
    return {p.field for p in problems}


def check(
    current: S,
    target: S,
    facts: TransitionFacts = GOOD,
    *,
    by_system: bool = False,
    reason: str | None = None,
) -> list[FieldProblem]:
    return check_transition(current, target, facts, SETTINGS, by_system=by_system, reason=reason)


# --- the table ------------------------------------------------------------------------------------


def test_every_status_has_an_entry() -> None:
    assert set(TRANSITIONS) == set(S)
    assert set(STATUS_ORDER) == set(S)


def test_main_path_edges_of_the_domain_table() -> None:
    expected = {
        (S.Y_TUONG, S.AP_DUNG_THU),
        (S.AP_DUNG_THU, S.DA_NOP_DON),
        (S.DA_NOP_DON, S.CAN_BO_SUNG),
        (S.CAN_BO_SUNG, S.DA_NOP_DON),
        (S.DA_NOP_DON, S.DON_HOP_LE),
        (S.DON_HOP_LE, S.DANG_XET),
        (S.DANG_XET, S.DA_CONG_NHAN),
        (S.DANG_XET, S.KHONG_CONG_NHAN),
        (S.KHONG_CONG_NHAN, S.DA_NOP_DON),
        (S.DA_CONG_NHAN, S.CDCS_XAC_NHAN),
        (S.CDCS_XAC_NHAN, S.SAN_SANG_TAI_LEN),
        (S.SAN_SANG_TAI_LEN, S.DA_TAI_LEN),
        (S.DA_TAI_LEN, S.HOP_LE),
        (S.DA_TAI_LEN, S.KHONG_HOP_LE),
        (S.KHONG_HOP_LE, S.SAN_SANG_TAI_LEN),
    }
    edges = {(a, b) for a, targets in TRANSITIONS.items() for b in targets}
    assert expected <= edges
    # Whatever is added beyond the table is a server-driven review change.
    assert edges - expected <= SYSTEM_ONLY


def test_system_only_moves_are_the_sync_states() -> None:
    assert (S.SAN_SANG_TAI_LEN, S.DA_TAI_LEN) in SYSTEM_ONLY
    assert (S.DA_TAI_LEN, S.HOP_LE) in SYSTEM_ONLY
    assert (S.DA_TAI_LEN, S.KHONG_HOP_LE) in SYSTEM_ONLY
    assert (S.KHONG_HOP_LE, S.SAN_SANG_TAI_LEN) not in SYSTEM_ONLY
    assert (S.CDCS_XAC_NHAN, S.SAN_SANG_TAI_LEN) not in SYSTEM_ONLY
    assert all(b in TRANSITIONS[a] for a, b in SYSTEM_ONLY)


def test_every_status_reachable_from_idea() -> None:
    seen = {S.Y_TUONG}
    frontier = [S.Y_TUONG]
    while frontier:
        for nxt in TRANSITIONS[frontier.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                frontier.append(nxt)
    assert seen == set(S)


@given(st.sampled_from(list(S)))
def test_any_status_reached_by_a_walk_of_allowed_moves(target: S) -> None:
    # Breadth-first path, then replay it through check_transition with good facts.
    parents: dict[S, S | None] = {S.Y_TUONG: None}
    queue = [S.Y_TUONG]
    while queue:
        node = queue.pop(0)
        for nxt in sorted(TRANSITIONS[node]):
            if nxt not in parents:
                parents[nxt] = node
                queue.append(nxt)
    assert target in parents
    path = [target]
    while (parent := parents[path[-1]]) is not None:
        path.append(parent)
    path.reverse()
    facts = replace(GOOD, decision_reason="x") if S.KHONG_CONG_NHAN in path else GOOD
    if S.KHONG_CONG_NHAN in path:
        facts = replace(facts, decision_outcome=RecognitionOutcome.KHONG_CONG_NHAN)
    for current, nxt in pairwise(path):
        by_system = (current, nxt) in SYSTEM_ONLY
        assert blocking(check(current, nxt, facts, by_system=by_system)) == []


def test_forward_moves_never_go_back_except_listed_loops() -> None:
    loops = {
        (S.CAN_BO_SUNG, S.DA_NOP_DON),
        (S.KHONG_CONG_NHAN, S.DA_NOP_DON),
        (S.KHONG_HOP_LE, S.SAN_SANG_TAI_LEN),
    }
    for a, targets in TRANSITIONS.items():
        for b in targets:
            if STATUS_ORDER[b] < STATUS_ORDER[a]:
                assert (a, b) in loops or (a, b) in SYSTEM_ONLY


# --- guards, one transition at a time -------------------------------------------------------------


def test_idea_to_trial_needs_first_applied_on_not_in_future() -> None:
    assert check(S.Y_TUONG, S.AP_DUNG_THU) == []
    missing = check(S.Y_TUONG, S.AP_DUNG_THU, replace(GOOD, first_applied_on=None))
    assert fields(blocking(missing)) == {"first_applied_on"}
    assert "Ngày áp dụng lần đầu" in missing[0].message()
    future = check(S.Y_TUONG, S.AP_DUNG_THU, replace(GOOD, first_applied_on=date(2024, 6, 16)))
    assert blocking(future) and "16/06/2024" in future[0].reason
    assert check(S.Y_TUONG, S.AP_DUNG_THU, replace(GOOD, first_applied_on=TODAY)) == []


@pytest.mark.parametrize("source", [S.AP_DUNG_THU, S.KHONG_CONG_NHAN])
def test_filing_needs_title_kind_and_an_author(source: S) -> None:
    assert check(source, S.DA_NOP_DON) == []
    bad = replace(GOOD, title="  ", kind=None, author_count=0)
    assert fields(blocking(check(source, S.DA_NOP_DON, bad))) == {"title", "kind", "authors"}
    no_date = replace(GOOD, first_applied_on=None)
    assert fields(blocking(check(source, S.DA_NOP_DON, no_date))) == {"first_applied_on"}


def test_late_filing_only_warns() -> None:
    late = replace(GOOD, filed_on=date(2025, 3, 6))
    problems = check(S.AP_DUNG_THU, S.DA_NOP_DON, late)
    assert blocking(problems) == []
    assert fields(warnings(problems)) == {"filed_on"}
    assert "05/03/2025" in problems[0].reason
    on_the_day = replace(GOOD, filed_on=date(2025, 3, 5))
    assert check(S.AP_DUNG_THU, S.DA_NOP_DON, on_the_day) == []


def test_late_filing_uses_today_when_no_filing_date() -> None:
    late = replace(GOOD, filed_on=None, today=date(2025, 4, 1))
    assert fields(warnings(check(S.AP_DUNG_THU, S.DA_NOP_DON, late))) == {"filed_on"}
    assert check(S.AP_DUNG_THU, S.DA_NOP_DON, replace(GOOD, filed_on=None)) == []


def test_request_for_changes_needs_reason() -> None:
    assert check(S.DA_NOP_DON, S.CAN_BO_SUNG) == []
    problems = check(S.DA_NOP_DON, S.CAN_BO_SUNG, replace(GOOD, state_reason=""))
    assert fields(blocking(problems)) == {"state_reason"}


def test_refiling_after_changes_has_no_guard() -> None:
    empty = TransitionFacts(today=TODAY)
    assert check(S.CAN_BO_SUNG, S.DA_NOP_DON, empty) == []


def test_acceptance_needs_date() -> None:
    assert check(S.DA_NOP_DON, S.DON_HOP_LE) == []
    assert fields(blocking(check(S.DA_NOP_DON, S.DON_HOP_LE, replace(GOOD, accepted_on=None)))) == {
        "accepted_on"
    }
    future = replace(GOOD, accepted_on=date(2024, 7, 1))
    assert fields(blocking(check(S.DA_NOP_DON, S.DON_HOP_LE, future))) == {"accepted_on"}
    early = replace(GOOD, accepted_on=date(2024, 3, 1))
    problems = check(S.DA_NOP_DON, S.DON_HOP_LE, early)
    assert blocking(problems) == [] and fields(warnings(problems)) == {"accepted_on"}


def test_review_starts_without_guard() -> None:
    assert check(S.DON_HOP_LE, S.DANG_XET, TransitionFacts(today=TODAY)) == []


def test_recognition_needs_positive_decision_with_number_and_date() -> None:
    assert check(S.DANG_XET, S.DA_CONG_NHAN) == []
    none = replace(GOOD, decision_number=None, decided_on=None, decision_outcome=None)
    assert fields(blocking(check(S.DANG_XET, S.DA_CONG_NHAN, none))) == {
        "decision.number",
        "decision.decided_on",
        "decision.outcome",
    }
    refused = replace(GOOD, decision_outcome=RecognitionOutcome.KHONG_CONG_NHAN)
    assert fields(blocking(check(S.DANG_XET, S.DA_CONG_NHAN, refused))) == {"decision.outcome"}


def test_refusal_needs_reason() -> None:
    refused = replace(GOOD, decision_outcome=RecognitionOutcome.KHONG_CONG_NHAN, decision_reason="Trùng")
    assert check(S.DANG_XET, S.KHONG_CONG_NHAN, refused) == []
    problems = check(S.DANG_XET, S.KHONG_CONG_NHAN, replace(refused, decision_reason=" "))
    assert fields(blocking(problems)) == {"decision.reason"}
    assert "Lý do không công nhận" in problems[0].message()
    contradictory = replace(refused, decision_outcome=RecognitionOutcome.CONG_NHAN)
    assert fields(blocking(check(S.DANG_XET, S.KHONG_CONG_NHAN, contradictory))) == {"decision.outcome"}


def test_union_confirmation_checks_programme_window_decision_and_ip() -> None:
    assert check(S.DA_CONG_NHAN, S.CDCS_XAC_NHAN) == []
    outside = replace(GOOD, programme_window=(date(2024, 4, 1), date(2025, 12, 31)))
    problems = check(S.DA_CONG_NHAN, S.CDCS_XAC_NHAN, outside)
    assert fields(blocking(problems)) == {"first_applied_on"}
    assert "01/04/2024 – 31/12/2025" in problems[0].reason
    edge = replace(GOOD, programme_window=(date(2024, 3, 5), date(2024, 3, 5)))
    assert check(S.DA_CONG_NHAN, S.CDCS_XAC_NHAN, edge) == []
    no_programme = replace(GOOD, programme_window=None)
    assert fields(blocking(check(S.DA_CONG_NHAN, S.CDCS_XAC_NHAN, no_programme))) == {"programme.window"}
    protected = replace(GOOD, ip_protected=True)
    assert fields(blocking(check(S.DA_CONG_NHAN, S.CDCS_XAC_NHAN, protected))) == {"ip_protected"}
    no_decision = replace(GOOD, decision_number="", decided_on=None)
    assert fields(blocking(check(S.DA_CONG_NHAN, S.CDCS_XAC_NHAN, no_decision))) == {
        "decision.number",
        "decision.decided_on",
    }


def test_confidential_initiative_only_warns() -> None:
    problems = check(S.DA_CONG_NHAN, S.CDCS_XAC_NHAN, replace(GOOD, is_confidential=True))
    assert blocking(problems) == []
    assert fields(warnings(problems)) == {"is_confidential"}
    assert "rút gọn" in problems[0].reason


@pytest.mark.parametrize("source", [S.CDCS_XAC_NHAN, S.KHONG_HOP_LE])
def test_ready_to_upload_needs_column_u(source: S) -> None:
    assert check(source, S.SAN_SANG_TAI_LEN) == []
    failing = replace(GOOD, upload_problems=("Tóm tắt: chưa nhập", "Giá trị làm lợi: chưa nhập"))
    problems = check(source, S.SAN_SANG_TAI_LEN, failing)
    assert len(blocking(problems)) == 2
    assert "Tóm tắt: chưa nhập" in problems[0].reason


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (S.SAN_SANG_TAI_LEN, S.DA_TAI_LEN),
        (S.DA_TAI_LEN, S.HOP_LE),
        (S.DA_TAI_LEN, S.KHONG_HOP_LE),
        (S.HOP_LE, S.KHONG_HOP_LE),
    ],
)
def test_system_only_moves(source: S, target: S) -> None:
    by_officer = check(source, target)
    assert fields(blocking(by_officer)) == {"status"}
    assert "đồng bộ" in by_officer[0].reason
    assert check(source, target, by_system=True) == []
    # A reason does not let the officer set a sync state by hand.
    assert blocking(check(source, target, reason="Máy chủ đã nhận"))


def test_officer_moves_are_also_allowed_to_the_system() -> None:
    assert check(S.CDCS_XAC_NHAN, S.SAN_SANG_TAI_LEN, by_system=True) == []


# --- unknown moves and going back -----------------------------------------------------------------


def test_same_status_is_blocked() -> None:
    assert fields(blocking(check(S.DANG_XET, S.DANG_XET))) == {"status"}


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (S.Y_TUONG, S.DA_NOP_DON),
        (S.AP_DUNG_THU, S.DA_CONG_NHAN),
        (S.DA_NOP_DON, S.DANG_XET),
        (S.KHONG_CONG_NHAN, S.DA_CONG_NHAN),
        (S.CAN_BO_SUNG, S.DON_HOP_LE),
    ],
)
def test_skipping_ahead_is_blocked_even_with_reason(source: S, target: S) -> None:
    problems = check(source, target, reason="Cho nhanh")
    assert fields(blocking(problems)) == {"status"}
    assert source.label in problems[0].reason and target.label in problems[0].reason


@pytest.mark.parametrize(
    ("source", "target"),
    [
        (S.DA_CONG_NHAN, S.DANG_XET),
        (S.DA_NOP_DON, S.AP_DUNG_THU),
        (S.SAN_SANG_TAI_LEN, S.CDCS_XAC_NHAN),
        (S.HOP_LE, S.Y_TUONG),
        (S.KHONG_CONG_NHAN, S.DANG_XET),
        (S.DON_HOP_LE, S.CAN_BO_SUNG),
    ],
)
def test_going_back_needs_reason(source: S, target: S) -> None:
    for empty in (None, "", "   "):
        problems = check(source, target, reason=empty)
        assert fields(blocking(problems)) == {"status_reason"}
        assert "Lý do sửa trạng thái" in problems[0].message()
    assert check(source, target, reason="Nhập nhầm quyết định") == []


def test_going_back_into_sync_state_is_blocked() -> None:
    assert blocking(check(S.HOP_LE, S.DA_TAI_LEN, reason="Sửa"))
    assert check(S.HOP_LE, S.DA_TAI_LEN, by_system=True) == []


@given(st.sampled_from(list(S)), st.sampled_from(list(S)))
def test_every_backward_move_allowed_only_with_reason(source: S, target: S) -> None:
    if target in TRANSITIONS[source] or STATUS_ORDER[target] >= STATUS_ORDER[source]:
        return
    by_system = target in {S.DA_TAI_LEN, S.HOP_LE, S.KHONG_HOP_LE}
    assert blocking(check(source, target, by_system=by_system))
    assert check(source, target, by_system=by_system, reason="Lý do") == []


# --- ensure_* -------------------------------------------------------------------------------------


def test_ensure_transition_raises_with_all_blocking_messages() -> None:
    bad = replace(GOOD, title=None, kind=None)
    with pytest.raises(WorkflowError) as info:
        ensure_transition(S.AP_DUNG_THU, S.DA_NOP_DON, bad, SETTINGS)
    assert "Tên sáng kiến: chưa nhập" in info.value.message
    assert "Loại giải pháp: chưa chọn" in info.value.message


def test_ensure_transition_returns_warnings() -> None:
    late = replace(GOOD, filed_on=date(2025, 6, 1))
    result = ensure_transition(S.AP_DUNG_THU, S.DA_NOP_DON, late, SETTINGS)
    assert fields(result) == {"filed_on"} and not result[0].blocking
    assert ensure_transition(S.DANG_XET, S.DA_CONG_NHAN, GOOD, SETTINGS) == []
    assert ensure_transition(S.DA_CONG_NHAN, S.DANG_XET, GOOD, SETTINGS, reason="Nhầm") == []
    with pytest.raises(WorkflowError, match="phải ghi lý do"):
        ensure_transition(S.DA_CONG_NHAN, S.DANG_XET, GOOD, SETTINGS)
    with pytest.raises(WorkflowError, match="đồng bộ"):
        ensure_transition(S.DA_TAI_LEN, S.HOP_LE, GOOD, SETTINGS)
    assert ensure_transition(S.DA_TAI_LEN, S.HOP_LE, GOOD, SETTINGS, by_system=True) == []


# --- creating directly in a state -----------------------------------------------------------------


def test_initial_states() -> None:
    empty = TransitionFacts(today=TODAY)
    assert check_initial_status(S.Y_TUONG, empty, SETTINGS) == []
    assert check_initial_status(S.AP_DUNG_THU, GOOD, SETTINGS) == []
    assert fields(blocking(check_initial_status(S.AP_DUNG_THU, empty, SETTINGS))) == {"first_applied_on"}
    assert check_initial_status(S.DA_CONG_NHAN, GOOD, SETTINGS) == []
    assert check_initial_status(S.DA_CONG_NHAN, replace(GOOD, decision_outcome=None), SETTINGS) == []
    assert fields(blocking(check_initial_status(S.DA_CONG_NHAN, empty, SETTINGS))) == {
        "decision.number",
        "decision.decided_on",
        "first_applied_on",
    }


@pytest.mark.parametrize("status", [s for s in S if s not in {S.Y_TUONG, S.AP_DUNG_THU, S.DA_CONG_NHAN}])
def test_other_initial_states_are_blocked(status: S) -> None:
    problems = check_initial_status(status, GOOD, SETTINGS)
    assert fields(blocking(problems)) == {"status"}
    assert status.label in problems[0].reason
    with pytest.raises(WorkflowError):
        ensure_initial_status(status, GOOD, SETTINGS)


# --- timers and reminders -------------------------------------------------------------------------


def test_timers() -> None:
    assert request_deadline(date(2024, 3, 5), SETTINGS) == date(2025, 3, 5)
    assert request_deadline(date(2024, 3, 5), LegalSettings(request_limit="P6M")) == date(2024, 9, 5)
    assert review_due_on(date(2024, 11, 30), SETTINGS) == date(2025, 2, 28)
    assert review_due_on(date(2024, 4, 10), SETTINGS, first_applied_on=date(2024, 5, 1)) == date(2024, 8, 1)
    assert review_due_on(date(2024, 4, 10), SETTINGS, first_applied_on=date(2024, 3, 1)) == date(2024, 7, 10)


def _trial(today: date) -> TransitionFacts:
    return TransitionFacts(first_applied_on=date(2024, 3, 5), today=today)


def test_request_limit_reminder_window() -> None:
    assert reminders_for(S.AP_DUNG_THU, _trial(date(2025, 2, 2)), SETTINGS) == []
    [soon] = reminders_for(S.AP_DUNG_THU, _trial(date(2025, 2, 3)), SETTINGS)
    assert soon == Reminder(
        "request_limit",
        "Sắp hết hạn nộp đơn yêu cầu công nhận sáng kiến: hạn cuối 05/03/2025 (còn 30 ngày)",
        date(2025, 3, 5),
    )
    [late] = reminders_for(S.AP_DUNG_THU, _trial(date(2025, 3, 6)), SETTINGS)
    assert "Đã quá hạn" in late.message and "05/03/2025" in late.message


def test_request_limit_reminder_stops_once_filed() -> None:
    facts = replace(_trial(date(2025, 3, 1)), filed_on=date(2025, 2, 1))
    assert reminders_for(S.AP_DUNG_THU, facts, SETTINGS) == []
    assert reminders_for(S.DA_NOP_DON, _trial(date(2025, 3, 1)), SETTINGS) == []


def test_review_overdue_reminder() -> None:
    facts = TransitionFacts(accepted_on=date(2024, 4, 10), today=date(2024, 7, 10))
    assert reminders_for(S.DANG_XET, facts, SETTINGS) == []
    overdue = replace(facts, today=date(2024, 7, 11))
    for status in (S.DON_HOP_LE, S.DANG_XET):
        [reminder] = reminders_for(status, overdue, SETTINGS)
        assert reminder.kind == "review_overdue"
        assert reminder.due_on == date(2024, 7, 10)
        assert "10/07/2024" in reminder.message
    assert reminders_for(S.DA_CONG_NHAN, overdue, SETTINGS) == []


def test_programme_deadline_reminder() -> None:
    facts = TransitionFacts(today=date(2024, 12, 1))
    window_to = date(2024, 12, 31)
    [reminder] = reminders_for(S.CDCS_XAC_NHAN, facts, SETTINGS, programme_window_to=window_to)
    assert reminder.kind == "programme_deadline"
    assert "31/12/2024" in reminder.message and "còn 30 ngày" in reminder.message
    assert reminders_for(S.CDCS_XAC_NHAN, facts, SETTINGS, programme_window_to=date(2025, 1, 1)) == []
    assert reminders_for(S.CDCS_XAC_NHAN, facts, SETTINGS, programme_window_to=date(2024, 11, 30)) == []
    for uploaded in (S.DA_TAI_LEN, S.HOP_LE):
        assert reminders_for(uploaded, facts, SETTINGS, programme_window_to=window_to) == []
    # The window can also come from the facts.
    with_window = replace(facts, programme_window=(date(2024, 1, 1), window_to))
    assert [r.kind for r in reminders_for(S.SAN_SANG_TAI_LEN, with_window, SETTINGS)] == [
        "programme_deadline"
    ]
    narrow = LegalSettings(programme_deadline_warning_days=7)
    assert reminders_for(S.CDCS_XAC_NHAN, facts, narrow, programme_window_to=window_to) == []


def test_reminders_sorted_by_due_date() -> None:
    facts = TransitionFacts(first_applied_on=date(2024, 3, 5), today=date(2025, 2, 20))
    result = reminders_for(S.AP_DUNG_THU, facts, SETTINGS, programme_window_to=date(2025, 3, 1))
    assert [r.kind for r in result] == ["programme_deadline", "request_limit"]


# --- what the editor offers ------------------------------------------------------------------------


def test_officer_targets_examples() -> None:
    assert officer_targets(S.Y_TUONG) == (S.AP_DUNG_THU,)
    assert officer_targets(S.AP_DUNG_THU) == (S.Y_TUONG, S.DA_NOP_DON)
    assert officer_targets(S.DANG_XET) == (
        S.Y_TUONG, S.AP_DUNG_THU, S.DA_NOP_DON, S.CAN_BO_SUNG, S.DON_HOP_LE, S.KHONG_CONG_NHAN, S.DA_CONG_NHAN
    )
    # Only the sync moves a record on once it is ready; the officer may still go back.
    assert S.DA_TAI_LEN not in officer_targets(S.SAN_SANG_TAI_LEN)
    assert officer_targets(S.KHONG_HOP_LE)[-1] == S.SAN_SANG_TAI_LEN


@pytest.mark.parametrize("current", list(S))
def test_officer_targets_agree_with_check_transition(current: S) -> None:
    """Each target offered passes the transition check once its guards' facts and a reason are
    given; each status not offered is refused whatever the facts."""
    offered = officer_targets(current)
    assert current not in offered and not SYNC_ONLY_STATES & set(offered)
    assert list(offered) == sorted(offered, key=list(S).index)
    refused = replace(GOOD, decision_outcome=RecognitionOutcome.KHONG_CONG_NHAN, decision_reason="Chưa mới")
    for target in S:
        passes = [not blocking(check(current, target, f, reason="Nhập nhầm")) for f in (GOOD, refused)]
        assert any(passes) == (target in offered), (current, target)


def test_draft_states_are_those_before_filing() -> None:
    assert {S.Y_TUONG, S.AP_DUNG_THU} == DRAFT_STATES
    assert all(STATUS_ORDER[s] < STATUS_ORDER[S.DA_NOP_DON] for s in DRAFT_STATES)
