"""What the app's charts share (QPainter; QtCharts is not part of PySide6-Essentials): a
font with Chinese fallbacks, colours, number formats, and the Chart widget that paints a
title, a text for no data, and tooltips over the parts last painted."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, QRect, QSize, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QHelpEvent,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

# Fallbacks so Chinese labels never show as boxes whatever the base font is.
CJK_FAMILIES = (
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
)
# Okabe–Ito colours: told apart with the common colour-vision deficiencies.
COLORS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")

MARGIN = 8
GAP = 6


def chart_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setFamilies([base.family(), *CJK_FAMILIES])
    return font


def nice_ceiling(value: float) -> tuple[float, float]:
    """A round axis maximum ≥ ``value`` and its tick step (1, 2 or 5 × 10ⁿ, 4–5 ticks)."""
    if value <= 0:
        return 1.0, 0.25
    raw = value / 4
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    return step * math.ceil(value / step - 1e-9), step


def plain_number(value: float) -> str:
    return f"{value:,.1f}".rstrip("0").rstrip(".") if value % 1 else f"{value:,.0f}"


class Chart(QWidget):
    """What the charts share: a title, a text for no data, painting into the widget or an
    image, and tooltips over the parts last painted. Subclasses paint the plot itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.empty_text = ""
        self.value_format: Callable[[float], str] = plain_number
        self.setFont(chart_font(self.font()))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_title(self, text: str) -> None:
        self.title = text
        self.update()

    def is_empty(self) -> bool:
        raise NotImplementedError

    def tooltip_at(self, point: QPointF) -> str:
        raise NotImplementedError

    def minimumSizeHint(self) -> QSize:
        return QSize(220, 140)

    def render_image(self, size: QSize | None = None) -> QImage:
        """The chart painted into an image (tests, exports), at ``size`` or the widget's."""
        size = size or self.size()
        image = QImage(size.expandedTo(QSize(1, 1)), QImage.Format.Format_ARGB32)
        image.fill(self.palette().color(QPalette.ColorRole.Base))
        painter = QPainter(image)
        self._paint(painter, QRect(0, 0, image.width(), image.height()))
        painter.end()
        return image

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().color(QPalette.ColorRole.Base))
        self._paint(painter, self.rect())
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def _paint(self, painter: QPainter, rect: QRect) -> None:
        self._forget_painted()
        if rect.width() < 40 or rect.height() < 40:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font())
        metrics = QFontMetrics(self.font())
        area = rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        if self.title:
            bold = QFont(self.font())
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            line = QRect(area.left(), area.top(), area.width(), metrics.height())
            title = QFontMetrics(bold).elidedText(
                self.title, Qt.TextElideMode.ElideRight, area.width()
            )
            painter.drawText(
                line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title
            )
            painter.setFont(self.font())
            area.setTop(area.top() + metrics.height() + GAP)
        if self.is_empty():
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text
            )
            return
        self._paint_chart(painter, metrics, area)

    def _forget_painted(self) -> None:
        """Drop where parts were painted (the tooltips' map) before painting anew."""

    def _paint_chart(self, painter: QPainter, metrics: QFontMetrics, area: QRect) -> None:
        """Legend and plot inside ``area`` (below the title)."""
        raise NotImplementedError
