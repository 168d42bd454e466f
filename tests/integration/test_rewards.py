"""Union reward decisions on a real store: one transaction per decision, duplicates, split, totals,
sign-off by role (issue 4, item 2 and its bad-input cases)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
import sqlalchemy as sa

from sangkien_desktop.domain.enums import DecisionState, FundSource, OfficerRole, RewardForm, RewardLevel
from sangkien_desktop.domain.errors import (
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
    WorkflowError,
)
from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.domain.reward_views import RewardDecisionView
from sangkien_desktop.domain.rewards import RecipientInput, RewardDecisionInput
from sangkien_desktop.persistence.models import Reward, RewardDecision
from sangkien_desktop.services.container import Services

Make = Callable[..., InitiativeView]


def decision(number: str = "01/QĐ-CĐCS", decided_on: date = date(2024, 7, 1),
             **extra: object) -> dict[str, object]:
    return {"number": number, "decided_on": decided_on.isoformat(), "authority": "TM_BCH",
            "fund_source": "QUY_CONG_DOAN", "subject": "Về việc khen thưởng sáng kiến năm 2024", **extra}


def collective(name: str = "Tổ Bảo trì", amount: object = 2_000_000, **extra: object) -> dict[str, object]:
    return {"collective_name": name, "form": "GIAY_KHEN_CDCS", "citation": "Có thành tích xuất sắc",
            "amount": amount, **extra}


def save(services: Services, data: dict[str, object]) -> RewardDecisionView:
    return services.rewards.create(RewardDecisionInput.from_mapping(data))


def stored_counts(services: Services) -> tuple[int, int]:
    with services.uow.read() as session:
        decisions = session.scalar(sa.select(sa.func.count()).select_from(RewardDecision)) or 0
        rewards = session.scalar(sa.select(sa.func.count()).select_from(Reward)) or 0
    return decisions, rewards


def test_split_among_three_co_authors_adds_up_exactly(services: Services, make_recognised: Make) -> None:
    initiative = make_recognised()
    parts = services.rewards.split_collective(initiative.code, 1_000_000)
    assert [(p.full_name, p.amount) for p in parts] == [
        ("Nguyễn Thị Hoa", 333_400), ("Trần Văn Nam", 333_300), ("Lê Đức Thắng", 333_300)]
    data = RewardDecisionInput.from_mapping(decision())
    data = RewardDecisionInput(**{**data.__dict__, "recipients": tuple(p.as_recipient(citation="Đồng tác giả")
                                                                       for p in parts)})
    view = services.rewards.create(data)
    assert view.total_vnd == 1_000_000
    assert [r.name for r in view.recipients] == ["Nguyễn Thị Hoa", "Trần Văn Nam", "Lê Đức Thắng"]
    assert all(r.initiatives[0].code == initiative.code for r in view.recipients)
    assert view.state is DecisionState.DU_THAO


def test_shares_not_adding_up_block_the_split_and_show_the_sum(services: Services,
                                                                make_initiative: Make) -> None:
    initiative = make_initiative(authors=[{"name": "Nguyễn Thị Hoa", "share": 60},
                                          {"name": "Trần Văn Nam", "share": "29.5"}])
    with pytest.raises(ValidationError) as caught:
        services.rewards.split_collective(initiative.id, 1_000_000)
    assert caught.value.problems[0].message() == (
        "Tỷ lệ đóng góp: tổng tỷ lệ đóng góp của các tác giả là 89,50%, phải bằng 100,00% mới chia được tiền")


def test_split_refuses_missing_shares_and_bad_totals(services: Services, make_initiative: Make) -> None:
    no_shares = make_initiative(authors=["Nguyễn Thị Hoa", "Trần Văn Nam"])
    with pytest.raises(ValidationError, match="chưa có tỷ lệ đóng góp của Nguyễn Thị Hoa, Trần Văn Nam"):
        services.rewards.split_collective(no_shares.code, 100)
    for total, reason in ((-1, "không được là số âm"), ("1,5", "không có phần lẻ"),
                          (10**12 + 1, "không được quá 1.000.000.000.000 đ")):
        with pytest.raises(ValidationError, match=reason):
            services.rewards.split_collective(no_shares.code, total)
    with pytest.raises(NotFoundError):
        services.rewards.split_collective("2024-ABC-9999", 100)


def test_duplicate_number_for_the_same_issuer_and_year_refused(services: Services) -> None:
    save(services, decision(recipients=[collective()]))
    for number in ("01/QĐ-CĐCS", "01/qđ-cđcs", " 01 / QĐ-CĐCS "):
        with pytest.raises(ValidationError) as caught:
            save(services, decision(number, date(2024, 11, 20)))
        assert caught.value.problems[0].message().startswith(
            "Số quyết định: “")
        assert "đã là số của quyết định ngày 01/07/2024 của cùng cơ quan ban hành trong năm 2024" in str(
            caught.value)
    save(services, decision(decided_on=date(2025, 1, 5)))  # a new year starts numbering again
    save(services, decision(issuer_kind="NSDLD"))  # the employer's own numbering
    assert len(services.rewards.list()) == 3


def test_editing_a_decision_keeps_its_own_number(services: Services) -> None:
    view = save(services, decision(recipients=[collective()]))
    changed = services.rewards.update(view.id, RewardDecisionInput.from_mapping(
        decision(recipients=[collective(amount=3_000_000, id=view.recipients[0].id)])), view.version)
    assert changed.recipients[0].id == view.recipients[0].id
    assert changed.total_vnd == 3_000_000


@pytest.mark.parametrize(("amount", "reason"), [
    (-1, "không được là số âm"), (1.5, "không có phần lẻ"), ("250.000,5", "không có phần lẻ"),
    (10**12 + 1, "không được quá 1.000.000.000.000 đ"),
])
def test_bad_amounts_refused(services: Services, amount: object, reason: str) -> None:
    with pytest.raises(ValidationError, match=f"Dòng 2 – Số tiền: .*{reason}"):
        save(services, decision(recipients=[collective(), collective("Tổ Dệt 2", amount)]))
    assert stored_counts(services) == (0, 0)


def test_a_whole_trillion_is_accepted(services: Services) -> None:
    assert save(services, decision(recipients=[collective(amount=10**12)])).total_vnd == 10**12


def test_a_bad_recipient_writes_nothing(services: Services, make_initiative: Make) -> None:
    draft_initiative = make_initiative()  # not recognised: cannot be rewarded yet
    lines = [collective(), {"person_id": "no-such-person", "amount": 100},
             collective("Tổ Dệt 2", initiatives=[draft_initiative.code]),
             collective("Tổ Sợi", initiatives=["X-1"])]
    with pytest.raises(ValidationError) as caught:
        save(services, decision(recipients=lines))
    assert [p.field for p in caught.value.problems] == [
        "recipients.1.person_id", "recipients.2.initiatives", "recipients.3.initiatives"]
    assert "chỉ khen thưởng sáng kiến đã được công nhận" in str(caught.value)
    assert stored_counts(services) == (0, 0)


def test_a_bad_update_changes_nothing(services: Services) -> None:
    view = save(services, decision(recipients=[collective(), collective("Tổ Dệt 2", 500_000)]))
    bad = decision(recipients=[collective(amount=1), {"person_id": "nobody", "amount": 5}])
    with pytest.raises(ValidationError):
        services.rewards.update(view.id, RewardDecisionInput.from_mapping(bad), view.version)
    assert services.rewards.get(view.id) == view


def test_update_replaces_lines_and_tombstones_the_dropped_ones(services: Services) -> None:
    view = save(services, decision(recipients=[collective(), collective("Tổ Dệt 2", 500_000)]))
    kept = view.recipients[1]
    data = RewardDecisionInput.from_mapping(decision(recipients=[
        collective("Tổ Dệt 2", 700_000, id=kept.id), collective("Tổ Sợi", 100_000)]))
    changed = services.rewards.update(view.id, data, view.version)
    assert [(r.name, r.amount) for r in changed.recipients] == [("Tổ Dệt 2", 700_000), ("Tổ Sợi", 100_000)]
    assert changed.recipients[0].id == kept.id
    assert changed.version == view.version + 1
    assert stored_counts(services) == (1, 3)  # the dropped line stays as a tombstone
    with pytest.raises(ConflictError):
        services.rewards.update(view.id, data, view.version)


def test_nomination_upward_is_recorded_per_recipient(services: Services, make_recognised: Make) -> None:
    initiative = make_recognised()
    hoa = initiative.authors[0]
    view = save(services, decision(recipients=[
        {"person_id": hoa.person_id, "form": "GIAY_KHEN_CDCS", "amount": 1_000_000, "golden_book_no": "SV-12",
         "position_line": "Tổ trưởng – Phân xưởng Dệt 2", "initiatives": [initiative.code],
         "nominate_upward": True, "nominate_level": "TINH_NGANH"},
        collective(),
    ]))
    first, second = view.recipients
    assert (first.person_name, first.golden_book_no) == ("Nguyễn Thị Hoa", "SV-12")
    assert (first.nominate_upward, first.nominate_level) == (True, RewardLevel.TINH_NGANH)
    assert (second.nominate_upward, second.nominate_level) == (False, None)
    assert first.level is RewardLevel.CDCS and first.form is RewardForm.GIAY_KHEN_CDCS
    with services.uow.read() as session:
        stored = session.scalars(sa.select(Reward.initiative_ids).where(Reward.id == first.id)).one()
    assert stored == f'["{initiative.id}"]'


def test_totals_per_decision_fund_and_year(services: Services) -> None:
    save(services, decision("01/QĐ-CĐCS", date(2023, 12, 1), recipients=[collective(amount=1_000_000)]))
    save(services, decision("02/QĐ-CĐCS", date(2024, 3, 1), recipients=[
        collective(amount=2_000_000), collective("Tổ Dệt 2", 500_000), collective("Tổ Sợi", None)]))
    save(services, decision("03/QĐ-CĐCS", date(2024, 9, 1), fund_source="NSDLD",
                            recipients=[collective(amount=4_000_000)]))
    listed = services.rewards.list()
    assert [(d.number, d.recipient_count, d.total_vnd) for d in listed] == [
        ("03/QĐ-CĐCS", 1, 4_000_000), ("02/QĐ-CĐCS", 3, 2_500_000), ("01/QĐ-CĐCS", 1, 1_000_000)]
    assert [d.number for d in services.rewards.list(2024)] == ["03/QĐ-CĐCS", "02/QĐ-CĐCS"]
    totals = services.rewards.totals()
    assert totals.total_vnd == 7_500_000
    assert [(t.key, t.decision_count, t.recipient_count, t.total_vnd) for t in totals.by_fund] == [
        (FundSource.QUY_CONG_DOAN, 2, 4, 3_500_000), (FundSource.NSDLD, 1, 1, 4_000_000)]
    assert [(t.key, t.total_vnd) for t in totals.by_year] == [(2024, 6_500_000), (2023, 1_000_000)]
    assert services.rewards.totals(2023).total_vnd == 1_000_000
    assert all(t.issued_vnd == 0 for t in totals.by_year)


def test_sign_off_needs_the_chairman(services: Services) -> None:
    view = save(services, decision(recipients=[collective()]))
    officer = services.officers.create("Phạm Văn Bình", OfficerRole.CAN_BO)
    chair = services.officers.create("Nguyễn Thị Thu Hằng", OfficerRole.CHU_TICH)
    with pytest.raises(PermissionDeniedError) as caught:
        services.rewards.sign_off(view.id, view.version, officer_id=officer.id)
    assert "Phạm Văn Bình" in caught.value.message
    assert services.rewards.get(view.id).state is DecisionState.DU_THAO
    issued = services.rewards.sign_off(view.id, view.version, officer_id=chair.id)
    assert issued.state is DecisionState.DA_BAN_HANH
    assert services.rewards.totals().by_year[0].issued_vnd == 2_000_000
    with pytest.raises(WorkflowError, match="đã ban hành nên không sửa được"):
        services.rewards.update(view.id, view.as_input(), issued.version)


def test_sign_off_needs_what_the_decision_prints(services: Services) -> None:
    view = services.rewards.create(RewardDecisionInput(number="05/QĐ-CĐCS"))
    with pytest.raises(ValidationError) as caught:
        services.rewards.sign_off(view.id, view.version)
    fields = ["decided_on", "authority", "fund_source", "recipients"]
    assert [p.field for p in caught.value.problems] == fields


def test_same_person_twice_with_the_same_form_refused(services: Services, make_recognised: Make) -> None:
    person = make_recognised().authors[0].person_id
    line = RecipientInput(person_id=person, amount=100)
    with pytest.raises(ValidationError, match="Dòng 2 – Người được khen: người này đã có một dòng"):
        services.rewards.create(RewardDecisionInput(recipients=(line, line)))
