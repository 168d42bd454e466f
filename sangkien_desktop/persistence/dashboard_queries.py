"""SQL aggregates behind the dashboard and the reports to the upper union (DOMAIN.md §9).

Every figure is one aggregate statement over the counted initiatives (``Scope``): grouped counts come
back as a few thousand rows at most, never one row per initiative. The statements are built once per
scope, so ``statements`` can hand the very same SQL to the benchmark that compares the service with
the bare aggregates.

Planner note: ``deleted_at IS NULL`` is written ``+deleted_at`` (``todo_queries.no_index``). Without
ANALYZE statistics SQLite otherwise walks the partial index of live initiatives and probes every live
row of the store for the date range: 0.4 s instead of 0.07 s for one year of a million-row store.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeAlias

import sqlalchemy as sa
from sqlalchemy.orm import Session

from sangkien_desktop.domain.dashboard import CountBasis, PhaseInfo, ProgrammeInfo, ReportPeriod
from sangkien_desktop.domain.enums import (
    DecisionState,
    PeriodKind,
    RecognitionOutcome,
    UploadResult,
    WorkerKind,
)

from .models import (
    Authorship,
    Initiative,
    Person,
    Programme,
    ProgrammePhase,
    RecognitionDecision,
    Reward,
    RewardDecision,
    Target,
    UploadItem,
)
from .todo_queries import no_index

__all__ = [
    "AnySelect",
    "AuthorRow",
    "GroupRow",
    "Scope",
    "Statements",
    "counted",
    "level_counts",
    "programmes",
    "statements",
    "targets",
    "upload_counts",
    "upload_select",
]

_MONTH = sa.func.substr(Initiative.first_applied_on, 1, 7)  # "2026-03"
AnySelect: TypeAlias = sa.Select[*tuple[Any, ...]]  # a SELECT of any columns


@dataclass(frozen=True)
class Scope:
    """The counted initiatives, as conditions on ``initiative``; ``period`` also bounds the rewards."""

    where: tuple[sa.ColumnElement[bool], ...]
    period: ReportPeriod | None


def counted(basis: CountBasis, period: ReportPeriod | None, programme_id: str | None) -> Scope:
    """Live initiatives (of one programme, if given) placed in ``period`` by ``basis``; all of them
    when ``period`` is None (for the upload and decision bases: those ever uploaded or recognised)."""
    where: list[sa.ColumnElement[bool]] = [no_index(Initiative.deleted_at).is_(None)]
    if programme_id is not None:
        # Over a period the date (or the upload) selects; over all time the programme's own index does.
        column = Initiative.programme_id if period is None and basis == CountBasis.APPLIED else no_index(
            Initiative.programme_id)
        where.append(column == programme_id)
    if basis == CountBasis.APPLIED:
        if period is not None:
            where.append(Initiative.first_applied_on.between(period.starts_on, period.ends_on))
    elif basis == CountBasis.UPLOAD:
        where.append(Initiative.id.in_(_uploaded(period)))
    else:
        where.append(Initiative.id.in_(_recognised(period)))
    return Scope(tuple(where), period)


def _uploaded(period: ReportPeriod | None) -> AnySelect:
    query = sa.select(UploadItem.initiative_id).where(UploadItem.deleted_at.is_(None),
                                                       UploadItem.server_received_at.is_not(None))
    if period is not None:
        start, end = period.utc_bounds()
        query = query.where(UploadItem.server_received_at >= start, UploadItem.server_received_at < end)
    return query


def _recognised(period: ReportPeriod | None) -> AnySelect:
    query = sa.select(RecognitionDecision.initiative_id).where(
        RecognitionDecision.deleted_at.is_(None), RecognitionDecision.outcome == RecognitionOutcome.CONG_NHAN)
    if period is not None:
        query = query.where(RecognitionDecision.decided_on.between(period.starts_on, period.ends_on))
    return query


# -- the dashboard's statements ------------------------------------------------------------------------


@dataclass(frozen=True)
class GroupRow:
    """The initiatives having one value of one breakdown (``dimension`` "status", "kind", "field_code" or
    "department"; "total" for all of them), with their benefit figures."""

    dimension: str
    value: str | None
    count: int
    benefit_vnd: int
    estimated_vnd: int
    estimated: int
    not_quantifiable: int


@dataclass(frozen=True)
class AuthorRow:
    """Distinct persons with one combination of sex, membership and worker kind, and their authorships."""

    sex: str
    is_member: bool
    direct_worker: bool
    persons: int
    authorships: int


@dataclass(frozen=True)
class Statements:
    """The aggregate statements of one scope (the same objects the benchmark runs bare)."""

    groups: AnySelect
    months: AnySelect
    month_authorships: AnySelect
    authors: AnySelect
    rewards: AnySelect

    def all(self) -> tuple[AnySelect, ...]:
        return self.groups, self.months, self.month_authorships, self.authors, self.rewards


def statements(scope: Scope) -> Statements:
    return Statements(_groups(scope), _months(scope), _month_authorships(scope), _authors(scope),
                      _rewards(scope.period))


BREAKDOWNS = ("status", "kind", "field_code", "department")
TOTAL = "total"


def _groups(scope: Scope) -> AnySelect:
    """Four breakdowns and the totals from one pass over the counted initiatives: they are grouped by
    all four columns once (a year of a million-row store has fewer than 10,000 combinations), then
    each breakdown adds its groups up, still in SQL, so a few dozen rows come back."""
    estimate = Initiative.benefit_is_estimate.is_(True)
    columns = [getattr(Initiative, name) for name in BREAKDOWNS]
    combined = (
        sa.select(
            *(sa.type_coerce(column, sa.String).label(column.key) for column in columns),
            sa.func.count().label("n"),
            sa.func.total(Initiative.benefit_value).label("benefit"),
            sa.func.total(sa.case((estimate, Initiative.benefit_value))).label("estimated_vnd"),
            sa.func.total(sa.case((estimate & Initiative.benefit_value.is_not(None), 1))).label("estimated"),
            sa.func.total(sa.case((Initiative.benefit_not_quantifiable.is_(True), 1))).label("nq"),
        )
        .where(*scope.where)
        .group_by(*columns)
        .cte("combined")
    )
    sums = (sa.func.total(combined.c.n), sa.func.total(combined.c.benefit),
            sa.func.total(combined.c.estimated_vnd), sa.func.total(combined.c.estimated),
            sa.func.total(combined.c.nq))
    parts = [sa.select(sa.literal(name), combined.c[name], *sums).group_by(combined.c[name])
             for name in BREAKDOWNS]
    parts.append(sa.select(sa.literal(TOTAL), sa.null(), *sums))
    return sa.union_all(*parts)  # type: ignore[return-value]


def _months(scope: Scope) -> AnySelect:
    return (sa.select(_MONTH, sa.func.count()).where(*scope.where, Initiative.first_applied_on.is_not(None))
            .group_by(_MONTH))


def _live_authorships() -> sa.ColumnElement[bool]:
    return sa.and_(Authorship.initiative_id == Initiative.id, Authorship.deleted_at.is_(None))


def _month_authorships(scope: Scope) -> AnySelect:
    return (sa.select(_MONTH, sa.func.count()).select_from(Initiative).join(Authorship, _live_authorships())
            .where(*scope.where, Initiative.first_applied_on.is_not(None)).group_by(_MONTH))


def _authors(scope: Scope) -> AnySelect:
    # Distinct persons by grouping the authorships per person first (cheaper than count(DISTINCT)
    # per attribute), then one look-up of each person's sex, membership and kind of work.
    per_person = (
        sa.select(Authorship.person_id.label("person_id"), sa.func.count().label("n"))
        .select_from(Initiative).join(Authorship, _live_authorships())
        .where(*scope.where).group_by(Authorship.person_id).subquery()
    )
    direct = sa.func.coalesce(Person.worker_kind == WorkerKind.TRUC_TIEP_SX, False)
    attributes = (Person.sex, Person.is_member, direct)
    return (
        sa.select(*attributes, sa.func.count(), sa.func.sum(per_person.c.n))
        .select_from(per_person).join(Person, Person.id == per_person.c.person_id)
        .group_by(*attributes)
    )


def _rewards(period: ReportPeriod | None) -> AnySelect:
    """Rewards of issued decisions dated in the period, by form: count and sum of amounts. The few
    decisions are found first, then their rewards through the decision index."""
    decisions = sa.select(RewardDecision.id).where(
        RewardDecision.state == DecisionState.DA_BAN_HANH, RewardDecision.deleted_at.is_(None))
    if period is not None:
        decisions = decisions.where(RewardDecision.decided_on.between(period.starts_on, period.ends_on))
    return (
        sa.select(sa.type_coerce(Reward.form, sa.String), sa.func.count(), sa.func.total(Reward.amount))
        .where(Reward.decision_id.in_(decisions), no_index(Reward.deleted_at).is_(None))
        .group_by(Reward.form)
    )


# Aggregates run through Core (``session.connection()``): the ORM's row handling would cost more than
# the SQL for the thousands of grouped rows of a large store.

def group_rows(session: Session, query: AnySelect) -> list[GroupRow]:
    return [GroupRow(dimension, value, int(n), int(b), int(e), int(ne), int(nq))
            for dimension, value, n, b, e, ne, nq in session.connection().execute(query)]


def month_counts(session: Session, query: AnySelect) -> dict[str, int]:
    return {str(month): int(n) for month, n in session.connection().execute(query)}


def author_rows(session: Session, query: AnySelect) -> list[AuthorRow]:
    return [AuthorRow(str(sex), bool(member), bool(direct), int(persons), int(rows))
            for sex, member, direct, persons, rows in session.connection().execute(query)]


def reward_rows(session: Session, query: AnySelect) -> list[tuple[str, int, int]]:
    return [(str(form), int(n), int(amount)) for form, n, amount in session.connection().execute(query)]


# -- the reports' extra figures ------------------------------------------------------------------------


def level_counts(session: Session, scope: Scope) -> dict[str | None, int]:
    """Counted initiatives recognised by the employer, per recognition level (None: not recorded)."""
    query = (
        sa.select(RecognitionDecision.level, sa.func.count(sa.distinct(Initiative.pk)))
        .select_from(Initiative)
        .join(RecognitionDecision, sa.and_(RecognitionDecision.initiative_id == Initiative.id,
                                           RecognitionDecision.deleted_at.is_(None),
                                           RecognitionDecision.outcome == RecognitionOutcome.CONG_NHAN))
        .where(*scope.where).group_by(RecognitionDecision.level)
    )
    return {level: int(n) for level, n in session.execute(query)}


def upload_counts(session: Session, programme_id: str | None,
                  periods: Sequence[ReportPeriod]) -> list[tuple[int, int]]:
    """(submitted, valid) per period: live initiatives (of the programme) whose upload the server
    received in the period, and those of them whose upload in the period was judged valid
    (DOMAIN.md §9). One pass over the uploads for all periods."""
    if not periods:
        return []
    counts = [int(n) for n in session.execute(upload_select(programme_id, periods)).one()]
    return list(zip(counts[0::2], counts[1::2], strict=True))


def upload_select(programme_id: str | None, periods: Sequence[ReportPeriod]) -> AnySelect:
    """Two counts per period, submitted then valid, for ``upload_counts``."""
    received = UploadItem.server_received_at
    columns = []
    for period in periods:
        start, end = period.utc_bounds()
        inside = (received >= start) & (received < end)
        columns.append(sa.func.count(sa.distinct(sa.case((inside, UploadItem.initiative_id)))))
        valid = inside & (UploadItem.result == UploadResult.HOP_LE)
        columns.append(sa.func.count(sa.distinct(sa.case((valid, UploadItem.initiative_id)))))
    # The uploads drive the join (the initiative's own indexes are kept out of the planner's way).
    query = (
        sa.select(*columns)
        .join(Initiative, Initiative.id == UploadItem.initiative_id)
        .where(UploadItem.deleted_at.is_(None), received.is_not(None),
               no_index(Initiative.deleted_at).is_(None))
    )
    if programme_id is not None:
        query = query.where(no_index(Initiative.programme_id) == programme_id)
    return query


def targets(session: Session, programme_id: str) -> dict[tuple[PeriodKind, str], tuple[int, int]]:
    """(kind, period) → (assigned, registered) of the programme's live targets."""
    rows = session.execute(
        sa.select(Target.period_kind, Target.period, Target.assigned, Target.registered)
        .where(Target.programme_id == programme_id, Target.deleted_at.is_(None))
    )
    return {(kind, period): (int(assigned or 0), int(registered or 0))
            for kind, period, assigned, registered in rows}


def programmes(session: Session) -> list[ProgrammeInfo]:
    """Live programmes, newest window first, with their phases in date order."""
    phases: dict[str, list[PhaseInfo]] = {}
    for programme_id, phase_id, name, starts_on, ends_on in session.execute(
        sa.select(ProgrammePhase.programme_id, ProgrammePhase.id, ProgrammePhase.name,
                  ProgrammePhase.starts_on, ProgrammePhase.ends_on)
        .where(ProgrammePhase.deleted_at.is_(None)).order_by(ProgrammePhase.starts_on, ProgrammePhase.pk)
    ):
        phases.setdefault(programme_id, []).append(PhaseInfo(phase_id, name, starts_on, ends_on))
    rows = session.execute(
        sa.select(Programme.id, Programme.code, Programme.name, Programme.doc_number, Programme.window_from,
                  Programme.window_to)
        .where(Programme.deleted_at.is_(None)).order_by(Programme.window_from.desc(), Programme.pk.desc())
    )
    return [ProgrammeInfo(*row, phases=tuple(phases.get(row[0], ()))) for row in rows]
