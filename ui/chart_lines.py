"""A line chart painted with QPainter, in the look of :mod:`ui.charts` (there is no QtCharts).

Trends over periods: one line per series, markers at each point, gaps where a value is
missing (a month without an actual is not a zero), optional dashed lines (a target), and
horizontal reference lines (100 %, a threshold band). Labels stay readable in Chinese: the
x-axis shows every n-th period when they do not fit side by side.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QWidget

from ui.chart_base import COLORS, GAP, Chart

MARKER = 3.5  # radius of a point's dot
HIT = 7.0  # how near the mouse must be to a point for its tooltip


@dataclass(frozen=True)
class Line:
    """One line: a legend name and a value per category (None leaves a gap)."""

    name: str
    values: tuple[float | None, ...]
    color: str | None = None
    dashed: bool = False


@dataclass(frozen=True)
class Reference:
    """A horizontal line across the plot at ``value`` (100 %, a threshold), labelled."""

    value: float
    label: str = ""


def nice_range(low: float, high: float) -> tuple[float, float, float]:
    """Round axis ends around ``low``…``high`` and a tick step (1, 2, 2.5 or 5 × 10ⁿ).

    The axis starts at 0 unless the values sit far above it, where a zero baseline would
    flatten the line (a bounce rate between 42 and 48).
    """
    if high < low:
        low, high = high, low
    if low >= 0 and (high == 0 or low < high * 0.5):
        low = 0.0
    span = high - low or abs(high) or 1.0
    raw = span / 4
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    bottom = step * math.floor(low / step + 1e-9)
    top = step * math.ceil(high / step - 1e-9)
    if top <= bottom:
        top = bottom + step
    return bottom, top, step


class LineChart(Chart):
    """Lines over categories (periods), a legend when there is more than one line.

    Usage::

        chart = LineChart(parent)
        chart.set_title("完成率趋势")
        chart.value_format = lambda v: f"{v:.0f}%"
        chart.references = [Reference(100, "目标")]
        chart.set_data(["1月", "2月"], [Line("完成率", (96.0, None))])
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.references: list[Reference] = []
        self._categories: list[str] = []
        self._lines: list[Line] = []
        self._points: list[tuple[QPointF, str]] = []  # where each point was painted

    # -- data -------------------------------------------------------------------------------

    def set_data(self, categories: Sequence[str], lines: Sequence[Line]) -> None:
        """Replace what the chart shows; each line has one value (or None) per category."""
        for line in lines:
            if len(line.values) != len(categories):
                raise ValueError(f"line {line.name!r} has {len(line.values)} values")
        self._categories = list(categories)
        self._lines = list(lines)
        self.update()

    def categories(self) -> list[str]:
        return list(self._categories)

    def lines(self) -> list[Line]:
        return list(self._lines)

    def value(self, category: str, line: int = 0) -> float | None:
        return self._lines[line].values[self._categories.index(category)]

    def is_empty(self) -> bool:
        return not self._categories or not any(
            v is not None for line in self._lines for v in line.values
        )

    # -- size and events --------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(480, 260)

    def points(self) -> list[tuple[QPointF, str]]:
        """Where each point was last painted, with its tooltip text."""
        return list(self._points)

    def tooltip_at(self, point: QPointF) -> str:
        near = [
            (math.hypot(p.x() - point.x(), p.y() - point.y()), text) for p, text in self._points
        ]
        near = [n for n in near if n[0] <= HIT]
        return min(near)[1] if near else ""

    # -- painting ---------------------------------------------------------------------------

    def _color(self, index: int) -> QColor:
        chosen = self._lines[index].color
        return QColor(chosen or COLORS[index % len(COLORS)])

    def _forget_painted(self) -> None:
        self._points = []

    def _paint_chart(self, painter: QPainter, metrics: QFontMetrics, area: QRect) -> None:
        if len(self._lines) > 1:
            area.setTop(self._paint_legend(painter, metrics, area) + GAP)
        self._paint_plot(painter, metrics, area)

    def _paint_legend(self, painter: QPainter, metrics: QFontMetrics, area: QRect) -> int:
        x, y = area.left(), area.top()
        sample = 22
        for index, line in enumerate(self._lines):
            width = sample + 4 + metrics.horizontalAdvance(line.name) + 14
            if x > area.left() and x + width > area.right():
                x, y = area.left(), y + metrics.height() + 2
            middle = y + metrics.height() / 2
            painter.setPen(self._pen(index))
            painter.drawLine(QPointF(x, middle), QPointF(x + sample, middle))
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            text = QRect(x + sample + 4, y, width - sample - 4, metrics.height())
            painter.drawText(
                text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line.name
            )
            x += width
        return y + metrics.height()

    def _pen(self, index: int) -> QPen:
        pen = QPen(self._color(index), 2.2)
        if self._lines[index].dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        return pen

    def _paint_plot(self, painter: QPainter, metrics: QFontMetrics, area: QRect) -> None:
        values = [v for line in self._lines for v in line.values if v is not None]
        values += [r.value for r in self.references]
        bottom, top, step = nice_range(min(values), max(values))
        ticks = [bottom + step * i for i in range(int(round((top - bottom) / step)) + 1)]
        axis_width = max(metrics.horizontalAdvance(self.value_format(t)) for t in ticks) + GAP
        # Reference labels sit right of the plot, where no point can hide them.
        labels = [metrics.horizontalAdvance(r.label) for r in self.references if r.label]
        right = max(labels, default=0) + GAP
        plot = QRect(
            area.left() + axis_width,
            area.top() + metrics.height() // 2,
            area.width() - axis_width - right,
            area.height() - metrics.height() * 3 // 2 - GAP,
        )
        if plot.height() < 20 or plot.width() < 20:
            return
        grid = self.palette().color(QPalette.ColorRole.Midlight)
        text_color = self.palette().color(QPalette.ColorRole.Text)

        def y_of(value: float) -> float:
            return plot.bottom() - plot.height() * (value - bottom) / (top - bottom)

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
        count = len(self._categories)
        slot = plot.width() / count

        def x_of(index: int) -> float:
            return plot.left() + slot * (index + 0.5)

        for ref in self.references:
            y = y_of(ref.value)
            pen = QPen(self.palette().color(QPalette.ColorRole.Dark), 1, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            if ref.label:
                box = QRectF(
                    plot.right() + GAP / 2, y - metrics.height() / 2, right, metrics.height()
                )
                painter.drawText(
                    box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, ref.label
                )
        for index, line in enumerate(self._lines):
            self._paint_line(painter, index, line, x_of, y_of)
        # Every n-th period's name, so that the names never overlap.
        widest = max(metrics.horizontalAdvance(c) for c in self._categories) + GAP
        every = max(1, math.ceil(widest / slot))
        painter.setPen(text_color)
        for ci, category in enumerate(self._categories):
            if (count - 1 - ci) % every:  # keep the latest period's name
                continue
            width = slot * every
            below = QRectF(x_of(ci) - width / 2, plot.bottom() + GAP / 2, width, metrics.height())
            name = metrics.elidedText(category, Qt.TextElideMode.ElideRight, int(width))
            painter.drawText(below, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, name)
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())

    def _paint_line(
        self,
        painter: QPainter,
        index: int,
        line: Line,
        x_of: Callable[[int], float],
        y_of: Callable[[float], float],
    ) -> None:
        path = QPainterPath()
        drawing = False
        dots: list[QPointF] = []
        for ci, value in enumerate(line.values):
            if value is None:
                drawing = False  # a gap: the line stops and starts again
                continue
            point = QPointF(x_of(ci), y_of(value))
            if drawing:
                path.lineTo(point)
            else:
                path.moveTo(point)
                drawing = True
            dots.append(point)
            text = f"{self._categories[ci]} · {line.name}: {self.value_format(value)}"
            self._points.append((point, text))
        painter.setPen(self._pen(index))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setPen(QPen(self._color(index), 1.5))
        painter.setBrush(self.palette().color(QPalette.ColorRole.Base))
        for dot in dots:
            painter.drawEllipse(dot, MARKER, MARKER)
        painter.setBrush(Qt.BrushStyle.NoBrush)
