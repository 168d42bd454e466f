"""The to-do panel on a real store: an overdue recognition and an overdue remuneration created here
appear in their groups with counts; double-clicking one asks to open its initiative."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from sangkien_desktop.domain.enums import RequestState
from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.domain.recognition import RequestInput
from sangkien_desktop.services.container import Services
from sangkien_desktop.ui.tasks import InlineTaskRunner
from sangkien_desktop.ui.widgets.todo_panel import ITEM_ROLE, TodoPanel
from tests.support.runners import DeferredRunner


@pytest.fixture
def overdue_review(services: Services, add_initiative: Callable[..., InitiativeView]) -> InitiativeView:
    """Accepted on 15/02/2024: the review was due 15/05/2024 and no decision came."""
    item = add_initiative("Đơn chờ xét quá hạn", first_applied_on="2024-01-10")
    request = services.recognition.file_request(item.id, RequestInput(filed_on=date(2024, 2, 1))).request
    services.recognition.set_request_state(request.id, RequestState.CHAP_NHAN, accepted_on=date(2024, 2, 15))
    return item


@pytest.fixture
def unpaid(services: Services, make_initiative: Callable[..., InitiativeView]) -> InitiativeView:
    """Recognised, first applied 01/03/2021: three years of remuneration unpaid past their deadlines."""
    item = make_initiative(title="Thù lao chưa trả", status="DA_CONG_NHAN", decision_number="15/QĐ-ABC",
                           decided_on="2021-09-01", first_applied_on="2021-03-01", benefit_value=100_000_000)
    services.remuneration.schedule(item.id)
    return item


def test_groups_with_counts_and_opening_an_item(
    qtbot: QtBot, services: Services, runner: InlineTaskRunner, overdue_review: InitiativeView,
    unpaid: InitiativeView,
) -> None:
    panel = TodoPanel(services.todo, runner)
    qtbot.addWidget(panel)
    panel.show()
    panel.refresh()
    tree = panel.ui.itemsTree
    groups = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert groups == ["Thù lao quá hạn chưa trả (3)", "Đơn quá hạn xét công nhận (1)",
                      "Đã công nhận, chưa khen thưởng (1)"]
    assert panel.ui.summaryLabel.text() == "5 việc cần làm"
    money = tree.topLevelItem(0).child(0)
    assert money.text(0) == f"{unpaid.code} · Thù lao chưa trả"
    assert money.text(1) == "28/03/2022"
    assert money.text(2).startswith("Quá hạn trả thù lao năm thứ 1: hạn 28/03/2022")
    review = tree.topLevelItem(1).child(0)
    assert review.text(1) == "15/05/2024" and review.data(0, ITEM_ROLE) == overdue_review.id
    assert "Đã quá hạn xét công nhận sáng kiến" in review.text(2)

    with qtbot.waitSignal(panel.open_initiative) as opened:
        tree.itemDoubleClicked.emit(review, 0)
    assert opened.args == [overdue_review.id]
    with qtbot.assertNotEmitted(panel.open_initiative):
        tree.itemDoubleClicked.emit(tree.topLevelItem(0), 0)  # a group heading opens nothing


def test_empty_store_and_refresh_after_changes(
    qtbot: QtBot, services: Services, make_initiative: Callable[..., InitiativeView]
) -> None:
    runner = DeferredRunner()
    panel = TodoPanel(services.todo, runner)
    qtbot.addWidget(panel)
    panel.refresh()
    assert panel.ui.summaryLabel.text() == "Đang tải…" and not panel.ui.refreshButton.isEnabled()
    runner.release_all()
    assert panel.ui.summaryLabel.text() == "Không có việc nào cần làm."
    assert panel.ui.itemsTree.topLevelItemCount() == 0 and panel.ui.refreshButton.isEnabled()

    make_initiative(title="Quá hạn nộp đơn", first_applied_on="2021-01-04")  # deadline 04/01/2022
    panel.ui.refreshButton.click()
    runner.release_all()
    heading = panel.ui.itemsTree.topLevelItem(0)
    assert heading.text(0) == "Sắp hết hoặc đã quá hạn một năm để nộp đơn (1)"
    assert heading.child(0).text(1) == "04/01/2022"
