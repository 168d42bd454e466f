"""Backups and restore on real stores (issue 8): round trip, consistency under writes, rotation,
damaged and too-new archives refused without touching the store."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import zipfile
from collections.abc import Callable, Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from sangkien_desktop.domain.backups import BackupKind, Retention, kept_by_rotation
from sangkien_desktop.domain.enums import AttachmentKind
from sangkien_desktop.domain.model import InitiativeDraft, InitiativeView
from sangkien_desktop.persistence import backup_archive
from sangkien_desktop.persistence.backup_archive import ArchiveError
from sangkien_desktop.persistence.backups import create_backup, list_backups, rotate
from sangkien_desktop.services.backups import restore_store
from sangkien_desktop.services.container import Services, build_services
from tests.conftest import INITIATIVE_DEFAULTS

NOW = datetime(2026, 11, 27, 3, 0, tzinfo=UTC)
LOCAL_TABLES = {"sync_state", "alembic_version"}  # a restore changes these on purpose


def table_hashes(db: Path) -> dict[str, tuple[int, str]]:
    """Row count and a hash of every row of every table (virtual-table shadows included)."""
    with closing(sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND sql NOT LIKE 'CREATE VIRTUAL%'")]
        result = {}
        for table in tables:
            if table in LOCAL_TABLES:
                continue
            rows = sorted(repr(r) for r in conn.execute(f'SELECT * FROM "{table}"'))
            result[table] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
    return result


@pytest.fixture
def filled(services: Services, make_initiative: Callable[..., InitiativeView], tmp_path: Path) -> Services:
    for i in range(5):
        make_initiative(title=f"Cải tiến số {i} – băng tải & khuôn <A>")
    scan = tmp_path / "quyet-dinh.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned decision " * 100)
    first = services.initiatives.list(limit=1).items[0]
    services.attachments.attach("initiative", first.id, scan, AttachmentKind.KHAC)
    return services


def test_restore_round_trip_gives_back_the_same_tables_and_files(filled: Services) -> None:
    paths = filled.paths
    info = create_backup(paths, BackupKind.MANUAL, NOW)
    before = table_hashes(paths.db)
    blobs_before = sorted(p.name for p in paths.blobs.glob("??/*"))
    assert info.counts["initiative"] == 5 and info.counts["attachment"] == 1

    make = InitiativeDraft.from_mapping({**INITIATIVE_DEFAULTS, "title": "Làm sau khi sao lưu"})
    filled.initiatives.create(make)
    filled.close()
    for path in paths.blobs.glob("??/*"):
        path.unlink()  # a lost attachment folder comes back too

    result = restore_store(paths, info.path, NOW + timedelta(hours=1))

    assert table_hashes(paths.db) == before
    assert sorted(p.name for p in paths.blobs.glob("??/*")) == blobs_before
    assert result.safety_copy is not None and result.safety_copy.exists()
    assert backup_archive.read_manifest(result.safety_copy).counts["initiative"] == 6
    with closing(sqlite3.connect(paths.db)) as conn:
        assert conn.execute("SELECT needs_epoch FROM sync_state").fetchone() == (1,)
    reopened = build_services(paths.data_dir)
    try:
        assert reopened.initiatives.list(limit=10).total == 5
    finally:
        reopened.close()


def test_backup_taken_while_another_thread_writes_is_consistent(
    services: Services, make_initiative: Callable[..., InitiativeView]
) -> None:
    stop = threading.Event()
    written: list[str] = []

    def keep_writing() -> None:
        while not stop.is_set():
            written.append(make_initiative(title=f"Ghi song song {len(written)}").id)

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        while len(written) < 3:
            stop.wait(0.01)
        info = create_backup(services.paths, BackupKind.MANUAL, NOW)
    finally:
        stop.set()
        writer.join()
    extracted = services.paths.data_dir / "kiem-tra"
    backup_archive.verify_archive(info.path, extracted)  # integrity_check included
    with closing(sqlite3.connect(extracted / backup_archive.DB_MEMBER)) as conn:
        live = conn.execute("SELECT count(*) FROM initiative").fetchone()[0]
        counted = conn.execute("SELECT initiatives FROM live_count").fetchone()[0]
        with_ops = conn.execute(
            "SELECT count(DISTINCT entity_id) FROM outbox WHERE entity_type='initiative'").fetchone()[0]
        epoch, next_seq = conn.execute("SELECT device_epoch, next_seq FROM sync_state").fetchone()
        query = "SELECT seq FROM outbox WHERE device_epoch = ? ORDER BY seq"
        seqs = [r[0] for r in conn.execute(query, (epoch,))]
    assert 3 <= live <= len(written)
    assert counted == live and with_ops == live
    assert seqs == list(range(1, next_seq))  # every committed change whole, no gap


def _flip_byte_inside(archive: Path, member: str) -> None:
    """One bit changed in the middle of the database (the archive's first bytes) or of a zip member."""
    if member == backup_archive.DB_MEMBER:
        offset = backup_archive.read_manifest(archive).files[member][0] // 2
    else:
        with zipfile.ZipFile(archive) as zf:
            info = zf.getinfo(member)
            offset = info.header_offset + 30 + len(info.filename) + len(info.extra) + info.file_size // 2
    data = bytearray(archive.read_bytes())
    data[offset] ^= 0x01
    archive.write_bytes(bytes(data))


@pytest.mark.parametrize("member", [backup_archive.DB_MEMBER, backup_archive.MANIFEST_MEMBER])
def test_an_archive_with_one_flipped_byte_is_refused_and_the_store_kept(
    filled: Services, member: str
) -> None:
    paths = filled.paths
    info = create_backup(paths, BackupKind.MANUAL, NOW)
    filled.close()
    before = paths.db.read_bytes()
    _flip_byte_inside(info.path, member)

    with pytest.raises(ArchiveError) as refused:
        restore_store(paths, info.path, NOW)
    assert "hỏng" in refused.value.message or "không" in refused.value.message
    assert paths.db.read_bytes() == before
    assert not list(paths.data_dir.glob(".khoi-phuc-*"))


def test_an_archive_from_a_newer_version_is_refused(filled: Services) -> None:
    paths = filled.paths
    info = create_backup(paths, BackupKind.MANUAL, NOW)
    with zipfile.ZipFile(info.path) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    manifest = json.loads(members[backup_archive.MANIFEST_MEMBER])
    manifest["schema_revision"] = "9999"
    members[backup_archive.MANIFEST_MEMBER] = json.dumps(manifest).encode()
    with zipfile.ZipFile(info.path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    filled.close()
    with pytest.raises(ArchiveError, match="phiên bản mới hơn"):
        restore_store(paths, info.path, NOW)


def test_restore_replaces_a_damaged_store_and_keeps_the_damaged_file(filled: Services) -> None:
    paths = filled.paths
    info = create_backup(paths, BackupKind.MANUAL, NOW)
    filled.close()
    for suffix in ("-wal", "-shm"):
        paths.db.with_name(paths.db.name + suffix).unlink(missing_ok=True)
    damaged = b"SQLite format 3\x00" + b"\xff" * 8192
    paths.db.write_bytes(damaged)

    result = restore_store(paths, info.path, NOW)

    assert result.safety_copy is not None and result.safety_copy.read_bytes() == damaged
    assert table_hashes(paths.db)["initiative"][0] == 5


def _daily_stamps(days: int) -> Iterator[datetime]:
    for day in range(days):
        yield (NOW - timedelta(days=day)).astimezone()


def test_rotation_keeps_the_newest_of_each_day_week_and_month() -> None:
    stamps = list(_daily_stamps(400))
    kept = {stamps[i].date() for i in kept_by_rotation(stamps, Retention(7, 4, 12))}
    days = {s.date() for s in stamps[:7]}
    newest_of_week: dict[tuple[int, int], datetime] = {}
    newest_of_month: dict[tuple[int, int], datetime] = {}
    for s in stamps:
        newest_of_week.setdefault(s.date().isocalendar()[:2], s)
        newest_of_month.setdefault((s.year, s.month), s)
    weeks = {s.date() for s in list(newest_of_week.values())[:4]}
    months = {s.date() for s in list(newest_of_month.values())[:12]}
    assert kept == days | weeks | months
    assert len(kept) <= 7 + 4 + 12


def test_rotation_deletes_only_automatic_archives_outside_the_retention(filled: Services) -> None:
    paths = filled.paths
    manual = create_backup(paths, BackupKind.MANUAL, NOW - timedelta(days=90))
    for day in range(40, -1, -1):
        create_backup(paths, BackupKind.AUTOMATIC, NOW - timedelta(days=day, hours=day % 3))
    automatic = [b for b in list_backups(paths.backups) if b.kind is BackupKind.AUTOMATIC]
    expected = kept_by_rotation([b.created_at.astimezone() for b in automatic], Retention(2, 2, 2))
    assert rotate(paths.backups, Retention(2, 2, 2))
    remaining = [b for b in list_backups(paths.backups) if b.kind is BackupKind.AUTOMATIC]
    assert {b.path for b in remaining} == {automatic[i].path for i in expected}
    assert manual.path.exists()
