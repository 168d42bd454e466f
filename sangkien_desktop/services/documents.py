"""Builders from the services' plain views to the data of templates C, D and E (DOCUMENTS.md §1 step 1).

Every value leaves here formatted as printed: dates in words, labels, money figures. The builders
read through the existing services only (no session of their own) and never touch Qt.

The services do not expose yet some fields the forms print (the Đơn's field text and trial
participants; the confirmation's own record): those sections stay blank until the services return
them. The confirmation prints the latest one recorded through
``ConfirmationService``, or the ``ConfirmationFacts`` given (a sheet printed before it is recorded).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TypedDict

from sangkien_desktop.domain.confirmations import ConfirmationView
from sangkien_desktop.domain.detail import AuthorDetail, InitiativeDetail
from sangkien_desktop.domain.enums import IssuerKind, RecipientKind, RewardForm, SigningAuthority
from sangkien_desktop.domain.errors import NotFoundError
from sangkien_desktop.domain.model import InitiativeDraft, OfficeView
from sangkien_desktop.domain.reward_views import RecipientView, RewardDecisionView
from sangkien_desktop.domain.text import format_date, format_date_long, format_number, full_name_sort_key
from sangkien_desktop.pdf.blocks import IssuerHeader
from sangkien_desktop.pdf.template_c import AnnexRow, DecisionDocument, signing_lines
from sangkien_desktop.pdf.template_d import AuthorRow, RequestDocument
from sangkien_desktop.pdf.template_e import ConfirmationDocument

from .confirmations import ConfirmationService
from .initiatives import InitiativeService
from .office import OfficeService
from .recognition import RecognitionService
from .rewards import RewardService

__all__ = [
    "ConfirmationFacts",
    "RequestSections",
    "confirmation_document",
    "confirmation_facts",
    "decision_document",
    "request_document",
    "request_sections",
]

DEFAULT_DISTRIBUTION = ("Như Điều 3", "Công đoàn cấp trên (để báo cáo)", "Lưu: VT")
_FORM_ORDER = {form: n for n, form in enumerate(RewardForm)}


def _place_date(office: OfficeView, day: date | None) -> str:
    return format_date_long(day, office.place_name) if day else ""


# -- C ---------------------------------------------------------------------------------------------


def _annex_row(recipient: RecipientView) -> AnnexRow:
    return AnnexRow(
        name=recipient.name, position=recipient.position_line or "",
        initiative="; ".join(i.title for i in recipient.initiatives), form=recipient.form.label,
        amount=recipient.amount, collective=recipient.recipient_kind is RecipientKind.TAP_THE,
    )


def _annex_order(recipient: RecipientView) -> tuple[int, str]:
    """Within each reward form, by the Vietnamese name key (DOMAIN.md §10.3)."""
    return (_FORM_ORDER[recipient.form], full_name_sort_key(recipient.name))


def _authority(view: RewardDecisionView, office: OfficeView) -> str:
    if view.issuer_kind is IssuerKind.NSDLD:
        return f"{office.employer_head_title or 'Giám đốc'} {office.employer_name}"
    return f"Ban Chấp hành {office.full_name}"


def decision_document(rewards: RewardService, office_service: OfficeService,
                      decision_id: str) -> DecisionDocument:
    """Template C data for one reward decision; drafts print with the "DỰ THẢO" watermark."""
    view = rewards.get(decision_id)
    office = office_service.get_office()
    by_vice_chair = view.authority is SigningAuthority.KT_CHU_TICH
    signer = view.signer_name or (office.vice_chair_name if by_vice_chair else office.chair_name) or ""
    reference = ""
    if view.number and view.decided_on:
        reference = (f"(Kèm theo Quyết định số {view.number} ngày {format_date(view.decided_on, 'd/m/yyyy')} "
                     f"của {_authority(view, office)})")
    return DecisionDocument(
        header=IssuerHeader(office.full_name, office.parent_union_name, view.number,
                            _place_date(office, view.decided_on)),
        subject=view.subject or "Về việc khen thưởng",
        authority=_authority(view, office),
        legal_bases=view.legal_bases,
        rows=tuple(_annex_row(r) for r in sorted(view.recipients, key=_annex_order)),
        signing=signing_lines(by_vice_chair),
        signer_name=signer,
        distribution=view.distribution or DEFAULT_DISTRIBUTION,
        fund=view.fund_source.label if view.fund_source else "",
        annex_reference=reference,
        draft=not view.is_issued,
    )


# -- D ---------------------------------------------------------------------------------------------


def _author_row(author: AuthorDetail) -> AuthorRow:
    born = format_date(author.birth_date) if author.birth_date else ""
    return AuthorRow(author.full_name, born, author.department or "", share_pct=author.share_pct)


def _money_per_year(value: int | None) -> str:
    return f"{format_number(value)} đồng/năm" if value else ""


class RequestSections(TypedDict):
    """The Đơn's text sections, named as the ``RequestDocument`` fields they fill."""

    investor: str
    problem: str
    prior_state: str
    content: str
    applicability: str
    confidential_info: str
    conditions: str


