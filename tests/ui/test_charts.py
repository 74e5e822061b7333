"""The bar chart widget: it paints bars in their series' colours, CJK labels, and empty data."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage

from ui.chart_base import COLORS, nice_ceiling
from ui.charts import BarChart, Series

QUARTERS = ["2026年第1季度", "2026年第2季度", "2026年第3季度", "2026年第4季度"]
NAMES = ["周敏", "张伟", "王芳", "李娜", "刘洋"]


def pixels_of(image: QImage, color: str) -> int:
    """How many pixels have exactly ``color`` (bars are filled flat, no gradient)."""
    wanted = QColor(color).rgb()
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixel(x, y) == wanted
    )


def grouped_chart(qtbot) -> BarChart:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_title("成员培训学时")
    values = [(2, 0, 6, 1, 4), (6, 4, 3, 0, 2), (0, 2, 6, 4, 3), (3, 0, 2, 1, 0)]
    chart.set_data(
        NAMES, [Series(q, tuple(map(float, v))) for q, v in zip(QUARTERS, values, strict=True)]
    )
    return chart


def test_grouped_bars_paint_each_series_in_its_colour(qtbot):
    chart = grouped_chart(qtbot)
    image = chart.render_image(QSize(640, 320))
    assert image.size() == QSize(640, 320)
    for color in COLORS[:4]:  # four quarters, four colours, bars and legend swatches
        assert pixels_of(image, color) > 20
    assert pixels_of(image, COLORS[4]) == 0  # no fifth series
    assert chart.value("王芳", 2) == 6.0
    assert chart.categories() == NAMES


def test_a_taller_value_gives_a_longer_bar(qtbot):
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_data(["甲", "乙"], [Series("学时", (1.0, 0.0)), Series("学时2", (0.0, 4.0))])
    image = chart.render_image(QSize(400, 300))
    assert pixels_of(image, COLORS[1]) > 3 * pixels_of(image, COLORS[0]) > 0


def test_horizontal_bars_with_labels_and_a_fixed_maximum(qtbot):
    chart = BarChart(horizontal=True)
    qtbot.addWidget(chart)
    chart.maximum = 100
    chart.set_data(
        ["广告法与平台合规年度培训", "SEO与SEM实操"],
        [Series("完成率", (100.0, 0.0), labels=("9/9 · 100%", "0/3 · 0%"))],
        ["", "尚未完成：王芳、李娜"],
    )
    image = chart.render_image(QSize(500, 160))
    assert pixels_of(image, COLORS[0]) > 50
    assert chart.sizeHint().height() > 60
    texts = [text for _, text in chart.bars()]
    assert len(texts) == 2 and "尚未完成：王芳、李娜" in texts[1]
    first = chart.bars()[0][0]
    assert chart.tooltip_at(first.center()).startswith("广告法与平台合规年度培训 · 完成率: 9/9")


def test_empty_data_shows_the_empty_text_and_no_bars(qtbot):
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.empty_text = "还没有数据"
    assert chart.is_empty()
    image = chart.render_image(QSize(300, 200))
    assert all(pixels_of(image, c) == 0 for c in COLORS)
    chart.set_data([], [])
    chart.render_image(QSize(300, 200))
    chart.set_data(["周敏"], [Series("学时", (0.0,))])  # all zero: an axis, no division by 0
    chart.render_image(QSize(300, 200))


def test_tiny_and_null_sizes_paint_nothing_and_warn_nothing(qtbot):
    chart = grouped_chart(qtbot)
    for size in (QSize(0, 0), QSize(10, 10), QSize(60, 45), QSize(2000, 90)):
        image = chart.render_image(size)
        assert not image.isNull()


def test_the_widget_paints_itself_in_a_window_sized_by_its_parent(qtbot):
    chart = grouped_chart(qtbot)
    chart.resize(500, 260)
    chart.show()
    qtbot.waitExposed(chart)
    grabbed = chart.grab().toImage()
    assert pixels_of(grabbed, COLORS[0]) > 0


def test_values_must_match_the_categories(qtbot):
    chart = BarChart()
    qtbot.addWidget(chart)
    with pytest.raises(ValueError):
        chart.set_data(["a", "b"], [Series("s", (1.0,))])


@pytest.mark.parametrize(
    ("value", "top", "step"),
    [(0, 1.0, 0.25), (9, 10.0, 2.5), (10, 10.0, 2.5), (11, 15.0, 5.0), (100, 100.0, 25.0)],
)
def test_axis_ends_on_a_round_number(value, top, step):
    assert nice_ceiling(value) == (top, step)
