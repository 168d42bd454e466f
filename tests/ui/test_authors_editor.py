"""The authors tab on its own: the table model and the type-ahead over the real people search."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from functools import partial
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from sangkien_desktop.services.container import Services
from sangkien_desktop.services.people import PeopleService, PersonInput, PersonView
from sangkien_desktop.ui.models.authors_model import AuthorColumn, AuthorRow, AuthorsModel
from sangkien_desktop.ui.tasks import InlineTaskRunner
from sangkien_desktop.ui.widgets.authors_editor import (
    SEARCH_DEBOUNCE_MS,
    SEARCH_LIMIT,
    AuthorsEditor,
    AuthorsWidgets,
    suggestion_text,
)
from tests.support.runners import DeferredRunner
from tests.support.vi_input import commit_text, type_text

# The completer's popup is a separate window; the offscreen platform cannot raise it or give it the
# keyboard and says so. Nothing else may warn.
popup_shown = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                        "This plugin does not support grabbing the keyboard")


def search_with(people: PeopleService, text: str) -> tuple[PersonView, ...]:
    return people.search(text, limit=SEARCH_LIMIT).items


@pytest.fixture
def namesakes(services: Services) -> list[PersonView]:
    """Two "Nguyễn Văn Hùng" in different workshops, and someone else."""
    people = services.people
    hung = "Nguyễn Văn Hùng"
    return [people.create(PersonInput(hung, birth_date=date(1985, 5, 12), department="Phân xưởng Dệt")),
            people.create(PersonInput(hung, birth_date=date(1990, 1, 2), department="Phân xưởng May")),
            people.create(PersonInput("Trần Thị Thu Hường", department="Phòng Kỹ thuật"))]


class Panel:
    """The authors widgets in a plain window, as the editor's form lays them out."""

    def __init__(self, qtbot: QtBot, services: Services, runner: Any) -> None:
        self.window = QWidget()
        qtbot.addWidget(self.window)
        layout = QVBoxLayout(self.window)
        self.widgets = AuthorsWidgets(QLineEdit(), QTableView(), QPushButton("up"), QPushButton("down"),
                                      QPushButton("remove"), QLabel())
        for widget in (self.widgets.search_edit, self.widgets.table, self.widgets.move_up,
                       self.widgets.move_down, self.widgets.remove, self.widgets.total_label):
            layout.addWidget(widget)
        self.editor = AuthorsEditor(self.widgets, partial(search_with, services.people), runner, self.window)
        self.window.resize(700, 400)
        self.window.show()
        qtbot.waitExposed(self.window)
        self.widgets.search_edit.setFocus()

    @property
    def model(self) -> AuthorsModel:
        return self.editor.model

    def names(self) -> list[str]:
        return [row.full_name for row in self.model.rows()]


@pytest.fixture
def panel(qtbot: QtBot, services: Services, namesakes: list[PersonView]) -> Iterator[Panel]:
    built = Panel(qtbot, services, InlineTaskRunner())
    yield built
    built.editor.completer.popup().hide()


# -- the model --------------------------------------------------------------------------------------

def test_model_passes_the_model_tester_through_every_change(qtmodeltester: Any) -> None:
    model = AuthorsModel()
    qtmodeltester.check(model)
    model.append(AuthorRow.of_person("p1", "Nguyễn Văn Hùng", date(1985, 5, 12), "Phân xưởng Dệt"))
    model.append(AuthorRow("Lê Thị Mai"))
    model.append(AuthorRow("Phạm Quốc Bảo"))
    assert model.move(2, -1) == 1
    assert model.move(0, 1) == 1
    assert model.setData(model.index(0, AuthorColumn.SHARE), 55.5)
    model.remove(1)
    qtmodeltester.check(model)
    assert [r.full_name for r in model.rows()] == ["Phạm Quốc Bảo", "Lê Thị Mai"]


