"""The recognition dialog on a real store: filing, the employer's answer, the decision, eligibility."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from sangkien_desktop.domain.enums import InitiativeStatus as S
from sangkien_desktop.domain.enums import RecognitionLevel, RecognitionOutcome, RequestState
from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.domain.recognition import DecisionInput, RequestInput
from sangkien_desktop.services.container import Services
from sangkien_desktop.ui.dialogs.initiative_editor import InitiativeEditor
from sangkien_desktop.ui.dialogs.recognition_dialog import RecognitionDialog
from sangkien_desktop.ui.tasks import InlineTaskRunner
from tests.support.runners import DeferredRunner
from tests.support.vi_input import commit_text, type_text

Opened = Callable[..., RecognitionDialog]


@pytest.fixture
def open_dialog(qtbot: QtBot, services: Services, runner: InlineTaskRunner) -> Opened:
    def make(initiative_id: str, **kwargs: object) -> RecognitionDialog:
        dialog = RecognitionDialog(services.recognition, services.attachments, runner, initiative_id,
                                   **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def retype(edit: QLineEdit, text: str) -> None:
    edit.clear()
    edit.setFocus()
    type_text(edit, text)
    edit.editingFinished.emit()


def accepted(services: Services, initiative: InitiativeView) -> None:
    request = services.recognition.file_request(initiative.id, RequestInput(date(2024, 4, 1))).request
    services.recognition.set_request_state(request.id, RequestState.CHAP_NHAN, accepted_on=date(2024, 4, 10))


def test_filing_from_the_dialog(
    open_dialog: Opened, services: Services, add_initiative: Callable[..., InitiativeView]
) -> None:
    initiative = add_initiative("Cải tiến khuôn ép")
    dialog = open_dialog(initiative.id)
    ui = dialog.ui
    assert "05/03/2025" in ui.deadlineLabel.text() and "05/03/2024" in ui.deadlineLabel.text()
    assert ui.requestStateInfo.text() == "Chưa nộp đơn."
    assert not ui.stateButton.isEnabled()
    retype(ui.filedEdit, "1-4-2024")
    assert ui.filedEdit.text() == "01/04/2024"
    ui.addresseeCombo.setEditText("")
    addressee = ui.addresseeCombo.lineEdit()
    assert addressee is not None
    commit_text(addressee, "Tổng công ty Cơ khí Đông Á")
    ui.fileButton.click()
    assert dialog.changed and dialog.general_message() == ""
    assert services.initiatives.get(initiative.id).status is S.DA_NOP_DON
    request = services.recognition.requests_for(initiative.id)[0]
    assert request.addressee_name == "Tổng công ty Cơ khí Đông Á"
    assert ui.fileButton.text() == "Lưu đơn" and ui.stateButton.isEnabled()
    assert "Trạng thái: Đã nộp đơn" in ui.headerLabel.text()


def test_late_filing_is_shown_in_amber_and_still_saved(
    open_dialog: Opened, services: Services, add_initiative: Callable[..., InitiativeView]
) -> None:
    initiative = add_initiative("Máy cắt ống")
    dialog = open_dialog(initiative.id)
    retype(dialog.ui.filedEdit, "06/03/2025")
    assert "05/03/2025" in dialog.message_at("filed_on") and "vẫn" in dialog.message_at("filed_on")
    dialog.ui.fileButton.click()
    assert "quá thời hạn yêu cầu công nhận" in dialog.message_at("filed_on")
    assert dialog.general_message().startswith("Đã lưu")
    assert services.initiatives.get(initiative.id).status is S.DA_NOP_DON


def test_bad_date_is_refused_under_its_field(
    open_dialog: Opened, services: Services, add_initiative: Callable[..., InitiativeView]
) -> None:
    initiative = add_initiative("Băng tải")
    dialog = open_dialog(initiative.id)
    retype(dialog.ui.filedEdit, "31/02/2024")
    dialog.ui.fileButton.click()
    assert "tháng 2/2024 chỉ có 29 ngày" in dialog.message_at("filed_on")
    assert services.recognition.requests_for(initiative.id) == () and not dialog.changed


def test_acceptance_shows_the_review_due_date(
    open_dialog: Opened, services: Services, add_initiative: Callable[..., InitiativeView]
) -> None:
    initiative = add_initiative("Đồ gá hàn")
    services.recognition.file_request(initiative.id, RequestInput(date(2024, 4, 1)))
    dialog = open_dialog(initiative.id)
    ui = dialog.ui
    ui.stateCombo.setCurrentIndex(ui.stateCombo.findData(RequestState.YEU_CAU_BO_SUNG))
    ui.stateButton.click()
    assert "Lý do bổ sung / từ chối" not in dialog.message_at("state_reason")  # shown beside its field
    assert "bắt buộc" in dialog.message_at("state_reason").lower()
    type_text(ui.stateReasonEdit, "Bổ sung bản vẽ chi tiết")
    ui.stateButton.click()
    assert services.initiatives.get(initiative.id).status is S.CAN_BO_SUNG
    ui.stateCombo.setCurrentIndex(ui.stateCombo.findData(RequestState.CHAP_NHAN))
    retype(ui.acceptedEdit, "10/04/2024")
    ui.stateButton.click()
    assert services.initiatives.get(initiative.id).status is S.DON_HOP_LE
    assert "10/07/2024" in ui.requestStateInfo.text() and "Chấp nhận" in ui.requestStateInfo.text()


def test_recording_the_decision_with_a_scan(
    open_dialog: Opened, services: Services, add_initiative: Callable[..., InitiativeView], tmp_path: Path
) -> None:
    initiative = add_initiative("Khuôn dập", first_applied_on="2022-03-05")
    accepted(services, initiative)
    scan = tmp_path / "Quyết định 15.pdf"
    scan.write_bytes(b"%PDF")
    opened: list[QUrl] = []
    dialog = open_dialog(initiative.id, choose_file=lambda _parent: scan, open_url=opened.append)
    ui = dialog.ui
    assert ui.eligibilityLabel.text().startswith("Không đủ điều kiện")
    assert "chưa được công nhận" in ui.eligibilityLabel.text()
    assert not ui.refusalReasonEdit.isEnabled()
    commit_text(ui.numberEdit, "15/QĐ-ABC")
    retype(ui.decidedOnEdit, "01/06/2024")
    type_text(ui.signerEdit, "Lê Văn Bình")
    type_text(ui.signerTitleEdit, "GIÁM ĐỐC")
    ui.levelCombo.setCurrentIndex(ui.levelCombo.findData(RecognitionLevel.CO_SO))
    ui.chooseScanButton.click()
    assert ui.scanEdit.text() == "Quyết định 15.pdf"
    ui.decisionButton.click()
    assert dialog.general_message() == ""
    decision = services.recognition.decisions_for(initiative.id)[0]
    assert (decision.number, decision.signer_name, decision.level) == ("15/QĐ-ABC", "Lê Văn Bình",
                                                                      RecognitionLevel.CO_SO)
    assert decision.scan_file_name == "Quyết định 15.pdf"
    assert services.initiatives.get(initiative.id).status is S.DA_CONG_NHAN
    assert ui.eligibilityLabel.text().startswith("Đủ điều kiện")
    ui.openScanButton.click()
    assert [Path(u.toLocalFile()).name for u in opened] == ["Quyết định 15.pdf"]


def test_refusal_needs_its_reason(
    open_dialog: Opened, services: Services, add_initiative: Callable[..., InitiativeView]
) -> None:
    initiative = add_initiative("Quy trình kiểm tra")
    accepted(services, initiative)
    dialog = open_dialog(initiative.id)
    ui = dialog.ui
    commit_text(ui.numberEdit, "16/QĐ-ABC")
    retype(ui.decidedOnEdit, "01/06/2024")
    type_text(ui.signerEdit, "Lê Văn Bình")
    ui.outcomeCombo.setCurrentIndex(ui.outcomeCombo.findData(RecognitionOutcome.KHONG_CONG_NHAN))
    assert ui.refusalReasonEdit.isEnabled()
    ui.decisionButton.click()
    assert dialog.message_at("decision.reason") == "Bắt buộc khi quyết định không công nhận"
    assert services.recognition.decisions_for(initiative.id) == ()
    type_text(ui.refusalReasonEdit, "Trùng giải pháp đã áp dụng")
    ui.decisionButton.click()
    assert services.initiatives.get(initiative.id).status is S.KHONG_CONG_NHAN


def test_duplicate_number_is_shown_under_the_number(
    open_dialog: Opened, services: Services, add_initiative: Callable[..., InitiativeView]
) -> None:
    first, second = add_initiative("Một"), add_initiative("Hai")
    for initiative in (first, second):
        accepted(services, initiative)
    first_decision = DecisionInput("15/QĐ-ABC", date(2024, 6, 1), "Lê Văn Bình")
    services.recognition.record_decision(first.id, first_decision)
    dialog = open_dialog(second.id)
    ui = dialog.ui
    commit_text(ui.numberEdit, "15/qđ-abc")
    retype(ui.decidedOnEdit, "02/06/2024")
    type_text(ui.signerEdit, "Lê Văn Bình")
    ui.decisionButton.click()
    assert first.code in dialog.message_at("decision.number")
    assert services.initiatives.get(second.id).status is S.DON_HOP_LE


def test_workflow_refusal_goes_to_the_general_line(
    open_dialog: Opened, services: Services, add_initiative: Callable[..., InitiativeView]
) -> None:
    initiative = add_initiative("Chưa nộp đơn", status="Y_TUONG")
    dialog = open_dialog(initiative.id)
    retype(dialog.ui.filedEdit, "01/04/2024")
    dialog.ui.fileButton.click()
    assert "Ý tưởng" in dialog.general_message() and not dialog.changed


def test_database_work_runs_on_the_runner(
    qtbot: QtBot, services: Services, add_initiative: Callable[..., InitiativeView]
) -> None:
    initiative = add_initiative("Hệ thống chiếu sáng")
    runner = DeferredRunner()
    dialog = RecognitionDialog(services.recognition, services.attachments, runner, initiative.id)
    qtbot.addWidget(dialog)
    assert dialog.overview is None and not dialog.ui.applicationGroup.isEnabled()
    runner.release_all()
    assert dialog.overview is not None and dialog.ui.applicationGroup.isEnabled()


def test_confidential_initiative_shows_the_reduced_set(
    open_dialog: Opened, services: Services, add_initiative: Callable[..., InitiativeView]
) -> None:
    initiative = add_initiative("Cải tiến khuôn ép mật", is_confidential=True, first_applied_on="2022-03-05")
    accepted(services, initiative)
    services.recognition.record_decision(initiative.id, DecisionInput("15/QĐ-ABC", date(2024, 6, 1), "Lê"))
    lines = open_dialog(initiative.id).ui.eligibilityLabel.text().splitlines()
    assert lines[0].startswith("Đủ điều kiện tham gia 1 triệu sáng kiến")
    assert lines[1] == "Sáng kiến mật: chỉ tải lên phần thông tin rút gọn."


# -- the editor's "Recognition…" button ---------------------------------------------------------------


def test_editor_button_is_off_for_a_new_record(qtbot: QtBot, services: Services) -> None:
    editor = InitiativeEditor(services, InlineTaskRunner())
    qtbot.addWidget(editor)
    assert editor.ui.recognitionButton.text() == "Công nhận…"
    assert not editor.ui.recognitionButton.isEnabled()


def test_editor_opens_the_dialog_and_reloads_after_it(
    qtbot: QtBot, services: Services, add_initiative: Callable[..., InitiativeView]
) -> None:
    initiative = add_initiative("Cải tiến băng chuyền")
    accepted(services, initiative)
    editor = InitiativeEditor(services, InlineTaskRunner(), initiative.id)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.ui.recognitionButton.isEnabled()
    editor.ui.recognitionButton.click()
    dialog = editor.recognition_dialog
    assert dialog is not None and dialog.isVisible() and dialog.overview is not None
    assert dialog.overview.initiative_id == initiative.id
    commit_text(dialog.ui.numberEdit, "15/QĐ-ABC")
    retype(dialog.ui.decidedOnEdit, "01/06/2024")
    type_text(dialog.ui.signerEdit, "Lê Văn Bình")
    dialog.ui.decisionButton.click()
    assert editor.ui.decisionNumberEdit.text() == ""  # not yet: the editor reads the record when it closes
    dialog.reject()
    assert editor.recognition_dialog is None
    assert editor.ui.decisionNumberEdit.text() == "15/QĐ-ABC"
    assert editor.ui.statusCombo.currentData() == S.DA_CONG_NHAN
    assert not editor.is_dirty()
