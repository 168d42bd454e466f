"""SYNC.md §11, scenarios 5, 6 and 9: the client dies, an attachment breaks, an old backup comes back."""

from __future__ import annotations

from pathlib import Path

import pytest

from sangkien_desktop.domain.sync import SyncTrigger
from sangkien_desktop.sync import faults
from sangkien_server import admin
from tests.support.faultproxy import Corrupt, FaultProxy, Pass, Reset
from tests.support.live_server import LiveServer
from tests.sync.harness import Office, backup_copy, integrity_ok, run_cli
from tests.sync.invariants import (
    ClientSnapshot,
    assert_sync_invariants,
    check_g2_states,
    local_ops,
    sync_state,
)
from tests.sync.scenario_tools import (
    BLOBS,
    MIB,
    assert_blob_first,
    attach_file,
    sealed_batches,
    server_batch,
    server_blob,
    states,
)

pytestmark = pytest.mark.live


# -- 5. Client crash at each fault point ------------------------------------------------------------


@pytest.mark.parametrize("point", faults.FAULT_POINTS)
def test_5_client_killed_at_each_step_resumes_unchanged(
        tmp_path: Path, live_server: LiveServer, point: str) -> None:
    office = Office(tmp_path / "office")
    try:
        office.enroll(live_server.url, live_server.enrollment_code())
        office.add_initiatives(6)
        if point == faults.AFTER_BLOB_CHUNK:
            attach_file(office, tmp_path, int(2.5 * MIB))  # three chunks of the CLI's 1 MiB
        if point == faults.MID_PULL_APPLY:  # something to pull: the upper union reviews an initiative
            office.sync_until_complete()
            reviewed = next(iter(office.titles))
            admin.set_review_state(live_server.db_url, "CDCS-01", reviewed, "NEEDS_INFO", "Bổ sung bản vẽ")
        cursor = sync_state(office.data_dir)["pull_cursor"]
        before = ClientSnapshot.take(office.data_dir)
        office.close()

        killed = run_cli(office.data_dir, "sync", "--once", fault_point=point)

        assert killed.returncode == faults.KILLED_EXIT, killed.stdout + killed.stderr
        assert integrity_ok(office.data_dir / "sangkien.db")
        check_g2_states(office.data_dir, local_ops(office.data_dir), sync_state(office.data_dir), before,
                        allow_unsettled=True)
        if point == faults.MID_PULL_APPLY:
            assert sync_state(office.data_dir)["pull_cursor"] == cursor  # the page's commit never happened
        sealed = sealed_batches(office)

        office.restart()
        office.sync_until_complete()

        for batch_id, (_, body_sha) in sealed.items():  # resent unchanged, never reused with other content
            assert sealed_batches(office)[batch_id][1] == body_sha
            held = server_batch(live_server, batch_id)
            assert held is None or held.body_sha256 == body_sha
        assert_sync_invariants(office.data_dir, live_server, before=before, expected_titles=office.titles)
    finally:
        office.close()


def test_5_cli_sync_completes_and_exits_zero(tmp_path: Path, live_server: LiveServer) -> None:
    office = Office(tmp_path / "office")
    office.enroll(live_server.url, live_server.enrollment_code())
    office.add_initiatives(3)
    office.close()
    done = run_cli(office.data_dir, "sync", "--once")
    assert done.returncode == 0, done.stdout + done.stderr
    assert_sync_invariants(office.data_dir, live_server)


# -- 6. Attachment cut at 60 %, or one byte flipped --------------------------------------------------


