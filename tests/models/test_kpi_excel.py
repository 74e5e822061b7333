"""KPIs, targets and actuals, and goals in workbooks (R-1.1–R-1.3): the exchange kinds
``kpis``, ``kpi-values`` and ``goals`` — round trips, the sheets people write, refusals."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from models import exchange, kpi, team
from models.exchange import RowStatus
from models.team import Role


def _book(path, sheet: str, rows: list[list[object]]) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    wb.save(path)


def _statuses(p) -> list[RowStatus]:
    return [r.status for s in p.data_sheets for r in s.rows]


def test_exports_of_the_three_kinds_import_back_unchanged(db, actor, tmp_path):
    wang = team.add_member(actor, "王芳", [Role.CHANNEL_OPERATOR])
    kpi.set_value(actor, "clicks", "2026-11", target=60_000, actual=61_234)
    kpi.set_value(actor, "ctr", "2026-11", member_uid=wang.uid, target=2.4)
    kpi.add_goal(actor, "第四季度ROAS不低于3.5", "roas", 3.5, date(2026, 12, 31),
                 period="2026-Q4", owner_uid=wang.uid, aligned_to="双11投放")  # fmt: skip
    for name, count in (("kpis", 37), ("kpi-values", 2), ("goals", 1)):
        path = tmp_path / f"{name}.xlsx"
        assert exchange.export(exchange.get_kind(name), path, "zh_CN") == count
        p = exchange.preview(path)
        assert p.errors == [] and set(_statuses(p)) == {RowStatus.UNCHANGED}, name


def test_a_platform_sheet_of_actuals_imports_with_chinese_periods_and_names(db, actor, tmp_path):
    team.add_member(actor, "王芳", [Role.CHANNEL_OPERATOR])
    path = tmp_path / "投放数据.xlsx"
    _book(path, "指标数据", [
        ["指标", "月份", "成员", "目标", "实际"],
        ["点击量", "2026年11月", "王芳", 60000, "61,234"],
        ["曝光量", "2026/11", "王芳", 2500000, "250万"],
        ["CTR", "2026-11", "王芳", "2.4", None],
        ["PV", "2026年第四季度", "", 3000000, 3100000],  # empty 成员: the team
    ])  # fmt: skip
    p = exchange.preview(path)
    assert p.errors == [] and _statuses(p) == [RowStatus.NEW] * 4
    exchange.apply(p, actor)
    wang = team.find_by_name("王芳")
    assert wang is not None
    m = kpi.Resolver().measure("ctr", "2026-11", wang.uid)
    assert m.actual == pytest.approx(61_234 / 2_500_000 * 100) and m.target == 2.4
    assert kpi.Resolver().measure("pv", "2026-Q4").actual == 3_100_000
    again = exchange.preview(path)  # matched on KPI + period + member: no duplicates
    assert set(_statuses(again)) == {RowStatus.UNCHANGED}


def test_an_actual_of_a_computed_kpi_is_refused_in_its_cell(db, tmp_path):
    path = tmp_path / "values.xlsx"
    _book(path, "指标数据", [
        ["指标", "期间", "实际值"],
        ["ROAS", "2026-11", 3.9],
        ["点击量", "下个月", 10],
        ["不存在的指标", "2026-11", 10],
    ])  # fmt: skip
    p = exchange.preview(path)
    where = {(e.row, e.column, e.code) for e in p.errors}
    assert where == {
        (2, "C", "kpi_derived_actual"),
        (3, "B", "kpi_bad_period"),
        (4, "A", "kpi_unknown"),
    }
    assert all(e.message("zh_CN") and e.message("en") for e in p.errors)


def test_new_kpis_from_a_sheet_get_stable_codes_and_their_formula_is_checked(db, actor, tmp_path):
    path = tmp_path / "kpis.xlsx"
    _book(path, "指标定义", [
        ["指标名称", "指标类别", "方向", "单位", "分子指标", "分母指标", "乘数"],
        ["公众号阅读量", "流量", "越高越好", "次", None, None, None],
        ["公众号点击率", "流量", "越高越好", "%", "点击量", "曝光量", 100],
        ["点击率（CTR）", "流量", "越高越好", "%", "点击量", "独立访客（UV）", 100],
    ])  # fmt: skip
    p = exchange.preview(path)
    [error] = p.errors  # the built-in CTR keeps its formula
    assert (error.row, error.code) == (4, "kpi_builtin_formula")
    exchange.apply(p, actor, skip_errors=True)
    reads = kpi.find_by_name("公众号阅读量")
    rate = kpi.find_by_name("公众号点击率")
    assert reads is not None and rate is not None
    assert reads.code.startswith("k_") and reads.source == "input"
    assert (rate.source, rate.numerator, rate.denominator) == ("ratio", "clicks", "impressions")


def test_goals_import_with_the_smart_rules(db, actor, tmp_path):
    team.add_member(actor, "陈静", [Role.CRM])
    path = tmp_path / "goals.xlsx"
    _book(path, "营销目标", [
        ["目标描述", "衡量指标", "目标值", "截止日期", "负责人", "对应战略/项目"],
        ["2026年复购率达到30%", "复购率", 30, "2026-12-31", "陈静", "会员运营计划"],
        ["品牌", "品牌搜索指数", 1500, "2026-12-31", None, "品牌升级"],
        ["全年注册用户达到5万", "注册数", 50000, "2026-12-31", None, None],
    ])  # fmt: skip
    p = exchange.preview(path)
    assert {(e.row, e.code) for e in p.errors} == {
        (3, "goal_not_specific"),
        (4, "required"),
    }
    exchange.apply(p, actor, skip_errors=True)
    [g] = kpi.list_goals(date(2026, 11, 26))
    assert (g.owner_name, g.period, g.kpi.code) == ("陈静", "2026", "repurchase_rate")


def test_a_daily_platform_report_becomes_monthly_actuals(db, actor, tmp_path):
    wang = team.add_member(actor, "王芳", [Role.CHANNEL_OPERATOR])
    path = tmp_path / "巨量引擎日报.xlsx"
    _book(path, "数据报表", [
        ["巨量引擎 广告数据报表 2026-10-30 至 2026-11-02"],
        [],
        ["日期", "展现", "点击", "点击率", "消费(元)", "备注"],
        ["2026-10-30", 100_000, 2_000, "2.00%", 800, ""],
        ["2026-10-31", 120_000, 2_600, "2.17%", 900, ""],
        [date(2026, 11, 1), "150,000", 3_300, "2.20%", "1,000.5", ""],
        ["2026/11/02", 130_000, 2_800, "2.15%", 950, "周一"],
        ["合计", 500_000, 10_700, "2.14%", 3650.5, ""],
    ])  # fmt: skip
    p = kpi.preview_platform(path, member_uid=wang.uid)
    assert p.columns == {"展现": "impressions", "点击": "clicks", "消费(元)": "spend"}
    assert p.computed == ["点击率"] and p.unknown == ["备注"] and p.errors == []
    got = {(x.kpi.code, x.period): (x.actual, x.days, x.complete) for x in p.lines}
    assert got[("clicks", "2026-10")] == (4_600, 2, False)
    assert got[("impressions", "2026-11")] == (280_000, 2, False)
    assert got[("spend", "2026-11")] == (1_950.5, 2, False)
    assert len(got) == 6  # the 合计 row is not a day
    assert kpi.apply_platform(actor, p, member_uid=wang.uid) == 6
    m = kpi.Resolver().measure("ctr", "2026-11", wang.uid)
    assert m.actual == pytest.approx(6_100 / 280_000 * 100)
    weekly = kpi.preview_platform(path, span="week", member_uid=wang.uid)
    assert {x.period for x in weekly.lines} == {"2026-W44", "2026-W45"}


def test_a_platform_report_names_its_bad_cells_and_saves_nothing(db, actor, tmp_path):
    path = tmp_path / "bad.xlsx"
    _book(
        path, "Sheet1", [["日期", "点击", "分享"], ["2026-13-01", 5, 1], ["2026-11-02", "很多", 2]]
    )
    p = kpi.preview_platform(path)
    assert [(row, col) for row, col, _, _ in p.errors] == [(2, "A"), (3, "B")]
    assert all("第" in text for text in p.error_messages("zh_CN"))
    with pytest.raises(kpi.PlatformImportFailed):
        kpi.apply_platform(actor, p)
    assert kpi.Resolver().measure("shares", "2026-11").actual is None
    _book(path, "Sheet1", [["日期", "心情"], ["2026-11-02", "好"]])
    with pytest.raises(kpi.PlatformImportFailed) as e:
        kpi.preview_platform(path)
    assert e.value.code == "platform_no_metrics"
