"""The 审核队列 page (R-5.4): my queue most urgent first, items separation of duties keeps
from me greyed, the sidebar count, my drafts, everything waiting, and the metrics."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from test_review_flow_support import (
    act_as,
    make_team,
    reviews_page,
    sidebar_text,
    topic_in_writing,
)

from models.reviews import workflow
from models.topics import editing
from models.topics.model import Priority
from ui import events
from ui.reviews.page import MINE, QUEUE
from ui.team_page import TeamPage


@pytest.fixture
def people(actor, me):
    return make_team(actor, me)


def _submitted(actor, people, title: str, **fields) -> str:
    topic = topic_in_writing(actor, people)
    editing.edit_topic(actor, topic.uid, None, title=title, **fields)
    workflow.submit(people.planner, topic.uid)
    return topic.uid


def test_my_queue_is_most_urgent_first_and_greys_what_i_may_not_sign(
    qtbot, qtmodeltester, window, session, actor, people
):
    _submitted(actor, people, "低优先级", priority=Priority.LOW)
    _submitted(actor, people, "高优先级晚截止", priority=Priority.HIGH, due_on=date(2026, 12, 20))
    _submitted(actor, people, "高优先级早截止", priority=Priority.HIGH, due_on=date(2026, 12, 1))
    signed = _submitted(actor, people, "黄丽签过初审", priority=Priority.HIGH)
    workflow.approve(people.both, signed, draft_number=1)  # now at 二审: not hers to sign

    page = reviews_page(window)
    act_as(session, people.both)
    titles = [(i.title, i.level_name, i.refusal) for i in page.queue_items()]
    assert titles == [
        ("高优先级早截止", "初审", None),
        ("高优先级晚截止", "初审", None),
        ("黄丽签过初审", "二审", "review_one_level"),
        ("低优先级", "初审", None),
    ]
    model = page.queue_model
    qtmodeltester.check(model)
    greyed = model.index(2, len(model.columns) - 1)
    assert "another level" in greyed.data()
    assert model.index(2, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    # the count is what she may sign now, in the sidebar and on the tab
    assert sidebar_text(window, page) == "Review Queue (3)"
    assert page.tabs.tabText(QUEUE) == "Waiting for Me (3)"


def test_the_sidebar_count_follows_writes_while_another_page_is_shown(
    qtbot, window, session, actor, people
):
    page = reviews_page(window)
    act_as(session, people.editor)
    assert sidebar_text(window, page) == "Review Queue"
    uid = _submitted(actor, people, "冬至限定")
    window.show_page(next(p for p in window.pages if isinstance(p, TeamPage)))
    workflow.approve(people.planner, uid, draft_number=1)
    events.announce("review_round")  # as the review screen does after a decision
    assert sidebar_text(window, page) == "Review Queue (1)"
    assert page.stale  # the tables re-read when the page is shown again
    window.show_page(page)
    assert [i.title for i in page.queue_items()] == ["冬至限定"]


def test_my_drafts_everything_waiting_and_the_metrics(qtbot, window, session, actor, people):
    first = _submitted(actor, people, "已过初审")
    _submitted(actor, people, "刚送审")
    workflow.approve(people.both, first, draft_number=1)
    page = reviews_page(window)

    act_as(session, people.planner)  # the author of both
    page.show_tab(MINE)
    steps = {i.state.title: i.state.text() for i in page.my_items()}
    assert steps == {"已过初审": "Waiting at 二审", "刚送审": "Waiting at 初审"}

    act_as(session, people.compliance)  # nothing at 合规 yet …
    page.show_tab(QUEUE)
    assert page.queue_items() == [] and page.queue_empty.isVisibleTo(page)
    page.all_check.setChecked(True)  # … but everything waiting shows both levels
    assert sorted(i.level_name for i in page.queue_items()) == ["二审", "初审"]

    rows = {(m.level_name, m.reviewer_name): m for m in page.metrics_model.rows()}
    assert rows[("初审", "")].waiting == 1 and rows[("初审", "")].decided == 1
    assert rows[("二审", "刘洋")].waiting == 1
    assert rows[("初审", "黄丽")].decided == 1
    assert "初审 1" in page.counts_label.text() and "二审 1" in page.counts_label.text()


def test_without_a_member_the_page_says_whom_to_choose(qtbot, window, session, people):
    session.set_member(None)
    page = reviews_page(window)
    assert page.badge() == 0 and page.queue_items() == []
    assert "Switch User" in page.who_label.text()
