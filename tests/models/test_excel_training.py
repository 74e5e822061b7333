"""Training in workbooks: courses, sessions and records through the exchange, and the
member's training transcript (R-4.2)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

import models
from models import db as dbmod
from models import team
from models.base import Actor, AuditEntry
from models.exchange import RowStatus, apply, export, get_kind, preview, write_template
from models.team import Role
from models.training import (
    CourseSession,
    TrainingRecord,
    add_course,
    add_record,
    add_session,
    member_history,
)
from models.training.excel import write_transcript

SEO, VIDEO = "SEO与SEM实操", "短视频脚本与剪辑实战"
KINDS = ("courses", "sessions", "training-records")


def workbook(path: Path, title: str, rows: list[list[Any]]) -> Path:
    book = openpyxl.Workbook()
    book.active.title = title
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def lists_of(path: Path, sheet_name: str) -> dict[str, list[str]]:
    """Header → the values of its drop-down, as Excel would offer them."""
    book = openpyxl.load_workbook(path)
    sheet, holder = book[sheet_name], book["_lists"]
    headers = {c.column_letter: c.value for c in sheet[1]}
    out = {}
    for v in sheet.data_validations.dataValidation:
        if v.type != "list":
            continue
        letter = str(v.sqref).split(":")[0].rstrip("0123456789")
        source = v.formula1.split("!")[1].replace("$", "")
        out[headers[letter]] = [c.value for row in holder[source] for c in row]
    return out


@pytest.fixture
def team_and_training(db: Any, actor: Actor) -> dict[str, Any]:
    zhang = team.add_member(actor, "张伟", [Role.CHANNEL_OPERATOR], department="市场部")
    wang = team.add_member(actor, "王芳", [Role.CONTENT_PLANNER])
    seo = add_course(
        actor, SEO, "SEO", delivery="external", trainer="百度营销学院", hours=3, cost=4800,
        capacity=15, pass_mark=80, required_roles=[Role.CHANNEL_OPERATOR],
    )  # fmt: skip
    video = add_course(actor, VIDEO, "我们自己的类别", hours=2.5, recur_months=12)
    first = add_session(actor, seo.uid, datetime(2026, 3, 12, 14), place="3楼会议室")
    second = add_session(actor, seo.uid, datetime(2026, 11, 20, 14), hours=2)
    cut = add_session(
        actor, video.uid, datetime(2026, 5, 21, 9, 30), ends_at=datetime(2026, 5, 21, 12)
    )
    add_record(actor, first.uid, zhang.uid, score=88, certificate_name="百度营销认证",
               certificate_no="BD-1", certificate_expires=date(2027, 3, 12))  # fmt: skip
    add_record(actor, first.uid, wang.uid, status="absent")
    add_record(actor, second.uid, zhang.uid, score=70, notes="补考一次")
    add_record(actor, cut.uid, zhang.uid, hours=1.5)
    return {"zhang": zhang, "wang": wang}


def test_templates_have_the_drop_downs(team_and_training: dict[str, Any], tmp_path: Path) -> None:
    courses = lists_of(
        write_template(get_kind("courses"), tmp_path / "c.xlsx", "zh_CN"), "培训课程"
    )
    assert courses["类别"][:2] == ["营销理论与品牌", "平台工具（SEO/SEM/社交广告）"]
    assert "我们自己的类别" in courses["类别"]  # the team's own category, in use
    assert courses["内训/外训"] == ["内训", "外训"] and "渠道运营" in courses["必修角色"]
    sessions = lists_of(
        write_template(get_kind("sessions"), tmp_path / "s.xlsx", "zh_CN"), "培训场次"
    )
    assert sessions["课程"] == [SEO, VIDEO]
    path = write_template(get_kind("training-records"), tmp_path / "r.xlsx", "zh_CN")
    records = lists_of(path, "培训记录")
    assert records["姓名"] == ["张伟", "王芳"]
    assert records["课程场次"][0] == "SEO与SEM实操 2026-03-12 14:00"
    assert records["出勤"] == ["出席", "缺席"] and "是否通过" not in records
    notes = openpyxl.load_workbook(path)["填写说明"]
    assert any("导入时忽略" in str(c.value) for row in notes.iter_rows() for c in row)


def _rows(path: Path) -> list[tuple[Any, ...]]:
    """The exported cells without the version token (its count differs per machine)."""
    sheet = openpyxl.load_workbook(path, read_only=True).active
    return [row[:-1] for row in sheet.iter_rows(values_only=True)]


def test_export_import_into_an_empty_database_export_again(
    team_and_training: dict[str, Any], tmp_path: Path, actor: Actor
) -> None:
    for name in ("members", *KINDS):
        export(get_kind(name), tmp_path / f"{name}.xlsx", "zh_CN")
    models.open(tmp_path / "other.db")  # another machine, nothing in it
    try:
        for name in ("members", *KINDS):  # references first: courses before sessions…
            result = preview(tmp_path / f"{name}.xlsx")
            assert result.is_clean, [e.message("zh_CN") for e in result.errors]
            apply(result, actor)
            export(get_kind(name), tmp_path / f"{name}-again.xlsx", "zh_CN")
            assert _rows(tmp_path / f"{name}-again.xlsx") == _rows(tmp_path / f"{name}.xlsx")
        assert TrainingRecord.select().count() == 4
        audited = AuditEntry.select().where(AuditEntry.table == "training_record").count()
        assert audited == 4  # written with the records, in the same transaction
        records = {r.starts_at: r for r in member_history(team_and_training["zhang"].uid)}
        first = records[datetime(2026, 3, 12, 14)]
        assert (first.score, first.passed, first.hours) == (88, True, 3)
        assert first.certificate_expires == date(2027, 3, 12)
        assert records[datetime(2026, 11, 20, 14)].passed is False
    finally:
        dbmod.close()
    rows = _rows(tmp_path / "training-records.xlsx")
    assert rows[0][:7] == ("姓名", "课程场次", "出勤", "签到时间", "学时", "成绩", "是否通过")
    assert ("张伟", "SEO与SEM实操 2026-03-12 14:00") in [r[:2] for r in rows]


def test_scores_typed_as_text_and_derived_hours_and_pass(
    team_and_training: dict[str, Any], tmp_path: Path, actor: Actor
) -> None:
    path = workbook(
        tmp_path / "成绩.xlsx",
        "培训记录",
        [
            ["姓名", "课程", "考核成绩", "是否通过", "学时"],
            ["王芳", "SEO与SEM实操 2026-11-20 14:00", "85分", "否", None],
            ["王芳", "短视频脚本与剪辑实战", "９０", None, None],
        ],
    )
    result = preview(path)
    assert result.is_clean, [e.message("zh_CN") for e in result.errors]
    first, second = result.sheets[0].rows
    assert first.status is RowStatus.NEW and first.values["score"] == 85.0
    assert first.values["passed"] is True  # computed from the pass mark 80; the cell is ignored
    assert first.values["hours"] == 2.0  # the session's own hours
    assert second.values["score"] == 90.0 and second.values["passed"] is None  # no pass mark
    assert second.values["hours"] == 2.5  # the course's hours
    apply(result, actor)
    wang = {r.starts_at: r for r in member_history(team_and_training["wang"].uid)}
    seo = wang[datetime(2026, 11, 20, 14)]
    assert (seo.score, seo.passed, seo.hours) == (85, True, 2)
    assert wang[datetime(2026, 5, 21, 9, 30)].score == 90


def test_bad_values_name_sheet_row_and_column_in_chinese(
    team_and_training: dict[str, Any], tmp_path: Path
) -> None:
    path = workbook(
        tmp_path / "bad.xlsx",
        "培训记录",
        [
            ["姓名", "课程场次", "出勤", "成绩"],
            ["张伟", "SEO与SEM实操 2026-11-20 14:00", "出席", "优秀"],
            ["张伟", "SEO与SEM实操 2026-03-12 14:00", "出席", 120],
            ["李雷", "SEO与SEM实操", "出席", 60],
            ["王芳", "SEO与SEM实操 2026-11-20", "请假", 60],
            ["张伟", "直播带货话术 2026-10-15", "出席", None],
        ],
    )
    messages = [e.full_message("zh_CN") for e in preview(path).errors]
    assert messages == [
        "工作表「培训记录」第 2 行「成绩」：“优秀”不是数字",
        "工作表「培训记录」第 3 行「成绩」：应在 0 到 100 之间（当前为 120）",
        "工作表「培训记录」第 4 行「姓名」：没有名为“李雷”的成员",
        "工作表「培训记录」第 4 行「课程场次」：课程“SEO与SEM实操”有多个场次"
        "（2026-03-12 14:00、2026-11-20 14:00）；"
        "请同时写上开始时间，如“SEO与SEM实操 2026-03-12 14:00”",
        "工作表「培训记录」第 5 行「成绩」：王芳 标记为缺席却有成绩；请删除成绩，或改为出席。",
        "工作表「培训记录」第 6 行「课程场次」：没有名为“直播带货话术”的课程；"
        "请先添加该课程（先导入课程表，再导入本表）",
    ]


def test_sessions_and_courses_keep_the_forms_rules(
    team_and_training: dict[str, Any], tmp_path: Path, actor: Actor
) -> None:
    path = workbook(
        tmp_path / "s.xlsx",
        "场次",
        [
            ["课程", "开始时间", "结束时间"],
            [SEO, "2026/12/01 14:00", "2026/12/01 13:00"],
            [SEO, "2026年12月5日 9:30", None],
        ],
    )
    result = preview(path)
    (problem,) = result.errors
    assert problem.full_message("zh_CN") == (
        "工作表「场次」第 2 行「结束时间」：场次的结束时间早于开始时间，请检查开始和结束时间。"
    )
    apply(result, actor, skip_errors=True)
    added = CourseSession.get(CourseSession.starts_at == datetime(2026, 12, 5, 9, 30))
    assert added.course.title == SEO
    assert added.trainer == "百度营销学院"  # no 讲师 column: the course's trainer, as the form
    courses = workbook(
        tmp_path / "c.xlsx",
        "课程",
        [["课程名称", "类别", "及格分"], [SEO, "平台工具", 60], ["新课", "数据", 60]],
    )
    (problem,) = preview(courses).errors
    assert problem.row == 2 and problem.header == "及格分"
    assert "请先在程序的课程页面中修改及格分" in problem.message("zh_CN")


def test_transcript_is_a_print_ready_workbook(
    team_and_training: dict[str, Any], tmp_path: Path
) -> None:
    zhang = team_and_training["zhang"]
    path = write_transcript(zhang.uid, tmp_path / "档案.xlsx", today=date(2026, 11, 26))
    sheet = openpyxl.load_workbook(path)["培训档案"]
    cells = [[c.value for c in row] for row in sheet.iter_rows()]
    text = "\n".join(str(v) for row in cells for v in row if v is not None)
    assert "培训档案" in text and "张伟" in text and "渠道运营" in text and "全部记录" in text
    head = next(i for i, row in enumerate(cells) if row[0] == "序号")
    assert cells[head][1:10] == [
        "课程", "类别", "日期", "出勤", "学时", "成绩", "是否通过", "证书", "证书有效期至",
    ]  # fmt: skip
    table = cells[head + 1 : head + 4]
    assert [r[1] for r in table] == [SEO, VIDEO, SEO]  # oldest first
    assert table[0][5:9] == [3, 88, "是", "百度营销认证（BD-1）"]
    assert table[0][9].date() == date(2027, 3, 12)
    assert table[1][5] == 1.5 and table[2][7] == "否"
    total = cells[head + 4]
    assert total[0] == "合计" and total[5] == 6.5 and total[7] == "1/2"
    setup = sheet.page_setup
    assert (setup.paperSize, setup.orientation, setup.fitToHeight) == (9, "portrait", 0)
    assert setup.fitToWidth in (None, 1)  # one page wide; 1 is OOXML's default, left unwritten
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == f"${head + 1}:${head + 1}"  # the header on every page
    q4 = write_transcript(zhang.uid, tmp_path / "q4.xlsx", "en", period="2026-Q4")
    english = openpyxl.load_workbook(q4)["Transcript"]
    values = [str(c.value) for row in english.iter_rows() for c in row if c.value]
    assert "Period: 2026-Q4 (2026-10-01 to 2026-12-31)" in values
    assert SEO in values and VIDEO not in values  # only the session of 2026-11-20
    empty = write_transcript(zhang.uid, tmp_path / "2025.xlsx", period="2025年")
    cells = [[c.value for c in row] for row in openpyxl.load_workbook(empty).active.iter_rows()]
    assert cells[head + 1][0] == "本期间没有培训记录。"
    assert cells[head + 2][0] == "合计" and cells[head + 2][5] == 0
