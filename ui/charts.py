"""A small bar chart painted with QPainter: vertical, horizontal and grouped bars.

QtCharts is not part of PySide6-Essentials, so training, KPI and appraisal pages draw their
charts with this widget (lines: ui/chart_lines.py; what both share: ui/chart_base.py). It
fills the space its layout gives it, keeps CJK labels readable (a font with Chinese
fallbacks, labels elided rather than overlapping), and shows a legend when there is more
than one series.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import QWidget

from ui.chart_base import (
    COLORS,
    GAP,
    MARGIN,
    Chart,
    nice_ceiling,
)


@dataclass(frozen=True)
class Series:
    """One set of bars: a name for the legend, a value per category, optional bar labels."""

    name: str
    values: tuple[float, ...]
    color: str | None = None
    labels: tuple[str, ...] | None = None  # text shown at each bar instead of the value


class BarChart(Chart):
    """Bars per category, one bar per series side by side; horizontal for long labels.

    Usage (a grouped chart; one series gives plain bars and no legend)::

        chart = BarChart(parent)                      # BarChart(parent, horizontal=True)
        chart.set_title("成员培训学时")
        chart.maximum = 100                           # optional fixed axis end
        chart.value_format = lambda v: f"{v:.0f}%"    # axis and bar labels
        chart.set_data(["周敏", "张伟"], [Series("Q1", (2, 6)), Series("Q2", (4, 0))],
                       tooltips=["合计 6 学时", "合计 6 学时"])
    """

    def __init__(self, parent: QWidget | None = None, *, horizontal: bool = False) -> None:
        super().__init__(parent)
        self.horizontal = horizontal
        self.maximum: float | None = None  # a fixed axis end (100 for percentages)
        self._categories: list[str] = []
        self._series: list[Series] = []
        self._tooltips: list[str] = []
        self._bars: list[tuple[QRectF, str]] = []  # where each bar was painted, for tooltips

    # -- data -------------------------------------------------------------------------------

    def set_data(
        self,
        categories: Sequence[str],
        series: Sequence[Series],
        tooltips: Sequence[str] | None = None,
    ) -> None:
        """Replace what the chart shows; each series has one value per category."""
        for s in series:
            if len(s.values) != len(categories):
                raise ValueError(f"series {s.name!r} has {len(s.values)} values")
        self._categories = list(categories)
        self._series = list(series)
        self._tooltips = list(tooltips or [])
        self.updateGeometry()
        self.update()

    def categories(self) -> list[str]:
        return list(self._categories)

    def series(self) -> list[Series]:
        return list(self._series)

    def value(self, category: str, series: int = 0) -> float:
        return self._series[series].values[self._categories.index(category)]

    def is_empty(self) -> bool:
        return not self._categories or not self._series

    # -- size -------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        if self.horizontal:
            rows = max(len(self._categories), 3)
            return QSize(420, self._top_height(420) + rows * self._row_height() + 2 * MARGIN)
        return QSize(480, 280)

    # -- painting ---------------------------------------------------------------------------

    def bars(self) -> list[tuple[QRectF, str]]:
        """Where each bar was last painted, with its tooltip text."""
        return list(self._bars)

    def tooltip_at(self, point: QPointF) -> str:
        return next((text for rect, text in self._bars if rect.contains(point)), "")

    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() + 10

    def _legend_shown(self) -> bool:
        return len(self._series) > 1

    def _top_height(self, width: int) -> int:
        """Height of the title and legend lines above the plot."""
        metrics = QFontMetrics(self.font())
        height = metrics.height() + GAP if self.title else 0
        if self._legend_shown():
            height += self._legend_lines(metrics, width) * (metrics.height() + 2) + GAP
        return height

    def _legend_items(self, metrics: QFontMetrics) -> list[tuple[int, Series, QColor]]:
        box = metrics.height() - 4
        return [
            (box + 4 + metrics.horizontalAdvance(s.name) + 14, s, self._color(i))
            for i, s in enumerate(self._series)
        ]

    def _legend_lines(self, metrics: QFontMetrics, width: int) -> int:
        lines, x = 1, 0
        for item_width, _, _ in self._legend_items(metrics):
            if x and x + item_width > width - 2 * MARGIN:
                lines, x = lines + 1, 0
            x += item_width
        return lines

    def _color(self, index: int) -> QColor:
        chosen = self._series[index].color
        return QColor(chosen or COLORS[index % len(COLORS)])

    def _forget_painted(self) -> None:
        self._bars = []

    def _paint_chart(self, painter: QPainter, metrics: QFontMetrics, area: QRect) -> None:
        if self._legend_shown():
            area.setTop(self._paint_legend(painter, metrics, area) + GAP)
        if self.horizontal:
            self._paint_horizontal(painter, metrics, area)
        else:
            self._paint_vertical(painter, metrics, area)

    def _paint_legend(self, painter: QPainter, metrics: QFontMetrics, area: QRect) -> int:
        x, y = area.left(), area.top()
        box = metrics.height() - 4
        for item_width, series, color in self._legend_items(metrics):
            if x > area.left() and x + item_width > area.right():
                x, y = area.left(), y + metrics.height() + 2
            painter.fillRect(QRect(x, y + 2, box, box), color)
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            text = QRect(x + box + 4, y, item_width - box - 4, metrics.height())
            painter.drawText(
                text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, series.name
            )
            x += item_width
        return y + metrics.height()

    def _axis(self) -> tuple[float, float]:
        top = max((v for s in self._series for v in s.values), default=0.0)
        if self.maximum is not None:
            top = max(top, self.maximum)
            return top, nice_ceiling(top)[1]
        return nice_ceiling(top * 1.08)  # headroom for the value written above the bar

    def _bar_text(self, series: Series, index: int) -> str:
        if series.labels is not None:
            return series.labels[index]
        return self.value_format(series.values[index])

    def _tooltip(self, series: Series, index: int) -> str:
        lines = [f"{self._categories[index]} · {series.name}: {self._bar_text(series, index)}"]
        if index < len(self._tooltips) and self._tooltips[index]:
            lines.append(self._tooltips[index])
        return "\n".join(lines)

    def _paint_vertical(self, painter: QPainter, metrics: QFontMetrics, area: QRect) -> None:
        top, step = self._axis()
        ticks = [step * i for i in range(int(round(top / step)) + 1)]
        axis_width = max(metrics.horizontalAdvance(self.value_format(t)) for t in ticks) + GAP
        plot = QRect(
            area.left() + axis_width,
            area.top() + metrics.height() // 2,
            area.width() - axis_width,
            area.height() - metrics.height() * 3 // 2 - GAP,
        )
        if plot.height() < 20 or plot.width() < 20:
            return
        grid = self.palette().color(QPalette.ColorRole.Mid)
        text_color = self.palette().color(QPalette.ColorRole.Text)

        def y_of(value: float) -> float:
            return plot.bottom() - plot.height() * (value / top)

        for tick in ticks:
            y = y_of(tick)
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text_color)
            label = QRectF(
                area.left(), y - metrics.height() / 2, axis_width - GAP, metrics.height()
            )
            painter.drawText(
                label,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self.value_format(tick),
            )
        slot = plot.width() / len(self._categories)
        bar = slot * 0.78 / len(self._series)
        for ci, category in enumerate(self._categories):
            left = plot.left() + ci * slot + slot * 0.11
            for si, series in enumerate(self._series):
                value = series.values[ci]
                rect = QRectF(
                    left + si * bar, y_of(value), max(bar - 2, 1), plot.bottom() - y_of(value)
                )
                painter.fillRect(rect, self._color(si))
                self._bars.append((rect.adjusted(0, -4, 0, 0), self._tooltip(series, ci)))
                text = self._bar_text(series, ci)
                if value and metrics.horizontalAdvance(text) <= bar + 2:
                    painter.setPen(text_color)
                    above = QRectF(
                        rect.left() - 2, rect.top() - metrics.height(), bar + 2, metrics.height()
                    )
                    painter.drawText(above, Qt.AlignmentFlag.AlignCenter, text)
            painter.setPen(text_color)
            name = metrics.elidedText(category, Qt.TextElideMode.ElideRight, int(slot) - 2)
            below = QRectF(plot.left() + ci * slot, plot.bottom() + GAP / 2, slot, metrics.height())
            painter.drawText(below, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, name)
        painter.setPen(text_color)
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())

    def _paint_horizontal(self, painter: QPainter, metrics: QFontMetrics, area: QRect) -> None:
        top, _ = self._axis()
        names_width = min(
            max(metrics.horizontalAdvance(c) for c in self._categories) + GAP,
            int(area.width() * 0.4),
        )
        values_width = max(
            metrics.horizontalAdvance(self._bar_text(s, i))
            for s in self._series
            for i in range(len(self._categories))
        )
        plot = QRect(
            area.left() + names_width,
            area.top(),
            area.width() - names_width - values_width - GAP,
            area.height(),
        )
        if plot.width() < 20:
            return
        text_color = self.palette().color(QPalette.ColorRole.Text)
        row = min(plot.height() / len(self._categories), self._row_height() * 2.0)
        bar = max(row * 0.7 / len(self._series), 2)
        for ci, category in enumerate(self._categories):
            y = plot.top() + ci * row + row * 0.15
            painter.setPen(text_color)
            name = metrics.elidedText(category, Qt.TextElideMode.ElideRight, names_width - GAP)
            label = QRectF(area.left(), plot.top() + ci * row, names_width - GAP, row)
            painter.drawText(
                label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name
            )
            for si, series in enumerate(self._series):
                value = series.values[ci]
                length = plot.width() * (value / top) if top else 0
                if self.maximum is not None:  # the full track, so 0 % still shows a row
                    track = QRectF(plot.left(), y + si * bar, plot.width(), max(bar - 1, 1))
                    painter.fillRect(track, self.palette().color(QPalette.ColorRole.AlternateBase))
                rect = QRectF(plot.left(), y + si * bar, max(length, 1), max(bar - 1, 1))
                painter.fillRect(rect, self._color(si))
                self._bars.append((rect, self._tooltip(series, ci)))
                painter.setPen(text_color)
                after = QRectF(
                    rect.right() + GAP / 2,
                    rect.top() - metrics.height(),
                    values_width + GAP,
                    bar + 2 * metrics.height(),
                )
                painter.drawText(
                    after,
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    self._bar_text(series, ci),
                )
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawLine(plot.topLeft(), QRect(plot).bottomLeft())
