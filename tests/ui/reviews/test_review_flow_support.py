"""What the review GUI tests share: a team, a topic at 撰写 written by a planner, the review
page in the main window, switching who uses the app, and message boxes captured.
Helpers only (no tests); the test modules import it."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from models import team
from models.base import Actor
from models.reviews.status import ReviewState, state
from models.team import MemberRow, Role
from models.topics import drafts, editing, stages
from models.topics.model import Stage, Topic
from ui import notify
from ui.reviews.page import ReviewsPage
from ui.reviews.review_screen import ReviewScreen
from ui.session import Session

BODY = "冬至到了，一杯姜汁奶茶，把冬天喝暖。\n全城最好喝的姜汁奶茶，第二杯半价。"
FIXED = "冬至到了，一杯姜汁奶茶，把冬天喝暖。\n现熬的姜汁奶茶，冬至当天第二杯半价。"


def make_team(actor: Actor, lead: MemberRow) -> SimpleNamespace:
    """Each role of the default chain held by another member; 黄丽 holds two of them."""
    add = team.add_member
    return SimpleNamespace(
        lead=Actor(lead.uid, lead.name),
        planner=add(actor, "张伟", [Role.CONTENT_PLANNER]).actor(),
        editor=add(actor, "刘洋", [Role.EDITOR]).actor(),
        compliance=add(actor, "杨帆", [Role.COMPLIANCE]).actor(),
        both=add(actor, "黄丽", [Role.CONTENT_PLANNER, Role.EDITOR]).actor(),
    )


def topic_in_writing(actor: Actor, people: SimpleNamespace, body: str = BODY) -> Topic:
    """A topic the planner owns, planned, at 撰写 with one draft version he wrote."""
    topic = editing.add_topic(
        actor,
        "冬至限定·姜汁奶茶上市",
        audience="白领女性",
        form="短视频",
        owner_uid=people.planner.uid,
        channels=["抖音"],
    )
    editing.save_plan(actor, topic.uid, 0, core_message="暖", expected_effect="曝光", outline="1")
    stages.move_topic(people.lead, topic.uid, Stage.PLAN)
    stages.move_topic(people.lead, topic.uid, Stage.WRITE)
    drafts.save_draft(people.planner, topic.uid, body)
    return Topic.by_uid(topic.uid)


def reviews_page(window) -> ReviewsPage:  # type: ignore[no-untyped-def]
    page = next(p for p in window.pages if isinstance(p, ReviewsPage))
    window.show()
    window.show_page(page)
    return page


def act_as(session: Session, who: Actor) -> None:
    """Switch the member using the app (the page re-reads itself)."""
    assert who.uid is not None
    session.set_member(who.uid)


def sidebar_text(window, page: ReviewsPage) -> str:  # type: ignore[no-untyped-def]
    return window.sidebar.item(window.pages.index(page)).text()


def open_first(page: ReviewsPage) -> ReviewScreen:
    """Select the first row of my queue and press Enter, as a reviewer does."""
    page.show_tab(0)
    page.queue_table.setFocus()
    page.queue_table.selectRow(0)
    screen = page.open_selected()
    assert screen is not None
    return screen


def now(uid: str) -> ReviewState:
    return state(uid)


def capture_messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The text of every error box the app shows, instead of showing it."""
    shown: list[str] = []
    monkeypatch.setattr(notify, "error", lambda parent, text, details="": shown.append(text))
    return shown
