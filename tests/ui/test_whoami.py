"""Who am I: the first-run question and Switch user; the answer signs every write."""

from __future__ import annotations

from models import base, team
from models.team import Role
from ui.session import Session
from ui.settings import Settings
from ui.whoami_dialog import WhoAmIDialog


def test_first_member_of_an_empty_database(qtbot, session, settings, db_path):
    dialog = WhoAmIDialog(session, first_run=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.member_list.isVisible() and dialog.new_box.isEnabled()

    dialog.accept()  # nothing filled in
    assert dialog.isVisible()
    assert dialog.name_error.text() == "Name is required."

    dialog.name_edit.setText("周敏")
    dialog.accept()
    assert dialog.roles_error.text() == "Choose at least one role."

    dialog.role_picker.boxes[Role.TEAM_LEAD].setChecked(True)
    dialog.role_picker.boxes[Role.EDITOR].setChecked(True)
    dialog.accept()
    assert not dialog.isVisible()
    member = team.find_by_name("周敏")
    assert member is not None and member.role_list == [Role.EDITOR, Role.TEAM_LEAD]
    assert base.history(member.uid)[0].actor_name == "周敏"
    # Remembered per database, in the settings file: a new Settings object reads it back.
    assert Settings(settings.file_name()).member_uid(str(db_path)) == member.uid
    assert Session(Settings(settings.file_name()), str(db_path)).actor().uid == member.uid


def test_pick_yourself_from_the_list(qtbot, session, actor):
    team.add_member(actor, "张伟", [Role.CONTENT_PLANNER])
    wang = team.add_member(actor, "王芳", [Role.CHANNEL_OPERATOR])
    team.add_member(actor, "吴强", [Role.CRM], active=False)  # left: not offered
    dialog = WhoAmIDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.pick_radio.isChecked() and not dialog.new_box.isEnabled()
    texts = [dialog.member_list.item(i).text() for i in range(dialog.member_list.count())]
    assert [t.split("　")[0] for t in texts] == ["张伟", "王芳"]
    assert "渠道运营" not in texts[1] and "Channel operator" in texts[1]

    dialog.accept()  # nobody selected yet
    assert dialog.general_error.text() == "Choose yourself in the list."
    dialog.member_list.setCurrentRow(1)
    dialog.accept()
    assert dialog.chosen_uid == wang.uid
    assert session.member() is not None and session.member().name == "王芳"
    assert team.count() == 3


def test_add_yourself_when_the_team_exists(qtbot, session, actor):
    team.add_member(actor, "张伟", [Role.CONTENT_PLANNER])
    dialog = WhoAmIDialog(session)
    qtbot.addWidget(dialog)
    dialog.add_radio.setChecked(True)
    assert dialog.new_box.isEnabled() and not dialog.member_list.isEnabled()
    dialog.name_edit.setText("张伟")
    dialog.role_picker.boxes[Role.EDITOR].setChecked(True)
    dialog.accept()
    assert dialog.name_error.text() == "A member named “张伟” already exists."
    dialog.name_edit.setText("黄丽")
    dialog.accept()
    assert session.member() is not None and session.member().name == "黄丽"


def test_switch_user_from_the_menu(qtbot, window, me, actor):
    other = team.add_member(actor, "赵磊", [Role.PROJECT_MANAGER])
    window.switch_user_action.trigger()
    dialog = window.findChild(WhoAmIDialog)
    assert dialog is not None and dialog.isVisible()
    row = next(
        i
        for i in range(dialog.member_list.count())
        if dialog.member_list.item(i).text().startswith("赵磊")
    )
    dialog.member_list.setCurrentRow(row)
    dialog.accept()
    assert window.windowTitle() == "Marketing Desk — 赵磊"
    assert window.session.actor().uid == other.uid
    # The next write is signed by the new user.
    team.edit_member(window.session.actor(), me.uid, None, phone="1")
    assert base.history(me.uid)[-1].actor_name == "赵磊"


def test_a_forgotten_member_means_nobody(session, me, actor):
    team.trash_member(actor, me.uid)
    assert session.member() is None
    assert session.actor().uid is None


def test_the_list_is_in_pinyin_order_in_chinese(qtbot, session, actor, zh):
    for name in ["张伟", "陈静", "王芳", "李娜"]:
        team.add_member(actor, name, [Role.EDITOR])
    dialog = WhoAmIDialog(session)
    qtbot.addWidget(dialog)
    texts = [dialog.member_list.item(i).text() for i in range(dialog.member_list.count())]
    assert [t.split("　")[0] for t in texts] == ["陈静", "李娜", "王芳", "张伟"]
