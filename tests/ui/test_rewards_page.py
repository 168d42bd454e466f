"""The rewards page: decisions with totals per fund and year, new / edit, sign-off by role."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sangkien_desktop.domain.enums import DecisionState, OfficerRole
from sangkien_desktop.domain.rewards import RecipientInput, RewardDecisionInput
from sangkien_desktop.services.container import Services
from sangkien_desktop.ui.pages.rewards_page import DecisionColumn, DecisionsModel, RewardsPage
from sangkien_desktop.ui.tasks import InlineTaskRunner
from tests.support.vi_input import commit_text


def add_decision(services: Services, number: str, decided_on: date, *amounts: int,
                 fund: str = "QUY_CONG_DOAN") -> None:
    lines = tuple(RecipientInput(collective_name=f"Tổ {i + 1}", amount=a) for i, a in enumerate(amounts))
    data = RewardDecisionInput.from_mapping({"number": number, "decided_on": decided_on.isoformat(),
                                             "authority": "TM_BCH", "fund_source": fund})
    services.rewards.create(RewardDecisionInput(**{**data.__dict__, "recipients": lines}))


@pytest.fixture
def page(qtbot: QtBot, services: Services, runner: InlineTaskRunner) -> RewardsPage:
    widget = RewardsPage(services.rewards, services.people, services.initiatives, runner)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    return widget


def cells(page: RewardsPage, row: int) -> list[str]:
    return [page.model.index(row, c).data() for c in DecisionColumn]


def select(page: RewardsPage, row: int) -> None:
    page.ui.tableView.selectRow(row)


def test_decisions_listed_with_totals(page: RewardsPage, services: Services) -> None:
    add_decision(services, "01/QĐ-CĐCS", date(2023, 12, 1), 1_000_000)
    add_decision(services, "02/QĐ-CĐCS", date(2024, 3, 1), 2_000_000, 1_234_567)
    add_decision(services, "03/QĐ-CĐCS", date(2024, 9, 1), 4_000_000, fund="NSDLD")
    page.show()
    assert cells(page, 1) == ["02/QĐ-CĐCS", "01/03/2024", "TM. Ban Chấp hành / Chủ tịch", "Quỹ công đoàn",
                              "Dự thảo", "2", "3.234.567 đ"]
    assert page.ui.countLabel.text() == "3 quyết định, tổng cộng 8.234.567 đ"
    assert page.ui.fundTotalsLabel.text().splitlines() == [
        "Quỹ công đoàn: 4.234.567 đ (đã ban hành: 0 đ)",
        "Người sử dụng lao động: 4.000.000 đ (đã ban hành: 0 đ)"]
    assert page.ui.yearTotalsLabel.text().splitlines() == [
        "2024: 7.234.567 đ (đã ban hành: 0 đ)", "2023: 1.000.000 đ (đã ban hành: 0 đ)"]
    combo = page.ui.yearCombo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Tất cả các năm", "2024", "2023"]
    combo.setCurrentIndex(2)
    combo.activated.emit(2)
    assert page.model.rowCount() == 1
    assert page.ui.countLabel.text() == "1 quyết định, tổng cộng 1.000.000 đ"
    assert combo.currentText() == "2023"


def test_new_decision_from_the_page(page: RewardsPage, qtbot: QtBot, services: Services) -> None:
    page.show()
    assert page.ui.fundTotalsLabel.text() == "Chưa có quyết định nào."
    assert not page.ui.editButton.isEnabled() and not page.ui.signOffButton.isEnabled()
    page.ui.newButton.click()
    dialog = page.dialog
    assert dialog is not None and dialog.windowTitle() == "Quyết định khen thưởng mới"
    commit_text(dialog.ui.numberEdit, "05/QĐ-CĐCS")
    dialog.add_collective("Tổ Bảo dưỡng thiết bị")
    dialog.model.setData(dialog.model.index(0, 3), "750.000")
    with qtbot.waitSignal(page.decisions_changed):
        dialog.submit()
    assert cells(page, 0)[0] == "05/QĐ-CĐCS"
    assert cells(page, 0)[6] == "750.000 đ"


def test_edit_opens_the_selected_decision(page: RewardsPage, services: Services) -> None:
    add_decision(services, "01/QĐ-CĐCS", date(2024, 3, 1), 500_000)
    page.show()
    select(page, 0)
    page.ui.editButton.click()
    assert page.dialog is not None
    assert page.dialog.ui.numberEdit.text() == "01/QĐ-CĐCS"
    assert page.dialog.total_text() == "Tổng cộng: 500.000 đ cho 1 dòng"


def test_sign_off_refused_for_an_officer_and_done_by_the_chair(page: RewardsPage, services: Services,
                                                               qtbot: QtBot) -> None:
    add_decision(services, "01/QĐ-CĐCS", date(2024, 3, 1), 500_000)
    officer = services.officers.create("Phạm Văn Bình", OfficerRole.CAN_BO)
    chair = services.officers.create("Nguyễn Thị Thu Hằng", OfficerRole.CHU_TICH)
    page.show()

    def confirm() -> None:
        select(page, 0)
        box = page.sign_off_selected()
        assert box is not None
        assert "Ban hành quyết định 01/QĐ-CĐCS?" in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()

    services.uow.acting_officer_id = officer.id
    confirm()
    assert "Phạm Văn Bình" in page.ui.messageLabel.text()
    assert cells(page, 0)[4] == "Dự thảo"
    services.uow.acting_officer_id = chair.id
    with qtbot.waitSignal(page.decisions_changed):
        confirm()
    assert page.ui.messageLabel.text() == "Đã ban hành quyết định 01/QĐ-CĐCS."
    assert cells(page, 0)[4] == "Đã ban hành"
    assert services.rewards.list()[0].state is DecisionState.DA_BAN_HANH
    assert "(đã ban hành: 500.000 đ)" in page.ui.fundTotalsLabel.text()
    select(page, 0)
    assert not page.ui.signOffButton.isEnabled()


def test_decisions_model_passes_the_model_tester(qtmodeltester: object, services: Services) -> None:
    add_decision(services, "01/QĐ-CĐCS", date(2024, 3, 1), 500_000)
    model = DecisionsModel()
    model.set_items(services.rewards.list())
    qtmodeltester.check(model)  # type: ignore[attr-defined]
