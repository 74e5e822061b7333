"""The 选题库 page's table: batches, search, filters, SQL sort, quick add, trash (R-5.2)."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt

from models import db as dbmod
from models import team
from models.topics import backlog, editing, stages
from models.topics.backlog import BacklogQuery, SortKey
from models.topics.model import Priority, Stage, Topic, search_text
from ui import events
from ui.app import create_main_window
from ui.topics.backlog_model import BacklogModel
from ui.topics.filters import ME, select_data
from ui.topics.page import BOARD, TopicsPage
from ui.topics.trash_dialog import TopicTrashDialog

TODAY = date.today()


def bulk_topics(n: int) -> None:
    """``n`` topics written straight to the table (fast set-up for the batching tests)."""
    stamp = datetime(2026, 1, 1, 9, 0)
    rows = []
    for i in range(n):
        title = f"批量选题{i:03d}"
        rows.append(
            dict(
                uid=str(uuid.uuid4()),
                created_at=stamp + timedelta(minutes=i),
                updated_at=stamp + timedelta(minutes=i),
                title=title,
                priority=1 + i % 3,
                stage=1 + i % 7,
                stage_changed_at=stamp,
                search_text=search_text(title, [], ""),
            )
        )
    with dbmod.write():
        for start in range(0, n, 100):
            Topic.insert_many(rows[start : start + 100]).execute()


@pytest.fixture
def page(qtbot, me, window) -> TopicsPage:
    found = next(p for p in window.pages if isinstance(p, TopicsPage))
    window.show()
    window.show_page(found)  # the page reads when it is shown
    return found


@pytest.fixture
def sample(actor, me) -> dict[str, str]:
    """Five topics over two owners, forms, channels, stages and due dates."""
    zhang = team.add_member(actor, "张伟", [team.Role.CONTENT_PLANNER]).uid
    made = {
        "618大促预热短视频": dict(
            form="短视频",
            channels=["抖音"],
            owner_uid=zhang,
            priority=Priority.HIGH,
            keywords="618、大促",
            due_on=TODAY + timedelta(days=3),
        ),
        "控糖轻乳茶测评": dict(
            form="图文",
            channels=["小红书"],
            owner_uid=me.uid,
            notes="用户反馈：想要低糖",
            due_on=TODAY - timedelta(days=2),
        ),
        "双11囤货攻略": dict(form="图文", channels=["小红书", "微信公众号"], keywords="大促"),
        "门店探店直播": dict(
            form="直播", channels=["抖音"], owner_uid=me.uid, priority=Priority.LOW
        ),
        "Spring new APP launch": dict(form="长文", notes="ASCII title"),
    }
    return {title: editing.add_topic(actor, title, **fields).uid for title, fields in made.items()}


def titles(page: TopicsPage) -> list[str]:
    model = page.model
    return [model.topic(r).title for r in range(model.rowCount())]


def test_backlog_model_passes_the_model_tester_and_loads_in_batches(qtmodeltester, db):
    bulk_topics(260)
    model = BacklogModel(batch=50)
    model.set_query(BacklogQuery(sort=SortKey.TITLE, descending=False))
    assert model.rowCount() == 50 and model.canFetchMore(model.index(-1, -1))
    qtmodeltester.check(model)  # also fetches more rows
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 260
    shown = [model.topic(r).title for r in (0, 1, 259)]
    assert shown == ["批量选题000", "批量选题001", "批量选题259"]
    assert model.total() == 260
    assert model.index(3, 0).data() == "批量选题003"


def test_scrolling_the_table_fetches_more_rows(qtbot, page, actor):
    bulk_topics(250)
    page.refresh()
    assert page.model.rowCount() == page.model.batch == 100
    page.table.scrollToBottom()  # the view asks the model for more at the end
    qtbot.waitUntil(lambda: page.model.rowCount() > 100)
    qtbot.waitUntil(lambda: page.count_label.text() == "250 topic(s)")  # counted after


def test_search_as_you_type_filters_rows(qtbot, sample, page):
    assert sorted(titles(page)) == sorted(sample)
    bar = page.filter_bar
    bar.search_edit.setText("大促")  # Chinese arrives whole from the input method
    assert bar.search_timer.isActive()  # debounced: the query runs when typing pauses
    qtbot.waitUntil(lambda: len(titles(page)) == 2)
    assert sorted(titles(page)) == ["618大促预热短视频", "双11囤货攻略"]  # title or keyword
    bar.search_edit.setText("低糖")  # a word of the notes
    bar.flush()
    assert titles(page) == ["控糖轻乳茶测评"]
    bar.search_edit.clear()
    qtbot.keyClicks(bar.search_edit, "app")  # case and width ignored
    qtbot.waitUntil(lambda: titles(page) == ["Spring new APP launch"])
    assert page.count_label.text() == "1 topic(s) match the filters"


def test_filters_narrow_the_rows(qtbot, sample, page, me):
    bar = page.filter_bar
    select_data(bar.form_combo, "图文")
    assert sorted(titles(page)) == ["双11囤货攻略", "控糖轻乳茶测评"]
    select_data(bar.channel_combo, "微信公众号")
    assert titles(page) == ["双11囤货攻略"]
    bar.clear()
    select_data(bar.owner_combo, ME)
    assert sorted(titles(page)) == ["控糖轻乳茶测评", "门店探店直播"]
    select_data(bar.priority_combo, int(Priority.LOW))
    assert titles(page) == ["门店探店直播"]
    bar.clear()
    select_data(bar.due_combo, "overdue")
    assert titles(page) == ["控糖轻乳茶测评"]
    select_data(bar.due_combo, "week")
    assert titles(page) == ["618大促预热短视频"]
    bar.clear()
    select_data(bar.stage_combo, int(Stage.PLAN))
    assert titles(page) == []
    stages.move_topic(team.get(me.uid).actor(), sample["门店探店直播"], Stage.PLAN)
    events.announce("topic")  # what every write of the app does afterwards
    assert titles(page) == ["门店探店直播"]  # the page re-read
    bar.clear()
    assert len(titles(page)) == 5 and not bar.is_filtered()


def test_my_topics_come_first(sample, page, me):
    mine = {"控糖轻乳茶测评", "门店探店直播"}
    assert set(titles(page)[:2]) == mine
    page.filter_bar.mine_box.setChecked(False)
    spec = page.query()
    assert spec.mine_first is None
    assert titles(page) == [r.title for r in backlog.fetch(spec)]


def click_header(qtbot, page: TopicsPage, column: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_a_header_click_sorts_in_sql(qtbot, sample, page):
    page.filter_bar.mine_box.setChecked(False)
    click_header(qtbot, page, 0)  # Title
    first = titles(page)
    assert first in (sorted(sample), sorted(sample, reverse=True))
    assert page.model.query().sort is SortKey.TITLE
    click_header(qtbot, page, 0)
    assert titles(page) == list(reversed(first))
    click_header(qtbot, page, 2)  # Priority
    levels = [page.model.topic(r).priority for r in range(5)]
    assert levels in (sorted(levels), sorted(levels, reverse=True))
    before = titles(page)
    click_header(qtbot, page, 5)  # Channels: not a sort key, nothing changes
    assert titles(page) == before
    assert page.table.horizontalHeader().sortIndicatorSection() == 2


def test_quick_add_creates_a_topic(qtbot, sample, page):
    page.quick.edit.setText("冬季新品上市 #短视频 #小红书 #预热 @张伟 !高 2026-12-01")
    assert "短视频" in page.quick.preview_label.text()
    qtbot.keyClick(page.quick.edit, Qt.Key.Key_Return)
    topic = Topic.get(Topic.title == "冬季新品上市")
    assert (topic.form, topic.channels, topic.tags) == ("短视频", ",小红书,", ",预热,")
    assert (topic.priority, topic.due_on, topic.stage) == (3, date(2026, 12, 1), 1)
    assert topic.owner.name == "张伟"
    assert page.quick.edit.text() == ""
    assert "冬季新品上市" in titles(page)
    assert page.selected_uids() == [topic.uid]


def test_quick_add_shows_the_problems_and_adds_nothing(qtbot, sample, page):
    page.quick.edit.setText("新选题 @不存在 !超级")
    page.quick.add_button.click()
    assert page.quick.error.isVisible()
    assert "@不存在" in page.quick.error.text() and "!超级" in page.quick.error.text()
    assert not Topic.select().where(Topic.title.contains("新选题")).exists()
    assert page.quick.edit.text() == "新选题 @不存在 !超级"  # kept, to be fixed


def test_delete_moves_topics_to_the_trash_and_restore_brings_them_back(qtbot, window, sample, page):
    page.select(sample["双11囤货攻略"])
    window.delete_action.trigger()  # Edit ▸ Delete, routed to the page
    assert "双11囤货攻略" not in titles(page)
    assert Topic.get(Topic.uid == sample["双11囤货攻略"]).deleted_at is not None
    trash = page.open_trash()
    assert isinstance(trash, TopicTrashDialog)
    assert [r.title for r in trash.model.rows()] == ["双11囤货攻略"]
    trash.select(sample["双11囤货攻略"])
    trash.restore_button.click()
    assert Topic.get(Topic.uid == sample["双11囤货攻略"]).deleted_at is None
    assert "双11囤货攻略" in titles(page) and trash.model.rowCount() == 0


def test_the_board_view_shows_the_same_filters(qtbot, sample, page):
    page.filter_bar.search_edit.setText("大促")
    page.filter_bar.flush()
    page.board_button.click()
    assert page.stack.currentIndex() == BOARD
    idea = page.board.columns[Stage.IDEA]
    assert sorted(c.title for c in idea.cards.cards()) == ["618大促预热短视频", "双11囤货攻略"]
    qtbot.waitUntil(lambda: page.count_label.text() == "2 topic(s) match the filters")


def test_the_page_reopens_on_the_view_the_user_left(qtbot, sample, page, window, settings, session):
    page.board_button.click()
    window.close()  # saves the pages' state
    again = create_main_window(settings, session)
    qtbot.addWidget(again)
    reopened = next(p for p in again.pages if isinstance(p, TopicsPage))
    assert reopened.stack.currentIndex() == BOARD
