"""The import wizard (issue 7): choose a list → check its text encoding before/after → correct the
column mapping → see each row's problems and a preview → import.

Reading and writing run on the db lane with a progress dialog and Cancel (``run_with_progress``):
the analysis reads the whole file, the import writes the accepted rows in one transaction (a cancel
leaves nothing). Moving on from a page whose choices changed analyses the file again with them.
Nothing is written before Finish ("Import").
"""

from __future__ import annotations

from functools import partial
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QHeaderView, QLabel, QWidget, QWizard

from sangkien_desktop.domain.columns import ListColumn
from sangkien_desktop.domain.enums import FieldCode, SolutionKind
from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.importing import ImportMapping, ImportPlan, ImportResult, TextEncoding
from sangkien_desktop.domain.text import format_number
from sangkien_desktop.ui.forms.ui_import_wizard import Ui_ImportWizard
from sangkien_desktop.ui.i18n import arg
from sangkien_desktop.ui.models.import_tables import PreviewModel, ProblemsModel
from sangkien_desktop.ui.tasks import Runner, TaskControl
from sangkien_desktop.ui.widgets.combos import fill_enum_combo
from sangkien_desktop.ui.widgets.office_fields import ERROR_STYLE

if TYPE_CHECKING:
    from sangkien_desktop.services.container import Services
    from sangkien_desktop.services.importing import ImportService

__all__ = ["ImportWizard", "open_import_wizard"]

_CONTEXT = "ImportWizard"
_ENCODING_NAMES = {
    TextEncoding.UNICODE: QT_TRANSLATE_NOOP("ImportWizard", "Unicode (no conversion)"),
    TextEncoding.TCVN3: QT_TRANSLATE_NOOP("ImportWizard", "TCVN3 (ABC), .VnTime fonts"),
    TextEncoding.VNI: QT_TRANSLATE_NOOP("ImportWizard", "VNI Windows, VNI-Times fonts"),
}
_TARGET_NAMES = {
    ListColumn.ROW_NUMBER: QT_TRANSLATE_NOOP("ImportWizard", "Row number (not imported)"),
    ListColumn.CODE: QT_TRANSLATE_NOOP("ImportWizard", "Initiative code"),
    ListColumn.TITLE: QT_TRANSLATE_NOOP("ImportWizard", "Initiative title"),
    ListColumn.AUTHORS: QT_TRANSLATE_NOOP("ImportWizard", "Authors"),
    ListColumn.SHARES: QT_TRANSLATE_NOOP("ImportWizard", "Contribution shares (%)"),
    ListColumn.KIND: QT_TRANSLATE_NOOP("ImportWizard", "Kind of solution"),
    ListColumn.FIELD: QT_TRANSLATE_NOOP("ImportWizard", "Field"),
    ListColumn.DEPARTMENT: QT_TRANSLATE_NOOP("ImportWizard", "Department"),
    ListColumn.FIRST_APPLIED: QT_TRANSLATE_NOOP("ImportWizard", "First applied on"),
    ListColumn.BENEFIT: QT_TRANSLATE_NOOP("ImportWizard", "Benefit (đồng)"),
    ListColumn.STATUS: QT_TRANSLATE_NOOP("ImportWizard", "Status"),
    ListColumn.DECISION_NUMBER: QT_TRANSLATE_NOOP("ImportWizard", "Recognition decision number"),
    ListColumn.DECIDED_ON: QT_TRANSLATE_NOOP("ImportWizard", "Recognition decision date"),
    ListColumn.SUMMARY: QT_TRANSLATE_NOOP("ImportWizard", "Summary"),
    ListColumn.BIRTH_DATE: QT_TRANSLATE_NOOP("ImportWizard", "Author's date of birth"),
    ListColumn.SEX: QT_TRANSLATE_NOOP("ImportWizard", "Author's sex"),
    ListColumn.JOB_TITLE: QT_TRANSLATE_NOOP("ImportWizard", "Author's job title"),
    ListColumn.NOTES: QT_TRANSLATE_NOOP("ImportWizard", "Notes"),
}
_SAMPLE_CHARS = 40


def _tr(text: object) -> str:
    """``text`` marked with QT_TRANSLATE_NOOP in this context, in the UI language."""
    return QCoreApplication.translate(_CONTEXT, str(text))


def analyse(
    service: ImportService, path: str, mapping: ImportMapping | None, control: TaskControl
) -> ImportPlan:
    """Runs on the db lane."""
    return service.analyse(path, mapping, control)


