"""Decree 13 remuneration tracker (DOMAIN.md §4.10): yearly dues, payments per author, overdue years."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from sangkien_desktop.domain.enums import AttachmentKind
from sangkien_desktop.domain.errors import FieldProblem, NotFoundError, ValidationError, WorkflowError
from sangkien_desktop.domain.remuneration import (
    BASE_SALARY_KEY,
    DEFAULT_BASE_SALARY,
    MAX_PAYMENT_VND,
    AuthorShare,
    BenefitFigure,
    OverdueDue,
    PaymentInput,
    PlannedYear,
    RemunerationSchedule,
    YearDue,
    author_dues,
    benefit_for_year,
    plan_year,
    settled_on,
)
from sangkien_desktop.domain.rules import LegalSettings, remuneration_schedule
from sangkien_desktop.domain.text import clean, fold, format_date, format_money
from sangkien_desktop.persistence import remuneration_queries as q
from sangkien_desktop.persistence.models import Initiative, Remuneration
from sangkien_desktop.persistence.models.remuneration import RemunerationPayment
from sangkien_desktop.persistence.repositories import InitiativeRepository
from sangkien_desktop.persistence.unit_of_work import UnitOfWorkFactory

from . import settings
from .attachments import AttachmentService, StoredFile
from .initiative_writes import RECOGNISED

OVERDUE_LIMIT = 500


@dataclass(frozen=True)
class _Plan:
    """Everything a schedule is computed from, read in the same transaction."""

    initiative: Initiative
    legal: LegalSettings
    years: tuple[PlannedYear, ...]
    authors: tuple[AuthorShare, ...]
    warnings: tuple[FieldProblem, ...]


class RemunerationService:
    def __init__(
        self, uow: UnitOfWorkFactory, attachments: AttachmentService, today: Callable[[], date] = date.today
    ) -> None:
        self._uow = uow
        self._attachments = attachments
        self._today = today

    def schedule(
        self, initiative_id: str, today: date | None = None, officer_id: str | None = None
    ) -> RemunerationSchedule:
        """The yearly dues of a recognised initiative, created or refreshed from its first application
        date and benefit figures. Writes only when something changed (so a viewer can still look)."""
        day = today or self._today()
        with self._uow.read() as session:
            plan = _plan(session, initiative_id)
            if _rows_match(session, plan):
                view, settlement = _build(session, plan, day)
                if not _settlement_changes(session, plan, settlement):
                    return view
        with self._uow(officer_id) as uow:
            view = _refresh(uow.session, _plan(uow.session, initiative_id), day, uow.now())
            uow.commit()
        return view

    def record_payment(
        self, payment: PaymentInput, officer_id: str | None = None, today: date | None = None
    ) -> RemunerationSchedule:
        """Record what one author was paid for one year, with its proof file, in one transaction."""
        day = today or self._today()
        _check_payment(payment, day)
        stored: StoredFile | None = None
        if payment.proof is not None:
            stored = self._attachments.store_file(payment.proof)  # bytes first, outside the transaction
        with self._uow(officer_id) as uow:
            session = uow.session
            plan = _plan(session, _initiative_key(session, payment))
            _apply(session, plan, uow.now())
            row = _year_row(session, plan, payment)
            person_id = _author_id(plan.authors, payment.person)
            proof_id = None
            if stored is not None:
                attached = self._attachments.record(session, stored, "initiative", plan.initiative.id,
                                                    AttachmentKind.CHUNG_TU)
                proof_id = attached.id
            session.add(RemunerationPayment(
                remuneration_id=row.id, person_id=person_id, amount=payment.amount, paid_on=payment.paid_on,
                proof_id=proof_id, note=clean(payment.note),
            ))
            session.flush()
            view = _refresh(session, plan, day, uow.now())
            uow.commit()
        return view

    def overdue(self, today: date | None = None, limit: int = OVERDUE_LIMIT) -> tuple[OverdueDue, ...]:
        """Years past their deadline with some author not fully paid, earliest deadline first."""
        day = today or self._today()
        with self._uow.read() as session:
            return q.overdue_rows(session, day, RECOGNISED, limit)


# --- planning ------------------------------------------------------------------------------------------


def _plan(session: Session, key: str) -> _Plan:
    initiative = InitiativeRepository(session).get(key.strip())
    if initiative is None:
        raise NotFoundError(f"Không tìm thấy sáng kiến có mã hoặc định danh “{key}”.")
    if initiative.status not in RECOGNISED:
        raise WorkflowError(
            f"Sáng kiến {initiative.code} đang ở trạng thái «{initiative.status.label}»: chỉ tính thù lao "
            "cho sáng kiến đã được công nhận."
        )
    if initiative.first_applied_on is None:
        raise ValidationError([FieldProblem("first_applied_on", "Ngày áp dụng lần đầu",
                                            "chưa nhập, cần để tính các năm trả thù lao")])
    values = settings.read_all(session)
    legal = settings.legal(values)
    base_table = values.get(BASE_SALARY_KEY, DEFAULT_BASE_SALARY)
    confirmations = q.confirmed_benefits(session, initiative.id)
    own = BenefitFigure(initiative.benefit_value, initiative.benefit_not_quantifiable)
    years: list[PlannedYear] = []
    unconfirmed: list[str] = []
    for period in remuneration_schedule(initiative.first_applied_on, legal):
        benefit = benefit_for_year(period, confirmations, own)
        try:
            years.append(plan_year(period, benefit, base_table, legal))
        except ValueError as exc:
            label = f"Năm thứ {period.year_index}"
            raise ValidationError([FieldProblem("benefit_value", label, str(exc))]) from None
        if benefit.confirmed_on is None:
            unconfirmed.append(str(period.year_index))
    warnings: tuple[FieldProblem, ...] = ()
    if unconfirmed:
        reason = "tính theo giá trị làm lợi ghi trong hồ sơ sáng kiến vì chưa có phiếu xác nhận áp dụng"
        warnings = (FieldProblem("benefit_value", f"Năm thứ {', '.join(unconfirmed)}", reason, False),)
    return _Plan(initiative, legal, tuple(years), q.author_shares(session, initiative.id), warnings)


def _planned_values(year: PlannedYear) -> dict[str, Any]:
    period = year.period
    return {
        "period_from": period.period_from, "period_to": period.period_to, "year_benefit": year.year_benefit,
        "rate_pct": year.rate_pct, "amount_due": year.amount_due, "due_on": period.due_on,
    }


def _rows_match(session: Session, plan: _Plan) -> bool:
    rows = q.yearly_rows(session, plan.initiative.id)
    live = {index for index, row in rows.items() if row.deleted_at is None}
    if live != {y.period.year_index for y in plan.years}:
        return False
    return all(
        getattr(rows[y.period.year_index], name) == value
        for y in plan.years
        for name, value in _planned_values(y).items()
    )


def _apply(session: Session, plan: _Plan, now: datetime) -> None:
    """Create or update the yearly rows; years dropped by a settings change go to the trash unless paid."""
    rows = q.yearly_rows(session, plan.initiative.id)
    for year in plan.years:
        row = rows.get(year.period.year_index)
        if row is None:
            row = Remuneration(initiative_id=plan.initiative.id, year_index=year.period.year_index)
            session.add(row)
        elif row.deleted_at is not None:
            row.deleted_at = None
        _assign(row, _planned_values(year))
    planned = {y.period.year_index for y in plan.years}
    for index, row in rows.items():
        if index not in planned and row.deleted_at is None and not q.has_payments(session, [row.id]):
            row.deleted_at = now
    session.flush()


def _assign(row: Remuneration, values: Mapping[str, Any]) -> None:
    for name, value in values.items():
        if getattr(row, name) != value:  # untouched fields leave no audit row
            setattr(row, name, value)


# --- views ---------------------------------------------------------------------------------------------

_Settlement = dict[str, tuple[int | None, date | None]]  # remuneration id → (amount_paid, paid_on)


def _build(session: Session, plan: _Plan, today: date) -> tuple[RemunerationSchedule, _Settlement]:
    rows = q.yearly_rows(session, plan.initiative.id)
    ids = [rows[y.period.year_index].id for y in plan.years]
    payments = q.payments_by_year(session, ids)
    years: list[YearDue] = []
    settlement: _Settlement = {}
    for year, rid in zip(plan.years, ids, strict=True):
        paid = tuple(payments[rid])
        period = year.period
        dues = author_dues(year.amount_due, plan.authors, paid, period.due_on, today)
        years.append(YearDue(rid, period.year_index, period.period_from, period.period_to, year.year_benefit,
                             year.rate_pct, year.base_salary, year.amount_due, period.due_on, dues, paid))
        total = sum(p.amount for p in paid)
        settlement[rid] = (total or None, settled_on(dues, paid))
    initiative = plan.initiative
    view = RemunerationSchedule(initiative.id, initiative.code, initiative.title,
                                plan.legal.not_quantifiable_multiplier, tuple(years), plan.warnings)
    return view, settlement


def _settlement_changes(session: Session, plan: _Plan, settlement: _Settlement) -> bool:
    rows = {row.id: row for row in q.yearly_rows(session, plan.initiative.id).values()}
    return any((rows[rid].amount_paid, rows[rid].paid_on) != value for rid, value in settlement.items())


def _refresh(session: Session, plan: _Plan, today: date, now: datetime) -> RemunerationSchedule:
    """Bring the rows in line with the plan and the payments; the caller commits."""
    _apply(session, plan, now)
    view, settlement = _build(session, plan, today)
    rows = {row.id: row for row in q.yearly_rows(session, plan.initiative.id).values()}
    for rid, (amount_paid, paid_on) in settlement.items():
        _assign(rows[rid], {"amount_paid": amount_paid, "paid_on": paid_on})
    return view


# --- payments ------------------------------------------------------------------------------------------


def _check_payment(payment: PaymentInput, today: date) -> None:
    problems: list[FieldProblem] = []
    if isinstance(payment.amount, bool) or not isinstance(payment.amount, int) or payment.amount <= 0:
        problems.append(FieldProblem("amount", "Số tiền", "phải là số đồng nguyên lớn hơn 0"))
    elif payment.amount > MAX_PAYMENT_VND:
        problems.append(FieldProblem("amount", "Số tiền", f"không được quá {format_money(MAX_PAYMENT_VND)}"))
    if payment.paid_on > today:
        reason = f"ngày {format_date(payment.paid_on)} ở tương lai"
        problems.append(FieldProblem("paid_on", "Ngày trả", reason))
    if payment.remuneration_id is None and (payment.initiative is None or payment.year_index is None):
        problems.append(FieldProblem("year_index", "Năm áp dụng", "chưa chọn sáng kiến và năm thứ mấy"))
    if problems:
        raise ValidationError(problems)


def _initiative_key(session: Session, payment: PaymentInput) -> str:
    if payment.remuneration_id is None:
        assert payment.initiative is not None  # checked by _check_payment
        return payment.initiative
    row = q.live_row(session, payment.remuneration_id)
    if row is None:
        raise NotFoundError("Không tìm thấy năm trả thù lao này (có thể đã bị xoá).")
    return row.initiative_id


def _year_row(session: Session, plan: _Plan, payment: PaymentInput) -> Remuneration:
    rows = q.yearly_rows(session, plan.initiative.id)
    if payment.remuneration_id is not None:
        return next(r for r in rows.values() if r.id == payment.remuneration_id)
    row = rows.get(payment.year_index or 0)
    if row is None or row.deleted_at is not None:
        count = len(plan.years)
        reason = f"sáng kiến {plan.initiative.code} chỉ có năm thứ 1 đến {count}"
        raise ValidationError([FieldProblem("year_index", "Năm áp dụng", reason)])
    return row


def _author_id(authors: tuple[AuthorShare, ...], who: str) -> str:
    """An author by person id or by full name (accents and case ignored when unambiguous)."""
    for author in authors:
        if author.person_id == who.strip():
            return author.person_id
    matches = [a for a in authors if fold(a.full_name) == fold(who)]
    if len(matches) == 1:
        return matches[0].person_id
    names = ", ".join(a.full_name for a in authors) or "(chưa có tác giả)"
    reason = (f"có {len(matches)} tác giả cùng tên “{who}”, hãy dùng mã người" if matches
              else f"“{who}” không phải tác giả của sáng kiến này (tác giả: {names})")
    raise ValidationError([FieldProblem("person", "Tác giả", reason)])
