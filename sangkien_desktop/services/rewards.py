"""Union reward decisions (DOMAIN.md §4.11, §4.12): record, edit, sign off, split, total.

A decision and all its recipients are written in one unit of work: any bad recipient, unknown
person or initiative, or a duplicate number refuses the whole decision and nothing is written.
An issued decision (``DA_BAN_HANH``) is frozen; corrections need a new decision.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date, datetime
from decimal import Decimal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from sangkien_desktop.domain.enums import DecisionState, FundSource
from sangkien_desktop.domain.errors import (
    ConflictError,
    FieldProblem,
    NotFoundError,
    ValidationError,
    WorkflowError,
)
from sangkien_desktop.domain.model import AuthorView
from sangkien_desktop.domain.officers import Permission
from sangkien_desktop.domain.reward_views import (
    DecisionSummary,
    LinkedInitiative,
    RecipientView,
    RewardDecisionView,
    RewardTotals,
    SplitPart,
    TotalLine,
)
from sangkien_desktop.domain.rewards import (
    DECISION_LABELS,
    REWARDABLE_STATES,
    RecipientInput,
    RewardDecisionInput,
    parse_amount,
    recipient_problem,
    share_sum_reason,
)
from sangkien_desktop.domain.rules import split_amount
from sangkien_desktop.domain.text import decision_number_key, format_date
from sangkien_desktop.persistence.models import Initiative, Person, Reward, RewardDecision
from sangkien_desktop.persistence.repositories import InitiativeRepository
from sangkien_desktop.persistence.unit_of_work import UnitOfWorkFactory

from . import settings
from .permissions import ensure_allowed

__all__ = ["RewardService"]

_TOTAL_LABEL = "Tổng số tiền cần chia"
_SHARES_LABEL = "Tỷ lệ đóng góp"


class RewardService:
    def __init__(self, uow: UnitOfWorkFactory, today: Callable[[], date] = date.today) -> None:
        self._uow = uow
        self._today = today

    # -- writing ------------------------------------------------------------------------------------

    def create(self, data: RewardDecisionInput, officer_id: str | None = None) -> RewardDecisionView:
        """A new draft decision with its recipients, in one transaction."""
        checked = data.checked()
        with self._uow(officer_id) as uow:
            session = uow.session
            links = _check_references(session, checked, None)
            decision = RewardDecision(state=DecisionState.DU_THAO)
            _apply_decision(decision, checked)
            session.add(decision)
            session.flush()
            _write_recipients(session, decision, checked.recipients, links, uow.now)
            session.flush()
            view = _view(session, decision)
            uow.commit()
        return view

    def update(self, decision_id: str, data: RewardDecisionInput, expected_version: int,
               officer_id: str | None = None) -> RewardDecisionView:
        """Replace a draft decision's fields and recipients (lines left out are tombstoned).

        ``ConflictError`` when it changed since ``expected_version`` was read; ``WorkflowError`` once issued.
        """
        checked = data.checked()
        with self._uow(officer_id) as uow:
            session = uow.session
            decision = _living(session, decision_id)
            _ensure_editable(decision, expected_version)
            links = _check_references(session, checked, decision)
            _apply_decision(decision, checked)
            _write_recipients(session, decision, checked.recipients, links, uow.now)
            # The decision's version guards its lines too: a save moves it even if only lines changed.
            decision.updated_at = uow.now()
            session.flush()
            view = _view(session, decision)
            uow.commit()
        return view

    def sign_off(self, decision_id: str, expected_version: int,
                 officer_id: str | None = None) -> RewardDecisionView:
        """Issue the decision (DU_THAO → DA_BAN_HANH); only an officer with the sign-off permission may."""
        with self._uow(officer_id) as uow:
            session = uow.session
            ensure_allowed(session, uow.officer_id, Permission.SIGN_OFF)
            decision = _living(session, decision_id)
            _ensure_editable(decision, expected_version)
            problems = _sign_off_problems(session, decision)
            if problems:
                raise ValidationError(problems)
            decision.state = DecisionState.DA_BAN_HANH
            session.flush()
            view = _view(session, decision)
            uow.commit()
        return view

    # -- reading ------------------------------------------------------------------------------------

    def get(self, decision_id: str) -> RewardDecisionView:
        with self._uow.read() as session:
            return _view(session, _living(session, decision_id))

    def list(self, year: int | None = None) -> tuple[DecisionSummary, ...]:
        """Living decisions (of ``year`` by their date, when given), newest first, with their totals."""
        with self._uow.read() as session:
            return _summaries(session, year)

    def totals(self, year: int | None = None) -> RewardTotals:
        """Money and counts per fund source and per year (of ``year`` only, when given)."""
        summaries = self.list(year)
        by_fund = _grouped(summaries, lambda s: s.fund_source)
        funds = [f for f in FundSource if f in by_fund] + ([None] if None in by_fund else [])
        by_year = _grouped(summaries, lambda s: s.decided_on.year if s.decided_on else None)
        years = sorted((y for y in by_year if y is not None), reverse=True)
        return RewardTotals(
            by_fund=tuple(by_fund[f] for f in funds),
            by_year=tuple(by_year[y] for y in [*years, *([None] if None in by_year else [])]),
            total_vnd=sum(s.total_vnd for s in summaries),
        )

    def split_collective(self, initiative_id: str, total: int | str) -> tuple[SplitPart, ...]:
        """One part per author of the initiative, by contribution share; the parts add up to ``total``.

        Refused (``ValidationError``) when the total is not whole đồng in 0..10^12, an author has no
        share, or the shares do not add up to the configured sum (100 %), the message showing the sum.
        """
        try:
            amount = parse_amount(total)
        except ValueError as exc:
            raise ValidationError([FieldProblem("total", _TOTAL_LABEL, str(exc))]) from None
        with self._uow.read() as session:
            repo = InitiativeRepository(session)
            initiative = repo.get(initiative_id.strip())
            if initiative is None:
                raise NotFoundError(f"Không tìm thấy sáng kiến có mã hoặc định danh “{initiative_id}”.")
            authors = repo.views([initiative.pk])[0].authors
            share_sum = settings.legal(settings.read_all(session)).share_sum
        shares = _split_shares(authors, share_sum)
        parts = split_amount(amount, shares)
        return tuple(SplitPart(a.person_id, a.full_name, share, part, initiative.id)
                     for a, share, part in zip(authors, shares, parts, strict=True))


# -- checks ------------------------------------------------------------------------------------------


def _split_shares(authors: tuple[AuthorView, ...], share_sum: Decimal) -> list[Decimal]:
    if not authors:
        raise ValidationError([FieldProblem("shares", _SHARES_LABEL, "sáng kiến chưa có tác giả nào")])
    shares = [a.share_pct for a in authors if a.share_pct is not None]
    if len(shares) < len(authors):
        missing = ", ".join(a.full_name for a in authors if a.share_pct is None)
        reason = f"chưa có tỷ lệ đóng góp của {missing}, nên chưa chia được tiền"
        raise ValidationError([FieldProblem("shares", _SHARES_LABEL, reason)])
    total = sum(shares, Decimal(0))
    if total != share_sum:
        raise ValidationError([FieldProblem("shares", _SHARES_LABEL, share_sum_reason(total, share_sum))])
    return shares


def _living(session: Session, decision_id: str) -> RewardDecision:
    found = session.scalars(sa.select(RewardDecision).where(
        RewardDecision.id == decision_id.strip(), RewardDecision.deleted_at.is_(None))).first()
    if found is None:
        raise NotFoundError(f"Không tìm thấy quyết định khen thưởng có định danh “{decision_id}” "
                            "(có thể đã bị xoá).")
    return found


def _ensure_editable(decision: RewardDecision, expected_version: int) -> None:
    if decision.version != expected_version:
        raise ConflictError("Quyết định khen thưởng này vừa được sửa ở nơi khác. "
                            "Hãy mở lại để xem bản mới nhất rồi sửa tiếp.")
    if decision.state is DecisionState.DA_BAN_HANH:
        raise WorkflowError(f"Quyết định {decision.number or ''} đã ban hành nên không sửa được nữa; "
                            "muốn điều chỉnh hãy ra một quyết định mới.".replace("  ", " "))


def _check_references(session: Session, data: RewardDecisionInput,
                      decision: RewardDecision | None) -> dict[str, str]:
    """Every problem with what the input points at; returns initiative key → id for the links."""
    problems = _duplicate_number(session, data, decision)
    problems += _unknown_people(session, data)
    links, link_problems = _initiative_links(session, data)
    problems += link_problems
    if decision is not None:
        known = {r.id for r in _live_rewards(session, decision.id)}
        for index, recipient in enumerate(data.recipients):
            if recipient.id is not None and recipient.id not in known:
                problems.append(recipient_problem(index, "id", "dòng này không thuộc quyết định đang sửa"))
    if problems:
        raise ValidationError(problems)
    return links


def _duplicate_number(session: Session, data: RewardDecisionInput,
                      decision: RewardDecision | None) -> list[FieldProblem]:
    """The same number, issuer and year as another living decision (the number is kept as typed)."""
    if data.number is None or data.decided_on is None:
        return []
    year = data.decided_on.year
    query = sa.select(RewardDecision.number, RewardDecision.decided_on).where(
        RewardDecision.deleted_at.is_(None),
        RewardDecision.issuer_kind == data.issuer_kind,
        RewardDecision.number.is_not(None),
        RewardDecision.decided_on.between(date(year, 1, 1), date(year, 12, 31)),
    )
    if decision is not None:
        query = query.where(RewardDecision.id != decision.id)
    key = decision_number_key(data.number)
    for number, decided_on in session.execute(query):
        if number is not None and decided_on is not None and decision_number_key(number) == key:
            reason = (f"“{data.number}” đã là số của quyết định ngày {format_date(decided_on)} "
                      f"của cùng cơ quan ban hành trong năm {year}")
            return [FieldProblem("number", DECISION_LABELS["number"], reason)]
    return []


def _unknown_people(session: Session, data: RewardDecisionInput) -> list[FieldProblem]:
    wanted = {r.person_id for r in data.recipients if r.person_id} | ({data.signer_id} - {None})
    query = sa.select(Person.id).where(Person.id.in_(wanted), Person.deleted_at.is_(None))
    living = set(session.scalars(query))
    problems = [recipient_problem(i, "person_id", f"không tìm thấy người có mã “{r.person_id}”")
                for i, r in enumerate(data.recipients) if r.person_id and r.person_id not in living]
    if data.signer_id and data.signer_id not in living:
        problems.append(FieldProblem("signer_id", DECISION_LABELS["signer_id"],
                                     f"không tìm thấy người có mã “{data.signer_id}”"))
    return problems


def _initiative_links(session: Session,
                      data: RewardDecisionInput) -> tuple[dict[str, str], list[FieldProblem]]:
    repo = InitiativeRepository(session)
    links: dict[str, str] = {}
    problems = []
    for index, recipient in enumerate(data.recipients):
        for key in recipient.initiatives:
            found = repo.get(key)
            if found is None:
                problems.append(recipient_problem(index, "initiatives", f"không tìm thấy sáng kiến “{key}”"))
            elif found.status not in REWARDABLE_STATES:
                reason = (f"sáng kiến {found.code} đang ở trạng thái “{found.status.label}”: chỉ khen thưởng "
                          "sáng kiến đã được công nhận")
                problems.append(recipient_problem(index, "initiatives", reason))
            else:
                links[key] = found.id
    return links, problems


def _sign_off_problems(session: Session, decision: RewardDecision) -> list[FieldProblem]:
    """What the printed decision needs (DOMAIN.md §4.11, P(C)) before it may be issued."""
    needed = ("number", "decided_on", "authority", "fund_source")
    problems = [FieldProblem(name, DECISION_LABELS[name], "cần có trước khi ký ban hành")
                for name in needed if getattr(decision, name) is None]
    if not _live_rewards(session, decision.id):
        problems.append(FieldProblem("recipients", DECISION_LABELS["recipients"],
                                     "quyết định chưa có ai được khen thưởng"))
    return problems


# -- writing rows ------------------------------------------------------------------------------------


def _apply_decision(decision: RewardDecision, data: RewardDecisionInput) -> None:
    decision.number, decision.decided_on = data.number, data.decided_on
    decision.issuer_kind = data.issuer_kind
    decision.subject, decision.authority, decision.signer_id = data.subject, data.authority, data.signer_id
    decision.fund_source = data.fund_source
    decision.legal_bases = _json_lines(data.legal_bases)
    decision.distribution = _json_lines(data.distribution)


def _json_lines(lines: tuple[str, ...]) -> str | None:
    return json.dumps(list(lines), ensure_ascii=False) if lines else None


def _write_recipients(session: Session, decision: RewardDecision, recipients: tuple[RecipientInput, ...],
                      links: dict[str, str], now: Callable[[], datetime]) -> None:
    existing = {r.id: r for r in _live_rewards(session, decision.id)}
    kept: set[str] = set()
    for recipient in recipients:
        row = existing.get(recipient.id or "")
        if row is None:
            row = Reward(decision_id=decision.id)
            session.add(row)
        else:
            kept.add(row.id)
        _apply_recipient(row, recipient, links)
    for reward_id, row in existing.items():
        if reward_id not in kept:
            row.deleted_at = now()


def _apply_recipient(row: Reward, data: RecipientInput, links: dict[str, str]) -> None:
    assert data.level is not None  # RecipientInput.cleaned() fills it
    row.form, row.level, row.recipient_kind = data.form, data.level, data.recipient_kind
    row.person_id, row.collective_name = data.person_id, data.collective_name
    row.position_line, row.citation = data.position_line, data.citation
    row.golden_book_no = data.golden_book_no
    row.amount = data.amount
    ids = list(dict.fromkeys(links[key] for key in data.initiatives))
    row.initiative_ids = json.dumps(ids) if ids else None
    row.nominate_upward, row.nominate_level = data.nominate_upward, data.nominate_level


# -- views ---------------------------------------------------------------------------------------------


def _live_rewards(session: Session, decision_id: str) -> list[Reward]:
    return list(session.scalars(sa.select(Reward).where(
        Reward.decision_id == decision_id, Reward.deleted_at.is_(None)).order_by(Reward.pk)))


def _lines(stored: str | None) -> tuple[str, ...]:
    return tuple(json.loads(stored)) if stored else ()


def _view(session: Session, decision: RewardDecision) -> RewardDecisionView:
    rewards = _live_rewards(session, decision.id)
    person_ids = {r.person_id for r in rewards if r.person_id} | ({decision.signer_id} - {None})
    names_query = sa.select(Person.id, Person.full_name).where(Person.id.in_(person_ids))
    names = {person_id: name for person_id, name in session.execute(names_query)}
    initiative_ids = {i for r in rewards for i in _lines(r.initiative_ids)}
    initiatives = {row.id: LinkedInitiative(row.id, row.code, row.title) for row in session.execute(
        sa.select(Initiative.id, Initiative.code, Initiative.title).where(Initiative.id.in_(initiative_ids)))}
    recipients = tuple(
        RecipientView(
            r.id, r.form, r.level, r.recipient_kind, r.person_id, names.get(r.person_id or ""),
            r.collective_name, r.position_line, r.citation, r.golden_book_no, r.amount,
            tuple(initiatives[i] for i in _lines(r.initiative_ids) if i in initiatives),
            r.nominate_upward, r.nominate_level, r.version,
        )
        for r in rewards
    )
    return RewardDecisionView(
        decision.id, decision.number, decision.decided_on, decision.issuer_kind, decision.subject,
        _lines(decision.legal_bases), decision.authority, decision.signer_id,
        names.get(decision.signer_id or ""), decision.fund_source, _lines(decision.distribution),
        decision.state, recipients, decision.version,
    )


def _summaries(session: Session, year: int | None) -> tuple[DecisionSummary, ...]:
    live_rewards = (sa.select(Reward.decision_id, sa.func.count().label("n"),
                              sa.func.coalesce(sa.func.sum(Reward.amount), 0).label("total"))
                    .where(Reward.deleted_at.is_(None)).group_by(Reward.decision_id).subquery())
    d = RewardDecision
    query = (sa.select(d.id, d.number, d.decided_on, d.subject, d.authority, d.fund_source, d.state,
                       sa.func.coalesce(live_rewards.c.n, 0), sa.func.coalesce(live_rewards.c.total, 0),
                       d.version)
             .outerjoin(live_rewards, live_rewards.c.decision_id == d.id)
             .where(d.deleted_at.is_(None))
             .order_by(d.decided_on.is_(None).desc(), d.decided_on.desc(), d.pk.desc()))
    if year is not None:
        query = query.where(d.decided_on.between(date(year, 1, 1), date(year, 12, 31)))
    return tuple(DecisionSummary(*row) for row in session.execute(query))


TotalKey = FundSource | int | None


def _grouped(summaries: Iterable[DecisionSummary],
             key: Callable[[DecisionSummary], TotalKey]) -> dict[TotalKey, TotalLine]:
    groups: dict[TotalKey, list[DecisionSummary]] = defaultdict(list)
    for summary in summaries:
        groups[key(summary)].append(summary)
    return {
        k: TotalLine(k, len(items), sum(s.recipient_count for s in items), sum(s.total_vnd for s in items),
                     sum(s.total_vnd for s in items if s.state is DecisionState.DA_BAN_HANH))
        for k, items in groups.items()
    }
