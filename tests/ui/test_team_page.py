"""The Team page: add, edit, deactivate, delete, restore and find members (R-4.1)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from models import base, demo, team
from models.base import Actor
from models.team import Member, Role
from ui import notify
from ui.member_dialog import MemberDialog
from ui.team_page import TeamPage
from ui.trash_dialog import TrashDialog


@pytest.fixture
def page(me, window) -> TeamPage:
    page = window.pages[0]
    assert isinstance(page, TeamPage)
    return page


def names(page: TeamPage) -> list[str]:
    """The names in the order the table shows them."""
    proxy = page.proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def select(page: TeamPage, name: str) -> None:
    page.table.clearSelection()
    page.table.selectRow(names(page).index(name))


def save(dialog: MemberDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_add_member_through_the_dialog(qtbot, window, page, me):
    window.new_action.trigger()  # Edit ▸ New, routed to the team page
    dialog = page.findChild(MemberDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.name_edit.setText("  张伟 ")  # Chinese arrives whole from the IME
    dialog.role_picker.boxes[Role.CONTENT_PLANNER].click()
    dialog.role_picker.boxes[Role.EDITOR].click()
    qtbot.keyClicks(dialog.email_edit, "zhangwei@example.com")
    dialog.department_edit.setText("市场部")
    dialog.joined_known.setChecked(True)
    dialog.joined_edit.setDate(date(2023, 3, 1))
    save(dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    member = team.find_by_name("张伟")
    assert member is not None
    assert member.role_list == [Role.CONTENT_PLANNER, Role.EDITOR]
    assert (member.email, member.department, member.joined_on) == (
        "zhangwei@example.com",
        "市场部",
        date(2023, 3, 1),
    )
    assert base.history(member.uid)[-1].actor_uid == me.uid  # signed by "who I am"
    assert "张伟" in names(page)  # the page re-queried after the write
    assert [r.name for r in page.selected_members()] == ["张伟"]


def test_validation_errors_appear_next_to_the_field(qtbot, page, me):
    dialog = page.new_record()
    save(dialog)  # no name, no role
    assert dialog.isVisible()
    assert dialog.errors["name"].isVisible()
    assert dialog.errors["name"].text() == "Name is required."

    dialog.name_edit.setText("李娜")
    save(dialog)
    assert not dialog.errors["name"].isVisible()
    assert dialog.errors["roles"].text() == "Choose at least one role."

    dialog.role_picker.boxes[Role.DATA_ANALYST].click()
    qtbot.keyClicks(dialog.email_edit, "not-an-email")
    save(dialog)
    assert dialog.errors["email"].text() == "“not-an-email” is not an email address."
    assert team.find_by_name("李娜") is None

    dialog.email_edit.setText("lina@example.com")
    save(dialog)
    assert not dialog.isVisible()
    assert team.find_by_name("李娜") is not None


def test_duplicate_name_is_refused_in_chinese(qtbot, zh, page, me):
    dialog = page.new_record()
    dialog.name_edit.setText("周敏")
    dialog.role_picker.boxes[Role.EDITOR].click()
    save(dialog)
    assert dialog.errors["name"].text() == "已存在名为“周敏”的成员。"
    assert team.count() == 1


def test_edit_member(qtbot, page, me, actor):
    team.add_member(actor, "王芳", [Role.CHANNEL_OPERATOR])
    page.refresh()
    select(page, "王芳")
    dialog = page.edit_selected()
    assert dialog is not None
    assert dialog.role_picker.roles() == [Role.CHANNEL_OPERATOR]
    dialog.phone_edit.setText("13800000003")
    dialog.role_picker.boxes[Role.CRM].click()
    save(dialog)
    member = team.find_by_name("王芳")
    assert member is not None
    assert member.phone == "13800000003"
    assert member.role_list == [Role.CHANNEL_OPERATOR, Role.CRM]
    assert member.version == 2


def test_deactivate_reactivate_and_hide_inactive(qtbot, page, me, actor):
    uid = team.add_member(actor, "吴强", [Role.CHANNEL_OPERATOR]).uid
    page.refresh()
    select(page, "吴强")
    assert page.active_button.text() == "Deactivate"
    page.active_button.click()
    assert team.get(uid).active is False
    assert page.active_button.text() == "Reactivate"  # the selection survived the refresh

    page.inactive_box.setChecked(False)
    assert names(page) == ["周敏"]
    page.inactive_box.setChecked(True)
    select(page, "吴强")
    page.active_button.click()
    assert team.get(uid).active is True


def test_delete_goes_to_trash_and_restores(qtbot, monkeypatch, window, page, me, actor):
    uid = team.add_member(actor, "刘洋", [Role.EDITOR]).uid
    page.refresh()
    select(page, "刘洋")
    window.delete_action.trigger()  # Edit ▸ Delete
    assert [m.uid for m in team.list_trash()] == [uid]
    assert "刘洋" not in names(page)
    assert "1 member" in window.statusBar().currentMessage()

    trash = page.open_trash()
    assert isinstance(trash, TrashDialog)
    assert trash.model.rowCount() == 1
    trash.select(uid)
    trash.restore_button.click()
    assert team.get(uid).name == "刘洋"
    assert trash.model.rowCount() == 0
    assert "刘洋" in names(page)

    # Delete again, then for good (after a confirmation).
    team.trash_member(actor, uid)
    trash.refresh()
    trash.select(uid)
    asked: list[str] = []
    monkeypatch.setattr(notify, "confirm", lambda parent, text, action: asked.append(text) or True)
    trash.purge_button.click()
    assert asked and "刘洋" in asked[0]
    assert not Member.select().where(Member.uid == uid).exists()
    assert trash.empty_label.isVisibleTo(trash)


def test_cannot_delete_yourself(monkeypatch, page, me):
    shown: list[str] = []
    monkeypatch.setattr(notify, "error", lambda parent, text, details="": shown.append(text))
    select(page, me.name)
    page.delete_selected()
    assert shown == ["You cannot delete yourself. Switch user first."]
    assert team.get(me.uid).deleted_at is None


def test_search_role_filter_and_find_shortcut(qtbot, window, page, me):
    demo.fill(Actor(me.uid, me.name))  # the sample team; 周敏 (me) is one of them
    page.refresh()
    assert len(names(page)) == 10
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.find_action.trigger()  # Ctrl+F
    qtbot.waitUntil(page.search_edit.hasFocus)
    page.search_edit.insert("品牌部")
    assert sorted(names(page)) == sorted(["刘洋", "黄丽"])
    page.search_edit.clear()
    page.role_combo.setCurrentIndex(page.role_combo.findData(Role.EDITOR.value))
    assert sorted(names(page)) == sorted(["刘洋", "黄丽"])
    page.role_combo.setCurrentIndex(0)
    assert page.count_label.text() == "10 member(s), 1 inactive"


def test_delete_key_in_the_search_box_edits_the_text(qtbot, window, page, me, actor):
    team.add_member(actor, "Anna", [Role.EDITOR])
    page.refresh()
    select(page, "Anna")
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    page.focus_search()
    qtbot.waitUntil(page.search_edit.hasFocus)
    qtbot.keyClicks(page.search_edit, "xAnna")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Home)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Delete)  # not Edit ▸ Delete
    assert page.search_edit.text() == "Anna"
    assert team.find_by_name("Anna") is not None
    page.table.setFocus()
    select(page, "Anna")
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)  # in the table it is Edit ▸ Delete
    assert team.find_by_name("Anna") is None


def test_sorting_by_a_column(page, me, actor):
    team.add_member(actor, "Anna", [Role.EDITOR], joined_on=date(2024, 1, 1))
    team.add_member(actor, "Bob", [Role.EDITOR], joined_on=date(2020, 1, 1))
    page.refresh()
    joined = next(i for i, c in enumerate(page.model.columns) if c.header == "Joined on")
    page.table.sortByColumn(joined, Qt.SortOrder.AscendingOrder)
    assert names(page) == ["周敏", "Bob", "Anna"]  # no date first, then by date


def test_item_model_passes_the_model_tester(qtmodeltester, page, me, actor):
    demo.fill(actor)
    page.refresh()
    assert page.model.rowCount() == 10
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)


def test_chinese_names_sort_by_pinyin_whatever_the_system_locale(
    qtbot, zh, me, actor, settings, session
):
    """A Chinese interface lists 陈 黄 李 刘 … even where the system locale is English or C."""
    from ui.app import create_main_window

    for name in ("刘洋", "吴强", "张伟", "陈静", "黄丽"):
        team.add_member(actor, name, [Role.EDITOR])
    window = create_main_window(settings, session)  # built in Chinese (the zh fixture)
    qtbot.addWidget(window)
    page = window.pages[0]
    assert isinstance(page, TeamPage)
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert names(page) == ["陈静", "黄丽", "刘洋", "吴强", "张伟", "周敏"]
