"""Training in workbooks (R-4.2): the exchange kinds ``courses``, ``sessions`` and
``training-records``; the member's transcript is in :mod:`models.training.transcript`.

Natural keys: a course by its title (case folded, as the course form checks), a session by
course + start time, a record by session + member. Import courses, then sessions, then
records: a reference (course title, session, member name) is resolved against what this
database holds when the file is previewed, so a sheet cannot name a course another sheet
of the same file would add.

Decisions, all checked in the preview so that a file never gets round the rules:

- A record names its session in one cell, ``课程名称 2026-11-20 14:00`` (an export writes
  it so). The exchange fills one field from one column, so course and date cannot come
  from two columns; the cell may also hold just the course, or the course and a day, when
  that picks out one session — otherwise the row says which sessions there are.
- 是否通过 is computed, never typed: it is exported and ignored on import. Hours, 是否通过
  and the absent-has-no-score rule come from :func:`records._derive`, the same code the
  record form and the sign-in import use; an empty 学时 gives an attendee the session's
  hours.
- A file may not change the pass mark of a course that already has records: the app
  re-decides 是否通过 of every record when the pass mark changes on the course page, and
  the bulk import has no such step. The row says so. (A row that renames the course in
  the same go is not caught: it is matched by its ID, not its title.)
- A session added by a file whose sheet has no 讲师 column is taught by the course's
  trainer, as in the session form; an empty 讲师 cell stays empty.
- Member names are looked up among all members here, including those who have left, since
  records are history.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from peewee import fn

from models import messages
from models.errors import ValidationError
from models.exchange.cells import KEEP
from models.exchange.kinds import Choice, Column, ColumnType, Kind, register_kind
from models.exchange.members import ROLE_CHOICES
from models.exchange.values import parse_datetime
from models.team import Member, decode_roles, parse_role, role_label
from models.text import normalize
from models.training import clean, records, services
from models.training.schema import (
    ATTENDANCE_NAMES,
    CATEGORIES,
    DELIVERY_NAMES,
    Attendance,
    Course,
    CourseSession,
    Delivery,
    TrainingRecord,
    category_label,
    parse_category,
)
from models.training.signin import ABSENT_WORDS
from models.training.views import categories_in_use

__all__ = ["COURSES", "RECORDS", "SESSIONS", "Unresolved", "session_label", "write_transcript"]

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


def _resolved(value: Any) -> Any:
    if isinstance(value, Unresolved):
        raise value.error()
    if isinstance(value, list):
        for item in value:
            _resolved(item)
    return value


# --- references: courses, sessions, members ---------------------------------------------


def _course_id(text: str) -> int | None:
    key = normalize(text)
    for course_id, title in Course.alive().select(COURSE_ID, Course.title).tuples():
        if normalize(title) == key:
            return int(course_id)
    return None


def _course_choices() -> list[Choice]:
    query = Course.alive().select(COURSE_ID, Course.title).order_by(Course.title)
    return [Choice(str(i), t, t) for i, t in query.tuples()]


def _course_title(course_id: Any, lang: str) -> str:
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
    title = _course_title(course_id, "")
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


def _session_choices() -> list[Choice]:
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


def _session_text(session_id: Any, lang: str) -> str:
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


# --- courses ------------------------------------------------------------------------------

CATEGORY_CHOICES = tuple(
    Choice(code, en, zh, others) for code, (en, zh, others) in CATEGORIES.items()
)
DELIVERY_CHOICES = (
    Choice("internal", *DELIVERY_NAMES[Delivery.INTERNAL], ("内部", "内部培训", "内部课程")),
    Choice("external", *DELIVERY_NAMES[Delivery.EXTERNAL], ("外部", "外部培训", "外派")),
)


def _category_choices() -> list[Choice]:
    """The built-in categories, then the team's own ones already used by a course."""
    built_in = {c.value: c for c in CATEGORY_CHOICES}
    return [built_in.get(c) or Choice(c, c, c) for c in categories_in_use()]


