"""Outbox, sync state, upload batches and the print register (SYNC.md §4.1, DOMAIN.md §4.15–4.16)."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from sangkien_desktop.domain.enums import DocumentTemplate, UploadResult

from .base import Base, RecordMixin, enum_column, utcnow


class OutboxOp(Base):
    """One committed change to one synced record; immutable once written (SYNC.md rules 2–4)."""

    __tablename__ = "outbox"
    __table_args__ = (
        sa.UniqueConstraint("device_epoch", "seq"),
        sa.Index("ix_outbox_state_seq", "state", "seq"),
        sa.Index("ix_outbox_batch_id", "batch_id"),
    )

    op_id: Mapped[str] = mapped_column(sa.String(36), primary_key=True)
    device_epoch: Mapped[int] = mapped_column(sa.Integer)
    seq: Mapped[int] = mapped_column(sa.Integer)
    entity_type: Mapped[str] = mapped_column(sa.String(40))
    entity_id: Mapped[str] = mapped_column(sa.String(36), index=True)
    op_type: Mapped[str] = mapped_column(sa.String(10))
    base_version: Mapped[int | None] = mapped_column(sa.Integer)
    version: Mapped[int] = mapped_column(sa.Integer)
    payload: Mapped[str | None] = mapped_column(sa.Text)  # canonical JSON; null after compaction
    payload_sha256: Mapped[str] = mapped_column(sa.String(64))
    blob_refs: Mapped[str | None] = mapped_column(sa.Text)  # JSON list of sha256
    created_at_local: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow)
    state: Mapped[str] = mapped_column(sa.String(12), default="PENDING")
    batch_id: Mapped[str | None] = mapped_column(sa.String(36))
    attempts: Mapped[int] = mapped_column(sa.Integer, default=0)
    result_status: Mapped[str | None] = mapped_column(sa.String(20))
    result_code: Mapped[str | None] = mapped_column(sa.String(40))
    result_message: Mapped[str | None] = mapped_column(sa.Text)
    server_version: Mapped[int | None] = mapped_column(sa.Integer)
    server_received_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    settled_at: Mapped[datetime | None] = mapped_column(sa.DateTime)


class SyncState(Base):
    """The single row holding this device's identity and sequence (SYNC.md §4.1)."""

    __tablename__ = "sync_state"
    __table_args__ = (sa.CheckConstraint("singleton = 1", name="single_row"),)

    singleton: Mapped[int] = mapped_column(sa.Integer, primary_key=True, default=1)
    server_url: Mapped[str | None] = mapped_column(sa.String(300))
    server_id: Mapped[str | None] = mapped_column(sa.String(80))
    device_id: Mapped[str | None] = mapped_column(sa.String(36))
    device_epoch: Mapped[int] = mapped_column(sa.Integer, default=1)
    next_seq: Mapped[int] = mapped_column(sa.Integer, default=1)
    pull_cursor: Mapped[str | None] = mapped_column(sa.String(100))
    last_success_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    needs_epoch: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    # Ops not yet settled (outbox.pending_count): kept with each insert, so nothing counts millions.
    unsettled_ops: Mapped[int] = mapped_column(sa.Integer, default=0, server_default="0")
    # Added by migration 0010 (the sync client): enrolment, server figures, backoff, lease, status.
    # Strings without a length: ALTER TABLE appends them, and SQLite ignores lengths anyway.
    acked_ops: Mapped[int] = mapped_column(sa.Integer, default=0, server_default="0")  # ops in ACKED
    unit_id: Mapped[str | None] = mapped_column(sa.String())
    unit_code: Mapped[str | None] = mapped_column(sa.String())
    unit_name: Mapped[str | None] = mapped_column(sa.String())
    credential_ref: Mapped[str | None] = mapped_column(sa.String())  # where the token is, never the token
    ca_bundle: Mapped[str | None] = mapped_column(sa.String())
    enrolled_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    last_ping_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    last_attempt_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    clock_skew_s: Mapped[float | None] = mapped_column(sa.Float)
    server_acked_through_seq: Mapped[int | None] = mapped_column(sa.Integer)
    server_op_count: Mapped[int | None] = mapped_column(sa.Integer)
    server_digest: Mapped[str | None] = mapped_column(sa.String())
    digest_ok: Mapped[bool | None] = mapped_column(sa.Boolean)
    reconciled_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    backoff_step: Mapped[int] = mapped_column(sa.Integer, default=0, server_default="0")
    next_attempt_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    lease_owner: Mapped[str | None] = mapped_column(sa.String())
    lease_until: Mapped[datetime | None] = mapped_column(sa.DateTime)
    connection_state: Mapped[str | None] = mapped_column(sa.String())
    connection_message: Mapped[str | None] = mapped_column(sa.Text)
    batch_max_ops: Mapped[int | None] = mapped_column(sa.Integer)  # adaptive size, kept between runs
    batch_max_bytes: Mapped[int | None] = mapped_column(sa.Integer)
    pullback_epoch: Mapped[int | None] = mapped_column(sa.Integer)  # epoch being pulled back (§4.6)
    pullback_after_seq: Mapped[int] = mapped_column(sa.Integer, default=0, server_default="0")


