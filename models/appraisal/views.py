"""Reading appraisals (R-4.3) as snapshots, filtered by who is asking.

Scores, totals, grades and ranks are computed here from the stored ratings, targets and
actuals every time — never stored, never typed — with the pure rules of scoring.py.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from models.appraisal import scoring, visibility
from models.appraisal.schema import (
    Appraisal,
    AppraisalCycle,
    AppraisalItem,
    DevelopmentAction,
    ItemKind,
    Reward,
    State,
    TrainingNeed,
)
from models.appraisal.scoring import GradeBand, ScoringRule
from models.appraisal.templates import bands_from_json
from models.base import Actor
from models.errors import NotFound, ValidationError
from models.team import Member, Role
from models.training.schema import Course


@dataclass(frozen=True)
class ItemRow:
    """An item with its computed achievement (KPI) and score."""

    uid: str
    version: int
    position: int
    kind: ItemKind
    name: str
    description: str
    weight: float
    kpi_code: str
    unit: str
    direction: str
    scope: str
    rule: ScoringRule
    scale: tuple[tuple[int, str, str], ...]
    target: float | None
    actual: float | None
    actual_source: str
    self_rating: float | None
    rating: float | None
    comment: str
    achievement: float | None
    score: float | None

    @property
    def top(self) -> int:
        return max((level[0] for level in self.scale), default=5)


@dataclass(frozen=True)
class ActionRow:
    """One action of the development plan."""

    uid: str
    version: int
    position: int
    action: str
    owner_uid: str | None
    owner_name: str
    due_on: date | None
    done: bool


@dataclass(frozen=True)
class NeedRow:
    """A training need, with its course when linked to one."""

    uid: str
    version: int
    course_uid: str | None
    course_title: str
    topic: str
    notes: str


@dataclass(frozen=True)
class AppraisalRow:
    """An appraisal as its page and its printed sheet show it."""

    uid: str
    version: int
    cycle_uid: str
    period: str
    member_uid: str
    member_name: str
    department: str
    role: Role
    template_title: str
    state: State
    self_assessment: str
    submitted_at: datetime | None
    lead_comment: str
    reviewed_at: datetime | None
    reviewer_name: str
    interview_on: date | None
    strengths: str
    weaknesses: str
    reward: Reward
    reward_note: str
    finalized_at: datetime | None
    bands: tuple[GradeBand, ...]
    items: tuple[ItemRow, ...]
    actions: tuple[ActionRow, ...]
    needs: tuple[NeedRow, ...]
    total: float | None
    grade: str | None
    training_hours: float

    @property
    def locked(self) -> bool:
        return self.state is State.FINAL

    @property
    def unscored(self) -> tuple[ItemRow, ...]:
        return tuple(i for i in self.items if i.score is None)


@dataclass(frozen=True)
class CycleRow:
    """A cycle with how many appraisals (that the reader may see) are in each state."""

    uid: str
    version: int
    period: str
    title: str
    notes: str
    by_state: dict[State, int]

    @property
    def count(self) -> int:
        return sum(self.by_state.values())

    @property
    def finished(self) -> bool:
        return self.count > 0 and self.by_state.get(State.FINAL, 0) == self.count


@dataclass(frozen=True)
class SummaryRow:
    """One member in the cycle summary: total, grade, rank, KPI achievements."""

    appraisal_uid: str
    member_name: str
    role: Role
    state: State
    total: float | None
    grade: str | None
    rank: int | None
    achievements: tuple[tuple[str, float | None], ...]  # KPI item name → achievement


@dataclass(frozen=True)
class CycleSummary:
    """The lead's overview and chart data: scores, grades, ranks, grade distribution."""

    cycle: CycleRow
    rows: tuple[SummaryRow, ...]
    distribution: dict[str, int]
    bands: tuple[GradeBand, ...]


def _scored(
    kind: ItemKind,
    target: Any,
    actual: Any,
    direction: str,
    rule: ScoringRule,
    rating: Any,
    scale: tuple[tuple[int, str, str], ...],
) -> tuple[float | None, float | None]:
    """(achievement, score) of an item from its stored values."""
    if kind is ItemKind.KPI:
        achieved = scoring.achievement(target, actual, direction)
        return achieved, scoring.kpi_score(achieved, rule)
    top = max((level[0] for level in scale), default=5)
    try:
        return None, scoring.quality_score(rating, top)
    except ValidationError:
        return None, None


