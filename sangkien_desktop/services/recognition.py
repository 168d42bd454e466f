"""The application for recognition and the employer's decision (DOMAIN.md §4.7, §4.8, §5.2).

Every write moves the initiative along the workflow (``recognition_workflow``: the checks of
``StatusService.change``, inside this unit of work), so a refused move leaves nothing written. A record
that is already further along is only documented: filing the request of an initiative recognised
before the app existed does not send it back. The reads are in ``persistence/recognition_queries.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from sangkien_desktop.domain.enums import AttachmentKind, InitiativeStatus, RequestState
from sangkien_desktop.domain.errors import FieldProblem, ValidationError
from sangkien_desktop.domain.recognition import (
    LABELS,
    DecisionInput,
    DecisionSaved,
    DecisionView,
    Eligibility,
    RecognitionOverview,
    RequestInput,
    RequestSaved,
    RequestView,
    state_problems,
)
from sangkien_desktop.domain.rules import LegalSettings
from sangkien_desktop.domain.text import clean, decision_number_key
from sangkien_desktop.domain.workflow import request_deadline, review_due_on
from sangkien_desktop.persistence.initiative_edit_queries import latest_decision
from sangkien_desktop.persistence.models import Employer, Initiative, RecognitionDecision, RecognitionRequest
from sangkien_desktop.persistence.recognition_queries import (
    decision_numbers_in_year,
    decision_views,
    employer_named,
    employer_names,
    initiative_by_key,
    is_latest_request,
    live_request,
    request_view,
    request_views,
)
from sangkien_desktop.persistence.unit_of_work import UnitOfWork, UnitOfWorkFactory

from . import settings
from .attachments import AttachmentService
from .initiative_writes import EditContext, tone_order
from .recognition_workflow import (
    eligibility_of,
    ensure_outcome_allowed,
    follow,
    follow_outcome,
    follow_state,
    late_filing,
)

__all__ = ["RecognitionService"]


class RecognitionService:
    def __init__(
        self, uow: UnitOfWorkFactory, attachments: AttachmentService, today: Callable[[], date] = date.today
    ) -> None:
        self._uow = uow
        self._attachments = attachments
        self._today = today

    # -- the application (Đơn) -------------------------------------------------------------------

    def file_request(self, key: str, data: RequestInput, officer_id: str | None = None) -> RequestSaved:
        """Record a filed request (state DA_NOP) and move the initiative to "Đã nộp đơn"; filing after
        the request limit only warns."""
        with self._uow(officer_id) as uow:
            initiative = initiative_by_key(uow.session, key)
            request = RecognitionRequest(initiative_id=initiative.id, state=RequestState.DA_NOP)
            _apply_request(uow.session, request, data)
            uow.session.add(request)
            uow.session.flush()
            context = self._context(uow, officer_id)
            warnings = follow(uow, initiative, InitiativeStatus.DA_NOP_DON, context)
            saved = self._request_saved(uow, initiative, request, context, warnings)
            uow.commit()
        return saved

    def update_request(
        self, request_id: str, data: RequestInput, expected_version: int | None = None,
        officer_id: str | None = None,
    ) -> RequestSaved:
        """Correct the filing details (date, addressee, receipt); the state is changed apart."""
        with self._uow(officer_id) as uow:
            request = live_request(uow.session, request_id, expected_version)
            initiative = initiative_by_key(uow.session, request.initiative_id)
            _apply_request(uow.session, request, data)
            uow.session.flush()
            context = self._context(uow, officer_id)
            saved = self._request_saved(uow, initiative, request, context, [])
            uow.commit()
        return saved

    def set_request_state(
        self, request_id: str, state: RequestState, *, reason: str | None = None,
        accepted_on: date | None = None, expected_version: int | None = None, officer_id: str | None = None,
    ) -> RequestSaved:
        """The employer's answer to the request: changes asked (reason), accepted (date: the review
        is due ``legal.review_period`` later), rejected (reason), or refiled. Only the newest request
        moves the initiative."""
        problems = state_problems(state, reason, accepted_on)
        if problems:
            raise ValidationError(problems)
        with self._uow(officer_id) as uow:
            request = live_request(uow.session, request_id, expected_version)
            initiative = initiative_by_key(uow.session, request.initiative_id)
            context = self._context(uow, officer_id)
            request.state, request.state_reason = state, clean(reason)
            accepted = accepted_on if state is RequestState.CHAP_NHAN else None
            request.accepted_on = accepted
            first_applied = initiative.first_applied_on
            request.review_due_on = (
                None if accepted is None else review_due_on(accepted, context.legal, first_applied)
            )
            uow.session.flush()
            warnings: list[FieldProblem] = []
            if is_latest_request(uow.session, request):
                with_reason = replace(context, status_reason=clean(reason))
                warnings = follow_state(uow, initiative, state, with_reason)
            saved = self._request_saved(uow, initiative, request, context, warnings)
            uow.commit()
        return saved

    def requests_for(self, key: str) -> tuple[RequestView, ...]:
        """The initiative's requests, newest first."""
        with self._uow.read() as session:
            return request_views(session, initiative_by_key(session, key).id)

    # -- the decision ----------------------------------------------------------------------------

    def record_decision(
        self, key: str, data: DecisionInput, scan: Path | None = None, officer_id: str | None = None
    ) -> DecisionSaved:
        """Record the employer's decision and move the initiative to recognised / not recognised.

        A number the same issuer already used in the same year is refused; the initiative's latest
        decision with the same number is completed instead of duplicated. The scan is attached
        only once a trial run (rolled back) shows that the decision will be recorded."""
        scan_id: str | None = None
        if scan is not None:
            with self._uow(officer_id) as uow:
                initiative_id = self._write_decision(uow, key, data, None, officer_id).decision.initiative_id
            attachment = self._attachments.attach(
                "initiative", initiative_id, scan, AttachmentKind.SCAN_QUYET_DINH, officer_id
            )
            scan_id = attachment.id
        try:
            with self._uow(officer_id) as uow:
                saved = self._write_decision(uow, key, data, scan_id, officer_id)
                uow.commit()
        except Exception:
            if scan_id is not None:  # changed in between (another window): do not leave the file behind
                self._attachments.remove(scan_id, officer_id)
            raise
        return saved

    def decisions_for(self, key: str) -> tuple[DecisionView, ...]:
        """The initiative's decisions, newest first."""
        with self._uow.read() as session:
            return decision_views(session, initiative_by_key(session, key).id)

    # -- programme eligibility and the whole picture ---------------------------------------------

    def eligibility(self, initiative_id: str) -> Eligibility:
        with self._uow.read() as session:
            initiative = initiative_by_key(session, initiative_id)
            return eligibility_of(session, initiative, _legal(session), self._today())

    def overview(self, key: str) -> RecognitionOverview:
        """Requests, decisions, deadline, eligibility and employer names of one initiative."""
        with self._uow.read() as session:
            initiative = initiative_by_key(session, key)
            legal = _legal(session)
            first = initiative.first_applied_on
            return RecognitionOverview(
                initiative_id=initiative.id,
                code=initiative.code,
                title=initiative.title,
                status=initiative.status,
                first_applied_on=first,
                filing_deadline=None if first is None else request_deadline(first, legal),
                requests=request_views(session, initiative.id),
                decisions=decision_views(session, initiative.id),
                eligibility=eligibility_of(session, initiative, legal, self._today()),
                employers=employer_names(session),
            )

    # -- inside a unit of work -------------------------------------------------------------------

    def _context(self, uow: UnitOfWork, officer_id: str | None) -> EditContext:
        values = settings.read_all(uow.session)
        return EditContext(settings.legal(values), tone_order(values), self._today(), officer_id=officer_id)

    def _request_saved(
        self, uow: UnitOfWork, initiative: Initiative, request: RecognitionRequest, context: EditContext,
        warnings: list[FieldProblem],
    ) -> RequestSaved:
        late = late_filing(uow.session, initiative, request.filed_on, context)
        uow.session.flush()
        view = request_view(uow.session, request)
        return RequestSaved(view, initiative.status, tuple(dict.fromkeys([*warnings, *late])))

    def _write_decision(
        self, uow: UnitOfWork, key: str, data: DecisionInput, scan_id: str | None, officer_id: str | None
    ) -> DecisionSaved:
        session = uow.session
        initiative = initiative_by_key(session, key)
        issuer = employer_named(session, data.issuer)
        latest = latest_decision(session, initiative.id)
        same = latest is not None and decision_number_key(latest.number) == decision_number_key(data.number)
        decision = latest if same and latest is not None else RecognitionDecision(initiative_id=initiative.id)
        _refuse_duplicate(session, data, issuer, decision)
        ensure_outcome_allowed(initiative, data.outcome)
        _apply_decision(decision, data, issuer, scan_id)
        session.add(decision)
        # The decision is part of the record the editor shows: its version must move (see apply_edit).
        flag_modified(initiative, "updated_at")
        session.flush()
        context = self._context(uow, officer_id)
        warnings = follow_outcome(uow, initiative, data.outcome, context)
        session.flush()
        view = decision_views(session, initiative.id, decision.id)[0]
        return DecisionSaved(view, initiative.status, tuple(warnings))


