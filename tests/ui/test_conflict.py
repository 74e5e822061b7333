"""Optimistic locking in the member dialog: someone saved in between (conflict dialog)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from models import team
from models.base import Actor
from models.team import Role
from ui.conflict_dialog import ConflictDialog
from ui.member_dialog import MemberDialog
from ui.team_page import TeamPage


@pytest.fixture
def editing(me, window, actor):
    """The edit dialog of 王芳 opened at version 1, then a colleague edits her phone."""
    uid = team.add_member(actor, "王芳", [Role.CHANNEL_OPERATOR], phone="111").uid
    page = window.pages[0]
    assert isinstance(page, TeamPage)
    page.refresh()
    page.table.selectRow(page.model.find(uid))
    dialog = page.edit_selected()
    assert isinstance(dialog, MemberDialog) and dialog.version == 1
    colleague = Actor(None, "李娜")
    team.edit_member(colleague, uid, 1, phone="222", department="品牌部")
    dialog.email_edit.setText("wangfang@example.com")
    dialog.department_edit.setText("市场部")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    conflict = dialog.conflict_dialog
    assert isinstance(conflict, ConflictDialog) and conflict.isVisible()
    return uid, dialog, conflict


def cells(conflict: ConflictDialog) -> dict[str, tuple[str, str]]:
    t = conflict.table
    return {
        t.item(r, 0).text(): (t.item(r, 1).text(), t.item(r, 2).text()) for r in range(t.rowCount())
    }


def test_conflict_shows_both_versions(editing):
    uid, dialog, conflict = editing
    assert dialog.isVisible()  # nothing saved yet
    assert cells(conflict) == {
        "Email": ("wangfang@example.com", ""),
        "Phone": ("(not changed by you)", "222"),
        "Department": ("市场部", "品牌部"),
    }
    assert team.get(uid).email == ""


def test_keep_mine_saves_my_fields_and_keeps_their_others(editing):
    uid, dialog, conflict = editing
    conflict.keep_mine_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    member = team.get(uid)
    assert member.email == "wangfang@example.com"  # mine
    assert member.department == "市场部"  # mine wins where we both changed it
    assert member.phone == "222"  # theirs, which I never touched
    assert member.version == 3


def test_take_theirs_discards_my_changes(editing):
    uid, dialog, conflict = editing
    conflict.take_theirs_button.click()
    assert dialog.result() == QDialog.DialogCode.Rejected
    member = team.get(uid)
    assert (member.email, member.department, member.phone) == ("", "品牌部", "222")
    assert member.version == 2


def test_conflict_again_while_choosing(editing):
    uid, dialog, conflict = editing
    team.edit_member(Actor(None, "李娜"), uid, 2, notes="又改了")
    conflict.keep_mine_button.click()
    second = dialog.conflict_dialog
    assert second is not conflict and second.isVisible()
    second.keep_mine_button.click()
    member = team.get(uid)
    assert (member.email, member.notes, member.version) == ("wangfang@example.com", "又改了", 4)
