"""Daily check and automatic backups while the app is open, and the backup at close (issue 8),
on a real store with the real backup service."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from sangkien_desktop.domain.backups import BackupKind
from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.persistence.integrity import failure_recorded
from sangkien_desktop.services.backups import BackupService
from sangkien_desktop.services.container import Services
from sangkien_desktop.ui.store_care import StoreCare
from sangkien_desktop.ui.tasks import InlineTaskRunner


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 27, 1, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def _care(
    qtbot: QtBot, services: Services, runner: InlineTaskRunner, clock: Clock
) -> tuple[StoreCare, BackupService]:
    window = QMainWindow()
    qtbot.addWidget(window)
    backups = BackupService(services.paths, clock)
    return StoreCare(backups, runner, window), backups


def test_daily_backup_while_open_and_one_at_close(
    qtbot: QtBot, services: Services, runner: InlineTaskRunner, make_initiative: Callable[..., InitiativeView]
) -> None:
    make_initiative(title="Máy cắt vải tự động")
    clock = Clock()
    care, backups = _care(qtbot, services, runner, clock)

    care.start()
    assert [b.kind for b in backups.list()] == [BackupKind.AUTOMATIC]
    clock.now += timedelta(hours=5)
    care.tick()
    assert len(backups.list()) == 1  # the day's backup exists already

    morning = backups.list()[0]
    care.backup_at_close()
    at_close = backups.list()
    # More than an hour since the last one: a new backup, and rotation keeps the day's newest only.
    assert [b.created_at for b in at_close] == [clock.now] and at_close[0].path != morning.path
    clock.now += timedelta(minutes=10)
    care.backup_at_close()
    assert backups.list() == at_close
    assert care.damage is None and care.warning_box is None


def test_a_damaged_store_is_reported_and_not_backed_up(
    qtbot: QtBot, services: Services, runner: InlineTaskRunner, make_initiative: Callable[..., InitiativeView]
) -> None:
    for i in range(40):
        make_initiative(title=f"Cải tiến dây chuyền {i} " + "mô tả dài " * 40)
    services.close()
    db = services.paths.db
    for suffix in ("-wal", "-shm"):
        db.with_name(db.name + suffix).unlink(missing_ok=True)
    data = bytearray(db.read_bytes())
    page = 4096
    data[page * 5: page * 7] = b"\xa5" * (2 * page)
    db.write_bytes(bytes(data))
    care, backups = _care(qtbot, services, runner, Clock())

    care.start()

    assert care.damage is not None
    assert care.warning_box is not None and "hỏng" in care.warning_box.text()
    assert failure_recorded(services.paths) is not None  # the next start opens the recovery screen
    assert backups.list() == []
    care.backup_at_close()
    assert backups.list() == []
