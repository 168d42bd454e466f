"""Issue 8 with issue 6: the office restores last week's backup archive, keeps working, syncs; the
server loses nothing and holds nothing twice. The restore marks the store for a new epoch, so the
client asks for one before it sends anything (no seq_reuse round trip needed)."""

from __future__ import annotations

from datetime import timedelta

from sangkien_desktop.domain.backups import BackupKind
from sangkien_desktop.persistence.backups import create_backup
from sangkien_desktop.services.backups import restore_store
from tests.support.faultproxy import FaultProxy
from tests.support.live_server import LiveServer
from tests.sync.harness import Office, utc_now
from tests.sync.invariants import ClientSnapshot, assert_sync_invariants


def test_restoring_a_week_old_backup_then_syncing_loses_and_doubles_nothing(
        enrolled: Office, live_server: LiveServer, proxy: FaultProxy) -> None:
    enrolled.add_initiatives(4, prefix="Tuần trước")
    enrolled.sync_until_complete()
    week_ago = create_backup(enrolled.services.paths, BackupKind.AUTOMATIC, utc_now() - timedelta(days=7))
    titles_at_backup = dict(enrolled.titles)
    made_since = enrolled.add_initiatives(6, prefix="Trong tuần")
    enrolled.sync_until_complete()
    held = assert_sync_invariants(enrolled.data_dir, live_server).server.ops
    held_hashes = {op_id: op.payload_sha256 for op_id, op in held.items()}

    enrolled.close()  # the disk died; the office restores last week's archive
    result = restore_store(enrolled.services.paths, week_ago.path, utc_now())
    assert result.safety_copy is not None
    enrolled.restart()
    enrolled.titles = titles_at_backup
    enrolled.add_initiatives(3, prefix="Sau khôi phục")
    before = ClientSnapshot.take(enrolled.data_dir)

    enrolled.sync_until_complete()

    checked = assert_sync_invariants(enrolled.data_dir, live_server, before=before)
    assert checked.state["device_epoch"] == 2
    assert held_hashes.items() <= {k: v.payload_sha256 for k, v in checked.server.ops.items()}.items()
    new_on_server = set(checked.server.ops) - set(held)
    made_after_restore = {r["op_id"] for r in enrolled.sql("SELECT op_id FROM outbox WHERE device_epoch = 2")}
    assert new_on_server == made_after_restore and new_on_server  # only the new work was added
    local = {r["id"]: r["title"] for r in enrolled.sql("SELECT id, title FROM initiative")}
    for view in made_since:  # the week's work came back from the server
        assert local[view.id] == view.title
    assert not enrolled.sql("SELECT 1 FROM sync_state WHERE needs_epoch")
