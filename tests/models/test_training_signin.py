"""Sign-in sheets (签到表, R-4.2): reading them as circulated, and importing attendance."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import openpyxl
import pytest

from models import team, training
from models.errors import ValidationError
from models.team import Role
from models.training import SigninRow, SigninRowError, TrainingRecord

DAY = date(2026, 11, 20)


@pytest.mark.parametrize(
    "value, expected",
    [
        (datetime(2026, 11, 20, 13, 55, 0, 500), datetime(2026, 11, 20, 13, 55)),
        ("2026/11/20 14:02", datetime(2026, 11, 20, 14, 2)),
        ("2026年11月20日 13:58", datetime(2026, 11, 20, 13, 58)),
        ("2026年11月20日13时58分", datetime(2026, 11, 20, 13, 58)),
        ("2026-11-20 14:00:30", datetime(2026, 11, 20, 14, 0, 30)),
        ("２０２６／１１／２０　１４：０５", datetime(2026, 11, 20, 14, 5)),
        ("13:58", datetime(2026, 11, 20, 13, 58)),
        (time(13, 50), datetime(2026, 11, 20, 13, 50)),
        (46346.58, datetime(2026, 11, 20, 13, 55, 12)),  # an Excel serial left unformatted
        (None, None),
        ("  ", None),
        ("—", None),
        ("请假", None),
    ],
)
def test_parse_time(value, expected):
    assert training.parse_time(value, DAY) == expected


@pytest.mark.parametrize("value", ["下午两点", "2026/13/40 14:00", "25:61"])
def test_parse_time_refuses_what_it_cannot_read(value):
    with pytest.raises(ValueError):
        training.parse_time(value, DAY)


def test_a_bare_clock_time_needs_the_training_day():
    with pytest.raises(ValueError):
        training.parse_time("13:58", None)


@pytest.mark.parametrize(
    "value, expected",
    [
        (88, 88.0),
        ("92", 92.0),
        ("85分", 85.0),
        (79.5, 79.5),
        ("９０", 90.0),
        (" 76.5 分 ", 76.5),
        ("", None),
        (None, None),
        ("-", None),
        ("缺席", None),
    ],
)
def test_parse_score(value, expected):
    assert training.parse_score(value) == expected


@pytest.mark.parametrize("value", ["八十", "优秀", "85/100"])
def test_parse_score_refuses_words(value):
    with pytest.raises(ValueError):
        training.parse_score(value)


def test_absence_rule():
    assert training.is_absent(None, None, "")
    assert training.is_absent(datetime(2026, 11, 20, 14), None, "中途请假")
    assert not training.is_absent(None, 80, "")
    assert not training.is_absent(datetime(2026, 11, 20, 14), None, "迟到")


def test_reads_the_sheet_as_circulated(fixtures_dir):
    sheet = training.read_signin_sheet(
        fixtures_dir / "as-users-make-them" / "training-signin-as-circulated.xlsx"
    )
    assert sheet.header_row == 3 and sheet.day == DAY and sheet.issues == ()
    assert "SEO与SEM实操培训" in sheet.title_lines[0]
    assert [r.name for r in sheet.rows] == ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆"]
    assert [r.name for r in sheet.rows if r.absent] == ["刘洋"]
    assert [r.score for r in sheet.rows if not r.absent] == [88, 92, 85, 79.5, 90]
    assert sheet.rows[1].signed_in_at == datetime(2026, 11, 20, 14, 2)
    assert sheet.rows[4].signed_in_at == datetime(2026, 11, 20, 13, 58)
    assert sheet.rows[1].note == "迟到2分钟" and sheet.rows[3].row == 7


def _write_sheet(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    book.active.title = "说明"  # a first sheet without a header: the reader moves on
    book.active.append(["本文件为签到表"])
    sheet = book.create_sheet("签到")
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_other_header_words_bare_times_and_unreadable_cells(tmp_path):
    path = _write_sheet(
        tmp_path / "signin.xlsx",
        [
            ["短视频剪辑培训签到表 2026.11.20"],
            [],
            ["No.", "学员姓名", "签到", "得分", "说明"],
            [1, "张　伟", "13:55", "88分", None],
            [2, "王芳", "14:02", "八十", None],
            [3, "赵六", "下午", 70, None],
            [],
            [None, None, None, None, "制表：刘洋"],
        ],
    )
    sheet = training.read_signin_sheet(path)
    assert sheet.sheet == "签到" and sheet.header_row == 3 and sheet.day == DAY
    assert [(r.name, r.signed_in_at, r.score) for r in sheet.rows] == [
        ("张 伟", datetime(2026, 11, 20, 13, 55), 88.0)  # the full-width space is folded
    ]
    issues = [(i.code, i.row, i.column, i.value) for i in sheet.issues]
    assert issues == [
        ("training_signin_bad_score", 5, "D", "八十"),
        ("training_signin_bad_time", 6, "C", "下午"),
    ]
    assert "第 5 行 D 列" in sheet.issues[0].message("zh_CN")
    assert "row 6, column C" in sheet.issues[1].message("en")


def test_a_wrong_sheet_size_written_by_another_program_does_not_hide_rows(tmp_path):
    import re
    import zipfile

    good = _write_sheet(tmp_path / "good.xlsx", [["姓名", "成绩"], ["张伟", 90], ["王芳", 80]])
    bad = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet2.xml":
                data = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1"', data)
            dst.writestr(item, data)
    assert [r.name for r in training.read_signin_sheet(bad).rows] == ["张伟", "王芳"]


def test_a_sheet_without_a_name_header_is_refused(tmp_path, fixtures_dir):
    path = _write_sheet(tmp_path / "x.xlsx", [["序号", "人员", "成绩"], [1, "张伟", 90]])
    with pytest.raises(ValidationError) as info:
        training.read_signin_sheet(path)
    assert info.value.code == "training_signin_no_header" and "x.xlsx" in info.value.message()


@pytest.mark.parametrize("name", ["pass_protected.xlsx", "not-a-workbook.xlsx"])
def test_files_that_are_not_workbooks_are_refused_with_a_message(tmp_path, fixtures_dir, name):
    path = fixtures_dir / "xlsx-other-programs" / name
    if not path.exists():
        path = tmp_path / name
        path.write_text("这不是表格")
    with pytest.raises(ValidationError) as info:
        training.read_signin_sheet(path)
    assert info.value.code == "training_signin_not_xlsx"
    assert name in info.value.message("zh_CN")


@pytest.fixture
def people(db, actor):
    names = {"张伟": Role.CONTENT_PLANNER, "王芳": Role.CHANNEL_OPERATOR, "李娜": Role.DATA_ANALYST}
    return {n: team.add_member(actor, n, [r]).uid for n, r in names.items()}


@pytest.fixture
def session(db, actor):
    course = training.add_course(
        actor, "SEO与SEM实操", "platform_tools", hours=3, pass_mark=80, capacity=2
    )
    return training.add_session(actor, course.uid, datetime(2026, 11, 20, 14, 0)).uid


ROWS = [
    SigninRow("张 伟", datetime(2026, 11, 20, 13, 55), 88, "", 4),
    SigninRow("王芳", datetime(2026, 11, 20, 14, 2), 79.5, "迟到", 5),
    SigninRow("李娜（实习）", datetime(2026, 11, 20, 13, 50), 85, "", 6),
    SigninRow("外部嘉宾", datetime(2026, 11, 20, 13, 51), None, "", 7),
    SigninRow("刘洋", None, None, "请假", 8),
]


def test_propose_mapping_matches_exact_names_and_lists_the_rest(people):
    proposal = training.propose_mapping(r.name for r in ROWS)
    assert proposal.matched == {"张 伟": people["张伟"], "王芳": people["王芳"]}
    assert proposal.unknown == ("李娜（实习）", "外部嘉宾", "刘洋")


def test_import_maps_an_unknown_name_skips_another_and_records_the_absent(people, session, actor):
    liu = team.add_member(actor, "刘洋", [Role.EDITOR]).uid
    mapping = training.propose_mapping(r.name for r in ROWS).matched | {
        "李娜（实习）": people["李娜"],  # the user mapped it
        "外部嘉宾": None,  # and skipped this one
    }
    result = training.import_signin(actor, session, ROWS, mapping)
    assert (result.created, result.updated, result.attended, result.absent, result.skipped) == (
        4,
        0,
        3,
        1,
        0 + 1,
    )
    assert result.over_capacity == 1  # three came, the course takes two: a warning
    roster = {r.member_name: r for r in training.session_roster(session)}
    assert set(roster) == {"张伟", "王芳", "李娜", "刘洋"}
    assert roster["刘洋"].status == "absent" and roster["刘洋"].notes == "请假"
    assert roster["刘洋"].member_uid == liu and roster["刘洋"].hours == 0
    assert (roster["王芳"].score, roster["王芳"].passed, roster["王芳"].hours) == (79.5, False, 3)
    assert roster["张伟"].signed_in_at == datetime(2026, 11, 20, 13, 55)


def test_reimporting_a_corrected_sheet_updates_and_keeps_app_notes(people, session, actor):
    mapping = {"张伟": people["张伟"], "王芳": people["王芳"]}
    rows = [SigninRow("张伟", None, 70, "", 4), SigninRow("王芳", None, 90, "", 5)]
    training.import_signin(actor, session, rows, mapping)
    [zhang] = [r for r in training.session_roster(session) if r.member_name == "张伟"]
    training.edit_record(actor, zhang.uid, None, notes="补考")
    fixed = [SigninRow("张伟", None, 85, "", 4), SigninRow("王芳", None, 90, "", 5)]
    result = training.import_signin(actor, session, fixed, mapping)
    assert (result.created, result.updated) == (0, 2)
    [zhang] = [r for r in training.session_roster(session) if r.member_name == "张伟"]
    assert (zhang.score, zhang.passed, zhang.notes) == (85, True, "补考")


def test_a_failing_row_leaves_nothing_written(people, session, actor):
    rows = [
        SigninRow("张伟", None, 88, "", 4),
        SigninRow("王芳", None, 80, "请假", 5),  # absent with a score: contradictory
    ]
    mapping = {"张伟": people["张伟"], "王芳": people["王芳"]}
    with pytest.raises(SigninRowError) as info:
        training.import_signin(actor, session, rows, mapping)
    assert TrainingRecord.select().count() == 0
    assert info.value.row == 5 and info.value.code == "training_absent_with_score"
    assert info.value.message("zh_CN").startswith("签到表第 5 行（王芳）：")
    assert "row 5 (王芳)" in info.value.message("en")
    bad_score = [SigninRow("张伟", None, 88, "", 4), SigninRow("王芳", None, 150, "", 5)]
    with pytest.raises(SigninRowError) as info:
        training.import_signin(actor, session, bad_score, mapping)
    assert info.value.code == "training_out_of_range" and TrainingRecord.select().count() == 0


def test_every_name_must_be_mapped_or_skipped(people, session, actor):
    with pytest.raises(ValidationError) as info:
        training.import_signin(actor, session, ROWS, {"张 伟": people["张伟"]})
    assert info.value.code == "training_signin_unmapped"
    assert "外部嘉宾" in info.value.message()
    assert TrainingRecord.select().count() == 0


def test_two_rows_cannot_go_to_one_member(people, session, actor):
    rows = [SigninRow("张伟", None, 88, "", 4), SigninRow("张 伟", None, 90, "", 9)]
    with pytest.raises(ValidationError) as info:
        training.import_signin(
            actor, session, rows, {"张伟": people["张伟"], "张 伟": people["张伟"]}
        )
    assert info.value.code == "training_signin_same_member" and "4、9" in info.value.message()
    assert TrainingRecord.select().count() == 0


def test_fixture_end_to_end(fixtures_dir, db, actor):
    from models import demo

    demo.fill(actor)
    sheet = training.read_signin_sheet(
        fixtures_dir / "as-users-make-them" / "training-signin-as-circulated.xlsx"
    )
    proposal = training.propose_mapping(r.name for r in sheet.rows)
    assert proposal.unknown == ()
    [seo] = [s for s in training.list_sessions(period="2026-Q4") if s.starts_at.day == 20]
    result = training.import_signin(actor, seo.uid, sheet.rows, proposal.matched)
    assert (result.attended, result.absent) == (5, 1)
    report = training.course_report(seo.course_uid)
    assert report.attendance_rate == pytest.approx(5 / 6)
    assert report.average_score == pytest.approx((88 + 92 + 85 + 79.5 + 90) / 5)
    assert report.pass_rate == pytest.approx(4 / 5)  # 79.5 misses the pass mark of 80
