"""What the reward service returns (DOMAIN.md §4.11, §4.12): decisions and their lines as views,
list rows, totals per fund and per year, and a co-author's part of a split amount.

Views turn back into the inputs of ``domain.rewards`` (``as_input``) for editing and into plain
JSON (``to_json``) for the command line.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from .enums import (
    DecisionState,
    FundSource,
    IssuerKind,
    RecipientKind,
    RewardForm,
    RewardLevel,
    SigningAuthority,
)
from .rewards import RecipientInput, RewardDecisionInput

__all__ = [
    "DecisionSummary",
    "LinkedInitiative",
    "RecipientView",
    "RewardDecisionView",
    "RewardTotals",
    "SplitPart",
    "TotalLine",
]


@dataclass(frozen=True)
class LinkedInitiative:
    id: str
    code: str
    title: str


@dataclass(frozen=True)
class RecipientView:
    id: str
    form: RewardForm
    level: RewardLevel
    recipient_kind: RecipientKind
    person_id: str | None
    person_name: str | None
    collective_name: str | None
    position_line: str | None
    citation: str | None
    golden_book_no: str | None
    amount: int | None
    initiatives: tuple[LinkedInitiative, ...]
    nominate_upward: bool
    nominate_level: RewardLevel | None
    version: int

    @property
    def name(self) -> str:
        return self.person_name or self.collective_name or ""

    def as_input(self) -> RecipientInput:
        return RecipientInput(
            self.form, self.person_id, self.collective_name, self.level, self.position_line, self.citation,
            self.golden_book_no, self.amount, tuple(i.id for i in self.initiatives), self.nominate_upward,
            self.nominate_level, self.id,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "form": self.form.value,
            "level": self.level.value,
            "recipient_kind": self.recipient_kind.value,
            "person_id": self.person_id,
            "person_name": self.person_name,
            "collective_name": self.collective_name,
            "position_line": self.position_line,
            "citation": self.citation,
            "golden_book_no": self.golden_book_no,
            "amount": self.amount,
            "initiatives": [i.code for i in self.initiatives],
            "nominate_upward": self.nominate_upward,
            "nominate_level": self.nominate_level.value if self.nominate_level else None,
        }


@dataclass(frozen=True)
class RewardDecisionView:
    id: str
    number: str | None
    decided_on: date | None
    issuer_kind: IssuerKind
    subject: str | None
    legal_bases: tuple[str, ...]
    authority: SigningAuthority | None
    signer_id: str | None
    signer_name: str | None
    fund_source: FundSource | None
    distribution: tuple[str, ...]
    state: DecisionState
    recipients: tuple[RecipientView, ...]
    version: int

    @property
    def total_vnd(self) -> int:
        return sum(r.amount or 0 for r in self.recipients)

    @property
    def is_issued(self) -> bool:
        return self.state is DecisionState.DA_BAN_HANH

    def as_input(self) -> RewardDecisionInput:
        return RewardDecisionInput(
            self.number, self.decided_on, self.issuer_kind, self.subject, self.legal_bases, self.authority,
            self.signer_id, self.fund_source, self.distribution, tuple(r.as_input() for r in self.recipients),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "number": self.number,
            "decided_on": self.decided_on.isoformat() if self.decided_on else None,
            "issuer_kind": self.issuer_kind.value,
            "subject": self.subject,
            "legal_bases": list(self.legal_bases),
            "authority": self.authority.value if self.authority else None,
            "signer_id": self.signer_id,
            "fund_source": self.fund_source.value if self.fund_source else None,
            "distribution": list(self.distribution),
            "state": self.state.value,
            "total_vnd": self.total_vnd,
            "recipients": [r.to_json() for r in self.recipients],
            "version": self.version,
        }


@dataclass(frozen=True)
class DecisionSummary:
    """One row of the decisions list: the decision with its recipient count and total."""

    id: str
    number: str | None
    decided_on: date | None
    subject: str | None
    authority: SigningAuthority | None
    fund_source: FundSource | None
    state: DecisionState
    recipient_count: int
    total_vnd: int
    version: int

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "number": self.number,
            "decided_on": self.decided_on.isoformat() if self.decided_on else None,
            "subject": self.subject,
            "authority": self.authority.value if self.authority else None,
            "fund_source": self.fund_source.value if self.fund_source else None,
            "state": self.state.value,
            "recipient_count": self.recipient_count,
            "total_vnd": self.total_vnd,
            "version": self.version,
        }


@dataclass(frozen=True)
class TotalLine:
    """Money and counts for one fund source or one year (``key`` None: not given / no date)."""

    key: FundSource | int | None
    decision_count: int
    recipient_count: int
    total_vnd: int
    issued_vnd: int  # of it, in decisions already issued (DA_BAN_HANH)

    def to_json(self) -> dict[str, Any]:
        key = self.key.value if isinstance(self.key, FundSource) else self.key
        return {"key": key, "decisions": self.decision_count, "recipients": self.recipient_count,
                "total_vnd": self.total_vnd, "issued_vnd": self.issued_vnd}


@dataclass(frozen=True)
class RewardTotals:
    by_fund: tuple[TotalLine, ...]
    by_year: tuple[TotalLine, ...]
    total_vnd: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"total_vnd": self.total_vnd, "by_fund": [t.to_json() for t in self.by_fund],
                "by_year": [t.to_json() for t in self.by_year]}


@dataclass(frozen=True)
class SplitPart:
    """A co-author's part of a collective amount (``split_collective``)."""

    person_id: str
    full_name: str
    share_pct: Decimal
    amount: int
    initiative_id: str

    def as_recipient(self, form: RewardForm = RewardForm.GIAY_KHEN_CDCS,
                     citation: str | None = None) -> RecipientInput:
        return RecipientInput(form=form, person_id=self.person_id, citation=citation, amount=self.amount,
                              initiatives=(self.initiative_id,))
