"""What the tests of the review tools share: a team, topics at a level, the tools on a bare
page, patched file and message boxes. Helpers only (no tests); the test modules import it.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from models import team
from models.base import Actor
from models.reviews import workflow
from models.team import MemberRow, Role
from models.topics import drafts, editing, stages
from models.topics.model import Stage, Topic
from ui import notify, tasks
from ui.page import PageContext
from ui.reviews.tools import ReviewTools, review_actions
from ui.session import Session
from ui.settings import Settings


def make_team(actor: Actor, lead: MemberRow) -> SimpleNamespace:
    """The roles of the default chain, each held by a different member; 周敏 leads."""
    add = team.add_member
    return SimpleNamespace(
        lead=Actor(lead.uid, lead.name),
        planner=add(actor, "张伟", [Role.CONTENT_PLANNER]).actor(),
        operator=add(actor, "王芳", [Role.CHANNEL_OPERATOR]).actor(),
        editor=add(actor, "刘洋", [Role.EDITOR]).actor(),
        compliance=add(actor, "杨帆", [Role.COMPLIANCE]).actor(),
    )


def topic_in_writing(
    actor: Actor, people: SimpleNamespace, title: str, body: str, **fields: Any
) -> Topic:
    """A topic owned by the operator, at 撰写 with one draft version she wrote."""
    values = dict(form="短视频", owner_uid=people.operator.uid, channels=["抖音"]) | fields
    topic = editing.add_topic(actor, title, audience="白领女性", **values)
    editing.save_plan(actor, topic.uid, 0, core_message="暖", expected_effect="曝光", outline="1")
    stages.move_topic(people.lead, topic.uid, Stage.PLAN)
    stages.move_topic(people.lead, topic.uid, Stage.WRITE)
    drafts.save_draft(people.operator, topic.uid, body)
    return Topic.by_uid(topic.uid)


def at_second_review(actor: Actor, people: SimpleNamespace, title: str, body: str) -> Topic:
    """Submitted and signed at 初审: waiting at 二审."""
    topic = topic_in_writing(actor, people, title, body)
    workflow.submit(people.operator, topic.uid)
    workflow.approve(people.planner, topic.uid, draft_number=1)
    return topic


def tools_on_page(qtbot: Any, settings: Settings, session: Session) -> tuple[QWidget, ReviewTools]:
    """The tools as the queue page gets them, on a bare page widget (keep the page: the
    tools and their dialogs are its children)."""
    page = QWidget()
    qtbot.addWidget(page)
    ctx = PageContext(settings, session, QAction(page), QAction(page), QAction(page))
    actions = review_actions(page, ctx)
    assert [a.objectName() for a in actions] == [
        "review_chain_action",
        "review_wordlist_action",
        "review_export_action",
        "review_package_import_action",
    ]
    found = page.findChild(ReviewTools)
    assert found is not None
    return page, found


def answer_save(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """The save dialog returns ``path``; the list collects the names it suggested."""
    suggested: list[str] = []

    def get_save_file_name(parent: Any, caption: str, start: str, *_: Any) -> tuple[str, str]:
        suggested.append(start)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    return suggested


def answer_open(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


class Said:
    """What the app told the user in message boxes (a test cannot click them)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.info: list[str] = []
        self.errors: list[str] = []
        monkeypatch.setattr(notify, "info", lambda parent, text: self.info.append(text))
        monkeypatch.setattr(
            notify, "error", lambda parent, text, details="": self.errors.append(text)
        )


def wait_task(qtbot: Any, task: tasks.Task | None) -> tasks.Task:
    assert task is not None
    if task.outcome is None:
        with qtbot.waitSignal(task.finished, timeout=10_000):
            pass
    return task


@contextmanager
def busy_pool() -> Iterator[None]:
    """Keep the worker threads busy so that a job just started waits: Cancel comes first."""
    pool = tasks.pool()
    release = threading.Event()
    for _ in range(pool.maxThreadCount()):
        pool.start(lambda: release.wait(10))
    try:
        yield
    finally:
        release.set()
        pool.waitForDone(10_000)
