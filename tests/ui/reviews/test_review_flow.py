"""R-5.4 done-when, in the GUI: a draft goes 初审 → 二审 → 合规 signed by three different
members and reaches 发布; a blocking Advertising-Law hit stops 合规 until it is waived with a
reason, or fixed; changes requested with a comment are answered by the author, accepted by
the reviewer, and the resubmission returns to the level that asked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from test_review_flow_support import (
    FIXED,
    act_as,
    capture_messages,
    make_team,
    now,
    open_first,
    reviews_page,
    sidebar_text,
    topic_in_writing,
)

from models.reviews import comments, history, hits, workflow
from models.reviews.schema import CommentStatus, ContentField
from models.topics import drafts
from models.topics.model import Stage, Topic
from ui.reviews.comments_dialog import CommentDialog
from ui.reviews.waiver_dialog import WaiverDialog
from ui.topics.page import BOARD, TopicsPage


@pytest.fixture
def people(actor, me):
    return make_team(actor, me)


@pytest.fixture
def messages_shown(monkeypatch) -> list[str]:
    return capture_messages(monkeypatch)


def test_three_members_sign_the_three_levels_and_the_topic_is_published(
    qtbot, window, session, actor, people, messages_shown
):
    topic = topic_in_writing(actor, people)
    act_as(session, people.planner)

    # the writer moves the card 撰写 → 审核 on the board: that submits it (R-5.4 hook)
    topics = next(p for p in window.pages if isinstance(p, TopicsPage))
    window.show()
    window.show_page(topics)
    topics.show_view(BOARD)
    assert topics.board.move_card(topic.uid, Stage.REVIEW)
    assert now(topic.uid).pending.name == "初审"

    page = reviews_page(window)
    # 初审 is not independent: the planner who wrote it may sign it; the sidebar counts it
    assert sidebar_text(window, page) == "Review Queue (1)"
    assert [i.level_name for i in page.queue_items()] == ["初审"]
    page.queue_table.setFocus()
    page.queue_table.selectRow(0)
    qtbot.keyClick(page.queue_table, Qt.Key.Key_Return)  # Enter opens the review screen
    screen = page.screen
    assert screen is not None and screen.topic_uid == topic.uid
    screen.approve_button.click()
    assert now(topic.uid).pending.name == "二审"
    assert sidebar_text(window, page) == "Review Queue"  # nothing waits for 张伟 any more

    act_as(session, people.editor)
    assert sidebar_text(window, page) == "Review Queue (1)"
    screen = open_first(page)
    screen.approve_button.click()
    assert now(topic.uid).pending.name == "合规/法务"

    # 合规: the blocking hit 最好 stops the approval, and the screen says why
    act_as(session, people.compliance)
    screen = open_first(page)
    found = screen.hits.hits()
    assert [(h.hit.text, h.open_blocking) for h in found] == [("最好", True)]
    assert "最好" in screen.hint_label.text()
    screen.approve_button.click()
    assert messages_shown and "blocking Advertising-Law hit" in messages_shown[-1]
    assert now(topic.uid).pending.name == "合规/法务"

    # waived with a written reason (none: refused, the dialog stays open)
    screen.hits.select(0)
    assert screen.hits.waive_button.isEnabled()
    screen.hits.waive_button.click()
    dialog = screen.dialog
    assert isinstance(dialog, WaiverDialog)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and "Reason" in dialog.error_label.text()
    dialog.reason_edit.setPlainText("门店口味评比第一名，证书存档 2026-011")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert [w.reason for w in hits.waivers(topic.uid)] == ["门店口味评比第一名，证书存档 2026-011"]
    assert not screen.hits.hits()[0].open_blocking  # the screen re-read itself
    screen.approve_button.click()
    done = now(topic.uid)
    assert done.status == "approved"
    assert [lv.reviewer_name for lv in done.levels] == ["张伟", "刘洋", "杨帆"]
    assert not screen.publish_button.isEnabled()  # a reviewer does not move topics

    # the author sees it approved in 我的稿件 and moves it to 发布 from the review screen
    act_as(session, people.planner)
    page.show_tab(1)
    assert [i.state.status for i in page.my_items()] == ["approved"]
    page.mine_table.selectRow(0)
    screen = page.open_selected()
    assert screen is not None and screen.publish_button.isEnabled()
    screen.publish_button.click()
    assert Topic.by_uid(topic.uid).stage == Stage.PUBLISH
    events = [e.event for e in history.history(topic.uid)]
    assert events.count("approved") == 3 and "hit_waived" in events


def test_a_blocking_hit_is_fixed_after_changes_requested_and_the_round_returns_there(
    qtbot, window, session, actor, people, messages_shown
):
    topic = topic_in_writing(actor, people)
    workflow.submit(people.planner, topic.uid)
    workflow.approve(people.planner, topic.uid, draft_number=1)
    workflow.approve(people.editor, topic.uid, draft_number=1)
    page = reviews_page(window)

    # 合规 points at the word and requests changes; a comment is required
    act_as(session, people.compliance)
    screen = open_first(page)
    body = screen.draft.views[ContentField.BODY]
    start = body.text().index("最好喝")
    body.select_range(start, start + 3)
    screen.changes_button.click()
    dialog = screen.dialog
    assert isinstance(dialog, CommentDialog)
    assert not dialog.ok_button.isEnabled()  # anything but approve needs a comment
    assert "最好喝" in dialog.quote_label.text()
    dialog.text_edit.setPlainText("“最好喝”属绝对化用语，请改写。")
    dialog.accept()
    asked = now(topic.uid)
    assert (asked.status, asked.asked.name) == ("changes", "合规/法务")
    [raised] = comments.comments(topic.uid)
    assert (raised.quote, raised.status) == ("最好喝", CommentStatus.OPEN)

    # the author: 我的稿件 says it needs him; he answers, edits and resubmits
    act_as(session, people.planner)
    page.show_tab(1)
    [mine] = page.my_items()
    assert mine.needs_me and mine.awaiting_me == 1
    page.mine_table.selectRow(0)
    screen = page.open_selected()
    assert screen is not None
    screen.comments.table.selectRow(0)
    reply = screen.comments.address_selected()
    assert reply is not None
    reply.text_edit.setPlainText("已改为“现熬的姜汁奶茶”。")
    reply.accept()
    assert comments.comments(topic.uid)[0].status is CommentStatus.ADDRESSED
    editor = screen.edit_draft()
    editor.editor.setPlainText(FIXED)
    editor.save_button.click()
    editor.reject()
    assert drafts.latest(topic.uid).number == 2
    assert screen.submit_button.text() == "Resubmit" and screen.submit_button.isEnabled()
    screen.submit_button.click()
    back = now(topic.uid)
    assert back.pending.name == "合规/法务"  # returns to the level that asked
    assert [lv.state for lv in back.levels] == ["carried", "carried", "pending"]

    # the reviewer accepts the answer before approving (an addressed comment still holds it)
    act_as(session, people.compliance)
    screen = open_first(page)
    assert not screen.hits.hits()  # fixed: no hit left
    screen.approve_button.click()
    assert "still open" in messages_shown[-1]
    screen.comments.table.selectRow(0)
    screen.comments.accept_button.click()
    assert comments.comments(topic.uid)[0].status is CommentStatus.RESOLVED
    screen.approve_button.click()
    assert now(topic.uid).status == "approved"


def test_separation_of_duties_is_shown_as_a_message(
    qtbot, window, session, actor, people, messages_shown
):
    """黄丽 holds both planner and editor: she signs 初审, not 二审 of the same submission."""
    topic = topic_in_writing(actor, people)
    workflow.submit(people.planner, topic.uid)
    page = reviews_page(window)
    act_as(session, people.both)
    screen = open_first(page)
    screen.approve_button.click()
    assert now(topic.uid).pending.name == "二审"

    # her queue still lists the item at 二审, greyed with the reason, and the badge skips it
    [item] = page.queue_items()
    assert item.level_name == "二审" and item.refusal == "review_one_level"
    assert sidebar_text(window, page) == "Review Queue"
    screen = open_first(page)
    assert "one member signs one level" in screen.hint_label.text()
    screen.approve_button.click()
    assert "You already signed 初审 of this submission" in messages_shown[-1]
    assert "Traceback" not in messages_shown[-1]
    assert now(topic.uid).pending.name == "二审"