class SyncBatch(Base):
    """A sealed batch: its exact gzip body, kept so a re-send is byte for byte (SYNC.md rule 9)."""

    __tablename__ = "sync_batch"
    __table_args__ = (sa.Index("ix_sync_batch_state", "state", "first_seq"),)

    batch_id: Mapped[str] = mapped_column(sa.String(36), primary_key=True)
    state: Mapped[str] = mapped_column(sa.String(16))  # SEALED, ACCEPTED_ASYNC, DONE, ABANDONED
    device_epoch: Mapped[int] = mapped_column(sa.Integer)
    first_seq: Mapped[int] = mapped_column(sa.Integer)
    last_seq: Mapped[int] = mapped_column(sa.Integer)
    op_count: Mapped[int] = mapped_column(sa.Integer)
    body_sha256: Mapped[str] = mapped_column(sa.String(64))
    body_gzip: Mapped[bytes | None] = mapped_column(sa.LargeBinary)  # dropped once DONE or ABANDONED
    job_id: Mapped[str | None] = mapped_column(sa.String(100))
    attempts: Mapped[int] = mapped_column(sa.Integer, default=0)
    unknown_streak: Mapped[int] = mapped_column(sa.Integer, default=0)  # outcomes unknown in a row
    next_attempt_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    response_sha256: Mapped[str | None] = mapped_column(sa.String(64))
    last_error: Mapped[str | None] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = mapped_column(sa.DateTime)
    done_at: Mapped[datetime | None] = mapped_column(sa.DateTime)


class BlobUpload(Base):
    """Progress of an attachment's upload, for display only: ``HEAD`` is the truth (SYNC.md W5)."""

    __tablename__ = "blob_upload"

    sha256: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    size: Mapped[int] = mapped_column(sa.BigInteger)
    state: Mapped[str] = mapped_column(sa.String(10))  # PENDING, PARTIAL, COMPLETE
    last_server_received: Mapped[int] = mapped_column(sa.BigInteger, default=0)
    updated_at: Mapped[datetime] = mapped_column(sa.DateTime)


