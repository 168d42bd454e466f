"""What the officer sees (SYNC.md §8): badges from the latest op, attention items with the server's
reason and their resend, the clock-skew warning, the log, the status figures and `sangkien check`."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from sangkien_desktop.domain.sync import ConnectionState, SyncBadge, SyncTrigger
from sangkien_desktop.persistence import sync_queries
from sangkien_desktop.services.health import check_store
from tests.sync_client.conftest import Clock, Desk
from tests.sync_client.fakes import FakeServer


def run(desk: Desk) -> Any:
    return desk.sync.run(SyncTrigger.MANUAL)


def _reject_title(title: str) -> Any:
    def decide(op: dict[str, Any]) -> dict[str, Any] | None:
        if op["entity_type"] == "initiative" and op["payload"].get("title") == title:
            return {"status": "rejected", "code": "validation", "message": "Tên sáng kiến không hợp lệ."}
        return None

    return decide


def test_badges_follow_each_records_latest_op(enrolled: Desk, server: FakeServer) -> None:
    first, second = enrolled.add(2)
    ids = [first.id, second.id, "no-such-record"]
    assert enrolled.sync.badges(ids) == {first.id: SyncBadge.PENDING, second.id: SyncBadge.PENDING}
    assert run(enrolled).complete
    assert enrolled.sync.badges(ids) == {first.id: SyncBadge.CONFIRMED, second.id: SyncBadge.CONFIRMED}
    detail = enrolled.services.initiatives.detail(first.id)
    enrolled.services.initiatives.update(first.id, replace(detail.draft, title="Tên mới"), detail.version)
    # version 2 is waiting: the acknowledgement of version 1 does not make the record synced
    assert enrolled.sync.badges(ids)[first.id] is SyncBadge.PENDING


def test_conflicts_are_badged(enrolled: Desk, server: FakeServer) -> None:
    (made,) = enrolled.add(1)
    server.decide = lambda op: {"status": "conflict_flagged"} if op["entity_id"] == made.id else None
    assert run(enrolled).complete
    assert enrolled.sync.badges([made.id]) == {made.id: SyncBadge.CONFLICT}


def test_a_rejected_op_is_kept_shown_with_its_reason_and_resent_as_a_fresh_op(
    enrolled: Desk, server: FakeServer
) -> None:
    good, bad = enrolled.add(2)
    server.decide = _reject_title(bad.title)
    outcome = run(enrolled)
    assert outcome.attention_ops == 1 and outcome.state is ConnectionState.OK
    assert not outcome.complete  # settled, but not acknowledged: the officer must look at it
    assert enrolled.sync.status().digest_ok is True  # the server holds exactly the rest
    (item,) = enrolled.sync.attention_items()
    assert (item.entity_id, item.status, item.code) == (bad.id, "rejected", "validation")
    assert item.message == "Tên sáng kiến không hợp lệ."
    assert item.label == f"Sáng kiến: {bad.title}"
    assert enrolled.sync.badges([good.id, bad.id]) == {
        good.id: SyncBadge.CONFIRMED,
        bad.id: SyncBadge.ATTENTION,
    }
    assert enrolled.sync.status().attention == 1

    server.decide = None  # the cause is fixed on the server's side
    enrolled.sync.resend(item.op_id)
    assert enrolled.sync.attention_items() == []  # superseded by the fresh op
    assert enrolled.sync.badges([bad.id]) == {bad.id: SyncBadge.PENDING}
    assert run(enrolled).complete
    assert enrolled.sync.badges([bad.id]) == {bad.id: SyncBadge.CONFIRMED}
    assert enrolled.sql("SELECT state FROM outbox WHERE op_id = ?", (item.op_id,)) == [("QUARANTINED",)]


def test_deferred_ops_wait_then_need_attention_and_resend_retries_them(
    enrolled: Desk, server: FakeServer, clock: Clock
) -> None:
    (made,) = enrolled.add(1)
    server.decide = lambda op: (
        {"status": "deferred", "code": "missing_dependency", "message": "Thiếu đơn vị."}
        if op["entity_id"] == made.id
        else None
    )
    outcome = run(enrolled)
    assert outcome.deferred_ops == 1 and not outcome.complete
    assert enrolled.sync.badges([made.id]) == {made.id: SyncBadge.PENDING}
    assert enrolled.sync.attention_items() == []
    clock.advance(days=6)  # beyond sync.deferred_attention_after (5 days)
    (item,) = enrolled.sync.attention_items()
    assert (item.status, item.code) == ("deferred", "missing_dependency")
    assert enrolled.sync.badges([made.id]) == {made.id: SyncBadge.ATTENTION}
    server.decide = None
    enrolled.sync.resend(item.op_id)
    assert run(enrolled).complete
    assert enrolled.sync.badges([made.id]) == {made.id: SyncBadge.CONFIRMED}


def test_resending_something_already_delivered_is_refused(enrolled: Desk) -> None:
    enrolled.add(1)
    assert run(enrolled).complete
    op_id = enrolled.sql("SELECT op_id FROM outbox LIMIT 1")[0][0]
    with pytest.raises(Exception, match="không cần gửi lại"):
        enrolled.sync.resend(op_id)


@pytest.mark.parametrize("offset", [timedelta(days=-2500), timedelta(days=365)])
def test_a_wrong_clock_is_warned_about_and_never_used_for_ordering(
    enrolled: Desk, server: FakeServer, clock: Clock, offset: timedelta
) -> None:
    server.now = lambda: datetime.now(UTC).replace(tzinfo=None)
    clock.now = server.now() + offset  # the PC believes it is 2019, or next year
    enrolled.add(3)
    outcome = run(enrolled)
    assert outcome.complete
    status = enrolled.sync.status()
    assert status.clock_skew_warning
    assert status.clock_skew_s == pytest.approx(-offset.total_seconds(), abs=5)
    warnings = [e.message for e in enrolled.sync.log() if e.level == "warning"]
    assert any("Đồng hồ máy tính" in m for m in warnings)
    run(enrolled)
    assert len([e for e in enrolled.sync.log() if "Đồng hồ máy tính" in e.message]) == 1  # said once
    seqs = [op["seq"] for r in server.posts() for op in r.json()["ops"]]
    assert seqs == sorted(seqs)  # order by seq, whatever the clock says


def test_status_figures_and_the_proof_line(enrolled: Desk, clock: Clock) -> None:
    enrolled.add(2)
    before = enrolled.sync.status()
    assert before.enrolled and before.unit_code == "CDCS-01" and before.state is ConnectionState.OK
    assert before.pending == enrolled.op_count() and before.local_acked == 0
    assert before.oldest_pending_at is not None and before.confirmation_text() is None
    assert run(enrolled).complete
    after = enrolled.sync.status()
    total = enrolled.op_count()
    assert (after.pending, after.in_flight, after.local_acked, after.server_confirmed) == (0, 0, total, total)
    assert after.digest_ok is True and after.last_success_at == clock()
    assert after.initiatives is not None and (after.initiatives.total, after.initiatives.waiting) == (2, 0)
    assert after.confirmation_text() == f"Máy chủ xác nhận 2/2 ✓ (sáng kiến; {total}/{total} thay đổi)"
    assert not after.running and after.next_attempt_at is None


def test_pending_overdue_warning(enrolled: Desk, clock: Clock) -> None:
    enrolled.add(1)
    assert not enrolled.sync.status().pending_overdue
    clock.advance(days=8)
    assert enrolled.sync.status().pending_overdue


def test_not_enrolled_status_and_run(desk: Desk) -> None:
    status = desk.sync.status()
    assert not status.enrolled and status.state is ConnectionState.NOT_ENROLLED
    outcome = desk.sync.run(SyncTrigger.MANUAL)
    assert outcome.state is ConnectionState.NOT_ENROLLED and not outcome.complete


def test_the_log_is_newest_first_and_bounded(enrolled: Desk) -> None:
    for _ in range(3):
        run(enrolled)
    entries = enrolled.sync.log(limit=2)
    assert len(entries) == 2 and entries[0].at >= entries[1].at
    assert entries[0].message.startswith("Đồng bộ xong")


def test_the_store_check_covers_the_outbox_states(enrolled: Desk) -> None:
    enrolled.add(2)
    assert run(enrolled).complete
    report = check_store(enrolled.services.uow)
    assert report.ok and report.sync_problems == ()
    enrolled.sql("UPDATE outbox SET state = 'IN_FLIGHT' WHERE seq = 1")
    enrolled.sql("UPDATE outbox SET state = 'SENT' WHERE seq = 2")
    broken = check_store(enrolled.services.uow)
    assert not broken.ok
    assert len(broken.sync_problems) == 3  # an unknown state, an orphan in flight, the acked counter
    assert any("khớp với hàng đợi: LỖI" in line and "không thuộc lô" in line for line in broken.lines())


def test_initiatives_are_counted_confirmed_by_their_latest_change(
        enrolled: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second, third = enrolled.add(3)
    assert tally(enrolled) == (3, 0)  # nothing acknowledged yet: counted from the acknowledged side
    assert run(enrolled).complete
    assert tally(enrolled) == (3, 3)
    detail = enrolled.services.initiatives.detail(first.id)
    enrolled.services.initiatives.update(first.id, replace(detail.draft, title="Tên mới"), detail.version)
    enrolled.add(1, prefix="Mới")
    second_version = enrolled.services.initiatives.detail(second.id).version
    enrolled.services.trash.delete("initiative", second.id, second_version)
    # The edited one waits again, the new one was never sent, the deleted one is no longer counted.
    assert tally(enrolled) == (3, 1)
    monkeypatch.setattr(sync_queries, "TALLY_LIMIT", 0)
    assert enrolled.sync.status().initiatives is None  # too many on both sides to count cheaply
    monkeypatch.undo()
    assert run(enrolled).complete
    assert tally(enrolled) == (3, 3)
    assert third.id in {row[0] for row in enrolled.sql("SELECT id FROM initiative WHERE deleted_at IS NULL")}


def tally(desk: Desk) -> tuple[int, int]:
    counted = desk.sync.status().initiatives
    assert counted is not None
    return counted.total, counted.confirmed
