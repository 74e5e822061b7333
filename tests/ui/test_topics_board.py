"""The board: cards dragged between stages when the rules allow, the reason when not (R-5.1)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from models import base
from models.topics import drafts, editing, stages
from models.topics.backlog import CardRow
from models.topics.model import Stage, Topic
from ui import notify
from ui.topics import board as board_module
from ui.topics.board import BoardView
from ui.topics.cards import CardList, card_mime
from ui.topics.page import BOARD, TopicsPage

DROP = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction


@pytest.fixture
def page(qtbot, me, window) -> TopicsPage:
    found = next(p for p in window.pages if isinstance(p, TopicsPage))
    window.show()
    window.show_page(found)
    found.show_view(BOARD)
    return found


@pytest.fixture
def shown(monkeypatch) -> list[str]:
    """The texts of the message boxes the app would have shown."""
    texts: list[str] = []
    monkeypatch.setattr(notify, "error", lambda parent, text, details="": texts.append(text))
    return texts


def card_of(board: BoardView, uid: str) -> CardRow:
    card = board.card(uid)
    assert card is not None
    return card


def stage_of(board: BoardView, uid: str) -> Stage | None:
    """The column the card is shown in."""
    for stage, column in board.columns.items():
        if column.cards.item_of(uid) is not None:
            return stage
    return None


def drop(cards: CardList, card: CardRow) -> None:
    """Let a dragged card go over a column, as Qt delivers it at the end of a drag."""
    mime = card_mime(card)  # the event does not own it: keep it alive
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    event = QDropEvent(QPointF(20, 20), DROP, mime, buttons, keys)
    cards.dropEvent(event)
    assert event.isAccepted() and event.dropAction() == Qt.DropAction.CopyAction


def hover(cards: CardList, card: CardRow) -> None:
    mime = card_mime(card)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    event = QDragEnterEvent(QPoint(20, 20), DROP, mime, buttons, keys)
    cards.dragEnterEvent(event)
    assert event.isAccepted()


def add(actor, title: str, **fields) -> str:
    return editing.add_topic(actor, title, **fields).uid


def ready_for_review(actor, me, title: str) -> str:
    """A topic brought to 审核 through the core (owner, form, plan, draft)."""
    uid = add(actor, title, owner_uid=me.uid, form="图文", audience="学生", channels=["小红书"])
    editing.save_plan(actor, uid, 0, core_message="a", expected_effect="b", outline="c")
    mover = base.Actor(me.uid, me.name)
    drafts.save_draft(mover, uid, "正文")
    for step in (Stage.PLAN, Stage.WRITE, Stage.REVIEW):
        stages.move_topic(mover, uid, step)
    return uid


def test_a_card_dropped_on_the_next_column_moves_there(qtbot, actor, me, page, shown):
    uid = add(actor, "门店探店直播", owner_uid=me.uid, form="直播")
    page.refresh()
    board = page.board
    assert stage_of(board, uid) is Stage.IDEA
    drop(board.columns[Stage.PLAN].cards, card_of(board, uid))
    qtbot.waitUntil(lambda: stage_of(board, uid) is Stage.PLAN)  # after the drag ended
    assert Topic.get(Topic.uid == uid).stage == Stage.PLAN
    assert [c.to_stage for c in stages.stage_history(uid)] == [Stage.IDEA, Stage.PLAN]
    assert board.columns[Stage.PLAN].count_label.text() == "1"
    assert shown == []


def test_a_refused_drop_shows_the_reason_and_changes_nothing(qtbot, actor, me, page, shown):
    uid = add(actor, "双11囤货攻略")  # no owner, no form
    page.refresh()
    board = page.board
    column = board.columns[Stage.PLAN]
    reason = "Choose an owner before the topic enters planning."
    hover(column.cards, card_of(board, uid))
    assert column.hint_label.text() == reason  # said while the card hovers
    drop(column.cards, card_of(board, uid))
    qtbot.waitUntil(lambda: shown == [reason])
    topic = Topic.get(Topic.uid == uid)
    assert (topic.stage, topic.version) == (Stage.IDEA, 1)
    assert [e.action for e in base.history(uid)] == ["create"]
    assert stage_of(board, uid) is Stage.IDEA and not column.hint_label.isVisible()

    drop(board.columns[Stage.WRITE].cards, card_of(board, uid))  # two steps at once
    qtbot.waitUntil(lambda: len(shown) == 2)
    assert shown[1] == "A topic cannot go from Topic to Writing: it moves one step at a time."
    assert Topic.get(Topic.uid == uid).stage == Stage.IDEA


def test_review_to_publish_is_refused_without_an_approval(qtbot, actor, me, page, shown):
    uid = ready_for_review(actor, me, "冬至限定姜汁奶茶")
    page.refresh()
    board = page.board
    assert stage_of(board, uid) is Stage.REVIEW
    assert not board.handle_drop(card_mime(card_of(board, uid)), Stage.PUBLISH)
    assert shown == ["The review has not approved this content yet, so it cannot be published."]
    assert Topic.get(Topic.uid == uid).stage == Stage.REVIEW
    assert stage_of(board, uid) is Stage.REVIEW


def test_parking_asks_for_a_reason_and_keeps_it(qtbot, monkeypatch, actor, me, page, shown):
    uid = add(actor, "冰饮季预售")
    page.refresh()
    board = page.board
    answers = [None, "等预算"]
    monkeypatch.setattr(board_module, "ask_reason", lambda parent, title, to: answers.pop(0))
    card = card_of(board, uid)
    assert not board.handle_drop(card_mime(card), Stage.PARKED)  # cancelled: stays
    assert Topic.get(Topic.uid == uid).stage == Stage.IDEA
    assert board.handle_drop(card_mime(card), Stage.PARKED)
    topic = Topic.get(Topic.uid == uid)
    assert (topic.stage, topic.parked_from) == (Stage.PARKED, Stage.IDEA)
    assert stages.stage_history(uid)[-1].comment == "等预算"
    assert stage_of(board, uid) is Stage.PARKED


def test_a_stale_card_is_a_conflict_and_the_board_rereads(qtbot, actor, me, page, shown):
    uid = add(actor, "秋冬新品", owner_uid=me.uid, form="图文")
    page.refresh()
    board = page.board
    card = card_of(board, uid)
    editing.edit_topic(actor, uid, 1, title="秋冬新品上市")  # someone else, meanwhile
    assert not board.handle_drop(card_mime(card), Stage.PLAN)
    assert len(shown) == 1 and "changed" in shown[0].lower()
    assert Topic.get(Topic.uid == uid).stage == Stage.IDEA
    assert card_of(board, uid).title == "秋冬新品上市"  # re-read


def test_the_card_menu_offers_the_allowed_moves(actor, me, page):
    uid = add(actor, "春季限定", owner_uid=me.uid)  # no form yet
    page.refresh()
    menu = page.board.card_menu(card_of(page.board, uid))
    move = next(a.menu() for a in menu.actions() if a.menu() is not None)
    actions = {a.text(): a for a in move.actions()}
    assert set(actions) == {"Planning", "Writing", "Review", "Published", "Parked", "Dropped"}
    assert actions["Dropped"].isEnabled() and actions["Parked"].isEnabled()
    assert not actions["Planning"].isEnabled()
    assert actions["Planning"].toolTip().startswith("Choose a content form")


def test_more_cards_load_as_a_column_scrolls(qtbot, actor, me, page):
    for number in range(35):
        add(actor, f"选题{number:02d}")
    page.refresh()
    column = page.board.columns[Stage.IDEA]
    assert column.cards.count() == board_module.PER_COLUMN and column.total == 35
    assert column.more_button.isVisible()
    column.more_button.click()
    assert column.cards.count() == 35 and not column.more_button.isVisible()
