"""Administration used in-process by the CLI and by tests; each call opens its own transaction."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sangkien_desktop import protocol
from sangkien_server import auth, db, enrollment, exporting, meta, offline
from sangkien_server.config import ServerSettings
from sangkien_server.models import ChangeLog, Device, Record, ReviewState, Unit
from sangkien_server.offline import ImportSummary
from sangkien_server.wire import ApiError, utcnow

REVIEW_STATES = ("RECEIVED", "NEEDS_INFO", "APPROVED", "REJECTED")
REFERENCE_KINDS = ("employer", "programme", "reward_form", "base_salary", "template_profile")

__all__ = ["REFERENCE_KINDS", "REVIEW_STATES", "AdminError", "ImportSummary", "create_enrollment_code",
           "export", "import_file", "publish_reference", "revoke_device", "set_review_state"]


class AdminError(Exception):
    """A refusal with a Vietnamese message for the administrator."""


def create_enrollment_code(db_url: str, unit_code: str, unit_name: str, ttl_days: int = 7) -> str:
    """A one-time code for one device of the unit (created if new), valid ``ttl_days`` days."""
    db.upgrade(db_url)
    with db.write_session(db_url) as session:
        try:
            unit = enrollment.ensure_unit(session, unit_code, unit_name)
        except ValueError as exc:
            raise AdminError(str(exc)) from exc
        code = enrollment.create_code(session, unit, ttl_days)
        session.commit()
    return code


def revoke_device(db_url: str, device_id: str) -> None:
    """Refuse the device's token from now on (403 ``device_revoked``); its data stays."""
    db.upgrade(db_url)
    with db.write_session(db_url) as session:
        device = session.get(Device, device_id)
        if device is None:
            raise AdminError(f"Không có thiết bị “{device_id}”.")
        if device.revoked_at is None:
            device.revoked_at = utcnow()
        session.commit()


def set_review_state(db_url: str, unit_code: str | None, entity_id: str, state: str,
                     message: str | None = None) -> int:
    """Record the upper union's review of a received record; the office pulls it from /sync/changes.
    Returns the change's ``server_seq``."""
    if state not in REVIEW_STATES:
        raise AdminError(f"Trạng thái “{state}” không hợp lệ; chọn một trong {', '.join(REVIEW_STATES)}.")
    db.upgrade(db_url)
    with db.write_session(db_url) as session:
        record = _reviewed_record(session, unit_code, entity_id)
        assert record.unit_id is not None
        now = utcnow()
        review = session.get(ReviewState, entity_id)
        if review is None:
            review = ReviewState(entity_id=entity_id, unit_id=record.unit_id, entity_type=record.entity_type,
                                 state=state, message=message, version=1, updated_at=now)
            session.add(review)
        else:
            review.state, review.message, review.version, review.updated_at = (
                state, message, review.version + 1, now)
        payload = {"entity_type": record.entity_type, "entity_id": entity_id, "state": state,
                   "message": message, "updated_at": protocol.format_utc(now)}
        seq = _log_change(session, record.unit_id, "review_state", entity_id, review.version, False, payload)
        session.commit()
    return seq


def _reviewed_record(session: Session, unit_code: str | None, entity_id: str) -> Record:
    query = select(Record).where(Record.entity_id == entity_id, Record.unit_id.is_not(None))
    if unit_code is not None:
        query = query.join(Unit, Unit.id == Record.unit_id).where(Unit.code == unit_code)
    record = session.scalars(query.order_by(Record.entity_type)).first()
    if record is None:
        where = f" của đơn vị “{unit_code}”" if unit_code else ""
        raise AdminError(f"Máy chủ chưa nhận bản ghi “{entity_id}”{where}.")
    return record


def publish_reference(db_url: str, kind: str, record_id: str, payload: dict[str, Any], *,
                      unit_code: str | None = None, deleted: bool = False) -> int:
    """Publish server-owned reference data (employers, programmes, reward forms, base salaries,
    template profiles) to every unit, or to one; employers also satisfy ops that reference them."""
    if kind not in REFERENCE_KINDS:
        raise AdminError(f"Loại dữ liệu danh mục “{kind}” không hợp lệ.")
    db.upgrade(db_url)
    with db.write_session(db_url) as session:
        unit_id = None
        if unit_code is not None:
            unit = session.scalars(select(Unit).where(Unit.code == unit_code)).one_or_none()
            if unit is None:
                raise AdminError(f"Không có đơn vị “{unit_code}”.")
            unit_id = unit.id
        version = (session.scalar(select(func.max(ChangeLog.version)).where(
            ChangeLog.kind == kind, ChangeLog.entity_id == record_id)) or 0) + 1
        if kind in protocol.ENTITY_TYPES:
            _put_reference_record(session, kind, record_id, unit_id, version, payload, deleted)
        seq = _log_change(session, unit_id, kind, record_id, version, deleted, payload)
        session.commit()
    return seq


def _put_reference_record(session: Session, kind: str, record_id: str, unit_id: str | None, version: int,
                          payload: dict[str, Any], deleted: bool) -> None:
    text, sha = protocol.payload_hash(payload)
    record = session.get(Record, (kind, record_id))
    now = utcnow()
    if record is None:
        session.add(Record(entity_type=kind, entity_id=record_id, unit_id=unit_id, version=version,
                           payload=text, payload_sha256=sha, deleted=deleted, conflict=False,
                           first_received_at=now, updated_at=now))
    elif record.unit_id is not None and record.unit_id != unit_id:
        raise AdminError(f"Mã “{record_id}” đã là bản ghi của một đơn vị, không phải dữ liệu danh mục.")
    else:
        record.version, record.payload, record.payload_sha256 = version, text, sha
        record.deleted, record.updated_at = deleted, now


def _log_change(session: Session, unit_id: str | None, kind: str, entity_id: str, version: int, deleted: bool,
                payload: dict[str, Any]) -> int:
    row = ChangeLog(unit_id=unit_id, kind=kind, entity_id=entity_id, version=version, deleted=deleted,
                    payload=json.dumps(payload, ensure_ascii=False, sort_keys=True), created_at=utcnow())
    session.add(row)
    session.flush()
    return row.server_seq


def export(db_url: str, out: Path, unit: str | None = None) -> int:
    """Write the received initiatives to ``out`` (.csv or .xlsx); returns the number of rows."""
    db.upgrade(db_url)
    with db.read_session(db_url) as session:
        try:
            return exporting.write(out, exporting.rows(session, unit))
        except ValueError as exc:
            raise AdminError(str(exc)) from exc


def import_file(db_url: str, path: Path, *, data_dir: Path | None = None,
                ack_out: Path | None = None) -> ImportSummary:
    """Apply an offline delivery file through the batch handler; optionally write a ``.skack`` file.
    Blobs go to ``data_dir`` (default: the folder the server on this database last used)."""
    db.upgrade(db_url)
    settings = ServerSettings(db_url=db_url, data_dir=data_dir or meta.data_dir_of(db_url))
    try:
        summary = offline.import_bytes(settings, path.read_bytes())
    except OSError as exc:
        raise AdminError(f"Không đọc được tệp “{path}”: {exc.strerror}.") from exc
    except ApiError as exc:
        raise AdminError(exc.message) from exc
    if ack_out is not None:
        with db.read_session(db_url) as session:
            offline.write_ack(ack_out, summary, auth.server_id(session, db_url))
    return summary
