"""A planner takes a topic from 选题 to 审核 entirely in the GUI (R-5.1 – R-5.4)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialogButtonBox

from models import base, team
from models.team import Role
from models.topics import drafts, stages
from models.topics.model import Stage, Topic
from ui import notify
from ui.topics.cards import card_mime
from ui.topics.filters import select_data
from ui.topics.page import BOARD, TopicsPage
from ui.topics.topic_dialog import TopicDialog


@pytest.fixture
def planner(session, actor, me) -> str:
    """张伟, a content planner, is the one using the app (not the team lead)."""
    uid = team.add_member(actor, "张伟", [Role.CONTENT_PLANNER], department="市场部").uid
    session.set_member(uid)
    return uid


def test_a_planner_takes_a_topic_from_idea_to_review(qtbot, monkeypatch, window, planner):
    shown: list[str] = []
    monkeypatch.setattr(notify, "error", lambda parent, text, details="": shown.append(text))
    page = next(p for p in window.pages if isinstance(p, TopicsPage))
    window.show()
    window.show_page(page)
    page.show_view(BOARD)

    # 1. quick add at 选题, with form and owner
    page.quick.edit.setText("夏日冰饮上新 #短视频 @张伟 !高")
    uid = page.quick.add()
    assert uid is not None
    board = page.board
    idea, plan = board.columns[Stage.IDEA], board.columns[Stage.PLAN]
    assert [c.title for c in idea.cards.cards()] == ["夏日冰饮上新"]

    # 2. drag the card from 选题 to 策划
    mime = card_mime(idea.cards.cards()[0])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    move = Qt.DropAction.MoveAction
    plan.cards.dropEvent(QDropEvent(QPointF(10, 10), move, mime, buttons, keys))
    qtbot.waitUntil(lambda: [c.title for c in plan.cards.cards()] == ["夏日冰饮上新"])

    # 3. open the card (double-click), write the plan; 撰写 opens once it is complete
    item = plan.cards.item_of(uid)
    plan.cards.setCurrentItem(item)
    plan.cards.itemDoubleClicked.emit(item)
    dialog = page.findChild(TopicDialog)
    assert isinstance(dialog, TopicDialog) and dialog.uid == uid
    panel = dialog.stage_panel
    assert not panel.buttons[Stage.WRITE].isEnabled()
    assert "Target audience" in panel.buttons[Stage.WRITE].toolTip()
    form = dialog.form
    dialog.tabs.setCurrentWidget(form.plan_page)
    form.audience_edit.setText("18-30岁白领")
    form.core_edit.setPlainText("一口清凉，零糖负担")
    form.channels_picker.boxes["抖音"].setChecked(True)
    form.effect_edit.setPlainText("播放 10 万")
    form.outline_edit.setPlainText("开场冰块特写 → 试喝 → 门店信息")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Apply).click()
    assert panel.buttons[Stage.WRITE].isEnabled()
    panel.buttons[Stage.WRITE].click()
    assert Topic.get(Topic.uid == uid).stage == Stage.WRITE

    # 4. write the draft in the draft editor (part B); then 审核 opens
    assert not panel.buttons[Stage.REVIEW].isEnabled()
    editor = dialog.open_draft()
    assert editor is not None
    editor.editor.setPlainText("夏天到了，来一杯零糖冰饮。")
    editor.save_button.click()
    assert drafts.latest(uid) is not None and drafts.latest(uid).author_name == "张伟"
    editor.reject()
    assert panel.buttons[Stage.REVIEW].isEnabled()
    panel.comment_edit.setText("请审核")
    panel.buttons[Stage.REVIEW].click()

    # 5. at 审核; publishing waits for the review's approval
    topic = Topic.get(Topic.uid == uid)
    assert topic.stage == Stage.REVIEW
    assert not panel.buttons[Stage.PUBLISH].isEnabled()
    assert "not approved" in panel.buttons[Stage.PUBLISH].toolTip()
    history = stages.stage_history(uid)
    assert [h.to_stage for h in history] == [Stage.IDEA, Stage.PLAN, Stage.WRITE, Stage.REVIEW]
    assert {h.actor_name for h in history} == {"张伟"}
    assert history[-1].comment == "请审核"
    assert all(e.actor_uid == planner for e in base.history(uid))
    dialog.reject()
    assert [c.title for c in board.columns[Stage.REVIEW].cards.cards()] == ["夏日冰饮上新"]
    assert shown == []


def test_the_owner_filter_keeps_the_board_in_step(qtbot, window, planner, actor):
    page = next(p for p in window.pages if isinstance(p, TopicsPage))
    window.show()
    window.show_page(page)
    page.quick.edit.setText("我的选题 @张伟")
    page.quick.add()
    page.quick.edit.setText("别人的选题")
    page.quick.add()
    select_data(page.filter_bar.owner_combo, "__me__")
    page.show_view(BOARD)
    cards = page.board.columns[Stage.IDEA].cards.cards()
    assert [c.title for c in cards] == ["我的选题"]
