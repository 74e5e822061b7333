"""What of training waits in the trash, and bringing it back (R-4.2)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from models.base import Actor
from models.team import Member
from models.training import records, services
from models.training.schema import Course, CourseSession, TrainingPlan, TrainingRecord

KINDS = ("course", "course_session", "training_plan", "training_record")


@dataclass(frozen=True)
class TrashItem:
    """A deleted training record; which fields are set depends on its kind."""

    uid: str
    kind: str
    name: str  # course title, plan title or member name
    deleted_at: datetime | None
    category: str = ""  # courses
    period: str = ""  # plans
    course_title: str = ""  # sessions and records
    starts_at: datetime | None = None  # sessions and records


def _courses() -> list[TrashItem]:
    query = Course.trashed().order_by(Course.deleted_at.desc())
    return [TrashItem(c.uid, "course", c.title, c.deleted_at, category=c.category) for c in query]


def _sessions() -> list[TrashItem]:
    query = (
        CourseSession.select(CourseSession, Course)
        .join(Course)
        .where(CourseSession.deleted_at.is_null(False))
        .order_by(CourseSession.deleted_at.desc())
    )
    return [
        TrashItem(
            s.uid, "course_session", s.course.title, s.deleted_at,
            course_title=s.course.title, starts_at=s.starts_at,
        )
        for s in query
    ]  # fmt: skip


def _plans() -> list[TrashItem]:
    query = TrainingPlan.trashed().order_by(TrainingPlan.deleted_at.desc())
    return [
        TrashItem(p.uid, "training_plan", p.title, p.deleted_at, period=p.period) for p in query
    ]


def _records() -> list[TrashItem]:
    query = (
        TrainingRecord.select(TrainingRecord, CourseSession, Course, Member)
        .join(CourseSession)
        .join(Course)
        .switch(TrainingRecord)
        .join(Member)
        .where(TrainingRecord.deleted_at.is_null(False))
        .order_by(TrainingRecord.deleted_at.desc())
    )
    return [
        TrashItem(
            r.uid, "training_record", r.member.name, r.deleted_at,
            course_title=r.session.course.title, starts_at=r.session.starts_at,
        )
        for r in query
    ]  # fmt: skip


_LISTINGS: dict[str, Callable[[], list[TrashItem]]] = {
    "course": _courses,
    "course_session": _sessions,
    "training_plan": _plans,
    "training_record": _records,
}
_RESTORE: dict[str, Callable[[Actor, str], None]] = {
    "course": services.restore_course,
    "course_session": services.restore_session,
    "training_plan": services.restore_plan,
    "training_record": records.restore_record,
}


def list_trash(kind: str) -> list[TrashItem]:
    """The deleted records of one kind (see KINDS), most recently deleted first."""
    return _LISTINGS[kind]()


def restore(actor: Actor, kind: str, uid: str) -> None:
    _RESTORE[kind](actor, uid)