def _roles_to_cell(stored: Any, lang: str) -> str:
    sep = "、" if lang.startswith("zh") else ", "
    return sep.join(role_label(r, lang) for r in decode_roles(stored))


def clean_course_field(name: str, value: Any) -> Any:
    """The course form's rules, field by field; the title's uniqueness is the natural key."""
    if name == "title":
        return clean.one_line(value, name, max_len=100, required=True)
    return services._clean_course({name: value})[name]


def check_course(values: dict[str, Any]) -> None:
    """Refuse a new pass mark for a course that has records (see the module docstring)."""
    if "pass_mark" not in values or not values.get("title"):
        return
    title = str(values["title"]).lower()
    course = Course.alive().where(fn.LOWER(Course.title) == title).first()
    if course is None or course.pass_mark == values["pass_mark"]:
        return
    count = (
        TrainingRecord.alive()
        .join(CourseSession)
        .where(CourseSession.course == course, CourseSession.deleted_at.is_null())
        .count()
    )
    if count:
        raise ValidationError(
            "training_import_pass_mark", field="pass_mark", course=course.title, count=count
        )


COURSES = register_kind(
    Kind(
        name="courses",
        zh="培训课程",
        en="Courses",
        model=Course,
        natural_key=("title",),
        clean_field=clean_course_field,
        check_row=check_course,
        sheet_aliases=("课程", "课程表", "课程清单", "课程列表", "courses"),
        order_by=("category", "title"),
        columns=(
            Column(
                "title",
                "课程名称",
                "Title",
                required=True,
                aliases=("课程", "课程标题", "培训课程", "培训名称", "course", "course title"),
                example="SEO与SEM实操",
                example_en="SEO and SEM in practice",
                width=28,
            ),
            Column(
                "category",
                "类别",
                "Category",
                ColumnType.CHOICE,
                required=True,
                aliases=("课程类别", "培训类别", "分类", "类型", "category"),
                choices=_category_choices,
                lookup=parse_category,
                to_cell=category_label,
                example="平台工具（SEO/SEM/社交广告）",
                example_en="Platform tools (SEO/SEM/social ads)",
                width=26,
            ),
            Column(
                "delivery",
                "内训/外训",
                "Internal or external",
                ColumnType.CHOICE,
                aliases=("内训外训", "培训形式", "培训方式", "形式", "delivery"),
                choices=DELIVERY_CHOICES,
                example="外训",
                example_en="External",
                width=10,
            ),
            Column(
                "trainer",
                "讲师/机构",
                "Trainer or provider",
                aliases=("讲师", "培训讲师", "机构", "培训机构", "trainer", "provider"),
                example="外部讲师（百度营销学院）",
                width=22,
            ),
            Column(
                "hours",
                "学时",
                "Hours",
                ColumnType.NUMBER,
                aliases=("课时", "时长", "小时", "培训学时", "hours"),
                example="3",
                width=8,
            ),
            Column(
                "cost",
                "费用",
                "Cost",
                ColumnType.NUMBER,
                aliases=("培训费用", "费用（元）", "成本", "价格", "cost"),
                example="4800",
                width=10,
            ),
            Column(
                "capacity",
                "人数上限",
                "Capacity",
                ColumnType.INT,
                aliases=("名额", "容量", "人数", "capacity"),
                example="15",
                width=10,
            ),
            Column(
                "pass_mark",
                "及格分",
                "Pass mark",
                ColumnType.NUMBER,
                aliases=("及格线", "合格分", "通过分数", "及格分数", "pass mark"),
                example="80",
                width=8,
            ),
            Column(
                "required_roles",
                "必修角色",
                "Required for roles",
                ColumnType.MULTI_CHOICE,
                aliases=("必修", "适用角色", "必修岗位", "required for", "required roles"),
                choices=ROLE_CHOICES,
                lookup=parse_role,
                to_cell=_roles_to_cell,
                example="渠道运营、数据分析",
                example_en="Channel operator, Data analyst",
                width=24,
            ),
            Column(
                "recur_months",
                "复训周期（月）",
                "Repeat every (months)",
                ColumnType.INT,
                aliases=("复训周期", "复训月数", "复训间隔", "repeat every", "recur months"),
                example="12",
                width=14,
            ),
            Column(
                "notes",
                "备注",
                "Notes",
                ColumnType.LONGTEXT,
                aliases=("说明", "课程说明", "note", "remarks"),
                width=30,
            ),
        ),
    )
)


