"""The application for recognition and the employer's decision as forms and services exchange them
(DOMAIN.md §4.7, §4.8): inputs parsed from untrusted text, views, and the programme eligibility verdict.

Problem fields use the names of ``domain.workflow`` ("decision.number", "state_reason" …) so that a
form shows the workflow's refusals and the parser's at the same widget.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any, TypeVar

from .enums import InitiativeStatus, RecognitionLevel, RecognitionOutcome, RequestState
from .errors import FieldProblem, ValidationError
from .model import date_reason, parse_date
from .text import clean, nfc

__all__ = [
    "LABELS",
    "DecisionInput",
    "DecisionSaved",
    "DecisionView",
    "Eligibility",
    "RecognitionOverview",
    "RequestInput",
    "RequestSaved",
    "RequestView",
    "StateChange",
    "state_problems",
]

E = TypeVar("E", bound=Enum)

LABELS = {
    "filed_on": "Ngày nộp đơn",
    "addressee": "Kính gửi",
    "receipt_no": "Số sổ tiếp nhận",
    "receipt_on": "Ngày biên nhận",
    "promised_on": "Ngày hẹn trả kết quả",
    "state": "Trạng thái đơn",
    "accepted_on": "Ngày chấp nhận đơn",
    "state_reason": "Lý do bổ sung / từ chối",
    "decision.number": "Số quyết định",
    "decision.decided_on": "Ngày quyết định",
    "decision.issuer": "Cơ quan ban hành",
    "decision.authority_line": "Thẩm quyền ký",
    "decision.signer_name": "Người ký",
    "decision.level": "Cấp công nhận",
    "decision.outcome": "Kết quả",
    "decision.reason": "Lý do không công nhận",
    "decision.certificate_no": "Số giấy chứng nhận",
}
# Column widths of persistence/models/decisions.py (and employer.name).
MAX_LENGTHS = {
    "addressee": 200,
    "receipt_no": 40,
    "decision.number": 40,
    "decision.issuer": 200,
    "decision.authority_line": 120,
    "decision.signer_name": 120,
    "decision.certificate_no": 40,
}


# -- parsing ----------------------------------------------------------------------------------------


class _Reader:
    """Reads one mapping of typed values; collects every problem instead of stopping at the first."""

    def __init__(self, data: Mapping[str, Any], prefix: str = "") -> None:
        self.data = data
        self.prefix = prefix
        self.problems: list[FieldProblem] = []

    def fail(self, key: str, reason: str) -> None:
        name = self.prefix + key
        self.problems.append(FieldProblem(name, LABELS.get(name, name), reason))

    def _raw(self, key: str, required: bool) -> Any:
        raw = self.data.get(key)
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            if required:
                self.fail(key, "chưa nhập")
            return None
        return raw

    def text(self, key: str, required: bool = False, long: bool = False) -> str | None:
        raw = self._raw(key, required)
        if raw is None:
            return None
        if not isinstance(raw, str):
            self.fail(key, "phải là chữ")
            return None
        value = nfc(raw.strip()) if long else clean(raw)
        limit = MAX_LENGTHS.get(self.prefix + key)
        if value is not None and limit is not None and len(value) > limit:
            self.fail(key, f"dài {len(value)} ký tự, tối đa {limit}")
            return None
        return value

    def date(self, key: str, required: bool = False) -> date | None:
        raw = self._raw(key, required)
        if raw is None:
            return None
        try:
            return parse_date(raw)
        except (ValueError, TypeError):
            self.fail(key, date_reason(raw))
            return None

    def enum(self, key: str, enum_cls: type[E], required: bool = False) -> E | None:
        raw = self._raw(key, required)
        if raw is None or isinstance(raw, enum_cls):
            return raw
        try:
            return enum_cls(str(raw).strip().upper())
        except ValueError:
            self.fail(key, "phải là một trong: " + ", ".join(str(m.value) for m in enum_cls))
            return None

    def done(self) -> None:
        if self.problems:
            raise ValidationError(self.problems)


@dataclass(frozen=True)
class RequestInput:
    """The Đơn yêu cầu công nhận as filed; ``addressee`` is the employer's name (None: the office's)."""

    filed_on: date
    addressee: str | None = None
    receipt_no: str | None = None
    receipt_on: date | None = None
    promised_on: date | None = None

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> RequestInput:
        reader = _Reader(data)
        filed_on = reader.date("filed_on", required=True)
        addressee, receipt_no = reader.text("addressee"), reader.text("receipt_no")
        receipt_on, promised_on = reader.date("receipt_on"), reader.date("promised_on")
        if filed_on and receipt_on and receipt_on < filed_on:
            reader.fail("receipt_on", "sớm hơn ngày nộp đơn")
        reader.done()
        assert filed_on is not None
        return cls(filed_on, addressee, receipt_no, receipt_on, promised_on)


@dataclass(frozen=True)
class DecisionInput:
    """The employer's recognition decision; ``number`` is kept as typed, ``issuer`` is a name (None:
    the office's employer). A refusal needs its reason."""

    number: str
    decided_on: date
    signer_name: str
    outcome: RecognitionOutcome = RecognitionOutcome.CONG_NHAN
    reason: str | None = None
    authority_line: str | None = None
    level: RecognitionLevel | None = None
    issuer: str | None = None
    certificate_no: str | None = None

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> DecisionInput:
        reader = _Reader(data, "decision.")
        number = reader.text("number", required=True)
        decided_on = reader.date("decided_on", required=True)
        signer_name = reader.text("signer_name", required=True)
        outcome = reader.enum("outcome", RecognitionOutcome) or RecognitionOutcome.CONG_NHAN
        reason = reader.text("reason", long=True)
        if outcome is RecognitionOutcome.KHONG_CONG_NHAN and not reason:
            reader.fail("reason", "bắt buộc khi quyết định không công nhận")
        level = reader.enum("level", RecognitionLevel)
        extra = {
            "authority_line": reader.text("authority_line"),
            "issuer": reader.text("issuer"),
            "certificate_no": reader.text("certificate_no"),
        }
        reader.done()
        assert number is not None and decided_on is not None and signer_name is not None
        return cls(number, decided_on, signer_name, outcome, reason, level=level, **extra)


