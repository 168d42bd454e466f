"""Declarative base, shared column types and the record mixins (DOMAIN.md §3)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, ClassVar

import sqlalchemy as sa
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from sangkien_desktop.protocol import new_id

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Column.info flags deciding what leaves the office PC (SYNC.md rule 3).
LOCAL = {"local": True}  # never synced (derived or office-only)
DERIVED = {"local": True, "derived": True}  # computed from other columns: neither synced nor audited
PERSONAL = {"personal": True}  # synced only with sync.send_personal_contacts


def utcnow() -> datetime:
    """Naive UTC timestamp, the storage convention for every datetime column."""
    return datetime.now(UTC).replace(tzinfo=None)


def new_uuid() -> str:
    return new_id()


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)


class Percent(sa.types.TypeDecorator[Decimal]):
    """dec(5,2) stored exactly as integer hundredths (SQLite has no decimal type)."""

    impl = sa.Integer
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        hundredths = Decimal(value) * 100
        if hundredths != hundredths.to_integral_value():
            raise ValueError("Tỷ lệ chỉ được có tối đa 2 chữ số thập phân")
        return int(hundredths)

    def process_result_value(self, value: int | None, dialect: Dialect) -> Decimal | None:
        return None if value is None else (Decimal(value) / 100).quantize(Decimal("0.01"))


def enum_column(enum_cls: type[Enum], **kwargs: Any) -> sa.Enum:
    """Stored as the code string with a CHECK constraint, so no stray value reaches the table."""
    return sa.Enum(
        enum_cls,
        native_enum=False,
        create_constraint=True,
        length=max(len(str(m.value)) for m in enum_cls),
        values_callable=lambda e: [m.value for m in e],
        name=f"{enum_cls.__name__.lower()}",
        validate_strings=True,
        **kwargs,
    )


class RecordMixin:
    """Identity, version, timestamps and tombstone shared by every stored entity."""

    pk: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True, info=LOCAL)
    id: Mapped[str] = mapped_column(sa.String(36), unique=True, default=new_uuid)
    version: Mapped[int] = mapped_column(sa.Integer, default=1)
    server_version: Mapped[int | None] = mapped_column(sa.Integer, info=LOCAL)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(sa.DateTime)

    # Name in the sync protocol; None for records that never leave the PC.
    __entity_type__: ClassVar[str | None] = None
