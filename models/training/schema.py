"""Tables of training (R-4.2): courses, their sessions, plans and attendance records."""

from __future__ import annotations

from enum import StrEnum

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    DecimalField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from models.base import Record
from models.team import Member, Role, decode_roles
from models.text import normalize


class Delivery(StrEnum):
    """Who runs a course: the team itself or an outside trainer or provider."""

    INTERNAL = "internal"
    EXTERNAL = "external"


class Attendance(StrEnum):
    """Whether a member came to a session; people on leave (请假) are absent, not dropped."""

    ATTENDED = "attended"
    ABSENT = "absent"


# the areas training covers; a team may also type its own category, stored as written.
CATEGORIES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "brand": ("Marketing theory & brand", "营销理论与品牌", ("营销理论", "品牌", "brand")),
    "platform_tools": (
        "Platform tools (SEO/SEM/social ads)",
        "平台工具（SEO/SEM/社交广告）",
        ("平台工具", "seo", "sem", "seo/sem", "社交广告", "广告投放"),
    ),
    "content": (
        "Content creation (copy/visual/video)",
        "内容创作（文案/视觉/视频剪辑）",
        ("内容创作", "文案", "视觉", "视觉设计", "视频剪辑", "content"),
    ),
    "data": ("Data analysis", "数据分析", ("数据", "data")),
    "project": (
        "Project management & communication",
        "项目管理与沟通",
        ("项目管理", "沟通", "project"),
    ),
    "compliance": ("Compliance & legal", "合规与法务", ("合规", "法务", "compliance")),
}

DELIVERY_NAMES = {Delivery.INTERNAL: ("Internal", "内训"), Delivery.EXTERNAL: ("External", "外训")}
ATTENDANCE_NAMES = {
    Attendance.ATTENDED: ("Attended", "出席"),
    Attendance.ABSENT: ("Absent", "缺席"),
}


def _category_lookup() -> dict[str, str]:
    table: dict[str, str] = {}
    for code, (en, zh, others) in CATEGORIES.items():
        for name in (code, en, zh, *others):
            table[normalize(name)] = code
    return table


_CATEGORY_LOOKUP = _category_lookup()


def parse_category(text: str) -> str:
    """A built-in category code from its code, name or alias; else the team's own text."""
    cleaned = " ".join(str(text or "").split())
    return _CATEGORY_LOOKUP.get(normalize(cleaned), cleaned)


def category_label(category: str, lang: str = "zh_CN") -> str:
    """The label of a built-in category in ``lang``; a team's own category as written."""
    if category in CATEGORIES:
        en, zh, _ = CATEGORIES[category]
        return zh if lang.startswith("zh") else en
    return category


def delivery_label(delivery: Delivery | str, lang: str = "zh_CN") -> str:
    en, zh = DELIVERY_NAMES[Delivery(delivery)]
    return zh if lang.startswith("zh") else en


def attendance_label(status: Attendance | str, lang: str = "zh_CN") -> str:
    en, zh = ATTENDANCE_NAMES[Attendance(status)]
    return zh if lang.startswith("zh") else en


class Course(Record):
    """A course the team can take (R-4.2): what, who teaches, cost, pass mark, who must take it."""

    title = CharField(max_length=100, index=True)
    category = CharField(max_length=50, index=True)
    delivery = CharField(max_length=10, default=Delivery.INTERNAL.value)
    trainer = CharField(max_length=100, default="")
    hours = FloatField(default=0)
    cost = DecimalField(max_digits=12, decimal_places=2, default=0)
    capacity = IntegerField(null=True)  # None: no limit
    pass_mark = FloatField(null=True)  # None: attending is enough
    required_roles = CharField(max_length=200, default="")  # as team.encode_roles
    recur_months = IntegerField(null=True)  # None: once is enough; 12: every year
    notes = TextField(default="")

    @property
    def required_role_list(self) -> list[Role]:
        return decode_roles(self.required_roles)


class CourseSession(Record):
    """One occurrence of a course: when, where (a room or a meeting link) and who teaches."""

    course = ForeignKeyField(Course, backref="sessions", on_delete="RESTRICT")
    starts_at = DateTimeField(index=True)
    ends_at = DateTimeField(null=True)
    place = CharField(max_length=200, default="")
    trainer = CharField(max_length=100, default="")
    hours = FloatField(null=True)  # None: the course's hours
    notes = TextField(default="")

    @property
    def effective_hours(self) -> float:
        return float(self.hours if self.hours is not None else self.course.hours)


class TrainingPlan(Record):
    """The training planned for a quarter (``2026-Q4``) or a year (``2026``)."""

    period = CharField(max_length=10, index=True)
    title = CharField(max_length=100)
    notes = TextField(default="")


class PlanItem(Record):
    """A planned course in a plan, with its audience (roles and/or named members)."""

    plan = ForeignKeyField(TrainingPlan, backref="items", on_delete="CASCADE")
    course = ForeignKeyField(Course, backref="plan_items", on_delete="RESTRICT")
    audience_roles = CharField(max_length=200, default="")  # as team.encode_roles
    audience_members = TextField(default="")  # member uids, stored ",uid,uid,"
    planned_sessions = IntegerField(default=1)
    notes = TextField(default="")


class TrainingRecord(Record):
    """Who attended (or missed) which session, hours, score, pass and certificate."""

    session = ForeignKeyField(CourseSession, backref="records", on_delete="RESTRICT")
    member = ForeignKeyField(Member, backref="training_records", on_delete="RESTRICT")
    status = CharField(max_length=10, default=Attendance.ATTENDED.value)
    signed_in_at = DateTimeField(null=True)
    hours = FloatField(default=0)
    score = FloatField(null=True)
    passed = BooleanField(null=True)  # computed from the course's pass mark, never typed
    certificate_name = CharField(max_length=100, default="")
    certificate_no = CharField(max_length=100, default="")
    certificate_expires = DateField(null=True, index=True)
    notes = TextField(default="")


TABLES = [Course, CourseSession, TrainingPlan, PlanItem, TrainingRecord]


def encode_uids(uids: list[str] | tuple[str, ...]) -> str:
    """Member uids stored like roles, ``,a,b,``, so one can be matched with LIKE."""
    unique = list(dict.fromkeys(u for u in uids if u))
    return "," + ",".join(unique) + "," if unique else ""


def decode_uids(stored: str | None) -> list[str]:
    return [u for u in (stored or "").split(",") if u]
