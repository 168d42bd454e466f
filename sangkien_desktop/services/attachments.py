"""Attaching files (scans, drawings, photos, proofs) to records."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from sangkien_desktop.domain.enums import AttachmentKind
from sangkien_desktop.domain.errors import NotFoundError
from sangkien_desktop.domain.text import nfc
from sangkien_desktop.persistence.blobs import BlobStore
from sangkien_desktop.persistence.models import Attachment, Initiative
from sangkien_desktop.persistence.unit_of_work import UnitOfWorkFactory

# Records a file may belong to, by owner type; more join as their screens arrive.
OWNERS: dict[str, type[Initiative]] = {"initiative": Initiative}


@dataclass(frozen=True)
class AttachmentView:
    id: str
    sha256: str
    file_name: str
    mime_type: str
    size_bytes: int
    kind: AttachmentKind


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
        """Copy the file into the blob store first (idempotent), then record it in one transaction."""
        sha256, size = self.blobs.put_file(source)
        with self._uow(officer_id) as uow:
            model = OWNERS.get(owner_type)
            if model is None or uow.session.scalar(sa.select(model.pk).where(model.id == owner_id)) is None:
                raise NotFoundError(f"Không tìm thấy hồ sơ {owner_type} “{owner_id}” để đính kèm tệp.")
            mime = mimetypes.guess_type(source.name)[0] or "application/octet-stream"
            row = Attachment(
                sha256=sha256,
                file_name=nfc(source.name),
                mime_type=mime,
                size_bytes=size,
                kind=kind,
                owner_type=owner_type,
                owner_id=owner_id,
            )
            uow.session.add(row)
            uow.session.flush()
            view = AttachmentView(row.id, sha256, row.file_name, mime, size, kind)
            uow.commit()
        return view

    def list_for(self, owner_type: str, owner_id: str) -> list[AttachmentView]:
        with self._uow.read() as session:
            rows = session.scalars(
                sa.select(Attachment)
                .where(
                    Attachment.owner_type == owner_type,
                    Attachment.owner_id == owner_id,
                    Attachment.deleted_at.is_(None),
                )
                .order_by(Attachment.pk)
            )
            return [
                AttachmentView(r.id, r.sha256, r.file_name, r.mime_type, r.size_bytes, r.kind) for r in rows
            ]
