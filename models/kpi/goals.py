"""SMART marketing goals (R-1.1): statement, KPI, target, deadline, owner, progress.

The rules make each letter checkable: Specific — a statement of at least a few words;
Measurable — a KPI and a target value (≥ 0); Achievable — a baseline, when given, makes a
target more than twice as far as the baseline a warning (not an error: ambition is the
lead's call); Relevant — the strategy or campaign the goal serves is required; Time-bound —
a deadline inside or after the measured period. Progress is never typed: it is the
achievement of the KPI's actual for the goal's period and owner (the team when none).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from models import base
from models.base import Actor
from models.db import write
from models.errors import ValidationError
from models.kpi import period as kp
from models.kpi.definitions import KpiRow, by_code
from models.kpi.schema import TEAM, Aggregate, Direction, Goal, Kpi, Source
from models.kpi.values import Resolver, achievement
from models.team import Member

MEMBER_ID: Any = Member._meta.primary_key

GOAL_FIELDS = (
    "statement",
    "kpi",
    "target",
    "baseline",
    "period",
    "deadline",
    "owner",
    "aligned_to",
    "notes",
)
STATEMENT_MIN = 6  # characters: "提升品牌知名度" is specific enough, "品牌" is not
AMBITION = 2.0  # a target more than twice as far as the baseline is flagged


class GoalStatus(StrEnum):
    """Where a goal stands, from its progress and its deadline."""

    NO_DATA = "no_data"
    OPEN = "open"
    ACHIEVED = "achieved"
    MISSED = "missed"


GOAL_STATUS_NAMES = {
    GoalStatus.NO_DATA: ("No data yet", "暂无数据"),
    GoalStatus.OPEN: ("In progress", "进行中"),
    GoalStatus.ACHIEVED: ("Achieved", "已达成"),
    GoalStatus.MISSED: ("Missed", "未达成"),
}


def goal_status_label(status: GoalStatus | str, lang: str = "zh_CN") -> str:
    en, zh = GOAL_STATUS_NAMES[GoalStatus(status)]
    return zh if lang.startswith("zh") else en


@dataclass(frozen=True)
class GoalRow:
    """A goal with its progress, for the goals list and the KPI page."""

    uid: str
    version: int
    statement: str
    kpi: KpiRow
    target: float
    baseline: float | None
    period: str
    deadline: date
    owner_uid: str | None
    owner_name: str
    aligned_to: str
    notes: str
    actual: float | None
    achievement: float | None
    progress: float | None  # achievement capped at 1, for a progress bar
    status: GoalStatus


def clean(values: dict[str, Any]) -> dict[str, Any]:
    """Each field's own rule (the SMART letters across fields are in :func:`check_smart`)."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key not in GOAL_FIELDS:
            raise ValidationError("unknown_field", field=key)
        if key == "statement":
            text = " ".join(str(value or "").split())
            if len(text) < STATEMENT_MIN:
                raise ValidationError(
                    "goal_not_specific", field="goal_statement", min=STATEMENT_MIN
                )
            if len(text) > 300:
                raise ValidationError("too_long", field="goal_statement", max=300)
            out[key] = text
        elif key == "kpi":
            if value is None or value == "":
                raise ValidationError("goal_not_measurable", field="goal_kpi")
            out[key] = value if isinstance(value, Kpi) else by_code(str(value))
        elif key in ("target", "baseline"):
            if value is None or value == "":
                if key == "target":
                    raise ValidationError("goal_not_measurable", field="goal_target")
                out[key] = None
                continue
            try:
                number = float(value)
            except (TypeError, ValueError):
                raise ValidationError(
                    "kpi_not_number", field=f"goal_{key}", value=str(value)
                ) from None
            if number < 0:
                raise ValidationError("kpi_negative_target", field=f"goal_{key}", value=value)
            out[key] = number
        elif key == "period":
            out[key] = kp.parse(str(value)).label
        elif key == "deadline":
            if not isinstance(value, date):
                raise ValidationError("goal_not_time_bound", field="goal_deadline")
            out[key] = value
        elif key == "owner":
            out[key] = None if value in (None, "") else _member(value)
        elif key == "aligned_to":
            text = " ".join(str(value or "").split())
            if not text:
                raise ValidationError("goal_not_relevant", field="goal_aligned_to")
            out[key] = text[:300]
        else:
            out[key] = str(value or "")
    return out


def _member(value: Any) -> Member:
    return value if isinstance(value, Member) else Member.by_uid(str(value))


