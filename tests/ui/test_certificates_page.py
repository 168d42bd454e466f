"""The certificates page: register, print a decision (progress, cancel, preview), reprint, revoke by
role, verify."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from sangkien_desktop.domain.enums import OfficerRole
from sangkien_desktop.services.container import Services
from sangkien_desktop.ui.dialogs.verify_dialog import VerifyDialog
from sangkien_desktop.ui.pages.certificates_page import CertificatesPage, RegisterColumn, RegisterModel
from sangkien_desktop.ui.tasks import InlineTaskRunner
from tests.support.decisions import COLLECTIVES, issue_decision


class Targets:
    """Stands in for the save-file dialog: hands out the next path (None: the officer cancelled)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.asked: list[str] = []
        self.answer: Path | None = folder / "giay-khen.pdf"

    def __call__(self, _parent: QWidget, suggested: str) -> Path | None:
        self.asked.append(suggested)
        return self.answer


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def targets(out: Path) -> Targets:
    return Targets(out)


@pytest.fixture
def page(qtbot: QtBot, services: Services, runner: InlineTaskRunner, targets: Targets) -> CertificatesPage:
    widget = CertificatesPage(services.certificates, services.printing, services.rewards, runner,
                              choose_target=targets)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    return widget


def cells(page: CertificatesPage, row: int) -> list[str]:
    return [page.model.index(row, c).data() for c in RegisterColumn]


def test_print_a_decision_then_preview(page: CertificatesPage, services: Services, targets: Targets,
                                       out: Path) -> None:
    issue_decision(services)
    page.show()
    assert page.ui.decisionCombo.currentText() == "05/QĐ-CĐCS ngày 12/03/2024 – 3 người, tập thể"
    assert not page.ui.reprintButton.isEnabled() and not page.ui.revokeButton.isEnabled()
    page.ui.printButton.click()
    assert targets.asked == ["giay-khen-05-QĐ-CĐCS.pdf"]
    assert len(PdfReader(out / "giay-khen.pdf").pages) == 3
    preview = page.preview
    assert preview is not None and preview.isVisible() and preview.page_count() == 3
    assert page.model.rowCount() == 3
    assert sorted(cells(page, row)[1] for row in range(3)) == sorted(COLLECTIVES)
    assert cells(page, 0)[2:5] == ["B", cells(page, 0)[3], "0"]
    assert page.ui.countLabel.text() == "Đã cấp 3 giấy"
    assert page.ui.messageLabel.text() == f"Đã ghi 3 trang vào {out / 'giay-khen.pdf'}."


def test_cancel_leaves_no_file(page: CertificatesPage, services: Services, runner: InlineTaskRunner,
                               out: Path) -> None:
    issue_decision(services)
    page.show()
    runner.cancel_next(after_reports=2)
    page.ui.printButton.click()
    assert page.ui.messageLabel.text() == "Đã hủy in; không có tệp nào được ghi."
    assert list(out.iterdir()) == []
    assert page.preview is None


def test_declining_the_file_dialog_prints_nothing(page: CertificatesPage, services: Services,
                                                 targets: Targets, out: Path) -> None:
    issue_decision(services)
    page.show()
    targets.answer = None
    page.ui.printButton.click()
    assert list(out.iterdir()) == [] and services.certificates.register().total == 0


def test_reprint_keeps_the_serials(page: CertificatesPage, services: Services, targets: Targets,
                                   out: Path) -> None:
    decision = issue_decision(services)
    first = services.printing.print_decision(decision.id, out / "dau.pdf")
    page.show()
    page.ui.tableView.selectRow(0)
    serial = cells(page, 0)[0]
    assert serial in first.serials and page.ui.reprintButton.isEnabled()
    targets.answer = out / "in-lai.pdf"
    page.ui.reprintButton.click()
    assert targets.asked == [f"in-lai-{serial}.pdf"]
    assert serial in PdfReader(out / "in-lai.pdf").pages[0].extract_text()
    assert cells(page, 0)[RegisterColumn.REPRINTS] == "1"


def test_revoke_refused_for_an_officer_and_done_by_the_chair(page: CertificatesPage,
                                                             services: Services, out: Path) -> None:
    decision = issue_decision(services)
    services.printing.print_decision(decision.id, out / "dau.pdf")
    officer = services.officers.create("Phạm Văn Bình", OfficerRole.CAN_BO)
    chair = services.officers.create("Nguyễn Thị Thu Hằng", OfficerRole.CHU_TICH)
    page.show()
    page.ui.tableView.selectRow(0)
    serial = cells(page, 0)[0]
    services.uow.acting_officer_id = officer.id
    dialog = page.revoke_selected()
    assert dialog is not None and serial in dialog.labelText()
    dialog.setTextValue("Ghi sai tên tập thể")
    dialog.accept()
    assert "không được ký ban hành quyết định khen thưởng hoặc thu hồi giấy chứng nhận" in (
        page.ui.messageLabel.text())
    assert cells(page, 0)[RegisterColumn.REVOKED] == ""
    services.uow.acting_officer_id = chair.id
    dialog = page.revoke_selected()
    assert dialog is not None
    dialog.setTextValue("Ghi sai tên tập thể")
    dialog.accept()
    assert page.ui.messageLabel.text() == f"Đã thu hồi giấy số {serial}."
    assert cells(page, 0)[RegisterColumn.REVOKED].endswith(": Ghi sai tên tập thể")
    page.ui.tableView.selectRow(0)
    assert not page.ui.revokeButton.isEnabled() and not page.ui.reprintButton.isEnabled()


def test_verify_opens_the_check_dialog(page: CertificatesPage) -> None:
    page.show()
    page.ui.verifyButton.click()
    assert isinstance(page.verify_dialog, VerifyDialog) and page.verify_dialog.isVisible()


def test_register_model_passes_the_model_tester(qtmodeltester: Any, services: Services, out: Path) -> None:
    decision = issue_decision(services)
    services.printing.print_decision(decision.id, out / "dau.pdf")
    model = RegisterModel()
    model.set_items(services.certificates.register().entries)
    assert model.rowCount() == 3
    qtmodeltester.check(model)
