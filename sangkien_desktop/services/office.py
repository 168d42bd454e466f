"""The office's own details: union unit, employer, leaders and this PC's officer (DOMAIN.md §4.1–4.2, §4.19).

Where each detail is kept:

* ``union_unit``: full and short name, unit code, parent union, place name for dates, and
  ``chair_id`` → the chairman's ``Person``;
* ``employer``: its name, ``head_name`` and ``head_title`` ("Tổng Giám đốc");
* the vice-chairman is a ``Person`` too, as DOMAIN.md's ``vice_chair_ids`` (fk[] Person) says. The
  ``union_unit`` table has no column for that list yet, so the ids live in the ``Setting``
  ``union.vice_chair_ids`` (a JSON list, local to this PC); the person record itself is synced and
  audited like any other;
* the officer: the first active ``Officer`` row (the app has no sign-in yet).

A leader whose name changes is linked to a person of that name (the only one so named, else a new
record); the previous holder's record stays, because papers they signed and initiatives they wrote
point at it.

The per-field rules (``field_problem``, ``normalise_unit_code``) are public so that forms check
each field as it is typed with exactly the rules the service applies on save.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from sangkien_desktop.domain.errors import FieldProblem, NotInitialisedError, ValidationError
from sangkien_desktop.domain.model import OfficeView
from sangkien_desktop.domain.office import (
    DEMO_OFFICE,
    FIELDS,
    OFFICE_FIELDS,
    OFFICER_ROLES,
    OfficeField,
    OfficeInput,
    OfficerInput,
    field_problem,
    normalise_unit_code,
)
from sangkien_desktop.domain.text import clean
from sangkien_desktop.persistence.models import (
    Employer,
    Officer,
    Person,
    Programme,
    ProgrammePhase,
    Setting,
    UnionUnit,
)
from sangkien_desktop.persistence.models.base import utcnow
from sangkien_desktop.persistence.repositories import PersonRepository
from sangkien_desktop.persistence.unit_of_work import UnitOfWorkFactory
from sangkien_desktop.protocol import canonical_json

from . import settings

__all__ = [
    "DEMO_OFFICE",
    "FIELDS",
    "OFFICER_ROLES",
    "OFFICE_FIELDS",
    "SEED_PROGRAMME_CODE",
    "VICE_CHAIRS_KEY",
    "OfficeField",
    "OfficeInput",
    "OfficeService",
    "OfficerInput",
    "field_problem",
    "normalise_unit_code",
    "seed_programme",
]

SEED_PROGRAMME_CODE = "1TRIEU-SK-2021"
VICE_CHAIRS_KEY = "union.vice_chair_ids"


def _typed(data: OfficeInput) -> dict[str, str | None]:
    texts = {f.name: getattr(data, f.name) for f in OFFICE_FIELDS if f.name != "officer_name"}
    if data.officer is not None:
        texts["officer_name"] = data.officer.full_name
    return texts


def _checked(data: OfficeInput) -> OfficeInput:
    """Every problem at once, or the input cleaned (NFC, trimmed; unit code in capitals)."""
    typed = _typed(data)
    problems = [p for name, value in typed.items() if (p := field_problem(name, value)) is not None]
    if data.officer is not None and data.officer.role not in OFFICER_ROLES:
        problems.append(FieldProblem("officer_role", "Vai trò", "chọn Chủ tịch hoặc Cán bộ"))
    if problems:
        raise ValidationError(problems)
    cleaned: dict[str, Any] = {name: clean(value) for name, value in typed.items()}
    cleaned["unit_code"] = normalise_unit_code(data.unit_code)
    officer_name = cleaned.pop("officer_name", None)
    if data.officer is not None:
        cleaned["officer"] = replace(data.officer, full_name=officer_name)
    return replace(data, **cleaned)


def _not_initialised() -> NotInitialisedError:
    return NotInitialisedError(
        "Chưa nhập thông tin công đoàn cơ sở. Hãy mở chương trình để thiết lập, hoặc chạy: sangkien init "
        "--unit-code MÃ --unit-name TÊN --employer TÊN_DOANH_NGHIỆP"
    )


class OfficeService:
    def __init__(self, uow: UnitOfWorkFactory) -> None:
        self._uow = uow

    def init_office(self, data: OfficeInput, officer_id: str | None = None) -> OfficeView:
        """Create the office's details, or update those given; idempotent. Seeds settings and the
        national programme once."""
        data = _checked(data)
        with self._uow(officer_id) as uow:
            unit, employer = _office_rows(uow.session) or _new_office(uow.session, data)
            _apply(uow.session, unit, employer, data, keep_missing=True)
            settings.seed_defaults(uow.session)
            seed_programme(uow.session)
            uow.session.flush()
            view = _view(uow.session, unit, employer)
            uow.commit()
        return view

    def update_office(self, data: OfficeInput, officer_id: str | None = None) -> OfficeView:
        """Replace every detail with ``data`` (an empty optional detail is cleared) in one
        transaction; the unit of work audits each changed field."""
        data = _checked(data)
        with self._uow(officer_id) as uow:
            rows = _office_rows(uow.session)
            if rows is None:
                raise _not_initialised()
            unit, employer = rows
            _apply(uow.session, unit, employer, data, keep_missing=False)
            uow.session.flush()
            view = _view(uow.session, unit, employer)
            uow.commit()
        return view

    def get_office(self) -> OfficeView:
        with self._uow.read() as session:
            rows = _office_rows(session)
            if rows is None:
                raise _not_initialised()
            return _view(session, *rows)


# -- rows ---------------------------------------------------------------------------------------------


def _office_rows(session: Session) -> tuple[UnionUnit, Employer] | None:
    row = session.execute(
        sa.select(UnionUnit, Employer)
        .join(Employer, Employer.id == UnionUnit.employer_id)
        .where(UnionUnit.deleted_at.is_(None))
        .order_by(UnionUnit.pk)
    ).first()
    return None if row is None else (row[0], row[1])


def _new_office(session: Session, data: OfficeInput) -> tuple[UnionUnit, Employer]:
    employer = Employer(name=data.employer_name)
    session.add(employer)
    session.flush()
    unit = UnionUnit(
        employer_id=employer.id,
        full_name=data.unit_name,
        short_name=_short_name(data),
        unit_code=data.unit_code,
        doc_symbol="CĐCS",
    )
    session.add(unit)
    return unit, employer


def _short_name(data: OfficeInput) -> str:
    # The column is required; lists and screens fall back to the start of the full name.
    return data.short_name or data.unit_name[:60]


def _set(obj: object, attr: str, value: object, keep_missing: bool) -> None:
    # Only real changes: an unchanged save must not bump versions or queue uploads.
    if value is None and keep_missing:
        return
    if getattr(obj, attr) != value:
        setattr(obj, attr, value)


def _apply(session: Session, unit: UnionUnit, employer: Employer, data: OfficeInput, *,
           keep_missing: bool) -> None:
    for obj, attr, value in (
        (unit, "unit_code", data.unit_code),
        (unit, "full_name", data.unit_name),
        (unit, "short_name", data.short_name if keep_missing else _short_name(data)),
        (unit, "parent_union_name", data.parent_union_name),
        (unit, "place_name", data.place_name),
        (employer, "name", data.employer_name),
        (employer, "head_name", data.employer_head_name),
        (employer, "head_title", data.employer_head_title),
    ):
        _set(obj, attr, value, keep_missing)
    if data.chair_name is not None or not keep_missing:
        _set(unit, "chair_id", _person_named(session, unit.chair_id, data.chair_name), keep_missing=False)
    if data.vice_chair_name is not None or not keep_missing:
        current = next(iter(_vice_chair_ids(session)), None)
        _store_vice_chair(session, _person_named(session, current, data.vice_chair_name))
    if data.officer is not None:
        _apply_officer(session, data.officer)


def _person_named(session: Session, current_id: str | None, name: str | None) -> str | None:
    """The id of the person who holds a post named ``name``: the current holder when the name is
    unchanged, else the only person so named, else a new person."""
    if name is None:
        return None
    people = PersonRepository(session)
    current = people.get(current_id) if current_id else None
    if current is not None and current.full_name == name:
        return current.id
    person = people.find_unique(name, None)
    if person is None:
        person = people.new(name, settings.read_all(session)["text.tone_order"])
        session.flush()
    return person.id


def _vice_chair_ids(session: Session) -> list[str]:
    value = session.scalar(sa.select(Setting.value).where(Setting.key == VICE_CHAIRS_KEY))
    ids = json.loads(value) if value else []
    return [i for i in ids if isinstance(i, str)]


def _store_vice_chair(session: Session, person_id: str | None) -> None:
    ids = [person_id] if person_id else []
    row = session.get(Setting, VICE_CHAIRS_KEY)
    if row is None:
        row = Setting(key=VICE_CHAIRS_KEY, verified=True, source="Thông tin công đoàn cơ sở")
        session.add(row)
    if row.value != canonical_json(ids):
        row.value, row.updated_at = canonical_json(ids), utcnow()


def _first_officer(session: Session) -> Officer | None:
    return session.scalars(
        sa.select(Officer).where(Officer.active.is_(True), Officer.deleted_at.is_(None)).order_by(Officer.pk)
    ).first()


def _apply_officer(session: Session, data: OfficerInput) -> None:
    officer = _first_officer(session)
    if officer is None:
        session.add(Officer(full_name=data.full_name, role=data.role, active=True))
        return
    _set(officer, "full_name", data.full_name, keep_missing=True)
    _set(officer, "role", data.role, keep_missing=True)


def _person_name(session: Session, person_id: str | None) -> str | None:
    if person_id is None:
        return None
    return session.scalar(sa.select(Person.full_name).where(Person.id == person_id))


def _view(session: Session, unit: UnionUnit, employer: Employer) -> OfficeView:
    officer = _first_officer(session)
    vice_chairs = _vice_chair_ids(session)
    return OfficeView(
        unit.id,
        unit.unit_code,
        unit.full_name,
        unit.short_name,
        employer.name,
        unit.parent_union_name,
        unit.place_name,
        employer_head_name=employer.head_name,
        employer_head_title=employer.head_title,
        chair_name=_person_name(session, unit.chair_id),
        vice_chair_name=_person_name(session, vice_chairs[0] if vice_chairs else None),
        officer_id=officer.id if officer else None,
        officer_name=officer.full_name if officer else None,
        officer_role=officer.role if officer else None,
    )


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
