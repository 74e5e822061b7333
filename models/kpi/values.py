"""Targets and actuals per period (R-1.3): achievement with direction, flagged deviations.

A value row holds a KPI's target and actual for one period (week, month, quarter, year),
team-wide or for one member, with the cause and the action that answer a deviation — kept
with the period, as R-1.3 asks. Where a quarter or a year has no row of its own, its value
follows from its months or quarters (sum, average or last value, as the KPI says); such an
actual is ``complete`` only when every part had one. Team values are not summed from the
members' (two people often share a campaign): the team's row is the team's figure.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from models import base
from models.base import Actor
from models.db import write
from models.errors import ValidationError
from models.kpi import period as kp
from models.kpi.definitions import KpiRow, by_code, ratio
from models.kpi.schema import TEAM, Aggregate, Direction, Kpi, KpiValue, Source
from models.team import Member

VALUE_FIELDS = ("target", "actual", "cause", "action", "notes")


# --- pure rules -------------------------------------------------------------------------


def achievement(
    target: float | None, actual: float | None, direction: Direction | str
) -> float | None:
    """How far the actual meets the target, as a fraction (1.0 = met), never below 0.

    Higher is better: actual ÷ target. Lower is better: 2 − actual ÷ target, so missing a
    CAC target by 20% gives 0.8 as missing a sales target by 20% does, and an actual of 0
    gives 2.0. A target of 0 cannot be divided by: it is met (1.0) when the actual is at
    least 0 (higher) or at most 0 (lower), else missed (0.0). None when either is missing.
    """
    if target is None or actual is None:
        return None
    lower = Direction(direction) is Direction.LOWER
    if target == 0:
        met = actual <= 0 if lower else actual >= 0
        return 1.0 if met else 0.0
    share = actual / target
    return max(0.0, 2 - share if lower else share)


def gap(achievement_: float | None) -> float | None:
    """The deviation from the target: −0.2 is 20% short of it, +0.1 10% beyond it."""
    return None if achievement_ is None else achievement_ - 1


def is_flagged(achievement_: float | None, threshold_pct: float) -> bool:
    """A deviation beyond the threshold either way asks for a cause and an action (R-1.3)."""
    return achievement_ is not None and abs(achievement_ - 1) * 100 > threshold_pct + 1e-9


def aggregate(values: list[float], how: Aggregate | str) -> float | None:
    if not values:
        return None
    how = Aggregate(how)
    if how is Aggregate.SUM:
        return sum(values)
    if how is Aggregate.AVERAGE:
        return sum(values) / len(values)
    return values[-1]


# --- snapshots ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Measure:
    """A KPI for one period and scope: target, actual, achievement and its deviation."""

    kpi: KpiRow
    period: str
    scope: str  # "team" or a member's uid
    target: float | None
    actual: float | None
    complete: bool  # the actual covers the whole period
    achievement: float | None
    gap: float | None
    flagged: bool
    cause: str
    action: str
    value_uid: str | None  # the row typed for exactly this period, if any
    version: int | None
    # Typed for exactly this period (else combined from its parts, or computed): the KPI
    # page shows combined figures apart, since typing one sets the period's own figure.
    target_typed: bool = False
    actual_typed: bool = False

    @property
    def needs_cause(self) -> bool:
        """Flagged and not yet explained (R-1.3)."""
        return self.flagged and not self.cause.strip()


@dataclass(frozen=True)
class _Stored:
    uid: str
    version: int
    target: float | None
    actual: float | None
    cause: str
    action: str


class Resolver:
    """Targets and actuals of any KPI, period and scope, from one read of the value rows.

    Build one per page or report: it reads the definitions and the rows of the scopes
    asked (all when None) once, then answers from memory.
    """

    def __init__(self, scopes: Iterable[str] | None = None) -> None:
        self.kpis = {k.code: KpiRow.of(k) for k in Kpi.alive()}
        query = (
            KpiValue.alive().select(KpiValue, Kpi.code).join(Kpi).where(Kpi.deleted_at.is_null())
        )
        if scopes is not None:
            query = query.where(KpiValue.scope.in_(list(scopes)))
        self.rows: dict[tuple[str, str, str], _Stored] = {}
        for v in query:
            self.rows[(v.kpi.code, v.period, v.scope)] = _Stored(
                v.uid, v.version, v.target, v.actual, v.cause, v.action
            )
        self._hours: dict[str, dict[str, float]] = {}

    def kpi(self, code: str) -> KpiRow:
        try:
            return self.kpis[code]
        except KeyError:
            raise ValidationError("kpi_unknown", field="kpi_kpi", value=code) from None

    def target(self, code: str, p: kp.KpiPeriod, scope: str = TEAM) -> float | None:
        """The typed target, else the parts' targets combined when every part has one."""
        stored = self.rows.get((code, p.label, scope))
        if stored is not None and stored.target is not None:
            return stored.target
        parts = p.parts()
        if not parts:
            return None
        found = [self.target(code, q, scope) for q in parts]
        if any(t is None for t in found):
            return None
        kpi = self.kpi(code)
        how = Aggregate.AVERAGE if kpi.source is Source.RATIO else kpi.aggregate
        return aggregate([t for t in found if t is not None], how)

    def actual(self, code: str, p: kp.KpiPeriod, scope: str = TEAM) -> tuple[float | None, bool]:
        """(actual, complete): typed, combined from parts, a ratio of parts, or training hours."""
        kpi = self.kpi(code)
        if kpi.source is Source.RATIO:
            num, num_done = self.actual(kpi.numerator, p, scope)
            den, den_done = self.actual(kpi.denominator, p, scope)
            return ratio(num, den, kpi.scale), num_done and den_done
        if kpi.source is Source.TRAINING:
            return self._training_hours(p, scope), True
        stored = self.rows.get((code, p.label, scope))
        if stored is not None and stored.actual is not None:
            return stored.actual, True
        parts = p.parts()
        if not parts:
            return None, False
        found = [self.actual(code, q, scope) for q in parts]
        values = [v for v, _ in found if v is not None]
        complete = bool(values) and all(v is not None and done for v, done in found)
        return aggregate(values, kpi.aggregate), complete

    def _training_hours(self, p: kp.KpiPeriod, scope: str) -> float | None:
        if p.span is kp.Span.WEEK:  # training reports count by month, quarter or year
            return None
        if p.label not in self._hours:
            from models.training import hours_by_member

            self._hours[p.label] = hours_by_member(p.label)
        hours = self._hours[p.label]
        return sum(hours.values()) if scope == TEAM else hours.get(scope, 0.0)

    def measure(self, code: str, period: str | kp.KpiPeriod, scope: str = TEAM) -> Measure:
        p = period if isinstance(period, kp.KpiPeriod) else kp.parse(period)
        kpi = self.kpi(code)
        target = self.target(code, p, scope)
        actual, complete = self.actual(code, p, scope)
        ach = achievement(target, actual, kpi.direction)
        stored = self.rows.get((code, p.label, scope))
        return Measure(
            kpi,
            p.label,
            scope,
            target,
            actual,
            complete,
            ach,
            gap(ach),
            is_flagged(ach, kpi.threshold),
            stored.cause if stored else "",
            stored.action if stored else "",
            stored.uid if stored else None,
            stored.version if stored else None,
            stored is not None and stored.target is not None,
            stored is not None and stored.actual is not None and kpi.source is Source.INPUT,
        )


