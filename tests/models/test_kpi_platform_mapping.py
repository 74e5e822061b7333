"""What the KPI page needs from the core (R-1.3): a platform column left out by choice, and
whether a period's figures were typed for it or combined from its parts."""

from __future__ import annotations

import openpyxl

from models import kpi


def test_an_empty_code_leaves_a_recognised_column_out_and_an_unknown_one_is_mapped(db, tmp_path):
    path = tmp_path / "report.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["日期", "点击", "消费", "新增线索"], ["2026-11-02", 10, 5.5, 3]):
        sheet.append(row)
    book.save(path)
    auto = kpi.preview_platform(path)
    assert auto.columns == {"点击": "clicks", "消费": "spend"} and auto.unknown == ["新增线索"]
    chosen = kpi.preview_platform(
        path, mapping={"消费": "", "新增线索": "form_submissions", "点击": "no_such_kpi"}
    )
    assert chosen.columns == {"新增线索": "form_submissions"}
    assert chosen.unknown == ["点击", "消费"]
    assert [(x.kpi.code, x.actual) for x in chosen.lines] == [("form_submissions", 3)]


def test_a_measure_says_whether_its_figures_were_typed_for_the_period(db, actor):
    for month in ("2026-10", "2026-11", "2026-12"):
        kpi.set_value(actor, "pv", month, target=100, actual=90)
    kpi.set_value(actor, "pv", "2026-Q4", target=330)
    r = kpi.Resolver()
    month = r.measure("pv", "2026-11")
    assert month.target_typed and month.actual_typed
    quarter = r.measure("pv", "2026-Q4")
    assert quarter.target_typed and not quarter.actual_typed  # the actual sums the months
    assert (quarter.target, quarter.actual) == (330, 270)
    kpi.set_value(actor, "ctr", "2026-11", target=2)
    kpi.set_value(actor, "clicks", "2026-11", actual=3)
    kpi.set_value(actor, "impressions", "2026-11", actual=100)
    ctr = kpi.Resolver().measure("ctr", "2026-11")
    assert ctr.target_typed and ctr.actual == 3 and not ctr.actual_typed  # computed
