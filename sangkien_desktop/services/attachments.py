"""Attaching files (scans, drawings, photos, proofs) to records, opening and removing them."""

from __future__ import annotations

import mimetypes
import re
import shutil
import stat
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from sangkien_desktop.domain.detail import AttachmentView
from sangkien_desktop.domain.enums import AttachmentKind
from sangkien_desktop.domain.errors import FieldProblem, KnownError, NotFoundError, ValidationError
from sangkien_desktop.domain.text import format_number, nfc
from sangkien_desktop.persistence.blobs import BlobStore
from sangkien_desktop.persistence.initiative_edit_queries import attachment_views
from sangkien_desktop.persistence.models import Attachment, Initiative
from sangkien_desktop.persistence.unit_of_work import UnitOfWorkFactory

from . import settings

__all__ = ["OWNERS", "AttachmentService", "AttachmentView", "StoredFile"]

# Records a file may belong to, by owner type; more join as their screens arrive.
OWNERS: dict[str, type[Initiative]] = {"initiative": Initiative}
MAX_SIZE_KEY = "attachments.max_size_mb"
MEGABYTE = 1024 * 1024
# Characters Windows refuses in file names (the copies for viewing are named after the original).
_UNSAFE_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


@dataclass(frozen=True)
class StoredFile:
    """A file already copied into the blob store, not yet recorded as an attachment."""

    sha256: str
    size: int
    file_name: str


class AttachmentService:
    def __init__(self, uow: UnitOfWorkFactory, blobs: BlobStore) -> None:
        self._uow = uow
        self.blobs = blobs

    def attach(
        self,
        owner_type: str,
        owner_id: str,
        source: Path,
        kind: AttachmentKind,
        officer_id: str | None = None,
    ) -> AttachmentView:
        """Check the file (readable, within the size limit), copy it into the blob store
        (idempotent, outside the transaction), then record it in one transaction."""
        with self._uow.read() as session:
            _require_owner(session, owner_type, owner_id)
        stored = self.store_file(source)
        with self._uow(officer_id) as uow:
            view = self.record(uow.session, stored, owner_type, owner_id, kind)
            uow.commit()
        return view

    def store_file(self, source: Path) -> StoredFile:
        """Check the file and copy its bytes into the blob store, outside any transaction, so that
        another service can record it with ``record`` inside its own unit of work."""
        with self._uow.read() as session:
            limit = _max_size_bytes(session)
        _check_source(source, limit)
        sha256, size = self.blobs.put_file(source)
        return StoredFile(sha256, size, nfc(source.name))

    def record(
        self, session: Session, stored: StoredFile, owner_type: str, owner_id: str, kind: AttachmentKind
    ) -> AttachmentView:
        """Add the attachment row for a stored file in the caller's transaction (the caller commits)."""
        _require_owner(session, owner_type, owner_id)
        mime = mimetypes.guess_type(stored.file_name)[0] or "application/octet-stream"
        row = Attachment(
            sha256=stored.sha256,
            file_name=stored.file_name,
            mime_type=mime,
            size_bytes=stored.size,
            kind=kind,
            owner_type=owner_type,
            owner_id=owner_id,
        )
        session.add(row)
        session.flush()
        return AttachmentView(row.id, stored.sha256, row.file_name, mime, stored.size, kind)

    def list_for(self, owner_type: str, owner_id: str) -> list[AttachmentView]:
        with self._uow.read() as session:
            return list(attachment_views(session, owner_type, owner_id))

    def remove(self, attachment_id: str, officer_id: str | None = None) -> None:
        """Tombstone the record; the bytes stay (other records may share them, and sync needs them)."""
        with self._uow(officer_id) as uow:
            row = _live(uow.session, attachment_id)
            row.deleted_at = uow.now()
            uow.commit()

    def file_path(self, attachment_id: str) -> Path:
        """A copy of the file under its original name, for the system viewer: the name tells the
        viewer what it is, and a viewer that saves in place cannot damage the stored bytes."""
        with self._uow.read() as session:
            row = _live(session, attachment_id)
            sha256, file_name = row.sha256, row.file_name
        blob = self.blobs.path_of(sha256)
        if not blob.is_file():
            raise KnownError(
                f"Tệp “{file_name}” không còn trong thư mục dữ liệu ({self.blobs.root}); "
                "hãy khôi phục từ bản sao lưu hoặc đính kèm lại."
            )
        return _viewing_copy(blob, self.blobs.root.parent / "open" / attachment_id / _safe_name(file_name))

    def max_size_bytes(self) -> int:
        """The largest file accepted (setting ``attachments.max_size_mb``, 50 MB by default)."""
        with self._uow.read() as session:
            return _max_size_bytes(session)


