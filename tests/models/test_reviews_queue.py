"""审核队列 and review metrics (R-5.4): what waits where, most urgent first, each reviewer's
queue and count, the author's view, and the metrics on a small hand-made set of reviews."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import openpyxl
import pytest
from test_reviews_support import make_team, topic_in_writing

from models import team
from models.reviews import comments, metrics, queue, workflow
from models.topics import drafts
from models.topics.model import Priority

T0 = datetime(2026, 12, 1, 9, 0)


def h(hours: float) -> datetime:
    return T0 + timedelta(hours=hours)


@pytest.fixture
def people(db, actor):
    return make_team(actor)


def test_the_queue_puts_the_most_urgent_and_oldest_first(actor, people):
    """Priority (high first), then due date (soonest, none last), then the longest wait."""
    specs = [
        ("中优先级·明天截止", Priority.MEDIUM, date(2026, 12, 2), 0),
        ("高优先级·无截止", Priority.HIGH, None, 1),
        ("高优先级·下周截止·晚送审", Priority.HIGH, date(2026, 12, 8), 3),
        ("高优先级·下周截止·早送审", Priority.HIGH, date(2026, 12, 8), 2),
        ("高优先级·后天截止", Priority.HIGH, date(2026, 12, 3), 4),
    ]
    for title, priority, due, hour in specs:
        topic = topic_in_writing(actor, people, title=title, priority=priority, due_on=due)
        workflow.submit(people.operator, topic.uid, at=h(hour))
    assert [i.title for i in queue.waiting()] == [
        "高优先级·后天截止",
        "高优先级·下周截止·早送审",
        "高优先级·下周截止·晚送审",
        "高优先级·无截止",
        "中优先级·明天截止",
    ]
    assert [i.title for i in queue.queue_for(people.planner.uid)][0] == "高优先级·后天截止"
    assert queue.queue_count(people.planner.uid) == 5
    assert queue.queue_for(people.editor.uid) == []
    assert queue.counts_by_level() == {"初审": 5}


def test_a_reviewers_queue_leaves_out_what_they_may_not_sign(actor, people):
    mine = topic_in_writing(actor, people, title="黄丽写的", owner_uid=people.both.uid)
    other = topic_in_writing(actor, people, title="王芳写的")
    for hour, topic in enumerate((other, mine)):  # 王芳's waits longer at 二审
        workflow.submit(people.lead, topic.uid, at=h(hour))
        workflow.approve(people.planner, topic.uid, draft_number=1, at=h(hour + 1))
    assert [i.title for i in queue.queue_for(people.both.uid)] == ["王芳写的"]
    greyed = queue.queue_for(people.both.uid, include_blocked=True)
    assert [(i.title, i.refusal) for i in greyed] == [
        ("王芳写的", None),
        ("黄丽写的", "review_own_content"),
    ]
    assert queue.queue_count(people.editor.uid) == 2
    team.set_active(actor, people.editor.uid, False)
    assert queue.queue_for(people.editor.uid) == []  # members who left review nothing


def test_an_edited_draft_appears_where_the_edit_sends_it(actor, people):
    topic = topic_in_writing(actor, people)
    workflow.submit(people.operator, topic.uid)
    workflow.approve(people.planner, topic.uid, draft_number=1)
    workflow.approve(people.editor, topic.uid, draft_number=1)
    workflow.approve(people.compliance, topic.uid, draft_number=1)
    assert queue.waiting() == []
    drafts.save_draft(people.operator, topic.uid, "改了一句话")
    (item,) = queue.waiting()
    assert (item.level_name, item.draft_number, item.pending_sync) == ("初审", 2, True)


def test_the_author_sees_where_each_draft_stands(actor, people):
    first = topic_in_writing(actor, people, title="等待审核的", due_on=date(2026, 12, 5))
    second = topic_in_writing(actor, people, title="被退回的", due_on=date(2026, 12, 20))
    topic_in_writing(actor, people, title="还没送审的")
    workflow.submit(people.operator, first.uid)
    workflow.submit(people.operator, second.uid)
    workflow.request_changes(people.planner, second.uid, draft_number=1, comment="补充数据")
    view = queue.author_view(people.operator.uid)
    assert [(a.state.title, a.state.status, a.needs_me) for a in view] == [
        ("被退回的", "changes", True),
        ("等待审核的", "open", False),
    ]
    assert view[0].awaiting_me == 1 and view[0].state.text("zh_CN") == "「初审」退回修改"
    assert view[1].state.text("en") == "Waiting at 初审"


def test_metrics_per_reviewer_and_level_on_a_small_set(actor, people, tmp_path):
    """Median time to decide from the item reaching the level; comments open and resolved."""
    a = topic_in_writing(actor, people, title="A")
    b = topic_in_writing(actor, people, title="B")
    workflow.submit(people.operator, a.uid, at=h(0))
    workflow.approve(people.planner, a.uid, draft_number=1, at=h(2))  # 2 h at 初审
    workflow.approve(people.editor, a.uid, draft_number=1, at=h(8))  # 6 h at 二审
    workflow.submit(people.operator, b.uid, at=h(1))
    workflow.approve(people.planner2, b.uid, draft_number=1, at=h(5))  # 4 h at 初审
    workflow.request_changes(
        people.editor, b.uid, draft_number=1, comment="补充活动时间", at=h(15)
    )  # 10 h at 二审
    (asked,) = comments.comments(b.uid)
    drafts.save_draft(people.operator, b.uid, "补充了活动时间")
    comments.mark_addressed(people.operator, asked.uid, at=h(20))
    comments.accept(people.editor, asked.uid, at=h(39))  # resolved 24 h after raising
    workflow.submit(people.operator, b.uid, at=h(21))
    comments.add_comment(people.compliance, a.uid, "请附检测报告", at=h(9))
    levels, reviewers = metrics.metrics()
    by_level = {m.level_name: m for m in levels}
    assert [m.level_name for m in levels] == ["初审", "二审", "合规/法务"]
    first, second, last = by_level["初审"], by_level["二审"], by_level["合规/法务"]
    assert (first.waiting, first.decided, first.median_decide_hours) == (0, 2, 3.0)
    assert (second.waiting, second.decided, second.median_decide_hours) == (1, 2, 8.0)
    assert (second.comments_open, second.comments_resolved, second.median_resolve_hours) == (
        0,
        1,
        24.0,
    )
    assert (last.waiting, last.decided, last.comments_open) == (1, 0, 1)
    mine = {(m.reviewer_name, m.level_name): m for m in reviewers}
    assert mine[("张伟", "初审")].median_decide_hours == 2.0
    assert mine[("李娜", "初审")].median_decide_hours == 4.0
    editor = mine[("刘洋", "二审")]
    assert (editor.waiting, editor.decided, editor.median_resolve_hours) == (1, 2, 24.0)
    assert (mine[("杨帆", "合规/法务")].waiting, mine[("杨帆", "合规/法务")].comments_open) == (
        1,
        1,
    )
    in_december_2 = metrics.metrics(since=h(10), until=h(40))[0]
    assert {m.level_name: m.decided for m in in_december_2}["二审"] == 1  # only B's decision
    path = metrics.export_metrics(tmp_path / "审核指标.xlsx", lang="zh_CN")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["按级别", "按审核人"]
    second_row = [r for r in book["按级别"].iter_rows(values_only=True) if r[0] == "二审"][0]
    assert second_row[1:5] == ("全体", 1, 2, 8)
