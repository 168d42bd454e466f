"""The audit page and the trash page on a real store: lazy models, filters, restore and purge."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from sangkien_desktop.domain.audit import AuditFilter, local_time_text
from sangkien_desktop.domain.enums import OfficerRole
from sangkien_desktop.domain.model import InitiativeView
from sangkien_desktop.services.container import Services
from sangkien_desktop.ui.models.audit_table import (
    ITEM_ROLE,
    LOADING_TEXT,
    AuditColumn,
    AuditTableModel,
    TrashColumn,
    TrashTableModel,
)
from sangkien_desktop.ui.models.lazy_table import SETTLE_MS
from sangkien_desktop.ui.pages.audit_page import DEBOUNCE_MS, AuditPage, period_range
from sangkien_desktop.ui.pages.trash_page import TrashPage
from sangkien_desktop.ui.tasks import InlineTaskRunner
from tests.support.runners import DeferredRunner
from tests.support.vi_input import type_text

WAIT_MS = DEBOUNCE_MS + 5000
MakeInitiative = Callable[..., InitiativeView]


def _edit_benefit(services: Services, key: str, value: int, officer_id: str | None = None) -> None:
    detail = services.initiatives.detail(key)
    services.initiatives.update(
        detail.id, replace(detail.draft, benefit_value=value), detail.version, officer_id=officer_id
    )


def _column(model: Any, column: int) -> list[Any]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


# -- models -----------------------------------------------------------------------------------------


def test_audit_model_passes_the_model_tester(
    qtmodeltester: Any, services: Services, make_initiative: MakeInitiative
) -> None:
    for n in range(4):
        make_initiative(title=f"Sáng kiến {n}")
    model = AuditTableModel(InlineTaskRunner(), block_size=5, max_blocks=2)
    model.set_query(lambda limit, offset: services.audit.query(limit=limit, offset=offset))
    assert (
        model.rowCount() == services.audit.query().total > 12
    )  # the office's setup, 4 × (record, 2 authors)
    qtmodeltester.check(model)
    assert model.headerData(AuditColumn.OLD, _horizontal()) == "Trước"
    assert set(_column(model, AuditColumn.ACTION)) == {"Tạo mới"}
    assert _column(model, AuditColumn.RECORD)[0] == services.audit.query(limit=1).items[0].record_label


def test_audit_model_tester_while_blocks_arrive_late(
    qtmodeltester: Any, qtbot: QtBot, services: Services, make_initiative: MakeInitiative
) -> None:
    make_initiative()
    runner = DeferredRunner()
    model = AuditTableModel(runner, block_size=2)
    model.set_query(lambda limit, offset: services.audit.query(limit=limit, offset=offset))
    runner.release_all()
    qtmodeltester.check(model)
    for _ in range(model.rowCount()):  # blocks asked for while others load wait for the view to settle
        if LOADING_TEXT not in _column(model, AuditColumn.TIME):
            break
        runner.release_all()
        qtbot.wait(SETTLE_MS * 2)
    assert LOADING_TEXT not in _column(model, AuditColumn.TIME)


def test_trash_model_passes_the_model_tester(
    qtmodeltester: Any, services: Services, make_initiative: MakeInitiative
) -> None:
    for n in range(3):
        services.trash.delete("initiative", make_initiative(title=f"Sáng kiến {n}").id, 1)
    model = TrashTableModel(InlineTaskRunner(), block_size=2)
    model.set_query(lambda limit, offset: services.trash.items(limit, offset))
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert _column(model, TrashColumn.ENTITY) == ["Sáng kiến"] * 3
    assert _column(model, TrashColumn.DELETED_BY) == ["(hệ thống)"] * 3
    assert model.headerData(TrashColumn.DELETED_AT, _horizontal()) == "Thời điểm xoá"


def _horizontal() -> Any:
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


# -- the audit page ---------------------------------------------------------------------------------


def make_audit_page(qtbot: QtBot, services: Services, runner: Any) -> AuditPage:
    page = AuditPage(services.audit, runner)
    qtbot.addWidget(page)
    page.resize(1200, 500)
    with qtbot.waitSignal(page.results_shown, timeout=WAIT_MS):
        page.show()
    return page


def test_audit_page_shows_changes_in_local_time_and_filters(
    qtbot: QtBot, services: Services, runner: InlineTaskRunner, make_initiative: MakeInitiative
) -> None:
    officer = services.officers.create("Đỗ Minh Châu", OfficerRole.CAN_BO, None)
    view = make_initiative(title="Cải tiến băng tải")
    _edit_benefit(services, view.id, 20_000_000, officer_id=officer.id)
    page = make_audit_page(qtbot, services, runner)

    model = page.model
    assert page.ui.countLabel.text() == f"Số thay đổi: {services.audit.query().total}"
    newest = [model.data(model.index(0, c)) for c in AuditColumn]
    row = services.audit.query(limit=1).items[0]
    assert newest == [
        local_time_text(row.at),
        "Đỗ Minh Châu",
        "Sửa",
        "Sáng kiến",
        f"{view.code} – Cải tiến băng tải",
        "Giá trị làm lợi",
        "12.500.000 đ",
        "20.000.000 đ",
    ]
    local = row.at.replace(tzinfo=UTC).astimezone()
    assert newest[0] == f"{local:%d/%m/%Y %H:%M}"

    # the officer list arrives from the db lane
    officers = [page.ui.officerCombo.itemText(i) for i in range(page.ui.officerCombo.count())]
    assert officers == ["Tất cả", "Đỗ Minh Châu"]
    with qtbot.waitSignal(page.results_shown, timeout=WAIT_MS):
        page.ui.officerCombo.setCurrentIndex(1)
    assert model.rowCount() == 1

    with qtbot.waitSignal(page.results_shown, timeout=WAIT_MS):
        page.ui.officerCombo.setCurrentIndex(0)
        page.ui.entityCombo.setCurrentIndex(page.ui.entityCombo.findData("authorship"))
    assert _column(model, AuditColumn.RECORD) == [
        f"{view.code} – Trần Văn Nam",
        f"{view.code} – Nguyễn Thị Hoa",
    ]

    with qtbot.waitSignal(page.results_shown, timeout=WAIT_MS):
        page.ui.entityCombo.setCurrentIndex(0)
        type_text(page.ui.textEdit, "Cải tiến")
    assert model.rowCount() == 1 and model.data(model.index(0, 0), ITEM_ROLE).action == "create"


def test_audit_page_names_the_programme_of_a_programme_change(
    qtbot: QtBot, services: Services, runner: InlineTaskRunner, make_initiative: MakeInitiative
) -> None:
    [programme] = services.initiatives.programmes()
    view = make_initiative(title="Cải tiến băng tải")
    detail = services.initiatives.detail(view.id)
    services.initiatives.update(view.id, replace(detail.draft, programme_id=programme.id), detail.version)
    page = make_audit_page(qtbot, services, runner)

    newest = [page.model.data(page.model.index(0, c)) for c in (AuditColumn.FIELD, AuditColumn.OLD,
                                                                AuditColumn.NEW)]
    assert newest == ["Chương trình", None, programme.name]


def test_audit_page_periods_and_a_record(
    qtbot: QtBot, services: Services, runner: InlineTaskRunner, make_initiative: MakeInitiative
) -> None:
    first, other = make_initiative(title="Một"), make_initiative(title="Hai")
    page = make_audit_page(qtbot, services, runner)
    everything = services.audit.query().total
    assert page.model.rowCount() == everything
    assert not page.ui.sinceEdit.isVisibleTo(page)

    with qtbot.waitSignal(page.results_shown, timeout=WAIT_MS):
        page.ui.periodCombo.setCurrentIndex(page.ui.periodCombo.findData("custom"))
        page.ui.sinceEdit.setDate(QDate(2000, 1, 1))
        page.ui.untilEdit.setDate(QDate(2000, 12, 31))
    assert page.ui.sinceEdit.isVisibleTo(page)
    assert page.current_filter().since == date(2000, 1, 1)
    assert page.model.rowCount() == 0 and page.ui.countLabel.text() == "Số thay đổi: 0"

    with qtbot.waitSignal(page.results_shown, timeout=WAIT_MS):
        page.ui.periodCombo.setCurrentIndex(page.ui.periodCombo.findData("today"))
    assert page.model.rowCount() == everything
    with qtbot.waitSignal(page.results_shown, timeout=WAIT_MS):
        page.show_record(first.code)
    assert {
        page.model.data(page.model.index(r, 0), ITEM_ROLE).record_label.split(" – ")[0]
        for r in range(page.model.rowCount())
    } == {first.code}
    assert other.code not in str(page.current_filter())


def test_period_ranges() -> None:
    today = date(2025, 3, 10)
    assert period_range("today", today) == (today, today)
    assert period_range("week", today) == (date(2025, 3, 4), today)
    assert period_range("year", today) == (date(2025, 1, 1), today)
    assert period_range("any", today) == (None, None)
    assert AuditFilter(since=date(2025, 3, 4)).since == period_range("week", today)[0]
    assert datetime(2025, 1, 1).date() == period_range("year", today)[0]


# -- the trash page ---------------------------------------------------------------------------------


def make_trash_page(qtbot: QtBot, services: Services, runner: Any) -> TrashPage:
    page = TrashPage(services.trash, runner)
    qtbot.addWidget(page)
    page.resize(1000, 400)
    with qtbot.waitSignal(page.results_shown, timeout=WAIT_MS):
        page.show()
    return page


def _select(page: TrashPage, row: int) -> None:
    page.ui.tableView.selectRow(row)


def test_trash_page_restores_the_selected_record(
    qtbot: QtBot, services: Services, runner: InlineTaskRunner, make_initiative: MakeInitiative
) -> None:
    view = make_initiative(title="Đồ gá hàn")
    services.trash.delete("initiative", view.id, 1)
    page = make_trash_page(qtbot, services, runner)
    assert page.ui.countLabel.text() == "Trong thùng rác: 1"
    assert not page.ui.restoreButton.isEnabled() and not page.ui.purgeButton.isEnabled()
    _select(page, 0)
    assert page.ui.restoreButton.isEnabled()
    assert page.ui.restoreButton.text() == "&Khôi phục"

    with qtbot.waitSignal(page.records_changed, timeout=WAIT_MS):
        page.ui.restoreButton.click()
    assert page.ui.messageLabel.text() == f"Đã khôi phục: {view.code} – Đồ gá hàn"
    assert page.model.rowCount() == 0 and services.initiatives.get(view.id).title == "Đồ gá hàn"


def test_trash_page_purges_only_after_confirmation_naming_the_record(
    qtbot: QtBot, services: Services, runner: InlineTaskRunner, make_initiative: MakeInitiative
) -> None:
    view = make_initiative(title="Đồ gá hàn")
    services.trash.delete("initiative", view.id, 1)
    page = make_trash_page(qtbot, services, runner)
    _select(page, 0)

    box = page.purge_selected()
    assert box is not None and box.isVisible()
    assert box.text() == f"Xoá vĩnh viễn sáng kiến “{view.code} – Đồ gá hàn”?"
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert services.trash.items().total == 1 and services.trash.purged_ids("initiative") == frozenset()

    _select(page, 0)
    box = page.purge_selected()
    assert box is not None
    with qtbot.waitSignal(page.records_changed, timeout=WAIT_MS):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert services.trash.purged_ids("initiative") == {view.id}
    assert page.model.rowCount() == 0
    assert page.ui.messageLabel.text().startswith("Đã xoá vĩnh viễn:")


def test_trash_page_shows_a_refusal(
    qtbot: QtBot, services: Services, runner: InlineTaskRunner, make_initiative: MakeInitiative
) -> None:
    view = make_initiative()
    services.trash.delete("initiative", view.id, 1)
    hoa = next(i for i in services.people.search("Hoa").items)
    services.trash.delete("person", hoa.id, hoa.version)
    page = make_trash_page(qtbot, services, runner)
    rows = [page.model.data(page.model.index(r, 0), ITEM_ROLE).entity for r in range(page.model.rowCount())]
    _select(page, rows.index("initiative"))
    page.ui.restoreButton.click()
    assert "Nguyễn Thị Hoa" in page.ui.messageLabel.text()
    assert page.ui.restoreButton.isEnabled()  # nothing stuck after the refusal
    page.grab().save("/tmp/trash_page.png")
