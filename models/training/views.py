"""Data for training's pages (R-4.2): lists, a member's page, a course's page, certificates."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from typing import Any

from peewee import chunked, fn

from models import periods
from models.team import Member
from models.text import normalize
from models.training import rules
from models.training.schema import (
    CATEGORIES,
    Attendance,
    Course,
    CourseSession,
    TrainingRecord,
)
from models.training.snapshots import (
    CertificateRow,
    CourseReport,
    CourseRow,
    DueCourse,
    MemberTraining,
    RecordRow,
    SessionRow,
)


def list_courses(*, search: str = "", category: str | None = None) -> list[CourseRow]:
    query = Course.alive()
    if search.strip():
        like = f"%{search.strip()}%"
        query = query.where(Course.title**like | Course.trainer**like | Course.notes**like)
    if category is not None:
        query = query.where(Course.category == category)
    return [CourseRow.of(c) for c in query.order_by(Course.category, Course.title)]


def get_course(uid: str) -> CourseRow:
    return CourseRow.of(Course.by_uid(uid))


def categories_in_use() -> list[str]:
    """The built-in categories, then the team's own ones already used by a course."""
    used = {c.category for c in Course.alive().select(Course.category).distinct()}
    return list(CATEGORIES) + sorted(used - set(CATEGORIES))


def sessions_query() -> Any:
    """Alive sessions of alive courses, the course joined up front."""
    return (
        CourseSession.select(CourseSession, Course)
        .join(Course)
        .where(CourseSession.deleted_at.is_null(), Course.deleted_at.is_null())
    )


def records_query() -> Any:
    """Alive records of alive sessions, courses and members, with those joined up front."""
    return (
        TrainingRecord.select(TrainingRecord, CourseSession, Course, Member)
        .join(CourseSession)
        .join(Course)
        .switch(TrainingRecord)
        .join(Member)
        .where(
            TrainingRecord.deleted_at.is_null(),
            CourseSession.deleted_at.is_null(),
            Course.deleted_at.is_null(),
            Member.deleted_at.is_null(),
        )
    )


def _counts(session_uids: Iterable[str]) -> dict[tuple[str, str], int]:
    """Records per (session uid, status), alive members only; asked in chunks of 500 uids."""
    uids = list(session_uids)
    out: dict[tuple[str, str], int] = {}
    for chunk in chunked(uids, 500):
        rows: Any = (
            TrainingRecord.select(CourseSession.uid, TrainingRecord.status, fn.COUNT(1))
            .join(CourseSession)
            .switch(TrainingRecord)
            .join(Member)
            .where(
                CourseSession.uid.in_(chunk),
                TrainingRecord.deleted_at.is_null(),
                Member.deleted_at.is_null(),
            )
            .group_by(CourseSession.uid, TrainingRecord.status)
            .tuples()
        )
        out.update({(uid, status): n for uid, status, n in rows})
    return out


def session_rows(sessions: Iterable[CourseSession]) -> list[SessionRow]:
    sessions = list(sessions)
    counts = _counts(s.uid for s in sessions)
    return [
        SessionRow.of(
            s,
            counts.get((s.uid, Attendance.ATTENDED.value), 0),
            counts.get((s.uid, Attendance.ABSENT.value), 0),
        )
        for s in sessions
    ]


def list_sessions(*, course_uid: str | None = None, period: str | None = None) -> list[SessionRow]:
    """Sessions, oldest first, of one course and/or within a period ('2026-Q4', '2026')."""
    query = sessions_query()
    if course_uid is not None:
        query = query.where(Course.uid == course_uid)
    if period:
        p = periods.parse(period)
        query = query.where(CourseSession.starts_at.between(*day_span(p.start, p.end)))
    return session_rows(query.order_by(CourseSession.starts_at))


def day_span(first: date, last: date) -> tuple[datetime, datetime]:
    """From the first moment of ``first`` to the last second of ``last``."""
    return datetime.combine(first, time.min), datetime.combine(last, time(23, 59, 59))


def session_roster(session_uid: str) -> list[RecordRow]:
    CourseSession.by_uid(session_uid)  # NotFound when gone
    query = records_query().where(CourseSession.uid == session_uid).order_by(Member.name)
    return [RecordRow.of(r) for r in query]


def member_history(member_uid: str) -> list[RecordRow]:
    """Every session a member was recorded at, newest first."""
    query = records_query().where(Member.uid == member_uid)
    return [RecordRow.of(r) for r in query.order_by(CourseSession.starts_at.desc())]


