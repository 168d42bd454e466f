"""Application for recognition and the employer's decision through ``RecognitionService`` on a real store."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from sangkien_desktop.domain.enums import InitiativeStatus as S
from sangkien_desktop.domain.enums import RecognitionOutcome, RequestState
from sangkien_desktop.domain.errors import ConflictError, NotFoundError, ValidationError, WorkflowError
from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.domain.recognition import DecisionInput, RequestInput, RequestSaved
from sangkien_desktop.domain.text import decision_number_key as number_key
from sangkien_desktop.persistence.models import (
    Attachment,
    AuditEntry,
    Employer,
    OutboxOp,
    Programme,
    RecognitionDecision,
    RecognitionRequest,
    Setting,
)
from sangkien_desktop.protocol import canonical_json
from sangkien_desktop.services.container import Services

FILED = date(2024, 4, 1)
ACCEPTED = date(2024, 4, 10)


def decision(number: str = "15/QĐ-ABC", decided_on: date = date(2024, 6, 1), **extra: Any) -> DecisionInput:
    return DecisionInput(number, decided_on, "Lê Văn Bình", authority_line="GIÁM ĐỐC", **extra)


@pytest.fixture
def under_review(services: Services, make_initiative: Callable[..., InitiativeView]) -> Callable[..., str]:
    """``under_review(**initiative_fields)``: an initiative filed, accepted and under review; its id."""

    def make(**overrides: Any) -> str:
        created = make_initiative(**overrides)
        request = services.recognition.file_request(created.id, RequestInput(FILED)).request
        services.recognition.set_request_state(request.id, RequestState.CHAP_NHAN, accepted_on=ACCEPTED)
        services.status.change(created.id, S.DANG_XET)
        return created.id

    return make


def accept(services: Services, request_id: str) -> RequestSaved:
    return services.recognition.set_request_state(request_id, RequestState.CHAP_NHAN, accepted_on=ACCEPTED)


def footprint(services: Services) -> dict[str, int]:
    """Row counts of everything a recognition write may touch."""
    with services.uow.read() as session:
        return {
            model.__name__: session.scalar(sa.select(sa.func.count()).select_from(model)) or 0
            for model in (RecognitionRequest, RecognitionDecision, Attachment, AuditEntry, OutboxOp, Employer)
        }


def set_setting(services: Services, key: str, value: object) -> None:
    with services.uow() as uow:
        row = uow.session.get(Setting, key)
        assert row is not None  # seeded with the other defaults
        row.value = canonical_json(value)
        uow.commit()


# -- the application ---------------------------------------------------------------------------------


def test_filing_records_the_request_and_moves_the_initiative(
    services: Services, make_initiative: Callable[..., InitiativeView]
) -> None:
    created = make_initiative()
    typed = RequestInput.from_mapping({"filed_on": "01/04/2024", "receipt_no": " 12 /  TN\u00a0"})
    saved = services.recognition.file_request(created.code, typed)
    assert saved.status is S.DA_NOP_DON and saved.warnings == ()
    assert saved.request.state is RequestState.DA_NOP
    assert saved.request.addressee_name == "Công ty TNHH ABC"  # the office's employer by default
    assert saved.request.receipt_no == "12 / TN" and saved.request.filed_on == FILED
    assert services.initiatives.get(created.id).status is S.DA_NOP_DON
    assert services.recognition.requests_for(created.code) == (saved.request,)


def test_filing_after_the_one_year_limit_only_warns(
    services: Services, make_initiative: Callable[..., InitiativeView]
) -> None:
    created = make_initiative(first_applied_on="05/03/2024")
    on_time = services.recognition.file_request(created.id, RequestInput(date(2025, 3, 5)))
    assert on_time.warnings == ()
    late = services.recognition.update_request(on_time.request.id, RequestInput(date(2025, 3, 6)))
    assert [w.field for w in late.warnings] == ["filed_on"]
    assert "05/03/2025" in late.warnings[0].reason and not late.warnings[0].blocking
    assert late.request.filed_on == date(2025, 3, 6)


def test_filing_limit_comes_from_the_setting(
    services: Services, make_initiative: Callable[..., InitiativeView]
) -> None:
    set_setting(services, "legal.request_limit", "P6M")
    created = make_initiative(first_applied_on="05/03/2024")
    saved = services.recognition.file_request(created.id, RequestInput(date(2024, 9, 6)))
    assert [w.field for w in saved.warnings] == ["filed_on"] and saved.status is S.DA_NOP_DON
    assert services.recognition.overview(created.id).filing_deadline == date(2024, 9, 5)


def test_filing_an_idea_is_refused_and_nothing_is_written(
    services: Services, make_initiative: Callable[..., InitiativeView]
) -> None:
    created = make_initiative(status="Y_TUONG")
    before = footprint(services)
    with pytest.raises(WorkflowError, match="Ý tưởng"):
        services.recognition.file_request(created.id, RequestInput(FILED, addressee="Tổng công ty XYZ"))
    assert footprint(services) == before
    assert services.initiatives.get(created.id).version == created.version


def test_acceptance_sets_the_review_due_date_from_the_setting(
    services: Services, make_initiative: Callable[..., InitiativeView]
) -> None:
    set_setting(services, "legal.review_period", "P2M")
    created = make_initiative(first_applied_on="05/03/2024")
    request = services.recognition.file_request(created.id, RequestInput(FILED)).request
    accepted = services.recognition.set_request_state(
        request.id, RequestState.CHAP_NHAN, accepted_on=ACCEPTED, expected_version=request.version
    )
    assert accepted.status is S.DON_HOP_LE
    assert accepted.request.accepted_on == ACCEPTED
    assert accepted.request.review_due_on == date(2024, 6, 10)


def test_default_review_period_is_three_months(
    services: Services, make_initiative: Callable[..., InitiativeView]
) -> None:
    created = make_initiative()
    request = services.recognition.file_request(created.id, RequestInput(FILED)).request
    accepted = accept(services, request.id)
    assert accepted.request.review_due_on == date(2024, 7, 10)


def test_changes_asked_then_accepted_passes_through_refiling(
    services: Services, make_initiative: Callable[..., InitiativeView]
) -> None:
    created = make_initiative()
    request = services.recognition.file_request(created.id, RequestInput(FILED)).request
    with pytest.raises(ValidationError, match="Lý do bổ sung / từ chối"):
        services.recognition.set_request_state(request.id, RequestState.YEU_CAU_BO_SUNG, reason="  ")
    asked = services.recognition.set_request_state(
        request.id, RequestState.YEU_CAU_BO_SUNG, reason="Bổ sung bản vẽ"
    )
    assert asked.status is S.CAN_BO_SUNG and asked.request.state_reason == "Bổ sung bản vẽ"
    accepted = accept(services, request.id)
    assert accepted.status is S.DON_HOP_LE


def test_acceptance_needs_its_date(
    services: Services, make_initiative: Callable[..., InitiativeView]
) -> None:
    request = services.recognition.file_request(make_initiative().id, RequestInput(FILED)).request
    with pytest.raises(ValidationError, match="Ngày chấp nhận đơn"):
        services.recognition.set_request_state(request.id, RequestState.CHAP_NHAN)


def test_rejected_request_sends_the_initiative_back_with_its_reason(
    services: Services, make_initiative: Callable[..., InitiativeView]
) -> None:
    created = make_initiative()
    request = services.recognition.file_request(created.id, RequestInput(FILED)).request
    rejected = services.recognition.set_request_state(
        request.id, RequestState.TU_CHOI_DON, reason="Đơn không đúng mẫu"
    )
    assert rejected.status is S.AP_DUNG_THU
    with services.uow.read() as session:
        reasons = session.scalars(
            sa.select(AuditEntry.new_value).where(
                AuditEntry.entity_id == created.id, AuditEntry.field == "status_reason"
            )
        ).all()
    assert reasons == ['"Đơn không đúng mẫu"']
    again = services.recognition.file_request(created.id, RequestInput(date(2024, 5, 2)))
    assert again.status is S.DA_NOP_DON
    assert [r.state for r in services.recognition.requests_for(created.id)] == [
        RequestState.DA_NOP,
        RequestState.TU_CHOI_DON,
    ]


def test_stale_request_version_is_refused(
    services: Services, make_initiative: Callable[..., InitiativeView]
) -> None:
    request = services.recognition.file_request(make_initiative().id, RequestInput(FILED)).request
    services.recognition.update_request(request.id, RequestInput(FILED, receipt_no="7"))
    with pytest.raises(ConflictError):
        services.recognition.update_request(request.id, RequestInput(FILED), expected_version=request.version)


def test_documenting_the_request_of_a_recognised_initiative_keeps_its_status(
    services: Services, make_initiative: Callable[..., InitiativeView]
) -> None:
    created = make_initiative(status="DA_CONG_NHAN", decision_number="15/QĐ-ABC", decided_on="10/05/2024")
    saved = services.recognition.file_request(created.id, RequestInput(FILED))
    assert saved.status is S.DA_CONG_NHAN


# -- the decision ------------------------------------------------------------------------------------


def test_recognition_decision_moves_the_initiative(
    services: Services, under_review: Callable[..., str]
) -> None:
    initiative_id = under_review()
    saved = services.recognition.record_decision(initiative_id, decision(level=None))
    assert saved.status is S.DA_CONG_NHAN
    view = saved.decision
    assert (view.number, view.signer_name, view.authority_line) == ("15/QĐ-ABC", "Lê Văn Bình", "GIÁM ĐỐC")
    assert view.issuer_name == "Công ty TNHH ABC" and view.outcome is RecognitionOutcome.CONG_NHAN
    shown = services.initiatives.get(initiative_id)
    assert shown.status is S.DA_CONG_NHAN and shown.decision_number == "15/QĐ-ABC"
    assert services.recognition.decisions_for(initiative_id) == (view,)


def test_decision_straight_after_acceptance_passes_through_review(
    services: Services, make_initiative: Callable[..., InitiativeView]
) -> None:
    created = make_initiative()
    request = services.recognition.file_request(created.id, RequestInput(FILED)).request
    services.recognition.set_request_state(request.id, RequestState.CHAP_NHAN, accepted_on=ACCEPTED)
    assert services.recognition.record_decision(created.id, decision()).status is S.DA_CONG_NHAN


def test_decision_before_acceptance_is_refused_by_the_workflow(
    services: Services, make_initiative: Callable[..., InitiativeView]
) -> None:
    created = make_initiative()
    services.recognition.file_request(created.id, RequestInput(FILED))
    before = footprint(services)
    with pytest.raises(WorkflowError, match="Đã nộp đơn"):
        services.recognition.record_decision(created.id, decision())
    assert footprint(services) == before


def test_refusal_needs_a_reason(services: Services, under_review: Callable[..., str]) -> None:
    initiative_id = under_review()
    with pytest.raises(ValidationError, match="Lý do không công nhận"):
        DecisionInput.from_mapping(
            {"number": "16/QĐ-ABC", "decided_on": "01/06/2024", "signer_name": "Lê Văn Bình",
             "outcome": "KHONG_CONG_NHAN", "reason": "   "}
        )
    before = footprint(services)
    with pytest.raises(WorkflowError, match="Lý do không công nhận"):
        services.recognition.record_decision(
            initiative_id, decision(outcome=RecognitionOutcome.KHONG_CONG_NHAN)
        )
    assert footprint(services) == before
    refused = services.recognition.record_decision(
        initiative_id, decision(outcome=RecognitionOutcome.KHONG_CONG_NHAN, reason="Trùng giải pháp đã có")
    )
    assert refused.status is S.KHONG_CONG_NHAN and refused.decision.reason == "Trùng giải pháp đã có"


def test_refusal_of_a_recognised_initiative_is_refused(
    services: Services, under_review: Callable[..., str]
) -> None:
    initiative_id = under_review()
    services.recognition.record_decision(initiative_id, decision())
    with pytest.raises(WorkflowError, match="sửa trạng thái"):
        services.recognition.record_decision(
            initiative_id, decision("16/QĐ-ABC", outcome=RecognitionOutcome.KHONG_CONG_NHAN, reason="Sai")
        )


def test_duplicate_number_of_the_same_issuer_and_year_is_refused(
    services: Services, under_review: Callable[..., str]
) -> None:
    first = under_review(title="Cải tiến khuôn ép")
    second = under_review(title="Máy cắt ống tự động")
    first_code = services.initiatives.get(first).code
    services.recognition.record_decision(first, decision("15/QĐ-ABC"))
    before = footprint(services)
    with pytest.raises(ValidationError) as info:
        services.recognition.record_decision(second, decision(" 15 / qđ-abc ", date(2024, 12, 31)))
    problem = info.value.problems[0]
    assert problem.field == "decision.number" and first_code in problem.reason
    assert "Công ty TNHH ABC" in problem.reason and "2024" in problem.reason
    assert footprint(services) == before
    assert services.initiatives.get(second).status is S.DANG_XET


def test_same_number_allowed_in_another_year_or_from_another_issuer(
    services: Services, under_review: Callable[..., str]
) -> None:
    first, second, third = (under_review(title=f"Sáng kiến số {n}") for n in (1, 2, 3))
    services.recognition.record_decision(first, decision("15/QĐ-ABC", date(2023, 12, 31)))
    next_year = services.recognition.record_decision(second, decision("15/QĐ-ABC", date(2024, 1, 1)))
    other = services.recognition.record_decision(
        third, decision("15/QĐ-ABC", date(2024, 1, 1), issuer="Tổng công ty Cơ khí XYZ")
    )
    assert next_year.decision.number == other.decision.number == "15/QĐ-ABC"
    assert other.decision.issuer_name == "Tổng công ty Cơ khí XYZ"
    assert other.decision.issuer_id != next_year.decision.issuer_id


def test_number_typed_again_completes_the_decision_made_in_the_editor(
    services: Services, make_initiative: Callable[..., InitiativeView]
) -> None:
    created = make_initiative(status="DA_CONG_NHAN", decision_number="15/QĐ-ABC", decided_on="10/05/2024")
    saved = services.recognition.record_decision(created.id, decision("15/qđ-abc", date(2024, 5, 10)))
    assert saved.status is S.DA_CONG_NHAN
    assert len(services.recognition.decisions_for(created.id)) == 1
    assert saved.decision.number == "15/qđ-abc"  # kept as typed this time
    assert services.initiatives.get(created.id).version == created.version + 1


def test_scan_is_attached_to_the_decision(
    services: Services, under_review: Callable[..., str], tmp_path: Path
) -> None:
    initiative_id = under_review()
    scan = tmp_path / "Quyết định 15.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    saved = services.recognition.record_decision(initiative_id, decision(), scan=scan)
    assert saved.decision.scan_file_name == "Quyết định 15.pdf"
    files = services.attachments.list_for("initiative", initiative_id)
    assert [(f.id, f.kind.value) for f in files] == [(saved.decision.scan_id, "SCAN_QUYET_DINH")]


def test_refused_decision_leaves_no_scan_behind(
    services: Services, under_review: Callable[..., str], tmp_path: Path
) -> None:
    first, second = under_review(title="Một"), under_review(title="Hai")
    services.recognition.record_decision(first, decision())
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF")
    before = footprint(services)
    with pytest.raises(ValidationError):
        services.recognition.record_decision(second, decision(), scan=scan)
    assert footprint(services) == before


def test_unreadable_scan_leaves_nothing(
    services: Services, under_review: Callable[..., str], tmp_path: Path
) -> None:
    initiative_id = under_review()
    before = footprint(services)
    with pytest.raises(ValidationError, match="không tìm thấy tệp"):
        services.recognition.record_decision(initiative_id, decision(), scan=tmp_path / "missing.pdf")
    assert footprint(services) == before
    assert services.initiatives.get(initiative_id).status is S.DANG_XET


def test_unknown_initiative(services: Services) -> None:
    with pytest.raises(NotFoundError, match="Không tìm thấy"):
        services.recognition.file_request("2024-ABC-9999", RequestInput(FILED))


def test_decision_number_key_ignores_case_spaces_and_accents() -> None:
    assert number_key("15/QĐ-ABC") == number_key(" 15 / qđ - abc ") == number_key("15/QD-ABC")
    assert number_key("15/QĐ-ABC") != number_key("16/QĐ-ABC")


# -- eligibility -------------------------------------------------------------------------------------


def test_recognised_initiative_in_the_window_is_eligible(
    services: Services, under_review: Callable[..., str]
) -> None:
    initiative_id = under_review(first_applied_on="05/03/2022")
    services.recognition.record_decision(initiative_id, decision())
    verdict = services.recognition.eligibility(initiative_id)
    assert (verdict.eligible, verdict.reasons, verdict.reduced_fields) == (True, (), False)
    assert verdict.programme is not None and "1 triệu sáng kiến" in verdict.programme


def test_eligibility_reasons(services: Services, under_review: Callable[..., str]) -> None:
    initiative_id = under_review(first_applied_on="05/03/2024")  # after the 2021–2023 window
    not_yet = services.recognition.eligibility(initiative_id)
    assert not not_yet.eligible
    assert any("chưa được công nhận" in r for r in not_yet.reasons)
    assert any("01/09/2021 – 01/09/2023" in r for r in not_yet.reasons)


def test_confidential_initiative_is_eligible_with_the_reduced_set(
    services: Services, under_review: Callable[..., str]
) -> None:
    initiative_id = under_review(first_applied_on="05/03/2022", is_confidential=True)
    services.recognition.record_decision(initiative_id, decision())
    verdict = services.recognition.eligibility(initiative_id)
    assert verdict.eligible and verdict.reduced_fields


def test_ip_protected_and_refused_initiatives_are_not_eligible(
    services: Services, under_review: Callable[..., str]
) -> None:
    protected = under_review(first_applied_on="05/03/2022", ip_protected=True, title="Một")
    services.recognition.record_decision(protected, decision("1/QĐ-ABC"))
    refused = under_review(first_applied_on="05/03/2022", title="Hai")
    services.recognition.record_decision(
        refused, decision("2/QĐ-ABC", outcome=RecognitionOutcome.KHONG_CONG_NHAN, reason="Chưa mới")
    )
    protected_verdict = services.recognition.eligibility(protected)
    assert not protected_verdict.eligible
    assert any("sở hữu trí tuệ" in r for r in protected_verdict.reasons)
    assert not services.recognition.eligibility(refused).eligible


def test_without_any_programme_nothing_is_eligible(
    services: Services, make_initiative: Callable[..., InitiativeView]
) -> None:
    created = make_initiative()
    with services.uow() as uow:
        for programme in uow.session.scalars(sa.select(Programme)):
            programme.deleted_at = uow.now()
        uow.commit()
    verdict = services.recognition.eligibility(created.id)
    assert not verdict.eligible and "chưa có chương trình" in verdict.reasons[0]


def test_overview_gathers_everything(services: Services, under_review: Callable[..., str]) -> None:
    initiative_id = under_review()
    services.recognition.record_decision(initiative_id, decision(issuer="Tổng công ty Cơ khí XYZ"))
    overview = services.recognition.overview(initiative_id)
    assert overview.status is S.DA_CONG_NHAN
    assert overview.filing_deadline == date(2025, 3, 5)
    assert overview.latest_request is not None and overview.latest_request.state is RequestState.CHAP_NHAN
    assert overview.latest_decision is not None and overview.latest_decision.number == "15/QĐ-ABC"
    assert overview.employers == ("Công ty TNHH ABC", "Tổng công ty Cơ khí XYZ")
    assert overview.filed_late(date(2025, 3, 6)) and not overview.filed_late(date(2025, 3, 5))
