"""The reports page offscreen: choosing a report, period and basis, saving it, exporting lists."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from sangkien_desktop.domain.dashboard import CountBasis
from sangkien_desktop.ui.pages.reports_page import LISTS, PHASE, ReportsPage
from sangkien_desktop.ui.tasks import InlineTaskRunner
from tests.dashboard.conftest import KnownStore, known  # noqa: F401  (the fixture)


class Chooser:
    """Stands in for the save dialog: answers with a file in ``folder`` (or None: cancelled)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.asked: list[tuple[str, str]] = []

    def __call__(self, _parent: object, suggested: str, suffix: str) -> Path | None:
        self.asked.append((suggested, suffix))
        return None if self.folder is None else self.folder / suggested


def make_page(qtbot: QtBot, known: KnownStore, runner: InlineTaskRunner,  # noqa: F811
              chooser: Chooser) -> ReportsPage:
    page = ReportsPage(known.services.reports, runner, today=date(2025, 5, 20), choose=chooser)
    qtbot.addWidget(page)
    page.resize(900, 520)
    page.show()
    return page


def test_quarterly_report_saved_as_excel(qtbot: QtBot, known: KnownStore, runner: InlineTaskRunner,  # noqa: F811
                                         tmp_path: Path) -> None:
    chooser = Chooser(tmp_path)
    page = make_page(qtbot, known, runner, chooser)
    ui = page.ui
    assert (ui.yearSpin.value(), ui.quarterCombo.currentText()) == (2025, "Quý 2")  # today's quarter
    assert ui.basisCombo.currentData() == CountBasis.UPLOAD
    assert not ui.phaseCombo.isEnabled()
    page.grab().save(str(tmp_path / "reports-page.png"))
    with qtbot.waitSignal(page.saved, timeout=3000) as saved:
        ui.saveExcelButton.click()
    target = tmp_path / "bao-cao-quy-2-2025.xlsx"
    assert saved.args == [target] and chooser.asked == [("bao-cao-quy-2-2025.xlsx", ".xlsx")]
    assert ui.resultLabel.text() == f"Đã lưu: {target}"
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None
    # "The programme running in the period": the known programme covers quarter 2 of 2025.
    assert sheet["A6"].value.startswith("Kết quả thực hiện Chương trình “Sáng kiến vì năng suất 2025–2026”")


def test_phase_report_as_pdf_counted_by_decision_date(qtbot: QtBot, known: KnownStore,  # noqa: F811
                                                      runner: InlineTaskRunner, tmp_path: Path) -> None:
    page = make_page(qtbot, known, runner, Chooser(tmp_path))
    ui = page.ui
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(PHASE))
    assert ui.phaseCombo.isEnabled() and not ui.yearSpin.isEnabled()
    assert [ui.phaseCombo.itemText(i) for i in range(ui.phaseCombo.count())] == [
        "Giai đoạn 1 (01/01/2025 – 30/06/2025)", "Giai đoạn 2 (01/07/2025 – 31/12/2026)"]
    ui.phaseCombo.setCurrentIndex(1)
    ui.basisCombo.setCurrentIndex(ui.basisCombo.findData(CountBasis.DECISION))
    ui.savePdfButton.click()
    target = tmp_path / "bao-cao-so-ket-giai-doan-2.pdf"
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(target).pages)
    assert "BÁO CÁO SƠ KẾT" in text and "giai đoạn 2 (01/07/2025 – 31/12/2026)" in text
    assert "số liệu tính theo ngày quyết định công nhận" in text


@pytest.mark.parametrize(("key", "rows"), [("initiatives", 5), ("authors", 5), ("rewards", 4),
                                           ("certificates", 0)])
def test_lists_for_one_year(qtbot: QtBot, known: KnownStore, runner: InlineTaskRunner,  # noqa: F811
                            tmp_path: Path, key: str, rows: int) -> None:
    page = make_page(qtbot, known, runner, Chooser(tmp_path))
    ui = page.ui
    ui.listCombo.setCurrentIndex(LISTS.index(key))
    assert not ui.listYearSpin.isEnabled()
    ui.listYearCheck.setChecked(True)
    assert ui.listYearSpin.isEnabled() and ui.listYearSpin.value() == 2025
    ui.exportButton.click()
    target = tmp_path / f"danh-sach-{key}-2025.xlsx"
    assert ui.resultLabel.text() == f"Đã lưu {rows} dòng: {target}"
    assert target.exists()


def test_cancelled_dialog_writes_nothing(qtbot: QtBot, known: KnownStore, runner: InlineTaskRunner,  # noqa: F811
                                        tmp_path: Path) -> None:
    page = make_page(qtbot, known, runner, Chooser(None))
    page.ui.saveExcelButton.click()
    page.ui.exportButton.click()
    assert page.ui.resultLabel.text() == "" and runner.calls.count("db") == 1  # only the programmes list


def test_a_folder_that_does_not_exist_is_reported(qtbot: QtBot, known: KnownStore,  # noqa: F811
                                                  runner: InlineTaskRunner, tmp_path: Path) -> None:
    page = make_page(qtbot, known, runner, Chooser(tmp_path / "khong-co"))
    page.ui.savePdfButton.click()
    assert page.ui.resultLabel.text() == f"Thư mục “{tmp_path / 'khong-co'}” không tồn tại."
    assert page.ui.savePdfButton.isEnabled() and page.ui.exportButton.isEnabled()
