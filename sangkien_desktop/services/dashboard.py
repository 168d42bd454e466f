"""The dashboard's figures (DOMAIN.md §9): progress on a programme's targets and the year's breakdowns.

Everything is computed by SQL aggregates (``persistence.dashboard_queries``) inside one read
transaction, so the figures of one call are consistent with each other. Breakdowns count initiatives
by their first application date, as the registry's year and quarter filter does, so a clicked figure
opens the registry on exactly the initiatives it counts (``Tally.link``). Progress on targets counts
by the server's receipt of the upload, the programme's rule.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import date
from enum import StrEnum
from functools import partial
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from sangkien_desktop.domain.dashboard import (
    AuthorFigures,
    BenefitFigures,
    Breakdown,
    CountBasis,
    Dashboard,
    Dimension,
    Figures,
    MonthPoint,
    ProgrammeInfo,
    ReportPeriod,
    RewardFigures,
    RewardLine,
    Tally,
    TargetInput,
    TargetProgress,
    TargetSheet,
    TargetValue,
    quarter_of,
)
from sangkien_desktop.domain.enums import (
    FieldCode,
    InitiativeStatus,
    RecognitionLevel,
    RewardForm,
    Sex,
    SolutionKind,
)
from sangkien_desktop.domain.errors import FieldProblem, NotFoundError, ValidationError
from sangkien_desktop.domain.model import ProgrammeChoice, RegistryFilter
from sangkien_desktop.domain.text import text_sort_key
from sangkien_desktop.persistence import dashboard_queries as q
from sangkien_desktop.persistence.dashboard_queries import GroupRow, Scope
from sangkien_desktop.persistence.models import Programme, Target
from sangkien_desktop.persistence.unit_of_work import UnitOfWorkFactory

__all__ = ["DashboardService"]

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")


class DashboardService:
    def __init__(self, uow: UnitOfWorkFactory, today: Callable[[], date] = date.today) -> None:
        self._uow = uow
        self._today = today

    # -- reading ------------------------------------------------------------------------------------

    def dashboard(self, year: int | None, programme_id: str | None = None) -> Dashboard:
        """The figures of ``year`` (None: all years) and the progress of a programme on its targets:
        the current quarter (of a past year: its last), the year and the programme's phases in it.

        ``programme_id`` None picks the programme running today, else the newest one."""
        today = self._today()
        period = None if year is None else ReportPeriod.of_year(year)
        current = _current_quarter(today.year if year is None else year, today)
        with self._uow.read() as session:
            rows = q.programmes(session)
            programme = _chosen(rows, programme_id, today)
            periods = [current, ReportPeriod.of_year(current.year), *_phases_in(programme, current.year)]
            progress = _progress(session, programme, periods)
            figures = self._figures(session, q.counted(CountBasis.APPLIED, period, None), CountBasis.APPLIED,
                                     None)
        return Dashboard(today, year, tuple(_choice(r) for r in rows),
                         None if programme is None else _choice(programme), current, progress, figures)

    def figures(self, period: ReportPeriod | None, basis: CountBasis = CountBasis.APPLIED,
                programme_id: str | None = None, *, levels: bool = False) -> Figures:
        """Every breakdown of the initiatives ``basis`` places in ``period`` (all time: None), of one
        programme if given; ``levels`` adds the recognition levels (one more join, for reports)."""
        with self._uow.read() as session:
            programme = _programme(session, programme_id) if programme_id else None
            scope = q.counted(basis, period, programme_id)
            figures = self._figures(session, scope, basis, programme)
            if levels:
                figures = replace(figures, by_level=_levels(q.level_counts(session, scope)))
        return figures

    def progress(self, programme_id: str | None,
                 periods: Sequence[ReportPeriod]) -> tuple[TargetProgress, ...]:
        """Submitted and valid initiatives of the programme in each period, against its targets."""
        with self._uow.read() as session:
            programme = next((r for r in q.programmes(session) if r.id == programme_id), None)
            if programme_id is not None and programme is None:
                raise NotFoundError("Không tìm thấy chương trình đã chọn.")
            return _progress(session, programme, periods)

    def programmes(self) -> tuple[ProgrammeInfo, ...]:
        """Programmes with their phases, newest window first (for choosing a phase report)."""
        with self._uow.read() as session:
            return tuple(q.programmes(session))

    def phase_period(self, programme_id: str, phase: str | int) -> ReportPeriod:
        """A phase of the programme by its id or its number (1 = the first phase by date)."""
        with self._uow.read() as session:
            programme = next((r for r in q.programmes(session) if r.id == programme_id), None)
        if programme is None:
            raise NotFoundError("Không tìm thấy chương trình đã chọn.")
        phases = programme.phases
        number = phase if isinstance(phase, int) else int(phase) if phase.strip().isdigit() else None
        found = (phases[number - 1] if number is not None and 1 <= number <= len(phases)
                 else next((p for p in phases if p.id == phase), None))
        if found is None:
            names = "; ".join(f"{n}: {p.name}" for n, p in enumerate(phases, start=1)) or "không có giai đoạn"
            reason = f"không có trong chương trình ({names})"
            raise ValidationError([FieldProblem("phase", "Giai đoạn", reason)])
        return ReportPeriod.of_phase(found.id, found.name, found.starts_on, found.ends_on)

    def target_sheet(self, programme_id: str | None = None) -> TargetSheet:
        """The programmes and the recorded targets of one, by kind then period, for entering targets;
        ``programme_id`` None picks the programme running today, else the newest one."""
        with self._uow.read() as session:
            rows = q.programmes(session)
            programme = _chosen(rows, programme_id, self._today())
            goals = q.targets(session, programme.id) if programme is not None else {}
        targets = tuple(TargetValue(kind, period, assigned, registered)
                        for (kind, period), (assigned, registered) in sorted(goals.items()))
        return TargetSheet(tuple(rows), programme, targets)

    def running_programme(self) -> ProgrammeInfo | None:
        """The programme whose window holds today, else the newest one; None without programmes."""
        with self._uow.read() as session:
            return _chosen(q.programmes(session), None, self._today())

    # -- writing ------------------------------------------------------------------------------------

    def set_target(self, data: TargetInput, officer_id: str | None = None) -> TargetProgress:
        """Record (or change) the target of a programme for one period; returns the progress on it."""
        checked = data.checked()
        period = checked.period
        with self._uow(officer_id) as uow:
            session = uow.session
            _programme(session, checked.programme_id)
            target = session.scalars(sa.select(Target).where(
                Target.programme_id == checked.programme_id, Target.period_kind == period.kind,
                Target.period == period.target_period)).first()
            if target is None:
                target = Target(programme_id=checked.programme_id, period_kind=period.kind,
                                period=period.target_period)
                session.add(target)
            target.assigned, target.registered, target.deleted_at = checked.assigned, checked.registered, None
            uow.commit()
        return self.progress(checked.programme_id, [period])[0]

    # -- computing ----------------------------------------------------------------------------------

    def _figures(self, session: Session, scope: Scope, basis: CountBasis,
                 programme: ProgrammeChoice | None) -> Figures:
        statements = q.statements(scope)
        # The authors' join is the longest aggregate: it runs meanwhile on a second connection (SQLite
        # releases the GIL while it works), which nearly halves the wait on a two-core office PC. The
        # two read transactions start within moments of each other; only a save committed in that
        # instant could show in one and not yet in the other.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="dashboard") as side:
            authors = side.submit(self._read, q.author_rows, statements.authors)
            groups = q.group_rows(session, statements.groups)
            months = q.month_counts(session, statements.months)
            month_authorships = q.month_counts(session, statements.month_authorships)
            rewards = q.reward_rows(session, statements.rewards)
            author_rows = authors.result()
        link = _base_link(scope.period, basis, programme)
        sums = _Sums(groups)
        return Figures(
            period=scope.period,
            basis=basis,
            programme=programme,
            initiatives=sums.initiatives,
            by_status=_enum_breakdown(Dimension.STATUS, InitiativeStatus, sums.by_status,
                                      None if link is None else partial(_narrowed, link, "status")),
            by_kind=_enum_breakdown(Dimension.KIND, SolutionKind, sums.by_kind,
                                    None if link is None else partial(_narrowed, link, "kind")),
            by_field=_enum_breakdown(Dimension.FIELD, FieldCode, sums.by_field,
                                     None if link is None else partial(_narrowed, link, "field_code")),
            by_department=_departments(sums.by_department, link),
            benefit=sums.benefit,
            authors=_authors(author_rows),
            rewards=_rewards(rewards),
            trend=_trend(scope.period, months, month_authorships, link),
            link=link,
        )

    def _read(self, query: Callable[[Session, q.AnySelect], T], statement: q.AnySelect) -> T:
        with self._uow.read() as session:
            return query(session, statement)


# -- building the figures ---------------------------------------------------------------------------


def _choice(row: ProgrammeInfo) -> ProgrammeChoice:
    return ProgrammeChoice(row.id, row.code, row.name)


def _programme(session: Session, programme_id: str | None) -> ProgrammeChoice:
    row = session.execute(sa.select(Programme.id, Programme.code, Programme.name).where(
        Programme.id == programme_id, Programme.deleted_at.is_(None))).first()
    if row is None:
        raise NotFoundError("Không tìm thấy chương trình đã chọn.")
    return ProgrammeChoice(*row)


def _chosen(rows: Sequence[ProgrammeInfo], programme_id: str | None,
            today: date) -> ProgrammeInfo | None:
    if programme_id is not None:
        found = next((r for r in rows if r.id == programme_id), None)
        if found is None:
            raise NotFoundError("Không tìm thấy chương trình đã chọn.")
        return found
    running = [r for r in rows if r.window_from <= today <= r.window_to]
    return (running or list(rows))[0] if rows else None


def _current_quarter(year: int, today: date) -> ReportPeriod:
    """Today's quarter in the current year; the last quarter of a past year, the first of a future one."""
    if year == today.year:
        return ReportPeriod.of_quarter(year, quarter_of(today))
    return ReportPeriod.of_quarter(year, 4 if year < today.year else 1)


