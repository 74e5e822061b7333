"""A year of sample training for the demo team (R-4.2), seen from 2026-11-26.

Eight courses across the categories (one the team's own), sessions from late 2025 through
2026, scored records, a yearly plan and a Q4 plan, and certificates: one expired, one
expiring within 90 days of 2026-11-26, one valid. The SEO/SEM session of 2026-11-20 is left
without records on purpose: its sign-in sheet (the shared fixture) is there to import.
Re-running adds nothing that exists (natural keys: course title, course + start, plan
period + title, plan + course, session + member).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from models import team
from models.base import Actor
from models.db import write
from models.team import Role
from models.training import records, services
from models.training.schema import Course, CourseSession, PlanItem, TrainingPlan, TrainingRecord

ALL = list(Role)
R = Role

COMPLIANCE = "广告法与平台合规年度培训"
BRAND = "品牌定位与整合营销传播"
SEO = "SEO与SEM实操"
SOCIAL = "小红书与巨量引擎社交广告投放"
VIDEO = "短视频脚本与剪辑实战"
DATA = "营销数据分析：Excel与BI看板"
PM = "项目管理与跨部门沟通"
LIVE = "直播带货话术与控场"

# title: category, delivery, trainer, hours, cost, capacity, pass mark, roles, recur months
COURSES: dict[str, tuple[Any, ...]] = {
    COMPLIANCE: ("compliance", "internal", "杨帆（法务部）", 2, 0, 30, 80, ALL, 12),
    BRAND: ("brand", "external", "外部讲师（品牌咨询公司）", 6, 6000, 12, None,
            [R.TEAM_LEAD, R.CONTENT_PLANNER], None),
    SEO: ("platform_tools", "external", "外部讲师（百度营销学院）", 3, 4800, 15, 80,
          [R.CHANNEL_OPERATOR, R.DATA_ANALYST], None),
    SOCIAL: ("platform_tools", "external", "巨量引擎认证讲师", 4, 3500, 10, 75,
             [R.CHANNEL_OPERATOR], None),
    VIDEO: ("content", "internal", "刘洋", 3, 0, 12, 70, [R.CONTENT_PLANNER, R.CHANNEL_OPERATOR],
            None),
    DATA: ("data", "internal", "李娜", 4, 0, 12, 75, [R.CRM, R.CHANNEL_OPERATOR], None),
    PM: ("project", "external", "外部讲师（PMP 认证讲师）", 6, 5000, 20, None,
         [R.PROJECT_MANAGER, R.TEAM_LEAD], None),
    LIVE: ("直播运营", "internal", "王芳", 2, 0, 15, None, [], None),
}  # fmt: skip

ROOM, STUDIO, ONLINE = "公司3楼大会议室", "公司影棚", "线上：腾讯会议"
OUTSIDE = "外部培训中心（上海）"

# (course, start, place, notes)
SESSIONS: list[tuple[str, datetime, str, str]] = [
    (COMPLIANCE, datetime(2025, 11, 18, 14, 0), ROOM, ""),
    (SOCIAL, datetime(2025, 9, 25, 13, 30), ONLINE, ""),
    (DATA, datetime(2026, 2, 26, 14, 0), "公司3楼小会议室", ""),
    (COMPLIANCE, datetime(2026, 3, 12, 14, 0), ROOM, "年度必修"),
    (BRAND, datetime(2026, 4, 16, 9, 30), OUTSIDE, ""),
    (VIDEO, datetime(2026, 5, 21, 14, 0), STUDIO, ""),
    (SOCIAL, datetime(2026, 6, 18, 13, 30), ONLINE, ""),
    (DATA, datetime(2026, 8, 20, 14, 0), "公司3楼小会议室", ""),
    (VIDEO, datetime(2026, 9, 17, 14, 0), STUDIO, ""),
    (LIVE, datetime(2026, 10, 15, 19, 0), ONLINE, "计划外加开"),
    (SEO, datetime(2026, 11, 20, 14, 0), ROOM, "签到表待导入"),
    (PM, datetime(2026, 12, 10, 9, 0), OUTSIDE, ""),
]

# (course, session start, member, score or None, absent, certificate (name, no, expiry), notes)
Cert = tuple[str, str, date] | None
RECORDS: list[tuple[str, datetime, str, float | None, bool, Cert, str]] = [
    *[(COMPLIANCE, datetime(2025, 11, 18, 14, 0), n, s, False, None, "") for n, s in
      [("周敏", 92), ("张伟", 88), ("王芳", 85), ("李娜", 90), ("刘洋", 86), ("陈静", 84),
       ("杨帆", 95), ("赵磊", 81), ("黄丽", 83), ("吴强", 80)]],
    (SOCIAL, datetime(2025, 9, 25, 13, 30), "王芳", 86, False,
     ("巨量引擎营销认证（初级）", "OE-2025-092531", date(2026, 9, 30)), ""),
    (DATA, datetime(2026, 2, 26, 14, 0), "陈静", 82, False, None, ""),
    (DATA, datetime(2026, 2, 26, 14, 0), "王芳", 78, False, None, ""),
    (DATA, datetime(2026, 2, 26, 14, 0), "张伟", 70, False, None, ""),
    (DATA, datetime(2026, 2, 26, 14, 0), "赵磊", None, True, None, "出差"),
    *[(COMPLIANCE, datetime(2026, 3, 12, 14, 0), n, s, False, None, "") for n, s in
      [("周敏", 95), ("张伟", 90), ("王芳", 82), ("李娜", 91), ("刘洋", 88), ("陈静", 85),
       ("赵磊", 72)]],
    (COMPLIANCE, datetime(2026, 3, 12, 14, 0), "黄丽", None, True, None, "请假"),
    *[(BRAND, datetime(2026, 4, 16, 9, 30), n, None, False, None, "")
      for n in ("周敏", "张伟", "李娜", "黄丽")],
    *[(VIDEO, datetime(2026, 5, 21, 14, 0), n, s, False, None, "") for n, s in
      [("张伟", 85), ("黄丽", 90), ("李娜", 77)]],
    (SOCIAL, datetime(2026, 6, 18, 13, 30), "王芳", 88, False,
     ("巨量引擎营销认证（中级）", "OE-2026-061812", date(2027, 1, 15)), ""),
    (SOCIAL, datetime(2026, 6, 18, 13, 30), "陈静", 81, False,
     ("巨量引擎营销认证（初级）", "OE-2026-061807", date(2027, 6, 30)), ""),
    (DATA, datetime(2026, 8, 20, 14, 0), "张伟", 80, False, None, "补考通过"),
    (DATA, datetime(2026, 8, 20, 14, 0), "黄丽", 76, False, None, ""),
    (VIDEO, datetime(2026, 9, 17, 14, 0), "王芳", 72, False, None, ""),
    (VIDEO, datetime(2026, 9, 17, 14, 0), "陈静", 68, False, None, ""),
    *[(LIVE, datetime(2026, 10, 15, 19, 0), n, None, False, None, "")
      for n in ("王芳", "陈静", "张伟")],
]  # fmt: skip

# (period, title, [(course, audience roles, audience member names, planned sessions)])
PLANS: list[tuple[str, str, list[tuple[str, list[Role], list[str], int]]]] = [
    ("2026", "2026年度培训计划", [
        (COMPLIANCE, [], [], 1),
        (BRAND, [R.TEAM_LEAD, R.CONTENT_PLANNER], [], 1),
        (SEO, [R.CHANNEL_OPERATOR, R.DATA_ANALYST], [], 1),
        (SOCIAL, [R.CHANNEL_OPERATOR, R.CRM], [], 1),
        (VIDEO, [R.CONTENT_PLANNER, R.CHANNEL_OPERATOR], [], 2),
        (DATA, [R.CRM, R.CHANNEL_OPERATOR], ["张伟"], 2),
        (PM, [R.PROJECT_MANAGER, R.TEAM_LEAD], [], 1),
    ]),
    ("2026-Q4", "2026年第四季度培训计划", [
        (SEO, [R.CHANNEL_OPERATOR, R.DATA_ANALYST], ["陈静", "杨帆", "张伟", "刘洋"], 1),
        (PM, [R.PROJECT_MANAGER, R.TEAM_LEAD], [], 1),
        (LIVE, [R.CHANNEL_OPERATOR], ["陈静"], 1),
    ]),
]  # fmt: skip


def fill_demo(actor: Actor | None = None) -> dict[str, int]:
    """Add the sample training; returns how many courses, sessions, plans, records it added."""
    actor = actor or Actor.system()
    added = dict.fromkeys(("courses", "course_sessions", "training_plans", "training_records"), 0)
    with write():
        courses = {c.title: c for c in Course.alive()}
        for title, (cat, kind, trainer, hours, cost, cap, mark, roles, recur) in COURSES.items():
            if title not in courses:
                courses[title] = services.add_course(
                    actor,
                    title,
                    cat,
                    delivery=kind,
                    trainer=trainer,
                    hours=hours,
                    cost=cost,
                    capacity=cap,
                    pass_mark=mark,
                    required_roles=roles,
                    recur_months=recur,
                )
                added["courses"] += 1
        sessions: dict[tuple[str, datetime], CourseSession] = {}
        for title, start, place, notes in SESSIONS:
            course = courses[title]
            found = (
                CourseSession.alive()
                .where(CourseSession.course == course, CourseSession.starts_at == start)
                .first()
            )
            if found is None:
                found = services.add_session(actor, course.uid, start, place=place, notes=notes)
                added["course_sessions"] += 1
            sessions[(title, start)] = found
        for title, start, name, score, absent, cert, notes in RECORDS:
            member = team.find_by_name(name)
            session = sessions[(title, start)]
            if (
                member is None
                or TrainingRecord.alive()
                .where(TrainingRecord.session == session, TrainingRecord.member == member)
                .exists()
            ):
                continue
            extra: dict[str, Any] = {}
            if cert is not None:
                extra = dict(
                    certificate_name=cert[0], certificate_no=cert[1], certificate_expires=cert[2]
                )
            records.add_record(
                actor,
                session.uid,
                member.uid,
                status="absent" if absent else "attended",
                signed_in_at=None if absent else start,
                score=score,
                notes=notes,
                **extra,
            )
            added["training_records"] += 1
        for period, title, items in PLANS:
            plan = (
                TrainingPlan.alive()
                .where(TrainingPlan.period == period, TrainingPlan.title == title)
                .first()
            )
            if plan is None:
                plan = services.add_plan(actor, period, title)
                added["training_plans"] += 1
            for course_title, roles, names, planned in items:
                course = courses[course_title]
                if (
                    PlanItem.alive()
                    .where(PlanItem.plan == plan, PlanItem.course == course)
                    .exists()
                ):
                    continue
                uids = [m.uid for n in names if (m := team.find_by_name(n)) is not None]
                services.add_plan_item(
                    actor,
                    plan.uid,
                    course.uid,
                    audience_roles=roles,
                    audience_members=uids,
                    planned_sessions=planned,
                )
    return added
