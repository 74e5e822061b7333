"""KPI definitions, targets and actuals (R-1.2, R-1.3): derived KPIs computed from their
parts, achievement with direction, periods combined from their parts, deviations flagged and
explained with the period."""

from __future__ import annotations

from datetime import date

import pytest

from models import kpi, team
from models.errors import ValidationError, WorkflowError
from models.kpi import period as kp
from models.kpi.schema import Category, Direction, Source
from models.team import Role


def test_built_in_kpis_cover_the_four_categories_with_units_and_directions(db):
    rows = {r.code: r for r in kpi.list_kpis()}
    assert {c for r in rows.values() for c in [r.category]} >= {
        Category.TRAFFIC,
        Category.ENGAGEMENT,
        Category.CONVERSION,
        Category.BRAND,
    }
    assert rows["bounce_rate"].direction is Direction.LOWER
    assert rows["cac"].direction is Direction.LOWER and rows["cac"].unit == "元"
    assert rows["pv"].direction is Direction.HIGHER
    for code, parts in {
        "ctr": ("clicks", "impressions"),
        "roas": ("revenue", "spend"),
        "cac": ("spend", "new_customers"),
        "conversion_rate": ("conversions", "visits"),
    }.items():
        assert rows[code].source is Source.RATIO and rows[code].derived
        assert (rows[code].numerator, rows[code].denominator) == parts


def test_a_derived_kpi_is_computed_from_its_parts_never_typed(db, actor):
    kpi.set_value(actor, "clicks", "2026-11", actual=2_300)
    kpi.set_value(actor, "impressions", "2026-11", actual=100_000)
    kpi.set_value(actor, "ctr", "2026-11", target=2.0)
    m = kpi.Resolver().measure("ctr", "2026-11")
    assert m.actual == pytest.approx(2.3) and m.target == 2.0
    assert m.achievement == pytest.approx(1.15)
    with pytest.raises(ValidationError) as e:
        kpi.set_value(actor, "ctr", "2026-11", actual=5)
    assert e.value.code == "kpi_derived_actual"


def test_ratio_of_a_missing_part_or_a_zero_divisor_is_unknown(db, actor):
    assert kpi.ratio(10, 0) is None and kpi.ratio(None, 5) is None
    kpi.set_value(actor, "spend", "2026-10", actual=50_000)
    kpi.set_value(actor, "new_customers", "2026-10", actual=0)
    assert kpi.Resolver().measure("cac", "2026-10").actual is None
    assert kpi.Resolver().measure("roas", "2026-10").actual is None  # no revenue entered


def test_a_lower_is_better_kpi_achieves_more_below_its_target(db, actor):
    kpi.set_value(actor, "bounce_rate", "2026-11", target=40, actual=36)
    m = kpi.Resolver().measure("bounce_rate", "2026-11")
    assert m.achievement == pytest.approx(1.1) and m.gap == pytest.approx(0.1)


def test_a_quarter_is_combined_from_its_months_and_complete_only_when_all_are_in(db, actor):
    for month, value in (("2026-10", 100), ("2026-11", 120)):
        kpi.set_value(actor, "pv", month, target=100, actual=value)
        kpi.set_value(actor, "bounce_rate", month, target=40, actual=value / 3)
    r = kpi.Resolver()
    q4 = kp.parse("2026-Q4")
    assert r.actual("pv", q4) == (220, False)  # December is missing
    assert r.target("pv", q4) is None  # a partial target would be wrong
    kpi.set_value(actor, "pv", "2026-12", target=100, actual=80)
    r = kpi.Resolver()
    assert r.actual("pv", q4) == (300, True) and r.target("pv", q4) == 300
    avg, _ = r.actual("bounce_rate", q4)
    assert avg == pytest.approx((100 / 3 + 40) / 2)  # an average KPI averages its months
    kpi.set_value(actor, "pv", "2026-Q4", actual=310)  # a typed quarter wins
    assert kpi.Resolver().actual("pv", q4) == (310, True)


def test_member_values_are_kept_apart_from_the_teams(db, actor):
    zhang = team.add_member(actor, "张伟", [Role.CONTENT_PLANNER])
    kpi.set_value(actor, "content_published", "2026-11", target=60, actual=58)
    kpi.set_value(actor, "content_published", "2026-11", member_uid=zhang.uid, target=14)
    kpi.set_value(actor, "content_published", "2026-11", member_uid=zhang.uid, actual=16)
    mine = kpi.period_table("2026-11", member_uid=zhang.uid)
    [row] = [m for m in mine if m.kpi.code == "content_published"]
    assert (row.target, row.actual) == (14, 16)
    [team_row] = [m for m in kpi.period_table("2026-11") if m.kpi.code == "content_published"]
    assert (team_row.target, team_row.actual) == (60, 58)


