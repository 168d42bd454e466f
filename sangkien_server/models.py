"""Tables of the central server (SYNC.md §6). Times are naive UTC from the server clock."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# SQLite autoincrements only an INTEGER PRIMARY KEY; PostgreSQL gets a 64-bit identity.
BigId = BigInteger().with_variant(Integer(), "sqlite")
Id = String(36)
Sha = String(64)


class Base(DeclarativeBase):
    pass


class ServerMeta(Base):
    __tablename__ = "server_meta"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Unit(Base):
    __tablename__ = "units"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    code: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class EnrollmentCode(Base):
    __tablename__ = "enrollment_codes"
    code_hash: Mapped[str] = mapped_column(Sha, primary_key=True)
    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    used_at: Mapped[datetime | None] = mapped_column(DateTime)
    used_by: Mapped[str | None] = mapped_column(Id)


class Device(Base):
    __tablename__ = "devices"
    id: Mapped[str] = mapped_column(Id, primary_key=True)
    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"), index=True)
    name: Mapped[str] = mapped_column(Text)
    token_hash: Mapped[str] = mapped_column(Sha, unique=True)
    hmac_key: Mapped[str] = mapped_column(Sha)  # needed in clear to sign responses
    current_epoch: Mapped[int] = mapped_column(Integer)
    op_count: Mapped[int] = mapped_column(Integer, default=0)
    digest: Mapped[str] = mapped_column(Sha)  # running XOR of the stored ops (protocol.device_digest)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    enrolled_at: Mapped[datetime] = mapped_column(DateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_seen_at: Mapped[datetime | None] = mapped_column(DateTime)


class DeviceEpoch(Base):
    __tablename__ = "device_epochs"
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), primary_key=True)
    epoch: Mapped[int] = mapped_column(Integer, primary_key=True)
    acked_through_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class StoredOp(Base):
    """An op the server keeps (applied or conflict_flagged): unique ``op_id``."""

    __tablename__ = "ops"
    __table_args__ = (Index("ix_ops_device_epoch_seq", "device_id", "device_epoch", "seq"),)
    op_id: Mapped[str] = mapped_column(Id, primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"), index=True)
    device_epoch: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(BigInteger)
    entity_type: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(Id)
    op_type: Mapped[str] = mapped_column(String(10))
    base_version: Mapped[int | None] = mapped_column(Integer)
    version: Mapped[int | None] = mapped_column(Integer)
    payload: Mapped[str] = mapped_column(Text)
    payload_sha256: Mapped[str] = mapped_column(Sha)
    blob_refs: Mapped[str] = mapped_column(Text)  # JSON array
    created_at_local: Mapped[str | None] = mapped_column(String(40))
    received_at: Mapped[datetime] = mapped_column(DateTime)
    batch_id: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(20))
    server_version: Mapped[int] = mapped_column(Integer)


class OpReceipt(Base):
    """Every decided (device, epoch, seq), whatever its result except ``deferred``."""

    __tablename__ = "op_receipts"
    __table_args__ = (UniqueConstraint("device_id", "device_epoch", "seq", name="uq_receipt_device_seq"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"))
    device_epoch: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(BigInteger)
    op_id: Mapped[str] = mapped_column(Id, index=True)
    status: Mapped[str] = mapped_column(String(20))
    code: Mapped[str | None] = mapped_column(String(40))
    batch_id: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime] = mapped_column(DateTime)


class Batch(Base):
    """A processed batch and its exact response, replayed for ``replay_retention_days``."""

    __tablename__ = "batches"
    batch_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("devices.id"), index=True)
    body_sha256: Mapped[str] = mapped_column(Sha)
    status_code: Mapped[int] = mapped_column(Integer)
    response_body: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime, index=True)


class Record(Base):
    """Current state of a record; ``unit_id`` is null for server-owned reference data."""

    __tablename__ = "records"
    __table_args__ = (Index("ix_records_unit_type", "unit_id", "entity_type"),)
    entity_type: Mapped[str] = mapped_column(String(40), primary_key=True)
    entity_id: Mapped[str] = mapped_column(Id, primary_key=True)
    unit_id: Mapped[str | None] = mapped_column(ForeignKey("units.id"))
    version: Mapped[int] = mapped_column(Integer)
    payload: Mapped[str] = mapped_column(Text)
    payload_sha256: Mapped[str] = mapped_column(Sha)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    conflict: Mapped[bool] = mapped_column(Boolean, default=False)
    last_op_id: Mapped[str | None] = mapped_column(Id)
    first_received_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class RecordHistory(Base):
    __tablename__ = "record_history"
    __table_args__ = (Index("ix_history_record", "entity_type", "entity_id"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    entity_type: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(Id)
    version: Mapped[int] = mapped_column(Integer)
    payload: Mapped[str] = mapped_column(Text)
    payload_sha256: Mapped[str] = mapped_column(Sha)
    deleted: Mapped[bool] = mapped_column(Boolean)
    op_id: Mapped[str | None] = mapped_column(Id)
    conflict: Mapped[bool] = mapped_column(Boolean)  # kept because a stale op replaced or missed it
    replaced_at: Mapped[datetime] = mapped_column(DateTime)


class Blob(Base):
    """Attachment bytes held for one unit (per unit, so one unit never learns what another holds)."""

    __tablename__ = "blobs"
    __table_args__ = (UniqueConstraint("unit_id", "sha256", name="uq_blob_unit_sha"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"))
    sha256: Mapped[str] = mapped_column(Sha)
    size: Mapped[int] = mapped_column(BigInteger)
    received: Mapped[int] = mapped_column(BigInteger)
    complete: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime)


class ReviewState(Base):
    __tablename__ = "review_states"
    entity_id: Mapped[str] = mapped_column(Id, primary_key=True)
    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"), index=True)
    entity_type: Mapped[str] = mapped_column(String(40))
    state: Mapped[str] = mapped_column(String(20))
    message: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class ChangeLog(Base):
    """What clients pull (SYNC.md §5); ``unit_id`` null means every unit."""

    __tablename__ = "change_log"
    server_seq: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    unit_id: Mapped[str | None] = mapped_column(ForeignKey("units.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(Id)
    version: Mapped[int] = mapped_column(Integer)
    deleted: Mapped[bool] = mapped_column(Boolean)
    payload: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class PublicKey(Base):
    """An office's certificate signing key (``SKK1:…``), registered at enrolment or by PUT /keys."""

    __tablename__ = "public_keys"
    __table_args__ = (UniqueConstraint("unit_id", "public_key", name="uq_key_unit_key"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    unit_id: Mapped[str] = mapped_column(ForeignKey("units.id"))
    device_id: Mapped[str | None] = mapped_column(ForeignKey("devices.id"))
    public_key: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime)
