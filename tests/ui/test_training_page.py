"""The 培训 page end to end (R-4.2): plan a course, import a sign-in sheet, enter scores and a
certificate; the member's history, what is still due and the overview follow."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from models import base, team, training
from models.team import Role
from models.training import Attendance
from ui import notify
from ui.training import TrainingPage
from ui.training.course_dialog import CourseDialog
from ui.training.plan_dialogs import PlanDialog, PlanItemDialog
from ui.training.record_dialog import RecordDialog
from ui.training.session_dialog import SessionDialog, to_qt
from ui.training.signin_dialog import SigninDialog

TODAY = date(2026, 11, 26)
SEO = "SEO与SEM实操"


@pytest.fixture
def page(window, me) -> TrainingPage:
    page = next(p for p in window.pages if isinstance(p, TrainingPage))
    page.set_today(TODAY)
    window.show_page(page)
    return page


@pytest.fixture
def people(me, actor) -> dict[str, str]:
    """The team of the sign-in sheet, but 杨帆 is listed under her English name."""
    roles = {
        "张伟": [Role.CONTENT_PLANNER],
        "王芳": [Role.CHANNEL_OPERATOR],
        "李娜": [Role.DATA_ANALYST],
        "刘洋": [Role.EDITOR],
        "陈静": [Role.CRM],
        "Yang Fan": [Role.COMPLIANCE],
    }
    uids = {name: team.add_member(actor, name, r).uid for name, r in roles.items()}
    return uids | {"周敏": me.uid}


def save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def sheet_path(fixtures_dir: Path) -> Path:
    return fixtures_dir / "as-users-make-them" / "training-signin-as-circulated.xlsx"


def due_titles(page: TrainingPage) -> list[str]:
    model = page.member_view.due_model
    return [model.due(r).title for r in range(model.rowCount())]


def test_plan_import_score_and_certify_then_every_view_follows(
    qtbot, monkeypatch, window, page, people, me, fixtures_dir, settings
):
    # 1. A course, required for channel operators, data analysts and editors.
    window.new_action.trigger()  # Edit ▸ New on the Overview: a new course
    course_dialog = page.findChild(CourseDialog)
    assert course_dialog is not None and course_dialog.isVisible()
    course_dialog.title_edit.setText(SEO)
    combo = course_dialog.category_combo
    combo.setCurrentIndex(combo.findData("platform_tools"))
    course_dialog.delivery_combo.setCurrentIndex(course_dialog.delivery_combo.findData("external"))
    course_dialog.trainer_edit.setText("外部讲师（百度营销学院）")
    course_dialog.hours_spin.setValue(3)
    course_dialog.cost_spin.setValue(4800)
    course_dialog.capacity_spin.setValue(15)
    course_dialog.pass_spin.setValue(80)
    for role in (Role.CHANNEL_OPERATOR, Role.DATA_ANALYST, Role.EDITOR):
        course_dialog.role_picker.boxes[role].click()
    save(course_dialog)
    [course] = training.list_courses()
    assert (course.title, course.category, course.pass_mark, course.cost) == (
        SEO,
        "platform_tools",
        80,
        4800,
    )
    assert base.history(course.uid)[-1].actor_uid == me.uid  # signed by "who I am"
    assert page.courses.current_course() == course

    # Before any session, 王芳 has the course to do.
    page.show_tab(page.member_view)
    page.member_view.choose(people["王芳"])
    assert due_titles(page) == [SEO]

    # 2. A plan for the fourth quarter that lists the course for channel operators.
    page.set_period("2026-Q4")
    page.show_tab(page.plans)
    plan_dialog = page.new_record()
    assert isinstance(plan_dialog, PlanDialog)
    plan_dialog.period_combo.setCurrentIndex(plan_dialog.period_combo.findData("2026-Q4"))
    plan_dialog.title_edit.setText("2026年第四季度培训计划")
    save(plan_dialog)
    plan = page.plans.current_plan()
    assert plan is not None and (plan.period, plan.title) == ("2026-Q4", "2026年第四季度培训计划")
    page.plans.add_item_button.click()
    item_dialog = page.plans.findChild(PlanItemDialog)
    assert item_dialog is not None
    item_dialog.role_picker.boxes[Role.CHANNEL_OPERATOR].click()
    item_dialog.set_members([people["李娜"]])
    item_dialog.sessions_spin.setValue(1)
    save(item_dialog)
    [line] = page.plans.report.items if page.plans.report else []
    assert (line.course_title, line.audience_size, line.held_sessions) == (SEO, 2, 0)

    # 3. Its session on 20 November, in the sessions tab.
    page.show_tab(page.sessions)
    page.sessions.new_button.click()
    session_dialog = page.sessions.findChild(SessionDialog)
    assert session_dialog is not None
    session_dialog.starts_edit.setDateTime(to_qt(datetime(2026, 11, 20, 14, 0)))
    session_dialog.place_edit.setText("公司3楼大会议室")
    save(session_dialog)
    target = page.sessions.current_session()
    assert target is not None and target.starts_at == datetime(2026, 11, 20, 14, 0)
    assert target.trainer == "外部讲师（百度营销学院）"  # the course's, by default

    # 4. Import the sign-in sheet as circulated; map the one unknown name.
    path = sheet_path(fixtures_dir)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(path), a[-1]))
    told: list[str] = []
    monkeypatch.setattr(notify, "info", lambda parent, text: told.append(text))
    page.sessions.import_button.click()
    qtbot.waitUntil(lambda: page.sessions.findChild(SigninDialog) is not None, timeout=10_000)
    signin = page.sessions.findChild(SigninDialog)
    assert settings.last_folder == str(path.parent)  # remembered for next time
    assert signin.rows_model.rowCount() == 6
    assert list(signin.combos) == ["杨帆"]  # everyone else matched by name
    assert not signin.import_button.isEnabled()
    assert "1 name(s) still need a member" in signin.hint.text()
    signin.combos["杨帆"].setCurrentIndex(signin.combos["杨帆"].findData(people["Yang Fan"]))
    assert signin.import_button.isEnabled()
    assert signin.hint.text() == "Ready: 6 to record, of whom 1 absent."
    signin.import_button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert told == ["Sign-in sheet imported: 5 attended, 1 absent, 0 skipped (6 new, 0 updated)."]
    roster = {r.member_name: r for r in training.session_roster(target.uid)}
    assert set(roster) == {"张伟", "王芳", "李娜", "刘洋", "陈静", "Yang Fan"}
    assert roster["刘洋"].status is Attendance.ABSENT and roster["刘洋"].notes == "请假"
    assert (roster["陈静"].score, roster["陈静"].passed) == (79.5, False)
    assert page.sessions.roster.model.rowCount() == 6  # the roster re-read itself
    assert "5 attended, 1 absent" in page.sessions.roster.summary.text()

    # 5. 陈静's corrected score, and 王芳's certificate with an expiry.
    assert page.sessions.roster.select_member("陈静")
    page.sessions.roster.edit_button.click()
    record_dialog = page.sessions.roster.findChild(RecordDialog)
    assert record_dialog is not None
    record_dialog.score_edit.setText("86")
    assert record_dialog.result_label.text() == "Pass mark 80: Passed"
    save(record_dialog)
    assert page.sessions.roster.select_member("王芳")
    record_dialog = page.sessions.roster.edit_selected()
    assert record_dialog is not None
    record_dialog.cert_name_edit.setText("百度营销认证（初级）")
    record_dialog.cert_no_edit.setText("BD-2026-1120")
    record_dialog.expires_known.setChecked(True)
    record_dialog.expires_edit.setDate(date(2027, 1, 31))
    save(record_dialog)
    roster = {r.member_name: r for r in training.session_roster(target.uid)}
    assert (roster["陈静"].score, roster["陈静"].passed) == (86, True)
    assert roster["王芳"].certificate_expires == date(2027, 1, 31)
    assert roster["王芳"].score == 92  # untouched fields keep their values
    assert base.history(roster["王芳"].uid)[-1].actor_uid == me.uid

    # 6. The member's history and what is still due.
    page.show_tab(page.member_view)
    page.member_view.choose(people["王芳"])
    history = page.member_view.history_model
    assert history.rowCount() == 1
    assert history.record(0).certificate_name == "百度营销认证（初级）"
    assert "3 training hour(s)" in page.member_view.summary.text()
    assert due_titles(page) == []  # passed with 92
    page.member_view.choose(people["刘洋"])
    assert due_titles(page) == [SEO]  # on leave that day: still to do
    assert "All required" not in page.member_view.due_label.text()

    # 7. The overview: hours in the quarter, completion, and the expiring certificate.
    page.show_tab(page.overview)
    hours = page.overview.hours_chart
    assert hours.value("王芳") == 3.0 and hours.value("刘洋") == 0.0
    completion = page.overview.completion_chart
    assert completion.categories() == [SEO]
    assert completion.series()[0].labels == ("2/3 · 67%",)  # 王芳 and 李娜 of three
    certificates = page.overview.certificates_model
    assert certificates.rowCount() == 1
    assert certificates.certificate(0).member_name == "王芳"
    assert "1</b> expiring" in page.overview.certificates_label.text()

    # 8. The plan against what happened.
    page.show_tab(page.plans)
    [line] = page.plans.report.items if page.plans.report else []
    assert (line.held_sessions, line.audience_attended, line.audience_size) == (1, 2, 2)


def test_file_menu_import_goes_to_the_sessions_tab(qtbot, monkeypatch, window, page, people, actor):
    course = training.add_course(actor, SEO, "platform_tools", hours=3)
    training.add_session(actor, course.uid, datetime(2026, 11, 20, 14, 0))
    page.set_period("2026")
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: asked.append(a[2]) or ("", ""))
    window.show_page(window.pages[0])
    page.import_action.trigger()  # File ▸ Import Sign-in Sheet…
    assert window.current_page() is page and page.current_tab() is page.sessions
    assert asked  # the file dialog was offered for the latest session held
    assert page.sessions.current_session() is not None


def test_the_member_view_exports_a_printable_transcript(
    qtbot, monkeypatch, tmp_path, page, people, actor
):
    """R-4.2: a member's transcript, for an appraisal to attach, from the 按成员 tab."""
    course = training.add_course(actor, SEO, "platform_tools", hours=3, pass_mark=60)
    when = training.add_session(actor, course.uid, datetime(2026, 11, 20, 14, 0))
    training.add_record(actor, when.uid, people["王芳"], score=92)
    dest = tmp_path / "档案.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(dest), ""))
    page.set_period("2026-Q4")
    page.show_tab(page.member_view)
    page.member_view.choose(people["王芳"])
    task = page.member_view.export_transcript()
    assert task is not None
    qtbot.waitUntil(lambda: task.outcome is not None, timeout=10_000)
    assert task.outcome == "ok" and dest.exists()
    import openpyxl

    cells = [str(c) for row in openpyxl.load_workbook(dest).active.iter_rows(values_only=True)
             for c in row if c is not None]  # fmt: skip
    assert "王芳" in " ".join(cells) and SEO in cells
