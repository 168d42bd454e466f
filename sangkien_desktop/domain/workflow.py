"""Status workflow of an initiative: transitions, guards and timers (DOMAIN.md §5).

Pure functions over ``TransitionFacts``; the service layer gathers the facts from the store,
calls ``ensure_transition`` and records the change with its reason in history.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType

from sangkien_desktop.domain.enums import FieldCode, InitiativeStatus, RecognitionOutcome, SolutionKind
from sangkien_desktop.domain.errors import FieldProblem, WorkflowError
from sangkien_desktop.domain.rules import LegalSettings, add_duration

S = InitiativeStatus

# States only the sync engine may enter: they mirror what the server acknowledged or reviewed.
SYNC_ONLY_STATES: frozenset[InitiativeStatus] = frozenset({S.DA_TAI_LEN, S.HOP_LE, S.KHONG_HOP_LE})

TRANSITIONS: Mapping[InitiativeStatus, frozenset[InitiativeStatus]] = MappingProxyType(
    {
        S.Y_TUONG: frozenset({S.AP_DUNG_THU}),
        S.AP_DUNG_THU: frozenset({S.DA_NOP_DON}),
        S.DA_NOP_DON: frozenset({S.CAN_BO_SUNG, S.DON_HOP_LE}),
        S.CAN_BO_SUNG: frozenset({S.DA_NOP_DON}),
        S.DON_HOP_LE: frozenset({S.DANG_XET}),
        S.DANG_XET: frozenset({S.DA_CONG_NHAN, S.KHONG_CONG_NHAN}),
        # Terminal for that request, but a new request may be filed.
        S.KHONG_CONG_NHAN: frozenset({S.DA_NOP_DON}),
        S.DA_CONG_NHAN: frozenset({S.CDCS_XAC_NHAN}),
        S.CDCS_XAC_NHAN: frozenset({S.SAN_SANG_TAI_LEN}),
        S.SAN_SANG_TAI_LEN: frozenset({S.DA_TAI_LEN}),
        S.DA_TAI_LEN: frozenset({S.HOP_LE, S.KHONG_HOP_LE}),
        # The server may revise its review or reset it to pending after a column-U edit (SYNC.md
        # review_state RECEIVED / APPROVED / REJECTED); these follow the server, never the officer.
        S.HOP_LE: frozenset({S.KHONG_HOP_LE, S.DA_TAI_LEN}),
        S.KHONG_HOP_LE: frozenset({S.SAN_SANG_TAI_LEN, S.HOP_LE, S.DA_TAI_LEN}),
    }
)

SYSTEM_ONLY: frozenset[tuple[InitiativeStatus, InitiativeStatus]] = frozenset(
    (source, target)
    for source, targets in TRANSITIONS.items()
    for target in targets
    if target in SYNC_ONLY_STATES
)

# Position along the main path; alternatives at the same step share a position.
STATUS_ORDER: Mapping[InitiativeStatus, int] = MappingProxyType(
    {
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
)

INITIAL_STATES: frozenset[InitiativeStatus] = frozenset({S.Y_TUONG, S.AP_DUNG_THU, S.DA_CONG_NHAN})

# Before the request is filed the record is a draft: incomplete author shares are tolerated there.
DRAFT_STATES: frozenset[InitiativeStatus] = frozenset({S.Y_TUONG, S.AP_DUNG_THU})

_STATUS = ("status", "Trạng thái")
_REASON = ("status_reason", "Lý do sửa trạng thái")
_FIRST_APPLIED = ("first_applied_on", "Ngày áp dụng lần đầu / áp dụng thử")
_TITLE = ("title", "Tên sáng kiến")
_KIND = ("kind", "Loại giải pháp")
_AUTHORS = ("authors", "Tác giả")
_FILED = ("filed_on", "Ngày nộp đơn")
_STATE_REASON = ("state_reason", "Lý do bổ sung / từ chối")
_ACCEPTED = ("accepted_on", "Ngày chấp nhận đơn")
_DECISION_NUMBER = ("decision.number", "Số quyết định")
_DECIDED_ON = ("decision.decided_on", "Ngày quyết định")
_OUTCOME = ("decision.outcome", "Kết quả")
_DECISION_REASON = ("decision.reason", "Lý do không công nhận")
_WINDOW = ("programme.window", "Thời gian áp dụng của chương trình")
_IP = ("ip_protected", "Đã được bảo hộ sở hữu trí tuệ")
_CONFIDENTIAL = ("is_confidential", "Sáng kiến mật")
_UPLOAD = ("upload", "Điều kiện tải lên")


@dataclass(frozen=True)
class TransitionFacts:
    """What the guards look at; the service fills in what it knows."""

    title: str | None = None
    kind: SolutionKind | None = None
    field_code: FieldCode | None = None
    author_count: int = 0
    first_applied_on: date | None = None
    filed_on: date | None = None
    accepted_on: date | None = None
    state_reason: str | None = None
    decision_number: str | None = None
    decided_on: date | None = None
    decision_outcome: RecognitionOutcome | None = None
    decision_reason: str | None = None
    programme_window: tuple[date, date] | None = None
    ip_protected: bool = False
    is_confidential: bool = False
    upload_problems: tuple[str, ...] = ()
    today: date = field(default_factory=date.today)


def _fmt_date(value: date) -> str:
    """Short Vietnamese date, always two-digit day and month: 05/03/2024."""
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def _block(where: tuple[str, str], reason: str) -> FieldProblem:
    return FieldProblem(where[0], where[1], reason, True)


def _warn(where: tuple[str, str], reason: str) -> FieldProblem:
    return FieldProblem(where[0], where[1], reason, False)


def _blank(text: str | None) -> bool:
    return text is None or not text.strip()


# --- guards --------------------------------------------------------------------------------------


def _guard_first_applied(facts: TransitionFacts) -> list[FieldProblem]:
    if facts.first_applied_on is None:
        return [_block(_FIRST_APPLIED, "chưa nhập")]
    if facts.first_applied_on > facts.today:
        return [_block(_FIRST_APPLIED, f"ngày {_fmt_date(facts.first_applied_on)} ở tương lai")]
    return []


def _guard_filing(facts: TransitionFacts, settings: LegalSettings) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if _blank(facts.title):
        problems.append(_block(_TITLE, "chưa nhập"))
    if facts.kind is None:
        problems.append(_block(_KIND, "chưa chọn"))
    if facts.author_count < 1:
        problems.append(_block(_AUTHORS, "phải có ít nhất một tác giả"))
    if facts.first_applied_on is None:
        problems.append(_block(_FIRST_APPLIED, "chưa nhập, cần để nộp đơn"))
        return problems
    filed_on = facts.filed_on or facts.today
    deadline = request_deadline(facts.first_applied_on, settings)
    if filed_on > deadline:
        # Only a warning: the employer may still accept a late request.
        problems.append(
            _warn(
                _FILED,
                f"ngày {_fmt_date(filed_on)} đã quá thời hạn yêu cầu công nhận "
                f"(hạn cuối {_fmt_date(deadline)}, tính từ ngày áp dụng lần đầu)",
            )
        )
    return problems


def _guard_accepted(facts: TransitionFacts) -> list[FieldProblem]:
    if facts.accepted_on is None:
        return [_block(_ACCEPTED, "chưa nhập")]
    if facts.accepted_on > facts.today:
        return [_block(_ACCEPTED, f"ngày {_fmt_date(facts.accepted_on)} ở tương lai")]
    if facts.filed_on is not None and facts.accepted_on < facts.filed_on:
        return [_warn(_ACCEPTED, f"sớm hơn ngày nộp đơn {_fmt_date(facts.filed_on)}")]
    return []


def _guard_decision_exists(facts: TransitionFacts) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if _blank(facts.decision_number):
        problems.append(_block(_DECISION_NUMBER, "chưa nhập"))
    if facts.decided_on is None:
        problems.append(_block(_DECIDED_ON, "chưa nhập"))
    elif facts.decided_on > facts.today:
        problems.append(_block(_DECIDED_ON, f"ngày {_fmt_date(facts.decided_on)} ở tương lai"))
    return problems


def _guard_recognised(facts: TransitionFacts) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if facts.decision_outcome is not RecognitionOutcome.CONG_NHAN:
        problems.append(_block(_OUTCOME, f"quyết định phải là «{RecognitionOutcome.CONG_NHAN.label}»"))
    return problems + _guard_decision_exists(facts)


def _guard_refused(facts: TransitionFacts) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    if facts.decision_outcome is RecognitionOutcome.CONG_NHAN:
        problems.append(_block(_OUTCOME, "quyết định đã ghi là công nhận"))
    if _blank(facts.decision_reason):
        problems.append(_block(_DECISION_REASON, "chưa nhập"))
    return problems


def _guard_union_confirms(facts: TransitionFacts) -> list[FieldProblem]:
    problems = _guard_decision_exists(facts)
    if facts.programme_window is None:
        problems.append(_block(_WINDOW, "chưa chọn chương trình để xác nhận"))
    elif facts.first_applied_on is None:
        problems.append(_block(_FIRST_APPLIED, "chưa nhập, cần để đối chiếu với chương trình"))
    else:
        window_from, window_to = facts.programme_window
        if not window_from <= facts.first_applied_on <= window_to:
            problems.append(
                _block(
                    _FIRST_APPLIED,
                    f"ngày {_fmt_date(facts.first_applied_on)} nằm ngoài thời gian áp dụng của chương trình "
                    f"({_fmt_date(window_from)} – {_fmt_date(window_to)})",
                )
            )
    if facts.ip_protected:
        problems.append(_block(_IP, "sáng kiến đã được bảo hộ sở hữu trí tuệ nên không tham gia được"))
    if facts.is_confidential:
        problems.append(_warn(_CONFIDENTIAL, "chỉ tải lên phần thông tin rút gọn"))
    return problems


def _guard_upload_ready(facts: TransitionFacts) -> list[FieldProblem]:
    return [_block(_UPLOAD, problem) for problem in facts.upload_problems]


def _guards(
    current: InitiativeStatus, target: InitiativeStatus, facts: TransitionFacts, settings: LegalSettings
) -> list[FieldProblem]:
    """The guard column of §5.2 for one listed transition."""
    if target is S.AP_DUNG_THU:
        return _guard_first_applied(facts)
    if target is S.DA_NOP_DON and current is not S.CAN_BO_SUNG:  # refiling after changes: no guard
        return _guard_filing(facts, settings)
    if target is S.CAN_BO_SUNG:
        return [_block(_STATE_REASON, "chưa nhập")] if _blank(facts.state_reason) else []
    if target is S.DON_HOP_LE:
        return _guard_accepted(facts)
    if target is S.DA_CONG_NHAN:
        return _guard_recognised(facts)
    if target is S.KHONG_CONG_NHAN:
        return _guard_refused(facts)
    if target is S.CDCS_XAC_NHAN:
        return _guard_union_confirms(facts)
    if target is S.SAN_SANG_TAI_LEN:
        return _guard_upload_ready(facts)
    return []


# --- transitions ---------------------------------------------------------------------------------


def check_transition(
    current: InitiativeStatus,
    target: InitiativeStatus,
    facts: TransitionFacts,
    settings: LegalSettings,
    *,
    by_system: bool = False,
    reason: str | None = None,
) -> list[FieldProblem]:
    """Problems with moving from ``current`` to ``target``: blocking ones and warnings."""
    if current is target:
        return [_block(_STATUS, f"sáng kiến đã ở trạng thái «{target.label}»")]
    if target in SYNC_ONLY_STATES and not by_system:
        reason_text = f"trạng thái «{target.label}» chỉ do đồng bộ với máy chủ cập nhật, không sửa tay được"
        return [_block(_STATUS, reason_text)]
    if target in TRANSITIONS[current]:
        return _guards(current, target, facts, settings)
    if STATUS_ORDER[target] < STATUS_ORDER[current]:
        # "Sửa trạng thái": any earlier state, but the reason is mandatory and kept in history.
        if _blank(reason):
            return [
                _block(
                    _REASON,
                    f"chuyển ngược từ «{current.label}» về «{target.label}» phải ghi lý do",
                )
            ]
        return []
    return [_block(_STATUS, f"không được chuyển từ «{current.label}» sang «{target.label}»")]


def ensure_transition(
    current: InitiativeStatus,
    target: InitiativeStatus,
    facts: TransitionFacts,
    settings: LegalSettings,
    *,
    by_system: bool = False,
    reason: str | None = None,
) -> list[FieldProblem]:
    """Raise ``WorkflowError`` if the move is blocked; otherwise return its warnings."""
    problems = check_transition(current, target, facts, settings, by_system=by_system, reason=reason)
    _raise_if_blocked(problems)
    return [p for p in problems if not p.blocking]


def officer_targets(current: InitiativeStatus) -> tuple[InitiativeStatus, ...]:
    """Statuses an officer may pick from ``current``, in workflow order: the listed moves plus any
    earlier state ("sửa trạng thái", which needs a reason). Guards are not applied here: they look
    at values the officer may be changing in the same save, so ``ensure_transition`` checks them then.
    """
    forward = TRANSITIONS[current]
    back = {s for s in S if STATUS_ORDER[s] < STATUS_ORDER[current]}
    return tuple(s for s in S if (s in forward or s in back) and s not in SYNC_ONLY_STATES)


def check_initial_status(
    status: InitiativeStatus, facts: TransitionFacts, settings: LegalSettings
) -> list[FieldProblem]:
    """Problems with creating a record directly in ``status`` (import or the recognised shortcut)."""
    if status is S.Y_TUONG:
        return []
    if status is S.AP_DUNG_THU:
        return _guard_first_applied(facts)
    if status is S.DA_CONG_NHAN:
        problems = _guard_decision_exists(facts)
        if facts.decision_outcome is RecognitionOutcome.KHONG_CONG_NHAN:
            problems.append(_block(_OUTCOME, "quyết định đã ghi là không công nhận"))
        return problems + _guard_first_applied(facts)
    allowed = ", ".join(f"«{s.label}»" for s in (S.Y_TUONG, S.AP_DUNG_THU, S.DA_CONG_NHAN))
    text = f"không thể tạo sáng kiến ở trạng thái «{status.label}»; chỉ được tạo ở {allowed}"
    return [_block(_STATUS, text)]


def ensure_initial_status(
    status: InitiativeStatus, facts: TransitionFacts, settings: LegalSettings
) -> list[FieldProblem]:
    """Raise ``WorkflowError`` if the record may not be created in ``status``; else return warnings."""
    problems = check_initial_status(status, facts, settings)
    _raise_if_blocked(problems)
    return [p for p in problems if not p.blocking]


def _raise_if_blocked(problems: list[FieldProblem]) -> None:
    blocking = [p for p in problems if p.blocking]
    if blocking:
        raise WorkflowError("; ".join(p.message() for p in blocking))


# --- timers and reminders ------------------------------------------------------------------------


def request_deadline(first_applied_on: date, settings: LegalSettings) -> date:
    """Last day to file the request for recognition (§2.2 ``legal.request_limit``)."""
    return add_duration(first_applied_on, settings.request_limit)


def review_due_on(accepted_on: date, settings: LegalSettings, first_applied_on: date | None = None) -> date:
    """Employer's review deadline: from acceptance, or from first application if that is later."""
    start = accepted_on if first_applied_on is None else max(accepted_on, first_applied_on)
    return add_duration(start, settings.review_period)


