"""The import wizard on a real store: file → encoding → columns → preview → import, on the db lane."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from sangkien_desktop.domain.columns import ListColumn
from sangkien_desktop.domain.importing import ImportResult, TextEncoding
from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.services.container import Services
from sangkien_desktop.ui.dialogs.import_wizard import ImportWizard, open_import_wizard
from sangkien_desktop.ui.models.alignment import LEFT, RIGHT
from sangkien_desktop.ui.models.import_tables import PreviewColumn, ProblemColumn
from sangkien_desktop.ui.tasks import InlineTaskRunner

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def wizard(qtbot: QtBot, services: Services, runner: InlineTaskRunner) -> ImportWizard:
    dialog = ImportWizard(services.importing, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def go_next(qtbot: QtBot, wizard: ImportWizard) -> None:
    before = wizard.currentPage()
    wizard.button(QWizard.WizardButton.NextButton).click()
    qtbot.waitUntil(lambda: wizard.currentPage() is not before)


def choose(qtbot: QtBot, wizard: ImportWizard, name: str) -> None:
    wizard.ui.pathEdit.setText(str(DATA / name))
    go_next(qtbot, wizard)


def test_the_whole_way_through(
    qtbot: QtBot, wizard: ImportWizard, services: Services, runner: InlineTaskRunner
) -> None:
    choose(qtbot, wizard, "import_renamed.xlsx")
    assert wizard.currentPage() is wizard.ui.encodingPage
    assert runner.calls == ["db"]
    assert "Unicode" in wizard.ui.detectedLabel.text()
    go_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.ui.mappingPage
    assert "dòng 4" in wizard.ui.headerRowLabel.text()
    go_next(qtbot, wizard)  # nothing changed: no second analysis
    assert wizard.currentPage() is wizard.ui.previewPage and runner.calls == ["db"]
    assert "4 dòng" in wizard.ui.summaryLabel.text() and "3 dòng nhập được" in wizard.ui.summaryLabel.text()
    assert wizard.problems.rowCount() == 3 and wizard.previews.rowCount() == 3
    assert wizard.problems.data(wizard.problems.index(0, 3)) == "«Sáng tạo» không phải giá trị được nhận ra"
    assert not wizard.ui.includeDuplicatesCheck.isVisibleTo(wizard)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.text() == "&Nhập 3 sáng kiến"
    with qtbot.waitSignal(wizard.imported) as signal:
        finish.click()
    result = signal.args[0]
    assert isinstance(result, ImportResult) and result.imported == 3
    assert services.initiatives.list().total == 3
    assert not wizard.isVisible()


def test_legacy_encoding_before_and_after(
    qtbot: QtBot, wizard: ImportWizard, runner: InlineTaskRunner
) -> None:
    choose(qtbot, wizard, "import_tcvn3.xlsx")
    ui = wizard.ui
    assert ui.encodingCombo.currentData() == TextEncoding.TCVN3
    assert ".VnTime" in ui.detectedLabel.text()
    samples = ui.samplesLabel.text()
    assert "Nguyễn Thị Hường" in samples and "NguyÔn" in samples
    ui.encodingCombo.setCurrentIndex(ui.encodingCombo.findData(TextEncoding.UNICODE))
    assert "Nguyễn Thị Hường" not in ui.samplesLabel.text()
    go_next(qtbot, wizard)  # the file is read again without conversion
    assert runner.calls == ["db", "db"]
    assert wizard.plan is not None and wizard.plan.mapping.encoding is TextEncoding.UNICODE


def test_correcting_the_columns(qtbot: QtBot, wizard: ImportWizard, services: Services) -> None:
    choose(qtbot, wizard, "import_renamed.xlsx")
    go_next(qtbot, wizard)
    assert wizard.plan is not None
    phone = next(c.index for c in wizard.plan.mapping.columns if c.header == "Số điện thoại")
    combo = wizard._target_combos[phone]
    combo.setCurrentIndex(combo.findData(ListColumn.NOTES))
    wizard.ui.monthFirstCheck.setChecked(True)
    go_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.ui.previewPage
    assert wizard.plan.mapping.columns[phone].target is ListColumn.NOTES and wizard.plan.mapping.month_first
    title = wizard.plan.mapping.index_of(ListColumn.TITLE)
    wizard.back()
    combo = wizard._target_combos[title]  # type: ignore[index]
    combo.setCurrentIndex(combo.findData(None))
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentPage() is wizard.ui.mappingPage
    assert "Tên sáng kiến" in wizard.ui.mappingErrorLabel.text()


def test_a_refused_file_says_why(qtbot: QtBot, wizard: ImportWizard) -> None:
    wizard.ui.pathEdit.setText(str(DATA / "import_password.xlsx"))
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentPage() is wizard.ui.filePage
    assert "mật khẩu" in wizard.ui.fileErrorLabel.text()
    wizard.ui.pathEdit.clear()
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.ui.fileErrorLabel.text() == "Hãy chọn tệp trước."


def test_cancelled_import_writes_nothing(
    qtbot: QtBot, wizard: ImportWizard, services: Services, runner: InlineTaskRunner
) -> None:
    choose(qtbot, wizard, "import_normal.xlsx")
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    runner.cancel_next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible() and wizard.import_result is None
    assert "không có gì được nhập" in wizard.ui.resultLabel.text().lower()
    assert services.initiatives.list().total == 0


def test_duplicates_may_be_imported_on_request(
    qtbot: QtBot, wizard: ImportWizard, services: Services, make_initiative: Callable[..., InitiativeView]
) -> None:
    make_initiative(
        title="Cải tiến băng tải phân xưởng 1", authors=[{"name": "Nguyễn Thị Hoa"}], status="Y_TUONG"
    )
    choose(qtbot, wizard, "import_normal.xlsx")
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    ui = wizard.ui
    assert ui.includeDuplicatesCheck.isVisibleTo(wizard)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.text() == "&Nhập 4 sáng kiến"
    ui.includeDuplicatesCheck.setChecked(True)
    assert finish.text() == "&Nhập 5 sáng kiến"
    finish.click()
    assert services.initiatives.list().total == 6


def test_models(qtmodeltester: object, wizard: ImportWizard, qtbot: QtBot) -> None:
    choose(qtbot, wizard, "import_renamed.xlsx")
    go_next(qtbot, wizard)
    go_next(qtbot, wizard)
    qtmodeltester.check(wizard.problems)  # type: ignore[attr-defined]
    qtmodeltester.check(wizard.previews)  # type: ignore[attr-defined]
    problems, previews = wizard.problems, wizard.previews
    horizontal = Qt.Orientation.Horizontal
    assert [problems.headerData(c, horizontal) for c in range(problems.columnCount())] == [
        "Dòng", "Cột", "Loại", "Nội dung"]
    kind = problems.index(0, ProblemColumn.KIND)
    assert problems.data(kind) == "Lỗi"
    assert problems.data(kind, Qt.ItemDataRole.ForegroundRole) == QColor("#b3261e")
    assert problems.data(problems.index(0, ProblemColumn.ROW), Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    benefit = previews.index(0, PreviewColumn.BENEFIT)
    assert previews.data(benefit, Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert previews.data(previews.index(0, PreviewColumn.TITLE), Qt.ItemDataRole.TextAlignmentRole) == LEFT
    assert previews.data(previews.index(0, PreviewColumn.ROW)) == "5"


def test_open_import_wizard(qtbot: QtBot, services: Services, runner: InlineTaskRunner) -> None:
    wizard = open_import_wizard(None, services, runner)
    qtbot.addWidget(wizard)
    assert wizard.isVisible() and wizard.windowTitle() == "Nhập sáng kiến từ Excel"
    wizard.reject()


def test_the_registry_opens_the_wizard_and_reloads_after_an_import(
        qtbot: QtBot, services: Services, runner: InlineTaskRunner) -> None:
    from sangkien_desktop.ui.pages.initiatives_page import InitiativesPage

    page = InitiativesPage(services.initiatives, runner)
    qtbot.addWidget(page)
    page.wire_editor(services, runner)
    assert page.ui.importButton.isEnabled() and page.ui.importButton.text() == "Nhập từ Excel…"
    wizard = page.open_import(services, runner)
    qtbot.addWidget(wizard)
    assert wizard.isVisible()
