"""The registry's lazy model and filter bar on a real temporary store."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from sangkien_desktop.domain.enums import InitiativeStatus, SolutionKind
from sangkien_desktop.domain.model import InitiativeView, Page, RegistryFilter
from sangkien_desktop.services.container import Services
from sangkien_desktop.services.demo import generate_demo
from sangkien_desktop.ui.models.initiative_table import ITEM_ROLE, LOADING_TEXT, Column, InitiativeTableModel
from sangkien_desktop.ui.pages.initiatives_page import DEBOUNCE_MS, InitiativesPage
from sangkien_desktop.ui.tasks import InlineTaskRunner, TaskRunner
from tests.support.runners import DeferredRunner
from tests.support.vi_input import commit_text

WAIT_MS = DEBOUNCE_MS + 5000
COUNT = 250  # three blocks of 100: 100 + 100 + 50


@pytest.fixture
def demo(services: Services) -> list[InitiativeView]:
    """A demo store; every initiative, newest first (as the registry lists them)."""
    generate_demo(services, COUNT, 1)
    return list(services.initiatives.list(limit=1000).items)


class CountingFetch:
    """The service's list, recording each (limit, offset) asked for."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.calls: list[tuple[int, int]] = []

    def __call__(self, limit: int, offset: int) -> Page[InitiativeView]:
        self.calls.append((limit, offset))
        return self.services.initiatives.list(limit=limit, offset=offset)


def make_page(qtbot: QtBot, services: Services, runner: Any) -> InitiativesPage:
    page = InitiativesPage(services.initiatives, runner)
    qtbot.addWidget(page)
    page.resize(1280, 600)
    page.show()
    return page


def row_ids(model: InitiativeTableModel) -> list[str]:
    return [model.data(model.index(row, 0), ITEM_ROLE).id for row in range(model.rowCount())]


# -- lazy model -------------------------------------------------------------------------------------

def test_model_knows_the_total_from_the_first_block(services: Services, demo: list[InitiativeView]) -> None:
    fetch = CountingFetch(services)
    model = InitiativeTableModel(InlineTaskRunner())
    model.set_query(fetch)
    assert model.rowCount() == COUNT
    assert fetch.calls == [(100, 0)]
    assert model.loaded_blocks() == [0]
    assert model.item(150) is None  # item() never fetches


def test_lazy_model_passes_the_model_tester(qtmodeltester: Any, services: Services,
                                            demo: list[InitiativeView]) -> None:
    fetch = CountingFetch(services)
    model = InitiativeTableModel(InlineTaskRunner(), max_blocks=2)
    model.set_query(fetch)
    qtmodeltester.check(model)
    assert row_ids(model) == [v.id for v in demo]
    assert len(model.loaded_blocks()) <= 2  # the farthest blocks were dropped on the way


def test_model_tester_while_blocks_arrive_later(qtmodeltester: Any, services: Services,
                                                demo: list[InitiativeView]) -> None:
    runner = DeferredRunner()
    model = InitiativeTableModel(runner)
    model.set_query(CountingFetch(services))
    runner.release_all()
    qtmodeltester.check(model)
    assert model.data(model.index(COUNT - 1, Column.TITLE)) == LOADING_TEXT
    assert model.data(model.index(COUNT - 1, Column.CODE)) is None
    runner.release_all()  # dataChanged for the blocks the tester asked for, checked by the tester
    assert model.data(model.index(COUNT - 1, Column.TITLE)) == demo[-1].title


def test_each_block_is_requested_once(services: Services, demo: list[InitiativeView]) -> None:
    runner = DeferredRunner()
    fetch = CountingFetch(services)
    model = InitiativeTableModel(runner)
    model.set_query(fetch)
    runner.release_all()
    for _ in range(3):
        model.data(model.index(120, Column.TITLE))
        model.data(model.index(199, Column.TITLE))
    assert fetch.calls == [(100, 0), (100, 100)]
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom: changed.append((top.row(), bottom.row())))
    runner.release_all()
    assert changed == [(100, 199)]
    assert model.data(model.index(120, Column.TITLE)) == demo[120].title


