"""Use cases on persons (workers who author initiatives): look up, edit, merge duplicates."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from datetime import date
from typing import Any

import sqlalchemy as sa

from sangkien_desktop.domain.errors import ConflictError, FieldProblem, NotFoundError, ValidationError
from sangkien_desktop.domain.model import Page
from sangkien_desktop.domain.people import LABELS, PersonInput, PersonView
from sangkien_desktop.domain.text import ToneOrder
from sangkien_desktop.persistence.models import Person
from sangkien_desktop.persistence.people import PersonRepository, set_name
from sangkien_desktop.persistence.unit_of_work import UnitOfWork, UnitOfWorkFactory

from . import settings
from .initiatives import check_paging

__all__ = ["LABELS", "PeopleService", "PersonInput", "PersonView"]

def _view(row: sa.Row[Any]) -> PersonView:
    return PersonView(**{f.name: getattr(row, f.name) for f in fields(PersonView)})


class PeopleService:
    def __init__(self, uow: UnitOfWorkFactory, today: Callable[[], date] = date.today) -> None:
        self._uow = uow
        self._today = today

    def search(self, text: str, limit: int = 20, offset: int = 0) -> Page[PersonView]:
        """Living persons whose name or department contains every word typed (diacritics and case
        ignored, đ = d, the last word a prefix); everyone for an empty text. Vietnamese name
        order (given name first), then id."""
        check_paging(limit, offset)
        with self._uow.read() as session:
            total, rows = PersonRepository(session).page(text, limit, offset)
            return Page(total, tuple(_view(r) for r in rows), limit, offset)

    def get(self, person_id: str) -> PersonView:
        with self._uow.read() as session:
            return self._read_view(PersonRepository(session), person_id)

    def create(self, data: PersonInput, officer_id: str | None = None) -> PersonView:
        checked = data.checked(self._today())
        with self._uow(officer_id) as uow:
            repo = PersonRepository(uow.session)
            person = repo.new(checked.full_name, _tone_order(uow))
            _apply_details(person, checked)
            uow.session.flush()
            view = self._read_view(repo, person.id)
            uow.commit()
        return view

    def update(
        self, person_id: str, data: PersonInput, expected_version: int, officer_id: str | None = None
    ) -> PersonView:
        """Raises ``ConflictError`` when the person changed since ``expected_version`` was read."""
        checked = data.checked(self._today())
        with self._uow(officer_id) as uow:
            repo = PersonRepository(uow.session)
            person = _living(repo, person_id)
            if person.version != expected_version:
                raise ConflictError(
                    f"Thông tin của “{person.full_name}” vừa được sửa ở nơi khác. "
                    "Hãy mở lại để xem bản mới nhất rồi sửa tiếp."
                )
            if checked.full_name != person.full_name:
                set_name(person, checked.full_name, _tone_order(uow))
            _apply_details(person, checked)
            uow.session.flush()
            view = self._read_view(repo, person.id)
            uow.commit()
        return view

    def merge(self, keep_id: str, duplicate_id: str, officer_id: str | None = None) -> PersonView:
        """One transaction: the duplicate's authorships and other references move to ``keep``
        (rule in ``PersonRepository.merge_into``), then the duplicate is tombstoned."""
        if keep_id == duplicate_id:
            problem = FieldProblem("duplicate_id", "Gộp người", "không thể gộp một người với chính họ")
            raise ValidationError([problem])
        with self._uow(officer_id) as uow:
            repo = PersonRepository(uow.session)
            keep, duplicate = _living(repo, keep_id), _living(repo, duplicate_id)
            repo.merge_into(keep, duplicate, uow.now())
            uow.session.flush()
            view = self._read_view(repo, keep.id)
            uow.commit()
        return view

    @staticmethod
    def _read_view(repo: PersonRepository, person_id: str) -> PersonView:
        row = repo.view_row(person_id)
        if row is None:
            raise NotFoundError(f"Không tìm thấy người có mã “{person_id}” (có thể đã bị xoá hoặc gộp).")
        return _view(row)


def _living(repo: PersonRepository, person_id: str) -> Person:
    person = repo.get_any(person_id)
    if person is None:
        raise NotFoundError(f"Không tìm thấy người có mã “{person_id}”.")
    if person.deleted_at is not None:
        raise NotFoundError(f"“{person.full_name}” đã bị xoá hoặc đã được gộp vào người khác.")
    return person


def _apply_details(person: Person, data: PersonInput) -> None:
    """Every field but the name (``set_name`` keeps the name's parts and key in step)."""
    person.birth_date, person.sex, person.department = data.birth_date, data.sex, data.department
    person.job_title, person.is_member, person.worker_kind = data.job_title, data.is_member, data.worker_kind
    person.phone, person.email = data.phone, data.email


def _tone_order(uow: UnitOfWork) -> ToneOrder:
    return "software" if settings.read_all(uow.session).get("text.tone_order") == "software" else "dictionary"