# --- sessions -----------------------------------------------------------------------------


def clean_session_field(name: str, value: Any) -> Any:
    """The session form's rules (services._clean_session), field by field."""
    if name == "course":
        return _resolved(value)
    if name == "starts_at":  # its clash with another session is the natural key's to find
        return clean.moment(value, name, optional=False)
    return services._clean_session({name: value}, _NO_COURSE)[name]


_NO_COURSE = Course()  # _clean_session needs a course only for the start time's clash check


def check_session(values: dict[str, Any]) -> None:
    """It ends after it starts; a new session without a 讲师 column gets the course's."""
    services._check_end(values.get("starts_at"), values.get("ends_at"))
    if "trainer" in values or "course" not in values or "starts_at" not in values:
        return
    exists = (
        CourseSession.alive()
        .where(
            CourseSession.course == values["course"],
            CourseSession.starts_at == values["starts_at"],
        )
        .exists()
    )
    if not exists:
        values["trainer"] = Course.get_by_id(values["course"]).trainer


SESSIONS = register_kind(
    Kind(
        name="sessions",
        zh="培训场次",
        en="Sessions",
        model=CourseSession,
        natural_key=("course", "starts_at"),
        clean_field=clean_session_field,
        check_row=check_session,
        sheet_aliases=("场次", "场次表", "培训安排", "排课", "sessions"),
        order_by=("starts_at",),
        columns=(
            reference(
                "course",
                "课程",
                "Course",
                lookup_course,
                _course_choices,
                _course_title,
                required=True,
                aliases=("课程名称", "培训课程", "course"),
                example="SEO与SEM实操",
                width=28,
            ),
            Column(
                "starts_at",
                "开始时间",
                "Starts at",
                ColumnType.DATETIME,
                required=True,
                aliases=("培训时间", "培训日期", "上课时间", "日期", "时间", "start", "starts"),
                example="2026-11-20 14:00",
                width=17,
            ),
            Column(
                "ends_at",
                "结束时间",
                "Ends at",
                ColumnType.DATETIME,
                aliases=("结束", "下课时间", "end", "ends"),
                example="2026-11-20 17:00",
                width=17,
            ),
            Column(
                "place",
                "地点/链接",
                "Place or link",
                aliases=("地点", "培训地点", "上课地点", "会议链接", "链接", "place", "location"),
                example="公司3楼大会议室",
                example_en="Room 301",
                width=22,
            ),
            Column(
                "trainer",
                "讲师/机构",
                "Trainer or provider",
                aliases=("讲师", "培训讲师", "机构", "trainer"),
                width=20,
            ),
            Column(
                "hours",
                "学时",
                "Hours",
                ColumnType.NUMBER,
                aliases=("课时", "时长", "培训学时", "hours"),
                example="3",
                width=8,
            ),
            Column(
                "notes", "备注", "Notes", ColumnType.LONGTEXT, aliases=("说明", "note"), width=30
            ),
        ),
    )
)


# --- attendance records -------------------------------------------------------------------

STATUS_CHOICES = (
    Choice(
        Attendance.ATTENDED.value,
        *ATTENDANCE_NAMES[Attendance.ATTENDED],
        ("到场", "已到", "签到", "已签到", "参加", "已参加", "present"),
    ),
    Choice(
        Attendance.ABSENT.value, *ATTENDANCE_NAMES[Attendance.ABSENT], (*ABSENT_WORDS, "absent")
    ),
)


def _passed_to_cell(stored: Any, lang: str) -> str:
    if stored is None:
        return ""
    return messages.text("yes" if stored else "no", lang)