def item_row(i: AppraisalItem) -> ItemRow:
    rule = ScoringRule(**json.loads(i.rule)) if i.rule else ScoringRule()
    scale: Any = tuple(tuple(level) for level in json.loads(i.scale or "[]"))
    kind = ItemKind(i.kind)
    achieved, score = _scored(kind, i.target, i.actual, i.direction, rule, i.rating, scale)
    return ItemRow(
        i.uid, i.version, i.position, kind, i.name, i.description, i.weight, i.kpi_code,
        i.unit, i.direction, i.scope, rule, scale, i.target, i.actual,
        i.actual_source, i.self_rating, i.rating, i.comment, achieved, score,
    )  # fmt: skip


_SAME: Any = object()


def rescored(item: ItemRow, *, actual: Any = _SAME, rating: Any = _SAME) -> ItemRow:
    """The item with another actual or rating, its achievement and score computed again."""
    actual = item.actual if actual is _SAME else actual
    rating = item.rating if rating is _SAME else rating
    achieved, score = _scored(
        item.kind, item.target, actual, item.direction, item.rule, rating, item.scale
    )
    return replace(item, actual=actual, rating=rating, achievement=achieved, score=score)


def total_of(items: tuple[ItemRow, ...]) -> float | None:
    try:
        return scoring.total((i.weight, i.score) for i in items)
    except ValidationError:  # a template is validated on save; an old copy may not be
        return None


def grade_of(total: float | None, bands: tuple[GradeBand, ...]) -> str | None:
    return scoring.grade(total, bands)


def build_rows(appraisals: list[Appraisal]) -> list[AppraisalRow]:
    """Snapshots of appraisals with their items, plan and needs (four queries in all)."""
    if not appraisals:
        return []
    ids = [a.id for a in appraisals]
    items: dict[int, list[ItemRow]] = defaultdict(list)
    query = AppraisalItem.alive().where(AppraisalItem.appraisal.in_(ids))
    for i in query.order_by(AppraisalItem.position, AppraisalItem.id):
        items[i.appraisal_id].append(item_row(i))
    actions: dict[int, list[ActionRow]] = defaultdict(list)
    owners = {m.get_id(): m for m in Member.select()}
    query = DevelopmentAction.alive().where(DevelopmentAction.appraisal.in_(ids))
    for d in query.order_by(DevelopmentAction.position, DevelopmentAction.id):
        owner = owners.get(d.owner_id)
        actions[d.appraisal_id].append(
            ActionRow(
                d.uid,
                d.version,
                d.position,
                d.action,
                owner.uid if owner else None,
                owner.name if owner else "",
                d.due_on,
                bool(d.done),
            )  # fmt: skip
        )
    needs: dict[int, list[NeedRow]] = defaultdict(list)
    courses = {c.get_id(): c for c in Course.select()}
    for n in TrainingNeed.alive().where(TrainingNeed.appraisal.in_(ids)).order_by(TrainingNeed.id):
        course = courses.get(n.course_id)
        needs[n.appraisal_id].append(
            NeedRow(
                n.uid,
                n.version,
                course.uid if course else None,
                course.title if course else "",
                n.topic,
                n.notes,
            )  # fmt: skip
        )
    hours = _hours(appraisals)
    out = []
    for a in appraisals:
        member: Member = a.member
        rows = tuple(items[a.id])
        bands = bands_from_json(a.bands)
        total = total_of(rows)
        out.append(
            AppraisalRow(
                a.uid,
                a.version,
                a.cycle.uid,
                a.cycle.period,
                member.uid,
                member.name,
                member.department,
                Role(a.role),
                a.template_title,
                State(a.state),
                a.self_assessment,
                a.submitted_at,
                a.lead_comment,
                a.reviewed_at,
                a.reviewer_name,
                a.interview_on,
                a.strengths,
                a.weaknesses,
                Reward(a.reward),
                a.reward_note,
                a.finalized_at,
                bands,
                rows,
                tuple(actions[a.id]),
                tuple(needs[a.id]),
                total,
                scoring.grade(total, bands),
                hours.get((a.cycle.period, member.uid), 0.0),
            )  # fmt: skip
        )
    return out


