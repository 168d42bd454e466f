"""ConfirmationService: the employer's confirmation of application and benefit, recorded and read back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
import sqlalchemy as sa

from sangkien_desktop.domain.confirmations import ConfirmationInput
from sangkien_desktop.domain.errors import NotFoundError, ValidationError
from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.persistence.models import ApplicationConfirmation, AuditEntry
from sangkien_desktop.services.container import Services
from sangkien_desktop.services.documents import ConfirmationFacts, confirmation_document

Make = Callable[..., InitiativeView]

TYPED = {
    "confirmed_on": "15/06/2024",
    "number": " 07/XN-ABC ",
    "applied_at": "Phân xưởng Dệt 2 & tổ <Bảo trì>",
    "applied_since": "2024-03-05",
    "scope_text": "Toàn bộ dây chuyền dệt",
    "benefit_value": "12.500.000 đ",
    "benefit_basis": "Tiết kiệm điện:\n1.250 kWh/tháng × 10 tháng",
    "is_estimate": True,
    "employer_rep_name": "Phạm Văn Đức",
    "employer_rep_title": "Giám đốc",
    "union_rep_name": "Hoàng Thị Thuỳ Dương",
}


def _rows(services: Services) -> list[ApplicationConfirmation]:
    with services.uow.read() as session:
        return list(session.scalars(sa.select(ApplicationConfirmation)))


def test_round_trip_of_a_typed_confirmation(services: Services, make_initiative: Make) -> None:
    initiative = make_initiative()
    assert services.confirmations.latest(initiative.code) is None

    saved = services.confirmations.record(initiative.code, ConfirmationInput.from_mapping(TYPED))

    view = services.confirmations.latest(initiative.id)
    assert view == saved.confirmation
    assert saved.warnings == ()
    assert (view.initiative_id, view.number, view.confirmed_on, view.applied_since) == (
        initiative.id, "07/XN-ABC", date(2024, 6, 15), date(2024, 3, 5))
    assert (view.benefit_value, view.is_estimate, view.not_quantifiable, view.still_applied) == (
        12_500_000, True, False, True)
    assert view.applied_at == "Phân xưởng Dệt 2 & tổ <Bảo trì>"
    assert view.benefit_basis == "Tiết kiệm điện:\n1.250 kWh/tháng × 10 tháng"
    assert (view.employer_rep_name, view.employer_rep_title, view.union_rep_name) == (
        "Phạm Văn Đức", "Giám đốc", "Hoàng Thị Thuỳ Dương")
    assert view.version == 1


def test_latest_is_the_newest_by_confirmation_date(services: Services, make_initiative: Make) -> None:
    initiative = make_initiative()
    for day, value in (("01/07/2025", "20000000"), ("15/06/2024", "12500000")):
        services.confirmations.record(initiative.code, ConfirmationInput.from_mapping(
            {"confirmed_on": day, "benefit_value": value}))
    latest = services.confirmations.latest(initiative.code)
    assert latest is not None
    assert (latest.confirmed_on, latest.benefit_value) == (date(2025, 7, 1), 20_000_000)


def _problems(data: dict[str, Any]) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        ConfirmationInput.from_mapping(data)
    return {p.field: p.message() for p in caught.value.problems}


def test_bad_input_is_refused_with_every_reason_in_vietnamese() -> None:
    problems = _problems({"confirmed_on": "31/02/2024", "benefit_value": "-5", "applied_since": "hôm qua",
                          "number": "X" * 41, "is_estimate": "có"})
    assert problems == {
        "confirmed_on": "Ngày xác nhận: không có ngày 31/02/2024: tháng 2/2024 chỉ có 29 ngày "
                        "(nhập theo dạng dd/mm/yyyy)",
        "benefit_value": "Giá trị làm lợi xác nhận: không được là số âm",
        "applied_since": "Áp dụng từ ngày: không đúng định dạng ngày (dd/mm/yyyy hoặc yyyy-mm-dd)",
        "number": "Số phiếu: dài 41 ký tự, tối đa 40",
        "is_estimate": "Là số ước tính: phải là true hoặc false",
    }
    assert _problems({"benefit_value": "1,5"}) == {
        "confirmed_on": "Ngày xác nhận: chưa nhập",
        "benefit_value": "Giá trị làm lợi xác nhận: phải là số đồng nguyên, không có phần lẻ",
    }


def test_contradictions_are_refused() -> None:
    problems = _problems({"confirmed_on": "01/06/2024", "applied_since": "02/06/2024",
                          "not_quantifiable": True, "benefit_value": 1_000_000})
    assert problems == {
        "applied_since": "Áp dụng từ ngày: muộn hơn ngày xác nhận",
        "benefit_value": "Giá trị làm lợi xác nhận: không ghi số tiền khi đã xác nhận không tính được "
                         "bằng tiền",
        "qualitative_benefit": "Lợi ích khác: bắt buộc khi không tính được bằng tiền",
    }


def test_the_service_refuses_contradictions_built_in_code(services: Services, make_initiative: Make) -> None:
    initiative = make_initiative()
    data = ConfirmationInput(date(2024, 6, 1), not_quantifiable=True)
    with pytest.raises(ValidationError, match="Lợi ích khác: bắt buộc"):
        services.confirmations.record(initiative.code, data)
    assert _rows(services) == []


def test_recorded_in_one_transaction_with_its_audit(services: Services, make_initiative: Make) -> None:
    initiative = make_initiative()
    commits: list[object] = []

    def count(connection: object) -> None:
        commits.append(connection)

    sa.event.listen(services.engine, "commit", count)
    try:
        saved = services.confirmations.record(initiative.code, ConfirmationInput.from_mapping(TYPED))
    finally:
        sa.event.remove(services.engine, "commit", count)
    assert len(commits) == 1
    with services.uow.read() as session:
        audit = session.scalars(sa.select(AuditEntry).where(
            AuditEntry.entity == "application_confirmation",
            AuditEntry.entity_id == saved.confirmation.id)).all()
    assert audit and {row.at for row in audit} == {audit[0].at}


def test_unknown_initiative_writes_nothing(services: Services) -> None:
    with pytest.raises(NotFoundError, match="Không tìm thấy sáng kiến"):
        services.confirmations.record("2024-KHONG-CO", ConfirmationInput(date(2024, 6, 1)))
    assert _rows(services) == []


def test_a_start_before_the_first_application_only_warns(services: Services, make_initiative: Make) -> None:
    initiative = make_initiative()  # first applied 05/03/2024
    saved = services.confirmations.record(initiative.code, ConfirmationInput.from_mapping(
        {"confirmed_on": "01/06/2024", "applied_since": "01/02/2024"}))
    [warning] = saved.warnings
    assert not warning.blocking
    assert warning.message() == ("Áp dụng từ ngày: sớm hơn ngày áp dụng lần đầu của sáng kiến (05/03/2024); "
                                 "hãy kiểm tra lại")
    assert len(_rows(services)) == 1


def test_template_e_data_from_the_latest_stored_confirmation(services: Services,
                                                             make_initiative: Make) -> None:
    initiative = make_initiative()
    args = (services.initiatives, services.recognition, services.office, initiative.code)
    with pytest.raises(NotFoundError, match="chưa có phiếu xác nhận áp dụng và hiệu quả"):
        confirmation_document(*args, confirmations=services.confirmations)
    services.confirmations.record(initiative.code, ConfirmationInput.from_mapping(
        {**TYPED, "benefit_value": "30.000.000", "is_estimate": False, "still_applied": False}))

    stored = confirmation_document(*args, confirmations=services.confirmations)
    assert (stored.benefit_value, stored.is_estimate, stored.still_applied) == (30_000_000, False, False)
    assert (stored.employer_rep, stored.union_rep, stored.header.number) == (
        "Phạm Văn Đức", "Hoàng Thị Thuỳ Dương", "07/XN-ABC")
    assert stored.applied_at == "Phân xưởng Dệt 2 & tổ <Bảo trì>" and stored.applied_since == "05/03/2024"

    typed = confirmation_document(*args, ConfirmationFacts(date(2024, 7, 1), benefit_value=1_000_000))
    assert (typed.benefit_value, typed.header.number) == (1_000_000, None)
