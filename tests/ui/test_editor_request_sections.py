"""The editor's Content tab: the Đơn's sections (TT 18/2013, Phụ lục I) typed, saved, shown again."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.services.container import Services
from sangkien_desktop.ui.dialogs.initiative_editor import InitiativeEditor
from tests.support.editors import open_editor
from tests.support.vi_input import commit_text, type_text

AddInitiative = Callable[..., InitiativeView]
# Draft field → (widget name, Vietnamese label, text typed).
TYPED = {
    "investor_name": ("investorEdit", "Chủ đầu tư tạo ra sáng kiến", "Công ty Cổ phần Dệt Hòa Bình"),
    "problem": ("problemEdit", "Vấn đề cần giải quyết", "Máy dệt hay đứt sợi ngang"),
    "prior_state": ("priorStateEdit", "Tình trạng trước khi áp dụng", "Nối sợi bằng tay, mất thời gian"),
    "applicability": ("applicabilityEdit", "Khả năng áp dụng", "Mọi máy dệt kiếm của xưởng"),
    "confidential_info": ("confidentialInfoEdit", "Những thông tin cần được bảo mật", "Thông số lò xo"),
    "conditions": ("conditionsEdit", "Các điều kiện cần thiết để áp dụng sáng kiến",
                   "Thợ bảo trì được hướng dẫn một buổi"),
}


def label_of(editor: InitiativeEditor, widget_name: str) -> str:
    widget = getattr(editor.ui, widget_name)
    buddies = [label for label in editor.findChildren(QLabel) if label.buddy() is widget]
    return buddies[0].text() if buddies else ""


def test_the_sections_are_typed_saved_and_shown_again(qtbot: QtBot, services: Services,
                                                      add_initiative: AddInitiative) -> None:
    saved = add_initiative("Cải tiến máy dệt kiếm")
    editor = open_editor(qtbot, services, saved.id)
    editor.ui.tabs.setCurrentWidget(editor.ui.contentTab)
    assert {name: label_of(editor, widget) for name, (widget, label, _) in TYPED.items()} == {
        name: label for name, (_, label, _) in TYPED.items()}
    assert not editor.is_dirty()

    for name, (widget_name, _, text) in TYPED.items():
        widget = getattr(editor.ui, widget_name)
        widget.setFocus()
        if name == "problem":
            commit_text(widget, unicodedata.normalize("NFD", text))  # pasted decomposed, saved NFC
        else:
            type_text(widget, text)
        assert editor.is_dirty(), name
    qtbot.keyClick(editor.ui.conditionsEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert editor.general_message() == "" and not editor.is_dirty()
    draft = services.initiatives.detail(saved.id).draft
    typed = {name: text for name, (_, _, text) in TYPED.items()}
    assert {name: getattr(draft, name) for name in TYPED} == typed
    editor.close()

    again = open_editor(qtbot, services, saved.id)
    for widget_name, _, text in TYPED.values():
        widget = getattr(again.ui, widget_name)
        shown = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
        assert shown == text
    assert isinstance(again.ui.problemEdit, QPlainTextEdit)
    assert not again.is_dirty()


def test_a_changed_section_is_an_unsaved_change(qtbot: QtBot, services: Services,
                                                add_initiative: AddInitiative) -> None:
    saved = add_initiative("Cải tiến máy dệt kiếm", applicability="Xưởng Dệt")
    editor = open_editor(qtbot, services, saved.id)
    assert editor.ui.applicabilityEdit.toPlainText() == "Xưởng Dệt" and not editor.is_dirty()
    editor.ui.applicabilityEdit.setFocus()
    type_text(editor.ui.applicabilityEdit, " và xưởng May")
    assert editor.is_dirty()


def test_a_too_long_investor_is_refused_at_its_field(qtbot: QtBot, services: Services,
                                                     add_initiative: AddInitiative) -> None:
    saved = add_initiative("Cải tiến máy dệt kiếm")
    editor = open_editor(qtbot, services, saved.id)
    editor.ui.investorEdit.setText("Đ" * 201)
    qtbot.keyClick(editor.ui.investorEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.problem_at("investor_name") == "Dài 201 ký tự, tối đa 200"
    assert editor.ui.tabs.currentWidget() is editor.ui.contentTab
    assert services.initiatives.detail(saved.id).draft.investor_name is None
