"""Content-addressed attachments: bytes in blobs/, the row (with its outbox op) in the store."""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlalchemy as sa

from sangkien_desktop.domain.enums import AttachmentKind
from sangkien_desktop.domain.errors import KnownError, NotFoundError, ValidationError
from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.persistence.models import Attachment, OutboxOp, Setting
from sangkien_desktop.protocol import canonical_json
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


# -- refusing files, before anything is copied ---------------------------------------------------------


def _nothing_stored(services: Services, owner_id: str) -> bool:
    blobs = services.paths.blobs
    no_blobs = not blobs.exists() or not [p for p in blobs.rglob("*") if p.is_file()]
    return no_blobs and services.attachments.list_for("initiative", owner_id) == []


def _set_limit_mb(services: Services, value: object | None) -> None:
    """Store the size limit setting; None removes the row, as in a store older than the setting."""
    with services.uow() as uow:
        row = uow.session.get(Setting, "attachments.max_size_mb")
        assert row is not None  # seeded with the other defaults
        if value is None:
            uow.session.delete(row)
        else:
            row.value = canonical_json(value)
        uow.commit()


def test_a_missing_file_gives_a_vietnamese_message(
    services: Services, make_initiative: Callable[..., InitiativeView], tmp_path: Path
) -> None:
    initiative = make_initiative()
    with pytest.raises(
        ValidationError, match=re.escape("Tệp đính kèm: không đọc được “khong-co.pdf”: không tìm thấy tệp")
    ):
        services.attachments.attach(
            "initiative", initiative.id, tmp_path / "khong-co.pdf", AttachmentKind.KHAC
        )
    assert _nothing_stored(services, initiative.id)


def test_a_folder_is_not_a_file(
    services: Services, make_initiative: Callable[..., InitiativeView], tmp_path: Path
) -> None:
    initiative = make_initiative()
    folder = tmp_path / "Hồ sơ"
    folder.mkdir()
    with pytest.raises(ValidationError, match="“Hồ sơ”: đây là một thư mục"):
        services.attachments.attach("initiative", initiative.id, folder, AttachmentKind.KHAC)
    assert _nothing_stored(services, initiative.id)


def test_a_pipe_is_not_a_regular_file(
    services: Services, make_initiative: Callable[..., InitiativeView], tmp_path: Path
) -> None:
    initiative = make_initiative()
    pipe = tmp_path / "ong-dan"
    os.mkfifo(pipe)  # reading it would block the worker for ever
    with pytest.raises(ValidationError, match="không phải là tệp thông thường"):
        services.attachments.attach("initiative", initiative.id, pipe, AttachmentKind.KHAC)
    assert _nothing_stored(services, initiative.id)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_a_file_without_read_permission(
    services: Services, make_initiative: Callable[..., InitiativeView], tmp_path: Path
) -> None:
    initiative = make_initiative()
    secret = tmp_path / "bi-mat.pdf"
    secret.write_bytes(b"%PDF")
    secret.chmod(0)
    with pytest.raises(ValidationError, match="không có quyền đọc tệp"):
        services.attachments.attach("initiative", initiative.id, secret, AttachmentKind.KHAC)
    assert _nothing_stored(services, initiative.id)


def test_the_size_limit_defaults_to_50_mb_and_survives_a_missing_setting(services: Services) -> None:
    assert services.attachments.max_size_bytes() == 50 * 1024 * 1024
    _set_limit_mb(services, 2)
    assert services.attachments.max_size_bytes() == 2 * 1024 * 1024
    _set_limit_mb(services, None)
    assert services.attachments.max_size_bytes() == 50 * 1024 * 1024


def test_a_file_over_the_limit_is_refused(
    services: Services, make_initiative: Callable[..., InitiativeView], tmp_path: Path
) -> None:
    initiative = make_initiative()
    _set_limit_mb(services, 1)
    big = tmp_path / "Ảnh chụp.jpg"
    big.write_bytes(b"\xff" * (1024 * 1024 + 1))
    with pytest.raises(
        ValidationError, match=re.escape("“Ảnh chụp.jpg” nặng 1,0 MB, vượt giới hạn 1 MB")
    ) as raised:
        services.attachments.attach("initiative", initiative.id, big, AttachmentKind.HINH_ANH)
    assert raised.value.problems[0].label == "Tệp đính kèm"
    assert _nothing_stored(services, initiative.id)
    exact = tmp_path / "vua-du.jpg"
    exact.write_bytes(b"\xff" * (1024 * 1024))
    assert (
        services.attachments.attach("initiative", initiative.id, exact, AttachmentKind.HINH_ANH).size_bytes
        == 1024 * 1024
    )


# -- removing and opening ------------------------------------------------------------------------------


def test_remove_tombstones_the_record_and_keeps_the_bytes(
    services: Services, make_initiative: Callable[..., InitiativeView], tmp_path: Path
) -> None:
    initiative = make_initiative()
    drawing = tmp_path / "ban-ve.png"
    drawing.write_bytes(b"drawing" * 100)
    kept = services.attachments.attach("initiative", initiative.id, drawing, AttachmentKind.BAN_VE)
    gone = services.attachments.attach("initiative", initiative.id, drawing, AttachmentKind.BAN_VE)
    assert [a.id for a in services.initiatives.detail(initiative.id).attachments] == [kept.id, gone.id]

    services.attachments.remove(gone.id)

    assert [a.id for a in services.attachments.list_for("initiative", initiative.id)] == [kept.id]
    assert [a.id for a in services.initiatives.detail(initiative.id).attachments] == [kept.id]
    with services.uow.read() as session:
        row = session.scalars(sa.select(Attachment).where(Attachment.id == gone.id)).one()
        ops = session.scalars(
            sa.select(OutboxOp).where(OutboxOp.entity_id == gone.id).order_by(OutboxOp.seq)
        ).all()
    assert row.deleted_at is not None and [op.op_type for op in ops] == ["upsert", "delete"]
    assert services.attachments.blobs.exists(gone.sha256)  # shared with the attachment still there
    with pytest.raises(NotFoundError, match="Không tìm thấy tệp đính kèm"):
        services.attachments.remove(gone.id)


def test_file_path_gives_a_read_only_copy_under_the_original_name(
    services: Services, make_initiative: Callable[..., InitiativeView], tmp_path: Path
) -> None:
    initiative = make_initiative()
    scan = tmp_path / "Quyết định 15.pdf"
    scan.write_bytes(b"%PDF-1.4 decision")
    view = services.attachments.attach("initiative", initiative.id, scan, AttachmentKind.SCAN_QUYET_DINH)

    path = services.attachments.file_path(view.id)

    assert path.name == "Quyết định 15.pdf" and path.read_bytes() == scan.read_bytes()
    assert not path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    assert services.paths.data_dir in path.parents
    assert services.attachments.file_path(view.id) == path  # asking again replaces the copy
    services.attachments.blobs.path_of(view.sha256).unlink()
    with pytest.raises(KnownError, match="không còn trong thư mục dữ liệu"):
        services.attachments.file_path(view.id)
    services.attachments.remove(view.id)
    with pytest.raises(NotFoundError):
        services.attachments.file_path(view.id)
