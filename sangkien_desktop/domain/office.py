"""The office's details as typed in the setup wizard, the Settings page or `sangkien init`, and the
per-field rules, shared by the forms (checking each field as it is typed) and the service (on save)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .enums import OfficerRole
from .errors import FieldProblem
from .text import clean

UNIT_CODE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{1,19}$")
UNIT_CODE_RULE = "2–20 ký tự gồm chữ cái không dấu, chữ số, '-' hoặc '_'"
REQUIRED = "bắt buộc phải có"
# A viewer cannot save anything, so the officer who sets the office up is never one.
OFFICER_ROLES = (OfficerRole.CAN_BO, OfficerRole.CHU_TICH)


@dataclass(frozen=True)
class OfficeField:
    """One typed detail: its name in ``OfficeInput``, Vietnamese label, length limit (the column's)."""

    name: str
    label: str
    max_length: int
    required: bool = False


OFFICE_FIELDS = (
    OfficeField("unit_code", "Mã đơn vị", 20, required=True),
    OfficeField("unit_name", "Tên công đoàn cơ sở", 200, required=True),
    OfficeField("short_name", "Tên viết tắt", 60),
    OfficeField("parent_union_name", "Công đoàn cấp trên trực tiếp", 200),
    OfficeField("place_name", "Địa danh", 60),
    OfficeField("employer_name", "Tên đơn vị sử dụng lao động", 200, required=True),
    OfficeField("employer_head_name", "Người đứng đầu đơn vị", 120),
    OfficeField("employer_head_title", "Chức danh người đứng đầu", 120),
    OfficeField("chair_name", "Chủ tịch công đoàn", 120),
    OfficeField("vice_chair_name", "Phó Chủ tịch công đoàn", 120),
    OfficeField("officer_name", "Họ và tên cán bộ", 120, required=True),
)
FIELDS = {f.name: f for f in OFFICE_FIELDS}


@dataclass(frozen=True)
class OfficerInput:
    full_name: str
    role: OfficerRole = OfficerRole.CAN_BO


@dataclass(frozen=True)
class OfficeInput:
    """The office's details as typed. ``init_office`` leaves a detail given as None unchanged;
    ``update_office`` clears it. ``officer`` None leaves the officer alone in both."""

    unit_code: str
    unit_name: str
    employer_name: str
    parent_union_name: str | None = None
    place_name: str | None = None
    short_name: str | None = None
    employer_head_name: str | None = None
    employer_head_title: str | None = None
    chair_name: str | None = None
    vice_chair_name: str | None = None
    officer: OfficerInput | None = None


# A sample union for the demo store (never the real one).
DEMO_OFFICE = OfficeInput(
    unit_code="MAU",
    unit_name="Công đoàn cơ sở Công ty Cổ phần Cơ khí Mẫu",
    employer_name="Công ty Cổ phần Cơ khí Mẫu",
    short_name="CĐCS Cơ khí Mẫu",
    parent_union_name="Công đoàn Khu kinh tế Hải Phòng",
    place_name="Hải Phòng",
    employer_head_name="Nguyễn Văn Thành",
    employer_head_title="Tổng Giám đốc",
    chair_name="Trần Thị Lan",
    vice_chair_name="Lê Văn Bình",
    officer=OfficerInput("Phạm Thị Hoa", OfficerRole.CAN_BO),
)


def normalise_unit_code(value: str | None) -> str:
    """Unit codes are stored in capitals; officers may type them in any case."""
    return (clean(value) or "").upper()


def field_problem(name: str, value: str | None) -> FieldProblem | None:
    """What is wrong with one typed detail (``name`` from ``OFFICE_FIELDS``), or None."""
    spec = FIELDS[name]
    text = normalise_unit_code(value) if name == "unit_code" else clean(value)
    if not text:
        return FieldProblem(name, spec.label, REQUIRED) if spec.required else None
    if name == "unit_code" and not UNIT_CODE.match(text):
        return FieldProblem(name, spec.label, UNIT_CODE_RULE)
    if len(text) > spec.max_length:
        return FieldProblem(name, spec.label, f"dài {len(text)} ký tự, tối đa {spec.max_length}")
    return None