def test_model_shows_people_and_keeps_picked_people_read_only() -> None:
    model = AuthorsModel()
    born = date(1985, 5, 12)
    model.append(AuthorRow.of_person("p1", "Nguyễn Văn Hùng", born, "Phân xưởng Dệt", Decimal("60")))
    model.append(AuthorRow("Lê Thị Mai", share_pct=Decimal("33.33")))
    shown = [[model.index(r, c).data() for c in AuthorColumn] for r in range(2)]
    assert shown == [["Nguyễn Văn Hùng", "12/05/1985", "Phân xưởng Dệt", "60"],
                     ["Lê Thị Mai", "", "", "33,33"]]
    assert not model.flags(model.index(0, AuthorColumn.NAME)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, AuthorColumn.DEPARTMENT), "Phòng khác")
    assert model.flags(model.index(0, AuthorColumn.SHARE)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(1, AuthorColumn.BIRTH_DATE), " 03/04/1990 ")
    assert model.rows()[1].birth_date == "03/04/1990"
    assert model.headerData(AuthorColumn.SHARE, Qt.Orientation.Horizontal) == "Tỷ lệ (%)"


@pytest.mark.parametrize("typed", [120, -5, "abc", "1e999"])
def test_model_refuses_a_share_outside_0_to_100(typed: object) -> None:
    model = AuthorsModel()
    model.append(AuthorRow("Lê Thị Mai", share_pct=Decimal("40")))
    assert not model.setData(model.index(0, AuthorColumn.SHARE), typed)
    assert model.rows()[0].share_pct == Decimal("40")


def test_share_total_and_whether_it_adds_up() -> None:
    model = AuthorsModel()
    assert model.shares_add_up()
    model.append(AuthorRow("Lê Thị Mai"))
    assert model.share_total() == 100 and model.shares_add_up()  # a single author holds it all
    model.append(AuthorRow("Phạm Quốc Bảo"))
    assert model.shares_missing() and not model.shares_add_up()
    model.setData(model.index(0, AuthorColumn.SHARE), "60")
    model.setData(model.index(1, AuthorColumn.SHARE), "30,5")
    assert model.share_total() == Decimal("90.50") and not model.shares_add_up()
    model.setData(model.index(1, AuthorColumn.SHARE), 40.0)
    assert model.shares_add_up()


# -- the type-ahead ---------------------------------------------------------------------------------

@popup_shown
def test_suggestions_tell_namesakes_apart(qtbot: QtBot, panel: Panel, namesakes: list[PersonView]) -> None:
    type_text(panel.widgets.search_edit, "nguyen van h")
    assert panel.editor.suggestion_count() == 0  # debounced: nothing asked yet
    qtbot.waitUntil(lambda: panel.editor.suggestion_count() == 2, timeout=SEARCH_DEBOUNCE_MS + 2000)
    texts = [panel.editor.suggestions.item(row).text() for row in range(2)]
    assert texts == ["Nguyễn Văn Hùng · 12/05/1985 · Phân xưởng Dệt",
                     "Nguyễn Văn Hùng · 02/01/1990 · Phân xưởng May"]
    assert panel.editor.completer.popup().isVisible()


@popup_shown
def test_picking_a_suggestion_with_the_keyboard_adds_that_person(qtbot: QtBot, panel: Panel,
                                                                 namesakes: list[PersonView]) -> None:
    commit_text(panel.widgets.search_edit, "Hùng")
    panel.editor.search_now()
    popup = panel.editor.completer.popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert [(r.person_id, r.department) for r in panel.model.rows()] == [(namesakes[1].id, "Phân xưởng May")]
    assert panel.widgets.search_edit.text() == ""
    assert not popup.isVisible()


def test_enter_on_an_unmatched_name_adds_a_new_person(qtbot: QtBot, panel: Panel) -> None:
    type_text(panel.widgets.search_edit, "Lê Thị Mới")
    qtbot.keyClick(panel.widgets.search_edit, Qt.Key.Key_Return)
    assert [(r.full_name, r.is_new) for r in panel.model.rows()] == [("Lê Thị Mới", True)]
    assert panel.widgets.search_edit.text() == ""
    index = panel.model.index(0, AuthorColumn.DEPARTMENT)
    assert panel.model.flags(index) & Qt.ItemFlag.ItemIsEditable


@popup_shown
def test_enter_with_suggestions_shown_but_none_chosen_adds_the_typed_name(
        qtbot: QtBot, panel: Panel, namesakes: list[PersonView]) -> None:
    commit_text(panel.widgets.search_edit, "Nguyễn Văn Hùng")
    panel.editor.search_now()
    assert panel.editor.completer.popup().isVisible()
    qtbot.keyClick(panel.editor.completer.popup(), Qt.Key.Key_Return)
    assert [(r.full_name, r.is_new) for r in panel.model.rows()] == [("Nguyễn Văn Hùng", True)]