def _phases_in(programme: ProgrammeInfo | None, year: int) -> list[ReportPeriod]:
    if programme is None:
        return []
    return [ReportPeriod.of_phase(p.id, p.name, p.starts_on, p.ends_on) for p in programme.phases
            if p.starts_on.year <= year <= p.ends_on.year]


def _progress(session: Session, programme: ProgrammeInfo | None,
              periods: Sequence[ReportPeriod]) -> tuple[TargetProgress, ...]:
    goals = q.targets(session, programme.id) if programme is not None else {}
    counts = q.upload_counts(session, None if programme is None else programme.id, periods)
    found = []
    for period, (submitted, valid) in zip(periods, counts, strict=True):
        assigned, registered = goals.get((period.kind, period.target_period), (None, None))
        found.append(TargetProgress(period, submitted, valid, assigned, registered))
    return tuple(found)


def _base_link(period: ReportPeriod | None, basis: CountBasis,
               programme: ProgrammeChoice | None) -> RegistryFilter | None:
    """The registry filter showing exactly the counted initiatives; None when it has no such filter
    (counting by upload or decision date, or over a programme phase)."""
    if basis != CountBasis.APPLIED:
        return None
    base = RegistryFilter() if period is None else period.registry_filter()
    if base is None:
        return None
    return replace(base, programme_id=None if programme is None else programme.id)


