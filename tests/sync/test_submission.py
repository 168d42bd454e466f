"""Submitting initiatives to the upper union through the real sync (DOMAIN.md §4.15, §5; SYNC.md §5):
«Sẵn sàng tải lên» → "Tải lên" → the server acknowledges → «Đã tải lên» → the upper union reviews →
«Hợp lệ» / «Không hợp lệ» with its note; fixed and submitted again; by network and by USB file."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from sangkien_desktop.domain.dashboard import ReportPeriod
from sangkien_desktop.domain.enums import InitiativeStatus as S
from sangkien_desktop.domain.enums import OfficerRole, UploadResult
from sangkien_desktop.domain.errors import PermissionDeniedError, ValidationError
from sangkien_desktop.domain.submission import SettleSummary
from sangkien_server import admin
from tests.support.live_server import LiveServer
from tests.support.submissions import ready_to_upload
from tests.sync.harness import Office

pytestmark = pytest.mark.live


def status_of(office: Office, initiative_id: str) -> S:
    return office.services.initiatives.get(initiative_id).status


def server_status(live_server: LiveServer, initiative_id: str) -> str:
    rows = {row[0]: row[3] for row in _exported(live_server)}
    return rows[initiative_id]


def _exported(live_server: LiveServer) -> list[tuple[str, ...]]:
    import csv

    out = live_server.data_dir / "export.csv"
    admin.export(live_server.db_url, out)
    with out.open(encoding="utf-8-sig") as handle:
        return [tuple(row) for row in csv.reader(handle)][1:]


def test_submitted_initiatives_are_received_reviewed_fixed_and_sent_again(
        tmp_path: Path, live_server: LiveServer) -> None:
    office = Office(tmp_path / "office")
    try:
        office.enroll(live_server.url, live_server.enrollment_code())
        first, second, kept = ready_to_upload(office.services, 3)
        submissions = office.services.submissions
        result = submissions.submit([first, " " + office.services.initiatives.get(second).code + " "])
        assert result.batch_id is not None and len(result.submitted) == 2 and result.refused == ()
        waiting = submissions.latest(first)
        assert waiting is not None and waiting.server_received_at is None
        assert waiting.result is UploadResult.CHO
        assert status_of(office, first) is S.SAN_SANG_TAI_LEN  # until the server says it has it

        outcome = office.sync_until_complete()
        assert outcome.complete  # the workflow's own moves went up in the same run
        assert office.sync.status().pending == 0
        for initiative_id in (first, second):
            assert status_of(office, initiative_id) is S.DA_TAI_LEN
            received = submissions.latest(initiative_id)
            assert received is not None and received.server_received_at is not None
            assert server_status(live_server, initiative_id) == "DA_TAI_LEN"
        assert status_of(office, kept) is S.SAN_SANG_TAI_LEN and submissions.latest(kept) is None

        # The upper union reviews: one approved, one sent back (filed on its upload item).
        admin.set_review_state(live_server.db_url, "CDCS-01", first, "APPROVED", "Đạt yêu cầu")
        second_item = office.sql("SELECT id FROM upload_item WHERE initiative_id = ?", (second,))[0][0]
        admin.set_review_state(live_server.db_url, "CDCS-01", second_item, "REJECTED", "Bổ sung bản vẽ")
        assert office.sync_until_complete().complete
        assert office.sync.status().pending == 0
        assert status_of(office, first) is S.HOP_LE
        assert status_of(office, second) is S.KHONG_HOP_LE
        refused = submissions.latest(second)
        assert refused is not None and refused.result is UploadResult.KHONG_HOP_LE
        assert refused.message == "Bổ sung bản vẽ"
        assert server_status(live_server, first) == "HOP_LE"
        assert submissions.settle() == SettleSummary()  # taken in once, never again
        programme_id = office.services.initiatives.programmes()[0].id
        this_year = ReportPeriod.of_year(datetime.now(UTC).astimezone().year)
        (progress,) = office.services.dashboard.progress(programme_id, [this_year])
        assert (progress.submitted, progress.valid) == (2, 1)  # what the quarterly report counts

        # Fixed by the officer, submitted again; the old refusal does not come back.
        office.services.status.change(second, S.SAN_SANG_TAI_LEN)
        again = submissions.submit([second])
        assert again.submitted == (office.services.initiatives.get(second).code,)
        with pytest.raises(ValidationError, match="đang chờ máy chủ xác nhận"):
            submissions.submit([second])  # already waiting in that submission
        assert office.sync_until_complete().complete
        assert status_of(office, second) is S.DA_TAI_LEN
        latest = submissions.latest(second)
        assert latest is not None and latest.batch_id == again.batch_id and latest.result is UploadResult.CHO
        items = office.sql("SELECT count(*) FROM upload_item WHERE initiative_id = ?", (second,))[0][0]
        assert items == 2
    finally:
        office.close()


def test_only_ready_initiatives_are_submitted_and_a_refusal_writes_nothing(tmp_path: Path) -> None:
    office = Office(tmp_path / "office")
    try:
        ready = ready_to_upload(office.services, 1)[0]
        draft = office.add_initiatives(1, prefix="Ý tưởng chưa công nhận")[0]
        ops_before = office.sql("SELECT count(*) FROM outbox")[0][0]
        with pytest.raises(ValidationError) as refused:
            office.services.submissions.submit([draft.code, "KHONG-CO"])
        assert "chỉ sáng kiến «Sẵn sàng tải lên» mới tải lên được" in refused.value.message
        assert "KHONG-CO: không tìm thấy sáng kiến này" in refused.value.message
        assert office.sql("SELECT count(*) FROM outbox")[0][0] == ops_before
        assert office.sql("SELECT count(*) FROM upload_batch")[0][0] == 0

        result = office.services.submissions.submit([ready, draft.code])
        assert len(result.submitted) == 1
        assert [r.code for r in result.refused] == [draft.code]
        kinds = [row[0] for row in office.sql(
            "SELECT entity_type FROM outbox WHERE entity_type LIKE 'upload%' ORDER BY seq")]
        assert kinds == ["upload_batch", "upload_item"]  # travels with the next sync like any record
        with pytest.raises(ValidationError, match="chưa chọn sáng kiến nào"):
            office.services.submissions.submit(["  "])
    finally:
        office.close()


def test_a_submission_delivered_by_usb_stick_is_received_when_the_answer_file_is_loaded(
        tmp_path: Path, live_server: LiveServer) -> None:
    office = Office(tmp_path / "office")
    try:
        office.enroll(live_server.url, live_server.enrollment_code())
        initiative_id = ready_to_upload(office.services, 1)[0]
        office.services.submissions.submit([initiative_id])
        delivery, answer = tmp_path / "gui.skbatch", tmp_path / "xac-nhan.skack"
        office.sync.export_file(delivery)
        admin.import_file(live_server.db_url, delivery, data_dir=live_server.data_dir, ack_out=answer)
        office.sync.load_ack_file(answer)
        assert status_of(office, initiative_id) is S.DA_TAI_LEN
        latest = office.services.submissions.latest(initiative_id)
        assert latest is not None and latest.server_received_at is not None
        assert office.sync_until_complete().complete  # the move itself goes up over the network later
        assert server_status(live_server, initiative_id) == "DA_TAI_LEN"
    finally:
        office.close()


def test_the_servers_answers_reach_the_workflow_while_a_viewer_is_signed_in(
        tmp_path: Path, live_server: LiveServer) -> None:
    """Taking in receipts and reviews is the program's own doing, not the signed-in officer's."""
    office = Office(tmp_path / "office")
    try:
        services = office.services
        services.officers.create("Nguyễn Văn Chủ Tịch", OfficerRole.CHU_TICH)
        viewer = services.officers.create("Lê Thị Ánh", OfficerRole.XEM)
        office.enroll(live_server.url, live_server.enrollment_code())
        initiative_id = ready_to_upload(services, 1)[0]
        services.submissions.submit([initiative_id])
        services.uow.acting_officer_id = viewer.id
        assert office.sync_until_complete().complete
        assert status_of(office, initiative_id) is S.DA_TAI_LEN
        with pytest.raises(PermissionDeniedError):
            services.submissions.submit([initiative_id])  # the viewer's own attempt is refused
    finally:
        office.close()
