"""The 图表 tab: one KPI over periods — target against actual, the achievement trend, and
the same periods last year (R-1.3). The numbers come from ``models.kpi.series``."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from models import kpi
from models.kpi import Series
from models.kpi import period as kp
from ui.chart_lines import Line, LineChart, Reference
from ui.charts import BarChart
from ui.charts import Series as Bars
from ui.kpi import text as t
from ui.kpi.tab import CHART_POINTS, KpiState, KpiTab
from ui.page import PageContext

TARGET_COLOR, ACTUAL_COLOR, LAST_YEAR_COLOR = "#9e9e9e", "#0072B2", "#E69F00"


class KpiChartsTab(KpiTab):
    """Charts of the chosen KPI up to the page's period, for the team or a member."""

    kinds = ("kpi", "kpi_value", "training_record")

    def __init__(self, ctx: PageContext, state: KpiState, parent: QWidget | None = None):
        super().__init__(ctx, state, parent)
        self.data: Series | None = None
        self.kpi_combo = QComboBox(self)
        self.kpi_combo.setMinimumContentsLength(18)
        self.kpi_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.info_label = QLabel(self)
        self.info_label.setWordWrap(True)
        self.summary_label = QLabel(self)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self.summary_label.setWordWrap(True)

        self.bars = BarChart(self)
        self.bars.setObjectName("target_actual_chart")
        self.trend = LineChart(self)
        self.trend.setObjectName("trend_chart")
        self.trend.value_format = lambda v: f"{v:.0f}%"
        self.last_year = LineChart(self)
        self.last_year.setObjectName("last_year_chart")
        for chart in (self.bars, self.trend, self.last_year):
            chart.empty_text = self.tr("No figures for this KPI in these periods yet.")

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("KPI:"), self))
        top.addWidget(self.kpi_combo)
        top.addWidget(self.info_label, 1)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(self.trend)
        lower.addWidget(self.last_year)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.bars)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(splitter, 1)

        self._fill_kpis()
        self.kpi_combo.currentIndexChanged.connect(self.refresh)

    def title(self) -> str:
        return self.tr("Charts")

    def _fill_kpis(self) -> None:
        chosen = self.kpi_combo.currentData() or "revenue"
        self.kpi_combo.blockSignals(True)
        self.kpi_combo.clear()
        for row in kpi.list_kpis():
            self.kpi_combo.addItem(f"{t.category_text(row.category)} · {t.kpi_name(row)}", row.code)
        self.kpi_combo.setCurrentIndex(max(self.kpi_combo.findData(chosen), 0))
        self.kpi_combo.blockSignals(False)

    def show_kpi(self, code: str) -> None:
        index = self.kpi_combo.findData(code)
        if index >= 0:
            self.kpi_combo.setCurrentIndex(index)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        self._fill_kpis()
        code = self.kpi_combo.currentData()
        if not code:
            return
        until = kp.parse(self.state.period)
        data = self.data = kpi.series(
            code,
            until.span,
            until.start,
            CHART_POINTS[until.span],
            member_uid=self.state.member_uid,
        )
        row = data.kpi
        unit = f" ({row.unit})" if row.unit else ""
        names = {k.code: t.kpi_name(k) for k in kpi.list_kpis(include_inactive=True)}
        self.info_label.setText(
            self.tr("%1 · %2 · threshold ±%3%")
            .replace("%1", t.direction_text(row.direction))
            .replace("%2", t.source_text(row, names))
            .replace("%3", t.number_text(row.threshold))
        )
        periods = [t.short_period(p.period) for p in data.points]
        name = t.kpi_name(row)

        self.bars.set_title(
            self.tr("%1%2: target and actual").replace("%1", name).replace("%2", unit)
        )
        self.bars.value_format = _compact
        has_figures = any(p.target is not None or p.actual is not None for p in data.points)
        self.bars.set_data(
            periods,
            [
                _bars(self.tr("Target"), [p.target for p in data.points], TARGET_COLOR),
                _bars(self.tr("Actual"), [p.actual for p in data.points], ACTUAL_COLOR),
            ]
            if has_figures
            else [],
            [t.period_text(p.period) for p in data.points],
        )

        self.trend.set_title(self.tr("Achievement over the periods"))
        self.trend.references = [
            Reference(100, self.tr("target")),
            Reference(100 - row.threshold),
            Reference(100 + row.threshold),
        ]
        self.trend.set_data(
            periods,
            [
                Line(
                    self.tr("Achievement"),
                    tuple(
                        None if p.achievement is None else p.achievement * 100 for p in data.points
                    ),
                    ACTUAL_COLOR,
                )
            ],
        )

        self.last_year.set_title(
            self.tr("%1%2: against the same period last year")
            .replace("%1", name)
            .replace("%2", unit)
        )
        self.last_year.value_format = _compact
        self.last_year.set_data(
            periods,
            [
                Line(self.tr("This period"), tuple(p.actual for p in data.points), ACTUAL_COLOR),
                Line(
                    self.tr("Same period last year"),
                    tuple(p.last_year for p in data.points),
                    LAST_YEAR_COLOR,
                    dashed=True,
                ),
            ],
        )
        self._show_summary(data)

    def _show_summary(self, data: Series) -> None:
        point = data.points[-1]
        change = point.change
        self.summary_label.setText(
            self.tr(
                "<b>%1</b>: target %2, actual %3, achievement %4; same period last year %5 (%6)."
            )
            .replace("%1", t.period_text(point.period))
            .replace("%2", t.number_text(point.target) or t.DASH)
            .replace("%3", t.number_text(point.actual) or t.DASH)
            .replace("%4", t.percent_text(point.achievement))
            .replace("%5", t.number_text(point.last_year) or t.DASH)
            .replace("%6", self.tr("change %1").replace("%1", t.gap_text(change)))
        )


def _bars(name: str, values: list[float | None], color: str) -> Bars:
    """A bar series; a missing figure is an empty slot, not a bar of 0."""
    return Bars(
        name,
        tuple(v or 0.0 for v in values),
        color,
        labels=tuple(_compact(v) if v is not None else "" for v in values),
    )


def _compact(value: float) -> str:
    """Axis and bar labels short enough to fit: 1.2万, 356万, 3.5 (Chinese-style units)."""
    from models import messages

    zh = messages.language().startswith("zh")
    size = abs(value)
    if size >= 100_000_000:
        return f"{value / 100_000_000:.1f}亿" if zh else f"{value / 1e9:.1f}B"
    if size >= 10_000:
        if zh:
            return f"{value / 10_000:.1f}".rstrip("0").rstrip(".") + "万"
        return f"{value / 1000:.0f}k" if size < 1e6 else f"{value / 1e6:.1f}M"
    return t.number_text(value)
