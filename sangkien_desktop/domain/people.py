"""Persons (workers who author initiatives) as the forms and services exchange them: the view, the
input as typed, and its checks (DOMAIN.md §4.3)."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from .enums import Sex, WorkerKind
from .errors import FieldProblem, ValidationError, too_long
from .model import parse_date
from .text import clean

__all__ = ["LABELS", "PersonInput", "PersonView", "person_problems"]


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
        problems = person_problems(cleaned, today)
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


def person_problems(data: PersonInput, today: date) -> list[FieldProblem]:
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
