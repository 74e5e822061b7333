"""References by name in training workbooks (R-4.2): courses, sessions and members, looked
up when a file is previewed; the wording of the training kinds' cell messages."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from models import messages
from models.errors import ValidationError
from models.exchange.kinds import Choice, Column, ColumnType
from models.exchange.values import parse_datetime
from models.team import Member
from models.text import normalize
from models.training.schema import (
    Course,
    CourseSession,
)

# peewee adds the primary keys implicitly; typed here once for the queries that need them
COURSE_ID: Any = Course._meta.primary_key
SESSION_ID: Any = CourseSession._meta.primary_key
MEMBER_ID: Any = Member._meta.primary_key

messages.register(
    {
        "training_unknown_course": (
            "no course is called “{value}”; add the course first (import the courses sheet "
            "before this one)",
            "没有名为“{value}”的课程；请先添加该课程（先导入课程表，再导入本表）",
        ),
        "training_no_session": (
            "“{course}” has no session at {value}; add the session first",
            "课程“{course}”在 {value} 没有场次；请先添加该场次",
        ),
        "training_no_sessions": (
            "“{course}” has no session yet; add the session first",
            "课程“{course}”还没有场次；请先添加场次",
        ),
        "training_session_ambiguous": (
            "“{course}” has several sessions ({times}); write the start time too, e.g. “{example}”",
            "课程“{course}”有多个场次（{times}）；请同时写上开始时间，如“{example}”",
        ),
        # The same rules as worded in a cell's message, which names the column already.
        "cell_training_out_of_range": (
            "must be between {min} and {max} (it is {value})",
            "应在 {min} 到 {max} 之间（当前为 {value}）",
        ),
        "cell_training_negative": (
            "cannot be negative (it is {value})",
            "不能为负数（当前为 {value}）",
        ),
        "cell_training_whole_number": (
            "must be a whole number of at least {min} (it is {value})",
            "应为不小于 {min} 的整数（当前为 {value}）",
        ),
        "cell_training_not_number": ("“{value}” is not a number", "“{value}”不是数字"),
        "cell_training_bad_choice": (
            "“{value}” is not one of the choices",
            "“{value}”不是可选的值",
        ),
        "training_import_pass_mark": (
            "a new pass mark for “{course}” would change whether the {count} people recorded "
            "passed; change it on the course's page in the app, then import this file",
            "修改“{course}”的及格分会改变已有 {count} 条记录的“是否通过”；"
            "请先在程序的课程页面中修改及格分，再导入本文件",
        ),
    }
)


class Unresolved:
    """A cell that names no record here (or several): ``clean_field`` raises its error.

    A lookup returns it instead of None so the message can say what is wrong (no such
    course, which sessions there are) rather than list the allowed values.
    """

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params

    def error(self) -> ValidationError:
        return ValidationError(self.code, **self.params)


def resolved(value: Any) -> Any:
    if isinstance(value, Unresolved):
        raise value.error()
    if isinstance(value, list):
        for item in value:
            resolved(item)
    return value


# --- references: courses, sessions, members ---------------------------------------------


def _course_id(text: str) -> int | None:
    key = normalize(text)
    for course_id, title in Course.alive().select(COURSE_ID, Course.title).tuples():
        if normalize(title) == key:
            return int(course_id)
    return None


def course_choices() -> list[Choice]:
    query = Course.alive().select(COURSE_ID, Course.title).order_by(Course.title)
    return [Choice(str(i), t, t) for i, t in query.tuples()]


def course_title(course_id: Any, lang: str) -> str:
    found = Course.select(Course.title).where(COURSE_ID == course_id).scalar()
    return str(found or "")


def lookup_course(text: str) -> int | Unresolved:
    found = _course_id(text)
    return Unresolved("training_unknown_course", value=text) if found is None else found


def session_label(title: str, starts_at: datetime) -> str:
    """How a session is named in a cell: ``SEO 实操 2026-11-20 14:00``."""
    return f"{title} {starts_at:%Y-%m-%d %H:%M}"


# A course title, then a day and perhaps a time: "SEO 实操 2026/11/20 14:00", "SEO（2026-11-20）".
_SESSION = re.compile(
    r"^(?P<title>.*?)[\s(（·|｜@,，]*"
    r"(?P<day>\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*[日号]?)"
    r"(?P<clock>\s*\d{1,2}\s*[:：时]\s*\d{1,2}\s*分?)?[\s)）]*$"
)


def _sessions_of(course_id: int) -> list[tuple[int, datetime]]:
    query = (
        CourseSession.alive()
        .select(SESSION_ID, CourseSession.starts_at)
        .where(CourseSession.course == course_id)
        .order_by(CourseSession.starts_at)
    )
    return [(int(i), s) for i, s in query.tuples()]


def _pick_session(course_id: int, when: datetime | None, has_time: bool) -> int | Unresolved:
    title = course_title(course_id, "")
    sessions = _sessions_of(course_id)
    if when is not None:
        if has_time:  # labels show minutes: a start typed with seconds still matches
            sessions = [(i, s) for i, s in sessions if s.replace(second=0) == when]
        else:
            sessions = [(i, s) for i, s in sessions if s.date() == when.date()]
    if len(sessions) == 1:
        return sessions[0][0]
    if not sessions:
        if when is None:
            return Unresolved("training_no_sessions", course=title)
        shown = f"{when:%Y-%m-%d %H:%M}" if has_time else f"{when:%Y-%m-%d}"
        return Unresolved("training_no_session", course=title, value=shown)
    times = "、".join(f"{s:%Y-%m-%d %H:%M}" for _, s in sessions[:6])
    example = session_label(title, sessions[0][1])
    return Unresolved("training_session_ambiguous", course=title, times=times, example=example)


def lookup_session(text: str) -> int | Unresolved:
    """A session from ``课程 2026-11-20 14:00``, ``课程 2026-11-20`` or just ``课程``."""
    m = _SESSION.match(text.strip())
    if m is not None and m["title"].strip():
        course_id = _course_id(m["title"])
        if course_id is not None:
            day = m["day"] + (m["clock"] or "")
            try:
                when = parse_datetime(day)
            except ValidationError:
                return Unresolved("bad_date", value=day.strip())
            if when is not None:
                return _pick_session(course_id, when.replace(second=0), has_time=bool(m["clock"]))
    course_id = _course_id(text)
    if course_id is None:
        return Unresolved("training_unknown_course", value=m["title"].strip() if m else text)
    return _pick_session(course_id, None, has_time=False)


def session_choices() -> list[Choice]:
    query = (
        CourseSession.alive()
        .select(SESSION_ID, Course.title, CourseSession.starts_at)
        .join(Course)
        .where(Course.deleted_at.is_null())
        .order_by(Course.title, CourseSession.starts_at)
    )
    out = []
    for i, title, starts_at in query.tuples():
        label = session_label(title, starts_at)
        out.append(Choice(str(i), label, label))
    return out


def session_text(session_id: Any, lang: str) -> str:
    found = (
        CourseSession.select(Course.title, CourseSession.starts_at)
        .join(Course)
        .where(SESSION_ID == session_id)
        .tuples()
        .first()
    )
    return session_label(*found) if found else ""


def lookup_member(text: str) -> int | Unresolved:
    """A member here by name (case, width and spaces folded), also one who has left."""
    key = normalize(text)
    for member_id, name in Member.alive().select(MEMBER_ID, Member.name).tuples():
        if normalize(name) == key:
            return int(member_id)
    return Unresolved("unknown_member", value=text)


def member_choices() -> list[Choice]:
    query = Member.alive().select(MEMBER_ID, Member.name).order_by(Member.name)
    return [Choice(str(i), n, n) for i, n in query.tuples()]


def member_name(member_id: Any, lang: str) -> str:
    return str(Member.select(Member.name).where(MEMBER_ID == member_id).scalar() or "")


def reference(
    field: str,
    zh: str,
    en: str,
    lookup: Callable[[str], Any],
    choices: Callable[[], list[Choice]],
    to_cell: Callable[[Any, str], str],
    **others: Any,
) -> Column:
    """A column naming another record: a drop-down of what exists, the record's id stored."""
    return Column(
        field, zh, en, ColumnType.CHOICE, lookup=lookup, choices=choices, to_cell=to_cell, **others
    )
