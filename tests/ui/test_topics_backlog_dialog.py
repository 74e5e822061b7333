"""The topic dialog: fields, plan, stage buttons, conflicts; the lists of forms and channels."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from models import base, team
from models.base import Actor
from models.team import Role
from models.topics import editing, options
from models.topics.model import Priority, Stage, Topic, TopicPlan
from ui.conflict_dialog import ConflictDialog
from ui.topics.filters import select_data
from ui.topics.options_dialog import OptionsDialog
from ui.topics.page import TopicsPage
from ui.topics.topic_dialog import TopicDialog


@pytest.fixture
def page(qtbot, me, window) -> TopicsPage:
    found = next(p for p in window.pages if isinstance(p, TopicsPage))
    window.show()
    window.show_page(found)
    return found


@pytest.fixture
def zhang(actor) -> str:
    return team.add_member(actor, "张伟", [Role.CONTENT_PLANNER]).uid


def press(dialog: TopicDialog, which: QDialogButtonBox.StandardButton) -> None:
    dialog.buttons.button(which).click()


SAVE = QDialogButtonBox.StandardButton.Save
APPLY = QDialogButtonBox.StandardButton.Apply


def test_new_topic_through_the_dialog(qtbot, window, page, me, zhang):
    window.new_action.trigger()  # Edit ▸ New
    dialog = page.findChild(TopicDialog)
    assert dialog is not None and dialog.isVisible()
    assert not dialog.tabs.isTabEnabled(2)  # stage: once the topic exists
    form = dialog.form
    form.title_edit.setText("  春季新品  种草笔记 ")
    select_data(form.form_combo, "图文")
    select_data(form.owner_combo, zhang)
    select_data(form.priority_combo, int(Priority.HIGH))
    form.keywords_edit.setText("春季、新品，种草")
    form.due_known.setChecked(True)
    form.due_edit.setDate(date(2026, 3, 15))
    form.core_edit.setPlainText("春天第一杯")
    press(dialog, SAVE)

    assert dialog.result() == QDialog.DialogCode.Accepted
    topic = Topic.get(Topic.title == "春季新品 种草笔记")
    assert (topic.form, topic.priority, topic.due_on) == ("图文", 3, date(2026, 3, 15))
    assert topic.keywords == ",春季,新品,种草,"
    assert topic.owner.uid == zhang
    assert TopicPlan.get(TopicPlan.topic == topic).core_message == "春天第一杯"
    assert base.history(topic.uid)[0].actor_uid == me.uid  # signed by "who I am"
    assert page.selected_uids() == [topic.uid]


def test_a_missing_title_is_shown_next_to_the_field(qtbot, page):
    dialog = page.new_record()
    press(dialog, SAVE)
    assert dialog.isVisible()
    assert dialog.form.errors["title"].text() == "Title is required."
    assert not Topic.select().exists()


def test_the_dialog_edits_fields_and_plan(qtbot, page, actor, zhang, me):
    uid = editing.add_topic(actor, "控糖轻乳茶测评", form="图文").uid
    dialog = page.open_topic(uid)
    form = dialog.form
    assert form.title_edit.text() == "控糖轻乳茶测评"
    form.title_edit.setText("控糖轻乳茶真实测评")
    form.notes_edit.setPlainText("用户反馈：想要低糖")
    select_data(form.owner_combo, zhang)
    form.audience_edit.setText("控糖人群")
    form.channels_picker.boxes["小红书"].setChecked(True)
    form.channels_picker.boxes["抖音"].setChecked(True)
    form.effect_edit.setPlainText("收藏 500")
    press(dialog, APPLY)  # stays open

    assert dialog.isVisible()
    topic = Topic.get(Topic.uid == uid)
    assert (topic.title, topic.audience) == ("控糖轻乳茶真实测评", "控糖人群")
    assert topic.notes == "用户反馈：想要低糖"
    assert topic.channels == ",抖音,小红书,"  # in the team's order
    assert topic.owner.uid == zhang
    assert editing.plan_of(uid).expected_effect == "收藏 500"
    assert dialog.topic_version == topic.version == 2
    assert not form.is_dirty()
    form.outline_edit.setPlainText("1. 开箱 2. 试喝")
    press(dialog, SAVE)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert editing.plan_of(uid).outline == "1. 开箱 2. 试喝"
    assert Topic.get(Topic.uid == uid).version == 2  # only the plan changed


def test_stage_buttons_move_and_explain_what_is_missing(qtbot, page, actor, me, zhang):
    uid = editing.add_topic(actor, "门店探店直播").uid
    dialog = page.open_topic(uid)
    panel = dialog.stage_panel
    plan_button = panel.buttons[Stage.PLAN]
    assert not plan_button.isEnabled()
    assert plan_button.toolTip() == "Choose an owner before the topic enters planning."
    assert "Choose an owner" in panel.hint_label.text()
    assert not panel.buttons[Stage.WRITE].isEnabled()
    assert panel.buttons[Stage.PARKED].isEnabled()

    select_data(dialog.form.owner_combo, zhang)
    select_data(dialog.form.form_combo, "直播")
    press(dialog, APPLY)
    assert plan_button.isEnabled()
    panel.comment_edit.setText("预算已批")
    plan_button.click()
    topic = Topic.get(Topic.uid == uid)
    assert topic.stage == Stage.PLAN
    history = panel.history
    assert history.item(0, 3).text() == "Planning" and history.item(0, 4).text() == "预算已批"
    assert history.item(0, 1).text() == "周敏"
    assert not panel.buttons[Stage.PLAN].isEnabled()  # where it is now
    assert panel.buttons[Stage.IDEA].isEnabled()  # one step back
    # the dialog keeps saving over its own move without a conflict
    dialog.form.notes_edit.setPlainText("周末场")
    press(dialog, SAVE)
    assert Topic.get(Topic.uid == uid).notes == "周末场"


@pytest.fixture
def editing_conflict(qtbot, page, actor, me):
    """A dialog opened at version 1; then a colleague changes the priority and the notes."""
    uid = editing.add_topic(actor, "双11囤货攻略", notes="初稿").uid
    dialog = page.open_topic(uid)
    colleague = Actor(None, "李娜")
    editing.edit_topic(colleague, uid, 1, priority=Priority.HIGH, notes="李娜改过")
    dialog.form.title_edit.setText("双11囤货全攻略")
    dialog.form.notes_edit.setPlainText("我的备注")
    press(dialog, SAVE)
    conflict = dialog.conflict_dialog
    assert isinstance(conflict, ConflictDialog) and conflict.isVisible()
    return uid, dialog, conflict


def cells(conflict: ConflictDialog) -> dict[str, tuple[str, str]]:
    t = conflict.table
    return {
        t.item(r, 0).text(): (t.item(r, 1).text(), t.item(r, 2).text()) for r in range(t.rowCount())
    }


def test_a_conflict_shows_both_versions_and_keep_mine_saves(editing_conflict):
    uid, dialog, conflict = editing_conflict
    assert cells(conflict) == {
        "Title": ("双11囤货全攻略", "双11囤货攻略"),
        "Priority": ("(not changed by you)", "High"),
        "Notes": ("我的备注", "李娜改过"),
    }
    assert Topic.get(Topic.uid == uid).title == "双11囤货攻略"  # nothing saved yet
    conflict.keep_mine_button.click()
    topic = Topic.get(Topic.uid == uid)
    assert (topic.title, topic.notes, topic.priority) == ("双11囤货全攻略", "我的备注", 3)
    assert topic.version == 3
    assert dialog.result() == QDialog.DialogCode.Accepted  # Save was pressed: closed


def test_take_theirs_shows_their_version(editing_conflict):
    uid, dialog, conflict = editing_conflict
    conflict.take_theirs_button.click()
    topic = Topic.get(Topic.uid == uid)
    assert (topic.title, topic.notes, topic.version) == ("双11囤货攻略", "李娜改过", 2)
    assert dialog.isVisible()  # open again, with their values
    assert dialog.form.notes_edit.toPlainText() == "李娜改过"
    assert dialog.form.title_edit.text() == "双11囤货攻略"


def test_the_lists_of_forms_and_channels(qtbot, page, actor):
    uid = editing.add_topic(actor, "B站联名", channels=["B站"]).uid
    dialog = page.open_lists()
    assert isinstance(dialog, OptionsDialog)
    forms = dialog.forms
    forms.new_edit.setText("海报")
    forms.add_button.click()
    assert options.labels(options.FORM)[-1] == "海报"
    assert page.filter_bar.form_combo.findData("海报") > 0  # the filter offers it at once
    forms.new_edit.setText("图文")
    forms.add_button.click()
    assert "already in the list" in forms.error.text()

    channels = dialog.channels
    item = channels.list.findItems("B站", Qt.MatchFlag.MatchExactly)[0]
    item.setText("哔哩哔哩")  # as an in-place edit does
    assert Topic.get(Topic.uid == uid).channels == ",哔哩哔哩,"  # topics relabelled
    channels.list.setCurrentRow(channels.labels().index("百度"))
    channels.hide_button.click()
    assert "百度" not in options.labels(options.CHANNEL)
    assert "百度" in options.labels(options.CHANNEL, include_inactive=True)
    channels.up_button.click()
    order = options.labels(options.CHANNEL, include_inactive=True)
    assert order.index("百度") == order.index("知乎") - 1
