"""Training forms, trash, conflicts and sign-in sheet problems, through the real widgets."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from models import demo, team, training
from models.base import Actor
from models.team import Role
from models.training import TrainingRecord
from ui import notify
from ui.training import TrainingPage
from ui.training.course_dialog import CourseDialog
from ui.training.record_dialog import RecordDialog
from ui.training.signin_dialog import SigninDialog
from ui.training.trash import TrainingTrashDialog

TODAY = date(2026, 11, 26)


@pytest.fixture
def page(window, me) -> TrainingPage:
    page = next(p for p in window.pages if isinstance(p, TrainingPage))
    page.set_today(TODAY)
    window.show_page(page)
    return page


@pytest.fixture
def session_uid(actor) -> str:
    course = training.add_course(actor, "SEO与SEM实操", "platform_tools", hours=3, pass_mark=80)
    return training.add_session(actor, course.uid, datetime(2026, 11, 20, 14, 0)).uid


def save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def write_sheet(path: Path, rows: list[tuple]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "签到表"
    sheet.append(["SEO与SEM实操 签到表"])
    sheet.append(["序号", "姓名", "签到时间", "考核成绩", "备注"])
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def open_sheet(qtbot, monkeypatch, page: TrainingPage, path: Path) -> SigninDialog:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(path), ""))
    page.show_tab(page.sessions)
    page.sessions.import_signin()
    qtbot.waitUntil(lambda: page.sessions.findChild(SigninDialog) is not None, timeout=10_000)
    return page.sessions.findChild(SigninDialog)


def test_course_errors_show_beside_the_field(page):
    dialog = page.courses.new_record()
    save(dialog)
    assert dialog.isVisible()
    assert dialog.errors["title"].text() == "Title is required."
    dialog.title_edit.setText("直播带货话术与控场")
    dialog.category_combo.setEditText("直播运营")  # the team's own category
    save(dialog)
    assert not dialog.isVisible()
    [course] = training.list_courses()
    assert course.category == "直播运营"

    again = page.courses.new_record()
    again.title_edit.setText("直播带货话术与控场")
    save(again)
    assert again.errors["title"].text().startswith("A course named “直播带货话术与控场”")
    assert len(training.list_courses()) == 1


def test_course_errors_in_chinese(zh, page):
    dialog = page.courses.new_record()
    save(dialog)
    assert dialog.errors["title"].text() == "「标题」不能为空。"
    assert page.title() == "培训"
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "概览",
        "课程",
        "场次与签到",
        "培训计划",
        "按成员",
    ]


def test_an_edit_that_crossed_another_opens_the_conflict_dialog(page, actor):
    course = training.add_course(actor, "数据分析", "data", hours=4, pass_mark=75)
    page.courses.refresh()
    assert page.courses.select(course.uid)
    dialog = page.courses.edit_selected()
    assert isinstance(dialog, CourseDialog)
    training.edit_course(Actor(None, "李娜"), course.uid, course.version, trainer="李娜")
    dialog.hours_spin.setValue(6)
    save(dialog)
    assert dialog.conflict_dialog is not None and dialog.conflict_dialog.isVisible()
    assert "trainer" in dialog.conflict_dialog.fields and "hours" in dialog.conflict_dialog.fields
    dialog.conflict_dialog.keep_mine_button.click()
    saved = training.get_course(course.uid)
    assert (saved.hours, saved.trainer, saved.version) == (6, "李娜", 3)  # theirs kept too


def test_delete_a_course_and_restore_it_from_the_trash(window, page, actor):
    course = training.add_course(actor, "品牌定位", "brand", hours=6)
    page.show_tab(page.courses)
    page.courses.refresh()
    page.courses.select(course.uid)
    window.delete_action.trigger()  # Edit ▸ Delete on the Courses tab
    assert training.list_courses() == []
    assert "to the trash" in window.statusBar().currentMessage()
    trash = page.courses.open_trash()
    assert isinstance(trash, TrainingTrashDialog)
    assert trash.model.rowCount() == 1
    trash.select(course.uid)
    trash.restore_button.click()
    assert [c.uid for c in training.list_courses()] == [course.uid]
    assert trash.model.rowCount() == 0 and trash.empty_label.isVisibleTo(trash)
    assert page.courses.model.rowCount() == 1  # the tab re-read itself


def test_add_a_member_to_a_roster_remove_and_restore(page, me, actor, session_uid):
    page.show_tab(page.sessions)
    page.set_period("2026-Q4")
    assert page.sessions.select(session_uid)
    dialog = page.sessions.roster.add_record()
    assert isinstance(dialog, RecordDialog)
    dialog.member_combo.setCurrentIndex(dialog.member_combo.findData(me.uid))
    dialog.score_edit.setText("七十")
    save(dialog)
    assert dialog.errors["score"].isVisible()  # words are not a score; nothing written
    assert training.session_roster(session_uid) == []
    dialog.score_edit.setText("79")
    assert dialog.result_label.text() == "Pass mark 80: Failed"
    save(dialog)
    [record] = training.session_roster(session_uid)
    assert (record.member_name, record.hours, record.passed) == ("周敏", 3, False)

    assert page.sessions.roster.select(record.uid)
    page.sessions.roster.remove_button.click()
    assert training.session_roster(session_uid) == []
    trash = TrainingTrashDialog(page.sessions.session, "training_record", page)
    trash.select(record.uid)
    trash.restore_button.click()
    assert [r.uid for r in training.session_roster(session_uid)] == [record.uid]
    assert page.sessions.roster.model.rowCount() == 1
    trash.close()


def test_a_file_that_is_not_a_workbook_is_refused_in_words(
    qtbot, monkeypatch, page, session_uid, tmp_path
):
    bad = tmp_path / "签到表.xlsx"
    bad.write_text("not a workbook", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(notify, "error", lambda parent, text, details="": shown.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(bad), ""))
    page.show_tab(page.sessions)
    page.set_period("2026-Q4")
    page.sessions.select(session_uid)
    task = page.sessions.import_signin()
    assert task is not None
    qtbot.waitUntil(lambda: task.outcome is not None, timeout=10_000)
    assert task.outcome == "error"
    assert len(shown) == 1 and shown[0].startswith("签到表.xlsx cannot be read as an Excel")
    assert page.sessions.findChild(SigninDialog) is None


def test_unreadable_cells_are_listed_with_sheet_row_and_column_and_a_person_can_be_skipped(
    qtbot, monkeypatch, page, actor, session_uid, tmp_path
):
    wang = team.add_member(actor, "王芳", [Role.CHANNEL_OPERATOR]).uid
    path = write_sheet(
        tmp_path / "sheet.xlsx",
        [
            (1, "王芳", "2026/11/20 14:02", "92", ""),
            (2, "张伟", "下午两点", "88", ""),  # not a time: left out, said where
            (3, "外部嘉宾", "2026/11/20 13:59", "", ""),
        ],
    )
    page.set_period("2026-Q4")
    page.sessions.select(session_uid)
    dialog = open_sheet(qtbot, monkeypatch, page, path)
    assert dialog.rows_model.rowCount() == 2
    assert dialog.issues_box.isVisibleTo(dialog)
    issue = dialog.issues_list.item(0).text()
    assert issue.startswith("Sheet “签到表”, row 4, column C: “下午两点” is not a sign-in time")
    dialog.choose("外部嘉宾", None)  # skip the guest
    told: list[str] = []
    monkeypatch.setattr(notify, "info", lambda parent, text: told.append(text))
    dialog.import_button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert "1 attended, 0 absent, 1 skipped" in told[0]
    assert [r.member_uid for r in training.session_roster(session_uid)] == [wang]


def test_a_failing_row_keeps_the_dialog_open_and_writes_nothing(
    qtbot, monkeypatch, zh, page, actor, session_uid, tmp_path
):
    team.add_member(actor, "王芳", [Role.CHANNEL_OPERATOR])
    team.add_member(actor, "刘洋", [Role.EDITOR])
    path = write_sheet(
        tmp_path / "sheet.xlsx",
        [(1, "王芳", "2026/11/20 14:02", "92", ""), (2, "刘洋", None, "80", "请假")],
    )
    page.set_period("2026-Q4")
    page.sessions.select(session_uid)
    dialog = open_sheet(qtbot, monkeypatch, page, path)
    assert dialog.import_button.isEnabled()
    task = dialog.start_import()
    assert task is not None
    qtbot.waitUntil(lambda: task.outcome is not None, timeout=10_000)
    assert dialog.isVisible()
    assert dialog.error.text().startswith("签到表第 4 行（刘洋）：")
    assert TrainingRecord.select().count() == 0


def test_the_period_chooses_what_the_tabs_show(page, actor):
    demo.fill(actor)
    page.set_period("2026-Q1")
    page.show_tab(page.sessions)
    starts = [s.starts_at.date() for s in page.sessions.model.rows()]
    assert starts == [date(2026, 2, 26), date(2026, 3, 12)]
    page.show_tab(page.overview)
    assert page.overview.hours_chart.series()[0].name == "2026 Q1"
    assert len(page.overview.hours_chart.series()) == 1
    page.set_period("2026")
    assert len(page.overview.hours_chart.series()) == 4
    page.show_tab(page.plans)
    titles = [page.plans.plan_list.item(i).text().split("\n")[0] for i in range(2)]
    assert titles == ["2026年第四季度培训计划", "2026年度培训计划"]
    page.set_period("2025")
    assert page.plans.plan_list.count() == 0
    assert "No plan for Year 2025 yet" in page.plans.heading.text()
