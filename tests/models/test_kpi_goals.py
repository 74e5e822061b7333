"""SMART goals (R-1.1) and the KPI page's chart data (R-1.3, R-3.3)."""

from __future__ import annotations

from datetime import date

import pytest

from models import kpi, team
from models.errors import ValidationError
from models.kpi import GoalStatus
from models.team import Role

GOOD = dict(period="2026", aligned_to="会员运营计划")


def test_a_smart_goal_is_saved_and_its_progress_computed(db, actor):
    chen = team.add_member(actor, "陈静", [Role.CRM])
    kpi.add_goal(
        actor, "2026年复购率达到30%", "repurchase_rate", 30, date(2026, 12, 31),
        owner_uid=chen.uid, baseline=26, **GOOD,
    )  # fmt: skip
    [g] = kpi.list_goals(date(2026, 11, 26))
    assert (g.owner_name, g.status) == ("陈静", GoalStatus.NO_DATA)
    for q, value in (("2026-Q1", 27), ("2026-Q2", 28), ("2026-Q3", 29), ("2026-Q4", 30)):
        kpi.set_value(actor, "repurchase_rate", q, member_uid=chen.uid, actual=value)
    [g] = kpi.list_goals(date(2026, 11, 26))
    assert g.actual == pytest.approx(28.5)  # the year averages its quarters
    assert g.achievement == pytest.approx(0.95) and g.progress == pytest.approx(0.95)
    assert g.status is GoalStatus.OPEN
    [g] = kpi.list_goals(date(2027, 1, 5))
    assert g.status is GoalStatus.MISSED
    assert kpi.list_goals(date(2026, 11, 26), team_only=True) == []
    assert len(kpi.list_goals(date(2026, 11, 26), owner_uid=chen.uid)) == 1


def test_a_partial_average_is_not_yet_achieved_but_a_partial_sum_is(db, actor):
    kpi.set_value(actor, "roas", "2026-10", target=3.5)
    kpi.set_value(actor, "revenue", "2026-10", actual=400)
    kpi.set_value(actor, "spend", "2026-10", actual=100)
    kpi.set_value(actor, "signups", "2026-10", actual=5_000)
    kpi.add_goal(actor, "第四季度ROAS不低于3.5", "roas", 3.5, date(2026, 12, 31),
                 period="2026-Q4", aligned_to="双11投放")  # fmt: skip
    kpi.add_goal(actor, "第四季度新增注册4000人", "signups", 4_000, date(2026, 12, 31),
                 period="2026-Q4", aligned_to="拉新计划")  # fmt: skip
    status = {g.kpi.code: g.status for g in kpi.list_goals(date(2026, 11, 26))}
    assert status == {"roas": GoalStatus.OPEN, "signups": GoalStatus.ACHIEVED}


@pytest.mark.parametrize(
    "changes, code, field",
    [
        ({"statement": "品牌"}, "goal_not_specific", "goal_statement"),
        ({"kpi_code": ""}, "goal_not_measurable", "goal_kpi"),
        ({"target": None}, "goal_not_measurable", "goal_target"),
        ({"target": -1}, "kpi_negative_target", "goal_target"),
        ({"deadline": None}, "goal_not_time_bound", "goal_deadline"),
        ({"aligned_to": "  "}, "goal_not_relevant", "goal_aligned_to"),
        ({"deadline": date(2025, 12, 1)}, "goal_deadline_before_period", "goal_deadline"),
        ({"kpi_code": "no_such_kpi"}, "kpi_unknown", "kpi_kpi"),
    ],
)
def test_each_smart_letter_is_checked_with_a_message_naming_the_field(
    db, actor, changes, code, field
):
    values = dict(
        statement="品牌搜索指数提升20%", kpi_code="brand_search_index", target=1500,
        deadline=date(2026, 12, 31),
    ) | changes  # fmt: skip
    with pytest.raises(ValidationError) as e:
        kpi.add_goal(actor, **(GOOD | values))
    assert (e.value.code, e.value.params["field"]) == (code, field)
    assert e.value.message("zh_CN") and e.value.message("en")


def test_warnings_question_ambition_and_past_deadlines_without_blocking():
    today = date(2026, 11, 26)
    assert kpi.smart_warnings(100, 40, "higher", date(2026, 12, 31), today) == [
        "goal_warn_ambitious"
    ]
    assert kpi.smart_warnings(15, 40, "lower", date(2026, 12, 31), today) == ["goal_warn_ambitious"]
    assert kpi.smart_warnings(60, 40, "higher", date(2026, 1, 1), today) == ["goal_warn_past"]
    assert kpi.smart_warnings(60, None, "higher", date(2026, 12, 31), today) == []


def test_series_give_target_actual_and_the_same_period_last_year(db, actor):
    for y in (2025, 2026):
        for m in range(1, 13):
            kpi.set_value(actor, "pv", f"{y}-{m:02d}", target=1000, actual=(y - 2024) * 500 + m)
    s = kpi.series("pv", "month", date(2026, 11, 26), 3)
    assert [p.period for p in s.points] == ["2026-09", "2026-10", "2026-11"]
    last = s.points[-1]
    assert (last.target, last.actual, last.last_year) == (1000, 1011, 511)
    assert last.change == pytest.approx(500 / 511)
    q = kpi.series("pv", "quarter", date(2026, 11, 26), 2)
    assert [p.actual for p in q.points] == [1000 * 3 + 7 + 8 + 9, 1000 * 3 + 10 + 11 + 12]
    p = kpi.same_period_last_year("pv", "2026-Q4")
    assert (p.actual, p.last_year, p.complete) == (3033, 1533, True)
    bars = dict((k.code, a) for k, a in kpi.achievement_by_kpi("2026-11"))
    assert bars == {"pv": pytest.approx(1.011)}
