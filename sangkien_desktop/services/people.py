"""Use cases on persons (workers who author initiatives): look up, edit, merge duplicates."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

import sqlalchemy as sa

from sangkien_desktop.domain.enums import Sex, WorkerKind
from sangkien_desktop.domain.errors import ConflictError, FieldProblem, NotFoundError, ValidationError
from sangkien_desktop.domain.model import Page, parse_date
from sangkien_desktop.domain.text import ToneOrder, clean
from sangkien_desktop.domain.validation import too_long
from sangkien_desktop.persistence.models import Person
from sangkien_desktop.persistence.people import PersonRepository, set_name
from sangkien_desktop.persistence.unit_of_work import UnitOfWork, UnitOfWorkFactory

from . import settings
from .initiatives import check_paging

__all__ = ["LABELS", "PeopleService", "PersonInput", "PersonView"]

LABELS = {
    "full_name": "Họ và tên",
    "birth_date": "Ngày sinh",
    "sex": "Giới tính",
    "department": "Đơn vị / bộ phận",
    "job_title": "Chức danh, nghề nghiệp",
    "is_member": "Đoàn viên",
    "worker_kind": "Loại lao động",
    "phone": "Điện thoại",
    "email": "Thư điện tử",
}
MAX_LENGTHS = {"full_name": 120, "department": 200, "job_title": 120, "phone": 30, "email": 120}
OLDEST_BIRTH_YEAR = 1900
_PHONE = re.compile(r"^\+?[0-9 .()-]{6,}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class PersonView:
    id: str
    full_name: str
    birth_date: date | None
    sex: Sex
    department: str | None
    job_title: str | None
    is_member: bool
    worker_kind: WorkerKind | None
    phone: str | None
    email: str | None
    initiative_count: int  # live authorships of live initiatives
    version: int


@dataclass(frozen=True)
class PersonInput:
    full_name: str
    birth_date: date | None = None
    sex: Sex = Sex.KHONG_RO
    department: str | None = None
    job_title: str | None = None
    is_member: bool = True
    worker_kind: WorkerKind | None = None
    phone: str | None = None
    email: str | None = None

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], today: date | None = None) -> PersonInput:
        """Parse untrusted input (text as typed: "05/03/1985", enum codes) and check it as ``checked``
        does; every problem of every field at once. Returns the cleaned input."""
        problems: list[FieldProblem] = []

        def parsed(key: str, convert: Callable[[Any], Any], reason: str) -> Any:
            raw = data.get(key)
            if raw is None or (isinstance(raw, str) and not raw.strip()):
                return None
            try:
                return convert(raw)
            except (ValueError, TypeError):
                problems.append(_problem(key, reason))
                return None

        values: dict[str, Any] = {name: parsed(name, _as_text, "phải là chữ") for name in _TEXT_FIELDS}
        values["full_name"] = values["full_name"] or ""
        values["birth_date"] = parsed("birth_date", parse_date, "không đúng định dạng ngày (dd/mm/yyyy)")
        values["sex"] = parsed("sex", Sex.parse, _one_of(Sex)) or Sex.KHONG_RO
        values["worker_kind"] = parsed("worker_kind", WorkerKind.parse, _one_of(WorkerKind))
        member = parsed("is_member", _as_bool, "phải là true hoặc false")
        values["is_member"] = True if member is None else member
        try:
            result = cls(**values).checked(today or date.today())
        except ValidationError as exc:
            unreadable = {p.field for p in problems}
            problems += [p for p in exc.problems if p.field not in unreadable]
        if problems:
            order = list(LABELS)
            raise ValidationError(sorted(problems, key=lambda p: order.index(p.field)))
        return result

    def checked(self, today: date) -> PersonInput:
        """NFC-cleaned copy, or ``ValidationError`` listing every problem (Vietnamese)."""
        cleaned = replace(
            self,
            full_name=clean(self.full_name) or "",
            department=clean(self.department),
            job_title=clean(self.job_title),
            phone=clean(self.phone),
            email=clean(self.email),
        )
        problems = _problems(cleaned, today)
        if problems:
            raise ValidationError(problems)
        return cleaned


_TEXT_FIELDS = ("full_name", "department", "job_title", "phone", "email")


def _problem(field: str, reason: str) -> FieldProblem:
    return FieldProblem(field, LABELS[field], reason)


def _one_of(enum_cls: type[Sex] | type[WorkerKind]) -> str:
    return "phải là một trong: " + ", ".join(m.value for m in enum_cls)


def _as_text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError
    return value


def _as_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    raise TypeError


def _problems(data: PersonInput, today: date) -> list[FieldProblem]:
    problems = []
    if not data.full_name:
        problems.append(_problem("full_name", "bắt buộc phải có"))
    problems += too_long(data, MAX_LENGTHS, _problem)
    if data.birth_date is not None:
        if data.birth_date > today:
            problems.append(_problem("birth_date", "không được ở tương lai"))
        elif data.birth_date.year < OLDEST_BIRTH_YEAR:
            problems.append(_problem("birth_date", f"phải từ năm {OLDEST_BIRTH_YEAR} trở đi"))
    if data.phone and not _PHONE.match(data.phone):
        problems.append(_problem("phone", "chỉ gồm chữ số (có thể có dấu cách, dấu chấm, +)"))
    if data.email and not _EMAIL.match(data.email):
        problems.append(_problem("email", "không đúng dạng, ví dụ ten@congty.vn"))
    return problems


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
