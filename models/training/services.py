"""Write services of training (R-4.2): each is one transaction with its audit entries."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from peewee import fn

from models import base, periods
from models.base import Actor
from models.db import write
from models.errors import ValidationError
from models.team import Member, Role
from models.training import clean, rules
from models.training.schema import (
    Attendance,
    Course,
    CourseSession,
    Delivery,
    PlanItem,
    TrainingPlan,
    TrainingRecord,
    encode_uids,
    parse_category,
)

COURSE_FIELDS = (
    "title", "category", "delivery", "trainer", "hours", "cost", "capacity", "pass_mark",
    "required_roles", "recur_months", "notes",
)  # fmt: skip
SESSION_FIELDS = ("starts_at", "ends_at", "place", "trainer", "hours", "notes")
PLAN_FIELDS = ("period", "title", "notes")
ITEM_FIELDS = ("audience_roles", "audience_members", "planned_sessions", "notes")


# --- courses -------------------------------------------------------------------------------


def _clean_course(values: dict[str, Any], uid: str | None = None) -> dict[str, Any]:
    clean.check_fields(values, COURSE_FIELDS)
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key == "title":
            out[key] = clean.one_line(value, key, max_len=100, required=True)
            clash = Course.alive().where(fn.LOWER(Course.title) == out[key].lower())
            if uid is not None:
                clash = clash.where(Course.uid != uid)
            if clash.exists():
                raise ValidationError("training_duplicate_course", field=key, value=out[key])
        elif key == "category":
            out[key] = clean.one_line(parse_category(value), key, max_len=50, required=True)
        elif key == "delivery":
            out[key] = clean.choice(value, Delivery, key).value
        elif key == "trainer":
            out[key] = clean.one_line(value, key, max_len=100)
        elif key == "hours":
            out[key] = clean.number(value, key, maximum=clean.HOURS_MAX, optional=False)
        elif key == "cost":
            out[key] = clean.money(value, key)
        elif key == "capacity":
            out[key] = clean.whole(value, key, minimum=1)
        elif key == "pass_mark":
            out[key] = clean.score(value, key)
        elif key == "required_roles":
            out[key] = clean.roles(value, key)
        elif key == "recur_months":
            out[key] = clean.whole(value, key, minimum=1)
        elif key == "notes":
            out[key] = clean.text(value, key, max_len=10_000)
    return out


def add_course(actor: Actor, title: str, category: str, **others: Any) -> Course:
    """Add a course; ``others`` are any of COURSE_FIELDS (roles as Role values)."""
    with write():
        values = _clean_course({"title": title, "category": category, **others})
        return base.create(Course, actor, **values)


def edit_course(actor: Actor, uid: str, expected_version: int | None, **changes: Any) -> Course:
    """Save course changes; a new pass mark re-decides ``passed`` on every record of it."""
    with write():
        saved = base.update(Course, uid, _clean_course(changes, uid), expected_version, actor)
        if "pass_mark" in changes:
            records = (
                TrainingRecord.select()
                .join(CourseSession)
                .where(CourseSession.course == saved, TrainingRecord.deleted_at.is_null())
            )
            for record in records:
                attended = record.status == Attendance.ATTENDED
                new = rules.record_passed(attended, record.score, saved.pass_mark)
                if new != record.passed:
                    base.update(
                        TrainingRecord,
                        record.uid,
                        {"passed": new},
                        None,
                        actor,
                        note="pass mark changed",
                    )
        return saved


def trash_course(actor: Actor, uid: str) -> None:
    """Move a course to the trash; its sessions and records leave every view with it."""
    base.trash(Course, uid, actor)


def restore_course(actor: Actor, uid: str) -> None:
    with write():
        course = Course.by_uid(uid, include_deleted=True)
        _clean_course({"title": course.title}, uid)  # a new course may have taken the title
        base.restore(Course, uid, actor)


# --- sessions ------------------------------------------------------------------------------


def _clean_session(values: dict[str, Any], course: Course, uid: str | None = None) -> dict:
    clean.check_fields(values, SESSION_FIELDS)
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key in ("starts_at", "ends_at"):
            out[key] = clean.moment(value, key, optional=key == "ends_at")
        elif key in ("place", "trainer"):
            out[key] = clean.one_line(value, key, max_len=200 if key == "place" else 100)
        elif key == "hours":
            out[key] = clean.number(value, key, maximum=clean.HOURS_MAX)
        elif key == "notes":
            out[key] = clean.text(value, key, max_len=10_000)
    if "starts_at" in out:
        clash = CourseSession.alive().where(
            CourseSession.course == course, CourseSession.starts_at == out["starts_at"]
        )
        if uid is not None:
            clash = clash.where(CourseSession.uid != uid)
        if clash.exists():
            raise ValidationError(
                "training_duplicate_session",
                field="starts_at",
                course=course.title,
                value=f"{out['starts_at']:%Y-%m-%d %H:%M}",
            )
    return out


def add_session(actor: Actor, course_uid: str, starts_at: datetime, **others: Any) -> CourseSession:
    """Add a session of a course; the trainer defaults to the course's trainer."""
    with write():
        course = Course.by_uid(course_uid)
        others.setdefault("trainer", course.trainer)
        values = _clean_session({"starts_at": starts_at, **others}, course)
        _check_end(values.get("starts_at"), values.get("ends_at"))
        return base.create(CourseSession, actor, course=course, **values)


