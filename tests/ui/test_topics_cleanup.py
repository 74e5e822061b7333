"""Cleaning up published content (R-5.7): tick, archive in bulk, unarchive, refusals."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from models import team
from models.base import Actor
from models.team import Role
from models.topics import cleanup, editing, publishing, schedule
from models.topics.model import Stage
from ui import notify
from ui.page import PageContext
from ui.topics.calendar_page import CalendarPage
from ui.topics.cleanup import CleanupDialog

TODAY = date(2026, 11, 26)
CHECKED = Qt.CheckState.Checked


@pytest.fixture
def ctx(qapp, settings, session, me) -> PageContext:
    actions = [QAction(name) for name in ("backup", "restore", "switch user")]
    return PageContext(settings, session, *actions)


@pytest.fixture
def lead(session, me) -> Actor:
    return session.actor()


def published(lead: Actor, title: str, when: datetime, channel: str = "小红书") -> str:
    topic = editing.add_topic(lead, title, stage=Stage.PUBLISH, form="图文", owner_uid=lead.uid)
    pub = publishing.add_publication(lead, topic.uid, channel, when)
    publishing.mark_published(lead, pub.uid, "https://example.com/p", published_at=when)
    return topic.uid


@pytest.fixture
def topics(lead) -> dict[str, str]:
    uids = {
        "old": published(lead, "2025春季新品上市", datetime(2025, 3, 1, 10, 0)),
        "older": published(lead, "2024年货节礼盒", datetime(2024, 1, 20, 10, 0), "微博"),
        "weak": published(lead, "打工人续命茶饮测评", datetime(2026, 11, 21, 10, 0), "抖音"),
        "fresh": published(lead, "一杯桂花乌龙的秋冬故事", datetime(2026, 11, 16, 10, 0)),
    }
    cleanup.set_weak(lead, uids["weak"], True, note="互动率低于均值")
    return uids


@pytest.fixture
def dialog(qtbot, ctx, topics) -> CleanupDialog:
    dialog = CleanupDialog(ctx, lambda: TODAY)
    qtbot.addWidget(dialog)
    return dialog


def uids(model) -> list[str]:
    return [model.row_at(r).uid for r in range(model.rowCount())]


def tick(model, uid: str) -> None:
    row = uids(model).index(uid)
    assert model.setData(model.index(row, 0), CHECKED, Qt.ItemDataRole.CheckStateRole)


def test_candidates_are_old_or_weak_published_content(qtmodeltester, dialog, topics):
    assert uids(dialog.candidates) == [topics["older"], topics["old"], topics["weak"]]
    assert dialog.candidates.index(2, 5).data() == "Yes"  # the weak flag
    qtmodeltester.check(dialog.candidates)
    dialog.weak_box.setChecked(False)
    assert uids(dialog.candidates) == [topics["older"], topics["old"]]
    dialog.age_spin.setValue(800)  # only what went out more than 800 days ago
    assert uids(dialog.candidates) == [topics["older"]]
    dialog.age_box.setChecked(False)
    dialog.weak_box.setChecked(True)
    assert uids(dialog.candidates) == [topics["weak"]]


def test_archive_two_then_unarchive_one(qtmodeltester, dialog, topics):
    assert not dialog.archive_button.isEnabled()
    tick(dialog.candidates, topics["old"])
    tick(dialog.candidates, topics["weak"])
    assert dialog.archive_button.isEnabled() and "(2)" in dialog.archive_button.text()
    dialog.archive_button.click()

    assert {r.uid for r in cleanup.archived()} == {topics["old"], topics["weak"]}
    assert uids(dialog.candidates) == [topics["older"]]
    assert sorted(uids(dialog.archived)) == sorted([topics["old"], topics["weak"]])
    assert "Archived 2 topic(s)" in dialog.status_label.text()
    assert dialog.tabs.tabText(1) == "Archived (2)"
    qtmodeltester.check(dialog.archived)

    tick(dialog.archived, topics["weak"])
    dialog.unarchive_button.click()
    assert [r.uid for r in cleanup.archived()] == [topics["old"]]
    assert topics["weak"] in uids(dialog.candidates)
    assert editing.get_topic(topics["weak"]).archived_at is None


def test_tick_all_and_none(dialog, topics):
    dialog.check_all_button.click()
    assert dialog.candidates.checked() == uids(dialog.candidates)
    dialog.check_none_button.click()
    assert dialog.candidates.checked() == [] and not dialog.archive_button.isEnabled()


def test_a_member_without_the_right_is_refused_and_nothing_is_archived(
    monkeypatch, dialog, topics, session, actor
):
    operator = team.add_member(actor, "王芳", [Role.CHANNEL_OPERATOR])
    session.set_member(operator.uid)  # not the owner, a content planner or the lead
    told: list[str] = []
    monkeypatch.setattr(notify, "error", lambda parent, text, details="": told.append(text))
    dialog.check_all_button.click()
    dialog.archive_button.click()
    assert told and "team lead" in told[0]
    assert cleanup.archived() == []


def test_archived_content_leaves_the_calendar(qtbot, ctx, dialog, topics):
    page = CalendarPage(ctx, today=lambda: TODAY)
    qtbot.addWidget(page)
    day = date(2026, 11, 21)
    assert len(page.month_grid.cells[day].items) == 1
    tick(dialog.candidates, topics["weak"])
    dialog.archive_button.click()
    assert page.month_grid.cells[day].items == []  # refreshed by the "topic" event
    assert schedule.calendar_month(2026, 11, include_archived=True)  # kept, only hidden


def test_the_calendar_toolbar_opens_the_clean_up(qtbot, ctx, topics):
    page = CalendarPage(ctx, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.cleanup_button.click()
    opened = page.dialog
    assert isinstance(opened, CleanupDialog) and opened.isVisible()
    assert opened.candidates.rowCount() == 3  # counted from the page's today
