"""Data for the KPI page's charts (R-1.3, R-3.3): target against actual per period, the
trend over periods, and the same period last year. The GUI only draws these numbers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from models.kpi import period as kp
from models.kpi.definitions import KpiRow
from models.kpi.values import Resolver, achievement, scope_of


@dataclass(frozen=True)
class Point:
    """One period of a series; ``last_year`` is the actual of the same period a year earlier."""

    period: str
    start: date
    target: float | None
    actual: float | None
    complete: bool
    achievement: float | None
    last_year: float | None

    @property
    def change(self) -> float | None:
        """Change against the same period last year, as a fraction (0.12 = +12%)."""
        if self.actual is None or self.last_year in (None, 0):
            return None
        assert self.last_year is not None
        return (self.actual - self.last_year) / abs(self.last_year)


@dataclass(frozen=True)
class Series:
    """A KPI's points, oldest first, for the team or one member."""

    kpi: KpiRow
    scope: str
    span: kp.Span
    points: tuple[Point, ...]


def series(
    kpi_code: str,
    span: kp.Span | str,
    until: date,
    count: int = 12,
    *,
    member_uid: str | None = None,
) -> Series:
    """The last ``count`` periods of ``span`` up to the one holding ``until``.

    Each point has target, actual, achievement and last year's actual, so one call feeds
    the target-vs-actual bars, the trend line and the year-on-year comparison.
    """
    scope = scope_of(member_uid)
    resolver = Resolver([scope])
    kpi = resolver.kpi(kpi_code)
    points = []
    for p in kp.recent(kp.Span(span), until, count):
        target = resolver.target(kpi_code, p, scope)
        actual, complete = resolver.actual(kpi_code, p, scope)
        last, _ = resolver.actual(kpi_code, p.last_year(), scope)
        ach = achievement(target, actual, kpi.direction)
        points.append(Point(p.label, p.start, target, actual, complete, ach, last))
    return Series(kpi, scope, kp.Span(span), tuple(points))


def same_period_last_year(kpi_code: str, period: str, *, member_uid: str | None = None) -> Point:
    """One period against the same period a year earlier (R-3.3)."""
    scope = scope_of(member_uid)
    resolver = Resolver([scope])
    kpi = resolver.kpi(kpi_code)
    p = kp.parse(period)
    target = resolver.target(kpi_code, p, scope)
    actual, complete = resolver.actual(kpi_code, p, scope)
    last, _ = resolver.actual(kpi_code, p.last_year(), scope)
    return Point(
        p.label, p.start, target, actual, complete, achievement(target, actual, kpi.direction), last
    )


def achievement_by_kpi(
    period: str, *, member_uid: str | None = None, category: str | None = None
) -> list[tuple[KpiRow, float | None]]:
    """Every active KPI with a target for ``period`` and its achievement (a bar chart)."""
    scope = scope_of(member_uid)
    resolver = Resolver([scope])
    p = kp.parse(period)
    out = []
    for code, kpi in resolver.kpis.items():
        if not kpi.active or (category is not None and kpi.category.value != category):
            continue
        m = resolver.measure(code, p, scope)
        if m.target is not None:
            out.append((kpi, m.achievement))
    return out
