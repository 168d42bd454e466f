"""Sao lưu và khôi phục: back up now, the list, choosing a restore that the app carries out after
the window closed (real store, real backup service)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from sangkien_desktop import app as app_module
from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.persistence.backups import restore_requested, take_restore_request
from sangkien_desktop.services.backups import BackupService
from sangkien_desktop.services.container import Services, build_services
from sangkien_desktop.ui.dialogs.backups_dialog import open_backups_dialog
from sangkien_desktop.ui.tasks import InlineTaskRunner


def test_back_up_now_then_choose_it_for_restore(
    qtbot: QtBot, services: Services, runner: InlineTaskRunner, make_initiative: Callable[..., InitiativeView]
) -> None:
    make_initiative(title="Đồ gá hàn khung xe")
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    dialog = open_backups_dialog(window, BackupService(services.paths), runner)
    assert dialog.ui.backupsTable.rowCount() == 0 and not dialog.ui.restoreButton.isEnabled()

    dialog.ui.backupNowButton.click()
    assert dialog.ui.backupsTable.rowCount() == 1
    assert dialog.ui.backupsTable.item(0, 1).text() == "Thủ công"
    assert dialog.ui.backupsTable.item(0, 2).text() == "1"
    assert "Đã sao lưu vào" in dialog.ui.statusLabel.text()

    dialog.ask_restore()
    assert dialog.confirm_box is not None and "Thay toàn bộ dữ liệu" in dialog.confirm_box.text()
    dialog.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    assert not window.isVisible()
    assert restore_requested(services.paths)
    assert take_restore_request(services.paths) == BackupService(services.paths).list()[0].path


def test_backup_to_a_missing_usb_folder_says_so(
    qtbot: QtBot, services: Services, runner: InlineTaskRunner, tmp_path: Path
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    dialog = open_backups_dialog(window, BackupService(services.paths), runner)
    usb = tmp_path / "usb"
    usb.write_text("không phải thư mục")
    dialog.back_up(usb)
    assert "Sao lưu không thành công" in dialog.ui.statusLabel.text()
    assert dialog.ui.backupNowButton.isEnabled()


def test_the_app_restores_a_requested_backup_then_opens_the_store_again(
    services: Services, make_initiative: Callable[..., InitiativeView], monkeypatch: pytest.MonkeyPatch
) -> None:
    make_initiative(title="Trước khi sao lưu")
    backups = BackupService(services.paths)
    info = backups.create()
    make_initiative(title="Sau khi sao lưu")
    services.close()
    backups.request_restore(info.path)
    opened: list[list[str]] = []

    def open_store(app: object, data_dir: Path) -> int:
        reopened = build_services(data_dir)
        try:
            opened.append([v.title for v in reopened.initiatives.list().items])
        finally:
            reopened.close()
        return 0

    def screen(
        data_dir: Path, problem: str, headline: str | None = None, start_with: Path | None = None
    ) -> bool:
        from sangkien_desktop.persistence.models.base import utcnow
        from sangkien_desktop.services.backups import restore_store

        assert start_with == info.path and headline == "Khôi phục bản sao lưu"
        restore_store(services.paths, start_with, utcnow())
        return True

    monkeypatch.setattr(app_module, "_open_stores", open_store)
    monkeypatch.setattr(app_module, "_recovery_screen", screen)
    assert app_module._open_until_done(None, services.paths.data_dir) == 0  # type: ignore[arg-type]
    assert opened == [["Sau khi sao lưu", "Trước khi sao lưu"], ["Trước khi sao lưu"]]
    assert not restore_requested(services.paths)
