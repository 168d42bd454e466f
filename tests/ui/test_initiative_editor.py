"""The initiative editor on a real store: create, edit, validate at the field, prompts, files, registry."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from sangkien_desktop.domain.enums import FieldCode, InitiativeStatus, SolutionKind
from sangkien_desktop.domain.model import InitiativeDraft, InitiativeView
from sangkien_desktop.services.container import Services
from sangkien_desktop.services.people import PersonInput, PersonView
from sangkien_desktop.ui.dialogs.editor_prompts import UnsavedChoice, unsaved_changes_box
from sangkien_desktop.ui.dialogs.initiative_editor import InitiativeEditor
from sangkien_desktop.ui.models.authors_model import AuthorColumn
from sangkien_desktop.ui.pages.initiatives_page import InitiativesPage
from sangkien_desktop.ui.tasks import InlineTaskRunner
from tests.support.runners import DeferredRunner
from tests.support.vi_input import commit_text, type_text

AddInitiative = Callable[..., InitiativeView]
# The completer popup and raising an open editor: the offscreen platform says it cannot do these.
offscreen_windows = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                              "This plugin does not support grabbing the keyboard")


@dataclass
class ScriptedPrompts:
    """The officer's answers, given in advance; every question asked is recorded."""

    unsaved: list[UnsavedChoice] = field(default_factory=list)
    reload: list[bool] = field(default_factory=list)
    remove: list[bool] = field(default_factory=list)
    files: list[list[Path]] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)

    tearing_down: bool = False  # windows left open with changes are closed without a question

    def unsaved_changes(self, parent: QWidget) -> UnsavedChoice:
        if self.tearing_down:
            return UnsavedChoice.DISCARD
        self.asked.append("unsaved")
        return self.unsaved.pop(0)

    def reload_after_conflict(self, parent: QWidget, message: str) -> bool:
        self.asked.append(f"conflict: {message}")
        return self.reload.pop(0)

    def confirm_remove_attachment(self, parent: QWidget, file_name: str) -> bool:
        self.asked.append(f"remove {file_name}")
        return self.remove.pop(0)

    def choose_files(self, parent: QWidget) -> list[Path]:
        self.asked.append("files")
        return self.files.pop(0)


@dataclass
class Harness:
    qtbot: QtBot
    services: Services
    prompts: ScriptedPrompts
    opened: list[QUrl]

    def open(self, initiative_id: str | None = None, runner: Any = None) -> InitiativeEditor:
        editor = InitiativeEditor(self.services, runner or InlineTaskRunner(), initiative_id,
                                  prompts=self.prompts, open_url=self._open_url)
        self.qtbot.addWidget(editor, before_close_func=self.closing_at_teardown)
        editor.resize(900, 680)
        editor.show()
        activate(self.qtbot, editor)
        return editor

    def closing_at_teardown(self, _editor: QWidget) -> None:
        self.prompts.tearing_down = True

    def _open_url(self, url: QUrl) -> bool:
        self.opened.append(url)
        return True


@pytest.fixture
def harness(qtbot: QtBot, services: Services) -> Harness:
    return Harness(qtbot, services, ScriptedPrompts(), [])


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Shortcuts only fire in the active window."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def press(qtbot: QtBot, widget: QWidget, key: Qt.Key,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(widget, key, modifier)


