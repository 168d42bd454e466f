"""«Tải lên…» in the registry: the selected initiatives go to the upper union (DOMAIN.md §4.15)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QMessageBox
from pytestqt.qtbot import QtBot

from sangkien_desktop.domain.enums import InitiativeStatus
from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.domain.sync import SyncTrigger
from sangkien_desktop.services.container import Services
from sangkien_desktop.ui.models.initiative_table import Column
from sangkien_desktop.ui.pages.initiatives_page import InitiativesPage
from sangkien_desktop.ui.pages.submit_action import LISTED_AT_MOST, SubmitAction
from sangkien_desktop.ui.tasks import InlineTaskRunner
from tests.support.submissions import ready_to_upload

MakeInitiative = Callable[..., InitiativeView]


def make_ready(services: Services, title: str) -> InitiativeView:
    """Recognised, in the seeded programme, confirmed by the union and moved to «Sẵn sàng tải lên»."""
    return services.initiatives.get(ready_to_upload(services, [title])[0])


def make_page(qtbot: QtBot, services: Services, runner: InlineTaskRunner,
              wired: bool = True) -> InitiativesPage:
    page = InitiativesPage(services.initiatives, runner)
    qtbot.addWidget(page)
    if wired:
        page.wire_editor(services, runner)
    page.resize(1280, 600)
    page.show()
    return page


def row_of(page: InitiativesPage, initiative_id: str) -> int:
    ids = [getattr(page.model.item(row), "id", None) for row in range(page.model.rowCount())]
    return ids.index(initiative_id)


def select(qtbot: QtBot, page: InitiativesPage, *views: InitiativeView) -> None:
    """Click the first row, Ctrl+click the others: as an officer picks several rows."""
    view = page.ui.tableView
    for number, initiative in enumerate(views):
        where = view.visualRect(page.model.index(row_of(page, initiative.id), Column.TITLE)).center()
        modifier = Qt.KeyboardModifier.ControlModifier if number else Qt.KeyboardModifier.NoModifier
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, where)


def press_upload(qtbot: QtBot, page: InitiativesPage) -> SubmitAction:
    assert page.ui.submitButton.isEnabled()
    qtbot.mouseClick(page.ui.submitButton, Qt.MouseButton.LeftButton)
    assert page.submit_action is not None and page.submit_action.confirm_box is not None
    return page.submit_action


def answer(action: SubmitAction, button: QMessageBox.StandardButton) -> None:
    assert action.confirm_box is not None and action.confirm_box.isVisible()
    action.confirm_box.button(button).click()


def nothing_submitted(services: Services, *views: InitiativeView) -> bool:
    return all(services.submissions.latest(view.id) is None for view in views)


# -----------------------------------------------------------------------------------------------------

def test_the_button_needs_the_services_and_a_selection(qtbot: QtBot, services: Services,
                                                       runner: InlineTaskRunner,
                                                       make_initiative: MakeInitiative) -> None:
    first, second = make_initiative(title="Cải tiến máy cắt"), make_initiative(title="Cải tiến máy hàn")
    bare = make_page(qtbot, services, runner, wired=False)
    select(qtbot, bare, first)
    assert bare.selected_ids() == [first.id] and not bare.ui.submitButton.isEnabled()

    page = make_page(qtbot, services, runner)
    button = page.ui.submitButton
    assert button.text() == "Tải lên…" and "công đoàn cấp trên" in button.toolTip()
    assert page.ui.tableView.selectionMode() is QAbstractItemView.SelectionMode.ExtendedSelection
    assert not button.isEnabled()
    select(qtbot, page, first, second)
    assert page.selected_ids() == [second.id, first.id] and button.isEnabled()  # newest first
    page.ui.tableView.clearSelection()
    assert not button.isEnabled()
    select(qtbot, page, first)
    assert button.isEnabled()
    with qtbot.waitSignal(page.results_shown):
        page.refresh()  # a new query drops the selection
    assert page.selected_ids() == [] and not button.isEnabled()


def test_ready_rows_go_and_the_refused_one_is_named_with_its_reason(
        qtbot: QtBot, services: Services, runner: InlineTaskRunner, make_initiative: MakeInitiative) -> None:
    ready = [make_ready(services, f"Cải tiến khuôn dập số {n}") for n in (1, 2)]
    trial = make_initiative(title="Cải tiến băng tải")  # still «Áp dụng thử»
    page = make_page(qtbot, services, runner)
    select(qtbot, page, *ready, trial)
    emitted: list[int] = []
    page.submitted.connect(emitted.append)
    action = press_upload(qtbot, page)
    assert action.confirm_box is not None
    question = action.confirm_box.text()
    assert "Tải 3 sáng kiến đã chọn lên công đoàn cấp trên?" in question
    assert "lần đồng bộ tới" in question and "«Đã tải lên»" in question and "«Sẵn sàng tải lên»" in question
    lanes_before = len(runner.calls)
    with qtbot.waitSignal(page.results_shown):  # the registry reloads after the batch is written
        answer(action, QMessageBox.StandardButton.Yes)
    assert runner.calls[lanes_before] == "db"  # the submission ran on the db lane
    assert emitted == [2]
    for view in ready:
        latest = services.submissions.latest(view.id)
        assert latest is not None and latest.server_received_at is None
    assert nothing_submitted(services, trial)
    assert action.result_box is not None and action.result_box.isVisible()
    told = action.result_box.text()
    assert told.startswith("Đã đưa 2 sáng kiến vào đợt tải lên.")
    assert "1 sáng kiến không được tải lên:" in told
    assert f"• {trial.code}: đang ở trạng thái «{InitiativeStatus.AP_DUNG_THU.label}»" in told
    assert action.result_box.detailedText() == ""


def test_cancelling_the_question_writes_nothing(qtbot: QtBot, services: Services, runner: InlineTaskRunner,
                                                make_initiative: MakeInitiative) -> None:
    ready = make_ready(services, "Cải tiến khuôn dập")
    page = make_page(qtbot, services, runner)
    select(qtbot, page, ready)
    emitted: list[int] = []
    page.submitted.connect(emitted.append)
    action = press_upload(qtbot, page)
    answer(action, QMessageBox.StandardButton.Cancel)
    assert nothing_submitted(services, ready) and emitted == [] and action.result_box is None


def test_only_rows_not_ready_show_why_and_write_nothing(qtbot: QtBot, services: Services,
                                                        runner: InlineTaskRunner,
                                                        make_initiative: MakeInitiative) -> None:
    trial = make_initiative(title="Cải tiến băng tải")
    idea = make_initiative(title="Ý tưởng", status="Y_TUONG")
    page = make_page(qtbot, services, runner)
    select(qtbot, page, trial, idea)
    emitted: list[int] = []
    page.submitted.connect(emitted.append)
    action = press_upload(qtbot, page)
    answer(action, QMessageBox.StandardButton.Yes)
    assert nothing_submitted(services, trial, idea) and emitted == []
    assert action.result_box is not None and action.result_box.icon() is QMessageBox.Icon.Warning
    told = action.result_box.text()
    assert told.startswith("Không có sáng kiến nào được tải lên:")
    assert f"• {trial.code}: đang ở trạng thái «{InitiativeStatus.AP_DUNG_THU.label}»" in told
    assert f"• {idea.code}: đang ở trạng thái «{InitiativeStatus.Y_TUONG.label}»" in told


def test_a_long_list_of_refusals_goes_to_the_details(qtbot: QtBot, services: Services,
                                                     runner: InlineTaskRunner,
                                                     make_initiative: MakeInitiative) -> None:
    for number in range(LISTED_AT_MOST + 2):
        make_initiative(title=f"Cải tiến số {number}")
    page = make_page(qtbot, services, runner)
    page.ui.tableView.selectAll()
    action = press_upload(qtbot, page)
    answer(action, QMessageBox.StandardButton.Yes)
    assert action.result_box is not None
    assert action.result_box.text().count("•") == LISTED_AT_MOST
    assert "… và 2 sáng kiến khác (xem phần chi tiết)." in action.result_box.text()
    assert len(action.result_box.detailedText().splitlines()) == LISTED_AT_MOST + 2


@pytest.mark.parametrize("syncing", [False, True])
def test_the_main_window_counts_the_batch_and_sends_it_when_syncing(
        qtbot: QtBot, services: Services, runner: InlineTaskRunner, settings: QSettings,
        make_initiative: MakeInitiative, syncing: bool) -> None:
    from sangkien_desktop.ui.main_window import MainWindow, pending_text

    ready = make_ready(services, "Cải tiến khuôn dập")
    window = MainWindow(services, runner, services.office.get_office(), settings)
    qtbot.addWidget(window)
    window.show()
    triggers: list[SyncTrigger] = []
    if syncing:
        window.start_sync()
        window.sync_scheduler().run_started.connect(triggers.append)
    pending_before = services.initiatives.pending_changes()
    page = window.initiatives_page
    select(qtbot, page, ready)
    answer(press_upload(qtbot, page), QMessageBox.StandardButton.Yes)
    assert services.initiatives.pending_changes() > pending_before
    assert window.pending_label.text() == pending_text(services.initiatives.pending_changes())
    if syncing:
        assert SyncTrigger.MANUAL in triggers  # at once, not after the save delay
    else:
        assert window._scheduler is None  # sync not on: nothing was started
