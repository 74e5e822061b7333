"""导出审核指标 and 导出审核历史 through the actions (R-5.4, R-7.3): a period, a file name, a
background job; the workbooks open with openpyxl and hold the rows. Cancel leaves no file."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from test_tools_support import (
    answer_save,
    at_second_review,
    busy_pool,
    make_team,
    tools_on_page,
    wait_task,
)

from models.reviews import comments, workflow
from models.reviews.comments import Passage
from ui.reviews.exports import ALL, LAST_QUARTER, THIS_QUARTER, PeriodDialog, preset_period


@pytest.fixture
def people(db, actor, me):
    return make_team(actor, me)


@pytest.fixture
def tools(qtbot, settings, session, people):
    page, found = tools_on_page(qtbot, settings, session)
    yield found
    del page


@pytest.fixture
def reviewed(actor, people):
    """One topic through 初审 and 二审 with a comment raised and resolved; one at 二审."""
    done = at_second_review(actor, people, "冬至限定", "冬至到了，一杯姜汁奶茶，把冬天喝暖。")
    note = comments.add_comment(people.editor, done.uid, "语气再亲切些", passage=Passage(0, 4))
    comments.mark_addressed(people.operator, note.uid, "已调整")
    comments.accept(people.editor, note.uid)
    workflow.approve(people.editor, done.uid, draft_number=1)
    waiting = at_second_review(actor, people, "双12领券", "双12会员专享券来啦！")
    return done, waiting


def rows(path, sheet: str) -> list[tuple]:
    return list(openpyxl.load_workbook(path)[sheet].iter_rows(values_only=True))


def choose_period(tools, action, preset: int) -> PeriodDialog:
    action.trigger()
    dialog = tools.dialog
    assert isinstance(dialog, PeriodDialog) and dialog.isVisible()
    dialog.set_preset(preset)
    dialog.buttons.accepted.emit()  # 下一步… (then the patched save dialog answers)
    return dialog


def test_review_metrics_export_per_level_and_reviewer(
    qtbot, zh, tools, reviewed, tmp_path, monkeypatch
):
    menu = [a.text() for a in tools.export_action.menu().actions()]
    assert menu == ["导出审核指标…", "导出审核历史…", "导出审核包…"]
    dest = tmp_path / "审核指标"
    suggested = answer_save(monkeypatch, dest)  # typed without .xlsx
    choose_period(tools, tools.metrics_action, ALL)
    assert suggested[0].endswith("审核指标 全部.xlsx")
    wait_task(qtbot, tools.task)
    assert tools.task.outcome == "ok"
    path = dest.with_name("审核指标.xlsx")
    levels = rows(path, "按级别")
    assert levels[0][:4] == ("审核级别", "审核人", "待审", "已决定")
    by_level = {r[0]: r for r in levels[1:]}
    assert by_level["初审"][2:4] == (0, 2)  # two decisions, none waiting
    assert by_level["二审"][2:4] == (1, 1)
    assert by_level["二审"][5:7] == (0, 1)  # the comment raised and resolved
    reviewers = {(r[0], r[1]) for r in rows(path, "按审核人")[1:]}
    assert {("初审", "张伟"), ("二审", "刘洋")} <= reviewers


def test_review_history_export_for_a_self_audit(qtbot, zh, tools, reviewed, tmp_path, monkeypatch):
    dest = tmp_path / "自查.xlsx"
    answer_save(monkeypatch, dest)
    choose_period(tools, tools.history_action, THIS_QUARTER)
    wait_task(qtbot, tools.task)
    history = rows(dest, "审核记录")
    assert history[0] == ("时间", "选题", "稿件版本", "事件", "审核级别", "操作人", "说明")
    events = [(r[1], r[3], r[5]) for r in history[1:]]
    for expected in (
        ("冬至限定", "送审", "王芳"),
        ("冬至限定", "通过", "张伟"),
        ("冬至限定", "提出意见", "刘洋"),
        ("冬至限定", "意见已处理", "王芳"),
        ("冬至限定", "确认意见已解决", "刘洋"),
        ("冬至限定", "通过", "刘洋"),
        ("双12领券", "送审", "王芳"),
    ):
        assert expected in events
    assert rows(dest, "豁免记录")[1:] == []

    # the quarter before holds nothing: the period limits the rows
    earlier = tmp_path / "上季度.xlsx"
    answer_save(monkeypatch, earlier)
    choose_period(tools, tools.history_action, LAST_QUARTER)
    wait_task(qtbot, tools.task)
    assert len(rows(earlier, "审核记录")) == 1


def test_cancel_leaves_no_file_and_keeps_the_old_one(qtbot, zh, tools, reviewed, tmp_path):
    dest = tmp_path / "history.xlsx"
    dest.write_bytes(b"the old file")
    with busy_pool():
        task = tools.export_history_to(dest)
        task.cancel()
    wait_task(qtbot, task)
    assert task.outcome == "cancelled"
    assert dest.read_bytes() == b"the old file"
    assert sorted(p.name for p in tmp_path.iterdir() if "history" in p.name) == ["history.xlsx"]


def test_periods_are_whole_quarters_months_and_years():
    day = date(2026, 11, 26)
    assert preset_period(THIS_QUARTER, day) == (date(2026, 10, 1), day)
    assert preset_period(LAST_QUARTER, day) == (date(2026, 7, 1), date(2026, 9, 30))
    assert preset_period(LAST_QUARTER, date(2026, 2, 1)) == (date(2025, 10, 1), date(2025, 12, 31))
    assert preset_period(ALL, day) == (None, None)


def test_chosen_days_come_back_in_order(qtbot, zh):
    dialog = PeriodDialog("t", "e", today=date(2026, 11, 26))
    qtbot.addWidget(dialog)
    dialog.set_days(date(2026, 11, 20), date(2026, 11, 1))
    assert dialog.period() == (date(2026, 11, 1), date(2026, 11, 20))
    assert dialog.period_text() == "2026-11-01至2026-11-20"
    dialog.set_preset(ALL)
    assert dialog.period() == (None, None)