def save_with_ctrl_s(qtbot: QtBot, editor: InitiativeEditor) -> None:
    press(qtbot, editor.focusWidget() or editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def choose(combo: Any, value: object) -> None:
    combo.setCurrentIndex(combo.findData(value))


def replace_text(qtbot: QtBot, line_edit: Any, text: str) -> None:
    """Select all, type the new text, press Enter (which ends the edit)."""
    line_edit.setFocus()
    line_edit.selectAll()
    type_text(line_edit, text)
    press(qtbot, line_edit, Qt.Key.Key_Return)


def fill_required(editor: InitiativeEditor, title: str = "Cải tiến khuôn dập") -> None:
    commit_text(editor.ui.titleEdit, title)
    choose(editor.ui.kindCombo, SolutionKind.KY_THUAT)
    choose(editor.ui.fieldCombo, FieldCode.SX_KD)


def count(services: Services) -> int:
    return services.initiatives.list(limit=10).total


@pytest.fixture
def hung(services: Services) -> PersonView:
    """The one from the weaving workshop, and a namesake in the sewing workshop."""
    people = services.people
    name = "Nguyễn Văn Hùng"
    people.create(PersonInput(name, birth_date=date(1990, 1, 2), department="Phân xưởng May"))
    return people.create(PersonInput(name, birth_date=date(1985, 5, 12), department="Phân xưởng Dệt"))


# -- creating and editing ---------------------------------------------------------------------------

@offscreen_windows
def test_create_an_initiative_end_to_end_with_vietnamese_text(qtbot: QtBot, harness: Harness,
                                                              hung: PersonView) -> None:
    editor = harness.open()
    ui = editor.ui
    assert editor.windowTitle() == "Sáng kiến mới"
    ui.titleEdit.setFocus()
    type_text(ui.titleEdit, "Cải tiến băng tải phân xưởng Dệt")
    choose(ui.kindCombo, SolutionKind.KY_THUAT)
    choose(ui.fieldCombo, FieldCode.SX_KD)
    commit_text(ui.departmentEdit, "Phân xưởng Dệt")
    commit_text(ui.summaryEdit, unicodedata.normalize("NFD", "Giảm thời gian dừng máy"))  # pasted, decomposed
    ui.tabs.setCurrentWidget(ui.applicationTab)
    replace_text(qtbot, ui.firstAppliedEdit, "5/3/2024")
    assert ui.firstAppliedEdit.text() == "05/03/2024"  # rewritten the standard way once typed
    replace_text(qtbot, ui.benefitEdit, "12.500.000")
    assert ui.benefitEdit.text() == "12.500.000 đ"
    ui.tabs.setCurrentWidget(ui.authorsTab)
    ui.authorSearchEdit.setFocus()
    type_text(ui.authorSearchEdit, "hùng")
    qtbot.waitUntil(lambda: editor.authors.suggestion_count() == 2)
    popup = editor.authors.completer.popup()
    lines = [editor.authors.suggestions.item(row).text() for row in range(2)]
    for _ in range(lines.index("Nguyễn Văn Hùng · 12/05/1985 · Phân xưởng Dệt") + 1):
        press(qtbot, popup, Qt.Key.Key_Down)
    press(qtbot, popup, Qt.Key.Key_Return)
    type_text(ui.authorSearchEdit, "Lê Thị Mới")
    press(qtbot, ui.authorSearchEdit, Qt.Key.Key_Return)
    model = editor.authors.model
    assert model.setData(model.index(0, AuthorColumn.SHARE), 60)
    assert model.setData(model.index(1, AuthorColumn.SHARE), 40)
    assert ui.shareTotalLabel.text() == "Tổng: 100 %"
    ui.tabs.setCurrentWidget(ui.generalTab)
    choose(ui.statusCombo, InitiativeStatus.AP_DUNG_THU)
    assert editor.is_dirty()

    save_with_ctrl_s(qtbot, editor)

    assert editor.initiative_id is not None, editor.general_message()
    detail = harness.services.initiatives.detail(editor.initiative_id)
    draft = detail.draft
    assert (draft.title, draft.department, draft.summary) == (
        "Cải tiến băng tải phân xưởng Dệt", "Phân xưởng Dệt", "Giảm thời gian dừng máy")
    assert draft.summary == unicodedata.normalize("NFC", draft.summary or "")
    assert (draft.first_applied_on, draft.benefit_value, detail.status) == (
        date(2024, 3, 5), 12_500_000, InitiativeStatus.AP_DUNG_THU)
    assert [(a.person_id == hung.id, a.full_name, a.share_pct) for a in detail.authors] == [
        (True, "Nguyễn Văn Hùng", Decimal("60.00")), (False, "Lê Thị Mới", Decimal("40.00"))]
    assert not editor.is_dirty() and ui.codeEdit.isReadOnly()
    assert editor.windowTitle() == f"Sáng kiến {detail.code}"
    page = InitiativesPage(harness.services.initiatives, InlineTaskRunner())
    qtbot.addWidget(page)
    assert page.model.item(0) is not None and page.model.item(0).title == "Cải tiến băng tải phân xưởng Dệt"


def test_edit_an_initiative_and_see_its_history(qtbot: QtBot, harness: Harness,
                                                add_initiative: AddInitiative) -> None:
    saved = add_initiative("Cải tiến máy cắt")
    editor = harness.open(saved.id)
    assert editor.ui.titleEdit.text() == "Cải tiến máy cắt"
    assert editor.ui.historyTree.topLevelItemCount() >= 1
    replace_text(qtbot, editor.ui.titleEdit, "Cải tiến máy cắt tôn tự động")
    save_with_ctrl_s(qtbot, editor)
    assert harness.services.initiatives.get(saved.id).title == "Cải tiến máy cắt tôn tự động"
    first = editor.ui.historyTree.topLevelItem(0)
    assert [first.text(c) for c in range(2, 6)] == [
        "Sửa", "Tên sáng kiến", "Cải tiến máy cắt", "Cải tiến máy cắt tôn tự động"]
    assert editor.general_message() == "" and not editor.is_dirty()


def test_status_offers_only_what_the_workflow_allows_and_asks_why_when_going_back(
        qtbot: QtBot, harness: Harness, add_initiative: AddInitiative) -> None:
    saved = add_initiative("Cải tiến máy cắt", status="AP_DUNG_THU")
    detail = harness.services.initiatives.detail(saved.id)
    editor = harness.open(saved.id)
    combo = editor.ui.statusCombo
    offered = {InitiativeStatus(combo.itemData(i)) for i in range(combo.count())}
    assert offered == {detail.status, *detail.allowed_statuses}
    assert combo.currentText() == "Đang áp dụng thử / lần đầu (hiện tại)"
    assert not editor.ui.reasonEdit.isVisibleTo(editor)
    choose(combo, InitiativeStatus.Y_TUONG)
    assert editor.ui.reasonEdit.isVisibleTo(editor)
    save_with_ctrl_s(qtbot, editor)  # no reason given: the workflow refuses
    assert "lý do" in (editor.problem_at("status") + editor.problem_at("status_reason")).lower()
    assert harness.services.initiatives.get(saved.id).status is InitiativeStatus.AP_DUNG_THU
    commit_text(editor.ui.reasonEdit, "Nhập nhầm ngày áp dụng")
    save_with_ctrl_s(qtbot, editor)
    assert harness.services.initiatives.get(saved.id).status is InitiativeStatus.Y_TUONG


# -- validation at the field ------------------------------------------------------------------------

def test_an_impossible_date_is_refused_at_the_field(qtbot: QtBot, harness: Harness) -> None:
    editor = harness.open()
    fill_required(editor)
    editor.ui.tabs.setCurrentWidget(editor.ui.applicationTab)
    replace_text(qtbot, editor.ui.firstAppliedEdit, "31/02/2024")
    message = editor.problem_at("first_applied_on")
    assert message.startswith("Không có ngày 31/02/2024")
    assert editor.findChild(QWidget, "firstAppliedEditMessage").isVisibleTo(editor)
    assert editor.ui.firstAppliedEdit.text() == "31/02/2024"  # left as typed, to be corrected
    assert editor.problem_at("title") == ""  # only what the officer touched
    save_with_ctrl_s(qtbot, editor)
    assert count(harness.services) == 0
    assert editor.general_message() == "Chưa lưu: hãy sửa các mục báo đỏ."
    replace_text(qtbot, editor.ui.firstAppliedEdit, "29/02/2024")
    assert editor.problem_at("first_applied_on") == ""


def test_a_10000_character_title_is_refused_with_a_message_and_nothing_is_saved(qtbot: QtBot,
                                                                                harness: Harness) -> None:
    editor = harness.open()
    title = ("Cải tiến " * 1200)[:10_000]
    fill_required(editor, title)
    assert len(editor.ui.titleEdit.text()) == 10_000  # not cut off by the field either
    save_with_ctrl_s(qtbot, editor)
    assert count(harness.services) == 0
    assert editor.problem_at("title") == "Dài 10000 ký tự, tối đa 500"
    assert editor.ui.tabs.currentWidget() is editor.ui.generalTab
    assert editor.initiative_id is None and editor.is_dirty()


def test_missing_required_fields_are_named_at_their_fields(qtbot: QtBot, harness: Harness) -> None:
    editor = harness.open()
    save_with_ctrl_s(qtbot, editor)
    assert (editor.problem_at("title"), editor.problem_at("kind"), editor.problem_at("field_code")) == (
        "Bắt buộc phải có", "Bắt buộc phải có", "Bắt buộc phải có")
    assert editor.focusWidget() is editor.ui.titleEdit


def test_shares_not_adding_up_block_moving_past_draft(qtbot: QtBot, harness: Harness,
                                                     make_initiative: AddInitiative) -> None:
    saved = make_initiative(title="Cải tiến dây chuyền sơn")  # 60/40, on trial
    editor = harness.open(saved.id)
    model = editor.authors.model
    model.setData(model.index(1, AuthorColumn.SHARE), 30)
    choose(editor.ui.statusCombo, InitiativeStatus.DA_NOP_DON)
    assert "phải đủ 100 %" in editor.problem_at("status")  # said at once, before saving
    save_with_ctrl_s(qtbot, editor)
    assert "Tổng: 90 %" in editor.problem_at("status") and "Tác giả" in editor.problem_at("status")
    assert editor.ui.shareTotalLabel.text().startswith("Tổng: 90 %. Tổng tỷ lệ đóng góp phải đủ 100 %")
    assert harness.services.initiatives.detail(saved.id).version == saved.version
    # In a draft stage a wrong sum is only a warning: the save goes through and says so.
    choose(editor.ui.statusCombo, InitiativeStatus.AP_DUNG_THU)
    save_with_ctrl_s(qtbot, editor)
    detail = harness.services.initiatives.detail(saved.id)
    assert [a.share_pct for a in detail.authors] == [Decimal("60.00"), Decimal("30.00")]
    assert "90" in editor.problem_at("authors")
    assert editor.general_message() == "Đã lưu, có cảnh báo (xem các mục được đánh dấu)."


# -- saving: busy state, conflicts ------------------------------------------------------------------

def test_saving_shows_busy_and_ignores_a_second_save(qtbot: QtBot, harness: Harness) -> None:
    runner = DeferredRunner()
    editor = harness.open(runner=runner)
    fill_required(editor)
    save_with_ctrl_s(qtbot, editor)
    save_with_ctrl_s(qtbot, editor)
    assert runner.calls == ["db"] and editor.is_busy()
    assert not editor.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert editor.general_message() == "Đang lưu…"
    runner.release_all()  # the save's answer, then the reload's
    runner.release_all()
    assert not editor.is_busy() and count(harness.services) == 1


def test_a_conflicting_save_offers_to_reload(qtbot: QtBot, harness: Harness,
                                             add_initiative: AddInitiative) -> None:
    saved = add_initiative("Cải tiến máy cắt")
    editor = harness.open(saved.id)
    elsewhere = harness.services.initiatives.detail(saved.id)
    changed = InitiativeDraft(**{**elsewhere.draft.__dict__, "title": "Sửa ở máy khác"})
    harness.services.initiatives.update(saved.id, changed, elsewhere.version)
    replace_text(qtbot, editor.ui.titleEdit, "Sửa ở đây")
    harness.prompts.reload = [False, True]
    save_with_ctrl_s(qtbot, editor)
    assert harness.prompts.asked[0].startswith("conflict: Sáng kiến này vừa được sửa ở nơi khác")
    assert editor.general_message().startswith("Sáng kiến này vừa được sửa ở nơi khác")
    assert editor.ui.titleEdit.text() == "Sửa ở đây"
    save_with_ctrl_s(qtbot, editor)
    assert editor.ui.titleEdit.text() == "Sửa ở máy khác" and not editor.is_dirty()


# -- unsaved changes --------------------------------------------------------------------------------

@pytest.mark.parametrize("how", ["esc", "close", "ctrl+n"])
@pytest.mark.parametrize("answer", list(UnsavedChoice))
def test_unsaved_changes_prompt_does_what_the_officer_chose(qtbot: QtBot, harness: Harness,
                                                           add_initiative: AddInitiative,
                                                           how: str, answer: UnsavedChoice) -> None:
    saved = add_initiative("Cải tiến máy cắt")
    editor = harness.open(saved.id)
    replace_text(qtbot, editor.ui.titleEdit, "Cải tiến máy cắt tôn")
    harness.prompts.unsaved = [answer]
    if how == "esc":
        press(qtbot, editor.ui.titleEdit, Qt.Key.Key_Escape)
    elif how == "close":
        editor.close()
    else:
        press(qtbot, editor.ui.titleEdit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert harness.prompts.asked == ["unsaved"]
    title_now = harness.services.initiatives.get(saved.id).title
    assert title_now == ("Cải tiến máy cắt tôn" if answer is UnsavedChoice.SAVE else "Cải tiến máy cắt")
    if answer is UnsavedChoice.CANCEL:
        assert editor.isVisible() and editor.is_dirty() and editor.initiative_id == saved.id
    elif how == "ctrl+n":
        assert editor.isVisible() and editor.initiative_id is None and editor.ui.titleEdit.text() == ""
    else:
        assert not editor.isVisible()


def test_closing_without_changes_asks_nothing(qtbot: QtBot, harness: Harness,
                                              add_initiative: AddInitiative) -> None:
    editor = harness.open(add_initiative("Cải tiến máy cắt").id)
    press(qtbot, editor.ui.titleEdit, Qt.Key.Key_Escape)
    assert not editor.isVisible() and harness.prompts.asked == []


def test_enter_in_a_field_neither_saves_nor_closes(qtbot: QtBot, harness: Harness) -> None:
    editor = harness.open()
    fill_required(editor)
    press(qtbot, editor.ui.titleEdit, Qt.Key.Key_Return)
    assert editor.isVisible() and count(harness.services) == 0


def test_save_answer_with_problems_keeps_the_window_open(qtbot: QtBot, harness: Harness) -> None:
    editor = harness.open()
    commit_text(editor.ui.titleEdit, "Cải tiến")  # kind and field still missing
    harness.prompts.unsaved = [UnsavedChoice.SAVE]
    editor.close()
    assert editor.isVisible() and editor.problem_at("kind") == "Bắt buộc phải có"


def test_the_real_prompt_offers_save_discard_cancel(qtbot: QtBot, harness: Harness) -> None:
    editor = harness.open()
    box = unsaved_changes_box(editor)
    qtbot.addWidget(box)
    buttons = {box.standardButton(b) for b in box.buttons()}
    assert buttons == {QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard,
                       QMessageBox.StandardButton.Cancel}
    assert box.button(QMessageBox.StandardButton.Save).text() == "Lưu"
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Hủy"
    assert box.text() == "Sáng kiến này có thay đổi chưa được lưu. Có lưu lại không?"


# -- attachments ------------------------------------------------------------------------------------

def test_attachments_add_open_and_remove(qtbot: QtBot, harness: Harness, tmp_path: Path,
                                         add_initiative: AddInitiative) -> None:
    saved = add_initiative("Cải tiến máy cắt")
    drawing = tmp_path / "bản vẽ khuôn.pdf"
    drawing.write_bytes(b"%PDF-1.4 drawing")
    editor = harness.open(saved.id)
    ui = editor.ui
    assert ui.attachmentsHintLabel.isHidden() and ui.addAttachmentButton.isEnabled()
    harness.prompts.files = [[drawing]]
    qtbot.mouseClick(ui.addAttachmentButton, Qt.MouseButton.LeftButton)
    assert editor.attachments.file_names() == ["bản vẽ khuôn.pdf"]
    stored = harness.services.attachments.list_for("initiative", saved.id)
    assert [a.file_name for a in stored] == ["bản vẽ khuôn.pdf"]

    ui.attachmentsTree.setCurrentItem(ui.attachmentsTree.topLevelItem(0))
    qtbot.mouseClick(ui.openAttachmentButton, Qt.MouseButton.LeftButton)
    assert len(harness.opened) == 1
    opened = Path(harness.opened[0].toLocalFile())
    assert opened.name == "bản vẽ khuôn.pdf" and opened.read_bytes() == b"%PDF-1.4 drawing"

    harness.prompts.remove = [False, True]
    qtbot.mouseClick(ui.removeAttachmentButton, Qt.MouseButton.LeftButton)
    assert editor.attachments.file_names() == ["bản vẽ khuôn.pdf"]  # the officer said no
    qtbot.mouseClick(ui.removeAttachmentButton, Qt.MouseButton.LeftButton)
    assert editor.attachments.file_names() == []
    assert harness.services.attachments.list_for("initiative", saved.id) == []
    assert harness.prompts.asked == ["files", "remove bản vẽ khuôn.pdf", "remove bản vẽ khuôn.pdf"]


def test_a_file_over_the_size_limit_is_refused_with_a_message(qtbot: QtBot, harness: Harness, tmp_path: Path,
                                                              add_initiative: AddInitiative) -> None:
    saved = add_initiative("Cải tiến máy cắt")
    huge = tmp_path / "video.mp4"
    with huge.open("wb") as sparse:
        sparse.truncate(harness.services.attachments.max_size_bytes() + 1)
    small = tmp_path / "ảnh.jpg"
    small.write_bytes(b"jpeg")
    editor = harness.open(saved.id)
    harness.prompts.files = [[huge, small]]
    qtbot.mouseClick(editor.ui.addAttachmentButton, Qt.MouseButton.LeftButton)
    assert editor.attachments.file_names() == ["ảnh.jpg"]  # the other file still went in
    message = editor.attachments.message()
    assert "“video.mp4”" in message and "vượt giới hạn 50 MB" in message
    assert not editor.ui.attachmentsMessageLabel.isHidden()


def test_a_new_initiative_takes_files_only_after_its_first_save(qtbot: QtBot, harness: Harness) -> None:
    editor = harness.open()
    ui = editor.ui
    assert not ui.attachmentsHintLabel.isHidden() and not ui.addAttachmentButton.isEnabled()
    assert ui.attachmentsHintLabel.text() == "Chỉ đính kèm được tệp sau khi sáng kiến đã được lưu lần đầu."
    fill_required(editor)
    save_with_ctrl_s(qtbot, editor)
    assert ui.addAttachmentButton.isEnabled() and ui.attachmentsHintLabel.isHidden()


# -- the registry opens the editor ------------------------------------------------------------------

@offscreen_windows
def test_enter_or_double_click_on_a_row_opens_its_editor(qtbot: QtBot, harness: Harness,
                                                         add_initiative: AddInitiative) -> None:
    older, newer = add_initiative("Cải tiến máy cắt"), add_initiative("Cải tiến máy hàn")
    page = _page(qtbot, harness)
    view = page.ui.tableView
    view.setFocus()
    view.setCurrentIndex(page.model.index(1, 0))
    press(qtbot, view, Qt.Key.Key_Return)
    editors = page.editors.editors()
    assert [e.initiative_id for e in editors] == [older.id]
    assert editors[0].ui.titleEdit.text() == "Cải tiến máy cắt"
    for editor in editors:
        qtbot.addWidget(editor)
    where = view.visualRect(page.model.index(0, 1)).center()
    # A real double-click starts with a click; QTest's double-click event alone has no press before it.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert [e.initiative_id for e in page.editors.editors()] == [older.id, newer.id]
    page.editors.open(older.id)  # already open: brought forward, not opened twice
    assert len(page.editors.editors()) == 2
    for editor in page.editors.editors():
        qtbot.addWidget(editor)


def test_ctrl_n_and_the_button_open_new_editors_and_ctrl_f_goes_to_search(qtbot: QtBot,
                                                                           harness: Harness) -> None:
    page = _page(qtbot, harness)
    page.ui.tableView.setFocus()
    press(qtbot, page.ui.tableView, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.focusWidget() is page.ui.searchEdit
    activate(qtbot, page)
    press(qtbot, page.ui.searchEdit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(page.ui.newButton, Qt.MouseButton.LeftButton)
    editors = page.editors.editors()
    for editor in editors:
        qtbot.addWidget(editor)
    assert [e.initiative_id for e in editors] == [None, None]
    assert page.ui.newButton.text() == "Sáng kiến mới"


def test_after_a_save_the_registry_reloads_and_keeps_its_place(qtbot: QtBot, harness: Harness,
                                                               make_initiative: AddInitiative
                                                               ) -> None:
    for number in range(60):
        make_initiative(title=f"Sáng kiến số {number}")
    page = _page(qtbot, harness)
    bar = page.ui.tableView.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    place = bar.value()
    editor = page.editors.open_new()
    qtbot.addWidget(editor)
    fill_required(editor, "Sáng kiến vừa thêm")
    with qtbot.waitSignal(page.results_shown):
        editor.save()
    assert page.model.rowCount() == 61
    assert bar.value() == place


def _page(qtbot: QtBot, harness: Harness) -> InitiativesPage:
    runner = InlineTaskRunner()
    built = InitiativesPage(harness.services.initiatives, runner)
    built.wire_editor(harness.services, runner, harness.prompts)
    qtbot.addWidget(built)
    built.resize(1200, 500)
    built.show()
    activate(qtbot, built)
    return built


def test_closing_all_editors_asks_about_unsaved_changes(qtbot: QtBot, harness: Harness,
                                                        add_initiative: AddInitiative) -> None:
    page = _page(qtbot, harness)
    clean_one = page.editors.open(add_initiative("Cải tiến máy cắt").id)
    changed = page.editors.open_new()
    for editor in (clean_one, changed):
        qtbot.addWidget(editor, before_close_func=harness.closing_at_teardown)
    commit_text(changed.ui.titleEdit, "Sáng kiến đang nhập dở")
    harness.prompts.unsaved = [UnsavedChoice.CANCEL, UnsavedChoice.DISCARD]
    assert not page.editors.close_all()
    assert page.editors.editors() == [changed] and changed.isVisible()
    assert page.editors.close_all()
    assert harness.prompts.asked == ["unsaved", "unsaved"]



@pytest.mark.parametrize("answer", [UnsavedChoice.CANCEL, UnsavedChoice.DISCARD])
def test_closing_the_main_window_asks_open_editors_first(qtbot: QtBot, services: Services,
                                                         runner: InlineTaskRunner, settings: QSettings,
                                                         answer: UnsavedChoice) -> None:
    from sangkien_desktop.ui.main_window import MainWindow

    window = MainWindow(services, runner, services.office.get_office(), settings)
    qtbot.addWidget(window)
    window.show()
    prompts = ScriptedPrompts(unsaved=[answer])
    window.initiatives_page.wire_editor(services, runner, prompts)
    editor = window.initiatives_page.editors.open_new()
    commit_text(editor.ui.titleEdit, "Cải tiến máy cắt")
    window.close()
    assert prompts.asked == ["unsaved"]
    assert window.isVisible() is (answer is UnsavedChoice.CANCEL)
    assert editor.isVisible() is (answer is UnsavedChoice.CANCEL)
    prompts.tearing_down = True