def last_completions(
    rows: Iterable[RecordRow], courses: dict[str, CourseRow], today: date
) -> dict[tuple[str, str], date]:
    """The latest day each (member, course) was completed on or before ``today``."""
    out: dict[tuple[str, str], date] = {}
    for r in rows:
        course = courses.get(r.course_uid)
        day = r.starts_at.date()
        if course is None or day > today:
            continue
        if rules.completes(r.attended, course.pass_mark, r.passed):
            key = (r.member_uid, r.course_uid)
            out[key] = max(out.get(key, day), day)
    return out


def due_for(
    member: Member, courses: list[CourseRow], done: dict[tuple[str, str], date], today: date
) -> list[DueCourse]:
    out = []
    for c in courses:
        if not rules.is_required(c.required_roles, member.role_list, bool(member.active)):
            continue
        last = done.get((member.uid, c.uid))
        reason = rules.due_reason(last, c.recur_months, today)
        if reason is not None:
            until = rules.renewal_date(last, c.recur_months)
            since = until + timedelta(days=1) if until else None
            out.append(DueCourse(c.uid, c.title, c.category, c.recur_months, reason, last, since))
    return out


def due_courses(member_uid: str, today: date) -> list[DueCourse]:
    """Required courses (by role and recurrence) the member has not done as of ``today``."""
    member = Member.by_uid(member_uid)
    courses = list_courses()
    done = last_completions(member_history(member_uid), {c.uid: c for c in courses}, today)
    return due_for(member, courses, done, today)


def member_training(member_uid: str, period: str, today: date) -> MemberTraining:
    """A member's page: history, attended hours within ``period``, courses still due."""
    member = Member.by_uid(member_uid)
    p = periods.parse(period)
    history = member_history(member_uid)
    hours = sum((r.hours for r in history if r.attended and r.starts_at.date() in p), 0.0)
    courses = list_courses()
    done = last_completions(history, {c.uid: c for c in courses}, today)
    due = due_for(member, courses, done, today)
    return MemberTraining(member.uid, member.name, p.label, tuple(history), hours, tuple(due))


def course_report(course_uid: str) -> CourseReport:
    """A course's page: its sessions, the roster, attendance rate and scores."""
    course = CourseRow.of(Course.by_uid(course_uid))
    sessions = session_rows(
        sessions_query().where(Course.uid == course_uid).order_by(CourseSession.starts_at)
    )
    query = records_query().where(Course.uid == course_uid)
    roster = [RecordRow.of(r) for r in query.order_by(CourseSession.starts_at, Member.name)]
    status = Counter(r.status for r in roster)
    attended = [r for r in roster if r.attended]
    decided = [r for r in attended if r.passed is not None]
    return CourseReport(
        course,
        tuple(sessions),
        tuple(roster),
        rules.rate(status[Attendance.ATTENDED], len(roster)),
        rules.average(r.score for r in attended),
        rules.rate(sum(1 for r in decided if r.passed), len(decided)),
    )


def certificates(
    today: date, *, window_days: int = rules.EXPIRY_WINDOW_DAYS, include_valid: bool = False
) -> list[CertificateRow]:
    """Certificates that expired or expire within ``window_days``, soonest expiry first.

    Only active members' certificates are listed, and only the latest of each certificate a
    member holds: an expired one renewed since (same name, later expiry) no longer nags.
    """
    query = records_query().where(
        TrainingRecord.certificate_expires.is_null(False),
        Member.active == True,  # noqa: E712
    )
    found = list(query.order_by(TrainingRecord.certificate_expires, Member.name))
    latest: dict[tuple[str, str], date] = {}
    for r in found:
        key = (r.member.uid, normalize(r.certificate_name))
        latest[key] = max(latest.get(key, r.certificate_expires), r.certificate_expires)
    out = []
    for r in found:
        if r.certificate_expires < latest[(r.member.uid, normalize(r.certificate_name))]:
            continue
        status = rules.certificate_status(r.certificate_expires, today, window_days)
        if status is None or (status is rules.CertificateStatus.VALID and not include_valid):
            continue
        out.append(
            CertificateRow(
                r.uid,
                r.member.uid,
                r.member.name,
                r.session.course.title,
                r.certificate_name,
                r.certificate_no,
                r.certificate_expires,
                status,
                (r.certificate_expires - today).days,
            )
        )
    return out
