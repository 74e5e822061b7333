"""Snapshots of training rows for the GUI and exports: plain values, no lazy queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from models.team import Role
from models.training.rules import CertificateStatus, DueReason, over_capacity
from models.training.schema import (
    Attendance,
    Course,
    CourseSession,
    Delivery,
    TrainingPlan,
    TrainingRecord,
)


@dataclass(frozen=True)
class CourseRow:
    """A course as the course list and forms show it."""

    uid: str
    title: str
    category: str  # a built-in code (schema.CATEGORIES) or the team's own text
    delivery: Delivery
    trainer: str
    hours: float
    cost: Decimal
    capacity: int | None
    pass_mark: float | None
    required_roles: tuple[Role, ...]
    recur_months: int | None
    notes: str
    version: int

    @property
    def required_for_all(self) -> bool:
        return set(self.required_roles) == set(Role)

    @classmethod
    def of(cls, c: Course) -> CourseRow:
        return cls(
            c.uid,
            c.title,
            c.category,
            Delivery(c.delivery),
            c.trainer,
            float(c.hours),
            Decimal(c.cost),
            c.capacity,
            c.pass_mark,
            tuple(c.required_role_list),
            c.recur_months,
            c.notes,
            c.version,
        )


@dataclass(frozen=True)
class SessionRow:
    """A session with its attendance counts; ``over_capacity`` > 0 is shown as a warning."""

    uid: str
    course_uid: str
    course_title: str
    category: str
    starts_at: datetime
    ends_at: datetime | None
    place: str
    trainer: str
    hours: float  # the session's own hours, else the course's
    capacity: int | None
    attended: int
    absent: int
    notes: str
    version: int

    @property
    def over_capacity(self) -> int:
        return over_capacity(self.attended, self.capacity)

    @classmethod
    def of(cls, s: CourseSession, attended: int = 0, absent: int = 0) -> SessionRow:
        c = s.course
        return cls(
            s.uid,
            c.uid,
            c.title,
            c.category,
            s.starts_at,
            s.ends_at,
            s.place,
            s.trainer,
            s.effective_hours,
            c.capacity,
            attended,
            absent,
            s.notes,
            s.version,
        )


@dataclass(frozen=True)
class RecordRow:
    """One member at one session: attendance, hours, score, pass and certificate."""

    uid: str
    session_uid: str
    course_uid: str
    course_title: str
    category: str
    starts_at: datetime
    member_uid: str
    member_name: str
    status: Attendance
    signed_in_at: datetime | None
    hours: float
    score: float | None
    passed: bool | None  # None: no pass mark, no score or absent
    certificate_name: str
    certificate_no: str
    certificate_expires: date | None
    notes: str
    version: int

    @property
    def attended(self) -> bool:
        return self.status is Attendance.ATTENDED

    @classmethod
    def of(cls, r: TrainingRecord) -> RecordRow:
        s, m = r.session, r.member
        c = s.course
        return cls(
            r.uid,
            s.uid,
            c.uid,
            c.title,
            c.category,
            s.starts_at,
            m.uid,
            m.name,
            Attendance(r.status),
            r.signed_in_at,
            float(r.hours),
            r.score,
            r.passed,
            r.certificate_name,
            r.certificate_no,
            r.certificate_expires,
            r.notes,
            r.version,
        )


@dataclass(frozen=True)
class CertificateRow:
    """A certificate with an expiry date; ``days_left`` is negative once expired."""

    record_uid: str
    member_uid: str
    member_name: str
    course_title: str
    certificate_name: str
    certificate_no: str
    expires: date
    status: CertificateStatus
    days_left: int


@dataclass(frozen=True)
class DueCourse:
    """A required course a member has still to take (never, or too long ago)."""

    course_uid: str
    title: str
    category: str
    recur_months: int | None
    reason: DueReason
    last_done: date | None
    due_since: date | None  # the day after the last completion stopped counting


@dataclass(frozen=True)
class MemberTraining:
    """A member's training page: history, hours in the chosen period, what is still due."""

    member_uid: str
    name: str
    period: str
    history: tuple[RecordRow, ...]
    hours_in_period: float
    due: tuple[DueCourse, ...]


@dataclass(frozen=True)
class CourseReport:
    """A course's page: sessions, roster, attendance rate, average score and pass rate."""

    course: CourseRow
    sessions: tuple[SessionRow, ...]
    roster: tuple[RecordRow, ...]
    attendance_rate: float | None  # attended / (attended + absent), 0…1
    average_score: float | None  # over attendees with a score
    pass_rate: float | None  # passed / attendees with a pass decision


@dataclass(frozen=True)
class PlanRow:
    uid: str
    period: str
    title: str
    notes: str
    item_count: int
    version: int

    @classmethod
    def of(cls, p: TrainingPlan, item_count: int) -> PlanRow:
        return cls(p.uid, p.period, p.title, p.notes, item_count, p.version)


@dataclass(frozen=True)
class PlanItemRow:
    """A planned course against what happened in the plan's period (R-4.2)."""

    uid: str
    course_uid: str
    course_title: str
    category: str
    audience_roles: tuple[Role, ...]
    audience_member_uids: tuple[str, ...]
    audience_member_names: tuple[str, ...]  # of the named members still on the team
    audience_size: int  # active members the line is meant for
    planned_sessions: int
    held_sessions: int  # sessions in the period up to today
    upcoming_sessions: int  # sessions in the period after today
    attendees: int  # distinct members who attended those sessions
    audience_attended: int  # of whom in the audience
    coverage: float | None  # audience_attended / audience_size (attended, passed or not)
    notes: str
    version: int


@dataclass(frozen=True)
class PlanReport:
    """A plan with each line's actuals and the sessions held that the plan did not list."""

    plan: PlanRow
    start: date
    end: date
    items: tuple[PlanItemRow, ...]
    unplanned: tuple[SessionRow, ...]


@dataclass(frozen=True)
class MemberHours:
    """Training hours of one member, one number per quarter (a chart's series)."""

    member_uid: str
    name: str
    per_quarter: tuple[float, ...]
    total: float


@dataclass(frozen=True)
class CompletionRow:
    """How many of the members who must take a course have it done as of today."""

    course_uid: str
    title: str
    required: int
    done: int
    rate: float | None
    due_names: tuple[str, ...]


@dataclass(frozen=True)
class TrainingOverview:
    """The training overview: hours per member per quarter, completion, certificates."""

    period: str
    quarters: tuple[str, ...]
    hours: tuple[MemberHours, ...]
    completion: tuple[CompletionRow, ...]
    completion_rate: float | None  # all required (member, course) pairs done, 0…1
    certificates: tuple[CertificateRow, ...]  # expired and expiring, soonest first
