"""Issue 4's acceptance, end to end through the services: a recognised initiative flows to a union
reward decision for its three co-authors (the split adds up exactly), the remuneration schedule has
three yearly dues per author, and every step is in the audit trail with its old and new values."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sangkien_desktop.domain.audit import AuditFilter
from sangkien_desktop.domain.enums import (
    DecisionState,
    FundSource,
    InitiativeStatus,
    OfficerRole,
    RequestState,
    SigningAuthority,
)
from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.domain.recognition import DecisionInput, RequestInput
from sangkien_desktop.domain.rewards import RewardDecisionInput
from sangkien_desktop.services.container import Services

AUTHORS = [
    {"name": "Nguyễn Thị Hoa", "share": "50"},
    {"name": "Trần Văn Nam", "share": "30"},
    {"name": "Lê Đức Thắng", "share": "20"},
]


def test_recognition_to_reward_to_remuneration_all_audited(
        services: Services, make_initiative: Callable[..., InitiativeView]) -> None:
    chair = services.officers.create("Trần Thị Lan", OfficerRole.CHU_TICH)
    services.uow.acting_officer_id = chair.id  # signed in: every step below is hers
    item = make_initiative(title="Cải tiến khuôn ép nhựa giảm phế phẩm", status="AP_DUNG_THU",
                           first_applied_on="2023-03-01", benefit_value=100_000_000, authors=AUTHORS)

    # The employer recognises it: application, acceptance, decision.
    request = services.recognition.file_request(item.id, RequestInput(filed_on=date(2023, 6, 1))).request
    services.recognition.set_request_state(request.id, RequestState.CHAP_NHAN, accepted_on=date(2023, 6, 10))
    decided = services.recognition.record_decision(item.id, DecisionInput(
        number="15/QĐ-ABC", decided_on=date(2023, 8, 1), signer_name="Đỗ Văn Hải"))
    assert decided.status is InitiativeStatus.DA_CONG_NHAN

    # The union rewards the three co-authors from one collective amount of 3.000.001 đ.
    total = 3_000_001
    parts = services.rewards.split_collective(item.id, total)
    assert [p.amount for p in parts] == [1_500_001, 900_000, 600_000]  # 50/30/20 %; the odd đồng to the first
    assert sum(p.amount for p in parts) == total
    decision = services.rewards.create(RewardDecisionInput(
        number="01/QĐ-CĐCS", decided_on=date(2023, 9, 15), authority=SigningAuthority.TM_BCH,
        fund_source=FundSource.QUY_CONG_DOAN, subject="Về việc khen thưởng sáng kiến",
        recipients=tuple(p.as_recipient(citation="Đồng tác giả sáng kiến được công nhận") for p in parts),
    ))
    assert len(decision.recipients) == 3 and decision.total_vnd == total
    issued = services.rewards.sign_off(decision.id, decision.version)
    assert issued.state is DecisionState.DA_BAN_HANH

    # Decree 13: three yearly dues, each split among the three authors by share.
    schedule = services.remuneration.schedule(item.id, today=date(2026, 11, 27))
    assert len(schedule.years) == 3
    for year in schedule.years:
        assert year.amount_due == 7_000_000  # 7 % of 100.000.000 đ
        assert [a.amount_due for a in year.authors] == [3_500_000, 2_100_000, 1_400_000]

    # Every step is in the audit trail, by the chairman, with old and new values.
    rows = services.audit.query(AuditFilter(record=item.code), limit=500).items
    assert rows and {row.officer_name for row in rows} == {"Trần Thị Lan"}
    status_changes = [(r.old_value, r.new_value) for r in rows if r.field == "status"]
    assert status_changes[::-1] == [  # newest first in the trail
        ("Đang áp dụng thử / lần đầu", "Đã nộp đơn"), ("Đã nộp đơn", "Đơn hợp lệ – chờ xét"),
        ("Đơn hợp lệ – chờ xét", "Đang xét"), ("Đang xét", "Đã công nhận"),
    ]
    entities = {row.entity for row in rows}
    assert {"initiative", "recognition_request", "recognition_decision", "remuneration"} <= entities
    reward_rows = services.audit.query(AuditFilter(entity="reward_decision"), limit=100).items
    assert any(r.field == "state" and r.new_value and "ban hành" in r.new_value.lower() for r in reward_rows)
    rewards_to_people = services.audit.query(AuditFilter(entity="reward"), limit=100).items
    assert len({r.entity_id for r in rewards_to_people}) == 3
