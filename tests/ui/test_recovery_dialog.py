"""The recovery screen: a damaged store is replaced by the chosen backup; a damaged backup is refused
with its reason and the officer can pick another."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sangkien_desktop.domain.backups import BackupKind, RestoreResult
from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.persistence.backups import create_backup, list_backups
from sangkien_desktop.persistence.models.base import utcnow
from sangkien_desktop.services.backups import restore_store
from sangkien_desktop.services.container import Services, build_services
from sangkien_desktop.ui.dialogs.recovery_dialog import RecoveryDialog
from sangkien_desktop.ui.tasks import InlineTaskRunner


def _damage(db: Path) -> bytes:
    for suffix in ("-wal", "-shm"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)
    damaged = b"SQLite format 3\x00" + b"\xee" * 4096
    db.write_bytes(damaged)
    return damaged


def _dialog(qtbot: QtBot, services: Services, runner: InlineTaskRunner) -> RecoveryDialog:
    paths = services.paths

    def restore(archive: Path, report: Callable[[int, int], None]) -> RestoreResult:
        return restore_store(paths, archive, utcnow(), report)

    dialog = RecoveryDialog("Tệp dữ liệu bị hỏng (database disk image is malformed).",
                            list_backups(paths.backups), restore, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_recovery_restores_the_newest_backup_and_never_writes_the_damaged_file(
    qtbot: QtBot, services: Services, runner: InlineTaskRunner, make_initiative: Callable[..., InitiativeView]
) -> None:
    make_initiative(title="Khuôn dập tiết kiệm thép")
    create_backup(services.paths, BackupKind.AUTOMATIC, utcnow())
    services.close()
    damaged = _damage(services.paths.db)
    dialog = _dialog(qtbot, services, runner)
    assert dialog.ui.backupsTable.rowCount() == 1
    assert dialog.ui.backupsTable.item(0, 1).text() == "Tự động"
    assert dialog.ui.backupsTable.selectionModel().selectedRows()[0].row() == 0

    dialog.ui.restoreButton.click()

    assert dialog.done_box is not None and "đã được khôi phục" in dialog.done_box.text()
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        dialog.done_box.button(QMessageBox.StandardButton.Ok).click()
    kept = dialog.result_info.safety_copy if dialog.result_info else None
    assert kept is not None and kept.read_bytes() == damaged
    reopened = build_services(services.paths.data_dir)
    try:
        assert [v.title for v in reopened.initiatives.list().items] == ["Khuôn dập tiết kiệm thép"]
    finally:
        reopened.close()


def test_a_damaged_backup_is_refused_with_its_reason(
    qtbot: QtBot, services: Services, runner: InlineTaskRunner
) -> None:
    info = create_backup(services.paths, BackupKind.MANUAL, utcnow())
    services.close()
    data = bytearray(info.path.read_bytes())
    data[len(data) // 3] ^= 0xFF
    info.path.write_bytes(bytes(data))
    damaged = _damage(services.paths.db)
    dialog = _dialog(qtbot, services, runner)

    dialog.ui.restoreButton.click()

    status = dialog.ui.statusLabel.text()
    assert "hỏng" in status and "Hãy chọn bản sao lưu khác" in status
    assert dialog.ui.restoreButton.isEnabled() and dialog.result() == 0
    assert services.paths.db.read_bytes() == damaged