def _narrowed(link: RegistryFilter, field: str, member: StrEnum) -> RegistryFilter:
    """``link`` also narrowed to ``member`` in ``field`` (status, kind or field_code)."""
    return replace(link, **{field: member})  # type: ignore[arg-type]


# (count, benefit in đồng) per value of one column.
Totals = dict[Any, list[int]]


class _Sums:
    """The breakdowns' rows sorted by dimension, and the totals."""

    def __init__(self, groups: Sequence[GroupRow]) -> None:
        found: dict[str, Totals] = {name: {} for name in q.BREAKDOWNS}
        self.initiatives = 0
        self.benefit = BenefitFigures()
        for g in groups:
            if g.dimension == q.TOTAL:
                self.initiatives = g.count
                self.benefit = BenefitFigures(g.benefit_vnd, g.estimated_vnd, g.estimated, g.not_quantifiable)
            else:
                found[g.dimension][g.value] = [g.count, g.benefit_vnd]
        self.by_status, self.by_kind, self.by_field, self.by_department = (found[n] for n in q.BREAKDOWNS)


def _enum_breakdown(dimension: Dimension, enum: type[E], totals: Totals,
                    narrow: Callable[[E], RegistryFilter] | None) -> Breakdown:
    """Every member in the enum's (workflow) order, zero counts included: reports list them all."""
    empty = [0, 0]
    tallies = tuple(
        Tally(member, None, totals.get(member.value, empty)[0], totals.get(member.value, empty)[1],
              None if narrow is None else narrow(member))
        for member in enum
    )
    return Breakdown(dimension, tallies)


