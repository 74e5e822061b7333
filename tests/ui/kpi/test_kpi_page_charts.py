"""The KPI page's charts (R-1.3) get the series of the chosen KPI — target against actual,
the achievement trend, the same period last year — and the line chart draws what it gets."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSize

from models import kpi, team
from models.team import Role
from ui.chart_lines import Line, LineChart, Reference, nice_range
from ui.kpi import KpiPage

TODAY = date(2026, 11, 26)


@pytest.fixture
def page(window, me) -> KpiPage:
    page = next(p for p in window.pages if isinstance(p, KpiPage))
    page.set_today(TODAY)
    window.show_page(page)
    return page


def test_the_charts_show_target_actual_trend_and_last_year_of_the_kpi(qtbot, page, actor):
    for month, target, actual in (("2026-08", 100, 90), ("2026-09", 100, 120), ("2026-10", 80, 88)):
        kpi.set_value(actor, "signups", month, target=target, actual=actual)
    kpi.set_value(actor, "signups", "2025-10", actual=70)
    kpi.set_value(actor, "bounce_rate", "2026-10", target=40, actual=44)
    page.show_tab(page.charts)
    page.charts.show_kpi("signups")
    bars, trend, last_year = page.charts.bars, page.charts.trend, page.charts.last_year

    assert len(bars.categories()) == 12 and bars.categories()[-1] == "Oct"  # up to the period
    assert [s.name for s in bars.series()] == ["Target", "Actual"]
    assert bars.value("Oct", 0) == 80 and bars.value("Oct", 1) == 88
    assert bars.value("Sep", 1) == 120
    assert bars.series()[1].labels[0] == ""  # November 2025 has no actual: no bar, no "0"
    assert trend.value("Aug") == pytest.approx(90) and trend.value("Sep") == pytest.approx(120)
    assert trend.value("Jul") is None  # a gap, not a zero
    assert [r.value for r in trend.references] == [100, 90, 110]  # the target, ±threshold
    assert [line.name for line in last_year.lines()] == ["This period", "Same period last year"]
    assert last_year.value("Oct", 0) == 88 and last_year.value("Oct", 1) == 70
    summary = page.charts.summary_label.text()
    assert "110%" in summary and "+26%" in summary  # 88 against 70 a year earlier

    page.charts.show_kpi("bounce_rate")  # lower is better: 44 against 40 is 90%
    assert trend.value("Oct") == pytest.approx(90)

    page.set_period("2026-Q3")  # quarters: the months combined
    assert bars.categories()[-1] == "2026 Q3"
    page.charts.show_kpi("signups")
    assert bars.value("2026 Q3", 1) == 210  # August and September so far
    assert bars.series()[0].labels[-1] == ""  # no target: July's is missing


def test_the_charts_follow_the_member_chosen(qtbot, page, actor):
    wang = team.add_member(actor, "王芳", [Role.CHANNEL_OPERATOR])
    kpi.set_value(actor, "clicks", "2026-10", member_uid=wang.uid, target=60, actual=66)
    kpi.set_value(actor, "clicks", "2026-10", target=100, actual=10)
    page.show_tab(page.charts)
    page.charts.show_kpi("clicks")
    assert page.charts.bars.value("Oct", 1) == 10
    page.set_member(wang.uid)
    assert page.charts.bars.value("Oct", 1) == 66
    assert page.charts.trend.value("Oct") == pytest.approx(110)


def test_the_line_chart_draws_points_with_gaps_and_tooltips(qtbot):
    chart = LineChart()
    qtbot.addWidget(chart)
    chart.set_title("完成率趋势")
    chart.references = [Reference(100, "目标")]
    chart.set_data(["8月", "9月", "10月"], [Line("完成率", (90.0, None, 110.0))])
    image = chart.render_image(QSize(480, 260))
    assert not image.isNull()
    points = chart.points()
    assert [text for _, text in points] == ["8月 · 完成率: 90", "10月 · 完成率: 110"]
    (left, _), (right, _) = points
    assert right.y() < left.y()  # 110 is drawn above 90
    assert chart.tooltip_at(right) == "10月 · 完成率: 110"
    with pytest.raises(ValueError):
        chart.set_data(["8月"], [Line("x", (1.0, 2.0))])
    chart.set_data(["8月"], [Line("x", (None,))])
    assert chart.is_empty()


def test_the_axis_starts_at_zero_unless_the_values_sit_far_above_it():
    assert nice_range(0, 87) == (0, 100, 25)
    bottom, top, _ = nice_range(42, 48)
    assert 0 < bottom <= 42 and top >= 48
    bottom, top, _ = nice_range(-5, 20)
    assert bottom <= -5 and top >= 20