def test_stale_blocks_of_a_previous_query_are_discarded(qtbot: QtBot, services: Services,
                                                        demo: list[InitiativeView]) -> None:
    runner = DeferredRunner()
    model = InitiativeTableModel(runner)
    model.set_query(CountingFetch(services))
    runner.release_all()
    model.data(model.index(150, Column.TITLE))  # asks for blocks 1 and 2 of the full list
    model.data(model.index(210, Column.TITLE))  # waits: block 1 is being fetched
    qtbot.waitUntil(lambda: len(runner.pending) == 2, timeout=WAIT_MS)  # until the view settles
    old_block_1, old_block_2 = runner.pending
    runner.pending.clear()
    ideas = InitiativeStatus.Y_TUONG
    model.set_query(lambda limit, offset: services.initiatives.list(ideas, limit, offset))
    (new_first,) = runner.pending
    runner.pending.clear()
    old_block_1()  # the old rows are still on screen until the new query's first block arrives
    assert model.rowCount() == COUNT
    assert model.loaded_blocks() == [0, 1]
    new_first()
    old_block_2()  # late: dropped
    wanted = [v.id for v in demo if v.status == ideas]
    assert 0 < len(wanted) <= 100
    assert model.rowCount() == len(wanted)
    assert model.loaded_blocks() == [0]
    assert row_ids(model) == wanted
    assert runner.pending == []


def test_an_older_first_block_never_replaces_a_newer_query(services: Services,
                                                           demo: list[InitiativeView]) -> None:
    runner = DeferredRunner()
    model = InitiativeTableModel(runner)
    model.set_query(CountingFetch(services))
    kind = SolutionKind.QUAN_LY
    model.set_query(lambda limit, offset: services.initiatives.list(limit=limit, offset=offset,
                                                                    filter=RegistryFilter(kind=kind)))
    first_all, first_kind = runner.pending
    first_kind()
    first_all()
    assert model.rowCount() == sum(v.kind == kind for v in demo)


# -- page -------------------------------------------------------------------------------------------

def test_scrolling_to_the_end_fetches_the_last_block(qtbot: QtBot, services: Services,
                                                     demo: list[InitiativeView]) -> None:
    page = make_page(qtbot, services, InlineTaskRunner())
    assert page.ui.countLabel.text() == f"Tổng cộng {COUNT} sáng kiến"
    assert page.model.loaded_blocks() == [0]
    page.ui.tableView.scrollToBottom()
    qtbot.waitUntil(lambda: 2 in page.model.loaded_blocks(), timeout=3000)
    last = page.model.index(COUNT - 1, Column.TITLE)
    assert page.model.data(last, ITEM_ROLE) == demo[-1]  # the oldest initiative
    assert page.ui.tableView.visualRect(last).isValid()


def test_scrolling_through_the_real_task_runner(qtbot: QtBot, services: Services,
                                                demo: list[InitiativeView]) -> None:
    runner = TaskRunner()
    try:
        page = make_page(qtbot, services, runner)
        qtbot.waitUntil(lambda: page.model.rowCount() == COUNT, timeout=WAIT_MS)
        page.ui.tableView.scrollToBottom()
        last = page.model.index(COUNT - 1, Column.TITLE)
        qtbot.waitUntil(lambda: page.model.data(last) == demo[-1].title, timeout=WAIT_MS)
        assert page.model.data(last, ITEM_ROLE) == demo[-1]
    finally:
        runner.shutdown()


def test_a_filter_change_shows_only_matching_rows(qtbot: QtBot, services: Services,
                                                  demo: list[InitiativeView]) -> None:
    page = make_page(qtbot, services, InlineTaskRunner())
    status = InitiativeStatus.DA_CONG_NHAN
    combo = page.ui.statusCombo
    assert combo.itemText(0) == "Tất cả"
    with qtbot.waitSignal(page.results_shown, timeout=WAIT_MS) as shown:
        combo.setCurrentIndex(combo.findData(status))
    wanted = [v.id for v in demo if v.status == status]
    assert 0 < len(wanted) < COUNT
    assert shown.args == [len(wanted)]
    assert row_ids(page.model) == wanted
    assert page.ui.countLabel.text() == f"Tìm thấy {len(wanted)} sáng kiến"


def test_filters_combine_with_search_and_year(qtbot: QtBot, services: Services,
                                              demo: list[InitiativeView]) -> None:
    page = make_page(qtbot, services, InlineTaskRunner())
    year = next(v.first_applied_on.year for v in demo if v.first_applied_on is not None)
    assert not page.ui.quarterCombo.isEnabled()
    with qtbot.waitSignal(page.results_shown, timeout=WAIT_MS):
        page.ui.yearSpin.setValue(year)
        page.ui.quarterCombo.setCurrentIndex(2)
        commit_text(page.ui.searchEdit, "cải tiến")
    assert page.ui.quarterCombo.isEnabled()
    search = services.initiatives.search("cải tiến", limit=1000).items
    wanted = [v.id for v in search if v.first_applied_on is not None
              and v.first_applied_on.year == year and v.first_applied_on.month in (4, 5, 6)]
    assert row_ids(page.model) == wanted