def test_6_attachment_cut_at_60_percent_resumes_from_the_server_offset(
        enrolled: Office, live_server: LiveServer, proxy: FaultProxy, tmp_path: Path) -> None:
    size = 20 * MIB
    sha = attach_file(enrolled, tmp_path, size)
    chunk = enrolled.config.blob_chunk_bytes
    whole_chunks = int(size * 0.6) // chunk
    proxy.script(Pass().matching("PUT", BLOBS), times=whole_chunks)
    proxy.script(Reset(fraction=0.5).matching("PUT", BLOBS))

    assert not enrolled.run().complete
    held = server_blob(live_server, sha)
    assert held is not None and not held.complete and held.received == whole_chunks * chunk
    assert_blob_first(live_server, sha)
    sent_before = len(proxy.stats.entries("PUT", BLOBS))

    enrolled.sync_until_complete()

    resumed = proxy.stats.entries("PUT", BLOBS)[sent_before:]
    assert 0 < sum(e.body_length for e in resumed) < size  # resumed, not started again
    assert sum(e.body_length for e in resumed) == size - whole_chunks * chunk
    held = server_blob(live_server, sha)
    assert held is not None and held.complete and held.size == size
    assert_blob_first(live_server, sha)
    assert_sync_invariants(enrolled.data_dir, live_server, expected_titles=enrolled.titles)


def test_6_attachment_with_a_flipped_byte_is_refused_then_sent_again(
        enrolled: Office, live_server: LiveServer, proxy: FaultProxy, tmp_path: Path) -> None:
    size = 3 * MIB + 1234
    sha = attach_file(enrolled, tmp_path, size)
    proxy.script(Pass().matching("PUT", BLOBS))
    proxy.script(Corrupt(offset=4321).matching("PUT", BLOBS))  # the second chunk's bytes, one flipped

    enrolled.sync_until_complete()

    held = server_blob(live_server, sha)
    assert held is not None and held.complete and held.size == size  # hash verified on completion
    assert sum(e.body_length for e in proxy.stats.entries("PUT", BLOBS)) > size  # sent again after 422
    assert_blob_first(live_server, sha)
    assert_sync_invariants(enrolled.data_dir, live_server, expected_titles=enrolled.titles)


# -- 9. Last week's backup restored, then new records created ---------------------------------------


def test_9_restored_backup_starts_a_new_epoch_and_pulls_back(
        enrolled: Office, live_server: LiveServer, proxy: FaultProxy, tmp_path: Path) -> None:
    enrolled.add_initiatives(5, prefix="Trước sao lưu")
    enrolled.sync_until_complete()
    backup = tmp_path / "backup" / "sangkien.db"
    backup_copy(enrolled.db_path, backup)
    titles_at_backup = dict(enrolled.titles)
    after_backup = enrolled.add_initiatives(5, prefix="Sau sao lưu")
    enrolled.sync_until_complete()
    server_rows = {op.op_id: op.payload_sha256 for op in assert_sync_invariants(
        enrolled.data_dir, live_server).server.ops.values()}

    enrolled.close()  # the PC is restored from last week's copy
    for suffix in ("-wal", "-shm"):
        Path(f"{enrolled.db_path}{suffix}").unlink(missing_ok=True)
    backup_copy(backup, enrolled.db_path)
    enrolled.restart()
    enrolled.titles = titles_at_backup
    enrolled.add_initiatives(3, prefix="Sau khôi phục")
    before = ClientSnapshot.take(enrolled.data_dir)

    enrolled.sync_until_complete()

    checked = assert_sync_invariants(enrolled.data_dir, live_server, before=before)
    assert checked.state["device_epoch"] == 2
    for op_id, sha in server_rows.items():  # no server data overwritten
        assert checked.server.ops[op_id].payload_sha256 == sha
    # Old and new records on both sides: the five made after the backup came back from the server.
    local_titles = {r["id"]: r["title"] for r in enrolled.sql("SELECT id, title FROM initiative")}
    for view in after_backup:
        assert local_titles.get(view.id) == view.title
    assert set(enrolled.titles) <= set(local_titles)
    assert states(enrolled)["ACKED"] == len(checked.ops)
    assert enrolled.run(SyncTrigger.MANUAL).complete  # and it stays settled