def commit(
    service: ImportService, plan: ImportPlan, include_duplicates: bool, control: TaskControl
) -> ImportResult:
    """Runs on the db lane: every valid row (and the duplicates when chosen), in one transaction."""
    return service.commit(plan, control=control, include_duplicates=include_duplicates)


class ImportWizard(QWizard):
    """``plan`` is the latest analysis; ``import_result`` is set once the rows are imported (then
    ``imported(result)`` is emitted and the wizard closes, accepted)."""

    imported = Signal(object)  # ImportResult

    def __init__(self, service: ImportService, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportWizard()
        self.ui.setupUi(self)
        self._service = service
        self._runner = runner
        self._busy = False
        self.plan: ImportPlan | None = None
        self.import_result: ImportResult | None = None
        self._target_combos: dict[int, QComboBox] = {}
        self.problems = ProblemsModel(self)
        self.previews = PreviewModel(self)
        self._set_up_widgets()
        self._name_buttons()

    def _set_up_widgets(self) -> None:
        ui = self.ui
        for label in (ui.fileErrorLabel, ui.mappingErrorLabel, ui.resultLabel):
            label.setStyleSheet(ERROR_STYLE)
        for encoding in TextEncoding:
            ui.encodingCombo.addItem(_tr(_ENCODING_NAMES[encoding]), encoding)
        fill_enum_combo(ui.defaultKindCombo, SolutionKind)
        fill_enum_combo(ui.defaultFieldCombo, FieldCode)
        ui.encodingCombo.currentIndexChanged.connect(self._show_samples)
        ui.browseButton.clicked.connect(self._browse)
        ui.includeDuplicatesCheck.toggled.connect(self._update_import_button)
        ui.problemsView.setModel(self.problems)
        ui.previewView.setModel(self.previews)
        for view in (ui.problemsView, ui.previewView):
            view.verticalHeader().hide()
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.horizontalHeader().setStretchLastSection(True)

    def _name_buttons(self) -> None:
        button = QWizard.WizardButton
        self.setButtonText(button.BackButton, self.tr("&Back"))
        self.setButtonText(button.NextButton, self.tr("&Next"))
        self.setButtonText(button.FinishButton, self.tr("&Import"))
        self.setButtonText(button.CancelButton, self.tr("Cancel"))

    # -- navigation -------------------------------------------------------------------------------

    def validateCurrentPage(self) -> bool:
        """Moving on analyses the file again when the page's choices differ from the last analysis;
        the wizard then moves on by itself once the analysis is done."""
        if self._busy:
            return False
        page = self.currentPage()
        if page is self.ui.filePage:
            return self._file_ready()
        if page is self.ui.encodingPage:
            return self._encoding_ready()
        if page is self.ui.mappingPage:
            return self._mapping_ready()
        return super().validateCurrentPage()

    def initializePage(self, page_id: int) -> None:
        super().initializePage(page_id)
        page = self.page(page_id)
        if page is self.ui.encodingPage:
            self._show_encoding()
        elif page is self.ui.mappingPage:
            self._show_mapping()
        elif page is self.ui.previewPage:
            self._show_preview()

    def _file_ready(self) -> bool:
        path = self.ui.pathEdit.text().strip()
        self.ui.fileErrorLabel.clear()
        if not path:
            self.ui.fileErrorLabel.setText(self.tr("Choose a file first."))
            return False
        if self.plan is not None and self.plan.source.path == str(Path(path)):
            return True
        self._analyse(str(Path(path)), None)
        return False

    def _encoding_ready(self) -> bool:
        assert self.plan is not None
        chosen = self._encoding_chosen()
        if chosen is self.plan.mapping.encoding:
            return True
        mapping = ImportMapping(
            self.plan.mapping.columns,
            encoding=chosen,
            month_first=self.plan.mapping.month_first,
            default_kind=self.plan.mapping.default_kind,
            default_field=self.plan.mapping.default_field,
        )
        self._analyse(self.plan.source.path, mapping)
        return False

    def _mapping_ready(self) -> bool:
        assert self.plan is not None
        mapping = self.mapping_chosen()
        problems = mapping.problems()
        self.ui.mappingErrorLabel.setText("\n".join(problems))
        if problems:
            return False
        if mapping == self.plan.mapping:
            return True
        self._analyse(self.plan.source.path, mapping)
        return False

    # -- analysis ---------------------------------------------------------------------------------

    def _analyse(self, path: str, mapping: ImportMapping | None) -> None:
        self._set_busy(True)
        self._runner.run_with_progress(
            partial(analyse, self._service, path, mapping),
            self.tr("Checking the list…"),
            self,
            on_success=self._analysed,
            on_failure=self._failed,
            on_cancel=self._stopped,
        )

    def _analysed(self, plan: ImportPlan) -> None:
        self._set_busy(False)
        self.plan = plan
        QTimer.singleShot(0, self, self.next)  # the page that asked is valid now (cancelled if closed)

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if not isinstance(exc, KnownError):
            raise exc
        self._error_label().setText(exc.message)

    def _stopped(self) -> None:
        self._set_busy(False)
        self._error_label().setText(self.tr("Stopped: nothing was imported."))

    def _error_label(self) -> QLabel:
        """Where the current page shows what went wrong."""
        labels = {
            self.ui.encodingPage: self.ui.encodingNotesLabel,
            self.ui.mappingPage: self.ui.mappingErrorLabel,
            self.ui.previewPage: self.ui.resultLabel,
        }
        return labels.get(self.currentPage(), self.ui.fileErrorLabel)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for which in (
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ):
            self.button(which).setEnabled(not busy)
        if not busy:
            self._update_import_button()

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a list of initiatives"),
            self.ui.pathEdit.text(),
            self.tr("Lists (*.xlsx *.xlsm *.xls *.csv);;All files (*)"),
        )
        if path:
            self.ui.pathEdit.setText(path)

    # -- pages ------------------------------------------------------------------------------------

    def _show_encoding(self) -> None:
        assert self.plan is not None
        report, ui = self.plan.encoding, self.ui
        detected = _tr(_ENCODING_NAMES[report.detected])
        text = arg(self.tr("Encoding found in the file: %1."), detected)
        if report.fonts:
            text += " " + arg(self.tr("Fonts: %1."), ", ".join(report.fonts))
        ui.detectedLabel.setText(text)
        ui.encodingCombo.blockSignals(True)
        ui.encodingCombo.setCurrentIndex(ui.encodingCombo.findData(self.plan.mapping.encoding))
        ui.encodingCombo.blockSignals(False)
        notes = []
        if report.capitals_may_be_lost:
            notes.append(
                self.tr(
                    "The file does not say which fonts it used: capitals typed with .VnTimeH fonts "
                    "may come out in lower case. Check the preview."
                )
            )
        if report.data_lost:
            notes.append(
                self.tr(
                    'Some letters were already replaced by "?" when the file was saved; they cannot '
                    "be recovered. Ask for the original file."
                )
            )
        ui.encodingNotesLabel.setText("\n".join(notes))
        self._show_samples()

    def _show_samples(self) -> None:
        if self.plan is None:
            return
        report = self.plan.encoding
        chosen = self._encoding_chosen()
        if not report.samples:
            self.ui.samplesLabel.setText(self.tr("The file has no accented text to show."))
            return
        after = report.converted.get(chosen, report.samples)
        in_file, read_as = escape(self.tr("In the file")), escape(self.tr("Read as"))
        head = f"<tr><th align='left'>{in_file}</th><th align='left'>{read_as}</th></tr>"
        rows = "".join(
            f"<tr><td>{escape(before)}</td><td><b>{escape(converted)}</b></td></tr>"
            for before, converted in zip(report.samples, after, strict=False)
        )
        self.ui.samplesLabel.setText(f"<table cellspacing='6'>{head}{rows}</table>")

    def _show_mapping(self) -> None:
        assert self.plan is not None
        plan, ui = self.plan, self.ui
        remembered = self.tr(" The columns are as you confirmed them for a file with the same headings.")
        ui.headerRowLabel.setText(
            arg(self.tr("Headings found on row %1."), str(plan.source.header_row))
            + (remembered if plan.remembered else "")
        )
        self._fill_grid(plan.mapping)
        ui.monthFirstCheck.setChecked(plan.mapping.month_first)
        ui.defaultKindCombo.setCurrentIndex(ui.defaultKindCombo.findData(plan.mapping.default_kind))
        ui.defaultFieldCombo.setCurrentIndex(ui.defaultFieldCombo.findData(plan.mapping.default_field))
        ui.mappingErrorLabel.setText("\n".join(plan.mapping.problems()))

    def _fill_grid(self, mapping: ImportMapping) -> None:
        grid = self.ui.mappingGrid
        while grid.count():
            item = grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._target_combos = {}
        for column, text in enumerate(
            (self.tr("Column in the file"), self.tr("Example"), self.tr("Read as"))
        ):
            heading = QLabel(f"<b>{escape(text)}</b>")
            grid.addWidget(heading, 0, column)
        for line, mapped in enumerate((c for c in mapping.columns if c.header or c.sample), start=1):
            grid.addWidget(QLabel(mapped.header or self.tr("(no heading)")), line, 0)
            sample = (
                mapped.sample if len(mapped.sample) <= _SAMPLE_CHARS else mapped.sample[:_SAMPLE_CHARS] + "…"
            )
            example = QLabel(sample)
            example.setToolTip(mapped.sample)
            grid.addWidget(example, line, 1)
            combo = self._target_combo(mapped.target)
            grid.addWidget(combo, line, 2)
            self._target_combos[mapped.index] = combo
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(len(self._target_combos) + 1, 1)

    def _target_combo(self, target: ListColumn | None) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("Not imported"), None)
        for column in ListColumn:
            combo.addItem(_tr(_TARGET_NAMES[column]), column)
        combo.setCurrentIndex(max(0, combo.findData(target)) if target is not None else 0)
        return combo

    def _encoding_chosen(self) -> TextEncoding:
        # Qt hands enum members back as their plain string value.
        return TextEncoding(self.ui.encodingCombo.currentData())

    def mapping_chosen(self) -> ImportMapping:
        """The mapping as the officer set it on the columns page."""
        assert self.plan is not None
        mapping = self.plan.mapping
        for index, combo in self._target_combos.items():
            data = combo.currentData()
            target = ListColumn(data) if data else None
            if target is not mapping.columns[index].target:
                mapping = mapping.with_target(index, target)
        return ImportMapping(
            mapping.columns,
            encoding=mapping.encoding,
            month_first=self.ui.monthFirstCheck.isChecked(),
            default_kind=SolutionKind(self.ui.defaultKindCombo.currentData()),
            default_field=FieldCode(self.ui.defaultFieldCombo.currentData()),
        )

    def _show_preview(self) -> None:
        assert self.plan is not None
        plan, ui = self.plan, self.ui
        errors = len(plan.invalid_rows)
        duplicates = len(plan.duplicate_rows - plan.invalid_rows)
        summary = arg(
            self.tr(
                "%1 rows in the list: %2 can be imported, %3 have errors, %4 are already stored or repeated."
            ),
            format_number(plan.rows),
            format_number(plan.valid),
            format_number(errors),
            format_number(duplicates),
        )
        ui.summaryLabel.setText("\n".join([summary, *plan.notes]))
        self.problems.set_items(plan.problems)
        self.previews.set_items(plan.preview)
        ui.includeDuplicatesCheck.setVisible(duplicates > 0)
        ui.includeDuplicatesCheck.setChecked(False)
        ui.problemsView.setVisible(bool(plan.problems))
        ui.problemsLabel.setVisible(bool(plan.problems))
        ui.resultLabel.clear()
        self._update_import_button()

    def rows_to_import(self) -> int:
        if self.plan is None or not self.plan.can_commit:
            return 0
        duplicates = len(self.plan.duplicate_rows - self.plan.invalid_rows)
        return self.plan.valid + (duplicates if self.ui.includeDuplicatesCheck.isChecked() else 0)

    def _update_import_button(self) -> None:
        count = self.rows_to_import()
        self.ui.previewPage.set_complete(count > 0)
        text = arg(self.tr("&Import %1 initiatives"), format_number(count)) if count else self.tr("&Import")
        self.setButtonText(QWizard.WizardButton.FinishButton, text)

    # -- import -----------------------------------------------------------------------------------

    def accept(self) -> None:
        """Finish: import first, close once the rows are written."""
        if self.import_result is not None:
            super().accept()
            return
        if self._busy or self.plan is None or not self.rows_to_import():
            return
        self._set_busy(True)
        include = self.ui.includeDuplicatesCheck.isChecked()
        self._runner.run_with_progress(
            partial(commit, self._service, self.plan, include),
            self.tr("Importing…"),
            self,
            on_success=self._imported,
            on_failure=self._failed,
            on_cancel=self._stopped,
        )

    def reject(self) -> None:
        if not self._busy:  # an import under way finishes or is cancelled from its progress dialog
            super().reject()

    def _imported(self, result: ImportResult) -> None:
        self._set_busy(False)
        self.import_result = result
        self.imported.emit(result)
        self.accept()


def open_import_wizard(parent: QWidget | None, services: Services, runner: Runner) -> ImportWizard:
    """Show the wizard (window-modal) and return it; connect ``imported`` to refresh what shows records."""
    wizard = ImportWizard(services.importing, runner, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
    return wizard