def test_department_filter_ignores_diacritics(qtbot: QtBot, services: Services,
                                              demo: list[InitiativeView]) -> None:
    page = make_page(qtbot, services, InlineTaskRunner())
    department = next(v.department for v in demo if v.department)
    assert department is not None
    with qtbot.waitSignal(page.results_shown, timeout=WAIT_MS):
        commit_text(page.ui.departmentEdit, department.lower())
    shown = [page.model.data(page.model.index(r, Column.DEPARTMENT)) for r in range(page.model.rowCount())]
    assert shown
    assert set(shown) == {department} or all(department in str(d) for d in shown)


def test_year_spin_steps_from_all_to_this_year_and_back(qtbot: QtBot, services: Services) -> None:
    page = make_page(qtbot, services, InlineTaskRunner())
    spin = page.ui.yearSpin
    assert spin.text() == "Tất cả"
    spin.stepUp()
    assert spin.value() >= 2024
    spin.setValue(1899)
    assert spin.value() == 0
    assert not page.ui.quarterCombo.isEnabled()


# -- order and programme ------------------------------------------------------------------------------

def _press_header(page: InitiativesPage, column: Column) -> None:
    header = page.ui.tableView.horizontalHeader()
    middle = QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2,
                    header.height() // 2)
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, middle)


def _click_header(qtbot: QtBot, page: InitiativesPage, column: Column) -> None:
    with qtbot.waitSignal(page.results_shown, timeout=WAIT_MS):
        _press_header(page, column)


def test_header_clicks_sort_ascending_descending_then_newest_first(
        qtbot: QtBot, services: Services, runner: InlineTaskRunner, demo: list[InitiativeView]) -> None:
    page = make_page(qtbot, services, runner)
    benefit = lambda v: (v.benefit_vnd is not None, v.benefit_vnd)  # noqa: E731 (no value first, as SQLite)
    _click_header(qtbot, page, Column.BENEFIT)
    shown = [page.model.data(page.model.index(r, 0), ITEM_ROLE) for r in range(page.model.rowCount())]
    assert [benefit(v) for v in shown] == sorted(benefit(v) for v in demo)
    assert page.ui.tableView.horizontalHeader().sortIndicatorSection() == Column.BENEFIT
    _click_header(qtbot, page, Column.BENEFIT)
    shown = [page.model.data(page.model.index(r, 0), ITEM_ROLE) for r in range(page.model.rowCount())]
    assert [benefit(v) for v in shown] == sorted((benefit(v) for v in demo), reverse=True)
    _click_header(qtbot, page, Column.BENEFIT)  # third click: back to the registry's own order
    assert row_ids(page.model) == [v.id for v in demo]
    assert page.ui.tableView.horizontalHeader().sortIndicatorSection() == -1


def test_upload_column_keeps_the_current_order(qtbot: QtBot, services: Services, runner: InlineTaskRunner,
                                               demo: list[InitiativeView]) -> None:
    page = make_page(qtbot, services, runner)
    _click_header(qtbot, page, Column.LEAD_AUTHOR)
    ordered = row_ids(page.model)
    _press_header(page, Column.UPLOAD)
    assert page.ui.tableView.horizontalHeader().sortIndicatorSection() == Column.LEAD_AUTHOR
    assert row_ids(page.model) == ordered
    assert page.sort.column is not None and page.sort.column.value == "lead_author"


def test_programme_filter_lists_the_linked_initiatives(qtbot: QtBot, services: Services,
                                                       runner: InlineTaskRunner,
                                                       demo: list[InitiativeView]) -> None:
    page = make_page(qtbot, services, runner)
    combo = page.ui.programmeCombo
    assert combo.count() == 2 and combo.itemText(0) == "Tất cả"
    programme = services.initiatives.programmes()[0]
    with qtbot.waitSignal(page.results_shown, timeout=WAIT_MS):
        combo.setCurrentIndex(1)
    linked = services.initiatives.list(limit=1000, filter=RegistryFilter(programme_id=programme.id))
    assert 0 < linked.total < len(demo)  # the demo links the confirmed initiatives of the window
    assert row_ids(page.model) == [v.id for v in linked.items]


