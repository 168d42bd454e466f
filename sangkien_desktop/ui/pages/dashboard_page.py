"""The dashboard (Tổng quan): a year's figures and the progress against the programme's targets.

The figures are computed on the db lane (``DashboardService.dashboard``); the page only draws them.
Every figure can be clicked: ``open_registry(RegistryFilter)`` asks the main window to show the
registry narrowed to the initiatives that figure counts (``show_in_registry`` sets its filters).
"""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QLayout, QProgressBar, QPushButton, QWidget

from sangkien_desktop.domain.dashboard import (
    Breakdown,
    Dashboard,
    Figures,
    ReportPeriod,
    Tally,
    TargetProgress,
)
from sangkien_desktop.domain.enums import InitiativeStatus, PeriodKind
from sangkien_desktop.domain.errors import KnownError
from sangkien_desktop.domain.model import RegistryFilter
from sangkien_desktop.domain.text import format_date, format_money, format_number
from sangkien_desktop.ui.dialogs.targets_dialog import TargetsDialog
from sangkien_desktop.ui.forms.ui_dashboard_page import Ui_DashboardPage
from sangkien_desktop.ui.i18n import arg
from sangkien_desktop.ui.labels import enum_label, short_label
from sangkien_desktop.ui.pages.dashboard_charts import Bar, FigureChart
from sangkien_desktop.ui.tasks import Runner

if TYPE_CHECKING:
    from sangkien_desktop.services.dashboard import DashboardService
    from sangkien_desktop.ui.pages.initiatives_page import InitiativesPage

__all__ = ["DEPARTMENTS_SHOWN", "DashboardPage", "show_in_registry"]

DEPARTMENTS_SHOWN = 10  # the largest departments; the registry filter finds any other
# Minimum heights (px); horizontal bar charts grow with their number of bars.
_CHART_HEIGHTS = {"status": 300, "kind": 300, "field": 300, "department": 300, "authors": 260,
                  "rewards": 260, "trend": 280}


def show_in_registry(page: InitiativesPage, registry_filter: RegistryFilter) -> None:
    """Set the registry's search box and filters to exactly ``registry_filter`` (it then reloads once:
    changes made in one turn of the event loop are coalesced into one query)."""
    ui = page.ui
    ui.searchEdit.clear()
    for combo, value in ((ui.statusCombo, registry_filter.status), (ui.kindCombo, registry_filter.kind),
                         (ui.fieldCombo, registry_filter.field_code),
                         (ui.programmeCombo, registry_filter.programme_id)):
        found = combo.findData(value)
        combo.setCurrentIndex(max(0, found))
    ui.departmentEdit.setText(registry_filter.department or "")
    ui.yearSpin.setValue(registry_filter.year or 0)
    ui.quarterCombo.setCurrentIndex(registry_filter.quarter or 0)


