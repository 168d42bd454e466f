"""Officers: the people who use the app at this office, their roles and what each role may do
(DOMAIN.md §4.19). Pure Python: the forms build and read these at run time."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from .enums import OfficerRole
from .errors import FieldProblem, PermissionDeniedError, ValidationError, too_long
from .text import clean

__all__ = [
    "LABELS",
    "PIN_LENGTHS",
    "OfficerDraft",
    "OfficerView",
    "Permission",
    "denied",
    "pin_problem",
    "role_allows",
    "sign_in_needed",
]

LABELS = {"full_name": "Họ và tên", "role": "Vai trò", "active": "Đang làm việc", "pin": "Mã PIN"}
MAX_LENGTHS = {"full_name": 120}
PIN_LENGTHS = (4, 12)


@dataclass(frozen=True)
class OfficerView:
    id: str
    full_name: str
    role: OfficerRole
    has_pin: bool
    active: bool
    version: int


class Permission(StrEnum):
    EDIT = "edit"  # change any data
    SIGN_OFF = "sign_off"  # sign reward decisions, revoke certificates
    MANAGE_OFFICERS = "manage_officers"  # add officers, change their roles, PINs and activity


_ALLOWED: dict[OfficerRole, frozenset[Permission]] = {
    OfficerRole.XEM: frozenset(),
    OfficerRole.CAN_BO: frozenset({Permission.EDIT}),
    OfficerRole.CHU_TICH: frozenset(Permission),
}

# What a refusal says was refused, after "không được".
_ACTIONS = {
    Permission.EDIT: "thêm, sửa hoặc xoá dữ liệu",
    Permission.SIGN_OFF: "ký ban hành quyết định khen thưởng hoặc thu hồi giấy chứng nhận",
    Permission.MANAGE_OFFICERS: "thêm cán bộ hoặc thay đổi vai trò, mã PIN của cán bộ khác",
}


def role_allows(role: OfficerRole, permission: Permission) -> bool:
    """Viewers may do nothing; officers may edit; the chairman may also sign off and manage officers."""
    return permission in _ALLOWED[role]


def denied(full_name: str, role: OfficerRole, permission: Permission) -> PermissionDeniedError:
    """The refusal an officer reads: who, with which role, may not do what, and what to do."""
    return PermissionDeniedError(
        f"{full_name} có vai trò “{role.label}” nên không được {_ACTIONS[permission]}. "
        "Hãy nhờ Chủ tịch công đoàn làm việc này hoặc cấp quyền cho bạn."
    )


def sign_in_needed(choices: Sequence[OfficerView]) -> bool:
    """Ask who is using the app only when it is not obvious: several officers, or one with a PIN."""
    return len(choices) > 1 or any(o.has_pin for o in choices)


def pin_problem(pin: str) -> FieldProblem | None:
    """A PIN is 4 to 12 digits (0–9), nothing else."""
    low, high = PIN_LENGTHS
    if not (pin.isascii() and pin.isdigit()):
        return FieldProblem("pin", LABELS["pin"], "chỉ gồm các chữ số 0–9")
    if not low <= len(pin) <= high:
        return FieldProblem("pin", LABELS["pin"], f"gồm từ {low} đến {high} chữ số, đang có {len(pin)}")
    return None


@dataclass(frozen=True)
class OfficerDraft:
    """An officer's details as typed in the officers form or on the command line."""

    full_name: str
    role: OfficerRole = OfficerRole.CAN_BO
    active: bool = True

    def checked(self) -> OfficerDraft:
        """The draft cleaned (NFC, spaces collapsed), or ``ValidationError`` listing every problem."""
        cleaned = replace(self, full_name=clean(self.full_name) or "", active=bool(self.active))
        problems = too_long(cleaned, MAX_LENGTHS, _problem)
        if not cleaned.full_name:
            problems.insert(0, _problem("full_name", "bắt buộc phải có"))
        if self.role not in _ALLOWED:
            problems.append(_problem("role", "chọn Chủ tịch, Cán bộ hoặc Chỉ xem"))
        if problems:
            raise ValidationError(problems)
        return replace(cleaned, role=OfficerRole(self.role))  # a plain code string from a form, too


def _problem(field: str, reason: str) -> FieldProblem:
    return FieldProblem(field, LABELS[field], reason)
