"""The reward decision dialog: Vietnamese typing, type-ahead people, collectives, split, live total."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from sangkien_desktop.domain.enums import DecisionState, OfficerRole, RewardForm
from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.domain.rewards import RecipientInput, RewardDecisionInput
from sangkien_desktop.services.container import Services
from sangkien_desktop.ui.dialogs.reward_decision_dialog import RewardDecisionDialog
from sangkien_desktop.ui.models.recipients_model import RecipientColumn, RecipientRow, RecipientsModel
from sangkien_desktop.ui.tasks import InlineTaskRunner
from tests.support.vi_input import commit_text, type_text

Make = Callable[..., InitiativeView]


@pytest.fixture
def dialog(qtbot: QtBot, services: Services, runner: InlineTaskRunner) -> RewardDecisionDialog:
    widget = RewardDecisionDialog(services.rewards, services.people, services.initiatives, runner)
    qtbot.addWidget(widget)
    return widget


# The completer's popup is a separate window; the offscreen platform cannot raise it or give it the
# keyboard and says so. Nothing else may warn.
popup_shown = pytest.mark.qt_log_ignore("This plugin does not support raise",
                                        "This plugin does not support grabbing the keyboard")


def set_cell(dialog: RewardDecisionDialog, row: int, column: RecipientColumn, value: object) -> None:
    role = Qt.ItemDataRole.CheckStateRole if column == RecipientColumn.NOMINATE else Qt.ItemDataRole.EditRole
    assert dialog.model.setData(dialog.model.index(row, column), value, role)


@popup_shown
def test_a_new_decision_with_a_person_and_a_collective(dialog: RewardDecisionDialog, qtbot: QtBot,
                                                       services: Services, make_recognised: Make) -> None:
    initiative = make_recognised()
    dialog.show()
    commit_text(dialog.ui.numberEdit, "01/QĐ-CĐCS")
    dialog.ui.decidedOnEdit.setText("15/07/2024")
    type_text(dialog.ui.subjectEdit, "Về việc khen thưởng sáng kiến năm 2024")
    type_text(dialog.ui.personSearchEdit, "Trần Văn")
    dialog.picker.search_now()
    assert dialog.picker.suggestion_count() == 1
    dialog.picker.choose(0)
    type_text(dialog.ui.personSearchEdit, "Tổ Bảo trì cơ điện")
    qtbot.keyClick(dialog.ui.personSearchEdit, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter added the collective; it did not save the decision
    assert [r.name for r in dialog.model.rows()] == ["Trần Văn Nam", "Tổ Bảo trì cơ điện"]
    set_cell(dialog, 0, RecipientColumn.AMOUNT, "1500000")
    set_cell(dialog, 0, RecipientColumn.INITIATIVES, initiative.code)
    set_cell(dialog, 0, RecipientColumn.NOMINATE, Qt.CheckState.Checked.value)
    set_cell(dialog, 1, RecipientColumn.AMOUNT, "2.000.000 đ")
    set_cell(dialog, 1, RecipientColumn.FORM, RewardForm.GIAY_KHEN_CD_CAP_TREN)
    set_cell(dialog, 1, RecipientColumn.CITATION, "Tập thể có nhiều sáng kiến")
    assert dialog.total_text() == "Tổng cộng: 3.500.000 đ cho 2 dòng"
    assert dialog.model.index(0, RecipientColumn.AMOUNT).data() == "1.500.000 đ"
    dialog.submit()
    saved = dialog.saved
    assert saved is not None, dialog.message_text()
    assert (saved.number, saved.subject, saved.total_vnd) == (
        "01/QĐ-CĐCS", "Về việc khen thưởng sáng kiến năm 2024", 3_500_000)
    person, team = saved.recipients
    assert (person.person_name, person.nominate_upward, person.initiatives[0].code) == (
        "Trần Văn Nam", True, initiative.code)
    assert (team.collective_name, team.form) == ("Tổ Bảo trì cơ điện", RewardForm.GIAY_KHEN_CD_CAP_TREN)
    assert services.rewards.list()[0].total_vnd == 3_500_000


def test_split_among_co_authors_adds_up(dialog: RewardDecisionDialog,
                                        make_recognised: Callable[..., InitiativeView]) -> None:
    initiative = make_recognised()
    dialog.ui.splitInitiativeEdit.setText(initiative.code)
    dialog.ui.splitTotalEdit.setText("1.000.000")
    dialog.ui.splitButton.click()
    rows = dialog.model.rows()
    assert [(r.name, r.amount, r.initiatives) for r in rows] == [
        ("Nguyễn Thị Hoa", "333.400 đ", initiative.code), ("Trần Văn Nam", "333.300 đ", initiative.code),
        ("Lê Đức Thắng", "333.300 đ", initiative.code)]
    assert dialog.total_text() == "Tổng cộng: 1.000.000 đ cho 3 dòng"
    assert dialog.message_text() == (
        f"Đã chia 1.000.000 đ cho 3 đồng tác giả của sáng kiến {initiative.code} theo tỷ lệ đóng góp.")


def test_split_refused_when_shares_do_not_add_up(dialog: RewardDecisionDialog,
                                                 make_initiative: Callable[..., InitiativeView]) -> None:
    uneven = make_initiative(authors=[{"name": "Nguyễn Thị Hoa", "share": 50},
                                      {"name": "Trần Văn Nam", "share": 45}])
    dialog.ui.splitInitiativeEdit.setText(uneven.code)
    dialog.ui.splitTotalEdit.setText("1.000.000")
    dialog.ui.splitButton.click()
    assert dialog.model.rowCount() == 0
    assert "tổng tỷ lệ đóng góp của các tác giả là 95,00%, phải bằng 100,00%" in dialog.message_text()
    assert dialog.ui.splitButton.isEnabled()


def test_bad_amounts_are_named_and_nothing_is_saved(dialog: RewardDecisionDialog, services: Services) -> None:
    dialog.add_collective("Tổ Dệt 2")
    dialog.add_collective("Tổ Sợi")
    set_cell(dialog, 0, RecipientColumn.AMOUNT, "-500.000")
    set_cell(dialog, 1, RecipientColumn.AMOUNT, "2.000.000,5")
    assert dialog.total_text() == "Tổng cộng: 0 đ cho 2 dòng (2 số tiền không đọc được nên chưa được cộng)"
    dialog.submit()
    assert dialog.saved is None
    assert dialog.message_text().splitlines() == [
        "Dòng 1 – Số tiền: không được là số âm",
        "Dòng 2 – Số tiền: phải là số đồng nguyên, không có phần lẻ"]
    assert services.rewards.list() == ()


def test_duplicate_number_is_shown_under_the_number(dialog: RewardDecisionDialog, services: Services) -> None:
    earlier = {"number": "01/QĐ-CĐCS", "decided_on": "2024-03-01"}
    services.rewards.create(RewardDecisionInput.from_mapping(earlier))
    commit_text(dialog.ui.numberEdit, "01/QĐ-CĐCS")
    dialog.ui.decidedOnEdit.setText("01/12/2024")
    dialog.submit()
    assert dialog.messages.text("number").startswith("“01/QĐ-CĐCS” đã là số của quyết định ngày 01/03/2024")


def test_editing_keeps_lines_and_an_issued_decision_is_read_only(qtbot: QtBot, services: Services,
                                                                 runner: InlineTaskRunner) -> None:
    stored = services.rewards.create(RewardDecisionInput(
        number="02/QĐ-CĐCS", recipients=(RecipientInput(collective_name="Tổ Sợi", amount=100_000),)))
    dialog = RewardDecisionDialog(services.rewards, services.people, services.initiatives, runner, stored)
    qtbot.addWidget(dialog)
    assert dialog.ui.numberEdit.text() == "02/QĐ-CĐCS"
    set_cell(dialog, 0, RecipientColumn.AMOUNT, "250000")
    dialog.submit()
    assert dialog.saved is not None
    assert dialog.saved.recipients[0].id == stored.recipients[0].id
    assert dialog.saved.total_vnd == 250_000

    chair = services.officers.create("Nguyễn Thị Thu Hằng", OfficerRole.CHU_TICH)
    changed = services.rewards.update(stored.id, RewardDecisionInput.from_mapping({
        "number": "02/QĐ-CĐCS", "decided_on": "2024-05-01", "authority": "TM_BCH", "fund_source": "NSDLD",
        "recipients": [r.as_input().__dict__ | {"form": r.form} for r in dialog.saved.recipients]}),
        dialog.saved.version)
    issued = services.rewards.sign_off(changed.id, changed.version, officer_id=chair.id)
    assert issued.state is DecisionState.DA_BAN_HANH
    frozen = RewardDecisionDialog(services.rewards, services.people, services.initiatives, runner, issued)
    qtbot.addWidget(frozen)
    assert not frozen.ui.formWidget.isEnabled()
    assert not frozen.model.flags(frozen.model.index(0, RecipientColumn.AMOUNT)) & Qt.ItemFlag.ItemIsEditable
    assert "đã ban hành nên không sửa được nữa" in frozen.message_text()


def test_recipients_model_passes_the_model_tester(qtmodeltester: object) -> None:
    model = RecipientsModel()
    model.set_rows([RecipientRow("Tổ Dệt 2", amount="100.000 đ"), RecipientRow("Trần Văn Nam", "p-1")])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
