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

from typing import Any

from peewee import fn

from models.errors import ValidationError
from models.exchange.kinds import Choice, Column, ColumnType, Kind, register_kind
from models.exchange.members import ROLE_CHOICES
from models.team import decode_roles, parse_role, role_label
from models.training import clean, services
from models.training.excel_refs import (
    Unresolved,
    course_choices,
    course_title,
    lookup_course,
    reference,
    resolved,
    session_label,
)
from models.training.schema import (
    CATEGORIES,
    DELIVERY_NAMES,
    Course,
    CourseSession,
    Delivery,
    TrainingRecord,
    category_label,
    parse_category,
)
from models.training.views import categories_in_use

__all__ = ["COURSES", "RECORDS", "SESSIONS", "Unresolved", "session_label", "write_transcript"]

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
        return resolved(value)
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
                course_choices,
                course_title,
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


# The attendance records' kind comes after the courses and sessions it names.
from models.training.excel_records import RECORDS  # noqa: E402
from models.training.transcript import write_transcript  # noqa: E402 - re-exported