def test_picking_someone_already_listed_does_not_add_them_twice(panel: Panel,
                                                                namesakes: list[PersonView]) -> None:
    panel.editor.add_person(namesakes[0])
    panel.editor.add_person(namesakes[2])
    panel.editor.add_person(namesakes[0])
    assert panel.names() == ["Nguyễn Văn Hùng", "Trần Thị Thu Hường"]
    assert panel.widgets.table.selectionModel().selectedRows()[0].row() == 0


@popup_shown
def test_a_late_answer_to_an_older_search_is_dropped(qtbot: QtBot, services: Services,
                                                      namesakes: list[PersonView]) -> None:
    runner = DeferredRunner()
    panel = Panel(qtbot, services, runner)
    commit_text(panel.widgets.search_edit, "hung")
    panel.editor.search_now()
    panel.widgets.search_edit.clear()
    commit_text(panel.widgets.search_edit, "thu huong")
    panel.editor.search_now()
    runner.release_all()  # the "hung" answer arrives first, then "thu huong"
    assert [panel.editor.suggestions.item(r).text() for r in range(panel.editor.suggestion_count())] == [
        "Trần Thị Thu Hường · Phòng Kỹ thuật"]
    panel.editor.completer.popup().hide()


def test_typing_again_drops_the_answer_in_flight(qtbot: QtBot, services: Services,
                                                  namesakes: list[PersonView]) -> None:
    runner = DeferredRunner()
    panel = Panel(qtbot, services, runner)
    commit_text(panel.widgets.search_edit, "hung")
    panel.editor.search_now()
    type_text(panel.widgets.search_edit, "x")  # the officer is still typing
    runner.release_all()
    assert panel.editor.suggestion_count() == 0


def test_buttons_reorder_and_remove_authors(qtbot: QtBot, panel: Panel, namesakes: list[PersonView]) -> None:
    for person in namesakes:
        panel.editor.add_person(person)
    w = panel.widgets
    assert panel.names() == ["Nguyễn Văn Hùng", "Nguyễn Văn Hùng", "Trần Thị Thu Hường"]
    assert not w.move_down.isEnabled() and w.move_up.isEnabled()  # the last one added is selected
    qtbot.mouseClick(w.move_up, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.move_up, Qt.MouseButton.LeftButton)
    assert panel.names()[0] == "Trần Thị Thu Hường"
    assert not w.move_up.isEnabled()
    qtbot.mouseClick(w.move_down, Qt.MouseButton.LeftButton)
    assert [r.person_id for r in panel.model.rows()] == [namesakes[0].id, namesakes[2].id, namesakes[1].id]
    qtbot.mouseClick(w.remove, Qt.MouseButton.LeftButton)
    assert [r.person_id for r in panel.model.rows()] == [namesakes[0].id, namesakes[1].id]


def test_live_total_turns_red_and_explains_until_it_is_100(panel: Panel, namesakes: list[PersonView]) -> None:
    label = panel.widgets.total_label
    assert label.text() == "Chưa có tác giả."
    panel.editor.add_person(namesakes[0])
    assert label.text() == "Tổng: 100 %"
    panel.editor.add_new("Lê Thị Mai")
    model = panel.model
    model.setData(model.index(0, AuthorColumn.SHARE), 60)
    assert "nhập tỷ lệ đóng góp cho từng tác giả" in label.text()
    model.setData(model.index(1, AuthorColumn.SHARE), 30)
    assert label.text().startswith("Tổng: 90 %. Tổng tỷ lệ đóng góp phải đủ 100 %")
    assert "#b00020" in label.styleSheet()
    model.setData(model.index(1, AuthorColumn.SHARE), 40)
    assert label.text() == "Tổng: 100 %" and label.styleSheet() == ""


def test_the_share_cell_edits_with_a_spin_box_up_to_100(qtbot: QtBot, panel: Panel) -> None:
    panel.editor.add_new("Lê Thị Mai")
    table = panel.widgets.table
    index = panel.model.index(0, AuthorColumn.SHARE)
    table.edit(index)
    editor = table.indexWidget(index) or table.focusWidget()
    assert editor.maximum() == 100 and editor.decimals() == 2
    editor.setValue(100)
    table.commitData(editor)
    assert panel.model.rows()[0].share_pct == 100


def test_suggestion_text_leaves_out_what_is_unknown(namesakes: list[PersonView]) -> None:
    assert suggestion_text(namesakes[2]) == "Trần Thị Thu Hường · Phòng Kỹ thuật"
