"""Reads behind the recognition service: requests and decisions as views, employers by name, the
numbers an issuer used in a year, and the programme an initiative takes part in."""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from sangkien_desktop.domain.errors import ConflictError, NotFoundError, NotInitialisedError
from sangkien_desktop.domain.recognition import DecisionView, RequestView
from sangkien_desktop.domain.text import fold

from .initiative_edit_queries import latest
from .models import (
    Attachment,
    Employer,
    Initiative,
    Programme,
    RecognitionDecision,
    RecognitionRequest,
    UnionUnit,
)
from .repositories import InitiativeRepository

__all__ = [
    "decision_numbers_in_year",
    "decision_views",
    "employer_named",
    "employer_names",
    "initiative_by_key",
    "is_latest_request",
    "live_request",
    "office_employer_id",
    "programme_of",
    "request_view",
    "request_views",
]


def initiative_by_key(session: Session, key: str) -> Initiative:
    """The initiative with this code or id; a clear message when there is none."""
    found = InitiativeRepository(session).get(key.strip())
    if found is None:
        raise NotFoundError(f"Không tìm thấy sáng kiến có mã hoặc định danh “{key}”.")
    return found


def live_request(session: Session, request_id: str, expected_version: int | None) -> RecognitionRequest:
    """The request to change, refused when deleted or changed since the caller read it."""
    row = session.scalars(
        sa.select(RecognitionRequest).where(
            RecognitionRequest.id == request_id, RecognitionRequest.deleted_at.is_(None)
        )
    ).first()
    if row is None:
        raise NotFoundError("Không tìm thấy đơn yêu cầu công nhận này (có thể đã bị xoá).")
    if expected_version is not None and row.version != expected_version:
        raise ConflictError("Đơn yêu cầu công nhận vừa được sửa ở nơi khác; hãy tải lại rồi sửa tiếp.")
    return row


def is_latest_request(session: Session, request: RecognitionRequest) -> bool:
    """Whether ``request`` is the initiative's newest live one (the one that drives the workflow)."""
    newest = latest(session, RecognitionRequest, request.initiative_id, RecognitionRequest.filed_on)
    return newest is not None and newest.id == request.id


# -- employers ----------------------------------------------------------------------------------------


def office_employer_id(session: Session) -> str:
    employer_id = session.scalar(
        sa.select(UnionUnit.employer_id).where(UnionUnit.deleted_at.is_(None)).order_by(UnionUnit.pk).limit(1)
    )
    if employer_id is None:
        raise NotInitialisedError("Chưa nhập thông tin công đoàn cơ sở và đơn vị sử dụng lao động.")
    return employer_id


def employer_named(session: Session, name: str | None) -> Employer:
    """The employer named (diacritics and case ignored), a new one by that name, or the office's."""
    if name is None:
        return session.scalars(sa.select(Employer).where(Employer.id == office_employer_id(session))).one()
    wanted = fold(name)
    for employer in session.scalars(sa.select(Employer).where(Employer.deleted_at.is_(None))):
        if fold(employer.name) == wanted:
            return employer
    employer = Employer(name=name)
    session.add(employer)
    session.flush()
    return employer


def employer_names(session: Session) -> tuple[str, ...]:
    """Live employers by name, the office's employer first."""
    office = office_employer_id(session)
    rows = session.execute(
        sa.select(Employer.id, Employer.name).where(Employer.deleted_at.is_(None)).order_by(Employer.name)
    ).all()
    return tuple(name for _, name in sorted(rows, key=lambda r: r[0] != office))


# -- decisions ------------------------------------------------------------------------------------------


def decision_numbers_in_year(session: Session, issuer_id: str, year: int) -> list[tuple[str, str, str]]:
    """(decision id, number, initiative code) of the issuer's live decisions of ``year``; a decision
    without an issuer is the office's employer's, as the editor records it."""
    issuer_of = sa.func.coalesce(RecognitionDecision.issuer_id, office_employer_id(session))
    query = (
        sa.select(RecognitionDecision.id, RecognitionDecision.number, Initiative.code)
        .join(Initiative, Initiative.id == RecognitionDecision.initiative_id)
        .where(
            RecognitionDecision.deleted_at.is_(None),
            issuer_of == issuer_id,
            RecognitionDecision.decided_on.between(date(year, 1, 1), date(year, 12, 31)),
        )
    )
    return [(row_id, number, code) for row_id, number, code in session.execute(query)]


# -- views ------------------------------------------------------------------------------------------------


def request_view(session: Session, r: RecognitionRequest) -> RequestView:
    addressee = session.scalar(sa.select(Employer.name).where(Employer.id == r.addressee_id)) or ""
    return RequestView(
        r.id, r.initiative_id, r.addressee_id, addressee, r.filed_on, r.receipt_no, r.receipt_on,
        r.promised_on, r.state, r.accepted_on, r.review_due_on, r.state_reason, r.version,
    )


def request_views(session: Session, initiative_id: str) -> tuple[RequestView, ...]:
    """The initiative's live requests, newest first."""
    rows = session.scalars(
        sa.select(RecognitionRequest)
        .where(RecognitionRequest.initiative_id == initiative_id, RecognitionRequest.deleted_at.is_(None))
        .order_by(RecognitionRequest.filed_on.desc(), RecognitionRequest.pk.desc())
    )
    return tuple(request_view(session, r) for r in rows)


def decision_views(
    session: Session, initiative_id: str, decision_id: str | None = None
) -> tuple[DecisionView, ...]:
    """The initiative's live decisions, newest first (only ``decision_id`` when given)."""
    query = (
        sa.select(RecognitionDecision, Employer.name, Attachment.file_name)
        .outerjoin(Employer, Employer.id == RecognitionDecision.issuer_id)
        .outerjoin(Attachment, Attachment.id == RecognitionDecision.scan_id)
        .where(RecognitionDecision.initiative_id == initiative_id, RecognitionDecision.deleted_at.is_(None))
        .order_by(RecognitionDecision.decided_on.desc(), RecognitionDecision.pk.desc())
    )
    if decision_id is not None:
        query = query.where(RecognitionDecision.id == decision_id)
    return tuple(
        DecisionView(
            d.id, d.initiative_id, d.number, d.decided_on, d.issuer_id, issuer, d.authority_line,
            d.signer_name, d.level, d.outcome, d.reason, d.certificate_no, d.scan_id, scan_name, d.version,
        )
        for d, issuer, scan_name in session.execute(query)
    )


def programme_of(session: Session, initiative: Initiative) -> Programme | None:
    """The initiative's programme, else the latest one (the store seeds "1 triệu sáng kiến")."""
    query = sa.select(Programme).where(Programme.deleted_at.is_(None))
    if initiative.programme_id is not None:
        query = query.where(Programme.id == initiative.programme_id)
    return session.scalars(query.order_by(Programme.window_to.desc(), Programme.pk.desc()).limit(1)).first()