class SyncLogRow(Base):
    """The sync log shown on the Đồng bộ page (Vietnamese, no personal data); trimmed to its newest rows."""

    __tablename__ = "sync_log"

    pk: Mapped[int] = mapped_column(sa.Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(sa.DateTime)
    level: Mapped[str] = mapped_column(sa.String(10))
    message: Mapped[str] = mapped_column(sa.Text)


class ServerReviewState(Base):
    """The upper union's review of a record, pulled from the server (SYNC.md §5); local, never pushed."""

    __tablename__ = "server_review_state"

    entity_id: Mapped[str] = mapped_column(sa.String(36), primary_key=True)
    state: Mapped[str] = mapped_column(sa.String(20))  # RECEIVED, NEEDS_INFO, APPROVED, REJECTED
    message: Mapped[str | None] = mapped_column(sa.Text)
    server_seq: Mapped[int] = mapped_column(sa.Integer)
    received_at: Mapped[datetime] = mapped_column(sa.DateTime)
    applied_seq: Mapped[int | None] = mapped_column(sa.Integer)  # the change the workflow has taken in


class UploadBatch(RecordMixin, Base):
    __tablename__ = "upload_batch"
    __entity_type__ = "upload_batch"

    programme_id: Mapped[str | None] = mapped_column(sa.ForeignKey("programme.id"))
    created_by: Mapped[str | None] = mapped_column(sa.String(120))
    export_file_id: Mapped[str | None] = mapped_column(sa.ForeignKey("attachment.id"))


class UploadItem(RecordMixin, Base):
    __tablename__ = "upload_item"
    __entity_type__ = "upload_item"
    __table_args__ = (
        # The submissions the server has not acknowledged yet: read after every sync (migration 0012).
        sa.Index("ix_upload_item_waiting", "id", sqlite_where=sa.text("server_received_at IS NULL")),
    )

    batch_id: Mapped[str] = mapped_column(sa.ForeignKey("upload_batch.id"), index=True)
    initiative_id: Mapped[str] = mapped_column(sa.ForeignKey("initiative.id"), index=True)
    initiative_version: Mapped[int] = mapped_column(sa.Integer)
    result: Mapped[UploadResult] = mapped_column(enum_column(UploadResult), default=UploadResult.CHO)
    server_received_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    remote_ref: Mapped[str | None] = mapped_column(sa.String(100))
    message: Mapped[str | None] = mapped_column(sa.Text)


class PrintRecord(RecordMixin, Base):
    """Certificate register: serials are never reused; reprints add rows (DOMAIN.md §4.16)."""

    __tablename__ = "print_record"
    __entity_type__ = "print_record"
    __table_args__ = (
        sa.Index("ix_print_record_serial", "serial"),
        # A serial names one certificate: only its first print holds it alone (migration 0009).
        sa.Index(
            "ux_print_record_first_serial", "serial", unique=True,
            sqlite_where=sa.text("reprint_of IS NULL AND serial IS NOT NULL"),
        ),
    )

    template: Mapped[DocumentTemplate] = mapped_column(enum_column(DocumentTemplate))
    serial: Mapped[str | None] = mapped_column(sa.String(40))
    verification_code: Mapped[str | None] = mapped_column(sa.String(20))
    record_type: Mapped[str] = mapped_column(sa.String(40))
    record_id: Mapped[str] = mapped_column(sa.String(36))
    printed_at: Mapped[datetime] = mapped_column(sa.DateTime, default=utcnow)
    printed_by: Mapped[str | None] = mapped_column(sa.String(120))
    on_blank: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    printer_profile: Mapped[str | None] = mapped_column(sa.String(80))
    offset_x_mm: Mapped[str | None] = mapped_column(sa.String(12))
    offset_y_mm: Mapped[str | None] = mapped_column(sa.String(12))
    reprint_of: Mapped[str | None] = mapped_column(sa.ForeignKey("print_record.id"))
    pdf_sha256: Mapped[str | None] = mapped_column(sa.String(64))
    revoked_at: Mapped[datetime | None] = mapped_column(sa.DateTime)
    revoke_reason: Mapped[str | None] = mapped_column(sa.Text)
    # Added by migration 0009 (ALTER TABLE appends them after the envelope columns).
    recipient_name: Mapped[str | None] = mapped_column(sa.String(200), sort_order=10)
    payload: Mapped[str | None] = mapped_column(sa.Text, sort_order=10)  # the signed QR content


class CertificateCounter(Base):
    """Last serial number handed out per unit and year; bumped in the issuing transaction, so
    concurrent issuing never reuses a number. Local, never synced (migration 0009)."""

    __tablename__ = "certificate_counter"

    unit_code: Mapped[str] = mapped_column(sa.String(20), primary_key=True)
    year: Mapped[int] = mapped_column(sa.Integer, primary_key=True)
    last_number: Mapped[int] = mapped_column(sa.Integer, default=0)
