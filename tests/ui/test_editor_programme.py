"""The editor's programme combo and its line about the latest upload to the upper union (issue 6)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from datetime import datetime

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from sangkien_desktop.domain.enums import FieldCode, SolutionKind, UploadResult
from sangkien_desktop.domain.enums import InitiativeStatus as S
from sangkien_desktop.domain.model import InitiativeView, ProgrammeChoice
from sangkien_desktop.persistence.models import UploadItem
from sangkien_desktop.services.container import Services
from sangkien_desktop.ui.dialogs.initiative_editor import InitiativeEditor
from tests.support.editors import open_editor
from tests.support.runners import DeferredRunner
from tests.support.vi_input import commit_text

MakeInitiative = Callable[..., InitiativeView]
NONE_CHOSEN = "(không thuộc chương trình nào)"
# Recognised by the employer, first applied inside the seeded "1 triệu sáng kiến" window (2021–2023).
RECOGNISED = {"status": "DA_CONG_NHAN", "decision_number": "15/QĐ-ABC", "decided_on": "10/06/2024",
              "first_applied_on": "05/03/2022", "authors": [{"name": "Nguyễn Thị Hoa", "share": 100}]}


@pytest.fixture
def vietnam_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The PC's clock on Vietnam time (UTC+7, no daylight saving), whatever the machine's zone."""
    monkeypatch.setenv("TZ", "ICT-7")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def seeded(services: Services) -> ProgrammeChoice:
    [programme] = services.initiatives.programmes()
    return programme


def combo_texts(editor: InitiativeEditor) -> list[str]:
    combo = editor.ui.programmeCombo
    return [combo.itemText(i) for i in range(combo.count())]


def save(qtbot: QtBot, editor: InitiativeEditor) -> None:
    qtbot.keyClick(editor.focusWidget() or editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.general_message() == "" and not editor.is_dirty()


def submission_line(editor: InitiativeEditor) -> str | None:
    """The upload line as shown, or None when its row is hidden."""
    ui = editor.ui
    return ui.submissionLabel.text() if ui.generalForm.isRowVisible(ui.submissionLabel) else None


def submitted(services: Services, make_initiative: MakeInitiative,
              programme: ProgrammeChoice) -> InitiativeView:
    """A recognised initiative of the programme, confirmed by the union and put into an upload batch."""
    view = make_initiative(title="Đồ gá hàn khung xe đẩy", programme_id=programme.id, **RECOGNISED)
    services.status.change(view.id, S.CDCS_XAC_NHAN)
    services.status.change(view.id, S.SAN_SANG_TAI_LEN)
    assert services.submissions.submit([view.code]).submitted == (view.code,)
    return view


def server_answered(services: Services, initiative_id: str, at: datetime, result: UploadResult,
                    message: str | None) -> None:
    """What the sync writes when the server acknowledges the item and the upper union reviews it."""
    with services.uow() as uow:
        query = sa.select(UploadItem).where(UploadItem.initiative_id == initiative_id)
        item = uow.session.scalars(query).one()
        item.server_received_at, item.result, item.message = at, result, message
        uow.commit()


def test_the_programme_chosen_in_the_combo_is_saved_and_shown_again(
    qtbot: QtBot, services: Services, make_initiative: MakeInitiative, seeded: ProgrammeChoice
) -> None:
    saved = make_initiative(title="Cải tiến khuôn dập")
    editor = open_editor(qtbot, services, saved.id)
    buddy = [label for label in editor.findChildren(QLabel) if label.buddy() is editor.ui.programmeCombo]
    assert [label.text() for label in buddy] == ["Chương trình"]
    assert combo_texts(editor) == [NONE_CHOSEN, seeded.name]
    assert editor.ui.programmeCombo.currentText() == NONE_CHOSEN and not editor.is_dirty()
    assert submission_line(editor) is None  # never uploaded: no line at all

    editor.ui.programmeCombo.setFocus()
    qtbot.keyClick(editor.ui.programmeCombo, Qt.Key.Key_Down)
    assert editor.ui.programmeCombo.currentText() == seeded.name and editor.is_dirty()
    save(qtbot, editor)
    editor.close()

    reopened = open_editor(qtbot, services, saved.id)
    assert reopened.ui.programmeCombo.currentText() == seeded.name and not reopened.is_dirty()
    assert services.initiatives.detail(saved.id).draft.programme_id == seeded.id
    history = [(e.field_label, e.new_value) for e in services.initiatives.history(saved.id)]
    assert ("Chương trình", seeded.name) in history


@pytest.mark.qt_log_ignore("This plugin does not support raise",  # the combo's list, offscreen
                           "This plugin does not support grabbing the keyboard")
def test_a_new_record_reads_the_programmes_when_the_officer_goes_to_the_combo(
    qtbot: QtBot, services: Services, seeded: ProgrammeChoice
) -> None:
    runner = DeferredRunner()
    editor = open_editor(qtbot, services, runner=runner)
    assert runner.calls == [] and combo_texts(editor) == [NONE_CHOSEN]

    commit_text(editor.ui.titleEdit, "Sổ theo dõi ca trực điện tử")
    qtbot.mouseClick(editor.ui.programmeCombo, Qt.MouseButton.LeftButton)  # before the list is read
    assert runner.calls == ["db"] and not editor.ui.programmeCombo.view().isVisible()
    runner.release_all()
    assert combo_texts(editor) == [NONE_CHOSEN, seeded.name]
    qtbot.waitUntil(editor.ui.programmeCombo.view().isVisible)  # the click's list, once filled
    editor.ui.programmeCombo.hidePopup()

    editor.ui.programmeCombo.setCurrentIndex(1)
    editor.ui.kindCombo.setCurrentIndex(editor.ui.kindCombo.findData(SolutionKind.QUAN_LY))
    editor.ui.fieldCombo.setCurrentIndex(editor.ui.fieldCombo.findData(FieldCode.CCHC))
    assert editor.save()
    runner.release_all()  # the save's answer, then the reload's
    runner.release_all()
    assert editor.initiative_id is not None
    assert services.initiatives.detail(editor.initiative_id).draft.programme_id == seeded.id
    assert editor.ui.programmeCombo.currentText() == seeded.name and not editor.is_dirty()


def test_the_editor_says_where_the_latest_upload_stands(
    qtbot: QtBot, services: Services, make_initiative: MakeInitiative, seeded: ProgrammeChoice,
    vietnam_clock: None,
) -> None:
    view = submitted(services, make_initiative, seeded)
    editor = open_editor(qtbot, services, view.id)
    assert submission_line(editor) == "Đã đưa vào đợt tải lên, chờ máy chủ xác nhận"
    editor.close()

    at = datetime(2024, 7, 12, 2, 30)  # UTC: 09:30 in Vietnam
    server_answered(services, view.id, at, UploadResult.KHONG_HOP_LE, "Bổ sung bản vẽ")
    editor = open_editor(qtbot, services, view.id)
    assert submission_line(editor) == ("Máy chủ đã nhận lúc 12/07/2024 09:30 – "
                                       "Không hợp lệ: Bổ sung bản vẽ")
    assert editor.ui.programmeCombo.currentText() == seeded.name
    editor.grab().save("/tmp/editor_programme_submission.png")
    editor.close()

    server_answered(services, view.id, datetime(2024, 7, 12, 17, 5), UploadResult.HOP_LE, None)
    editor = open_editor(qtbot, services, view.id)
    assert submission_line(editor) == "Máy chủ đã nhận lúc 13/07/2024 00:05 – Hợp lệ"
