"""A KPI item's points from target and actual in one go (R-4.3): the edges the issue names —
both directions, the cap, zero targets, missing actuals — and a total that waits for them."""

from __future__ import annotations

import pytest

from models.appraisal.scoring import ScoringRule, achievement, kpi_score, total

RULE = ScoringRule(floor=60, cap=120)


@pytest.mark.parametrize(
    "target, actual, direction, points",
    [
        (100, 59, "higher", 0.0),  # below the floor
        (100, 60, "higher", 60.0),  # at the floor
        (100, 100, "higher", 100.0),
        (100, 119, "higher", 119.0),
        (100, 500, "higher", 120.0),  # capped
        (50, 70, "lower", 60.0),  # CAC 40% over target: 60%, at the floor
        (50, 71, "lower", 0.0),  # just past it
        (50, 45, "lower", 110.0),  # 10% under target is 110%
        (50, 0, "lower", 120.0),  # nothing spent: 200%, capped
        (0, 0, "lower", 100.0),  # zero violations targeted and none happened
        (0, 1, "lower", 0.0),
        (0, 3, "higher", 100.0),  # a zero target is met, no bonus
        (100, None, "higher", None),  # the actual is not in yet
        (None, 80, "lower", None),  # no target set
    ],
)
def test_points_from_target_and_actual(target, actual, direction, points):
    got = kpi_score(achievement(target, actual, direction), RULE)
    assert got == (None if points is None else pytest.approx(points))


def test_a_missing_actual_leaves_the_total_unknown_until_it_comes():
    missing = kpi_score(achievement(100, None, "higher"), RULE)
    assert total([(60, missing), (40, 80.0)]) is None
    assert total([(60, kpi_score(achievement(100, 90, "higher"), RULE)), (40, 80.0)]) == (
        pytest.approx(86)
    )