def scope_of(member_uid: str | None) -> str:
    return TEAM if member_uid is None else member_uid


def period_table(
    period: str, *, member_uid: str | None = None, category: str | None = None
) -> list[Measure]:
    """Every active KPI for ``period`` and the team (or one member): the KPI page's table."""
    scope = scope_of(member_uid)
    resolver = Resolver([scope])
    p = kp.parse(period)
    out = []
    for code, kpi in resolver.kpis.items():
        if kpi.active and (category is None or kpi.category.value == category):
            out.append(resolver.measure(code, p, scope))
    return out


def deviations(period: str, *, only_unexplained: bool = False) -> list[Measure]:
    """Flagged deviations of ``period`` for the team and every member with values (R-1.3)."""
    resolver = Resolver()
    p = kp.parse(period)
    scopes = sorted({s for (_, _, s) in resolver.rows}, key=lambda s: (s != TEAM, s))
    out = []
    for scope in scopes:
        for code, kpi in resolver.kpis.items():
            if not kpi.active:
                continue
            m = resolver.measure(code, p, scope)
            if m.flagged and (m.needs_cause or not only_unexplained):
                out.append(m)
    return out


# --- writes -------------------------------------------------------------------------------


def clean_number(name: str, value: Any, *, negative_ok: bool) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValidationError("kpi_not_number", field=f"kpi_{name}", value=str(value)) from None
    if number < 0 and not negative_ok:  # a growth can fall; a target cannot be below 0
        raise ValidationError("kpi_negative_target", field=f"kpi_{name}", value=value)
    return number