@dataclass(frozen=True)
class Reminder:
    """One line of the "Việc cần làm" panel."""

    kind: str
    message: str
    due_on: date


REMINDER_REQUEST_LIMIT = "request_limit"
REMINDER_REVIEW_OVERDUE = "review_overdue"
REMINDER_PROGRAMME_DEADLINE = "programme_deadline"

_NOT_YET_FILED = DRAFT_STATES
_UNDER_REVIEW = frozenset({S.DON_HOP_LE, S.DANG_XET})
# Already uploaded (or never uploadable): no programme deadline reminder.
_NO_UPLOAD_REMINDER = frozenset({S.DA_TAI_LEN, S.HOP_LE, S.KHONG_CONG_NHAN})


def reminders_for(
    status: InitiativeStatus,
    facts: TransitionFacts,
    settings: LegalSettings,
    programme_window_to: date | None = None,
) -> list[Reminder]:
    """Timers of §5.2 that need the officer's attention today, earliest due first."""
    today = facts.today
    reminders: list[Reminder] = []

    if status in _NOT_YET_FILED and facts.first_applied_on is not None and facts.filed_on is None:
        deadline = request_deadline(facts.first_applied_on, settings)
        days_left = (deadline - today).days
        if days_left < 0:
            text = f"Đã quá hạn nộp đơn yêu cầu công nhận sáng kiến (hạn cuối {_fmt_date(deadline)})"
            reminders.append(Reminder(REMINDER_REQUEST_LIMIT, text, deadline))
        elif days_left <= settings.request_limit_warning_days:
            text = (
                f"Sắp hết hạn nộp đơn yêu cầu công nhận sáng kiến: hạn cuối {_fmt_date(deadline)} "
                f"(còn {days_left} ngày)"
            )
            reminders.append(Reminder(REMINDER_REQUEST_LIMIT, text, deadline))

    if status in _UNDER_REVIEW and facts.accepted_on is not None:
        due = review_due_on(facts.accepted_on, settings, facts.first_applied_on)
        if today > due:
            text = (
                f"Đã quá hạn xét công nhận sáng kiến (hạn {_fmt_date(due)}, "
                f"đơn được chấp nhận ngày {_fmt_date(facts.accepted_on)}) mà chưa có quyết định"
            )
            reminders.append(Reminder(REMINDER_REVIEW_OVERDUE, text, due))

    window_to = programme_window_to
    if window_to is None and facts.programme_window is not None:
        window_to = facts.programme_window[1]
    if window_to is not None and status not in _NO_UPLOAD_REMINDER:
        days_left = (window_to - today).days
        if 0 <= days_left <= settings.programme_deadline_warning_days:
            text = (
                f"Chương trình kết thúc ngày {_fmt_date(window_to)} (còn {days_left} ngày) "
                "mà sáng kiến chưa được tải lên"
            )
            reminders.append(Reminder(REMINDER_PROGRAMME_DEADLINE, text, window_to))

    return sorted(reminders, key=lambda r: r.due_on)
