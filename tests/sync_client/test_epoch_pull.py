"""Restored backups and new epochs (SYNC.md §4.6), and the pull by cursor (§5) against the fake server."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from dataclasses import replace
from pathlib import Path
from typing import Any

from sangkien_desktop.domain.sync import ServerReview, SyncTrigger
from sangkien_desktop.persistence.blobs import BlobStore
from sangkien_desktop.protocol import new_id
from sangkien_desktop.services.sync import SyncService
from sangkien_desktop.sync.transport import CONNECT, TransportError
from tests.sync_client.conftest import FAST, Clock, Desk, open_desk
from tests.sync_client.fakes import FakeServer


def run(desk: Desk) -> Any:
    return desk.sync.run(SyncTrigger.MANUAL)


def _backup(desk: Desk, target: Path) -> None:
    with closing(sqlite3.connect(desk.services.paths.db)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)


def _restore(desk: Desk, backup: Path, clock: Clock, server: FakeServer) -> Desk:
    desk.services.close()
    for leftover in desk.data_dir.glob("sangkien.db-*"):
        leftover.unlink()
    shutil.copy(backup, desk.services.paths.db)
    return open_desk(desk.data_dir, clock, server)


def _titles(desk: Desk) -> list[str]:
    return sorted(row[0] for row in desk.sql("SELECT title FROM initiative"))


def test_a_restored_backup_with_new_work_starts_a_new_epoch_and_loses_nothing(
    enrolled: Desk, server: FakeServer, clock: Clock, tmp_path: Path
) -> None:
    enrolled.add(3, "Trước sao lưu")
    assert run(enrolled).complete
    _backup(enrolled, tmp_path / "backup.db")
    enrolled.add(2, "Sau sao lưu")  # reaches the server, then the disk dies
    assert run(enrolled).complete
    server_ops = set(server.stored)

    desk = _restore(enrolled, tmp_path / "backup.db", clock, server)
    try:
        desk.add(2, "Sau khôi phục")  # new work reuses the seqs the lost ops had
        outcome = run(desk)
        assert outcome.complete, outcome
        assert desk.sql("SELECT device_epoch, needs_epoch, pullback_epoch FROM sync_state") == [(2, 0, None)]
        assert any(p.json()["device_epoch"] == 1 for p in server.posts()) and server.epoch == 2
        assert _titles(desk) == sorted(
            [f"Trước sao lưu {i}" for i in (1, 2, 3)]
            + [f"Sau sao lưu {i}" for i in (1, 2)]
            + [f"Sau khôi phục {i}" for i in (1, 2)]
        )
        local_acked = {row[0] for row in desk.sql("SELECT op_id FROM outbox WHERE state = 'ACKED'")}
        assert server_ops <= local_acked and local_acked == set(
            server.stored
        )  # nothing lost, nothing doubled
        assert desk.sync.status().digest_ok is True
        live = desk.sql("SELECT count(*) FROM initiative WHERE deleted_at IS NULL")[0][0]
        assert desk.sql("SELECT initiatives FROM live_count") == [(live,)]
        assert (
            desk.services.initiatives.search("sau sao luu").total == 2
        )  # pulled-back records are searchable
        # The new work took the lost records' numbers: the pulled-back ones keep theirs, marked, and reported.
        marked = desk.sql("SELECT title FROM initiative WHERE code LIKE '%-KP'")
        assert sorted(t for (t,) in marked) == ["Sau sao lưu 1", "Sau sao lưu 2"]
        assert any("-KP" in e.message for e in desk.sync.log() if e.level == "warning")
    finally:
        desk.services.close()


def test_a_restored_backup_without_new_work_is_detected_by_the_acknowledged_seq(
    enrolled: Desk, server: FakeServer, clock: Clock, tmp_path: Path
) -> None:
    enrolled.add(1)
    assert run(enrolled).complete
    _backup(enrolled, tmp_path / "backup.db")
    enrolled.add(2)
    assert run(enrolled).complete
    desk = _restore(enrolled, tmp_path / "backup.db", clock, server)
    try:
        outcome = run(desk)
        assert outcome.complete
        assert desk.sql("SELECT device_epoch FROM sync_state") == [(2,)]
        assert len(_titles(desk)) == 3
    finally:
        desk.services.close()


def test_an_epoch_interrupted_after_the_server_started_it_resumes(
    enrolled: Desk, server: FakeServer, clock: Clock, tmp_path: Path
) -> None:
    enrolled.add(1)
    assert run(enrolled).complete
    _backup(enrolled, tmp_path / "backup.db")
    enrolled.add(1)
    assert run(enrolled).complete
    desk = _restore(enrolled, tmp_path / "backup.db", clock, server)
    try:
        desk.add(1)
        server.answer_next("/sync/ops", TransportError(CONNECT, "cut"))
        first = run(desk)
        assert not first.complete
        assert desk.sql("SELECT needs_epoch, pullback_epoch FROM sync_state") == [(1, 1)]  # sticky until done
        assert run(desk).complete
        assert server.epoch == 2  # no second epoch was needed
        assert len(_titles(desk)) == 3
    finally:
        desk.services.close()


def test_pull_applies_review_states_and_reference_data_with_the_cursor(
    enrolled: Desk, server: FakeServer
) -> None:
    (made,) = enrolled.add(1)
    employer_id = new_id()
    server.changes = [
        {
            "server_seq": 3,
            "kind": "review_state",
            "id": made.id,
            "version": 1,
            "deleted": False,
            "payload": {"state": "NEEDS_INFO", "message": "Bổ sung ảnh chụp."},
        },
        {
            "server_seq": 7,
            "kind": "employer",
            "id": employer_id,
            "version": 2,
            "deleted": False,
            "payload": {"name": "Công ty TNHH Mới", "has_council": False},
        },
        {
            "server_seq": 9,
            "kind": "template_profile",
            "id": "x",
            "version": 1,
            "deleted": False,
            "payload": {},
        },
    ]
    assert run(enrolled).complete
    assert enrolled.sql("SELECT entity_id, state, message FROM server_review_state") == [
        (made.id, "NEEDS_INFO", "Bổ sung ảnh chụp.")
    ]
    assert enrolled.sync.review_states([made.id, "other"]) == {
        made.id: ServerReview("NEEDS_INFO", "Bổ sung ảnh chụp.")
    }
    assert enrolled.sql(
        "SELECT name, version, server_version FROM employer WHERE id = ?", (employer_id,)
    ) == [("Công ty TNHH Mới", 2, 2)]
    assert enrolled.sql("SELECT pull_cursor FROM sync_state") == [("9",)]
    assert enrolled.sql("SELECT count(*) FROM outbox WHERE entity_id = ?", (employer_id,)) == [
        (0,)
    ]  # not echoed
    server.changes.append(
        {
            "server_seq": 12,
            "kind": "review_state",
            "id": made.id,
            "version": 2,
            "deleted": False,
            "payload": {"state": "APPROVED"},
        }
    )
    assert run(enrolled).complete
    assert enrolled.sql("SELECT state FROM server_review_state") == [("APPROVED",)]
    since = [int(r.params["since"]) for r in server.requests if r.path == "/sync/changes"]
    assert since[-1] == 9


def test_an_interrupted_pull_keeps_the_cursor_of_the_last_applied_page(
    enrolled: Desk, server: FakeServer, clock: Clock
) -> None:
    server.changes = [
        {
            "server_seq": n,
            "kind": "review_state",
            "id": f"rec-{n}",
            "version": 1,
            "deleted": False,
            "payload": {"state": "RECEIVED"},
        }
        for n in range(1, 6)
    ]
    small_pages = SyncService(
        enrolled.services.uow,
        BlobStore(enrolled.services.paths.blobs),
        enrolled.data_dir,
        clock,
        replace(FAST, pull_page=2),
        server.transport,
    )
    calls = {"n": 0}
    original = server.changes_page

    def second_page_fails(since: int, limit: int) -> Any:
        calls["n"] += 1
        if calls["n"] == 2:
            raise TransportError(CONNECT, "cut mid-pull")
        return original(since, limit)

    server.changes_page = second_page_fails  # type: ignore[method-assign]
    assert not small_pages.run(SyncTrigger.MANUAL).complete
    assert enrolled.sql("SELECT pull_cursor FROM sync_state") == [("2",)]
    assert enrolled.sql("SELECT count(*) FROM server_review_state") == [(2,)]
    assert small_pages.run(SyncTrigger.MANUAL).complete
    assert enrolled.sql("SELECT count(*) FROM server_review_state") == [(5,)]


def test_an_expired_cursor_pulls_again_from_the_start(enrolled: Desk, server: FakeServer) -> None:
    from tests.sync_client.fakes import protocol_error

    enrolled.sql("UPDATE sync_state SET pull_cursor = '999'")
    server.changes = [
        {
            "server_seq": 1,
            "kind": "review_state",
            "id": "rec-1",
            "version": 1,
            "deleted": False,
            "payload": {"state": "RECEIVED"},
        }
    ]
    server.answer_next("/sync/changes", protocol_error(412, "cursor_expired"))
    assert run(enrolled).complete
    assert enrolled.sql("SELECT pull_cursor FROM sync_state") == [("1",)]


def test_a_purged_record_is_never_recreated_by_the_pull(enrolled: Desk, server: FakeServer) -> None:
    gone = new_id()
    enrolled.sql(
        "INSERT INTO purged_record (entity, entity_id, version, purged_at) "
        "VALUES ('employer', ?, 3, '2026-01-01 00:00:00')",
        (gone,),
    )
    server.changes = [
        {
            "server_seq": 1,
            "kind": "employer",
            "id": gone,
            "version": 4,
            "deleted": False,
            "payload": {"name": "Đã xoá hẳn", "has_council": False},
        }
    ]
    assert run(enrolled).complete
    assert enrolled.sql("SELECT count(*) FROM employer WHERE id = ?", (gone,)) == [(0,)]