def clean_value_fields(kpi: Kpi, changes: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in changes.items():
        if key not in VALUE_FIELDS:
            raise ValidationError("unknown_field", field=key)
        if key == "target":
            out[key] = clean_number(key, value, negative_ok=False)
        elif key == "actual":
            number = clean_number(key, value, negative_ok=True)
            if number is not None and kpi.source != Source.INPUT.value:
                raise ValidationError("kpi_derived_actual", field="kpi_actual", name=kpi.name)
            out[key] = number
        else:
            out[key] = str(value or "")
    return out


def find_value(kpi: Kpi, label: str, scope: str) -> KpiValue | None:
    return (
        KpiValue.alive()
        .where(KpiValue.kpi == kpi, KpiValue.period == label, KpiValue.scope == scope)
        .first()
    )


def set_value(
    actor: Actor,
    kpi_code: str,
    period: str,
    *,
    member_uid: str | None = None,
    expected_version: int | None = None,
    **changes: Any,
) -> KpiValue:
    """Enter a target, an actual, or the cause and action of a deviation, for one period.

    ``changes`` holds any of target, actual, cause, action, notes. The row is created when
    the period has none yet. An actual of a derived KPI is refused (it is computed).
    """
    with write():
        kpi = by_code(kpi_code)
        label = kp.parse(period).label
        member = Member.by_uid(member_uid) if member_uid is not None else None
        scope = scope_of(member_uid)
        values = clean_value_fields(kpi, changes)
        current = find_value(kpi, label, scope)
        if current is None:
            return base.create(
                KpiValue, actor, kpi=kpi, period=label, scope=scope, member=member, **values
            )
        return base.update(KpiValue, current.uid, values, expected_version, actor)


def explain(
    actor: Actor,
    kpi_code: str,
    period: str,
    cause: str,
    action: str,
    *,
    member_uid: str | None = None,
    expected_version: int | None = None,
) -> KpiValue:
    """Keep the cause of a deviation and the action decided, with the period (R-1.3)."""
    if not cause.strip():
        raise ValidationError("required", field="kpi_cause")
    return set_value(
        actor,
        kpi_code,
        period,
        member_uid=member_uid,
        expected_version=expected_version,
        cause=cause.strip(),
        action=action.strip(),
    )


def trash_value(actor: Actor, uid: str) -> None:
    base.trash(KpiValue, uid, actor)


def restore_value(actor: Actor, uid: str) -> None:
    with write():
        value = KpiValue.by_uid(uid, include_deleted=True)
        if find_value(value.kpi, value.period, value.scope) is not None:
            raise ValidationError("kpi_value_exists", field="kpi_period", value=value.period)
        base.restore(KpiValue, uid, actor)


def counts_by_period(member_uid: str | None = None) -> dict[str, int]:
    """How many value rows each period has (for the KPI page's period picker)."""
    out: dict[str, int] = defaultdict(int)
    query = KpiValue.alive().select(KpiValue.period)
    if member_uid is not None:
        query = query.where(KpiValue.scope == member_uid)
    for (label,) in query.tuples():
        out[label] += 1
    return dict(out)