def _hours(appraisals: list[Appraisal]) -> dict[tuple[str, str], float]:
    """Training hours of each member in their cycle's period (evidence, R-4.2)."""
    from models.training import hours_by_member

    out: dict[tuple[str, str], float] = {}
    for period in {a.cycle.period for a in appraisals}:
        for uid, h in hours_by_member(period).items():
            out[(period, uid)] = h
    return out


def _query() -> Any:
    return (
        Appraisal.alive()
        .select(Appraisal, AppraisalCycle, Member)
        .join(AppraisalCycle)
        .switch(Appraisal)
        .join(Member)
    )


def cycle_row(c: AppraisalCycle, actor: Actor | None = None) -> CycleRow:
    query = Appraisal.alive().where(Appraisal.cycle == c)
    if actor is not None:
        query = visibility.visible(query, actor)
    counts: dict[State, int] = defaultdict(int)
    for a in query:
        counts[State(a.state)] += 1
    return CycleRow(c.uid, c.version, c.period, c.title, c.notes, dict(counts))


def list_cycles(actor: Actor) -> list[CycleRow]:
    """Cycles, newest period first: all for a lead, those with one's own appraisal else."""
    member = visibility.require_member(actor)
    query = AppraisalCycle.alive()
    if not visibility.is_lead(actor):
        mine = Appraisal.alive().select(Appraisal.cycle).where(Appraisal.member == member)
        query = query.where(AppraisalCycle.id.in_(mine))
    return [cycle_row(c, actor) for c in query.order_by(AppraisalCycle.period.desc())]


def find_cycle(period: str) -> AppraisalCycle | None:
    from models.kpi import period as kp

    label = kp.parse(period).label
    return AppraisalCycle.alive().where(AppraisalCycle.period == label).first()


def list_appraisals(actor: Actor, cycle_uid: str) -> list[AppraisalRow]:
    """A cycle's appraisals that ``actor`` may see, by member name."""
    cycle = AppraisalCycle.by_uid(cycle_uid)
    query = visibility.visible(_query().where(Appraisal.cycle == cycle), actor)
    return build_rows(list(query.order_by(Member.name)))


def my_appraisals(actor: Actor) -> list[AppraisalRow]:
    """The acting member's own appraisals, newest period first."""
    member = visibility.require_member(actor)
    query = _query().where(Appraisal.member == member)
    return build_rows(list(query.order_by(AppraisalCycle.period.desc())))


def get_appraisal(actor: Actor, uid: str) -> AppraisalRow:
    found = _query().where(Appraisal.uid == uid).first()
    if found is None:
        raise NotFound("not_found", table="appraisal", uid=uid)
    visibility.check_can_see(actor, found)
    return build_rows([found])[0]


def cycle_summary(actor: Actor, cycle_uid: str) -> CycleSummary:
    """Every member's total, grade and rank, the grade distribution, the KPI achievement
    per member (team lead only: it shows everyone's results)."""
    visibility.require_lead(actor)
    cycle = AppraisalCycle.by_uid(cycle_uid)
    rows = list_appraisals(actor, cycle_uid)
    ranks = scoring.rank({r.uid: r.total for r in rows})
    bands = rows[0].bands if rows else bands_from_json("")
    summary = tuple(
        SummaryRow(
            r.uid,
            r.member_name,
            r.role,
            r.state,
            r.total,
            r.grade,
            ranks[r.uid],
            tuple((i.name, i.achievement) for i in r.items if i.kind is ItemKind.KPI),
        )  # fmt: skip
        for r in sorted(
            rows, key=lambda r: (ranks[r.uid] is None, ranks[r.uid] or 0, r.member_name)
        )
    )
    return CycleSummary(
        cycle_row(cycle), summary, scoring.distribution((r.grade for r in rows), bands), bands
    )