def clean_record_field(name: str, value: Any) -> Any:
    """The record form's rules (records._clean); 是否通过 is computed, so its cell is ignored."""
    if name in ("session", "member"):
        return _resolved(value)
    if name == "passed":
        return KEEP
    return records._clean({name: value})[name]


def derive_record(values: dict[str, Any]) -> None:
    """Hours and 是否通过 as the record form derives them (records._derive)."""
    if "session" not in values or "member" not in values:
        return
    session = CourseSession.get_by_id(values["session"])
    member = Member.get_by_id(values["member"])
    current = records._existing(session, member)
    out = {k: values[k] for k in records.RECORD_FIELDS if k in values}
    records._derive(out, session, member, current)
    values["passed"] = out["passed"]
    if "hours" in out:
        values["hours"] = out["hours"]
    else:
        values.pop("hours", None)


RECORDS = register_kind(
    Kind(
        name="training-records",
        zh="培训记录",
        en="Training records",
        model=TrainingRecord,
        natural_key=("session", "member"),
        clean_field=clean_record_field,
        check_row=derive_record,
        sheet_aliases=("培训记录", "参训记录", "培训台账", "成绩", "成绩表", "records"),
        columns=(
            reference(
                "member",
                "姓名",
                "Name",
                lookup_member,
                member_choices,
                member_name,
                required=True,
                aliases=("成员", "学员", "参训人", "员工姓名", "成员姓名", "name", "member"),
                example="张伟",
                width=10,
            ),
            reference(
                "session",
                "课程场次",
                "Session",
                lookup_session,
                _session_choices,
                _session_text,
                required=True,
                aliases=("场次", "培训场次", "课程", "课程名称", "培训课程", "session", "course"),
                example="SEO与SEM实操 2026-11-20 14:00",
                width=34,
            ),
            Column(
                "status",
                "出勤",
                "Attendance",
                ColumnType.CHOICE,
                aliases=("出勤情况", "考勤", "是否出席", "到课情况", "attendance", "status"),
                choices=STATUS_CHOICES,
                example="出席",
                example_en="Attended",
                width=8,
            ),
            Column(
                "signed_in_at",
                "签到时间",
                "Signed in at",
                ColumnType.DATETIME,
                aliases=("签到", "signed in", "sign-in time"),
                example="2026-11-20 13:58",
                width=17,
            ),
            Column(
                "hours",
                "学时",
                "Hours",
                ColumnType.NUMBER,
                aliases=("课时", "培训学时", "hours"),
                example="3",
                width=8,
            ),
            Column(
                "score",
                "成绩",
                "Score",
                ColumnType.NUMBER,
                aliases=("考核成绩", "考试成绩", "分数", "得分", "score"),
                example="85",
                width=8,
            ),
            Column(
                "passed",
                "是否通过",
                "Passed",
                aliases=("通过", "是否合格", "考核结果", "passed"),
                to_cell=_passed_to_cell,
                example="（按成绩和及格分自动计算，导入时忽略）",
                example_en="(computed from the score and pass mark; ignored on import)",
                width=10,
            ),
            Column(
                "certificate_name",
                "证书名称",
                "Certificate",
                aliases=("证书", "所获证书", "certificate"),
                example="百度营销认证",
                width=18,
            ),
            Column(
                "certificate_no",
                "证书编号",
                "Certificate number",
                aliases=("证书号", "证书号码", "certificate no", "certificate number"),
                width=16,
            ),
            Column(
                "certificate_expires",
                "证书有效期至",
                "Certificate expires",
                ColumnType.DATE,
                aliases=("证书有效期", "有效期至", "有效期", "到期日", "到期日期", "expires"),
                example="2027-11-20",
                width=14,
            ),
            Column(
                "notes", "备注", "Notes", ColumnType.LONGTEXT, aliases=("说明", "note"), width=24
            ),
        ),
    )
)


from models.training.transcript import write_transcript  # noqa: E402 - re-exported
