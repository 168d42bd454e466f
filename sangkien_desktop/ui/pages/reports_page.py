"""Reports (Báo cáo): the quarterly and phase reports to the upper union, and the Excel lists.

The officer picks the report, programme, period and the date the figures count by, then a file;
the report is computed and written on the db lane (``ReportService``), the page says where it went.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QTabWidget, QWidget

from sangkien_desktop.domain.dashboard import CountBasis, ProgrammeInfo, ReportDocument, quarter_of
from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.model import RegistryFilter
from sangkien_desktop.domain.text import format_date, format_number
from sangkien_desktop.ui.forms.ui_reports_page import Ui_ReportsPage
from sangkien_desktop.ui.i18n import arg
from sangkien_desktop.ui.pages.dashboard_page import DashboardPage
from sangkien_desktop.ui.tasks import Runner

if TYPE_CHECKING:
    from sangkien_desktop.services.dashboard import DashboardService
    from sangkien_desktop.services.reports import ReportService

__all__ = ["LISTS", "ChooseFile", "ReportsPage", "ReportsSection", "choose_file"]

ChooseFile = Callable[[QWidget, str, str], Path | None]  # parent, suggested name, suffix → target
QUARTERLY, PHASE = "quarterly", "phase"
LISTS = ("initiatives", "authors", "rewards", "certificates")


def choose_file(parent: QWidget, suggested: str, suffix: str) -> Path | None:
    """The save dialog; the suffix is added when the officer leaves it out."""
    kinds = {".xlsx": QCoreApplication.translate("ReportsPage", "Excel workbooks (*.xlsx)"),
             ".pdf": QCoreApplication.translate("ReportsPage", "PDF documents (*.pdf)")}
    caption = QCoreApplication.translate("ReportsPage", "Save as")
    name, _ = QFileDialog.getSaveFileName(parent, caption, suggested, kinds[suffix])
    if not name:
        return None
    return Path(name if name.lower().endswith(suffix) else name + suffix)


class ReportsPage(QWidget):
    """``saved(Path)`` is emitted once a report or list has been written."""

    saved = Signal(object)

    def __init__(self, reports: ReportService, runner: Runner, parent: QWidget | None = None, *,
                 today: date | None = None, choose: ChooseFile = choose_file) -> None:
        super().__init__(parent)
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        self._reports, self._runner, self._choose = reports, runner, choose
        self._programmes: tuple[ProgrammeInfo, ...] = ()
        self._busy = False
        day = today or date.today()
        self._fill_choices(day)
        self._align_labels()
        ui = self.ui
        ui.kindCombo.currentIndexChanged.connect(self._update)
        ui.programmeCombo.currentIndexChanged.connect(self._fill_phases)
        ui.listYearCheck.toggled.connect(self._update)
        ui.saveExcelButton.clicked.connect(partial(self.save_report, ".xlsx"))
        ui.savePdfButton.clicked.connect(partial(self.save_report, ".pdf"))
        ui.exportButton.clicked.connect(self.export_list)
        runner.run(reports.programmes, lane="db", on_success=self._fill_programmes, on_failure=self._failed)
        self._update()

    def _fill_choices(self, day: date) -> None:
        ui = self.ui
        ui.kindCombo.addItem(self.tr("Quarterly report"), QUARTERLY)
        ui.kindCombo.addItem(self.tr("Phase (interim review) report"), PHASE)
        for quarter in range(1, 5):
            ui.quarterCombo.addItem(arg(self.tr("Quarter %1"), quarter), quarter)
        ui.quarterCombo.setCurrentIndex(quarter_of(day) - 1)
        ui.yearSpin.setValue(day.year)
        ui.listYearSpin.setValue(day.year)
        basis_labels = {CountBasis.UPLOAD: self.tr("Date the upper union's server received the upload"),
                        CountBasis.APPLIED: self.tr("Date of first application"),
                        CountBasis.DECISION: self.tr("Date of the recognition decision")}
        for basis, text in basis_labels.items():
            ui.basisCombo.addItem(text, basis)
        list_labels = (self.tr("Initiatives"), self.tr("Authors (by given name)"), self.tr("Rewards"),
                       self.tr("Certificates issued"))
        for key, text in zip(LISTS, list_labels, strict=True):
            ui.listCombo.addItem(text, key)
        ui.programmeCombo.addItem(self.tr("The programme running in the period"), None)

    def _align_labels(self) -> None:
        """One label column across both groups, as if they were a single form."""
        ui = self.ui
        labels = (ui.kindLabel, ui.programmeLabel, ui.yearLabel, ui.phaseLabel, ui.basisLabel, ui.listLabel)
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)

    def _fill_programmes(self, programmes: tuple[ProgrammeInfo, ...]) -> None:
        self._programmes = programmes
        for programme in programmes:
            self.ui.programmeCombo.addItem(programme.name, programme.id)
            self.ui.programmeCombo.setItemData(self.ui.programmeCombo.count() - 1, programme.name,
                                               Qt.ItemDataRole.ToolTipRole)
        self._fill_phases()

    def _fill_phases(self) -> None:
        combo = self.ui.phaseCombo
        combo.clear()
        chosen = self.ui.programmeCombo.currentData()
        # "The running programme": the phases of the newest one, which the officer sees named.
        programme = next((p for p in self._programmes if p.id == chosen), None)
        if programme is None and self._programmes:
            programme = self._programmes[0]
        for number, phase in enumerate(programme.phases if programme else (), start=1):
            span = f"{format_date(phase.starts_on)} – {format_date(phase.ends_on)}"
            combo.addItem(f"{phase.name} ({span})", (programme.id if programme else None, number))
        self._update()

    def _update(self) -> None:
        ui = self.ui
        quarterly = ui.kindCombo.currentData() == QUARTERLY
        for widget in (ui.yearSpin, ui.quarterCombo, ui.yearLabel, ui.quarterLabel):
            widget.setEnabled(quarterly)
        ui.phaseCombo.setEnabled(not quarterly)
        ui.phaseLabel.setEnabled(not quarterly)
        ready = not self._busy and (quarterly or ui.phaseCombo.count() > 0)
        ui.saveExcelButton.setEnabled(ready)
        ui.savePdfButton.setEnabled(ready)
        ui.listYearSpin.setEnabled(ui.listYearCheck.isChecked())
        ui.exportButton.setEnabled(not self._busy)

    # -- saving -------------------------------------------------------------------------------------

    def save_report(self, suffix: str) -> None:
        ui = self.ui
        quarterly = ui.kindCombo.currentData() == QUARTERLY
        if quarterly:
            suggested = f"bao-cao-quy-{ui.quarterCombo.currentData()}-{ui.yearSpin.value()}{suffix}"
        else:
            suggested = f"bao-cao-so-ket-giai-doan-{ui.phaseCombo.currentData()[1]}{suffix}"
        target = self._choose(self, suggested, suffix)
        if target is None:
            return
        build = self._report_builder(quarterly)
        self._start(partial(_make_report, self._reports, build, target),
                    arg(self.tr("Saving the report to %1…"), str(target)))

    def _report_builder(self, quarterly: bool) -> Callable[[], ReportDocument]:
        ui = self.ui
        basis, programme = CountBasis(ui.basisCombo.currentData()), ui.programmeCombo.currentData()
        if quarterly:
            return partial(self._reports.quarterly, ui.yearSpin.value(), ui.quarterCombo.currentData(), basis,
                           programme)
        programme_id, number = ui.phaseCombo.currentData()  # the phases listed are of one programme
        return partial(self._reports.phase, number, basis, programme_id)

    def export_list(self) -> None:
        ui = self.ui
        key = ui.listCombo.currentData()
        year = ui.listYearSpin.value() if ui.listYearCheck.isChecked() else None
        suggested = f"danh-sach-{key}" + ("" if year is None else f"-{year}") + ".xlsx"
        target = self._choose(self, suggested, ".xlsx")
        if target is None:
            return
        self._start(partial(_export, self._reports, key, target, year),
                    arg(self.tr("Exporting to %1…"), str(target)))

    def _start(self, op: Callable[[], tuple[Path, int | None]], text: str) -> None:
        self._busy = True
        self._update()
        self.ui.resultLabel.setText(text)
        self._runner.run(op, lane="db", on_success=self._done, on_failure=self._failed)

    def _done(self, result: tuple[Path, int | None]) -> None:
        target, rows = result
        self._busy = False
        self._update()
        if rows is None:
            self.ui.resultLabel.setText(arg(self.tr("Saved: %1"), str(target)))
        else:
            self.ui.resultLabel.setText(arg(self.tr("Saved %1 rows: %2"), format_number(rows), str(target)))
        self.saved.emit(target)

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self._update()
        if not isinstance(exc, KnownError):
            raise exc
        self.ui.resultLabel.setText(exc.message)


def _make_report(reports: ReportService, build: Callable[[], ReportDocument],
                 target: Path) -> tuple[Path, None]:
    """Runs on the db lane: compute the report and write it."""
    return reports.save(build(), target), None


def _export(reports: ReportService, key: str, target: Path, year: int | None) -> tuple[Path, int]:
    """Runs on the db lane."""
    if key == "initiatives":
        return target, reports.export_initiatives(target, RegistryFilter(year=year))
    exports = {"authors": reports.export_authors, "rewards": reports.export_rewards,
               "certificates": reports.export_certificates}
    return target, exports[key](target, year)


class ReportsSection(QTabWidget):
    """The main window's reports section: "Overview" (the dashboard) and "Reports" (files to send)."""

    def __init__(self, dashboard: DashboardService, reports: ReportService, runner: Runner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsSection")
        self.dashboard = DashboardPage(dashboard, runner, self)
        self.reports = ReportsPage(reports, runner, self)
        self.addTab(self.dashboard, self.tr("Overview"))
        self.addTab(self.reports, self.tr("Reports"))
