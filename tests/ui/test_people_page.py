"""The people page: lazy model, Vietnamese search, editing and merging persons, on a real store."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from sangkien_desktop.domain.model import InitiativeView, Page
from sangkien_desktop.services.container import Services
from sangkien_desktop.services.demo import generate_demo
from sangkien_desktop.services.people import PersonInput, PersonView
from sangkien_desktop.ui.dialogs.person_dialog import PersonDialog
from sangkien_desktop.ui.main_window import MainWindow
from sangkien_desktop.ui.models.initiative_table import ITEM_ROLE as INITIATIVE_ROLE
from sangkien_desktop.ui.models.people_table import ITEM_ROLE, LOADING_TEXT, PeopleColumn, PeopleTableModel
from sangkien_desktop.ui.pages.initiatives_page import InitiativesPage
from sangkien_desktop.ui.pages.people_page import DEBOUNCE_MS, PeoplePage
from sangkien_desktop.ui.tasks import InlineTaskRunner
from tests.support.runners import DeferredRunner
from tests.support.vi_input import commit_text, type_text

WAIT_MS = DEBOUNCE_MS + 5000
DET = "Tổ Dệt"
MakeInitiative = Callable[..., InitiativeView]


def make_page(qtbot: QtBot, services: Services, runner: Any) -> PeoplePage:
    page = PeoplePage(services.people, runner)
    qtbot.addWidget(page)
    page.resize(1100, 500)
    page.show()
    return page


def names(model: PeopleTableModel) -> list[str]:
    return [model.data(model.index(row, PeopleColumn.NAME)) for row in range(model.rowCount())]


def people_of(model: PeopleTableModel) -> list[PersonView]:
    return [model.data(model.index(row, 0), ITEM_ROLE) for row in range(model.rowCount())]


def search(qtbot: QtBot, page: PeoplePage, typing: Callable[[], None]) -> None:
    with qtbot.waitSignal(page.results_shown, timeout=WAIT_MS):
        typing()


def select_rows(page: PeoplePage, *rows: int) -> None:
    selection = page.ui.tableView.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(page.model.index(row, 0), flags)


def click(buttons: QDialogButtonBox, which: QDialogButtonBox.StandardButton) -> None:
    buttons.button(which).click()


@pytest.fixture
def hungs(services: Services, make_initiative: MakeInitiative) -> list[InitiativeView]:
    """Two different workers named Nguyễn Văn Hùng (told apart by birth date), and a third person."""
    return [
        make_initiative(title="Cải tiến khuôn ép nhựa",
                        authors=[{"name": "Nguyễn Văn Hùng", "birth_date": "01/02/1980", "share": 60},
                                 {"name": "Đặng Thị Thu", "share": 40}]),
        make_initiative(title="Băng tải con lăn tự động",
                        authors=[{"name": "Nguyễn Văn Hùng", "birth_date": "03/04/1990", "department": DET}]),
        make_initiative(title="Sổ tay an toàn lao động",
                        authors=[{"name": "Nguyễn Văn Hùng", "birth_date": "01/02/1980"}]),
    ]


# -- the model ---------------------------------------------------------------------------------------


def test_model_passes_the_model_tester_over_lazy_blocks(qtmodeltester: Any, services: Services) -> None:
    generate_demo(services, 90, 7)  # 30 persons
    calls: list[tuple[int, int]] = []

    def fetch(limit: int, offset: int) -> Page[PersonView]:
        calls.append((limit, offset))
        return services.people.search("", limit, offset)

    model = PeopleTableModel(InlineTaskRunner(), block_size=8, max_blocks=2)
    model.set_query(fetch)
    assert model.rowCount() == 30 and calls == [(8, 0)]
    qtmodeltester.check(model)
    everyone = services.people.search("", limit=100).items
    assert [p.id for p in people_of(model)] == [p.id for p in everyone]
    assert len(model.loaded_blocks()) <= 2
    first = everyone[0]
    row = [model.data(model.index(0, c)) for c in PeopleColumn]
    assert row[PeopleColumn.NAME] == first.full_name
    assert row[PeopleColumn.BIRTH_DATE] == first.birth_date.strftime("%d/%m/%Y")  # type: ignore[union-attr]
    assert row[PeopleColumn.SEX] in {"Nam", "Nữ"}
    assert row[PeopleColumn.INITIATIVES] == str(first.initiative_count)
    assert model.headerData(PeopleColumn.DEPARTMENT, Qt.Orientation.Horizontal) == "Đơn vị"
    assert model.headerData(PeopleColumn.DEPARTMENT, Qt.Orientation.Vertical) is None


def test_model_tester_while_blocks_arrive_late(qtmodeltester: Any, services: Services,
                                               hungs: list[InitiativeView]) -> None:
    runner = DeferredRunner()
    model = PeopleTableModel(runner, block_size=2)
    model.set_query(lambda limit, offset: services.people.search("", limit, offset))
    runner.release_all()
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.data(model.index(2, PeopleColumn.NAME)) == LOADING_TEXT
    assert model.data(model.index(2, PeopleColumn.DEPARTMENT)) is None
    runner.release_all()
    assert model.data(model.index(2, PeopleColumn.NAME)) == "Đặng Thị Thu"  # given name first
    assert model.headerData(PeopleColumn.MEMBER, Qt.Orientation.Horizontal) == "Đoàn viên"


def test_a_refused_query_is_reported_and_empties_the_table(qtbot: QtBot, services: Services,
                                                         hungs: list[InitiativeView]) -> None:
    model = PeopleTableModel(InlineTaskRunner(), block_size=1001)  # more than a page may hold
    with qtbot.waitSignal(model.failed) as failed, qtbot.waitSignal(model.query_done):
        model.set_query(lambda limit, offset: services.people.search("", limit, offset))
    assert failed.args[0].message == "Số dòng mỗi trang: phải từ 1 đến 1000"
    assert model.rowCount() == 0


# -- searching ----------------------------------------------------------------------------------------


def test_search_with_and_without_diacritics(qtbot: QtBot, services: Services, runner: InlineTaskRunner,
                                            hungs: list[InitiativeView]) -> None:
    page = make_page(qtbot, services, runner)
    assert page.model.rowCount() == 3
    assert page.ui.countLabel.text() == "Tổng cộng 3 người"

    search(qtbot, page, lambda: type_text(page.ui.searchEdit, "Hùng"))
    assert names(page.model) == ["Nguyễn Văn Hùng", "Nguyễn Văn Hùng"]
    assert page.ui.countLabel.text() == "Tìm thấy 2 người"

    page.ui.searchEdit.clear()
    search(qtbot, page, lambda: qtbot.keyClicks(page.ui.searchEdit, "nguyen van hung det"))
    assert [(p.full_name, p.department) for p in people_of(page.model)] == [("Nguyễn Văn Hùng", "Tổ Dệt")]

    page.ui.searchEdit.clear()
    search(qtbot, page, lambda: commit_text(page.ui.searchEdit, "đặng thu"))
    assert names(page.model) == ["Đặng Thị Thu"]


def test_a_late_result_of_an_older_search_is_dropped(qtbot: QtBot, services: Services,
                                                     hungs: list[InitiativeView]) -> None:
    runner = DeferredRunner()
    page = make_page(qtbot, services, runner)
    runner.release_all()
    page.ui.searchEdit.setText("thu")
    page.refresh()
    page.ui.searchEdit.setText("hung")
    page.refresh()
    older, newer = runner.pending
    runner.pending.clear()
    newer()
    older()  # arrives last: dropped
    assert names(page.model) == ["Nguyễn Văn Hùng", "Nguyễn Văn Hùng"]


# -- editing ------------------------------------------------------------------------------------------


def test_edit_a_name_and_find_it_in_the_registry(qtbot: QtBot, services: Services, runner: InlineTaskRunner,
                                                 hungs: list[InitiativeView]) -> None:
    page = make_page(qtbot, services, runner)
    search(qtbot, page, lambda: qtbot.keyClicks(page.ui.searchEdit, "det"))
    select_rows(page, 0)
    assert page.ui.editButton.isEnabled() and not page.ui.mergeButton.isEnabled()
    dialog = page.edit_selected()
    assert isinstance(dialog, PersonDialog) and dialog.isVisible()
    assert dialog.ui.birthDateEdit.text() == "03/04/1990"
    assert dialog.windowTitle() == "Sửa thông tin người lao động"

    dialog.ui.fullNameEdit.clear()
    commit_text(dialog.ui.fullNameEdit, "Trịnh Văn Thắng")
    with qtbot.waitSignal(page.people_changed, timeout=WAIT_MS):
        click(dialog.ui.buttonBox, QDialogButtonBox.StandardButton.Save)
    assert not dialog.isVisible() and dialog.saved is not None
    assert dialog.saved.full_name == "Trịnh Văn Thắng"
    assert names(page.model) == ["Trịnh Văn Thắng"]  # reloaded with the same search (department)

    registry = InitiativesPage(services.initiatives, runner)
    qtbot.addWidget(registry)
    with qtbot.waitSignal(registry.results_shown, timeout=WAIT_MS):
        type_text(registry.ui.searchEdit, "Thắng")
    model = registry.model
    rows = [model.data(model.index(r, 0), INITIATIVE_ROLE) for r in range(model.rowCount())]
    assert [(v.id, v.lead_author) for v in rows] == [(hungs[1].id, "Trịnh Văn Thắng")]


def test_the_dialog_shows_problems_under_their_fields_and_stays_open(
    qtbot: QtBot, services: Services, runner: InlineTaskRunner, hungs: list[InitiativeView]
) -> None:
    page = make_page(qtbot, services, runner)
    select_rows(page, 0)
    before = people_of(page.model)[0]
    dialog = page.edit_selected()
    assert dialog is not None
    dialog.ui.fullNameEdit.clear()
    dialog.ui.birthDateEdit.setText("31/02/2024")
    click(dialog.ui.buttonBox, QDialogButtonBox.StandardButton.Save)
    assert dialog.isVisible()
    assert dialog.messages.text("full_name") == "Bắt buộc phải có"
    assert dialog.messages.text("birth_date") == "Không đúng định dạng ngày (dd/mm/yyyy)"
    assert dialog.focusWidget() is dialog.ui.fullNameEdit
    services.people.update(before.id, PersonInput("Nguyễn Văn Hùng", department="Kho"), before.version)
    commit_text(dialog.ui.fullNameEdit, "Nguyễn Văn Hùng")
    dialog.ui.birthDateEdit.clear()
    click(dialog.ui.buttonBox, QDialogButtonBox.StandardButton.Save)  # someone saved in between
    assert dialog.isVisible()
    assert "vừa được sửa ở nơi khác" in dialog.messages.general_text()
    assert services.people.get(before.id).department == "Kho"


def test_add_a_person(qtbot: QtBot, services: Services, runner: InlineTaskRunner) -> None:
    page = make_page(qtbot, services, runner)
    dialog = page.add_person()
    assert dialog.windowTitle() == "Thêm người lao động"
    type_text(dialog.ui.fullNameEdit, "Lò Thị Mỷ")
    dialog.ui.birthDateEdit.setText("5-3-1995")
    dialog.ui.birthDateEdit.editingFinished.emit()
    assert dialog.ui.birthDateEdit.text() == "05/03/1995"
    with qtbot.waitSignal(page.results_shown, timeout=WAIT_MS):
        click(dialog.ui.buttonBox, QDialogButtonBox.StandardButton.Save)
    assert names(page.model) == ["Lò Thị Mỷ"]
    assert services.people.search("lo thi my").items[0].birth_date is not None


# -- merging ------------------------------------------------------------------------------------------


def test_merge_two_namesakes_moves_every_authorship_to_the_kept_one(
    qtbot: QtBot, services: Services, runner: InlineTaskRunner, hungs: list[InitiativeView]
) -> None:
    page = make_page(qtbot, services, runner)
    search(qtbot, page, lambda: type_text(page.ui.searchEdit, "Nguyễn Văn Hùng"))
    first, second = people_of(page.model)
    assert {first.birth_date, second.birth_date} == {date(1980, 2, 1), date(1990, 4, 3)}
    select_rows(page, 0, 1)
    assert page.ui.mergeButton.isEnabled() and not page.ui.editButton.isEnabled()

    dialog = page.merge_selected()
    assert dialog is not None
    shown = (dialog.ui.firstNameLabel.text(), dialog.ui.secondNameLabel.text())
    assert shown == ("Nguyễn Văn Hùng", "Nguyễn Văn Hùng")
    births = {dialog.ui.firstBirthLabel.text(), dialog.ui.secondBirthLabel.text()}
    assert births == {"01/02/1980", "03/04/1990"}
    assert dialog.ui.firstDepartmentLabel.text() in {"—", "Tổ Dệt"}
    # the one with two initiatives is offered as the one to keep
    keeper = first if first.initiative_count == 2 else second
    assert dialog.keep_and_duplicate()[0].id == keeper.id
    dialog.ui.keepFirstRadio.setChecked(True)  # the officer decides
    keep, duplicate = dialog.keep_and_duplicate()
    assert (keep.id, duplicate.id) == (first.id, second.id)

    with qtbot.waitSignal(page.people_changed, timeout=WAIT_MS):
        click(dialog.ui.buttonBox, QDialogButtonBox.StandardButton.Ok)
    assert not dialog.isVisible()
    assert [p.id for p in people_of(page.model)] == [keep.id]
    assert people_of(page.model)[0].initiative_count == 3
    for made in hungs:
        authors = services.initiatives.get(made.id).authors
        assert keep.id in {a.person_id for a in authors}
        assert duplicate.id not in {a.person_id for a in authors}


def test_merge_refusal_is_shown_in_the_dialog(qtbot: QtBot, services: Services, runner: InlineTaskRunner,
                                              hungs: list[InitiativeView]) -> None:
    page = make_page(qtbot, services, runner)
    search(qtbot, page, lambda: qtbot.keyClicks(page.ui.searchEdit, "hung"))
    select_rows(page, 0, 1)
    dialog = page.merge_selected()
    assert dialog is not None
    first, second = people_of(page.model)
    services.people.merge(first.id, second.id)  # merged meanwhile, elsewhere
    dialog.ui.keepSecondRadio.setChecked(True)
    click(dialog.ui.buttonBox, QDialogButtonBox.StandardButton.Ok)
    assert dialog.isVisible()
    assert dialog.ui.errorLabel.text() == "“Nguyễn Văn Hùng” đã bị xoá hoặc đã được gộp vào người khác."


# -- in the main window --------------------------------------------------------------------------------


def test_people_page_is_the_workers_section(qtbot: QtBot, services: Services, runner: InlineTaskRunner,
                                           settings: QSettings, hungs: list[InitiativeView]) -> None:
    window = MainWindow(services, runner, services.office.get_office(), settings)
    qtbot.addWidget(window)
    window.show()
    window.show_page(1)
    assert window.page_titles()[1] == "Người lao động"
    assert window.current_page() is window.people_page
    assert window.people_page.model.rowCount() == 3