def _departments(totals: Totals, link: RegistryFilter | None) -> Breakdown:
    """Departments by count, largest first (then alphabetically); "not recorded" last."""
    order = sorted(totals, key=lambda d: (d is None, -totals[d][0], text_sort_key(d or "")))
    tallies = tuple(
        Tally(None, department, totals[department][0], totals[department][1],
              None if link is None or department is None else replace(link, department=department))
        for department in order
    )
    return Breakdown(Dimension.DEPARTMENT, tallies)


def _authors(rows: Sequence[q.AuthorRow]) -> AuthorFigures:
    return AuthorFigures(
        persons=sum(r.persons for r in rows),
        authorships=sum(r.authorships for r in rows),
        women=sum(r.persons for r in rows if r.sex == Sex.NU),
        members=sum(r.persons for r in rows if r.is_member),
        direct_workers=sum(r.persons for r in rows if r.direct_worker),
    )


def _rewards(rows: Sequence[tuple[str, int, int]]) -> RewardFigures:
    found = {form: (n, amount) for form, n, amount in rows}
    return RewardFigures(tuple(RewardLine(form, *found[form.value]) for form in RewardForm
                               if form.value in found))


def _levels(counts: dict[str | None, int]) -> Breakdown:
    tallies = [Tally(level, None, counts.get(level.value, 0)) for level in RecognitionLevel]
    if counts.get(None):
        tallies.append(Tally(None, None, counts[None]))
    return Breakdown(Dimension.LEVEL, tuple(tallies))


def _trend(period: ReportPeriod | None, initiatives: dict[str, int], authorships: dict[str, int],
           link: RegistryFilter | None) -> tuple[MonthPoint, ...]:
    """One point per month of the period (every month, zeros included); all time: the months found."""
    if period is None:
        months = sorted(set(initiatives) | set(authorships))
    else:
        months = [f"{year:04d}-{month:02d}"
                  for year, month in _months_between(period.starts_on, period.ends_on)]
    points = []
    for key in months:
        first = date(int(key[:4]), int(key[5:7]), 1)
        # The registry filters by quarter at the finest: a month opens its quarter.
        quarter_link = None if link is None else replace(link, year=first.year, quarter=quarter_of(first))
        points.append(MonthPoint(first, initiatives.get(key, 0), authorships.get(key, 0), quarter_link))
    return tuple(points)


def _months_between(start: date, end: date) -> list[tuple[int, int]]:
    months = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months