def test_a_deviation_beyond_the_threshold_is_flagged_and_its_cause_kept(db, actor):
    kpi.set_value(actor, "revenue", "2026-06", target=1_000_000, actual=1_240_000)  # +24%
    kpi.set_value(actor, "pv", "2026-06", target=100, actual=95)  # −5%, within 10%
    flagged = kpi.deviations("2026-06")
    assert [m.kpi.code for m in flagged] == ["revenue"]
    assert flagged[0].needs_cause
    kpi.explain(actor, "revenue", "2026-06", "618大促爆款加推", "总结选品经验")
    [m] = kpi.deviations("2026-06")
    assert (m.cause, m.action, m.needs_cause) == ("618大促爆款加推", "总结选品经验", False)
    assert kpi.deviations("2026-06", only_unexplained=True) == []
    with pytest.raises(ValidationError):
        kpi.explain(actor, "revenue", "2026-06", "  ", "")


def test_threshold_zero_flags_any_violation(db, actor):
    kpi.set_value(actor, "violations", "2026-08", target=0, actual=0)
    assert not kpi.Resolver().measure("violations", "2026-08").flagged
    kpi.set_value(actor, "violations", "2026-08", actual=1)
    m = kpi.Resolver().measure("violations", "2026-08")
    assert m.achievement == 0.0 and m.flagged


def test_targets_cannot_be_negative_but_a_growth_can_fall(db, actor):
    with pytest.raises(ValidationError) as e:
        kpi.set_value(actor, "follower_growth", "2026-11", target=-5)
    assert e.value.code == "kpi_negative_target"
    kpi.set_value(actor, "follower_growth", "2026-11", target=100, actual=-20)
    assert kpi.Resolver().measure("follower_growth", "2026-11").achievement == 0.0


def test_periods_of_every_span_parse_and_move(db):
    assert kp.parse("2026年第5周").label == "2026-W05"
    assert kp.parse("2026-w5").start == date(2026, 1, 26)
    assert kp.parse("2026年11月").label == "2026-11"
    assert kp.parse("2026-W05").last_year().label == "2025-W05"
    assert kp.parse("2026-Q4").last_year().label == "2025-Q4"
    assert kp.parse("2026-11").last_year().label == "2025-11"
    assert [p.label for p in kp.parse("2026").parts()] == [f"2026-Q{q}" for q in range(1, 5)]
    assert [p.label for p in kp.recent(kp.Span.MONTH, date(2026, 2, 3), 3)] == [
        "2025-12",
        "2026-01",
        "2026-02",
    ]
    assert kp.parse("2021-W01").last_year().label == "2020-W01"
    assert kp.parse("2020-W53").last_year().label == "2019-W52"  # 2019 had 52 weeks
    with pytest.raises(ValidationError) as e:
        kp.parse("下个月")
    assert e.value.code == "kpi_bad_period"


def test_a_teams_own_ratio_kpi_checks_its_parts(db, actor):
    reads = kpi.add_kpi(actor, "公众号阅读量", "traffic", "次")
    shares = kpi.add_kpi(actor, "公众号转发量", "engagement", "次")
    rate = kpi.add_kpi(
        actor, "转发率", "engagement", "%", numerator=shares.code, denominator=reads.code, scale=100
    )
    assert rate.source == Source.RATIO.value and rate.code.startswith("custom_")
    with pytest.raises(ValidationError) as e:
        kpi.add_kpi(actor, "半个公式", "traffic", "%", numerator=reads.code)
    assert e.value.code == "kpi_formula_half"
    with pytest.raises(ValidationError) as e:  # a ratio of a ratio
        kpi.add_kpi(actor, "套娃", "traffic", "%", numerator=rate.code, denominator=reads.code)
    assert e.value.code == "kpi_formula_part"
    with pytest.raises(ValidationError) as e:
        kpi.add_kpi(actor, "公众号阅读量", "traffic", "次")
    assert e.value.code == "kpi_duplicate_name"
    with pytest.raises(WorkflowError):
        kpi.trash_kpi(actor, reads.uid)  # a part of 转发率


def test_built_in_kpis_keep_their_formula_and_are_deactivated_not_trashed(db, actor):
    ctr = kpi.by_code("ctr")
    with pytest.raises(WorkflowError) as e:
        kpi.edit_kpi(actor, ctr.uid, ctr.version, scale=1)
    assert e.value.code == "kpi_builtin_formula"
    with pytest.raises(WorkflowError):
        kpi.trash_kpi(actor, ctr.uid)
    kpi.edit_kpi(actor, ctr.uid, ctr.version, threshold=5, active=False)
    assert "ctr" not in {r.code for r in kpi.list_kpis()}
    assert kpi.get_kpi("ctr").threshold == 5
