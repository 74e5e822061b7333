"""A topic's publishing plan (R-5.5): plan, edit, cancel, mark published — and the refusals."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QDateTime
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QInputDialog

from models import team
from models.base import Actor
from models.team import Role
from models.topics import editing, publishing
from models.topics.model import PubStatus, Stage
from ui import notify
from ui.page import PageContext
from ui.topics.publications import PublicationsWidget


@pytest.fixture
def ctx(qapp, settings, session, me) -> PageContext:
    actions = [QAction(name) for name in ("backup", "restore", "switch user")]
    return PageContext(settings, session, *actions)


@pytest.fixture
def lead(session, me) -> Actor:
    return session.actor()


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    """What the user was told in a message box (nothing is shown in a test)."""
    told: list[str] = []
    monkeypatch.setattr(notify, "error", lambda parent, text, details="": told.append(text))
    return told


def answer_url(monkeypatch, url: str, ok: bool = True) -> list[str]:
    asked: list[str] = []

    def ask(parent, title, label, echo, text):
        asked.append(label)
        return url, ok

    monkeypatch.setattr(QInputDialog, "getText", ask)
    return asked


def widget_for(qtbot, ctx, topic) -> PublicationsWidget:
    widget = PublicationsWidget(ctx, topic.uid)
    qtbot.addWidget(widget)
    return widget


def test_plan_a_publication_through_the_dialog(qtbot, qtmodeltester, ctx, lead):
    topic = editing.add_topic(lead, "双11轻乳茶囤货攻略", form="图文", owner_uid=lead.uid)
    widget = widget_for(qtbot, ctx, topic)
    dialog = widget.add_publication()
    assert "双11轻乳茶囤货攻略" in dialog.windowTitle()
    dialog.channel_combo.setCurrentText("小红书")
    dialog.planned_edit.setDateTime(QDateTime(datetime(2026, 11, 6, 10, 0)))
    dialog.title_edit.setText("双11轻乳茶怎么囤最划算")
    dialog.hashtags_edit.setText("#双11，轻乳茶、囤货")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted

    [row] = publishing.publications_of(topic.uid)
    assert (row.channel, row.planned_at, row.title, row.hashtags, row.status) == (
        "小红书",
        datetime(2026, 11, 6, 10, 0),
        "双11轻乳茶怎么囤最划算",
        ("双11", "轻乳茶", "囤货"),
        PubStatus.PLANNED,
    )
    assert widget.model.rowCount() == 1
    assert widget.model.index(0, 2).data() == "◷ Planned"  # a mark as well as a colour
    qtmodeltester.check(widget.model)


def test_marking_published_needs_the_link_and_the_topic_at_publish(
    qtbot, monkeypatch, ctx, lead, errors
):
    topic = editing.add_topic(lead, "控糖柠檬茶成分解读", form="长文", owner_uid=lead.uid)
    pub = publishing.add_publication(lead, topic.uid, "知乎", datetime(2026, 11, 13, 10, 0))
    widget = widget_for(qtbot, ctx, topic)
    widget.select(pub.uid)
    assert widget.publish_button.isEnabled()

    answer_url(monkeypatch, "   ")  # no link given
    widget.publish_button.click()
    assert errors[-1].startswith("Paste the link (URL)")
    answer_url(monkeypatch, "https://zhuanlan.zhihu.com/p/6601")
    widget.publish_button.click()  # still at 选题: not reviewed, cannot be published
    assert "has not reached the publishing stage" in errors[-1]
    answer_url(monkeypatch, "https://zhuanlan.zhihu.com/p/6601", ok=False)  # Cancel
    widget.publish_button.click()
    assert len(errors) == 2
    stored = publishing.publication(pub.uid)
    assert (stored.status, stored.url) == (PubStatus.PLANNED, "")  # nothing written


def test_a_published_topic_is_marked_published_with_its_link(qtbot, monkeypatch, ctx, lead, errors):
    topic = editing.add_topic(
        lead, "一杯桂花乌龙的秋冬故事", stage=Stage.PUBLISH, form="图文", owner_uid=lead.uid
    )
    pub = publishing.add_publication(lead, topic.uid, "小红书", datetime(2026, 11, 16, 10, 0))
    widget = widget_for(qtbot, ctx, topic)
    widget.select(pub.uid)
    asked = answer_url(monkeypatch, "zhihu.com/p/1")
    widget.publish_button.click()
    assert "小红书" in asked[0] and "not a web link" in errors[-1]
    answer_url(monkeypatch, "https://www.xiaohongshu.com/explore/6561a0001")
    widget.publish_button.click()
    stored = publishing.publication(pub.uid)
    assert stored.status == PubStatus.PUBLISHED
    assert stored.url == "https://www.xiaohongshu.com/explore/6561a0001"
    assert stored.published_at is not None
    assert widget.current() is not None and widget.current().status == PubStatus.PUBLISHED
    assert widget.model.index(0, 2).data() == "✓ Published"
    assert not widget.publish_button.isEnabled() and widget.open_button.isEnabled()


def test_cancel_and_plan_again(qtbot, ctx, lead):
    topic = editing.add_topic(lead, "圣诞联名杯套开箱", form="短视频", owner_uid=lead.uid)
    pub = publishing.add_publication(lead, topic.uid, "抖音", datetime(2026, 12, 16, 12, 0))
    widget = widget_for(qtbot, ctx, topic)
    widget.select(pub.uid)
    widget.cancel_button.click()
    assert publishing.publication(pub.uid).status == PubStatus.CANCELLED
    assert widget.replan_button.isEnabled() and not widget.publish_button.isEnabled()
    widget.replan_button.click()
    assert publishing.publication(pub.uid).status == PubStatus.PLANNED


def test_an_edit_meets_a_colleagues_save_and_keeps_both(qtbot, ctx, lead, actor):
    colleague = team.add_member(actor, "王芳", [Role.CHANNEL_OPERATOR]).actor()
    topic = editing.add_topic(lead, "双11直播间福利预告", form="短视频", owner_uid=lead.uid)
    pub = publishing.add_publication(lead, topic.uid, "抖音", datetime(2026, 11, 9, 10, 0))
    widget = widget_for(qtbot, ctx, topic)
    widget.select(pub.uid)
    dialog = widget.edit_selected()
    assert dialog is not None
    publishing.edit_publication(colleague, pub.uid, pub.version, title="今晚8点直播间福利")
    dialog.summary_edit.setPlainText("直播间专属福利，抖音版。")
    dialog.accept()
    assert dialog.conflict_dialog is not None
    dialog.conflict_dialog.keep_mine_button.click()
    stored = publishing.publication(pub.uid)
    assert (stored.title, stored.summary) == ("今晚8点直播间福利", "直播间专属福利，抖音版。")


def test_a_channel_outside_the_list_is_refused_beside_the_field(qtbot, ctx, lead):
    topic = editing.add_topic(lead, "百度百科词条完善", form="图文", owner_uid=lead.uid)
    widget = widget_for(qtbot, ctx, topic)
    dialog = widget.add_publication()
    dialog.channel_combo.addItem("快手")  # e.g. typed before the list was changed
    dialog.channel_combo.setCurrentText("快手")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "快手" in dialog.errors["channel"].text()
    assert publishing.publications_of(topic.uid) == []
