"""The training page's Qt item models: the model tester, and what their cells say."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon

from models import demo, team, training
from models.team import Role
from models.training import SigninRow
from ui.table_model import KEY_ROLE, SORT_ROLE
from ui.training.models import (
    CertificateTableModel,
    CourseTableModel,
    DueTableModel,
    PlanItemTableModel,
    RecordTableModel,
    SessionTableModel,
    SigninRowModel,
)
from ui.training.tone_model import Tone

TODAY = date(2026, 11, 26)  # the day the demo data is seen from


@pytest.fixture
def demo_data(db, actor, qapp):
    demo.fill(actor)


def column(model, header: str) -> int:
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return headers.index(header)


def cell(model, row: int, header: str, role=Qt.ItemDataRole.DisplayRole):
    return model.index(row, column(model, header)).data(role)


def test_every_model_passes_the_model_tester(qtmodeltester, demo_data):
    courses = CourseTableModel()
    courses.set_rows(training.list_courses())
    sessions = SessionTableModel()
    sessions.set_rows(training.list_sessions(period="2026"))
    roster = RecordTableModel(lead="member")
    [compliance] = [
        s for s in training.list_sessions(period="2026-Q1") if s.course_title.startswith("广告法")
    ]
    roster.set_rows(training.session_roster(compliance.uid))
    wang = next(m for m in training.overview("2026", TODAY).hours if m.name == "王芳")
    history = RecordTableModel(lead="history")
    history.set_rows(training.member_history(wang.member_uid))
    due = DueTableModel()
    zhao = next(m for m in training.overview("2026", TODAY).hours if m.name == "赵磊")
    due.set_rows(training.due_courses(zhao.member_uid, TODAY))
    certificates = CertificateTableModel()
    certificates.set_rows(training.certificates(TODAY))
    [q4] = training.list_plans(period="2026-Q4")
    plan = PlanItemTableModel()
    plan.set_rows(training.plan_report(q4.uid, TODAY).items)
    sheet = SigninRowModel()
    sheet.set_rows([SigninRow("张伟", None, 88, "", 4), SigninRow("刘洋", None, None, "请假", 7)])
    sheet.set_targets({"张伟": "张伟"}, {"张伟"})

    for model in (courses, sessions, roster, history, due, certificates, plan, sheet):
        assert model.rowCount() > 0, type(model).__name__
        qtmodeltester.check(model)
        model.set_rows([])  # and emptied again
        qtmodeltester.check(model)


def test_expired_and_expiring_certificates_stand_out_by_colour_icon_and_words(demo_data):
    model = CertificateTableModel()
    model.set_rows(training.certificates(TODAY))
    states = [cell(model, r, "State") for r in range(model.rowCount())]
    assert states == ["Expired 57 day(s) ago", "Expires in 50 day(s)"]
    assert cell(model, 0, "State", Qt.ItemDataRole.ForegroundRole) == QColor(Tone.ALERT.value)
    assert cell(model, 1, "State", Qt.ItemDataRole.ForegroundRole) == QColor(Tone.WARN.value)
    for row in (0, 1):
        icon = cell(model, row, "Valid until", Qt.ItemDataRole.DecorationRole)
        assert isinstance(icon, QIcon) and not icon.isNull()
    assert cell(model, 0, "Member") == "王芳"
    assert cell(model, 0, "State", SORT_ROLE) < cell(model, 1, "State", SORT_ROLE)


def test_a_record_shows_its_certificate_state_as_of_today(demo_data, actor):
    wang = next(m for m in training.overview("2026", TODAY).hours if m.name == "王芳")
    model = RecordTableModel(lead="history")
    model.today = TODAY
    model.set_rows(training.member_history(wang.member_uid))
    expiring = [
        r for r in range(model.rowCount()) if "Expires in" in (cell(model, r, "Valid until") or "")
    ]
    assert len(expiring) == 1
    assert cell(model, expiring[0], "Valid until") == "2027-01-15 (Expires in 50 day(s))"
    icon = cell(model, expiring[0], "Valid until", Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
    plain = [r for r in range(model.rowCount()) if not cell(model, r, "Valid until")]
    assert plain and cell(model, plain[0], "Valid until", Qt.ItemDataRole.DecorationRole) is None
    # Seen from a year earlier the same certificate is simply valid: its date and no tone.
    model.today = date(2025, 11, 26)
    assert cell(model, expiring[0], "Valid until") == "2027-01-15 (Valid)"
    assert cell(model, expiring[0], "Valid until", Qt.ItemDataRole.ForegroundRole) is None


def test_course_and_session_cells(demo_data):
    courses = CourseTableModel()
    courses.set_rows(training.list_courses())
    titles = [cell(courses, r, "Course") for r in range(courses.rowCount())]
    compliance = titles.index("广告法与平台合规年度培训")
    assert cell(courses, compliance, "Required for") == "All roles"
    assert cell(courses, compliance, "Repeats") == "Every 12 month(s)"
    assert cell(courses, compliance, "Category") == "Compliance & legal"
    assert cell(courses, compliance, "Pass mark") == "80"
    assert cell(courses, titles.index("品牌定位与整合营销传播"), "Cost") == "¥6,000.00"
    assert courses.index(0, 0).data(KEY_ROLE) == courses.course(0).uid

    sessions = SessionTableModel()
    sessions.set_rows(training.list_sessions(period="2026-Q1"))
    assert [cell(sessions, r, "Attended / capacity") for r in range(2)] == ["3 / 12", "7 / 30"]
    assert cell(sessions, 0, "Starts") == "2026-02-26 14:00"


def test_a_session_over_capacity_is_flagged_in_words(db, actor):
    course = training.add_course(actor, "小班课", "data", hours=2, capacity=1)
    session = training.add_session(actor, course.uid, TODAY.replace(day=1))
    for name in ("甲", "乙"):
        member = team.add_member(actor, name, [Role.EDITOR])
        training.add_record(actor, session.uid, member.uid)
    model = SessionTableModel()
    model.set_rows(training.list_sessions())
    assert cell(model, 0, "Attended / capacity") == "2 / 1 (1 over)"
    assert cell(model, 0, "Attended / capacity", Qt.ItemDataRole.ForegroundRole) == QColor(
        Tone.ALERT.value
    )


def test_sign_in_rows_say_who_is_absent_and_which_names_wait_for_a_choice(db, qapp):
    model = SigninRowModel()
    model.set_rows([SigninRow("张伟", None, 88, "", 4), SigninRow("刘洋", None, None, "请假", 7)])
    model.set_targets({"张伟": "张伟", "刘洋": "Choose below"}, {"张伟"})
    assert cell(model, 1, "Attendance") == "Absent (请假)"
    assert cell(model, 0, "Attendance") == "Attended"
    assert cell(model, 1, "Member", Qt.ItemDataRole.ForegroundRole) == QColor(Tone.WARN.value)
    assert cell(model, 0, "Member", Qt.ItemDataRole.ForegroundRole) is None
    assert cell(model, 0, "Score") == "88"
