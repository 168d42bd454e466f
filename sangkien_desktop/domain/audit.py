"""The audit trail and the trash as the officer reads them (DOMAIN.md §4.20; issue 4, items 5–6).

Plain data returned by ``AuditService`` and ``TrashService``, the filter the audit page builds, and
how one stored value reads for the officer (Vietnamese labels, dd/mm/yyyy, 1.234.567 đ, enum
labels). The initiative editor's History tab formats its values with the same functions.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from . import enums
from .errors import FieldProblem
from .model import LABELS as INITIATIVE_LABELS
from .people import LABELS as PERSON_LABELS
from .text import clean, format_date, format_money, format_number

__all__ = [
    "AUDIT_ACTIONS",
    "ENTITY_LABELS",
    "TRASH_ENTITIES",
    "AuditFilter",
    "AuditRow",
    "OfficerChoice",
    "TrashItem",
    "entity_label",
    "field_label",
    "formatted_value",
    "local_time_text",
    "shown_value",
]

# What the unit of work records (DOMAIN.md §4.20), and "purge" for a record removed from the trash.
AUDIT_ACTIONS = ("create", "update", "status", "delete", "restore", "purge")

ENTITY_LABELS = {
    "initiative": "Sáng kiến",
    "person": "Người lao động",
    "authorship": "Tác giả",
    "trial_participant": "Người tham gia áp dụng thử",
    "recognition_request": "Đơn yêu cầu công nhận",
    "recognition_decision": "Quyết định công nhận",
    "application_confirmation": "Xác nhận áp dụng",
    "remuneration": "Thù lao tác giả",
    "reward_decision": "Quyết định khen thưởng",
    "reward": "Khen thưởng",
    "attachment": "Tệp đính kèm",
    "employer": "Đơn vị sử dụng lao động",
    "union_unit": "Công đoàn cơ sở",
    "officer": "Cán bộ sử dụng",
    "programme": "Chương trình",
    "programme_phase": "Giai đoạn chương trình",
    "target": "Chỉ tiêu",
    "remuneration_payment": "Chi trả thù lao",
    "upload_batch": "Đợt tải lên",
    "upload_item": "Hồ sơ tải lên",
    "print_record": "Sổ in giấy chứng nhận",
    "setting": "Cài đặt",
}

# Records the officer deletes, restores and purges from the Trash page, in the page's order.
TRASH_ENTITIES = ("initiative", "person", "reward_decision", "recognition_decision", "attachment")


def entity_label(entity: str) -> str:
    return ENTITY_LABELS.get(entity, entity)


@dataclass(frozen=True)
class AuditFilter:
    """What the audit query is narrowed to; ``None`` means "any".

    ``record`` is any record's id, or an initiative's code or id (then its authors, decisions and
    other rows hanging from it are included). ``since``/``until`` are calendar days in UTC, both
    included. ``text`` is looked for in the old and new values."""

    entity: str | None = None
    record: str | None = None
    officer_id: str | None = None
    since: date | None = None
    until: date | None = None
    action: str | None = None
    text: str | None = None

    def problems(self) -> list[FieldProblem]:
        found = []
        if self.action is not None and self.action not in AUDIT_ACTIONS:
            found.append(FieldProblem("action", "Thao tác", f"“{self.action}” không phải thao tác đã biết"))
        if self.since and self.until and self.since > self.until:
            found.append(FieldProblem("since", "Từ ngày", "sau ngày kết thúc"))
        return found

    def cleaned(self) -> AuditFilter:
        return AuditFilter(
            self.entity or None, clean(self.record) or None, self.officer_id or None,
            self.since, self.until, self.action or None, clean(self.text) or None,
        )


@dataclass(frozen=True)
class AuditRow:
    """One audit entry ready to show: names resolved, values formatted."""

    pk: int
    at: datetime  # UTC
    officer_name: str | None  # None: the console or the system
    entity: str
    entity_label: str  # "Sáng kiến", "Người lao động" …
    entity_id: str
    record_label: str  # what names the record: the initiative code, the person's name …
    action: str
    field: str | None
    field_label: str | None
    old_value: str | None  # as the officer reads it
    new_value: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat() + "Z", "officer": self.officer_name, "entity": self.entity,
            "entity_label": self.entity_label, "entity_id": self.entity_id, "record": self.record_label,
            "action": self.action, "field": self.field, "field_label": self.field_label,
            "old_value": self.old_value, "new_value": self.new_value,
        }


@dataclass(frozen=True)
class OfficerChoice:
    id: str
    full_name: str


@dataclass(frozen=True)
class TrashItem:
    """A deleted record waiting in the trash."""

    entity: str
    entity_label: str
    id: str
    label: str  # what names it: "SK-2024-001 – Cải tiến băng tải", "Nguyễn Thị Hoa", "bien-ban.pdf"
    version: int
    deleted_at: datetime  # UTC
    deleted_by: str | None  # the officer's name; None for the console or the system

    def to_json(self) -> dict[str, Any]:
        return {
            "entity": self.entity, "entity_label": self.entity_label, "id": self.id, "label": self.label,
            "version": self.version, "deleted_at": self.deleted_at.isoformat() + "Z",
            "deleted_by": self.deleted_by,
        }


# -- field labels -----------------------------------------------------------------------------------

_COMMON_LABELS = {
    "deleted_at": "Đã xoá",
    "created_at": "Ngày tạo",
    "number": "Số quyết định",
    "decided_on": "Ngày quyết định",
    "initiative_id": "Sáng kiến",
    "person_id": "Người lao động",
    "full_name": "Họ và tên",
    "role": "Vai trò",
    "share_pct": "Tỷ lệ đóng góp",
    "position": "Thứ tự",
    "level": "Cấp",
    "outcome": "Kết quả",
    "reason": "Lý do",
    "state": "Tình trạng",
    "amount": "Số tiền",
    "file_name": "Tên tệp",
    "kind": "Loại",
    "name": "Tên",
    "signer_name": "Người ký",
    "status_changed_at": "Ngày đổi trạng thái",
}
_ENTITY_FIELD_LABELS: dict[str, dict[str, str]] = {
    "initiative": INITIATIVE_LABELS,
    "person": {**PERSON_LABELS, "name_sort_key": "Khoá sắp xếp tên"},
    "authorship": {"role": INITIATIVE_LABELS["authors.role"],
                   "position": INITIATIVE_LABELS["authors.position"]},
    "recognition_decision": {"number": INITIATIVE_LABELS["decision_number"],
                             "decided_on": INITIATIVE_LABELS["decided_on"]},
    "reward_decision": {"fund_source": "Nguồn quỹ", "authority": "Thẩm quyền ký", "subject": "Trích yếu"},
    "reward": {"form": "Hình thức", "citation": "Thành tích", "collective_name": "Tập thể",
               "golden_book_no": "Số vào sổ vàng"},
    "attachment": {"kind": "Loại tệp", "owner_id": "Thuộc hồ sơ"},
}


def field_label(entity: str, field: str | None) -> str | None:
    if field is None:
        return None
    return _ENTITY_FIELD_LABELS.get(entity, {}).get(field) or _COMMON_LABELS.get(field, field)


# -- values -----------------------------------------------------------------------------------------

_ENUMS: dict[str, type[Enum]] = {
    "kind": enums.SolutionKind,
    "field_code": enums.FieldCode,
    "status": enums.InitiativeStatus,
    "role": enums.AuthorRole,
    "outcome": enums.RecognitionOutcome,
    "scope": enums.Scope,
    "benefit_source": enums.BenefitSource,
    "sex": enums.Sex,
    "worker_kind": enums.WorkerKind,
    "birth_date_precision": enums.DatePrecision,
    "ownership_type": enums.OwnershipType,
    "issuer_kind": enums.IssuerKind,
    "authority": enums.SigningAuthority,
    "fund_source": enums.FundSource,
    "form": enums.RewardForm,
    "recipient_kind": enums.RecipientKind,
    "nominate_level": enums.RewardLevel,
}
# The same field name holding another enum in another table.
_ENTITY_ENUMS: dict[str, dict[str, type[Enum]]] = {
    "officer": {"role": enums.OfficerRole},
    "attachment": {"kind": enums.AttachmentKind},
    "recognition_request": {"state": enums.RequestState},
    "recognition_decision": {"level": enums.RecognitionLevel},
    "reward_decision": {"state": enums.DecisionState},
    "reward": {"level": enums.RewardLevel},
}
_MONEY = frozenset({"benefit_value", "amount", "amount_due", "amount_paid", "year_benefit"})
_PERCENT = frozenset({"share_pct", "rate_pct", "coefficient"})
_DATETIMES = frozenset({"deleted_at", "created_at", "updated_at", "status_changed_at"})


def shown_value(entity: str | None, field: str | None, stored: str | None) -> str | None:
    """A stored canonical-JSON value as the officer reads it; None for no value."""
    if stored is None:
        return None
    value = json.loads(stored)
    return None if value is None else formatted_value(entity, field or "", value)


def formatted_value(entity: str | None, field: str, value: Any) -> str:
    if isinstance(value, bool):
        return "Có" if value else "Không"
    enum_cls = _ENTITY_ENUMS.get(entity or "", {}).get(field) or _ENUMS.get(field)
    if enum_cls is not None:
        return _enum_text(enum_cls, value)
    if isinstance(value, str) and (field.endswith("_on") or field.endswith("_date")):
        return _date_text(value)
    if isinstance(value, str) and field in _DATETIMES:
        return _datetime_text(value)
    if field in _MONEY and isinstance(value, int):
        return format_money(value)
    if field in _PERCENT:
        share = Decimal(str(value))
        return format_number(share, 0 if share == share.to_integral_value() else 2) + "%"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _enum_text(enum_cls: type[Enum], value: Any) -> str:
    try:
        return str(getattr(enum_cls(value), "label", value))
    except ValueError:
        return str(value)


def _date_text(value: str) -> str:
    try:
        return format_date(date.fromisoformat(value))
    except ValueError:
        return value


def _datetime_text(value: str) -> str:
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    return local_time_text(moment)


def local_time_text(at: datetime) -> str:
    """A UTC moment (naive, as stored) as the officer's clock shows it: "05/03/2024 14:30"."""
    aware = at if at.tzinfo is not None else at.replace(tzinfo=UTC)
    local = aware.astimezone()
    return f"{format_date(local.date())} {local:%H:%M}"
