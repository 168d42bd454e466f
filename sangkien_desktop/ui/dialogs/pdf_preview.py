"""Preview of a finished PDF (QtPdf), printing it at true scale and exporting a copy.

The pages are shown with ``QPdfView``. Printing sends every page to a ``QPrinter`` set to the page's
own paper size and orientation, full page and no margins, with each page drawn at exactly its size
in millimetres: never "fit to page", because certificates go onto pre-printed blanks whose fields
sit at fixed positions (DOCUMENTS.md §6.2, §11). Export copies the file through the runner, to a
temporary name first, so an interrupted copy never leaves a half-written PDF behind.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSize, QSizeF, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QProgressDialog, QWidget

from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.persistence.atomic_files import copy_atomically
from sangkien_desktop.ui.dialogs.editor_fields import Tone
from sangkien_desktop.ui.forms.ui_pdf_preview import Ui_PdfPreviewDialog
from sangkien_desktop.ui.i18n import arg
from sangkien_desktop.ui.tasks import Runner

__all__ = ["AskPrinter", "ChooseTarget", "PdfPreviewDialog", "page_layout"]

ChooseTarget = Callable[[QWidget, str], Path | None]
AskPrinter = Callable[[QWidget, QPrinter], bool]
POINTS_PER_INCH = 72.0
RENDER_DPI = 300  # enough for laser printers; higher costs memory per page for no visible gain


def choose_pdf_target(parent: QWidget, suggested: str) -> Path | None:
    caption = QCoreApplication.translate("PdfPreviewDialog", "Export PDF")
    kinds = QCoreApplication.translate("PdfPreviewDialog", "PDF documents (*.pdf)")
    name, _ = QFileDialog.getSaveFileName(parent, caption, suggested, kinds)
    if not name:
        return None
    return Path(name if name.lower().endswith(".pdf") else name + ".pdf")


def ask_system_printer(parent: QWidget, printer: QPrinter) -> bool:
    dialog = QPrintDialog(printer, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


def page_layout(size_pt: QSizeF) -> QPageLayout:
    """A4 (or whatever the page is) in the page's own orientation, without margins."""
    short, long = sorted((size_pt.width(), size_pt.height()))
    paper = QPageSize(QSizeF(short, long), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    landscape = size_pt.width() > size_pt.height()
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    return QPageLayout(paper, orientation, QMarginsF(0, 0, 0, 0))


class PdfPreviewDialog(QDialog):
    """Shows ``pdf``; Print and Export act on the whole document. ``exported(path)`` after an export."""

    exported = Signal(Path)
    printed = Signal(int)

    def __init__(self, pdf: Path, runner: Runner, parent: QWidget | None = None, *,
                 choose_target: ChooseTarget = choose_pdf_target,
                 ask_printer: AskPrinter = ask_system_printer) -> None:
        super().__init__(parent)
        self.ui = Ui_PdfPreviewDialog()
        self.ui.setupUi(self)
        self._pdf, self._runner = pdf, runner
        self._choose_target, self._ask_printer = choose_target, ask_printer
        self.document = QPdfDocument(self)
        self.document.load(str(pdf))
        view = self.ui.pdfView
        view.setDocument(self.document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.pageNavigator().currentPageChanged.connect(self._show_page_number)
        self.setWindowTitle(arg(self.tr("Print preview – %1"), pdf.name))
        ui = self.ui
        ui.fitWidthButton.clicked.connect(self._fit_width)
        ui.actualSizeButton.clicked.connect(self._actual_size)
        ui.printButton.clicked.connect(self.print_document)
        ui.exportButton.clicked.connect(self.export_pdf)
        ui.closeButton.clicked.connect(self.reject)
        loaded = self.document.status() == QPdfDocument.Status.Ready
        ui.printButton.setEnabled(loaded)
        ui.exportButton.setEnabled(loaded)
        if not loaded:
            self.show_message(arg(self.tr("Cannot open %1."), str(pdf)), Tone.ERROR)
        self._show_page_number(0)

    def page_count(self) -> int:
        return self.document.pageCount()

    def show_message(self, text: str, tone: Tone = Tone.INFO) -> None:
        self.ui.messageLabel.setText(text)
        self.ui.messageLabel.setStyleSheet(tone.value)

    def _show_page_number(self, page: int) -> None:
        self.ui.pageLabel.setText(arg(self.tr("Page %1 of %2"), str(page + 1), str(self.page_count())))

    def _fit_width(self) -> None:
        self.ui.pdfView.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.ui.fitWidthButton.setChecked(True)
        self.ui.actualSizeButton.setChecked(False)

    def _actual_size(self) -> None:
        view = self.ui.pdfView
        view.setZoomMode(QPdfView.ZoomMode.Custom)
        view.setZoomFactor(1.0)
        self.ui.fitWidthButton.setChecked(False)
        self.ui.actualSizeButton.setChecked(True)

    # -- printing -----------------------------------------------------------------------------------

    def print_document(self) -> None:
        """The system print dialog, then every page at 100 %."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._pdf.stem)
        if self.page_count():
            printer.setPageLayout(page_layout(self.document.pagePointSize(0)))
        printer.setFullPage(True)  # after the layout, which would bring margins back
        if self._ask_printer(self, printer):
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Draw every page on ``printer`` at true scale; returns how many pages went out."""
        count = self.page_count()
        progress = QProgressDialog(self.tr("Printing…"), self.tr("Cancel"), 0, count, self)
        progress.setMinimumDuration(500)
        printer.setPageLayout(page_layout(self.document.pagePointSize(0)))
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            self.show_message(self.tr("The printer could not be started."), Tone.ERROR)
            return 0
        printed = 0
        try:
            for page in range(count):
                if progress.wasCanceled():
                    printer.abort()
                    break
                if page:
                    printer.setPageLayout(page_layout(self.document.pagePointSize(page)))
                    printer.newPage()
                self._draw_page(painter, printer, page)
                printed += 1
                progress.setValue(printed)
        finally:
            painter.end()
            progress.close()
        self.show_message(arg(self.tr("%1 pages sent to the printer."), str(printed)))
        self.printed.emit(printed)
        return printed

    def _draw_page(self, painter: QPainter, printer: QPrinter, page: int) -> None:
        size_pt = self.document.pagePointSize(page)
        device_per_pt = printer.resolution() / POINTS_PER_INCH
        target = QRectF(QPointF(0, 0), size_pt * device_per_pt)
        pixels = size_pt * (min(printer.resolution(), RENDER_DPI) / POINTS_PER_INCH)
        image: QImage = self.document.render(page, QSize(round(pixels.width()), round(pixels.height())))
        painter.drawImage(target, image)

    # -- export -------------------------------------------------------------------------------------

    def export_pdf(self) -> None:
        target = self._choose_target(self, self._pdf.name)
        if target is not None:
            self.export_to(target)

    def export_to(self, target: Path) -> None:
        source = self._pdf
        if target.resolve() == source.resolve():
            self.exported.emit(target)
            return
        # File work, not database work: the "net" lane keeps it off the GUI thread and out of the db queue.
        self._runner.run(lambda: copy_atomically(source, target), lane="net", on_success=self._exported,
                         on_failure=self._export_failed)

    def _exported(self, target: Path) -> None:
        self.show_message(arg(self.tr("Saved to %1."), str(target)))
        self.exported.emit(target)

    def _export_failed(self, exc: Exception) -> None:
        if not isinstance(exc, KnownError):  # the copy reports folder and disk problems as KnownError
            raise exc
        self.show_message(exc.message, Tone.ERROR)
