"""The dashboard's charts (QtCharts): bars and pies whose every bar or slice can be clicked.

``FigureChart`` is a chart view that knows, for each bar (or slice), the registry filter it stands
for, and emits ``picked(RegistryFilter)`` when one is clicked. Numbers are printed the Vietnamese
way ("12.345") through the chart's locale.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QPieSlice,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from sangkien_desktop.domain.model import RegistryFilter
from sangkien_desktop.domain.text import format_number

__all__ = ["Bar", "FigureChart", "bar_position"]

CHART_HEIGHT = 260
ROW_HEIGHT = 32  # px per category of a horizontal bar chart
# A calm palette that prints legibly in grey as well.
COLOURS = ("#2f6f9f", "#d9822b", "#4f9a5a", "#b94a48", "#7a5ca8", "#8a6d3b", "#3a8c8c", "#a05c7b", "#6b7b8c")


@dataclass(frozen=True)
class Bar:
    """One value of a chart: its label, the number, and where a click leads (None: nowhere)."""

    label: str
    value: int
    link: RegistryFilter | None = None
    tooltip: str = ""  # shown when the mouse rests on the bar (default: label and value)
    detail: str = ""  # printed after a slice's value, "(2.000.000 đ)"


class FigureChart(QChartView):
    """One chart of the dashboard. ``picked(RegistryFilter)`` when a bar or slice with a link is clicked,
    ``picked_without_link()`` for one without (such as a reward form)."""

    picked = Signal(object)
    picked_without_link = Signal()

    def __init__(self, parent: QWidget | None = None, height: int = CHART_HEIGHT) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._height = height
        self.setMinimumHeight(height)
        self.bars: list[list[Bar]] = []  # per set (bar charts) or one list (pies)
        self.series: QAbstractBarSeries | QPieSeries | None = None

    def _new_chart(self) -> QChart:
        chart = QChart()
        chart.setLocalizeNumbers(True)
        chart.setLocale(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        chart.legend().setVisible(False)
        return chart

    def show_bars(self, sets: Sequence[tuple[str, Sequence[Bar]]], *, horizontal: bool = False) -> None:
        """Bars per category; several named sets side by side (with a legend) or one set. Horizontal
        bars read top down in the given order (Qt draws the first category at the bottom)."""
        if horizontal:
            sets = [(name, list(reversed(bars))) for name, bars in sets]
        chart = self._new_chart()
        series: QAbstractBarSeries = QHorizontalBarSeries() if horizontal else QBarSeries()
        series.setLabelsVisible(True)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.bars = []
        for n, (name, bars) in enumerate(sets):
            bar_set = QBarSet(name)
            bar_set.setColor(QColor(COLOURS[n % len(COLOURS)]))
            bar_set.setLabelColor(QColor("#202020"))
            bar_set.append([float(bar.value) for bar in bars])
            bar_set.clicked.connect(lambda index, at=n: self._bar_clicked(at, index))
            bar_set.hovered.connect(lambda inside, index, at=n: self._hovered(inside, at, index))
            series.append(bar_set)
            self.bars.append(list(bars))
        chart.addSeries(series)
        labels = [bar.label for bar in sets[0][1]] if sets else []
        self._axes(chart, series, labels, horizontal)
        if horizontal:  # Qt elides a category's label when its band is lower than the text
            self.setMinimumHeight(max(self._height, ROW_HEIGHT * len(labels) + 70))
        chart.legend().setVisible(len(sets) > 1)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        self.series = series
        self._install(chart)

    def _axes(self, chart: QChart, series: QAbstractBarSeries, labels: list[str], horizontal: bool) -> None:
        categories = QBarCategoryAxis()
        categories.append(labels)
        values = QValueAxis()
        values.setLabelFormat("%.0f")
        highest = max((bar.value for bars in self.bars for bar in bars), default=0)
        values.setRange(0, max(1, highest * 1.15))  # room for the value printed past the bar's end
        values.applyNiceNumbers()
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)

    def show_pie(self, bars: Sequence[Bar]) -> None:
        chart = self._new_chart()
        series = QPieSeries()
        self.bars = [list(bars)]
        for n, bar in enumerate(bars):
            text = f"{bar.label}: {format_number(bar.value)}" + (f" ({bar.detail})" if bar.detail else "")
            part = series.append(text, float(bar.value))
            part.setColor(QColor(COLOURS[n % len(COLOURS)]))
            part.setLabelVisible(bar.value > 0)
            part.clicked.connect(lambda at=n: self._slice_clicked(at))
            part.hovered.connect(lambda inside, at=n: self._hovered(inside, 0, at))
        series.setPieSize(0.6)
        chart.addSeries(series)
        self.series = series
        self._install(chart)

    def _install(self, chart: QChart) -> None:
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()

    def _hovered(self, inside: bool, set_index: int, index: int) -> None:
        """The bar under the mouse becomes the view's tooltip (shown when the mouse rests)."""
        bar = self.bars[set_index][index]
        self.setToolTip((bar.tooltip or f"{bar.label}: {format_number(bar.value)}") if inside else "")

    def _bar_clicked(self, set_index: int, index: int) -> None:
        self.pick(set_index, index)

    def _slice_clicked(self, index: int) -> None:
        self.pick(0, index)

    def pick(self, set_index: int, index: int) -> None:
        """What a click on bar ``index`` of set ``set_index`` (or on slice ``index``) does."""
        link = self.bars[set_index][index].link
        if link is not None:
            self.picked.emit(link)
        else:
            self.picked_without_link.emit()

    def slices(self) -> list[QPieSlice]:
        return list(self.series.slices()) if isinstance(self.series, QPieSeries) else []


def bar_position(view: FigureChart, set_index: int, index: int) -> QPointF:
    """Where bar ``index`` of set ``set_index`` is drawn, in the view's viewport (for tests and tips)."""
    series = view.series
    assert isinstance(series, QAbstractBarSeries)
    value = view.bars[set_index][index].value / 2
    count = len(view.bars)
    offset = (set_index - (count - 1) / 2) * (series.barWidth() / max(1, count))
    horizontal = isinstance(series, QHorizontalBarSeries)
    point = QPointF(value, index + offset) if horizontal else QPointF(index + offset, value)
    scene_point = view.chart().mapToScene(view.chart().mapToPosition(point, series))
    return QPointF(view.mapFromScene(scene_point))
