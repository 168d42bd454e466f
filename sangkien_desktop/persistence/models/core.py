"""The office, its employer, people, officers, settings and the audit trail.

DOMAIN.md §4.1–4.3 and §4.18–4.20.
"""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from sangkien_desktop.domain.enums import DatePrecision, OfficerRole, OwnershipType, Sex, WorkerKind

from .base import LOCAL, PERSONAL, Base, RecordMixin, enum_column, utcnow


class Employer(RecordMixin, Base):
    __tablename__ = "employer"
    __entity_type__ = "employer"

    name: Mapped[str] = mapped_column(sa.String(200))
    parent_org: Mapped[str | None] = mapped_column(sa.String(200))
    ownership_type: Mapped[OwnershipType | None] = mapped_column(enum_column(OwnershipType))
    tax_code: Mapped[str | None] = mapped_column(sa.String(20))
    address: Mapped[str | None] = mapped_column(sa.String(300))
    head_name: Mapped[str | None] = mapped_column(sa.String(120))
    head_title: Mapped[str | None] = mapped_column(sa.String(120))
    has_council: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    council_chair_name: Mapped[str | None] = mapped_column(sa.String(120))
    doc_symbol: Mapped[str | None] = mapped_column(sa.String(20))


class Person(RecordMixin, Base):
    __tablename__ = "person"
    __entity_type__ = "person"

    full_name: Mapped[str] = mapped_column(sa.String(120))
    family_name: Mapped[str] = mapped_column(sa.String(60), default="")
    middle_name: Mapped[str] = mapped_column(sa.String(80), default="")
    given_name: Mapped[str] = mapped_column(sa.String(60), default="")
    name_parts_overridden: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    # Derived for ORDER BY; rebuilt when the tone-order setting changes, so never synced.
    name_sort_key: Mapped[str] = mapped_column(sa.String(400), default="", index=True, info=LOCAL)
    sex: Mapped[Sex] = mapped_column(enum_column(Sex), default=Sex.KHONG_RO)
    birth_date: Mapped[date | None] = mapped_column(sa.Date)
    birth_date_precision: Mapped[DatePrecision | None] = mapped_column(enum_column(DatePrecision))
    department: Mapped[str | None] = mapped_column(sa.String(200))
    workplace: Mapped[str | None] = mapped_column(sa.String(200))
    job_title: Mapped[str | None] = mapped_column(sa.String(120))
    qualification: Mapped[str | None] = mapped_column(sa.String(120))
    is_member: Mapped[bool] = mapped_column(sa.Boolean, default=True)
    worker_kind: Mapped[WorkerKind | None] = mapped_column(enum_column(WorkerKind))
    ethnicity: Mapped[str | None] = mapped_column(sa.String(40))
    id_number: Mapped[str | None] = mapped_column(sa.String(20), info=PERSONAL)
    phone: Mapped[str | None] = mapped_column(sa.String(30), info=PERSONAL)
    email: Mapped[str | None] = mapped_column(sa.String(120), info=PERSONAL)


class UnionUnit(RecordMixin, Base):
    __tablename__ = "union_unit"
    __entity_type__ = "union_unit"

    full_name: Mapped[str] = mapped_column(sa.String(200))
    short_name: Mapped[str] = mapped_column(sa.String(60))
    doc_symbol: Mapped[str | None] = mapped_column(sa.String(20))
    parent_union_name: Mapped[str | None] = mapped_column(sa.String(200))
    top_affiliate: Mapped[str | None] = mapped_column(sa.String(200))
    emulation_cluster: Mapped[str | None] = mapped_column(sa.String(200))
    place_name: Mapped[str | None] = mapped_column(sa.String(60))
    chair_id: Mapped[str | None] = mapped_column(sa.ForeignKey("person.id"))
    employer_id: Mapped[str] = mapped_column(sa.ForeignKey("employer.id"))
    unit_code: Mapped[str] = mapped_column(sa.String(20))


class Officer(RecordMixin, Base):
    """A user of the app at this office; local to the PC (DOMAIN.md §4.19)."""

    __tablename__ = "officer"

    full_name: Mapped[str] = mapped_column(sa.String(120))
    role: Mapped[OfficerRole] = mapped_column(enum_column(OfficerRole))
    pin_hash: Mapped[str | None] = mapped_column(sa.String(200))
    active: Mapped[bool] = mapped_column(sa.Boolean, default=True)


class Setting(Base):
    """Domain settings with their provenance (DOMAIN.md §4.18, §8)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(sa.String(100), primary_key=True)
    value: Mapped[str] = mapped_column(sa.Text)  # canonical JSON
    verified: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    source: Mapped[str | None] = mapped_column(sa.Text)
    updated_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow)


class AuditEntry(Base):
    """Append-only change log, one row per changed field, written with the change (DOMAIN.md §4.20)."""

    __tablename__ = "audit_entry"
    __table_args__ = (sa.Index("ix_audit_entry_entity", "entity", "entity_id"),)

    pk: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow)
    officer_id: Mapped[str | None] = mapped_column(sa.String(36))
    entity: Mapped[str] = mapped_column(sa.String(40))
    entity_id: Mapped[str] = mapped_column(sa.String(36))
    action: Mapped[str] = mapped_column(sa.String(10))
    field: Mapped[str | None] = mapped_column(sa.String(60))
    old_value: Mapped[str | None] = mapped_column(sa.Text)
    new_value: Mapped[str | None] = mapped_column(sa.Text)


# Made by hand after the table, as migration 0007 makes them in existing stores (same SQL): the global
# audit page's time index (outside the metadata, so fresh and upgraded stores create the table's
# indexes in the same order), and triggers keeping the trail append-only in the database itself,
# not only in the app (DOMAIN.md §4.20).
AUDIT_TIME_INDEX = "ix_audit_entry_time"
AUDIT_DDL = (
    f"CREATE INDEX {AUDIT_TIME_INDEX} ON audit_entry (at)",
    *(
        f"CREATE TRIGGER audit_entry_no_{verb.lower()} BEFORE {verb} ON audit_entry "
        f"BEGIN SELECT RAISE(ABORT, 'audit_entry is append-only'); END"
        for verb in ("UPDATE", "DELETE")
    ),
)
for _statement in AUDIT_DDL:
    sa.event.listen(AuditEntry.__table__, "after_create", sa.DDL(_statement))  # type: ignore[no-untyped-call]


class PurgedRecord(Base):
    """A record removed for good from the trash: its tombstone, so sync never brings it back."""

    __tablename__ = "purged_record"

    entity: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
    entity_id: Mapped[str] = mapped_column(sa.String(36), primary_key=True)
    version: Mapped[int] = mapped_column(sa.Integer)
    deleted_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    purged_at: Mapped[datetime] = mapped_column(sa.DateTime)