def _require_owner(session: Session, owner_type: str, owner_id: str) -> None:
    model = OWNERS.get(owner_type)
    query = (
        None if model is None else sa.select(model.pk).where(model.id == owner_id, model.deleted_at.is_(None))
    )
    if query is None or session.scalar(query) is None:
        raise NotFoundError(f"Không tìm thấy hồ sơ {owner_type} “{owner_id}” để đính kèm tệp.")


def _live(session: Session, attachment_id: str) -> Attachment:
    row = session.scalar(
        sa.select(Attachment).where(Attachment.id == attachment_id, Attachment.deleted_at.is_(None))
    )
    if row is None:
        raise NotFoundError("Không tìm thấy tệp đính kèm này (có thể đã bị gỡ).")
    return row


def _max_size_bytes(session: Session) -> int:
    """From the setting; a store written before the setting existed, or a bad value, gets the default."""
    value = settings.read_all(session).get(MAX_SIZE_KEY)
    if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
        value = settings.APP_DEFAULTS[MAX_SIZE_KEY]
    assert isinstance(value, int | float)
    return int(value * MEGABYTE)


def _check_source(source: Path, limit: int) -> None:
    """Refuse, before copying anything, a path that is not a readable file or is too large."""
    name = nfc(source.name)
    try:
        info = source.stat()
        if stat.S_ISDIR(info.st_mode):
            raise _unreadable(name, "đây là một thư mục, hãy chọn một tệp")
        if not stat.S_ISREG(info.st_mode):
            raise _unreadable(name, "đây không phải là tệp thông thường")
        with source.open("rb") as stream:  # permissions, and files locked by another program
            stream.read(1)
    except FileNotFoundError as exc:
        raise _unreadable(name, "không tìm thấy tệp (có thể đã bị xoá, đổi tên hoặc ổ đĩa đã ngắt)") from exc
    except PermissionError as exc:
        raise _unreadable(name, "không có quyền đọc tệp, hoặc tệp đang bị chương trình khác khoá") from exc
    except OSError as exc:
        raise _unreadable(name, exc.strerror or "lỗi đọc đĩa") from exc
    if info.st_size > limit:
        reason = (
            f"“{name}” nặng {_megabytes(info.st_size)}, vượt giới hạn {_megabytes(limit)} cho mỗi tệp "
            "(có thể đổi giới hạn trong Cài đặt)"
        )
        raise ValidationError([FieldProblem("file", "Tệp đính kèm", reason)])


def _unreadable(name: str, reason: str) -> ValidationError:
    return ValidationError([FieldProblem("file", "Tệp đính kèm", f"không đọc được “{name}”: {reason}")])


def _megabytes(size: int) -> str:
    value = Decimal(size) / MEGABYTE
    return format_number(value, 0 if value == value.to_integral_value() else 1) + " MB"


def _safe_name(file_name: str) -> str:
    name = _UNSAFE_NAME.sub("_", file_name).strip(" .")
    return name or "tep-dinh-kem"


def _viewing_copy(blob: Path, target: Path) -> Path:
    """Copy ``blob`` to ``target``, read-only; a copy still open in a viewer (Windows locks it) is reused."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            target.chmod(stat.S_IWUSR | stat.S_IRUSR)
            target.unlink()
        shutil.copyfile(blob, target)
        target.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    except OSError as exc:
        if target.is_file():
            return target
        raise KnownError(f"Không chuẩn bị được tệp để mở ({target.parent}): {exc.strerror}.") from exc
    return target