def edit_session(
    actor: Actor, uid: str, expected_version: int | None, **changes: Any
) -> CourseSession:
    with write():
        current = CourseSession.by_uid(uid)
        values = _clean_session(changes, current.course, uid)
        _check_end(
            values.get("starts_at", current.starts_at), values.get("ends_at", current.ends_at)
        )
        return base.update(CourseSession, uid, values, expected_version, actor)


def _check_end(starts_at: datetime | None, ends_at: datetime | None) -> None:
    if starts_at is not None and ends_at is not None and ends_at < starts_at:
        raise ValidationError("training_ends_before_start", field="ends_at")


def trash_session(actor: Actor, uid: str) -> None:
    base.trash(CourseSession, uid, actor)


def restore_session(actor: Actor, uid: str) -> None:
    with write():
        session = CourseSession.by_uid(uid, include_deleted=True)
        _clean_session({"starts_at": session.starts_at}, session.course, uid)
        base.restore(CourseSession, uid, actor)


# --- plans ---------------------------------------------------------------------------------


def _clean_plan(values: dict[str, Any], uid: str | None = None) -> dict[str, Any]:
    clean.check_fields(values, PLAN_FIELDS)
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key == "period":
            out[key] = periods.parse(str(value or "")).label
        elif key == "title":
            out[key] = clean.one_line(value, key, max_len=100, required=True)
        elif key == "notes":
            out[key] = clean.text(value, key, max_len=10_000)
    return out


def _check_plan_clash(period: str, title: str, uid: str | None) -> None:
    clash = TrainingPlan.alive().where(TrainingPlan.period == period, TrainingPlan.title == title)
    if uid is not None:
        clash = clash.where(TrainingPlan.uid != uid)
    if clash.exists():
        raise ValidationError("training_duplicate_plan", field="title", value=title, period=period)


def add_plan(actor: Actor, period: str, title: str, notes: str = "") -> TrainingPlan:
    """A plan for ``period`` ('2026', '2026-Q4', '2026-11' or the Chinese spellings)."""
    with write():
        values = _clean_plan({"period": period, "title": title, "notes": notes})
        _check_plan_clash(values["period"], values["title"], None)
        return base.create(TrainingPlan, actor, **values)


def edit_plan(actor: Actor, uid: str, expected_version: int | None, **changes: Any) -> TrainingPlan:
    with write():
        current = TrainingPlan.by_uid(uid)
        values = _clean_plan(changes, uid)
        _check_plan_clash(
            values.get("period", current.period), values.get("title", current.title), uid
        )
        return base.update(TrainingPlan, uid, values, expected_version, actor)


def trash_plan(actor: Actor, uid: str) -> None:
    base.trash(TrainingPlan, uid, actor)


def restore_plan(actor: Actor, uid: str) -> None:
    with write():
        plan = TrainingPlan.by_uid(uid, include_deleted=True)
        _check_plan_clash(plan.period, plan.title, uid)
        base.restore(TrainingPlan, uid, actor)


def _clean_item(values: dict[str, Any]) -> dict[str, Any]:
    clean.check_fields(values, ITEM_FIELDS)
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key == "audience_roles":
            out[key] = clean.roles(value, key)
        elif key == "audience_members":
            out[key] = encode_uids([Member.by_uid(str(u)).uid for u in value or ()])
        elif key == "planned_sessions":
            out[key] = clean.whole(value, key, minimum=0, optional=False)
        elif key == "notes":
            out[key] = clean.text(value, key, max_len=10_000)
    return out


def add_plan_item(
    actor: Actor,
    plan_uid: str,
    course_uid: str,
    *,
    audience_roles: Iterable[Role | str] = (),
    audience_members: Iterable[str] = (),
    planned_sessions: int = 1,
    notes: str = "",
) -> PlanItem:
    """Plan a course for an audience: roles and/or member uids (both empty: the whole team)."""
    with write():
        plan = TrainingPlan.by_uid(plan_uid)
        course = Course.by_uid(course_uid)
        if PlanItem.alive().where(PlanItem.plan == plan, PlanItem.course == course).exists():
            raise ValidationError(
                "training_duplicate_plan_item", field="course", value=course.title
            )
        values = _clean_item(
            {
                "audience_roles": list(audience_roles),
                "audience_members": list(audience_members),
                "planned_sessions": planned_sessions,
                "notes": notes,
            }
        )
        return base.create(PlanItem, actor, plan=plan, course=course, **values)


def edit_plan_item(
    actor: Actor, uid: str, expected_version: int | None, **changes: Any
) -> PlanItem:
    with write():
        return base.update(PlanItem, uid, _clean_item(changes), expected_version, actor)


def remove_plan_item(actor: Actor, uid: str) -> None:
    base.trash(PlanItem, uid, actor)