# -- writing rows -----------------------------------------------------------------------------------


def _legal(session: Session) -> LegalSettings:
    return settings.legal(settings.read_all(session))


def _apply_request(session: Session, request: RecognitionRequest, data: RequestInput) -> None:
    request.addressee_id = employer_named(session, data.addressee).id
    request.filed_on = data.filed_on
    request.receipt_no, request.receipt_on = data.receipt_no, data.receipt_on
    request.promised_on = data.promised_on


def _apply_decision(
    decision: RecognitionDecision, data: DecisionInput, issuer: Employer, scan_id: str | None
) -> None:
    """Assigning an unchanged value leaves no audit row: the unit of work compares old and new."""
    decision.number, decision.decided_on, decision.issuer_id = data.number, data.decided_on, issuer.id
    decision.signer_name, decision.authority_line = data.signer_name, data.authority_line
    decision.level = data.level
    decision.outcome, decision.reason = data.outcome, data.reason
    if data.certificate_no is not None:
        decision.certificate_no = data.certificate_no
    if scan_id is not None:
        decision.scan_id = scan_id


def _refuse_duplicate(
    session: Session, data: DecisionInput, issuer: Employer, decision: RecognitionDecision
) -> None:
    """The same issuer never uses one number twice in a year."""
    year = data.decided_on.year
    wanted = decision_number_key(data.number)
    for row_id, number, code in decision_numbers_in_year(session, issuer.id, year):
        if row_id != decision.id and decision_number_key(number) == wanted:
            reason = (
                f"«{data.number}» trùng với quyết định số «{number}» năm {year} của {issuer.name}, "
                f"đã ghi cho sáng kiến {code}"
            )
            raise ValidationError([FieldProblem("decision.number", LABELS["decision.number"], reason)])
