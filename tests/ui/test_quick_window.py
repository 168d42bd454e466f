"""Start-up on a set-up store: the window and its first rows come before the services exist."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from sangkien_desktop import app as app_module
from sangkien_desktop.domain.enums import OfficerRole
from sangkien_desktop.domain.errors import PermissionDeniedError
from sangkien_desktop.domain.officers import OfficerView
from sangkien_desktop.domain.people import PersonInput
from sangkien_desktop.persistence.lock import WriterLock
from sangkien_desktop.persistence.store import StorePaths
from sangkien_desktop.services.container import Services, build_services
from sangkien_desktop.services.deferred import DeferredServices
from sangkien_desktop.services.demo import generate_demo
from sangkien_desktop.services.initiatives import InitiativeService
from sangkien_desktop.ui.dialogs.sign_in_dialog import SignInDialog
from sangkien_desktop.ui.main_window import (
    REGISTRY_COLUMNS_KEY,
    REGISTRY_SORT_KEY,
    MainWindow,
    default_settings,
)
from sangkien_desktop.ui.models.initiative_table import Column


class Recorder(DeferredServices):
    """The real deferred services, remembering the instance and when its build began."""

    made: ClassVar[list[Recorder]] = []

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.build_began = False
        Recorder.made.append(self)

    def build(self) -> Any:
        self._go.wait()  # as the real one, without the safety timeout: a test must not pass by it
        self.build_began = True
        return super().build()


@pytest.fixture
def demo_dir(services: Services) -> Iterator[Path]:
    generate_demo(services, 180, 3)
    services.close()  # the app takes the store (and its lock) itself
    yield services.paths.data_dir


@pytest.fixture
def recorder(monkeypatch: pytest.MonkeyPatch) -> type[Recorder]:
    Recorder.made = []
    monkeypatch.setattr(app_module, "DeferredServices", Recorder)
    return Recorder


@pytest.fixture
def list_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    calls: list[tuple[int, int]] = []
    real = InitiativeService.list

    def counted(self: InitiativeService, *args: Any, **kwargs: Any) -> Any:
        calls.append((kwargs.get("limit", 50), kwargs.get("offset", 0)))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(InitiativeService, "list", counted)
    return calls


def _window() -> MainWindow:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())


def test_rows_are_painted_before_the_services_are_built(
        qtbot: QtBot, demo_dir: Path, recorder: type[Recorder], list_calls: list[tuple[int, int]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}

    def fake_exec(*_args: Any) -> int:
        window = _window()
        model = window.initiatives_page.model
        deferred = recorder.made[0]
        window.initiatives_page.results_shown.connect(
            lambda _total: seen.setdefault("built_before_rows", deferred.build_began))
        qtbot.waitUntil(lambda: model.rowCount() == 180)
        seen["first_title"] = model.index(0, Column.TITLE).data()
        seen["pending"] = window.pending_label.text()
        qtbot.waitUntil(lambda: deferred._ready.is_set(), timeout=20_000)  # started by the first paint
        model.index(150, Column.TITLE).data()  # the second block: through the services now
        qtbot.waitUntil(lambda: model.item(150) is not None, timeout=20_000)
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert app_module.main(["--data-dir", str(demo_dir)]) == 0
    assert seen["built_before_rows"] is False
    assert list_calls == [(100, 100)]  # only the second block: the first came from the start-up read
    assert seen["first_title"]
    count, _, rest = seen["pending"].partition(" ")
    assert rest == "thay đổi chưa tải lên" and int(count.replace(".", "")) > 180
    with WriterLock(StorePaths(demo_dir).lock, "test", timeout=0):
        pass  # the build took the lock; closing gave it back


def test_the_remembered_order_is_read_at_start_up(qtbot: QtBot, demo_dir: Path, recorder: type[Recorder],
                                                  list_calls: list[tuple[int, int]],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    settings = default_settings()
    settings.remove(REGISTRY_COLUMNS_KEY)  # a layout saved by another test would carry its own order
    settings.setValue(REGISTRY_SORT_KEY, "title:desc")
    settings.sync()
    seen: dict[str, Any] = {}

    def fake_exec(*_args: Any) -> int:
        window = _window()
        page = window.initiatives_page
        qtbot.waitUntil(lambda: page.model.rowCount() == 180)
        header = page.ui.tableView.horizontalHeader()
        seen["indicator"] = (header.sortIndicatorSection(), header.sortIndicatorOrder())
        seen["titles"] = [page.model.index(row, Column.TITLE).data() for row in range(3)]
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    try:
        assert app_module.main(["--data-dir", str(demo_dir)]) == 0
    finally:
        settings.remove(REGISTRY_SORT_KEY)
    assert seen["indicator"] == (Column.TITLE, Qt.SortOrder.DescendingOrder)
    assert list_calls == []  # closed at once: nothing read through the services
    services_view = _titles_through_services(demo_dir)
    assert seen["titles"] == services_view


def _titles_through_services(data_dir: Path) -> list[str]:
    from sangkien_desktop.domain.registry_sort import RegistrySort, SortColumn
    from sangkien_desktop.services.container import build_services

    services = build_services(data_dir)
    try:
        page = services.initiatives.list(limit=3, sort=RegistrySort(SortColumn.TITLE, descending=True))
        return [view.title for view in page.items]
    finally:
        services.close()


def test_a_store_locked_by_another_program_is_explained(qtbot: QtBot, demo_dir: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(app_module, "show_error", shown.append)
    with WriterLock(StorePaths(demo_dir).lock, "sangkien import"):
        assert app_module.main(["--data-dir", str(demo_dir)]) == 1
    assert len(shown) == 1
    assert "sangkien import" in shown[0]
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


@pytest.fixture
def two_officers(demo_dir: Path) -> Iterator[list[OfficerView]]:
    services = build_services(demo_dir)
    try:
        services.officers.create("Trần Thị Lan", OfficerRole.CHU_TICH, "2468")
        services.officers.create("Đỗ Văn Khoa", OfficerRole.XEM)
        yield list(services.officers.sign_in_choices())
    finally:
        services.close()


def test_the_chosen_officer_signs_every_change(
        qtbot: QtBot, demo_dir: Path, two_officers: list[OfficerView], recorder: type[Recorder],
        monkeypatch: pytest.MonkeyPatch) -> None:
    viewer = next(o for o in two_officers if o.role is OfficerRole.XEM)
    asked: list[bool] = []

    def choose(dialog: SignInDialog) -> int:
        asked.append(True)
        dialog.officer = viewer
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(SignInDialog, "exec", choose)
    seen: dict[str, Any] = {}

    def fake_exec(*_args: Any) -> int:
        window = _window()
        deferred = recorder.made[0]
        qtbot.waitUntil(lambda: deferred._ready.is_set(), timeout=20_000)
        seen["label"] = window.officer_label.text()
        services = deferred.get()
        qtbot.waitUntil(lambda: services.uow.acting_officer_id is not None)
        seen["acting"] = services.uow.acting_officer_id
        with pytest.raises(PermissionDeniedError):
            services.people.create(PersonInput("Nguyễn Văn Hùng"))
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert app_module.main(["--data-dir", str(demo_dir)]) == 0
    assert asked == [True]
    assert seen["acting"] == viewer.id
    assert seen["label"] == "Đỗ Văn Khoa (Chỉ xem)"


def test_closing_the_sign_in_dialog_opens_nothing(
        qtbot: QtBot, demo_dir: Path, two_officers: list[OfficerView],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(SignInDialog, "exec", lambda _dialog: QDialog.DialogCode.Rejected.value)
    monkeypatch.setattr(QApplication, "exec", lambda *_args: pytest.fail("no window without an officer"))
    assert app_module.main(["--data-dir", str(demo_dir)]) == 0
    with WriterLock(StorePaths(demo_dir).lock, "test", timeout=0):
        pass


@pytest.mark.parametrize("damage", ["recorded", "file"])
def test_a_damaged_store_opens_the_recovery_screen_not_the_window(
        qtbot: QtBot, demo_dir: Path, damage: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failed daily check (recorded beside the store) or a file that cannot be read both lead to
    the recovery screen, before any window or service touches the store."""
    from sangkien_desktop.domain.errors import StoreCorruptError
    from sangkien_desktop.persistence import integrity

    paths = StorePaths(demo_dir)
    if damage == "recorded":
        (demo_dir / integrity.FAILURE_FILE).write_text("2026-11-27T01:00:00\n*** in database main ***\n")
    else:
        for suffix in ("-wal", "-shm"):
            paths.db.with_name(paths.db.name + suffix).unlink(missing_ok=True)
        paths.db.write_bytes(b"SQLite format 3\x00" + b"\x11" * 4096)
    before = paths.db.read_bytes()
    offered: list[StoreCorruptError] = []

    def decline(data_dir: Path, exc: StoreCorruptError) -> bool:
        offered.append(exc)
        return False  # the officer chose Quit

    monkeypatch.setattr(app_module, "_recovered", decline)
    assert app_module.main(["--data-dir", str(demo_dir)]) == 1
    assert len(offered) == 1 and "bị hỏng" in offered[0].message
    assert paths.db.read_bytes() == before
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
