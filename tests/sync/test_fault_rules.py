"""SYNC.md §11, scenarios 8, 10, 11 and 12: the server says no, the clock lies, the token dies."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from sangkien_desktop.domain.sync import ConnectionState, SyncTrigger
from sangkien_desktop.protocol import new_id
from tests.support.faultproxy import DropResponse, FaultProxy, Hook, Pass, unavailable
from tests.support.live_server import LiveServer
from tests.sync.harness import FAST, Office, skewed_clock, utc_now
from tests.sync.invariants import ClientSnapshot, assert_sync_invariants, signed_state
from tests.sync.scenario_tools import (
    BATCHES,
    add_reference_employer,
    assert_blob_first,
    attach_file,
    authorised_requests,
    batch_keys,
    device_id,
    receipts_by_op,
    received_at_of,
    rewrite_op_payload,
    server_op,
    states,
)

pytestmark = pytest.mark.live


def latest_op(office: Office, entity_type: str, entity_id: str | None = None) -> str:
    rows = office.sql("SELECT op_id FROM outbox WHERE entity_type = ? AND (? IS NULL OR entity_id = ?) "
                      "ORDER BY device_epoch DESC, seq DESC LIMIT 1", (entity_type, entity_id, entity_id))
    return str(rows[0][0])


# -- 8. Same op_id, different payload ----------------------------------------------------------------


def test_8_same_op_id_with_another_payload_is_quarantined_and_the_rest_continues(
        enrolled: Office, live_server: LiveServer) -> None:
    (first, *_) = enrolled.add_initiatives(4)
    enrolled.sync_until_complete()
    tampered = latest_op(enrolled, "initiative", first.id)
    original = server_op(live_server, tampered)
    assert original is not None
    rewrite_op_payload(enrolled, tampered, {"title": "Nội dung khác hẳn"}, requeue=True)
    enrolled.add_initiatives(3, prefix="Sau khi sửa")

    outcome = enrolled.run()

    assert outcome.attention_ops >= 1
    row = enrolled.sql("SELECT state, result_status, result_code FROM outbox WHERE op_id = ?", (tampered,))[0]
    assert tuple(row) == ("QUARANTINED", "mismatch", "different_payload")
    kept = server_op(live_server, tampered)
    assert kept is not None and kept.payload_sha256 == original.payload_sha256  # server row unchanged
    items = enrolled.sync.attention_items()
    assert [(i.op_id, i.status) for i in items] == [(tampered, "mismatch")]
    assert items[0].message  # the user sees the item with the server's reason
    enrolled.sync_until_settled()
    assert_sync_invariants(enrolled.data_dir, live_server, quarantined={tampered})

    enrolled.sync.resend(tampered)  # "fix and resend": a fresh op of the record's current state
    enrolled.sync_until_settled()
    checked = assert_sync_invariants(enrolled.data_dir, live_server, quarantined={tampered})
    assert checked.ops[latest_op(enrolled, "initiative", first.id)].state == "ACKED"


# -- 10. Client clock in 2019 or a year ahead ---------------------------------------------------------


@pytest.mark.parametrize("offset", [timedelta(days=-5 * 365), timedelta(days=365)],
                         ids=["in_2019", "a_year_ahead"])
def test_10_clock_skew_warns_and_changes_nothing_else(
        tmp_path: Path, live_server: LiveServer, proxy: FaultProxy, offset: timedelta) -> None:
    office = Office(tmp_path / "office", clock=skewed_clock(offset))
    try:
        office.enroll(proxy.url, live_server.enrollment_code())
        office.add_initiatives(6)
        proxy.script(DropResponse().matching("POST", BATCHES))  # dedupe must not depend on the clock
        before = ClientSnapshot.take(office.data_dir)

        office.sync_until_complete()

        status = office.sync.status()
        assert status.clock_skew_s is not None and abs(status.clock_skew_s + offset.total_seconds()) < 120
        assert any(entry.level == "warning" for entry in office.sync.log())
        checked = assert_sync_invariants(office.data_dir, live_server, before=before,
                                         expected_titles=office.titles)
        receipts = receipts_by_op(live_server, device_id(office))
        assert all(count == 1 for count in receipts.values())
        received = received_at_of(live_server, list(checked.server.ops))
        now = utc_now()
        assert all(abs(at - now) < timedelta(minutes=5) for at in received.values())  # the server's clock
        by_arrival = sorted(checked.server.ops.values(), key=lambda op: (op.received_at, op.seq))
        assert [op.seq for op in by_arrival] == sorted(op.seq for op in by_arrival)  # applied in seq order
    finally:
        office.close()


# -- 11. Token revoked between batches ---------------------------------------------------------------


def test_11_token_revoked_on_the_third_of_five_batches(
        tmp_path: Path, live_server: LiveServer, proxy: FaultProxy) -> None:
    office = Office(tmp_path / "office")
    try:
        office.enroll(proxy.url, live_server.enrollment_code())
        office.add_initiatives(15)
        pending = states(office)["PENDING"]
        size = -(-pending // 5)  # five batches
        office.config = replace(FAST, batch_max_ops=size)
        office.restart()
        revoke = Hook(fn=lambda: live_server.revoke(device_id(office))).matching("POST", BATCHES)
        proxy.script(Pass().matching("POST", BATCHES), times=2)
        proxy.script(revoke)
        before = ClientSnapshot.take(office.data_dir)

        outcome = office.run()

        assert outcome.state is ConnectionState.NEEDS_ENROLMENT and not outcome.complete
        assert len(batch_keys(proxy)) == 3  # stopped at once: no retry loop
        assert states(office)["ACKED"] == 2 * size
        for trigger in (SyncTrigger.TIMER, SyncTrigger.MANUAL, SyncTrigger.NETWORK_BACK):
            seen = authorised_requests(proxy)
            again = office.run(trigger)
            assert not again.complete and again.state is ConnectionState.NEEDS_ENROLMENT
            assert authorised_requests(proxy) - seen <= 1  # at most one attempt per trigger
        assert office.sync.status().state is ConnectionState.NEEDS_ENROLMENT

        office.enroll(proxy.url, live_server.enrollment_code())  # the upper union issues a new code
        office.sync_until_complete()
        checked = assert_sync_invariants(office.data_dir, live_server, before=before,
                                         expected_titles=office.titles)
        assert len(checked.in_state("ACKED")) == len(checked.ops)
    finally:
        office.close()


# -- 12. Rejections and deferrals --------------------------------------------------------------------


def test_12_missing_reference_is_deferred_with_a_gap_then_healed(
        enrolled: Office, live_server: LiveServer) -> None:
    """An op naming an employer the server lacks (stale reference data) waits as ``deferred``; the ops
    after it are applied; the gap shows in ``missing_seqs`` until the employer exists and it is re-sent."""
    enrolled.add_initiatives(2)
    waiting = latest_op(enrolled, "union_unit")
    absent_employer = new_id()
    rewrite_op_payload(enrolled, waiting, {"employer_id": absent_employer}, requeue=False)
    enrolled.add_initiatives(2, prefix="Sau khoảng trống")

    outcome = enrolled.run()

    assert not outcome.complete and outcome.deferred_ops == 1
    row = enrolled.sql("SELECT state, result_code, seq FROM outbox WHERE op_id = ?", (waiting,))[0]
    assert (row["state"], row["result_code"]) == ("DEFERRED", "missing_dependency")
    later = enrolled.sql("SELECT count(*) FROM outbox WHERE seq > ? AND state != 'ACKED'", (row["seq"],))
    assert later[0][0] == 0  # nothing after the gap was held back
    state = signed_state(live_server, enrolled.data_dir, device_id(enrolled), 1)
    assert state["missing_seqs"] == [row["seq"]]
    assert enrolled.sync.status().pending == 1  # counted, not forgotten

    add_reference_employer(live_server, absent_employer, "Công ty TNHH Dệt may Hưng Yên")
    enrolled.sync_until_complete()

    assert signed_state(live_server, enrolled.data_dir, device_id(enrolled), 1)["missing_seqs"] == []
    assert_sync_invariants(enrolled.data_dir, live_server)


def test_12_invalid_op_is_rejected_visibly_and_a_new_edit_fixes_it(
        enrolled: Office, live_server: LiveServer) -> None:
    (broken, *_) = enrolled.add_initiatives(3)
    bad = latest_op(enrolled, "initiative", broken.id)
    rewrite_op_payload(enrolled, bad, {"title": "   "}, requeue=False)  # the server's own check refuses it

    enrolled.run()
    enrolled.run()  # the ops that need the refused initiative are tried again, and wait again

    row = enrolled.sql("SELECT state, result_status, result_code, result_message FROM outbox WHERE op_id = ?",
                       (bad,))[0]
    assert tuple(row)[:3] == ("QUARANTINED", "rejected", "validation") and row["result_message"]
    assert [i.op_id for i in enrolled.sync.attention_items()] == [bad]  # shown with its reason
    assert server_op(live_server, bad) is None
    waiting = enrolled.sql("SELECT entity_type, result_code FROM outbox WHERE state = 'DEFERRED'")
    assert [tuple(r) for r in waiting] == [("authorship", "missing_dependency")]  # its author waits for it
    assert_sync_invariants(enrolled.data_dir, live_server, allow_unsettled=True)

    enrolled.rename(broken.id, "Cải tiến khuôn dập, bản sửa")  # the fix is a new op
    enrolled.sync_until_complete()
    checked = assert_sync_invariants(enrolled.data_dir, live_server, expected_titles=enrolled.titles)
    fixed = latest_op(enrolled, "initiative", broken.id)
    assert checked.ops[fixed].state == "ACKED"


def test_12_missing_blob_holds_its_op_until_the_file_arrives(
        enrolled: Office, live_server: LiveServer, proxy: FaultProxy, tmp_path: Path) -> None:
    sha = attach_file(enrolled, tmp_path, 200_000)
    proxy.script(unavailable(1).matching("PUT", "/api/v1/blobs/"), times=50)

    assert not enrolled.run().complete
    attachment_op = latest_op(enrolled, "attachment")
    row = enrolled.sql("SELECT state, result_code FROM outbox WHERE op_id = ?", (attachment_op,))[0]
    assert row["state"] != "ACKED"  # held (PENDING) or told apart by the server (DEFERRED missing_blob)
    assert row["state"] in ("PENDING", "IN_FLIGHT") or row["result_code"] == "missing_blob"
    assert_blob_first(live_server, sha)

    proxy.clear()
    enrolled.sync_until_complete()
    assert_blob_first(live_server, sha)
    assert_sync_invariants(enrolled.data_dir, live_server, expected_titles=enrolled.titles)


def test_12_op_whose_file_is_lost_on_this_pc_is_deferred_by_the_server(
        enrolled: Office, live_server: LiveServer, tmp_path: Path) -> None:
    """The blobs folder was not restored with the database: the op goes, the server defers it
    (``missing_blob``), stores nothing partial, and applies it once the file is back."""
    sha = attach_file(enrolled, tmp_path, 50_000)
    blob = enrolled.services.attachments.blobs.path_of(sha)
    kept = tmp_path / "kept-copy.pdf"
    kept.write_bytes(blob.read_bytes())
    blob.unlink()
    enrolled.add_initiatives(1, prefix="Sau tệp mất")

    assert not enrolled.run().complete
    attachment_op = latest_op(enrolled, "attachment")
    row = enrolled.sql("SELECT state, result_code, seq FROM outbox WHERE op_id = ?", (attachment_op,))[0]
    assert (row["state"], row["result_code"]) == ("DEFERRED", "missing_blob")
    state = signed_state(live_server, enrolled.data_dir, device_id(enrolled), 1)
    assert state["missing_seqs"] == [row["seq"]]
    assert server_op(live_server, attachment_op) is None
    assert_blob_first(live_server, sha)
    assert any(entry.level == "warning" for entry in enrolled.sync.log())  # said, not skipped

    enrolled.services.attachments.blobs.put_file(kept)
    enrolled.sync_until_complete()
    assert_blob_first(live_server, sha)
    assert_sync_invariants(enrolled.data_dir, live_server, expected_titles=enrolled.titles)