def test_typing_while_a_query_runs_queues_only_the_latest_text(qtbot: QtBot, services: Services,
                                                             demo: list[InitiativeView]) -> None:
    runner = DeferredRunner()
    page = make_page(qtbot, services, runner)
    runner.release_all()  # the first listing and the programme list
    asked = len(runner.calls)
    commit_text(page.ui.searchEdit, "cải")
    qtbot.waitUntil(lambda: len(runner.calls) == asked + 1, timeout=WAIT_MS)  # started at once
    for word in (" tiến", " máy"):
        commit_text(page.ui.searchEdit, word)
    qtbot.wait(50)
    assert len(runner.calls) == asked + 1  # still running: the changes wait
    runner.release_all()
    assert len(runner.calls) == asked + 2  # then one query, for the whole text
    runner.release_all()
    expected = services.initiatives.search("cải tiến máy", limit=1)
    assert page.model.rowCount() == expected.total


def test_blocks_passed_over_while_fetching_wait_for_the_view_to_settle(qtbot: QtBot, services: Services,
                                                                       demo: list[InitiativeView]) -> None:
    runner = DeferredRunner()
    model = InitiativeTableModel(runner, block_size=10, max_blocks=6)
    model.set_query(CountingFetch(services))
    runner.release_all()
    model.data(model.index(15, Column.TITLE))  # nothing running: fetched at once
    assert len(runner.pending) == 1
    for row in range(25, 245, 10):  # a fast scroll while block 1 is fetched: nothing more yet
        model.data(model.index(row, Column.TITLE))
    assert len(runner.pending) == 1
    qtbot.waitUntil(lambda: len(runner.pending) > 1, timeout=WAIT_MS)
    runner.release_all()
    # Only the blocks near where the view stopped (row 235: block 23) were fetched, within half the
    # cache (3 blocks); the ones passed over earlier are asked for again if they come back into view.
    assert model.loaded_blocks() == [0, 1, 20, 21, 22, 23]


# -- reading the rows again in place (after a sync) -------------------------------------------------


def test_reread_changes_rows_in_place_keeping_selection_and_scroll(
        qtbot: QtBot, services: Services, runner: InlineTaskRunner, demo: list[InitiativeView]) -> None:
    page = make_page(qtbot, services, runner)
    view, model = page.ui.tableView, page.model
    qtbot.waitUntil(lambda: model.rowCount() == COUNT, timeout=WAIT_MS)
    view.scrollTo(model.index(150, 0))
    view.selectRow(150)
    qtbot.waitUntil(lambda: model.item(150) is not None, timeout=WAIT_MS)
    scrolled = view.verticalScrollBar().value()
    chosen = model.item(150)
    assert chosen is not None and scrolled > 0
    renamed = f"{chosen.title} (đã sửa)"
    detail = services.initiatives.detail(chosen.id)
    services.initiatives.update(chosen.id, replace(detail.draft, title=renamed), detail.version)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    page.reread()
    assert resets == []  # same number of rows: changed in place
    model.data(model.index(150, Column.TITLE))  # the block is read again when the view asks
    qtbot.waitUntil(lambda: model.data(model.index(150, Column.TITLE)) == renamed, timeout=WAIT_MS)
    assert [index.row() for index in view.selectionModel().selectedRows()] == [150]
    assert view.verticalScrollBar().value() == scrolled


def test_reread_resets_when_the_number_of_rows_changed_and_yields_to_a_running_query(
        qtbot: QtBot, services: Services, demo: list[InitiativeView],
        make_initiative: Callable[..., InitiativeView]) -> None:
    runner = DeferredRunner()
    page = make_page(qtbot, services, runner)
    runner.release_all()
    model = page.model
    assert model.rowCount() == COUNT
    make_initiative(title="Sáng kiến mới sau đồng bộ")
    page.reread()
    runner.release_all()
    assert model.rowCount() == COUNT + 1  # a reset with the new total
    page.ui.statusCombo.setCurrentIndex(page.ui.statusCombo.findData(InitiativeStatus.Y_TUONG))
    page.refresh()  # the officer's own query is running …
    page.reread()  # … so the reread waits and a full query of the filter follows it
    runner.release_all()
    qtbot.waitUntil(lambda: not runner.pending, timeout=WAIT_MS)
    runner.release_all()
    ideas = [v.id for v in demo if v.status is InitiativeStatus.Y_TUONG]
    assert row_ids(model) == ideas  # the filter's query, not the reread of the old one
