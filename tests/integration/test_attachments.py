"""Content-addressed attachments: bytes in blobs/, the row (with its outbox op) in the store."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa

from sangkien_desktop.domain.enums import AttachmentKind
from sangkien_desktop.domain.errors import NotFoundError
from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.persistence.models import OutboxOp
from sangkien_desktop.services.container import Services


def test_attach_stores_bytes_once_by_hash_and_records_an_op(
    services: Services, make_initiative: Callable[..., InitiativeView], tmp_path: Path
) -> None:
    initiative = make_initiative()
    scan = tmp_path / "Quyết định 15-QĐ-ABC.pdf"
    scan.write_bytes(b"%PDF-1.4 scan of the decision" * 1000)
    first = services.attachments.attach("initiative", initiative.id, scan, AttachmentKind.SCAN_QUYET_DINH)
    again = services.attachments.attach("initiative", initiative.id, scan, AttachmentKind.SCAN_QUYET_DINH)

    expected = hashlib.sha256(scan.read_bytes()).hexdigest()
    assert first.sha256 == again.sha256 == expected
    stored = services.paths.blobs / expected[:2] / expected
    assert stored.read_bytes() == scan.read_bytes()
    assert [p.name for p in services.paths.blobs.rglob("*") if p.is_file()] == [expected]
    assert first.mime_type == "application/pdf" and first.size_bytes == len(scan.read_bytes())
    assert [a.id for a in services.attachments.list_for("initiative", initiative.id)] == [first.id, again.id]
    with services.uow.read() as session:
        ops = session.scalars(sa.select(OutboxOp).where(OutboxOp.entity_id == first.id)).all()
    assert len(ops) == 1 and json.loads(ops[0].payload or "{}")["sha256"] == expected


def test_attach_to_a_missing_record_keeps_no_row(services: Services, tmp_path: Path) -> None:
    photo = tmp_path / "anh.jpg"
    photo.write_bytes(b"\xff\xd8 photo")
    with pytest.raises(NotFoundError, match="Không tìm thấy"):
        services.attachments.attach(
            "initiative", "00000000-0000-7000-8000-000000000000", photo, AttachmentKind.HINH_ANH
        )
    assert services.attachments.list_for("initiative", "00000000-0000-7000-8000-000000000000") == []


def test_a_damaged_copy_is_detected(services: Services, tmp_path: Path) -> None:
    source = tmp_path / "ban-ve.png"
    source.write_bytes(b"drawing" * 100)
    sha256, _size = services.attachments.blobs.put_file(source)
    assert services.attachments.blobs.verify(sha256)
    path = services.attachments.blobs.path_of(sha256)
    path.write_bytes(b"x" + path.read_bytes()[1:])
    assert not services.attachments.blobs.verify(sha256)


def test_unreadable_source_gives_a_vietnamese_message(services: Services, tmp_path: Path) -> None:
    with pytest.raises(Exception, match="Không đọc được tệp đính kèm"):
        services.attachments.attach("initiative", "x", tmp_path / "khong-co.pdf", AttachmentKind.KHAC)
