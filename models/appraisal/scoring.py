"""Scoring an appraisal (R-4.3): pure functions, no database, tested at their edges.

A KPI item's score follows its rule from the achievement (see kpi.values.achievement for
directions, zero targets and missing actuals): 0 below the floor (60% by default), else the
achievement in points (80% → 80), capped (120 by default). A quality item's score is its
rating over the scale's top (4 of 5 → 80). The total is the weighted sum, the weights
adding up to 100; it is None while any item has no score, so a half-filled appraisal never
shows a total that looks final. The grade is the first band whose minimum the total
reaches, bands sorted from the highest minimum down.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from models.errors import ValidationError
from models.kpi.values import achievement

__all__ = [
    "GradeBand",
    "ScoringRule",
    "achievement",
    "check_bands",
    "check_weights",
    "distribution",
    "grade",
    "kpi_score",
    "quality_score",
    "rank",
    "total",
]

WEIGHT_TOTAL = 100.0
TOLERANCE = 1e-6


@dataclass(frozen=True)
class ScoringRule:
    """How a KPI item's achievement becomes points: nothing below ``floor`` %, then the
    achievement in points, at most ``cap``."""

    floor: float = 60.0
    cap: float = 120.0

    def check(self) -> None:
        if not 0 <= self.floor <= 100:
            raise ValidationError("appraisal_bad_floor", field="appraisal_floor", value=self.floor)
        if self.cap < 100:
            raise ValidationError("appraisal_bad_cap", field="appraisal_cap", value=self.cap)


@dataclass(frozen=True)
class GradeBand:
    """A grade and the lowest total that earns it (A ≥ 90 …), with its name (优秀 …)."""

    grade: str
    minimum: float
    label: str = ""


def kpi_score(achieved: float | None, rule: ScoringRule = ScoringRule()) -> float | None:
    """Points for an achievement given as a fraction (1.0 = 100%); None when unknown."""
    if achieved is None:
        return None
    percent = achieved * 100
    if percent < rule.floor - TOLERANCE:
        return 0.0
    return min(percent, rule.cap)


def quality_score(rating: float | None, top: float) -> float | None:
    """Points for a rating on a scale whose best level is ``top`` (4 of 5 → 80)."""
    if rating is None:
        return None
    if top <= 0 or not 0 <= rating <= top:
        raise ValidationError(
            "appraisal_bad_rating", field="appraisal_rating", value=rating, max=top
        )
    return rating / top * 100


def check_weights(weights: Iterable[float]) -> None:
    """Weights must be positive and add up to 100; raises ValidationError saying the sum."""
    values = list(weights)
    if any(w <= 0 for w in values):
        raise ValidationError("appraisal_weight_positive", field="appraisal_weight")
    s = sum(values)
    if abs(s - WEIGHT_TOTAL) > TOLERANCE:
        raise ValidationError("appraisal_weights_sum", field="appraisal_weight", total=round(s, 2))


def total(items: Iterable[tuple[float, float | None]]) -> float | None:
    """Σ weight × score ÷ 100 over (weight, score) pairs; None while a score is missing.

    Raises ValidationError when the weights do not add up to 100.
    """
    pairs = list(items)
    check_weights(w for w, _ in pairs)
    if not pairs or any(s is None for _, s in pairs):
        return None
    return sum(w * (s or 0.0) for w, s in pairs) / WEIGHT_TOTAL


def check_bands(bands: Sequence[GradeBand]) -> list[GradeBand]:
    """Bands sorted from the highest minimum down; names unique, minimums distinct, and
    the lowest band starting at 0 so every total has a grade."""
    if not bands:
        raise ValidationError("appraisal_bands_empty", field="appraisal_bands")
    names = [b.grade.strip() for b in bands]
    if any(not n for n in names) or len(set(names)) != len(names):
        raise ValidationError("appraisal_bands_names", field="appraisal_bands")
    ordered = sorted(bands, key=lambda b: b.minimum, reverse=True)
    minimums = [b.minimum for b in ordered]
    if len(set(minimums)) != len(minimums):
        raise ValidationError("appraisal_bands_minimums", field="appraisal_bands")
    if ordered[-1].minimum != 0:
        raise ValidationError(
            "appraisal_bands_floor", field="appraisal_bands", grade=ordered[-1].grade
        )
    return ordered


def grade(score: float | None, bands: Sequence[GradeBand]) -> str | None:
    """The grade of a total (None while the total is unknown)."""
    if score is None:
        return None
    for band in sorted(bands, key=lambda b: b.minimum, reverse=True):
        if score >= band.minimum - TOLERANCE:
            return band.grade
    return sorted(bands, key=lambda b: b.minimum)[0].grade if bands else None


K = TypeVar("K", bound=Hashable)


def rank(totals: dict[K, float | None]) -> dict[K, int | None]:
    """Competition ranking by total, highest first (90, 85, 85, 80 → 1, 2, 2, 4);
    unscored appraisals have no rank. Totals are compared to two decimals, as shown."""
    scored = sorted(
        ((round(t, 2), k) for k, t in totals.items() if t is not None), key=lambda x: -x[0]
    )
    out: dict[K, int | None] = dict.fromkeys(totals)
    previous, place = None, 0
    for n, (value, key) in enumerate(scored, start=1):
        if value != previous:
            place, previous = n, value
        out[key] = place
    return out


def distribution(grades: Iterable[str | None], bands: Sequence[GradeBand]) -> dict[str, int]:
    """How many appraisals got each grade, every band listed (highest first)."""
    counts = Counter(g for g in grades if g is not None)
    return {b.grade: counts.get(b.grade, 0) for b in check_bands(bands)}
