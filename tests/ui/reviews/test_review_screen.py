"""The review screen (R-5.4, R-2.1): hits highlighted where they are (emoji and all) with
their legal basis, comments on a selected passage, the changes since the last round, and a
decision someone else took meanwhile shown as a message, not applied."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QToolTip
from test_review_flow_support import (
    act_as,
    capture_messages,
    make_team,
    now,
    open_first,
    reviews_page,
    topic_in_writing,
)

from models.reviews import comments, workflow
from models.reviews.schema import ContentField
from models.topics import drafts
from tests.ui.conftest import OFFSCREEN_NOISE
from ui.reviews.comments_dialog import CommentDialog
from ui.reviews.highlight import BLOCKING_BG, WARNING_BG, utf16_offset

EMOJI_BODY = "🔥🔥冬至限定！全网最低价，手慢无。"


@pytest.fixture
def people(actor, me):
    return make_team(actor, me)


@pytest.fixture
def messages_shown(monkeypatch) -> list[str]:
    return capture_messages(monkeypatch)


@pytest.mark.qt_log_ignore(OFFSCREEN_NOISE, "does not support raise")  # offscreen tooltips
def test_hits_are_marked_where_they_are_with_what_the_law_says(
    qtbot, window, session, actor, people
):
    topic = topic_in_writing(actor, people, EMOJI_BODY)
    workflow.submit(people.planner, topic.uid)
    page = reviews_page(window)
    act_as(session, people.planner)
    screen = open_first(page)
    body = screen.draft.views[ContentField.BODY]
    marks = {
        (s.cursor.selectionStart(), s.cursor.selectionEnd()): s.format.background().color()
        for s in body.extraSelections()
    }
    # two emoji take four UTF-16 units before the text: the marks sit on the words anyway
    low = EMOJI_BODY.index("全网最低价")
    hurry = EMOJI_BODY.index("手慢无")
    blocking = (utf16_offset(EMOJI_BODY, low), utf16_offset(EMOJI_BODY, low + 5))
    warning = (utf16_offset(EMOJI_BODY, hurry), utf16_offset(EMOJI_BODY, hurry + 3))
    assert marks == {blocking: QColor(BLOCKING_BG), warning: QColor(WARNING_BG)}

    # the tooltip over the blocking word names the category, the law and the rewording
    body.show()
    cursor = body.textCursor()
    cursor.setPosition(blocking[0] + 1)
    where = body.viewport().mapTo(body, body.cursorRect(cursor).center())
    event = QHelpEvent(QEvent.Type.ToolTip, where, body.mapToGlobal(where))
    body.event(event)
    tip = QToolTip.text()
    assert "全网最低价" in tip and "Inducement to buy" in tip
    assert "Legal basis" in tip and "写明具体价格与活动时间" in tip
    QToolTip.hideText()
    # the hits table lists both; choosing one selects it in the text
    screen.hits.select(1)
    assert body.selected_range() == (hurry, hurry + 3)
    assert not screen.hits.waive_button.isVisible()  # a planner does not waive


def test_a_comment_points_at_the_passage_selected(qtbot, window, session, actor, people):
    topic = topic_in_writing(actor, people, EMOJI_BODY)
    workflow.submit(people.planner, topic.uid)
    page = reviews_page(window)
    act_as(session, people.planner)
    screen = open_first(page)
    title = screen.draft.views[ContentField.TITLE]
    title.select_range(0, 2)  # 冬至
    dialog = screen.comment_on_selection()
    assert isinstance(dialog, CommentDialog) and "冬至" in dialog.quote_label.text()
    dialog.text_edit.setPlainText("标题请加上“新品”")
    dialog.accept()
    [raised] = comments.comments(topic.uid)
    assert (raised.field, raised.quote, raised.level_name) == ("title", "冬至", "初审")
    # the screen re-read itself: the comment is listed and its passage marked
    assert [c.uid for c in screen.comments.comments()] == [raised.uid]
    assert any(m.comment is not None for m in title.marks)
    title.select_range(3, 4)
    screen.comments.table.selectRow(0)  # choosing the comment shows its passage
    assert title.selected_range() == (0, 2)


def test_the_changes_since_the_last_round_are_shown(qtbot, window, session, actor, people):
    topic = topic_in_writing(actor, people)
    workflow.submit(people.planner, topic.uid)
    workflow.request_changes(people.planner, topic.uid, draft_number=1, comment="请加门店信息")
    drafts.save_draft(people.planner, topic.uid, "冬至到了，来一杯。\n门店：人民路 88 号")
    workflow.submit(people.planner, topic.uid)
    page = reviews_page(window)
    act_as(session, people.both)
    screen = open_first(page)
    assert "version 1 → version 2" in screen.changes.info.text()
    diff = screen.changes.diff
    assert diff is not None and diff.text.inserted_chars > 0
    entries = [e.event for e in screen.history.entries()]
    assert entries[0] == "resubmitted" and "changes_requested" in entries


def test_a_decision_taken_meanwhile_is_shown_and_not_applied(
    qtbot, window, session, actor, people, messages_shown
):
    topic = topic_in_writing(actor, people)
    workflow.submit(people.planner, topic.uid)
    page = reviews_page(window)
    act_as(session, people.both)
    screen = open_first(page)
    assert screen.state is not None and screen.state.pending.name == "初审"
    workflow.approve(people.planner, topic.uid, draft_number=1)  # 张伟, elsewhere, first
    dialog = screen.request_changes()
    assert dialog is not None
    dialog.text_edit.setPlainText("请补充活动时间")
    dialog.accept()
    assert "no longer the level waiting" in messages_shown[-1]
    assert not dialog.isVisible()
    assert now(topic.uid).pending.name == "二审" and comments.comments(topic.uid) == []
    assert screen.state.pending.name == "二审"  # the screen shows the item as it is now


def test_the_review_screen_reads_in_chinese(qtbot, zh, window, session, actor, people):
    topic = topic_in_writing(actor, people, EMOJI_BODY)
    workflow.submit(people.planner, topic.uid)
    page = reviews_page(window)
    act_as(session, people.planner)
    assert page.title() == "审核队列" and page.tabs.tabText(0) == "待我审核（1）"
    screen = open_first(page)
    buttons = (screen.approve_button, screen.changes_button, screen.reject_button)
    assert [b.text() for b in buttons] == ["通过", "要求修改…", "驳回…"]
    assert screen.hint_label.text() == "由您签核「初审」：请选择通过、要求修改或驳回。"
    severities = [screen.hits.model.index(r, 2).data() for r in range(2)]
    assert severities == ["禁止", "提示"]
    assert screen.status_label.text().startswith("<b style='color:#1f5fbf'>待「初审」审核</b>")