def request_sections(draft: InitiativeDraft, employer_name: str) -> RequestSections:
    """The Đơn's sections typed on the record (TT 18/2013, Phụ lục I), keyed as ``RequestDocument``.
    Without a named investor the employer is the one who paid for making the initiative."""
    return RequestSections(
        investor=draft.investor_name or employer_name,
        problem=draft.problem or "",
        prior_state=draft.prior_state or "",
        content=draft.content or draft.summary or "",
        applicability=draft.applicability or "",
        confidential_info=draft.confidential_info or "",
        conditions=draft.conditions or "",
    )


def request_document(initiatives: InitiativeService, recognition: RecognitionService,
                     office_service: OfficeService, key: str,
                     filed_on: date | None = None) -> RequestDocument:
    """Template D data: the latest request's addressee and date (else the employer and ``filed_on``)."""
    detail = initiatives.detail(key)
    office = office_service.get_office()
    requests = recognition.requests_for(detail.id)
    addressee = requests[0].addressee_name if requests else office.employer_name
    day = requests[0].filed_on if requests else filed_on or date.today()
    draft = detail.draft
    return RequestDocument(
        addressee=addressee,
        authors=tuple(_author_row(a) for a in sorted(detail.authors, key=lambda a: a.position)),
        title=draft.title,
        place_date=_place_date(office, day),
        field_text=draft.field_code.label,
        first_applied_on=format_date(draft.first_applied_on) if draft.first_applied_on else "",
        has_attachments=bool(detail.attachments),
        benefit_value=_money_per_year(draft.benefit_value),
        **request_sections(draft, office.employer_name),
    )


# -- E ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ConfirmationFacts:
    """What the confirmation record holds (DOMAIN.md ``ApplicationConfirmation``), typed by the officer."""

    confirmed_on: date
    number: str | None = None
    applied_at: str = ""
    applied_since: date | None = None
    still_applied: bool | None = True
    scope_text: str = ""
    benefit_value: int | None = None  # None: the initiative's own figure
    benefit_basis: str = ""
    qualitative_benefit: str = ""
    union_rep: str | None = None  # None: the union's chair
    employer_rep: str | None = None  # None: the employer's head
    is_estimate: bool | None = None  # None: as the initiative says
    not_quantifiable: bool | None = None  # None: as the initiative says


def confirmation_facts(view: ConfirmationView) -> ConfirmationFacts:
    """What template E prints of a stored confirmation."""
    return ConfirmationFacts(
        confirmed_on=view.confirmed_on, number=view.number, applied_at=view.applied_at or "",
        applied_since=view.applied_since, still_applied=view.still_applied, scope_text=view.scope_text or "",
        benefit_value=view.benefit_value, benefit_basis=view.benefit_basis or "",
        qualitative_benefit=view.qualitative_benefit or "", union_rep=view.union_rep_name,
        employer_rep=view.employer_rep_name, is_estimate=view.is_estimate,
        not_quantifiable=view.not_quantifiable,
    )


def _recorded_facts(confirmations: ConfirmationService | None, key: str) -> ConfirmationFacts:
    if confirmations is None:
        raise TypeError("confirmation_document needs the facts or the confirmation service")
    view = confirmations.latest(key)
    if view is None:
        raise NotFoundError(f"Sáng kiến “{key}” chưa có phiếu xác nhận áp dụng và hiệu quả nào được ghi.")
    return confirmation_facts(view)


def _share_text(author: AuthorDetail) -> str:
    if author.share_pct is None:
        return author.full_name
    share: Decimal = author.share_pct
    shown = format_number(share, 0 if share == share.to_integral_value() else 2)
    return f"{author.full_name} ({shown}%)"


def confirmation_document(initiatives: InitiativeService, recognition: RecognitionService,
                          office_service: OfficeService, key: str,
                          facts: ConfirmationFacts | None = None, *,
                          confirmations: ConfirmationService | None = None) -> ConfirmationDocument:
    """Template E data: the initiative and office from the services, the confirmation from ``facts``
    or, when none are given, the latest one recorded (``NotFoundError`` when there is none)."""
    if facts is None:
        facts = _recorded_facts(confirmations, key)
    detail: InitiativeDetail = initiatives.detail(key)
    office = office_service.get_office()
    overview = recognition.overview(detail.id)
    draft = detail.draft
    authors = sorted(detail.authors, key=lambda a: a.position)
    first_applied = overview.first_applied_on or draft.first_applied_on
    return ConfirmationDocument(
        header=IssuerHeader(office.employer_name, None, facts.number,
                            _place_date(office, facts.confirmed_on)),
        title=draft.title,
        code=detail.code,
        kind=draft.kind.label,
        authors=", ".join(_share_text(a) for a in authors),
        author_count=len(authors),
        first_applied_on=format_date(first_applied) if first_applied else "",
        applied_at=facts.applied_at or draft.department or "",
        applied_since=format_date(facts.applied_since) if facts.applied_since else "",
        still_applied=facts.still_applied,
        scope_text=facts.scope_text,
        benefit_value=facts.benefit_value if facts.benefit_value is not None else draft.benefit_value,
        is_estimate=draft.benefit_is_estimate if facts.is_estimate is None else facts.is_estimate,
        not_quantifiable=(draft.benefit_not_quantifiable if facts.not_quantifiable is None
                          else facts.not_quantifiable),
        benefit_basis=facts.benefit_basis,
        qualitative_benefit=facts.qualitative_benefit,
        employer_rep=facts.employer_rep or office.employer_head_name or "",
        union_rep=facts.union_rep or office.chair_name or "",
        lead_author=authors[0].full_name if authors else "",
    )
