"""The PDF preview: shows a real PDF's pages, prints at true scale, exports a copy."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from sangkien_desktop.pdf.fonts import SERIF, register_fonts
from sangkien_desktop.ui.dialogs.pdf_preview import PdfPreviewDialog, page_layout
from sangkien_desktop.ui.tasks import InlineTaskRunner


def make_pdf(path: Path, pages: int) -> Path:
    """A landscape A4 PDF with a frame and a name near the corners, so any scaling shows."""
    register_fonts()
    sheet = canvas.Canvas(str(path), pagesize=landscape(A4))
    for number in range(1, pages + 1):
        sheet.setLineWidth(2)
        sheet.rect(10 * mm, 10 * mm, 277 * mm, 190 * mm)
        sheet.setFont(SERIF, 28)
        sheet.drawString(30 * mm, 150 * mm, f"Nguyễn Thị Hằng – trang {number}")
        sheet.showPage()
    sheet.save()
    return path


def raster(pdf: Path, out: Path) -> Image.Image:
    subprocess.run(["pdftoppm", "-r", "30", "-f", "1", "-l", "1", "-png", "-singlefile", str(pdf), str(out)],
                   check=True)
    return Image.open(out.with_suffix(".png")).convert("L")


def ink_box(image: Image.Image) -> tuple[int, int, int, int]:
    """Pixel bounds of everything dark on the page (here: the frame)."""
    box = image.point(lambda value: 255 if value < 128 else 0).getbbox()
    assert box is not None
    return box


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    return make_pdf(tmp_path / "giay-khen.pdf", 3)


def open_preview(qtbot: QtBot, pdf: Path, runner: InlineTaskRunner, **kwargs: object) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(pdf, runner, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.resize(900, 700)
    return dialog


def test_loads_the_pages(qtbot: QtBot, pdf: Path, runner: InlineTaskRunner) -> None:
    dialog = open_preview(qtbot, pdf, runner)
    dialog.show()
    assert dialog.page_count() == 3
    assert dialog.ui.pageLabel.text() == "Trang 1 / 3"
    assert dialog.windowTitle() == "Xem trước khi in – giay-khen.pdf"
    assert dialog.ui.printButton.isEnabled() and dialog.ui.exportButton.isEnabled()


def test_missing_file_is_reported(qtbot: QtBot, tmp_path: Path, runner: InlineTaskRunner) -> None:
    dialog = open_preview(qtbot, tmp_path / "khong-co.pdf", runner)
    assert dialog.page_count() == 0
    assert not dialog.ui.printButton.isEnabled()
    assert "Không mở được" in dialog.ui.messageLabel.text()


def test_layout_follows_the_page() -> None:
    layout = page_layout(QSizeF(841.89, 595.28))
    assert layout.pageSize().id() == QPageSize.PageSizeId.A4
    assert layout.orientation() == QPageLayout.Orientation.Landscape
    assert page_layout(QSizeF(595.28, 841.89)).orientation() == QPageLayout.Orientation.Portrait


def test_prints_every_page_at_true_scale(qtbot: QtBot, pdf: Path, tmp_path: Path,
                                         runner: InlineTaskRunner) -> None:
    printed_pdf = tmp_path / "printed.pdf"

    def print_to_file(_parent: QWidget, printer: QPrinter) -> bool:
        # What the system dialog hands back: a printer the officer chose (here: a PDF file).
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed_pdf))
        return True

    dialog = open_preview(qtbot, pdf, runner, ask_printer=print_to_file)
    with qtbot.waitSignal(dialog.printed) as sent:
        dialog.ui.printButton.click()
    assert sent.args == [3]
    pages = PdfReader(printed_pdf).pages
    assert len(pages) == 3
    box = pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)  # A4 landscape, not shrunk
    original, printed = raster(pdf, tmp_path / "a"), raster(printed_pdf, tmp_path / "b")
    assert abs(original.width - printed.width) <= 1 and abs(original.height - printed.height) <= 1
    # The frame lies where it lies on the original: a fit-to-page print (margins, shrinking) moves it.
    frame, printed_frame = ink_box(original), ink_box(printed)
    assert all(abs(a - b) <= 1 for a, b in zip(frame, printed_frame, strict=True)), (frame, printed_frame)


def test_cancelled_print_dialog_prints_nothing(qtbot: QtBot, pdf: Path, runner: InlineTaskRunner) -> None:
    asked: list[QPrinter] = []

    def decline(_parent: QWidget, printer: QPrinter) -> bool:
        asked.append(printer)
        return False

    dialog = open_preview(qtbot, pdf, runner, ask_printer=decline)
    with qtbot.assertNotEmitted(dialog.printed):
        dialog.print_document()
    assert asked[0].pageLayout().orientation() == QPageLayout.Orientation.Landscape
    assert asked[0].fullPage()


def test_export_copies_the_pdf(qtbot: QtBot, pdf: Path, tmp_path: Path, runner: InlineTaskRunner) -> None:
    target = tmp_path / "out" / "ban-sao.pdf"
    target.parent.mkdir()
    dialog = open_preview(qtbot, pdf, runner, choose_target=lambda _parent, _name: target)
    with qtbot.waitSignal(dialog.exported):
        dialog.ui.exportButton.click()
    assert target.read_bytes() == pdf.read_bytes()
    assert [p.name for p in target.parent.iterdir()] == ["ban-sao.pdf"]
    assert "Đã lưu" in dialog.ui.messageLabel.text()


def test_export_into_a_missing_folder_says_why(qtbot: QtBot, pdf: Path, tmp_path: Path,
                                               runner: InlineTaskRunner) -> None:
    dialog = open_preview(qtbot, pdf, runner)
    with qtbot.assertNotEmitted(dialog.exported):
        dialog.export_to(tmp_path / "khong-co" / "x.pdf")
    assert dialog.ui.messageLabel.text() == f"Thư mục “{tmp_path / 'khong-co'}” không tồn tại."
