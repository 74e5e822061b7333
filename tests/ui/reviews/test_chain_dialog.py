"""审核链设置 through its widgets (R-5.4): the lead adds a script check to live streams and the
next submission goes through it; validation in Chinese; others see it read-only."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from test_tools_support import make_team, tools_on_page, topic_in_writing

from models import team
from models.reviews import chain, workflow
from models.reviews.schema import Policy
from models.reviews.status import state
from models.team import Role
from ui.reviews.chain_dialog import ChainDialog
from ui.reviews.chain_table import NAME


@pytest.fixture
def people(db, actor, me):
    return make_team(actor, me)


@pytest.fixture
def tools(qtbot, settings, session, people):
    page, found = tools_on_page(qtbot, settings, session)
    yield found
    del page


def open_dialog(tools) -> ChainDialog:
    tools.chain_action.trigger()
    dialog = tools.dialog
    assert isinstance(dialog, ChainDialog) and dialog.isVisible()
    return dialog


def choose_scope_to_add(dialog: ChainDialog, text: str) -> None:
    found = dialog.scope_combo.findText(text)
    assert found >= 0, [dialog.scope_combo.itemText(i) for i in range(dialog.scope_combo.count())]
    dialog.scope_combo.setCurrentIndex(found)
    dialog.add_scope_button.click()


def rename_row(dialog: ChainDialog, row: int, name: str) -> None:
    dialog.table.item(row, NAME).setText(name)


def test_lead_adds_a_script_check_to_live_streams_and_the_next_submission_uses_it(
    zh, tools, people, actor
):
    in_review = topic_in_writing(actor, people, "直播预告·冬至夜", "今晚八点直播间见", form="直播")
    workflow.submit(people.operator, in_review.uid)  # before the change: the default chain
    dialog = open_dialog(tools)
    assert dialog.scopes() == [""]
    assert [s.name for s in dialog.table.specs()] == ["初审", "二审", "合规/法务"]

    choose_scope_to_add(dialog, "内容形式：直播")
    assert dialog.scope_list.currentItem().text() == "内容形式：直播"
    dialog.add_level_button.click()
    row = dialog.table.rowCount() - 1
    rename_row(dialog, row, "脚本审核")
    dialog.table.set_role(row, Role.EDITOR)
    dialog.table.selectRow(row)
    dialog.up_button.click()
    dialog.up_button.click()  # signed right after 初审
    assert [s.name for s in dialog.table.specs()] == ["初审", "脚本审核", "二审", "合规/法务"]
    dialog.policy_invalidated.setChecked(True)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    assert not dialog.isVisible()
    assert [lv.name for lv in chain.chain("form:直播")] == ["初审", "脚本审核", "二审", "合规/法务"]
    assert chain.chain("form:直播")[1].role is Role.EDITOR
    assert chain.policy() is Policy.INVALIDATED
    assert [lv.name for lv in chain.chain("")] == ["初审", "二审", "合规/法务"]  # untouched

    fresh = topic_in_writing(actor, people, "直播脚本·新品", "新品直播脚本", form="直播")
    workflow.submit(people.operator, fresh.uid)
    assert [lv.name for lv in state(fresh.uid).levels] == ["初审", "脚本审核", "二审", "合规/法务"]
    # a round in progress keeps the chain it started with
    assert [lv.name for lv in state(in_review.uid).levels] == ["初审", "二审", "合规/法务"]
    short = topic_in_writing(actor, people, "短视频·冬至", "一杯姜汁奶茶")
    workflow.submit(people.operator, short.uid)
    assert len(state(short.uid).levels) == 3


def test_a_duplicate_or_empty_level_name_is_shown_in_chinese_on_its_row(zh, tools, session, people):
    dialog = open_dialog(tools)
    rename_row(dialog, 2, "二审")
    assert not dialog.save()
    text = dialog.error.text()
    assert "默认流程" in text and "第 3 级" in text and "重复" in text, text
    assert dialog.table.current() == 2
    assert [lv.name for lv in chain.chain("")] == ["初审", "二审", "合规/法务"]

    rename_row(dialog, 2, "  ")
    assert not dialog.save()
    assert "第 3 级" in dialog.error.text() and "不能为空" in dialog.error.text()

    rename_row(dialog, 2, "法务")
    dialog.remove_level_button.click()  # row 2 is selected: 法务 goes
    assert dialog.save()
    assert [lv.name for lv in chain.chain("")] == ["初审", "二审"]


def test_the_default_chain_cannot_be_emptied_and_a_form_chain_can_be_removed(
    zh, tools, session, people
):
    chain.set_chain(people.lead, "channel:抖音", [chain.LevelSpec("初审", Role.CONTENT_PLANNER)])
    dialog = open_dialog(tools)
    assert dialog.scopes() == ["", "channel:抖音"]
    dialog.select_scope("channel:抖音")
    assert dialog.remove_scope_button.isEnabled()
    dialog.remove_scope_button.click()
    dialog.select_scope("")
    assert not dialog.remove_scope_button.isEnabled()  # the default chain stays
    for _ in range(3):
        dialog.table.selectRow(0)
        dialog.remove_level_button.click()
    assert dialog.table.rowCount() == 0
    assert not dialog.save()
    assert "至少需要一个级别" in dialog.error.text()
    assert chain.chain("channel:抖音")  # nothing saved: one transaction

    dialog.add_level_button.click()
    rename_row(dialog, 0, "终审")
    dialog.table.set_role(0, Role.COMPLIANCE)
    assert dialog.save()
    assert chain.chain("channel:抖音") == ()
    assert [(lv.name, lv.role) for lv in chain.chain("")] == [("终审", Role.COMPLIANCE)]


def test_others_see_the_chain_read_only_and_the_core_refuses_their_save(zh, tools, session, people):
    editor = team.find_by_name("刘洋")
    session.set_member(editor.uid)
    dialog = open_dialog(tools)
    assert dialog.read_only and dialog.notice.isVisible()
    assert "只有团队负责人" in dialog.notice.text()
    assert dialog.save_button is None
    for widget in (dialog.add_level_button, dialog.add_scope_button, dialog.policy_all):
        assert not widget.isEnabled()
    assert not dialog.table.editTriggers()
    # even when the widgets are forced to take a change, the core refuses it
    dialog.table.set_read_only(False)
    rename_row(dialog, 0, "一审")
    assert not dialog.save()
    assert "只有团队负责人可以修改审核流程" in dialog.error.text()
    assert [lv.name for lv in chain.chain("")] == ["初审", "二审", "合规/法务"]
