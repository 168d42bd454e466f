"""Printer offsets and the emblem in the UI: the profile dialog (save, limits, calibration preview) and
the certificates page's blank-printing controls, on a real store."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from PIL import Image
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from sangkien_desktop.domain.printer_profiles import PrinterProfile
from sangkien_desktop.persistence.models import PrintRecord
from sangkien_desktop.services.container import Services
from sangkien_desktop.ui.dialogs.printer_profile_dialog import PrinterProfileDialog
from sangkien_desktop.ui.pages.certificates_page import CertificatesPage
from sangkien_desktop.ui.tasks import InlineTaskRunner
from tests.pdf.readback import page_text, runs
from tests.support.decisions import COLLECTIVES, issue_decision
from tests.support.vi_input import type_text


class Answers:
    """Stands in for the file dialogs: hands out the next path (None: the officer cancelled)."""

    def __init__(self, answer: Path | None) -> None:
        self.answer, self.asked = answer, 0

    def __call__(self, _parent: QWidget, *_suggested: str) -> Path | None:
        self.asked += 1
        return self.answer


@pytest.fixture
def dialog(qtbot: QtBot, services: Services, runner: InlineTaskRunner) -> PrinterProfileDialog:
    widget = PrinterProfileDialog(services.printing, runner)
    qtbot.addWidget(widget)
    return widget


def test_the_dialog_saves_a_profile(qtbot: QtBot, dialog: PrinterProfileDialog, services: Services) -> None:
    dialog.show()
    assert dialog.windowTitle() == "Độ lệch máy in"
    assert dialog.ui.xSpin.singleStep() == 0.5 and dialog.ui.ySpin.maximum() == 15.0
    assert dialog.ui.xSpin.minimum() == -15.0
    type_text(dialog.ui.nameEdit, "Máy in tầng 2")
    dialog.ui.xSpin.stepUp()
    dialog.ui.xSpin.stepUp()
    dialog.ui.xSpin.stepUp()
    dialog.ui.ySpin.setValue(-2.0)
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.ui.saveButton.click()
    assert saved.args == [PrinterProfile("Máy in tầng 2", 1.5, -2.0, is_default=True)]
    assert services.printer_profiles.list() == saved.args
    assert dialog.result() == PrinterProfileDialog.DialogCode.Accepted


def test_the_dialog_says_why_it_cannot_save(qtbot: QtBot, dialog: PrinterProfileDialog,
                                            services: Services) -> None:
    dialog.show()
    dialog.ui.saveButton.click()
    assert dialog.ui.messageLabel.text() == "Tên máy in: bắt buộc phải có"
    assert dialog.isVisible() and dialog.ui.saveButton.isEnabled()
    dialog.ui.xSpin.setValue(22.0)  # the spin box itself keeps offsets within the template's limit
    assert dialog.ui.xSpin.value() == 15.0
    assert services.printer_profiles.list() == []


def test_the_calibration_page_uses_the_typed_offsets(qtbot: QtBot, dialog: PrinterProfileDialog) -> None:
    dialog.show()
    dialog.ui.xSpin.setValue(2.5)
    dialog.ui.ySpin.setValue(-1.0)
    dialog.ui.calibrationButton.click()
    preview = dialog.preview
    assert preview is not None and preview.isVisible() and preview.page_count() == 1
    pdf = dialog.calibration_pdf
    assert pdf is not None
    data = pdf.read_bytes()
    assert "X = 2.5 mm; Y = -1 mm" in page_text(data)
    label = next(run for run in runs(data) if run.text.startswith("7 Người nhận"))
    assert label.x_mm == pytest.approx(148.5 + 2.5 + 2.0, abs=0.05)
    assert dialog.ui.messageLabel.text() == ("Hãy in trang căn chỉnh ở tỷ lệ 100 % "
                                             "(bản xem trước không thu phóng khi in).")
    preview.close()
    assert not pdf.exists()  # the temporary page goes with its preview


def make_page(qtbot: QtBot, services: Services, runner: InlineTaskRunner, target: Path,
              emblem: Path | None = None) -> CertificatesPage:
    page = CertificatesPage(services.certificates, services.printing, services.rewards, runner,
                            choose_target=Answers(target), choose_emblem=Answers(emblem))
    qtbot.addWidget(page)
    page.resize(1000, 600)
    return page


def combo_texts(page: CertificatesPage) -> list[str]:
    combo = page.ui.profileCombo
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_page_prints_on_blanks_with_the_chosen_printer(qtbot: QtBot, services: Services,
                                                           runner: InlineTaskRunner, tmp_path: Path) -> None:
    issue_decision(services, collectives=COLLECTIVES[:1])
    services.printer_profiles.save("Canon", -1.0, 0.5)
    services.printer_profiles.save("HP tầng 2", 3.0, 2.0, make_default=True)
    page = make_page(qtbot, services, runner, tmp_path / "phoi.pdf")
    page.show()
    assert page.ui.blankCheck.text() == "In lên &phôi in sẵn"
    assert combo_texts(page) == ["Không dời (0 mm)", "Canon (X = -1 mm; Y = 0,5 mm)",
                                 "HP tầng 2 (X = 3 mm; Y = 2 mm)"]
    assert page.chosen_profile() == "HP tầng 2"  # the default printer is preselected
    assert not page.ui.profileCombo.isEnabled()
    page.ui.blankCheck.setChecked(True)
    assert page.ui.profileCombo.isEnabled()
    page.ui.profileCombo.setCurrentIndex(1)
    page.ui.printButton.click()
    assert page.preview is not None and page.preview.page_count() == 1
    page.preview.close()
    with services.uow.read() as session:
        record = session.execute(sa.select(PrintRecord.on_blank, PrintRecord.printer_profile,
                                           PrintRecord.offset_x_mm, PrintRecord.offset_y_mm)).one()
    assert tuple(record) == (True, "Canon", "-1", "0.5")
    name = next(run for run in runs((tmp_path / "phoi.pdf").read_bytes()) if run.text == COLLECTIVES[0])
    plain = services.printing.print_decision(page.ui.decisionCombo.currentData(), tmp_path / "0.pdf",
                                             blank=True, offset_mm=(0, 0)).path.read_bytes()
    unmoved = next(run for run in runs(plain) if run.text == COLLECTIVES[0])
    assert (name.x_mm - unmoved.x_mm, name.y_mm - unmoved.y_mm) == pytest.approx((-1.0, -0.5), abs=0.01)


def test_offsets_button_edits_the_chosen_printer(qtbot: QtBot, services: Services, runner: InlineTaskRunner,
                                                 tmp_path: Path) -> None:
    services.printer_profiles.save("Canon", -1.0, 0.5)
    page = make_page(qtbot, services, runner, tmp_path / "x.pdf")
    page.show()
    page.ui.profileCombo.setCurrentIndex(1)
    page.ui.offsetsButton.click()
    dialog = page.profile_dialog
    assert dialog is not None and dialog.isVisible()
    ui = dialog.ui
    assert (ui.nameEdit.text(), ui.xSpin.value(), ui.ySpin.value()) == ("Canon", -1.0, 0.5)
    dialog.ui.ySpin.stepDown()
    dialog.ui.saveButton.click()
    assert not dialog.isVisible()
    assert page.ui.messageLabel.text() == "Đã lưu độ lệch của máy in Canon: X = -1 mm; Y = 0 mm."
    assert combo_texts(page)[1] == "Canon (X = -1 mm; Y = 0 mm)" and page.chosen_profile() == "Canon"
    assert services.printer_profiles.get("Canon").offset_mm == (-1.0, 0.0)


def test_the_emblem_button_stores_the_setting(qtbot: QtBot, services: Services, runner: InlineTaskRunner,
                                              tmp_path: Path) -> None:
    image = tmp_path / "bieu-trung.png"
    page = make_page(qtbot, services, runner, tmp_path / "x.pdf", emblem=image)
    page.show()
    assert page.ui.emblemLabel.text() == "Chưa có biểu trưng"
    page.ui.emblemButton.click()  # the file does not exist yet: refused, naming it
    assert page.ui.messageLabel.text() == (f"Không tìm thấy tệp ảnh biểu trưng “{image}”. "
                                           "Hãy chọn lại ảnh trong Cài đặt.")
    Image.new("RGB", (40, 40), (200, 0, 0)).save(image)
    page.ui.emblemButton.click()
    assert services.printer_profiles.emblem_path() == image
    assert page.ui.emblemLabel.text() == "Biểu trưng: bieu-trung.png"
    assert page.ui.messageLabel.text() == f"Ảnh biểu trưng: {image}."
