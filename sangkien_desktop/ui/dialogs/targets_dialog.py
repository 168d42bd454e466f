"""Entering a programme's targets (chỉ tiêu được giao / đăng ký) for a year, a quarter or a phase.

The dialog reads the programmes and the chosen programme's recorded targets in one go
(``DashboardService.target_sheet``) and shows the recorded values of whichever period is picked, with no
further reading. Save writes that period's target through ``DashboardService.set_target`` on the db
lane and keeps the dialog open, so a year and its quarters can be entered one after the other.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QPushButton, QWidget

from sangkien_desktop.domain.dashboard import (
    ROMAN_QUARTERS,
    PhaseInfo,
    ReportPeriod,
    TargetInput,
    TargetProgress,
    TargetSheet,
    TargetValue,
    quarter_of,
)
from sangkien_desktop.domain.enums import PeriodKind
from sangkien_desktop.domain.errors import FieldProblem, ValidationError
from sangkien_desktop.domain.model import RegistryFilter
from sangkien_desktop.domain.text import format_date, format_number
from sangkien_desktop.ui.dialogs.editor_fields import InlineMessages, Tone
from sangkien_desktop.ui.forms.ui_targets_dialog import Ui_TargetsDialog
from sangkien_desktop.ui.i18n import arg
from sangkien_desktop.ui.tasks import Runner
from sangkien_desktop.ui.widgets.combos import fill_enum_combo

if TYPE_CHECKING:
    from sangkien_desktop.services.dashboard import DashboardService

__all__ = ["TargetsDialog"]


class TargetsDialog(QDialog):
    """The targets of one programme and period: pick them, see what is recorded, change it, save.

    ``programme_id`` None opens on the programme running today; ``period`` None on today's quarter.
    ``saved(TargetProgress)`` is emitted after each save, with the progress on the saved target.
    """

    saved = Signal(object)

    def __init__(self, dashboard: DashboardService, runner: Runner, parent: QWidget | None = None, *,
                 programme_id: str | None = None, period: ReportPeriod | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TargetsDialog()
        self.ui.setupUi(self)
        self._dashboard = dashboard
        self._runner = runner
        self._request = 0
        self._busy = False
        self.sheet: TargetSheet | None = None
        self.messages = InlineMessages(self.ui.messageLabel)
        day = today or date.today()
        start = period or ReportPeriod.of_quarter(day.year, quarter_of(day))
        self._wanted_phase = start.phase_id
        self._set_up(start)
        self._load(programme_id)

    def _set_up(self, start: ReportPeriod) -> None:
        ui = self.ui
        for key, widget in (("programme", ui.programmeCombo), ("phase", ui.phaseCombo),
                            ("assigned", ui.assignedEdit), ("registered", ui.registeredEdit)):
            self.messages.add_under(key, widget)
        self.messages.clear()
        fill_enum_combo(ui.kindCombo, PeriodKind)
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(start.kind))
        ui.yearSpin.setRange(RegistryFilter.MIN_YEAR, RegistryFilter.MAX_YEAR)
        ui.yearSpin.setValue(start.year)
        for quarter, roman in enumerate(ROMAN_QUARTERS, start=1):
            ui.quarterCombo.addItem(arg(self.tr("%1 (months %2–%3)"), roman, 3 * quarter - 2, 3 * quarter),
                                    quarter)
        ui.quarterCombo.setCurrentIndex(ui.quarterCombo.findData(start.quarter or 1))
        ui.programmeCombo.activated.connect(lambda: self._load(ui.programmeCombo.currentData()))
        ui.kindCombo.currentIndexChanged.connect(self._show_kind)
        for changed in (ui.yearSpin.valueChanged, ui.quarterCombo.currentIndexChanged,
                        ui.phaseCombo.currentIndexChanged):
            changed.connect(self._show_recorded)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self._show_kind()

    # -- loading ------------------------------------------------------------------------------------

    def _load(self, programme_id: str | None) -> None:
        """Read the programmes and the recorded targets of ``programme_id`` on the db lane."""
        self._request += 1
        self._set_busy(True)
        self._runner.run(partial(self._dashboard.target_sheet, programme_id), lane="db",
                         on_success=partial(self._loaded, self._request), on_failure=self._failed)

    def _loaded(self, request: int, sheet: TargetSheet) -> None:
        if request != self._request:
            return  # another programme was chosen meanwhile
        self.sheet = sheet
        self._fill_programmes(sheet)
        self._fill_phases(sheet)
        self._set_busy(False)
        self.ui.formWidget.setEnabled(sheet.programme is not None)
        if sheet.programme is None:
            self.ui.currentLabel.clear()
            self.messages.show_general(self.tr("No programme has been entered yet: targets belong to a "
                                               "programme."), Tone.WARNING)
            return
        self._show_recorded()

    def _fill_programmes(self, sheet: TargetSheet) -> None:
        combo = self.ui.programmeCombo
        combo.blockSignals(True)
        combo.clear()
        for programme in sheet.programmes:
            combo.addItem(programme.name, programme.id)
            combo.setItemData(combo.count() - 1, programme.name, Qt.ItemDataRole.ToolTipRole)
        if sheet.programme is not None:
            combo.setCurrentIndex(combo.findData(sheet.programme.id))
        combo.blockSignals(False)

    def _fill_phases(self, sheet: TargetSheet) -> None:
        combo = self.ui.phaseCombo
        wanted = self._wanted_phase if combo.count() == 0 else combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for phase in sheet.programme.phases if sheet.programme is not None else ():
            combo.addItem(f"{phase.name} ({format_date(phase.starts_on)} – {format_date(phase.ends_on)})",
                          phase.id)
        combo.setCurrentIndex(max(0, combo.findData(wanted)))
        combo.blockSignals(False)

    # -- the chosen period --------------------------------------------------------------------------

    def chosen_period(self) -> ReportPeriod | None:
        """The period picked in the form; None for a phase of a programme that has none."""
        ui = self.ui
        kind = ui.kindCombo.currentData()
        if kind == PeriodKind.NAM:
            return ReportPeriod.of_year(ui.yearSpin.value())
        if kind == PeriodKind.QUY:
            return ReportPeriod.of_quarter(ui.yearSpin.value(), int(ui.quarterCombo.currentData()))
        phase = self._chosen_phase()
        if phase is None:
            return None
        return ReportPeriod.of_phase(phase.id, phase.name, phase.starts_on, phase.ends_on)

    def _chosen_phase(self) -> PhaseInfo | None:
        programme = self.sheet.programme if self.sheet is not None else None
        phase_id = self.ui.phaseCombo.currentData()
        phases = programme.phases if programme is not None else ()
        return next((p for p in phases if p.id == phase_id), None)

    def _show_kind(self) -> None:
        """Only the rows the period kind needs: the year (and quarter), or the phase."""
        ui = self.ui
        kind = ui.kindCombo.currentData()
        ui.form.setRowVisible(ui.yearSpin, kind != PeriodKind.DOT)
        ui.form.setRowVisible(ui.quarterCombo, kind == PeriodKind.QUY)
        ui.form.setRowVisible(ui.phaseCombo, kind == PeriodKind.DOT)
        self._show_recorded()

    def _show_recorded(self) -> None:
        """The recorded target of the chosen period, in the label and (to be changed) in the fields."""
        self.messages.clear()
        self._update_save()
        if self.sheet is None or self.sheet.programme is None:
            return
        ui = self.ui
        period = self.chosen_period()
        if period is None:
            ui.currentLabel.setText(self.tr("This programme has no phases: choose a year or a quarter."))
            return
        recorded = self.sheet.target_of(period)
        if recorded is None:
            ui.currentLabel.setText(self.tr("No target has been set for this period yet."))
            ui.assignedEdit.clear()
            ui.registeredEdit.clear()
            return
        ui.currentLabel.setText(arg(self.tr("Recorded target: %1 assigned, %2 registered."),
                                    format_number(recorded.assigned), format_number(recorded.registered)))
        ui.assignedEdit.setText(format_number(recorded.assigned))
        ui.registeredEdit.setText(format_number(recorded.registered))

    # -- saving -------------------------------------------------------------------------------------

    def target_input(self) -> TargetInput:
        """The form as a target; ``ValidationError`` (Vietnamese, by field) for what cannot be saved."""
        period = self.chosen_period()
        programme = self.sheet.programme if self.sheet is not None else None
        if programme is None:
            raise ValidationError([FieldProblem("programme", self.tr("Programme"),
                                                self.tr("choose a programme"))])
        if period is None:
            raise ValidationError([FieldProblem("phase", self.tr("Phase"),
                                                self.tr("this programme has no phases"))])
        return TargetInput.from_texts(programme.id, period, self.ui.assignedEdit.text(),
                                      self.ui.registeredEdit.text())

    def save(self) -> None:
        """Check the form on the spot, then save through the service; nothing is written on bad input."""
        self.messages.clear()
        try:
            data = self.target_input()
        except ValidationError as exc:
            self._failed(exc)
            return
        self._set_busy(True)
        self._runner.run(partial(self._dashboard.set_target, data), lane="db",
                         on_success=self._saved, on_failure=self._failed)

    def _saved(self, progress: TargetProgress) -> None:
        self._set_busy(False)
        period = progress.period
        if self.sheet is not None:
            self.sheet = self.sheet.with_target(TargetValue(period.kind, period.target_period,
                                                            progress.assigned or 0, progress.registered or 0))
        self._show_recorded()
        valid = format_number(progress.valid)
        done = (arg(self.tr("Saved. %1 valid initiatives in this period."), valid) if progress.percent is None
                else arg(self.tr("Saved. %1 valid initiatives in this period: %2 of the assigned target."),
                         valid, progress.percent_text))
        self.messages.show_general(done, Tone.INFO)
        self.saved.emit(progress)

    def _failed(self, exc: Exception) -> None:
        """Problems under their fields (the first gets the focus), other known errors on the message line."""
        self._set_busy(False)
        shown = self.messages.show_failure(exc)
        fields = {"assigned": self.ui.assignedEdit, "registered": self.ui.registeredEdit}
        first = fields.get(shown[0]) if shown else None
        if isinstance(first, QLineEdit):
            first.setFocus()
            first.selectAll()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_save()

    def _update_save(self) -> None:
        programme = self.sheet.programme if self.sheet is not None else None
        ready = programme is not None and self.chosen_period() is not None
        self.save_button().setEnabled(ready and not self._busy)

    def save_button(self) -> QPushButton:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
