"""The remuneration dialog on a real store: yearly dues per author, recording a payment with its proof,
the editor's "Remuneration…" button."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QLineEdit, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.services.container import Services
from sangkien_desktop.ui.dialogs.initiative_editor import InitiativeEditor
from sangkien_desktop.ui.dialogs.remuneration_dialog import RemunerationDialog
from sangkien_desktop.ui.tasks import InlineTaskRunner
from tests.support.runners import DeferredRunner

Opened = Callable[..., RemunerationDialog]
AUTHORS = [{"name": "Nguyễn Thị Hoa", "share": 50}, {"name": "Trần Văn Nam", "share": 30},
           {"name": "Lê Đức Minh", "share": 20}]


@pytest.fixture
def recognised(make_initiative: Callable[..., InitiativeView]) -> InitiativeView:
    """First applied 01/03/2021: years due 28/03/2022, 28/03/2023, 29/03/2024, all past today."""
    return make_initiative(status="DA_CONG_NHAN", decision_number="15/QĐ-ABC", decided_on="2021-09-01",
                           first_applied_on="2021-03-01", benefit_value=100_000_000, authors=AUTHORS)


@pytest.fixture
def opened_urls() -> list[QUrl]:
    return []


@pytest.fixture
def open_dialog(
    qtbot: QtBot, services: Services, runner: InlineTaskRunner, opened_urls: list[QUrl]
) -> Opened:
    def make(initiative_id: str, **kwargs: object) -> RemunerationDialog:
        dialog = RemunerationDialog(services.remuneration, services.attachments, runner, initiative_id,
                                    open_url=opened_urls.append, **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def texts(item: QTreeWidgetItem) -> list[str]:
    return [item.text(c) for c in range(item.columnCount())]


def retype(edit: QLineEdit, qtbot: QtBot, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)
    edit.editingFinished.emit()


def test_dues_per_year_and_author(open_dialog: Opened, recognised: InitiativeView) -> None:
    dialog = open_dialog(recognised.id)
    tree = dialog.ui.duesTree
    assert tree.topLevelItemCount() == 3
    year1 = tree.topLevelItem(0)
    # 100.000.000 × 7 % = 7.000.000, unpaid, past its deadline.
    assert texts(year1) == ["Năm thứ 1: 01/03/2021 – 28/02/2022", "7.000.000 đ", "0 đ", "7.000.000 đ",
                            "28/03/2022 (quá hạn)", "7 % × 100.000.000 đ"]
    assert [texts(year1.child(i))[:4] for i in range(year1.childCount())] == [
        ["Nguyễn Thị Hoa (50,00 %)", "3.500.000 đ", "0 đ", "3.500.000 đ"],
        ["Trần Văn Nam (30,00 %)", "2.100.000 đ", "0 đ", "2.100.000 đ"],
        ["Lê Đức Minh (20,00 %)", "1.400.000 đ", "0 đ", "1.400.000 đ"],
    ]
    assert tree.topLevelItem(2).text(0) == "Năm thứ 3: 01/03/2023 – 29/02/2024"  # leap year
    assert dialog.ui.totalsLabel.text() == "Tổng phải trả 21.000.000 đ · đã trả 0 đ · còn nợ 21.000.000 đ"
    assert dialog.windowTitle() == f"Thù lao – {recognised.code}"
    assert "chưa có phiếu xác nhận" in dialog.messages.general_text()
    assert dialog.ui.yearCombo.count() == 3 and dialog.ui.authorCombo.count() == 3


def test_recording_a_payment_with_its_proof(
    open_dialog: Opened, recognised: InitiativeView, qtbot: QtBot, tmp_path: Path, opened_urls: list[QUrl],
    services: Services,
) -> None:
    dialog = open_dialog(recognised.id)
    ui = dialog.ui
    paid_signals: list[bool] = []
    dialog.paid.connect(lambda: paid_signals.append(True))
    nam = ui.duesTree.topLevelItem(1).child(1)  # year 2, Trần Văn Nam
    ui.duesTree.setCurrentItem(nam)
    assert ui.yearCombo.currentData() == 2 and ui.authorCombo.currentText() == "Trần Văn Nam"
    assert ui.amountEdit.text() == "2.100.000 đ"
    retype(ui.paidOnEdit, qtbot, "2023-03-20")
    assert ui.paidOnEdit.text() == "20/03/2023"
    proof = tmp_path / "phieu-chi-07.pdf"
    proof.write_bytes(b"%PDF-1.4")
    dialog.set_proof(proof)
    assert ui.proofFileLabel.text() == "phieu-chi-07.pdf"
    ui.recordButton.click()

    assert paid_signals == [True]
    assert dialog.messages.general_text() == "Đã ghi khoản trả."
    year2 = ui.duesTree.topLevelItem(1)
    assert texts(year2)[1:4] == ["7.000.000 đ", "2.100.000 đ", "4.900.000 đ"]
    nam = year2.child(1)
    assert texts(nam)[1:4] == ["2.100.000 đ", "2.100.000 đ", "0 đ"]
    payment = nam.child(0)
    assert payment.text(0) == "Trả ngày 20/03/2023 · phieu-chi-07.pdf" and payment.text(2) == "2.100.000 đ"
    assert ui.amountEdit.text() == "" and ui.proofFileLabel.text() == "Chưa chọn tệp"
    ui.duesTree.itemDoubleClicked.emit(payment, 0)
    assert len(opened_urls) == 1 and opened_urls[0].toLocalFile().endswith("phieu-chi-07.pdf")
    assert services.remuneration.schedule(recognised.id).year(2).paid == 2_100_000


def test_form_problems_show_under_their_fields(open_dialog: Opened, recognised: InitiativeView,
                                               qtbot: QtBot) -> None:
    dialog = open_dialog(recognised.id)
    ui = dialog.ui
    retype(ui.amountEdit, qtbot, "1,5")
    retype(ui.paidOnEdit, qtbot, "31/02/2023")
    ui.recordButton.click()
    assert dialog.messages.text("amount") == "Phải là số đồng nguyên, không có phần lẻ"
    assert dialog.messages.text("paid_on") != ""
    retype(ui.amountEdit, qtbot, "100000")
    retype(ui.paidOnEdit, qtbot, "01/01/2099")  # the service refuses a future date
    ui.recordButton.click()
    assert dialog.messages.text("amount") == ""
    assert "ở tương lai" in dialog.messages.text("paid_on")
    assert ui.recordButton.isEnabled()


def test_an_initiative_not_recognised_gets_the_reason(
    open_dialog: Opened, add_initiative: Callable[..., InitiativeView]
) -> None:
    dialog = open_dialog(add_initiative("Chưa công nhận").id)
    assert "chỉ tính thù lao cho sáng kiến đã được công nhận" in dialog.messages.general_text()
    assert not dialog.ui.paymentGroup.isEnabled()
    assert dialog.ui.duesTree.topLevelItemCount() == 0


def test_the_schedule_shows_when_its_result_arrives(
    qtbot: QtBot, services: Services, recognised: InitiativeView
) -> None:
    runner = DeferredRunner()
    dialog = RemunerationDialog(services.remuneration, services.attachments, runner, recognised.id)
    qtbot.addWidget(dialog)
    assert dialog.schedule is None and dialog.ui.duesTree.topLevelItemCount() == 0
    runner.release_all()
    assert dialog.schedule is not None and dialog.ui.duesTree.topLevelItemCount() == 3


# -- the editor's "Remuneration…" button ------------------------------------------------------------


def test_editor_button_is_off_for_a_new_record(qtbot: QtBot, services: Services) -> None:
    editor = InitiativeEditor(services, InlineTaskRunner())
    qtbot.addWidget(editor)
    assert editor.ui.remunerationButton.text() == "Thù lao…"
    assert not editor.ui.remunerationButton.isEnabled()


def test_editor_opens_the_dialog_for_its_record(
    qtbot: QtBot, services: Services, recognised: InitiativeView
) -> None:
    editor = InitiativeEditor(services, InlineTaskRunner(), recognised.id)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.ui.remunerationButton.isEnabled()
    editor.ui.remunerationButton.click()
    dialog = editor.remuneration_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.schedule is not None and dialog.schedule.initiative_id == recognised.id
    dialog.reject()
    assert editor.remuneration_dialog is None
    assert not editor.is_dirty()