class DashboardPage(QWidget):
    """Year and programme choice, progress bars (with "Set targets…"), four summary cards and seven charts.

    ``open_registry(RegistryFilter)`` is emitted when a figure is clicked, ``open_rewards()`` for the
    rewards (their own page), ``shown(Dashboard)`` once new figures are on screen. Deliveries of an
    older request than the latest are dropped.
    """

    open_registry = Signal(object)
    open_rewards = Signal()
    shown = Signal(object)

    def __init__(self, dashboard: DashboardService, runner: Runner, parent: QWidget | None = None, *,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)
        self._service = dashboard
        self._runner = runner
        self._request = 0
        self._programmes_filled = False
        self.board: Dashboard | None = None
        self._progress_widgets: list[QWidget] = []
        self.targets_button = QPushButton(self.tr("Set &targets…"), self)
        self.targets_button.setToolTip(self.tr("Enter the targets assigned and registered for a year, a "
                                               "quarter or a phase of the programme"))
        self.targets_button.clicked.connect(self.open_targets)
        self.charts = {name: self._chart(getattr(self.ui, f"{name}ChartLayout"), height)
                       for name, height in _CHART_HEIGHTS.items()}
        self.charts["rewards"].picked_without_link.connect(self.open_rewards)
        self.ui.yearSpin.setValue((today or date.today()).year)
        self.ui.yearSpin.valueChanged.connect(self.refresh)
        self.ui.programmeCombo.activated.connect(self.refresh)
        self.ui.refreshButton.clicked.connect(self.refresh)
        for card in (self.ui.initiativesCard, self.ui.benefitCard, self.ui.authorsCard):
            card.clicked.connect(self._open_whole_year)
        self.ui.rewardsCard.clicked.connect(self.open_rewards)  # rewards are not initiatives: their page

    def showEvent(self, event: QShowEvent) -> None:
        """Figures are computed each time the page comes into view, so they follow the latest edits."""
        super().showEvent(event)
        self.refresh()

    def _chart(self, layout: QLayout, height: int) -> FigureChart:
        chart = FigureChart(self, height)
        chart.picked.connect(self.open_registry)
        layout.addWidget(chart)
        return chart

    # -- loading ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Compute the figures for the chosen year and programme on the db lane."""
        self._request += 1
        request = self._request
        year = self.ui.yearSpin.value()
        programme_id = self.ui.programmeCombo.currentData() if self._programmes_filled else None
        self.ui.statusLabel.setText(self.tr("Computing the figures…"))
        self._runner.run(partial(self._service.dashboard, year, programme_id), lane="db",
                         on_success=partial(self._delivered, request), on_failure=self._failed)

    def _delivered(self, request: int, board: Dashboard) -> None:
        if request != self._request:
            return  # an older year's figures arriving after a newer request
        self.board = board
        self._fill_programmes(board)
        self.ui.statusLabel.setText(self._basis_text(board))
        self._show_progress(board)
        self._show_cards(board.figures)
        self._show_charts(board.figures)
        self.shown.emit(board)

    def _failed(self, exc: Exception) -> None:
        if not isinstance(exc, KnownError):
            raise exc
        self.ui.statusLabel.setText(exc.message)

    def _fill_programmes(self, board: Dashboard) -> None:
        combo = self.ui.programmeCombo
        if not self._programmes_filled:
            for programme in board.programmes:
                combo.addItem(programme.name, programme.id)
                combo.setItemData(combo.count() - 1, programme.name, Qt.ItemDataRole.ToolTipRole)
            self._programmes_filled = True
        if board.programme is not None:
            combo.setCurrentIndex(max(0, combo.findData(board.programme.id)))

    def _basis_text(self, board: Dashboard) -> str:
        return arg(self.tr("Initiatives first applied in %1 (the registry's year filter); progress counts "
                           "the uploads the upper union's server received."), board.year or "")

    # -- progress -----------------------------------------------------------------------------------

    def period_text(self, period: ReportPeriod) -> str:
        if period.kind == PeriodKind.QUY:
            return arg(self.tr("Quarter %1/%2"), period.quarter or "", period.year)
        if period.kind == PeriodKind.NAM:
            return arg(self.tr("Year %1"), period.year)
        return f"{period.phase_name} ({format_date(period.starts_on)} – {format_date(period.ends_on)})"

    def _show_progress(self, board: Dashboard) -> None:
        layout = self.ui.progressLayout
        for widget in self._progress_widgets:
            layout.removeWidget(widget)
            widget.hide()  # at once: deleteLater waits for the event loop
            widget.deleteLater()
        self._progress_widgets = []
        layout.removeWidget(self.targets_button)
        self.targets_button.setEnabled(board.programme is not None)
        if board.programme is None:
            note = QLabel(self.tr("No programme has been entered yet."), self)
            layout.addWidget(note, 0, 0, 1, 3)
            self._progress_widgets.append(note)
            return
        link = RegistryFilter(status=InitiativeStatus.HOP_LE, programme_id=board.programme.id)
        for row, progress in enumerate(board.progress):
            widgets = self._progress_row(progress, link, progress.period == board.current)
            for column, widget in enumerate(widgets):
                layout.addWidget(widget, row, column)
            self._progress_widgets += widgets
        # Under the bars, in the last column: the rows above stay name, bar, detail.
        layout.addWidget(self.targets_button, len(board.progress), 2, Qt.AlignmentFlag.AlignRight)

    def open_targets(self) -> TargetsDialog:
        """The targets dialog on the programme and quarter shown; the figures follow each save."""
        board = self.board
        programme_id = board.programme.id if board is not None and board.programme is not None else None
        dialog = TargetsDialog(self._service, self._runner, self, programme_id=programme_id,
                               period=board.current if board is not None else None)
        dialog.saved.connect(lambda _progress: self.refresh())
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _progress_row(self, progress: TargetProgress, link: RegistryFilter, current: bool) -> list[QWidget]:
        name = QLabel(self.period_text(progress.period), self)
        if current:
            name.setStyleSheet("font-weight: bold")
        bar = QProgressBar(self)
        bar.setRange(0, 100)
        bar.setValue(progress.bar_value)
        bar.setFormat(progress.percent_text if progress.assigned else self.tr("No target set"))
        bar.setAccessibleName(name.text())
        detail = QPushButton(self._progress_detail(progress), self)
        detail.setFlat(True)
        detail.setToolTip(self.tr("Show the programme's valid initiatives in the registry"))
        detail.clicked.connect(lambda: self.open_registry.emit(link))
        return [name, bar, detail]

    def _progress_detail(self, progress: TargetProgress) -> str:
        if progress.assigned is None:
            return arg(self.tr("%1 valid, %2 submitted"), format_number(progress.valid),
                       format_number(progress.submitted))
        return arg(self.tr("%1 valid of a target of %2 (registered %3), %4 submitted"),
                   format_number(progress.valid), format_number(progress.assigned),
                   format_number(progress.registered or 0), format_number(progress.submitted))

    # -- cards and charts ---------------------------------------------------------------------------

    def _show_cards(self, figures: Figures) -> None:
        ui = self.ui
        ui.initiativesCard.setText(arg(self.tr("Initiatives\n%1"), format_number(figures.initiatives)))
        ui.benefitCard.setText(arg(self.tr("Total benefit\n%1"), format_money(figures.benefit.total_vnd)))
        ui.benefitCard.setToolTip(arg(self.tr("Of which estimates: %1 (%2 initiatives)"),
                                      format_money(figures.benefit.estimated_vnd),
                                      format_number(figures.benefit.estimated)))
        authors = figures.authors
        ui.authorsCard.setText(arg(self.tr("Authors\n%1 (%2 women)"), format_number(authors.persons),
                                   format_number(authors.women)))
        ui.rewardsCard.setText(arg(self.tr("Rewards\n%1 · %2"), format_number(figures.rewards.count),
                                   format_money(figures.rewards.amount_vnd)))

    def _show_charts(self, figures: Figures) -> None:
        self.charts["status"].show_bars([("", self._bars(figures.by_status))], horizontal=True)
        # Kinds and fields have long names: their short forms fit beside a bar (tooltips say it all).
        self.charts["kind"].show_pie(self._bars(figures.by_kind, short=True))
        self.charts["field"].show_bars([("", self._bars(figures.by_field, short=True))], horizontal=True)
        departments = self._bars(figures.by_department)[:DEPARTMENTS_SHOWN]
        self.charts["department"].show_bars([("", departments)], horizontal=True)
        self.charts["authors"].show_bars([("", self._author_bars(figures))])
        rewards = [Bar(enum_label(line.form), line.count, detail=format_money(line.amount_vnd))
                   for line in figures.rewards.lines]
        self.charts["rewards"].show_pie(rewards)
        months = [arg(self.tr("M%1"), point.month.month) for point in figures.trend]
        initiatives = [Bar(m, p.initiatives, p.link) for m, p in zip(months, figures.trend, strict=True)]
        authorships = [Bar(m, p.authorships, p.link) for m, p in zip(months, figures.trend, strict=True)]
        self.charts["trend"].show_bars([(self.tr("Initiatives"), initiatives),
                                        (self.tr("Authors taking part"), authorships)])

    def _bars(self, breakdown: Breakdown, *, short: bool = False) -> list[Bar]:
        return [Bar(self._tally_label(tally, short), tally.count, tally.link,
                    f"{self._tally_label(tally)}: {format_number(tally.count)}")
                for tally in breakdown.tallies]

    def _tally_label(self, tally: Tally, short: bool = False) -> str:
        if tally.member is not None:
            return short_label(tally.member) if short else enum_label(tally.member)
        return tally.text or self.tr("(not recorded)")

    def _author_bars(self, figures: Figures) -> list[Bar]:
        authors, link = figures.authors, figures.link
        return [Bar(self.tr("Authors"), authors.persons, link), Bar(self.tr("Women"), authors.women, link),
                Bar(self.tr("Union members"), authors.members, link),
                Bar(self.tr("Direct production"), authors.direct_workers, link),
                Bar(self.tr("Authorships"), authors.authorships, link)]

    def _open_whole_year(self) -> None:
        if self.board is not None and self.board.figures.link is not None:
            self.open_registry.emit(self.board.figures.link)
