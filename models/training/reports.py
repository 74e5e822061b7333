"""Plans against what happened, and the training overview the GUI charts (R-4.2)."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from typing import Any

from peewee import fn

from models import periods
from models.team import Member, decode_roles
from models.training import rules
from models.training.schema import (
    Attendance,
    Course,
    CourseSession,
    PlanItem,
    TrainingPlan,
    TrainingRecord,
    decode_uids,
)
from models.training.snapshots import (
    CompletionRow,
    MemberHours,
    PlanItemRow,
    PlanReport,
    PlanRow,
    RecordRow,
    TrainingOverview,
)
from models.training.views import (
    certificates,
    day_span,
    last_completions,
    list_courses,
    records_query,
    session_rows,
    sessions_query,
)


def list_plans(*, period: str | None = None) -> list[PlanRow]:
    """Plans, newest period first; ``period`` keeps those of one period ('2026-Q4')."""
    query = TrainingPlan.alive()
    if period:
        query = query.where(TrainingPlan.period == periods.parse(period).label)
    rows: Any = (
        PlanItem.select(TrainingPlan.uid, fn.COUNT(1))
        .join(TrainingPlan)
        .switch(PlanItem)
        .join(Course)
        .where(PlanItem.deleted_at.is_null(), Course.deleted_at.is_null())
        .group_by(TrainingPlan.uid)
        .tuples()
    )
    counts: dict[str, int] = dict(rows)
    plans = query.order_by(TrainingPlan.period.desc(), TrainingPlan.title)
    return [PlanRow.of(p, counts.get(p.uid, 0)) for p in plans]


def audience(item: PlanItem, members: list[Member]) -> list[Member]:
    """The active members a plan line is for: its roles and named members; both empty: all."""
    roles = {r.value for r in decode_roles(item.audience_roles)}
    named = set(decode_uids(item.audience_members))
    active = [m for m in members if m.active]
    if not roles and not named:
        return active
    return [m for m in active if m.uid in named or roles & {r.value for r in m.role_list}]


def plan_report(plan_uid: str, today: date) -> PlanReport:
    """Each planned course with its sessions held, upcoming, and who of its audience came.

    A session counts as held when it starts on or before ``today``. Sessions in the plan's
    period of courses the plan does not list are returned as ``unplanned``.
    """
    plan = TrainingPlan.by_uid(plan_uid)
    span = periods.parse(plan.period)
    items = list(
        PlanItem.select(PlanItem, Course)
        .join(Course)
        .where(PlanItem.plan == plan, PlanItem.deleted_at.is_null(), Course.deleted_at.is_null())
        .order_by(Course.category, Course.title)
    )
    members = list(Member.alive().order_by(Member.name))
    sessions = list(
        sessions_query()
        .where(CourseSession.starts_at.between(*day_span(span.start, span.end)))
        .order_by(CourseSession.starts_at)
    )
    records = [
        RecordRow.of(r)
        for r in records_query().where(
            CourseSession.starts_at.between(*day_span(span.start, span.end)),
        )
    ]
    planned_courses = {i.course.uid for i in items}
    names = {m.uid: m.name for m in members}
    rows = []
    for item in items:
        course_sessions = [s for s in sessions if s.course.uid == item.course.uid]
        held = sum(1 for s in course_sessions if s.starts_at.date() <= today)
        came = {r.member_uid for r in records if r.course_uid == item.course.uid and r.attended}
        meant = {m.uid for m in audience(item, members)}
        rows.append(
            PlanItemRow(
                item.uid,
                item.course.uid,
                item.course.title,
                item.course.category,
                tuple(decode_roles(item.audience_roles)),
                tuple(decode_uids(item.audience_members)),
                tuple(names[u] for u in decode_uids(item.audience_members) if u in names),
                len(meant),
                item.planned_sessions,
                held,
                len(course_sessions) - held,
                len(came),
                len(came & meant),
                rules.rate(len(came & meant), len(meant)),
                item.notes,
                item.version,
            )
        )
    unplanned = session_rows(s for s in sessions if s.course.uid not in planned_courses)
    return PlanReport(
        PlanRow.of(plan, len(items)), span.start, span.end, tuple(rows), tuple(unplanned)
    )


def overview(period: str, today: date) -> TrainingOverview:
    """Hours per member per quarter of ``period``, completion of required courses as of
    ``today``, and the expired and expiring certificates (within 90 days of ``today``).

    Members listed: every active member, plus any other member with hours in the period.
    """
    span = periods.parse(period)
    quarters = span.quarters()
    rows = [RecordRow.of(r) for r in records_query()]
    members = list(Member.alive().order_by(Member.name))
    entries = [(r.member_uid, r.starts_at.date(), r.hours) for r in rows if r.attended]
    per_member = rules.hours_by_quarter(entries, quarters)
    hours = [
        MemberHours(
            m.uid,
            m.name,
            tuple(per_member.get(m.uid, [0.0] * len(quarters))),
            sum(per_member.get(m.uid, []), 0.0),
        )
        for m in members
        if m.active or m.uid in per_member
    ]
    courses = list_courses()
    done = last_completions(rows, {c.uid: c for c in courses}, today)
    completion = []
    totals: Counter[str] = Counter()
    for c in courses:
        needed = [
            m for m in members if rules.is_required(c.required_roles, m.role_list, bool(m.active))
        ]
        if not needed:
            continue
        due_names = tuple(
            m.name
            for m in needed
            if rules.due_reason(done.get((m.uid, c.uid)), c.recur_months, today) is not None
        )
        finished = len(needed) - len(due_names)
        totals.update(required=len(needed), done=finished)
        completion.append(
            CompletionRow(
                c.uid, c.title, len(needed), finished, rules.rate(finished, len(needed)), due_names
            )
        )
    return TrainingOverview(
        span.label,
        tuple(q.label for q in quarters),
        tuple(hours),
        tuple(completion),
        rules.rate(totals["done"], totals["required"]),
        tuple(certificates(today)),
    )


def hours_by_member(period: str) -> dict[str, float]:
    """Attended hours per member uid within ``period`` (for KPI and appraisal, R-4.3)."""
    span = periods.parse(period)
    out: dict[str, float] = defaultdict(float)
    query = records_query().where(
        CourseSession.starts_at.between(*day_span(span.start, span.end)),
        TrainingRecord.status == Attendance.ATTENDED.value,
    )
    for r in query:
        out[r.member.uid] += float(r.hours)
    return dict(out)