@dataclass(frozen=True)
class StateChange:
    """The employer's answer to a request as typed in a form: the new state, a reason, a date."""

    state: RequestState
    reason: str | None = None
    accepted_on: date | None = None

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> StateChange:
        reader = _Reader(data)
        state = reader.enum("state", RequestState, required=True)
        reason, accepted_on = reader.text("state_reason", long=True), reader.date("accepted_on")
        if state is not None:
            reader.problems += state_problems(state, reason, accepted_on)
        reader.done()
        assert state is not None
        return cls(state, reason, accepted_on)


def state_problems(state: RequestState, reason: str | None, accepted_on: date | None) -> list[FieldProblem]:
    """What a change of the request's state needs (DOMAIN.md §4.7): a date to accept, a reason otherwise."""
    reader = _Reader({"state_reason": reason, "accepted_on": accepted_on})
    if state is RequestState.CHAP_NHAN and accepted_on is None:
        reader.fail("accepted_on", "bắt buộc khi chấp nhận đơn")
    if state in (RequestState.YEU_CAU_BO_SUNG, RequestState.TU_CHOI_DON) and not clean(reason):
        reader.fail("state_reason", f"bắt buộc khi «{state.label}»")
    return reader.problems


# -- views ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RequestView:
    id: str
    initiative_id: str
    addressee_id: str
    addressee_name: str
    filed_on: date
    receipt_no: str | None
    receipt_on: date | None
    promised_on: date | None
    state: RequestState
    accepted_on: date | None
    review_due_on: date | None
    state_reason: str | None
    version: int


@dataclass(frozen=True)
class DecisionView:
    id: str
    initiative_id: str
    number: str
    decided_on: date
    issuer_id: str | None
    issuer_name: str | None
    authority_line: str | None
    signer_name: str | None
    level: RecognitionLevel | None
    outcome: RecognitionOutcome
    reason: str | None
    certificate_no: str | None
    scan_id: str | None
    scan_file_name: str | None
    version: int


@dataclass(frozen=True)
class Eligibility:
    """Whether the initiative may take part in its programme (DOMAIN.md §7.1): ``reasons`` says why not;
    ``reduced_fields``: eligible only with the reduced field set of a confidential initiative."""

    eligible: bool
    reasons: tuple[str, ...]
    reduced_fields: bool
    programme: str | None = None

    @classmethod
    def from_problems(cls, problems: Iterable[FieldProblem], programme: str | None) -> Eligibility:
        found = list(problems)
        blocking = tuple(dict.fromkeys(p.message() for p in found if p.blocking))
        reduced = any(p.field == "is_confidential" for p in found)
        return cls(not blocking, blocking, reduced, programme)


@dataclass(frozen=True)
class RequestSaved:
    request: RequestView
    status: InitiativeStatus
    warnings: tuple[FieldProblem, ...]


@dataclass(frozen=True)
class DecisionSaved:
    decision: DecisionView
    status: InitiativeStatus
    warnings: tuple[FieldProblem, ...]


@dataclass(frozen=True)
class RecognitionOverview:
    """Everything the recognition dialog shows for one initiative, read at once."""

    initiative_id: str
    code: str
    title: str
    status: InitiativeStatus
    first_applied_on: date | None
    filing_deadline: date | None  # first application + ``legal.request_limit``
    requests: tuple[RequestView, ...]  # newest first; the first one drives the workflow
    decisions: tuple[DecisionView, ...]  # newest first
    eligibility: Eligibility
    employers: tuple[str, ...]  # names to offer as addressee and issuer, the office's employer first

    @property
    def latest_request(self) -> RequestView | None:
        return self.requests[0] if self.requests else None

    @property
    def latest_decision(self) -> DecisionView | None:
        return self.decisions[0] if self.decisions else None

    def filed_late(self, filed_on: date) -> bool:
        """Whether filing on ``filed_on`` is past the request limit (a warning, never a block)."""
        return self.filing_deadline is not None and filed_on > self.filing_deadline