def check_smart(values: dict[str, Any]) -> None:
    """The rules across fields: the deadline falls on or after the measured period's start."""
    period, deadline = values.get("period"), values.get("deadline")
    if period and isinstance(deadline, date):
        p = kp.parse(period)
        if deadline < p.start:
            raise ValidationError(
                "goal_deadline_before_period", field="goal_deadline", period=p.label, start=p.start
            )


def smart_warnings(
    target: float, baseline: float | None, direction: Direction | str, deadline: date, today: date
) -> list[str]:
    """Message codes worth showing before saving, none of them blocking."""
    out = []
    if baseline is not None and baseline > 0:
        if Direction(direction) is Direction.HIGHER and target > baseline * AMBITION:
            out.append("goal_warn_ambitious")
        if Direction(direction) is Direction.LOWER and target < baseline / AMBITION:
            out.append("goal_warn_ambitious")
    if deadline < today:
        out.append("goal_warn_past")
    return out


def add_goal(
    actor: Actor,
    statement: str,
    kpi_code: str,
    target: float,
    deadline: date,
    *,
    period: str | None = None,
    owner_uid: str | None = None,
    baseline: float | None = None,
    aligned_to: str = "",
    notes: str = "",
) -> Goal:
    """A goal; its period defaults to the year of its deadline."""
    with write():
        values = clean(
            {
                "statement": statement,
                "kpi": kpi_code,
                "target": target,
                "deadline": deadline,
                "period": period or (str(deadline.year) if isinstance(deadline, date) else ""),
                "owner": owner_uid,
                "baseline": baseline,
                "aligned_to": aligned_to,
                "notes": notes,
            }
        )
        check_smart(values)
        return base.create(Goal, actor, **values)


def edit_goal(actor: Actor, uid: str, expected_version: int | None, **changes: Any) -> Goal:
    """Change a goal; ``kpi`` takes a code and ``owner`` a member uid (or None: the team)."""
    with write():
        current = Goal.by_uid(uid)
        values = clean(changes)
        merged = {"period": current.period, "deadline": current.deadline} | {
            k: values[k] for k in ("period", "deadline") if k in values
        }
        check_smart(merged)
        return base.update(Goal, uid, values, expected_version, actor)


def trash_goal(actor: Actor, uid: str) -> None:
    base.trash(Goal, uid, actor)


def restore_goal(actor: Actor, uid: str) -> None:
    base.restore(Goal, uid, actor)


def status_of(
    ach: float | None, deadline: date, today: date, *, settled: bool = True
) -> GoalStatus:
    """Achieved once the achievement reaches 1 on settled data (the whole period is in, the
    deadline has passed, or a running sum that can only grow); missed after the deadline."""
    if ach is None:
        return GoalStatus.NO_DATA
    if ach >= 1 and (settled or today > deadline):
        return GoalStatus.ACHIEVED
    return GoalStatus.MISSED if today > deadline else GoalStatus.OPEN


def list_goals(
    today: date, *, owner_uid: str | None = None, team_only: bool = False
) -> list[GoalRow]:
    """Goals by deadline with their progress; ``owner_uid`` or ``team_only`` narrow them."""
    query = Goal.alive().select(Goal, Kpi).join(Kpi).switch(Goal)
    if owner_uid is not None:
        query = query.join(Member).where(Member.uid == owner_uid)
    elif team_only:
        query = query.where(Goal.owner.is_null())
    goals = list(query.order_by(Goal.deadline, Goal.id))
    ids = [g.owner_id for g in goals]
    owners = {m.get_id(): m for m in Member.select().where(MEMBER_ID.in_(ids))}
    resolver = Resolver()
    out = []
    for g in goals:
        owner = owners.get(g.owner_id)
        scope = owner.uid if owner is not None else TEAM
        actual, complete = resolver.actual(g.kpi.code, kp.parse(g.period), scope)
        kpi = resolver.kpi(g.kpi.code)
        ach = achievement(g.target, actual, kpi.direction)
        running_sum = (
            kpi.source is Source.INPUT
            and kpi.aggregate is Aggregate.SUM
            and kpi.direction is Direction.HIGHER
        )
        out.append(
            GoalRow(
                g.uid,
                g.version,
                g.statement,
                kpi,
                g.target,
                g.baseline,
                g.period,
                g.deadline,
                owner.uid if owner else None,
                owner.name if owner else "",
                g.aligned_to,
                g.notes,
                actual,
                ach,
                None if ach is None else min(ach, 1.0),
                status_of(ach, g.deadline, today, settled=complete or running_sum),
            )
        )
    return out
