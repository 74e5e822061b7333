"""Scoring rules of appraisals (R-4.3) at their edges: both directions, floors and caps, zero
targets, missing actuals, weights that do not add up to 100, grade bands, ranks."""

from __future__ import annotations

import pytest

from models.appraisal.scoring import (
    GradeBand,
    ScoringRule,
    achievement,
    check_bands,
    check_weights,
    distribution,
    grade,
    kpi_score,
    quality_score,
    rank,
    total,
)
from models.errors import ValidationError

BANDS = (GradeBand("A", 90, "优秀"), GradeBand("B", 75), GradeBand("C", 60), GradeBand("D", 0))


@pytest.mark.parametrize(
    "target, actual, direction, expected",
    [
        (100, 80, "higher", 0.8),
        (100, 130, "higher", 1.3),
        (100, 80, "lower", 1.2),  # CAC 20% under target is as good as sales 20% over
        (100, 120, "lower", 0.8),
        (100, 0, "lower", 2.0),
        (100, 250, "lower", 0.0),  # never below 0
        (100, -30, "higher", 0.0),  # a follower loss
        (0, 0, "lower", 1.0),  # zero violations targeted, zero happened
        (0, 2, "lower", 0.0),
        (0, 5, "higher", 1.0),  # a zero target is met, with no bonus
        (0, -1, "higher", 0.0),
    ],
)
def test_achievement_takes_the_direction_and_zero_targets_into_account(
    target, actual, direction, expected
):
    assert achievement(target, actual, direction) == pytest.approx(expected)


def test_achievement_is_unknown_without_target_or_actual():
    assert achievement(None, 10, "higher") is None
    assert achievement(10, None, "lower") is None


@pytest.mark.parametrize(
    "achieved, expected",
    [
        (0.5999, 0.0),  # just below the floor: nothing
        (0.6, 60.0),  # at the floor: the achievement in points
        (0.85, 85.0),
        (1.0, 100.0),
        (1.2, 120.0),
        (1.5, 120.0),  # capped
        (2.0, 120.0),
    ],
)
def test_kpi_score_has_a_floor_and_a_cap(achieved, expected):
    assert kpi_score(achieved) == pytest.approx(expected)


def test_kpi_score_follows_the_items_own_rule_and_is_unknown_without_achievement():
    assert kpi_score(0.55, ScoringRule(floor=50, cap=110)) == pytest.approx(55)
    assert kpi_score(1.3, ScoringRule(floor=50, cap=110)) == pytest.approx(110)
    assert kpi_score(None) is None


def test_scoring_rules_refuse_a_floor_out_of_range_or_a_cap_below_100():
    with pytest.raises(ValidationError) as e:
        ScoringRule(floor=120).check()
    assert e.value.code == "appraisal_bad_floor"
    with pytest.raises(ValidationError) as e:
        ScoringRule(cap=90).check()
    assert e.value.code == "appraisal_bad_cap"


def test_quality_score_is_the_rating_over_the_top_of_the_scale():
    assert quality_score(4, 5) == pytest.approx(80)
    assert quality_score(5, 5) == pytest.approx(100)
    assert quality_score(None, 5) is None
    with pytest.raises(ValidationError) as e:
        quality_score(6, 5)
    assert e.value.code == "appraisal_bad_rating"


def test_total_is_the_weighted_sum_and_unknown_while_a_score_is_missing():
    assert total([(60, 100.0), (40, 50.0)]) == pytest.approx(80)
    assert total([(60, 120.0), (40, 100.0)]) == pytest.approx(112)  # caps can lift it over 100
    assert total([(60, 100.0), (40, None)]) is None


@pytest.mark.parametrize("weights", [[50, 40], [60, 50], [100.5], []])
def test_weights_that_do_not_add_up_to_100_are_refused_with_their_sum(weights):
    with pytest.raises(ValidationError) as e:
        check_weights(weights)
    assert e.value.code == "appraisal_weights_sum"
    assert e.value.params["total"] == round(sum(weights), 2)


def test_weights_must_be_positive_and_may_be_fractions():
    check_weights([33.3, 33.3, 33.4])
    with pytest.raises(ValidationError) as e:
        check_weights([110, -10])
    assert e.value.code == "appraisal_weight_positive"
    with pytest.raises(ValidationError):
        total([(50, 100.0), (40, 100.0)])


@pytest.mark.parametrize(
    "score, expected",
    [(100, "A"), (90, "A"), (89.99, "B"), (75, "B"), (74.9, "C"), (60, "C"), (59.9, "D"), (0, "D")],
)
def test_grade_bands_at_their_edges(score, expected):
    assert grade(score, BANDS) == expected


def test_grade_is_unknown_without_a_total_and_bands_in_any_order_work():
    assert grade(None, BANDS) is None
    assert grade(80, tuple(reversed(BANDS))) == "B"


def test_bands_are_checked_names_minimums_and_a_floor_at_zero():
    assert [b.grade for b in check_bands(list(reversed(BANDS)))] == ["A", "B", "C", "D"]
    for bad, code in [
        ([], "appraisal_bands_empty"),
        ([GradeBand("A", 90), GradeBand("A", 0)], "appraisal_bands_names"),
        ([GradeBand("A", 60), GradeBand("B", 60), GradeBand("C", 0)], "appraisal_bands_minimums"),
        ([GradeBand("A", 90), GradeBand("B", 60)], "appraisal_bands_floor"),
    ]:
        with pytest.raises(ValidationError) as e:
            check_bands(bad)
        assert e.value.code == code


def test_rank_shares_places_on_ties_and_leaves_unscored_out():
    ranks = rank({"a": 90.0, "b": 85.004, "c": 84.996, "d": 80.0, "e": None})
    assert ranks == {"a": 1, "b": 2, "c": 2, "d": 4, "e": None}


def test_distribution_lists_every_band():
    assert distribution(["A", "B", "B", None], BANDS) == {"A": 1, "B": 2, "C": 0, "D": 0}
