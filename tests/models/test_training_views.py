"""Training's views (R-4.2) on a small hand-made data set whose numbers are worked out by hand.

Seen from 2026-11-26. Members: 甲 and 乙 channel operators (乙 also analyst), 丙 editor,
丁 a channel operator who left (inactive), 戊 compliance. Courses: K compliance for every
role yearly (pass 80), S SEM for channel operators (pass 60), W writing (nothing required),
L live streaming (not in the plan).
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from models import team, training
from models.team import Role
from models.training import CertificateStatus, DueReason

TODAY = date(2026, 11, 26)


@pytest.fixture
def data(db, actor):
    m = {
        "甲": team.add_member(actor, "甲", [Role.CHANNEL_OPERATOR]).uid,
        "乙": team.add_member(actor, "乙", [Role.CHANNEL_OPERATOR, Role.DATA_ANALYST]).uid,
        "丙": team.add_member(actor, "丙", [Role.EDITOR]).uid,
        "丁": team.add_member(actor, "丁", [Role.CHANNEL_OPERATOR], active=False).uid,
        "戊": team.add_member(actor, "戊", [Role.COMPLIANCE]).uid,
    }
    k = training.add_course(
        actor,
        "合规年训",
        "compliance",
        hours=2,
        pass_mark=80,
        required_roles=list(Role),
        recur_months=12,
    ).uid
    s = training.add_course(
        actor,
        "SEM",
        "platform_tools",
        hours=3,
        pass_mark=60,
        required_roles=[Role.CHANNEL_OPERATOR],
    ).uid
    w = training.add_course(actor, "写作", "content", hours=1.5).uid
    live = training.add_course(actor, "直播", "直播运营", hours=2).uid

    def session(course: str, when: datetime) -> str:
        return training.add_session(actor, course, when).uid

    k1 = session(k, datetime(2025, 10, 10, 14))
    k2 = session(k, datetime(2026, 3, 1, 14))
    s1 = session(s, datetime(2026, 5, 10, 9))
    s2 = session(s, datetime(2026, 11, 20, 14))
    session(w, datetime(2026, 12, 15, 14))
    session(live, datetime(2026, 10, 15, 19))

    def rec(sess: str, who: str, score: float | None = None, **more) -> None:
        training.add_record(actor, sess, m[who], score=score, **more)

    for who, score in (("甲", 90), ("乙", 85), ("丙", 88), ("戊", 95)):
        rec(k1, who, score)
    training.edit_record(
        actor,
        training.session_roster(k1)[2].uid,
        None,
        certificate_name="合规证",
        certificate_expires=date(2027, 6, 1),
    )
    rec(k2, "甲", 92)
    rec(k2, "乙", 70)
    rec(k2, "丙", status="absent")
    rec(
        s1,
        "甲",
        75,
        certificate_name="SEM证",
        certificate_no="S-1",
        certificate_expires=date(2026, 12, 31),
    )
    rec(s1, "丁", 80)
    rec(s1, "乙", status="absent")
    rec(s2, "乙", 65, certificate_name="旧证", certificate_expires=date(2026, 11, 1))
    rec(s2, "丙", 50)
    plan = training.add_plan(actor, "2026-Q4", "四季度")
    training.add_plan_item(
        actor, plan.uid, s, audience_roles=[Role.CHANNEL_OPERATOR], audience_members=[m["丙"]]
    )
    training.add_plan_item(actor, plan.uid, w, planned_sessions=1)
    training.add_plan_item(actor, plan.uid, k, audience_roles=[Role.COMPLIANCE])
    return {"m": m, "k": k, "s": s, "w": w, "plan": plan.uid}


def test_overview_hours_per_member_per_quarter(data):
    ov = training.overview("2026", TODAY)
    assert ov.quarters == ("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4")
    hours = {h.name: (h.per_quarter, h.total) for h in ov.hours}
    assert hours == {
        "甲": ((2, 3, 0, 0), 5),
        "乙": ((2, 0, 0, 3), 5),  # failing the test still counts the hours
        "丙": ((0, 0, 0, 3), 3),  # absent at K2
        "丁": ((0, 3, 0, 0), 3),  # left, but trained this year: listed
        "戊": ((0, 0, 0, 0), 0),  # only trained last year
    }
    assert training.hours_by_member("2026-Q4") == {data["m"]["乙"]: 3, data["m"]["丙"]: 3}


def test_overview_completion_of_required_training(data):
    ov = training.overview("2026", TODAY)
    rows = {c.title: c for c in ov.completion}
    assert set(rows) == {"合规年训", "SEM"}  # 写作 and 直播 are required of nobody
    k = rows["合规年训"]
    assert (k.required, k.done) == (4, 1)  # 甲 only: 乙 failed, 丙 absent, 戊 more than 12 months
    assert set(k.due_names) == {"乙", "丙", "戊"}
    assert (rows["SEM"].required, rows["SEM"].done, rows["SEM"].rate) == (2, 2, 1.0)
    assert ov.completion_rate == pytest.approx(3 / 6)


def test_expired_and_expiring_certificates(data):
    certs = training.certificates(TODAY)
    assert [(c.member_name, c.status, c.days_left) for c in certs] == [
        ("乙", CertificateStatus.EXPIRED, -25),
        ("甲", CertificateStatus.EXPIRING, 35),
    ]
    assert certs[1].certificate_no == "S-1" and certs[1].course_title == "SEM"
    assert len(training.certificates(TODAY, include_valid=True)) == 3
    assert training.overview("2026", TODAY).certificates == tuple(certs)
    assert [c.member_name for c in training.certificates(date(2026, 10, 1), window_days=40)] == [
        "乙"
    ]


def test_member_page(data):
    jia = training.member_training(data["m"]["甲"], "2026", TODAY)
    assert jia.hours_in_period == 5 and jia.due == ()
    assert [r.course_title for r in jia.history] == ["SEM", "合规年训", "合规年训"]  # newest first
    yi = training.member_training(data["m"]["乙"], "2026-Q4", TODAY)
    assert yi.period == "2026-Q4" and yi.hours_in_period == 3
    [due] = yi.due
    assert (due.title, due.reason, due.last_done, due.due_since) == (
        "合规年训",
        DueReason.RENEW,
        date(2025, 10, 10),
        date(2026, 10, 11),
    )
    assert training.due_courses(data["m"]["丁"], TODAY) == []  # inactive: nothing required
    assert [d.reason for d in training.due_courses(data["m"]["戊"], TODAY)] == [DueReason.RENEW]
    # seen from early 2026, 戊's completion of October 2025 still counts
    assert training.due_courses(data["m"]["戊"], date(2026, 2, 1)) == []


def test_course_page(data):
    s = training.course_report(data["s"])
    assert [(x.attended, x.absent) for x in s.sessions] == [(2, 1), (2, 0)]
    assert len(s.roster) == 5
    assert s.attendance_rate == pytest.approx(4 / 5)
    assert s.average_score == pytest.approx((75 + 80 + 65 + 50) / 4)
    assert s.pass_rate == pytest.approx(3 / 4)
    k = training.course_report(data["k"])
    assert k.attendance_rate == pytest.approx(6 / 7)
    assert k.average_score == pytest.approx((90 + 85 + 88 + 95 + 92 + 70) / 6)
    w = training.course_report(data["w"])
    assert (w.attendance_rate, w.average_score, w.pass_rate) == (None, None, None)


def test_plan_against_what_happened(data):
    report = training.plan_report(data["plan"], TODAY)
    assert (report.start, report.end) == (date(2026, 10, 1), date(2026, 12, 31))
    rows = {i.course_title: i for i in report.items}
    sem = rows["SEM"]
    assert (sem.audience_size, sem.held_sessions, sem.upcoming_sessions) == (3, 1, 0)
    assert sem.audience_roles == (Role.CHANNEL_OPERATOR,) and sem.audience_member_names == ("丙",)
    assert (sem.attendees, sem.audience_attended, sem.coverage) == (2, 2, pytest.approx(2 / 3))
    writing = rows["写作"]
    assert (writing.audience_size, writing.held_sessions, writing.upcoming_sessions) == (4, 0, 1)
    assert writing.coverage == 0
    k = rows["合规年训"]
    assert (k.audience_size, k.held_sessions, k.attendees) == (1, 0, 0)
    assert [u.course_title for u in report.unplanned] == ["直播"]
    assert report.plan.item_count == 3


def test_session_list_by_period_and_trash_leaves_views(data, actor):
    q4 = training.list_sessions(period="2026-Q4")
    assert [s.course_title for s in q4] == ["直播", "SEM", "写作"]
    assert len(training.list_sessions(course_uid=data["s"])) == 2
    team.trash_member(actor, data["m"]["乙"])
    assert training.course_report(data["s"]).attendance_rate == pytest.approx(3 / 3)
    assert [c.member_name for c in training.certificates(TODAY)] == ["甲"]
    sem_q4 = [s for s in training.list_sessions(period="2026-Q4") if s.course_title == "SEM"]
    training.trash_session(actor, sem_q4[0].uid)
    assert training.hours_by_member("2026-Q4") == {}
    assert [c.title for c in training.list_courses(search="SE")] == ["SEM"]
    assert [c.title for c in training.list_courses(category="content")] == ["写作"]


def test_a_renewed_certificate_hides_the_expired_one_and_leavers_are_not_listed(data, actor):
    later = training.list_sessions(course_uid=data["k"])[-1].uid
    training.edit_record(
        actor,
        [r for r in training.session_roster(later) if r.member_name == "乙"][0].uid,
        None,
        certificate_name=" 旧证",
        certificate_expires=date(2028, 1, 1),
    )
    assert [c.member_name for c in training.certificates(TODAY)] == ["甲"]
    team.set_active(actor, data["m"]["甲"], False)
    assert training.certificates(TODAY) == []
