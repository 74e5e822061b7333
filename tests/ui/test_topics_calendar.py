"""The 内容日历 content calendar (R-5.5): month and week grids, filters, opening items."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog

from models import demo, team
from models.base import Actor
from models.team import Role
from models.topics import editing, publishing
from models.topics.model import PubStatus, Stage
from ui import events, notify
from ui.page import PageContext
from ui.topics import draft_editor
from ui.topics.calendar_page import MONTH, WEEK, CalendarPage
from ui.topics.draft_editor import DraftEditorDialog
from ui.topics.publication_dialog import PublicationDialog

TODAY = date(2026, 11, 26)


@pytest.fixture
def ctx(qapp, settings, session, me) -> PageContext:
    actions = [QAction(name) for name in ("backup", "restore", "switch user")]
    return PageContext(settings, session, *actions)


@pytest.fixture
def lead(session, me) -> Actor:
    return session.actor()


@pytest.fixture
def plan(lead, actor):
    """Three topics by two owners: published, planned and cancelled, in November and December."""
    wang = team.add_member(actor, "王芳", [Role.CHANNEL_OPERATOR])
    tea = editing.add_topic(
        lead, "双11轻乳茶囤货攻略", stage=Stage.PUBLISH, form="图文", owner_uid=lead.uid
    )
    live = editing.add_topic(lead, "双11直播间福利预告", form="短视频", owner_uid=wang.uid)
    winter = editing.add_topic(lead, "冬至限定·姜汁奶茶上市", form="短视频", owner_uid=lead.uid)
    add = publishing.add_publication
    pubs = {
        "published": add(lead, tea.uid, "小红书", datetime(2026, 11, 6, 10, 0)),
        "planned": add(lead, live.uid, "抖音", datetime(2026, 11, 20, 12, 0), title="今晚直播"),
        "cancelled": add(lead, live.uid, "微博", datetime(2026, 11, 20, 14, 0)),
        "december": add(lead, winter.uid, "抖音", datetime(2026, 12, 11, 10, 0)),
    }
    publishing.mark_published(lead, pubs["published"].uid, "https://www.xiaohongshu.com/e/1")
    publishing.cancel_publication(lead, pubs["cancelled"].uid)
    return {key: pub.uid for key, pub in pubs.items()} | {"wang": wang.uid}


@pytest.fixture
def page(qtbot, monkeypatch, ctx) -> CalendarPage:
    page = CalendarPage(ctx, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    monkeypatch.setattr(draft_editor, "ask_unsaved", lambda parent: draft_editor.DISCARD)
    return page


def shown(page: CalendarPage) -> dict[date, list[str]]:
    """The uids each day cell of the current grid shows."""
    grid = page.week_grid if page.mode == WEEK else page.month_grid
    return {day: cell.uids() for day, cell in grid.cells.items() if cell.uids()}


def test_the_month_shows_each_item_on_its_day(plan, page):
    days = list(page.month_grid.cells)
    assert (days[0], days[-1], len(days)) == (date(2026, 10, 26), date(2026, 12, 6), 42)
    assert shown(page) == {
        date(2026, 11, 6): [plan["published"]],
        date(2026, 11, 20): [plan["planned"]],  # the cancelled one is hidden by default
    }
    published = page.month_grid.cells[date(2026, 11, 6)].items[0]
    planned = page.month_grid.cells[date(2026, 11, 20)].items[0]
    assert published.full_text == "✓ 小红书·双11轻乳茶囤货攻略"
    assert planned.full_text == "◷ 抖音·今晚直播"  # the channel's own title when it has one
    assert published.isVisible() and planned.isVisible()
    assert "王芳" in planned.toolTip() and "双11直播间福利预告" in planned.toolTip()
    assert page.period_label.text() == "11/2026"
    assert page.count_label.text() == "1 published, 1 planned"


def test_cancelled_items_show_struck_through_on_request(plan, page):
    page.cancelled_box.setChecked(True)
    cell = page.month_grid.cells[date(2026, 11, 20)]
    assert cell.uids() == [plan["planned"], plan["cancelled"]]
    cancelled = cell.items[1]
    assert cancelled.full_text.startswith("✕ 微博") and cancelled.font().strikeOut()


def test_filter_by_channel_and_by_owner(plan, page):
    page.channel_combo.setCurrentIndex(page.channel_combo.findData("抖音"))
    assert shown(page) == {date(2026, 11, 20): [plan["planned"]]}
    page.channel_combo.setCurrentIndex(0)
    page.owner_combo.setCurrentIndex(page.owner_combo.findData(plan["wang"]))
    assert shown(page) == {date(2026, 11, 20): [plan["planned"]]}
    page.owner_combo.setCurrentIndex(page.owner_combo.findText("周敏"))
    assert shown(page) == {date(2026, 11, 6): [plan["published"]]}


def test_navigation_by_month_and_today(plan, page):
    page.next_button.click()
    assert page.period_label.text() == "12/2026"
    assert shown(page) == {date(2026, 12, 11): [plan["december"]]}
    page.prev_button.click()
    page.prev_button.click()
    assert page.period_label.text() == "10/2026"
    assert shown(page) == {} and list(page.month_grid.cells)[-1] == date(2026, 11, 1)
    page.today_button.click()
    assert page.anchor == TODAY and page.period_label.text() == "11/2026"


def test_the_week_view_lists_each_day_with_times(plan, page):
    page.week_button.click()
    assert page.mode == WEEK
    assert list(page.week_grid.cells)[0] == date(2026, 11, 23)  # Monday of today's week
    page.prev_button.click()
    assert page.period_label.text() == "2026-11-16 – 2026-11-22"
    assert shown(page) == {date(2026, 11, 20): [plan["planned"]]}
    item = page.week_grid.cells[date(2026, 11, 20)].items[0]
    assert item.full_text == "12:00 ◷ 抖音\n今晚直播"
    assert page.count_label.text() == "0 published, 1 planned"
    page.month_button.click()
    assert page.mode == MONTH and page.period_label.text() == "11/2026"


def test_double_click_opens_the_publication_and_the_menu_its_draft(qtbot, plan, page):
    item = page.month_grid.cells[date(2026, 11, 20)].items[0]
    qtbot.mouseDClick(item, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, PublicationDialog) and dialog.row is not None
    assert dialog.row.uid == plan["planned"] and dialog.title_edit.text() == "今晚直播"
    dialog.reject()

    menu = page.item_menu(plan["planned"])
    actions = {a.text(): a for a in menu.actions()}
    assert set(actions) == {"Edit Publication…", "Mark Published…", "Open Draft…"}
    actions["Open Draft…"].trigger()
    assert isinstance(page.dialog, DraftEditorDialog)
    assert page.dialog.topic.title == "双11直播间福利预告"
    page.dialog.reject()
    published_menu = page.item_menu(plan["published"])
    publish = next(a for a in published_menu.actions() if a.text() == "Mark Published…")
    assert not publish.isEnabled()  # already out


def test_a_full_day_shows_more_and_opens_its_week(qtbot, plan, page, lead):
    topic = editing.add_topic(lead, "年货节礼盒开箱直播", form="直播", owner_uid=lead.uid)
    for hour in range(9, 17):
        publishing.add_publication(lead, topic.uid, "抖音", datetime(2026, 11, 25, hour, 0))
    events.announce("publication")  # as any dialog does after a write
    cell = page.month_grid.cells[date(2026, 11, 25)]
    qtbot.waitUntil(lambda: cell.more_button.isVisible())
    hidden = len(cell.items) - len(cell.shown_items())
    assert len(cell.items) == 8 and hidden > 0
    assert cell.more_button.text() == f"+{hidden} more…"
    cell.more_button.click()
    assert page.mode == WEEK and date(2026, 11, 25) in page.week_grid.cells
    assert len(page.week_grid.cells[date(2026, 11, 25)].items) == 8


def test_the_demo_plan_lands_on_its_days(qtbot, ctx, actor):
    demo.fill(actor)
    page = CalendarPage(ctx, today=lambda: TODAY)
    qtbot.addWidget(page)
    titles = {
        day: [r.topic_title for r in cell.rows] for day, cell in page.month_grid.cells.items()
    }
    assert titles[date(2026, 11, 6)] == ["双11轻乳茶囤货攻略"] * 2  # 小红书 and 公众号
    statuses = {r.status for r in page.rows if r.planned_at.month == 11}
    assert statuses == {PubStatus.PUBLISHED}
    page.go_next()
    winter = page.month_grid.cells[date(2026, 12, 11)]
    assert [i.full_text[:4] for i in winter.items] == ["◷ 抖音", "◷ 小红", "◷ 微博"]


def test_marking_published_from_the_calendar_is_refused_before_review(monkeypatch, plan, page):
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *a: ("https://www.douyin.com/video/7301200001", True)
    )
    told: list[str] = []
    monkeypatch.setattr(notify, "error", lambda parent, text, details="": told.append(text))
    menu = page.item_menu(plan["planned"])
    next(a for a in menu.actions() if a.text() == "Mark Published…").trigger()
    assert told and "publishing stage" in told[0]  # 双11直播间福利预告 is still at 选题
    assert publishing.publication(plan["planned"]).status == PubStatus.PLANNED

    menu = page.item_menu(plan["published"])  # already out: the action is off
    assert not next(a for a in menu.actions() if a.text() == "Mark Published…").isEnabled()


def test_the_calendar_in_chinese(zh, plan, page):
    page.refresh()
    assert page.period_label.text() == "2026年11月"
    labels = [page.month_grid.grid.itemAtPosition(0, c).widget().text() for c in range(7)]
    assert labels == ["周一", "周二", "周三", "周四", "周五", "周六", "周日"]
    assert page.count_label.text() == "已发布 1 条，计划中 1 条"
    assert page.title() == "内容日历"
