"""Training's write services (R-4.2): validation, audit, computed pass, trash and restore."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from models import base, migrations, team, training
from models.errors import ConflictError, NotFound, ValidationError
from models.team import Role
from models.training import Attendance, Course, TrainingRecord


@pytest.fixture
def course(db, actor):
    return training.add_course(
        actor,
        "SEO与SEM实操",
        "平台工具",
        delivery="external",
        trainer="百度营销学院",
        hours=3,
        cost="4,800",
        capacity=2,
        pass_mark=80,
        required_roles=[Role.CHANNEL_OPERATOR],
        recur_months=None,
    )


@pytest.fixture
def session(course, actor):
    return training.add_session(actor, course.uid, datetime(2026, 11, 20, 14, 0), place="3楼")


@pytest.fixture
def wang(db, actor):
    return team.add_member(actor, "王芳", [Role.CHANNEL_OPERATOR])


def test_fresh_database_has_the_training_tables(db):
    tables = set(db.get_tables())
    assert {"course", "course_session", "training_plan", "plan_item", "training_record"} <= tables
    assert migrations.current_version(db) == migrations.LATEST


def test_upgrading_a_version_2_file_adds_training(db_path):
    import models
    from models import db as dbmod

    old = models.open(db_path, migrate=False)
    migrations.upgrade(old, db_path, target=2)
    assert "course" not in old.get_tables()
    dbmod.close()
    upgraded = models.open(db_path)
    assert "training_record" in upgraded.get_tables()
    assert training.list_courses() == []
    dbmod.close()


def test_add_course_cleans_values_and_writes_an_audit_entry(course):
    row = training.get_course(course.uid)
    assert row.category == "platform_tools"  # a built-in category typed by its Chinese name
    assert row.cost == Decimal("4800.00") and row.hours == 3.0 and row.capacity == 2
    assert row.required_roles == (Role.CHANNEL_OPERATOR,) and row.recur_months is None
    entries = base.history(course.uid)
    assert [e.action for e in entries] == ["create"]
    assert entries[0].after_values()["title"] == "SEO与SEM实操"


def test_a_teams_own_category_is_kept_as_typed(db, actor):
    c = training.add_course(actor, "直播带货话术", "  直播运营 ")
    assert training.get_course(c.uid).category == "直播运营"
    assert training.category_label("直播运营", "en") == "直播运营"
    assert training.category_label("compliance", "en") == "Compliance & legal"
    assert "直播运营" in training.categories_in_use()


@pytest.mark.parametrize(
    "changes, code, field",
    [
        ({"title": "  "}, "required", "title"),
        ({"title": "seo与sem实操"}, "training_duplicate_course", "title"),
        ({"hours": -1}, "training_negative", "hours"),
        ({"hours": "三"}, "training_not_number", "hours"),
        ({"pass_mark": 120}, "training_out_of_range", "pass_mark"),
        ({"capacity": 0}, "training_whole_number", "capacity"),
        ({"capacity": 2.5}, "training_whole_number", "capacity"),
        ({"recur_months": 0}, "training_whole_number", "recur_months"),
        ({"delivery": "online"}, "training_bad_choice", "delivery"),
        ({"required_roles": ["boss"]}, "training_bad_choice", "required_roles"),
        ({"cost": "free"}, "training_not_number", "cost"),
        ({"colour": "red"}, "unknown_field", "colour"),
    ],
)
def test_course_validation_names_the_field(db, actor, course, changes, code, field):
    other = training.add_course(actor, "其他课程", "数据分析")
    with pytest.raises(ValidationError) as info:
        training.edit_course(actor, other.uid, None, **changes)
    assert (info.value.code, info.value.params["field"]) == (code, field)
    assert info.value.message("zh_CN") != info.value.message("en")
    assert training.get_course(other.uid).version == 1  # nothing saved


def test_passed_is_computed_and_follows_a_new_pass_mark(course, session, wang, actor):
    rec = training.add_record(actor, session.uid, wang.uid, score="79.5")
    assert (rec.passed, rec.hours, rec.status) == (False, 3.0, "attended")
    training.edit_course(actor, course.uid, 1, pass_mark=75)
    assert TrainingRecord.by_uid(rec.uid).passed is True
    training.edit_course(actor, course.uid, 2, pass_mark=None)
    assert TrainingRecord.by_uid(rec.uid).passed is None
    assert [e.note for e in base.history(rec.uid)][-1] == "pass mark changed"
    with pytest.raises(ValidationError) as info:
        training.edit_record(actor, rec.uid, None, passed=True)  # never typed
    assert info.value.code == "unknown_field"


def test_absent_records_have_no_hours_and_no_score(session, wang, actor):
    rec = training.add_record(actor, session.uid, wang.uid, status="absent", notes="请假")
    assert (rec.hours, rec.score, rec.passed) == (0.0, None, None)
    with pytest.raises(ValidationError) as info:
        training.edit_record(actor, rec.uid, None, score=90)
    assert info.value.code == "training_absent_with_score" and "王芳" in info.value.message()
    came = training.edit_record(actor, rec.uid, None, status="attended", score=90)
    assert (came.hours, came.passed) == (3.0, True)  # hours follow the session when she came
    shorter = training.edit_record(actor, rec.uid, None, hours=1.5)
    assert shorter.hours == 1.5
    assert training.edit_record(actor, rec.uid, None, score=85).hours == 1.5  # kept


def test_one_record_per_member_and_session(session, wang, actor):
    training.add_record(actor, session.uid, wang.uid, score=90)
    with pytest.raises(ValidationError) as info:
        training.add_record(actor, session.uid, wang.uid, score=91)
    assert info.value.code == "training_duplicate_record"


def test_records_can_exceed_capacity_and_the_session_says_by_how_many(session, actor):
    for name in ("甲", "乙", "丙"):
        m = team.add_member(actor, name, [Role.CRM])
        training.add_record(actor, session.uid, m.uid)
    [row] = training.list_sessions()
    assert (row.attended, row.capacity, row.over_capacity) == (3, 2, 1)


def test_session_rules(course, session, actor):
    assert session.trainer == "百度营销学院"  # from the course
    with pytest.raises(ValidationError) as info:
        training.add_session(actor, course.uid, datetime(2026, 11, 20, 14, 0))
    assert info.value.code == "training_duplicate_session"
    with pytest.raises(ValidationError) as info:
        training.edit_session(actor, session.uid, 1, ends_at=datetime(2026, 11, 20, 13, 0))
    assert info.value.code == "training_ends_before_start"
    with pytest.raises(ValidationError) as info:
        training.edit_session(actor, session.uid, 1, starts_at="明天下午")
    assert info.value.code == "training_bad_datetime"
    training.edit_session(actor, session.uid, 1, hours=2)
    assert training.list_sessions()[0].hours == 2.0


def test_stale_version_raises_a_conflict(course, actor):
    training.edit_course(actor, course.uid, 1, trainer="讲师甲")
    with pytest.raises(ConflictError) as info:
        training.edit_course(actor, course.uid, 1, trainer="讲师乙")
    assert info.value.theirs["trainer"] == "讲师甲"


def test_trash_and_restore_a_course_hides_its_records(course, session, wang, actor):
    training.add_record(actor, session.uid, wang.uid, score=90)
    training.trash_course(actor, course.uid)
    assert training.list_courses() == [] and training.list_sessions() == []
    assert training.member_history(wang.uid) == []
    training.add_course(actor, "SEO与SEM实操", "平台工具")  # the title is free now
    with pytest.raises(ValidationError) as info:
        training.restore_course(actor, course.uid)
    assert info.value.code == "training_duplicate_course"
    Course.update(title="新标题").where(
        Course.title == "SEO与SEM实操", Course.id != course.id
    ).execute()
    training.restore_course(actor, course.uid)
    assert len(training.member_history(wang.uid)) == 1


def test_trash_and_restore_a_record(session, wang, actor):
    rec = training.add_record(actor, session.uid, wang.uid, score=90)
    training.trash_record(actor, rec.uid)
    assert training.session_roster(session.uid) == []
    again = training.add_record(actor, session.uid, wang.uid, score=70)
    with pytest.raises(ValidationError):
        training.restore_record(actor, rec.uid)
    training.trash_record(actor, again.uid)
    training.edit_course(actor, session.course.uid, None, pass_mark=95)  # while in the trash
    training.restore_record(actor, rec.uid)
    [back] = training.session_roster(session.uid)
    assert (back.score, back.passed) == (90.0, False)


def test_plans_and_items(course, wang, actor):
    plan = training.add_plan(actor, "2026年第四季度", "Q4 计划")
    assert plan.period == "2026-Q4"
    with pytest.raises(ValidationError) as info:
        training.add_plan(actor, "2026-q4", "Q4 计划")
    assert info.value.code == "training_duplicate_plan"
    with pytest.raises(ValidationError) as info:
        training.add_plan(actor, "下个季度", "x")
    assert info.value.code == "bad_period"
    item = training.add_plan_item(
        actor,
        plan.uid,
        course.uid,
        audience_roles=[Role.CRM],
        audience_members=[wang.uid, wang.uid],
        planned_sessions=2,
    )
    assert training.schema.decode_uids(item.audience_members) == [wang.uid]
    with pytest.raises(ValidationError):
        training.add_plan_item(actor, plan.uid, course.uid)
    other = training.add_course(actor, "数据分析入门", "数据分析")
    with pytest.raises(NotFound):
        training.add_plan_item(actor, plan.uid, other.uid, audience_members=["no-such-uid"])
    training.edit_plan_item(actor, item.uid, 1, planned_sessions=3)
    assert training.list_plans()[0].item_count == 1
    training.remove_plan_item(actor, item.uid)
    assert training.list_plans(period="2026-Q4")[0].item_count == 0
    assert training.list_plans(period="2026") == []


def test_labels_in_both_languages():
    assert training.delivery_label("external", "en") == "External"
    assert training.delivery_label("internal") == "内训"
    assert training.attendance_label(Attendance.ABSENT) == "缺席"
    assert training.parse_category("SEO/SEM") == "platform_tools"
    assert training.parse_category("合规") == "compliance"


def test_certificate_fields_are_checked(session, wang, actor):
    with pytest.raises(ValidationError) as info:
        training.add_record(actor, session.uid, wang.uid, certificate_expires="明年")
    assert info.value.code == "bad_date"
    rec = training.add_record(
        actor,
        session.uid,
        wang.uid,
        score=88,
        certificate_name="百度营销认证",
        certificate_no=" BD-1 ",
        certificate_expires=date(2027, 1, 15),
    )
    assert (rec.certificate_no, rec.certificate_expires) == ("BD-1", date(2027, 1, 15))


def test_a_member_with_training_history_cannot_be_purged(session, wang, actor):
    """Nothing a user entered is lost: the trash keeps a member whose records remain."""
    training.add_record(actor, session.uid, wang.uid, score=90)
    team.trash_member(actor, wang.uid)
    with pytest.raises(ValidationError) as info:
        team.purge_member(actor, wang.uid)
    assert info.value.code == "still_referenced"
    assert TrainingRecord.select().count() == 1
    assert [r.name for r in team.list_trash()] == [wang.name]
