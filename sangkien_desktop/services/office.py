"""The office's own details: the union unit and its employer (DOMAIN.md §4.1–4.2)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from sangkien_desktop.domain.errors import FieldProblem, NotInitialisedError, ValidationError
from sangkien_desktop.domain.model import OfficeView
from sangkien_desktop.domain.text import clean
from sangkien_desktop.persistence.models import Employer, Programme, ProgrammePhase, UnionUnit
from sangkien_desktop.persistence.unit_of_work import UnitOfWorkFactory

from . import settings

SEED_PROGRAMME_CODE = "1TRIEU-SK-2021"
UNIT_CODE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{1,19}$")


@dataclass(frozen=True)
class OfficeInput:
    unit_code: str
    unit_name: str
    employer_name: str
    parent_union_name: str | None = None
    place_name: str | None = None
    short_name: str | None = None


def _checked(data: OfficeInput) -> OfficeInput:
    problems = []
    code = (data.unit_code or "").strip().upper()
    if not UNIT_CODE.match(code):
        problems.append(
            FieldProblem("unit_code", "Mã đơn vị", "2–20 ký tự gồm chữ cái không dấu, chữ số, '-' hoặc '_'")
        )
    name, employer = clean(data.unit_name), clean(data.employer_name)
    if not name:
        problems.append(FieldProblem("unit_name", "Tên công đoàn cơ sở", "bắt buộc phải có"))
    if not employer:
        problems.append(FieldProblem("employer", "Tên đơn vị sử dụng lao động", "bắt buộc phải có"))
    for value, label in ((name, "Tên công đoàn cơ sở"), (employer, "Tên đơn vị sử dụng lao động")):
        if value and len(value) > 200:
            problems.append(FieldProblem("name", label, "tối đa 200 ký tự"))
    if problems:
        raise ValidationError(problems)
    assert name and employer
    short = clean(data.short_name) or name[:60]
    return OfficeInput(code, name, employer, clean(data.parent_union_name), clean(data.place_name), short)


class OfficeService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def init_office(self, data: OfficeInput, officer_id: str | None = None) -> OfficeView:
        """Create or update the office's details; idempotent."""
        data = _checked(data)
        with self._uow(officer_id) as uow:
            unit = uow.session.scalars(sa.select(UnionUnit).where(UnionUnit.deleted_at.is_(None))).first()
            if unit is None:
                employer = Employer(name=data.employer_name)
                uow.session.add(employer)
                uow.session.flush()
                unit = UnionUnit(
                    employer_id=employer.id,
                    full_name=data.unit_name,
                    short_name=data.short_name or "",
                    unit_code=data.unit_code,
                    doc_symbol="CĐCS",
                )
                uow.session.add(unit)
            else:
                employer = uow.session.scalars(
                    sa.select(Employer).where(Employer.id == unit.employer_id)
                ).one()
                employer.name = data.employer_name
                unit.full_name, unit.unit_code = data.unit_name, data.unit_code
                unit.short_name = data.short_name or unit.short_name
            if data.parent_union_name is not None:
                unit.parent_union_name = data.parent_union_name
            if data.place_name is not None:
                unit.place_name = data.place_name
            settings.seed_defaults(uow.session)
            seed_programme(uow.session)
            uow.session.flush()
            view = _view(unit, employer)
            uow.commit()
        return view

    def get_office(self) -> OfficeView:
        with self._uow.read() as session:
            row = session.execute(
                sa.select(UnionUnit, Employer)
                .join(Employer, Employer.id == UnionUnit.employer_id)
                .where(UnionUnit.deleted_at.is_(None))
            ).first()
            if row is None:
                raise NotInitialisedError(
                    "Chưa nhập thông tin công đoàn cơ sở. Hãy chạy: sangkien init "
                    "--unit-code MÃ --unit-name TÊN --employer TÊN_DOANH_NGHIỆP"
                )
            return _view(row[0], row[1])


def seed_programme(session: Session) -> None:
    """The "1 triệu sáng kiến" programme (DOMAIN.md §7.1), once; its document number is unverified."""
    if session.scalar(sa.select(Programme.pk).where(Programme.code == SEED_PROGRAMME_CODE)) is not None:
        return
    programme = Programme(
        code=SEED_PROGRAMME_CODE,
        name="1 triệu sáng kiến – nỗ lực vượt khó, sáng tạo, quyết tâm chiến thắng đại dịch COVID-19",
        doc_number="3250/CTr-TLĐ", doc_date=date(2021, 12, 15), doc_verified=False,
        guidance_number="46/HD-TLĐ", guidance_date=date(2021, 12, 30),
        window_from=date(2021, 9, 1), window_to=date(2023, 9, 1), requires_recognition=True,
    )
    session.add(programme)
    session.flush()
    for name, starts, ends, target in (("Giai đoạn 1", date(2022, 1, 8), date(2022, 5, 31), 300_000),
                                       ("Giai đoạn 2", date(2022, 6, 1), date(2023, 9, 1), None)):
        session.add(ProgrammePhase(programme_id=programme.id, name=name, starts_on=starts, ends_on=ends,
                                   national_target=target))


def _view(unit: UnionUnit, employer: Employer) -> OfficeView:
    return OfficeView(
        unit.id,
        unit.unit_code,
        unit.full_name,
        unit.short_name,
        employer.name,
        unit.parent_union_name,
        unit.place_name,
    )
