"""The dashboard page offscreen on the known store (tests/dashboard/conftest.py): figures, charts,
clicks through to the registry, and the REPORTS section of the main window."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCharts import QPieSeries
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from sangkien_desktop.domain.enums import FieldCode, InitiativeStatus, SolutionKind
from sangkien_desktop.domain.model import RegistryFilter
from sangkien_desktop.persistence.models import Programme
from sangkien_desktop.ui.main_window import MainWindow, Section
from sangkien_desktop.ui.pages.dashboard_charts import FigureChart, bar_position
from sangkien_desktop.ui.pages.dashboard_page import DashboardPage, show_in_registry
from sangkien_desktop.ui.pages.reports_page import ReportsPage, ReportsSection
from sangkien_desktop.ui.pages.rewards_page import RewardsPage
from sangkien_desktop.ui.tasks import InlineTaskRunner
from tests.dashboard.conftest import KnownStore, known  # noqa: F401  (the fixture)
from tests.support.runners import DeferredRunner


@pytest.fixture
def page(qtbot: QtBot, known: KnownStore, runner: InlineTaskRunner) -> DashboardPage:  # noqa: F811
    shown = DashboardPage(known.services.dashboard, runner, today=date(2025, 11, 20))
    qtbot.addWidget(shown)
    shown.resize(1280, 2000)
    shown.show()
    return shown


def click_bar(qtbot: QtBot, chart: FigureChart, label: str) -> None:
    """A real mouse click in the middle of the bar labelled ``label`` (first set)."""
    index = next(i for i, bar in enumerate(chart.bars[0]) if bar.label == label)
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=bar_position(chart, 0, index).toPoint())


def test_figures_of_the_year(page: DashboardPage, tmp_path: Path) -> None:
    ui = page.ui
    assert page.board is not None and page.board.year == 2025
    assert ui.initiativesCard.text() == "Sáng kiến\n5"
    assert ui.benefitCard.text() == "Tổng giá trị làm lợi\n169.345.678 đ"
    assert ui.benefitCard.toolTip() == "Trong đó số ước tính: 50.000.000 đ (1 sáng kiến)"
    assert ui.authorsCard.text() == "Tác giả\n5 (2 nữ)"
    assert ui.rewardsCard.text() == "Khen thưởng\n4 · 4.000.000 đ"
    assert ui.programmeCombo.currentText() == "Sáng kiến vì năng suất 2025–2026"
    assert "áp dụng lần đầu trong năm 2025" in ui.statusLabel.text()
    page.grab().save(str(tmp_path / "dashboard.png"))


def test_progress_bars_with_percentages(page: DashboardPage) -> None:
    layout = page.ui.progressLayout
    rows = [[layout.itemAtPosition(r, c).widget() for c in range(3)] for r in range(layout.rowCount())
            if layout.itemAtPosition(r, 0) is not None]
    texts = [(name.text(), bar.text(), detail.text()) for name, bar, detail in rows]
    assert texts == [
        ("Quý 4/2025", "Chưa có chỉ tiêu", "1 hợp lệ, 1 đã nộp"),
        ("Năm 2025", "42,9%", "3 hợp lệ / chỉ tiêu 7 (đăng ký 8), 4 đã nộp"),
        ("Giai đoạn 1 (01/01/2025 – 30/06/2025)", "Chưa có chỉ tiêu", "2 hợp lệ, 3 đã nộp"),
        ("Giai đoạn 2 (01/07/2025 – 31/12/2026)", "Chưa có chỉ tiêu", "1 hợp lệ, 1 đã nộp"),
    ]
    assert rows[1][1].value() == 42 and rows[0][0].styleSheet() == "font-weight: bold"  # the current quarter


def test_charts_show_every_breakdown_in_order(page: DashboardPage) -> None:
    status = page.charts["status"]
    values = {bar.label: bar.value for bar in status.bars[0]}
    assert values["Đang áp dụng thử / lần đầu"] == 3 and values["Đã công nhận"] == 2
    # Horizontal bars read top down: the workflow's first status is drawn at the top (last category).
    assert status.bars[0][-1].label == "Ý tưởng"
    # Kinds and fields by their short forms; the tooltip names them in full.
    field = {bar.label: bar.value for bar in page.charts["field"].bars[0] if bar.value}
    assert field == {"Sản xuất, KD": 3, "ATVSLĐ": 1, "CNTT": 1}
    safety = next(bar for bar in page.charts["field"].bars[0] if bar.label == "ATVSLĐ")
    assert safety.tooltip == "An toàn, vệ sinh lao động: 1"
    departments = [(bar.label, bar.value) for bar in reversed(page.charts["department"].bars[0])]
    assert departments == [("Phân xưởng Dệt 1", 2), ("Phòng Kỹ thuật", 2), ("(chưa ghi)", 1)]
    pie = page.charts["kind"].series
    assert isinstance(pie, QPieSeries)
    assert [s.label() for s in pie.slices() if s.value()] == [
        "Kỹ thuật: 2", "Quản lý: 1", "Tác nghiệp: 1", "Đề tài NCKH: 1"]
    authors = [(bar.label, bar.value) for bar in page.charts["authors"].bars[0]]
    assert authors == [("Tác giả", 5), ("Nữ", 2), ("Đoàn viên", 4), ("Trực tiếp sản xuất", 3),
                       ("Lượt người", 7)]
    trend = page.charts["trend"]
    assert [bar.label for bar in trend.bars[0]][:3] == ["T1", "T2", "T3"]
    assert [bar.value for bar in trend.bars[1]] == [2, 1, 0, 0, 2, 0, 0, 1, 0, 0, 1, 0]
    rewards = page.charts["rewards"].series
    assert isinstance(rewards, QPieSeries)
    assert [s.label() for s in rewards.slices()] == ["Giấy khen BCH CĐCS: 3 (2.000.000 đ)",
                                                     "Thưởng của người sử dụng lao động: 1 (2.000.000 đ)"]


def test_clicking_a_bar_asks_for_the_registry_of_exactly_that_figure(qtbot: QtBot, page: DashboardPage,
                                                                     known: KnownStore) -> None:  # noqa: F811
    with qtbot.waitSignal(page.open_registry, timeout=2000) as clicked:
        click_bar(qtbot, page.charts["status"], "Đang áp dụng thử / lần đầu")
    wanted = RegistryFilter(status=InitiativeStatus.AP_DUNG_THU, year=2025)
    assert clicked.args == [wanted]
    assert known.services.initiatives.list(filter=wanted).total == 3
    with qtbot.waitSignal(page.open_registry, timeout=2000) as clicked:
        click_bar(qtbot, page.charts["field"], "ATVSLĐ")
    assert clicked.args == [RegistryFilter(field_code=FieldCode.ATVSLD, year=2025)]
    with qtbot.waitSignal(page.open_registry, timeout=2000) as clicked:
        page.ui.initiativesCard.click()
    assert clicked.args == [RegistryFilter(year=2025)]


def test_a_pie_slice_and_the_rewards(qtbot: QtBot, page: DashboardPage) -> None:
    kind = page.charts["kind"].slices()[0]
    with qtbot.waitSignal(page.open_registry, timeout=2000) as clicked:
        kind.clicked.emit()
    assert clicked.args == [RegistryFilter(kind=SolutionKind.KY_THUAT, year=2025)]
    with qtbot.waitSignal(page.open_rewards, timeout=2000):
        page.ui.rewardsCard.click()
    with qtbot.waitSignal(page.open_rewards, timeout=2000):
        page.charts["rewards"].slices()[0].clicked.emit()


def test_changing_the_year_recomputes(page: DashboardPage) -> None:
    page.ui.yearSpin.setValue(2024)
    assert page.board is not None and page.board.figures.initiatives == 1
    assert page.ui.initiativesCard.text() == "Sáng kiến\n1"


def test_a_late_answer_for_an_older_year_is_dropped(qtbot: QtBot, known: KnownStore) -> None:  # noqa: F811
    runner = DeferredRunner()
    late = DashboardPage(known.services.dashboard, runner, today=date(2025, 1, 1))
    qtbot.addWidget(late)
    late.show()  # asks for 2025
    late.ui.yearSpin.setValue(2024)  # asks for 2024
    runner.pending.reverse()  # 2024 arrives first, 2025 afterwards
    runner.release_all()
    assert late.board is not None and late.board.year == 2024


def test_show_in_registry_sets_every_filter(qtbot: QtBot, known: KnownStore,  # noqa: F811
                                            runner: InlineTaskRunner, settings: QSettings) -> None:
    window = MainWindow(known.services, runner, known.services.office.get_office(), settings)
    qtbot.addWidget(window)
    window.show()
    wanted = RegistryFilter(status=InitiativeStatus.DA_CONG_NHAN, kind=SolutionKind.KY_THUAT,
                            field_code=FieldCode.ATVSLD, department="Phân xưởng Dệt 1", year=2025, quarter=1,
                            programme_id=known.programme_id)
    registry = window.initiatives_page
    registry.ui.searchEdit.setText("khuon")
    show_in_registry(registry, wanted)
    assert registry.current_filter() == wanted and registry.ui.searchEdit.text() == ""
    show_in_registry(registry, RegistryFilter())
    assert registry.current_filter() == RegistryFilter()


def test_reports_section_in_the_main_window(qtbot: QtBot, known: KnownStore,  # noqa: F811
                                            runner: InlineTaskRunner, settings: QSettings,
                                            tmp_path: Path) -> None:
    window = MainWindow(known.services, runner, known.services.office.get_office(), settings)
    qtbot.addWidget(window)
    window.resize(1400, 1000)
    window.show()
    window.show_page(Section.REPORTS)
    section = window.current_page()
    assert isinstance(section, ReportsSection)
    assert [section.tabText(i) for i in range(section.count())] == ["Tổng quan", "Báo cáo"]
    assert isinstance(section.reports, ReportsPage)
    dashboard = section.dashboard
    dashboard.ui.yearSpin.setValue(2025)
    qtbot.wait(50)  # widgets added to a shown layout appear, and charts resize, on later turns
    window.grab().save(str(tmp_path / "reports-section.png"))
    click_bar(qtbot, dashboard.charts["status"], "Đã công nhận")
    assert window.current_page() is window.initiatives_page
    registry = window.initiatives_page
    assert registry.current_filter() == RegistryFilter(status=InitiativeStatus.DA_CONG_NHAN, year=2025)
    qtbot.waitUntil(lambda: registry.ui.countLabel.text() == "Tìm thấy 2 sáng kiến", timeout=3000)
    window.show_page(Section.REPORTS)
    dashboard.ui.rewardsCard.click()
    assert isinstance(window.current_page(), RewardsPage)


def test_no_programme_yet(qtbot: QtBot, known: KnownStore, runner: InlineTaskRunner) -> None:  # noqa: F811
    # A store without programmes: the progress group says so instead of showing empty bars.
    with known.services.uow() as uow:
        for programme in uow.session.query(Programme).all():
            programme.deleted_at = uow.now()
        uow.commit()
    empty = DashboardPage(known.services.dashboard, runner, today=date(2025, 6, 1))
    qtbot.addWidget(empty)
    empty.show()
    note = empty.ui.progressLayout.itemAtPosition(0, 0).widget()
    assert note.text() == "Chưa có chương trình nào."
    assert empty.ui.programmeCombo.count() == 0
