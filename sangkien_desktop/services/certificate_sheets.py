"""What each certificate prints: the fields of template A (an initiative's author) and B (a reward
decision's recipient), from the services' plain views, and the register's serial, check code and
signed QR added once issued (DOCUMENTS.md §5, §6, §10)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sangkien_desktop.domain.certificates import CertificateSubject, IssuedCertificate, PrintOptions
from sangkien_desktop.domain.enums import (
    DocumentTemplate,
    RecipientKind,
    SigningAuthority,
)
from sangkien_desktop.domain.model import AuthorView, InitiativeView, OfficeView
from sangkien_desktop.domain.reward_views import RecipientView, RewardDecisionView
from sangkien_desktop.domain.text import format_date, format_date_long, format_percent
from sangkien_desktop.pdf.certificate import CertificateData
from sangkien_desktop.pdf.qr import QrBlock
from sangkien_desktop.pdf.template_c import signing_lines

REWARD_RECORD = "reward"
AUTHOR_RECORD = "authorship"
PLAIN_PAPER = PrintOptions()  # on plain paper, no offsets
SERIAL_SAMPLE_CODE = "XXXXX-XXXXX"  # as wide as a real check code, for the fit check before issuing


@dataclass(frozen=True)
class Sheet:
    """One page to print: what the register signs and what the template draws (without serial yet)."""

    subject: CertificateSubject
    data: CertificateData


def _issuer(office: OfficeView) -> tuple[str, str]:
    parent = office.parent_union_name
    return f"Ban Chấp hành {office.full_name}", f"(trực thuộc {parent})" if parent else ""


def _reward_citation(line: RecipientView) -> str:
    if line.citation:
        return line.citation
    titles = "; ".join(f"“{linked.title}”" for linked in line.initiatives)
    return f"Tác giả sáng kiến {titles}" if titles else ""


def reward_sheet(office: OfficeView, decision: RewardDecisionView, line: RecipientView) -> Sheet:
    """Template B for one line of an issued reward decision."""
    issuer, subline = _issuer(office)
    decided = decision.decided_on
    decision_text = f"Quyết định số {decision.number or ''}" + (f" ngày {format_date(decided, 'd/m/yyyy')}"
                                                                 if decided else "")
    data = CertificateData(
        recipient_name=line.name,
        honorific="Ông/Bà" if line.recipient_kind is RecipientKind.CA_NHAN else "",
        issuer_name=issuer, issuer_subline=subline,
        position_unit=line.position_line or "",
        citation=_reward_citation(line),
        decision_text=decision_text,
        register_number=line.golden_book_no or "",
        place_date=format_date_long(decided, office.place_name) if decided else "",
        authority_lines=signing_lines(decision.authority is SigningAuthority.KT_CHU_TICH),
        signer_name=decision.signer_name or office.chair_name or "",
    )
    title = "; ".join(linked.title for linked in line.initiatives) or (line.citation or "")
    subject = CertificateSubject(DocumentTemplate.B, REWARD_RECORD, line.id, line.name, title,
                                 decision.number, decided)
    return Sheet(subject, data)


def _short_date(day: date | None) -> str:
    return format_date(day, "d/m/yyyy") if day else ""


def _share_text(author: AuthorView) -> str:
    share = author.share_pct
    if not share:
        return author.full_name
    return f"{author.full_name} ({format_percent(share, 0 if share == share.to_integral() else 2)})"


def author_sheet(office: OfficeView, initiative: InitiativeView, author: AuthorView) -> Sheet:
    """Template A for one author of a recognised initiative."""
    decided = initiative.decided_on
    number = initiative.decision_number or ""
    decision_text = (f"Được công nhận là sáng kiến theo Quyết định số {number}"
                     + (f" ngày {format_date(decided, 'd/m/yyyy')}" if decided else "") + ".")
    others = tuple(_share_text(a) for a in initiative.authors if a.person_id != author.person_id)
    data = CertificateData(
        recipient_name=author.full_name,
        issuer_name=office.employer_name,
        place_date=format_date_long(decided, office.place_name) if decided else "",
        issuer_clause=(office.employer_head_title or "Giám đốc") + " " + office.employer_name,
        initiative_title=initiative.title,
        field_text=initiative.field_code.label,
        first_applied=_short_date(initiative.first_applied_on),
        co_authors=others,
        decision_text=decision_text,
        authority_lines=(),
        signer_name=office.employer_head_name or "",
    )
    subject = CertificateSubject(DocumentTemplate.A, AUTHOR_RECORD, f"{initiative.id}:{author.person_id}",
                                 author.full_name, initiative.title, number or None, decided)
    return Sheet(subject, data)


def with_certificate(data: CertificateData, issued: IssuedCertificate, *, qr: bool = True) -> CertificateData:
    """The sheet with its serial, check code and (unless on a blank) the signed QR."""
    # The template prints serial and check code itself (under the code), so the block has no caption.
    block = QrBlock(issued.payload) if qr else None
    return replace(data, serial=issued.serial, verification_code=issued.verification_code, qr=block)
