"""The Settings page and the File menu's backup, through their buttons and actions."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QFileDialog, QPushButton

from models import db as dbmod
from models import team
from models.team import Role
from ui import notify, tasks
from ui.settings import Settings
from ui.settings_page import SettingsPage
from ui.whoami_dialog import WhoAmIDialog


def settings_page(window) -> SettingsPage:
    page = window.pages[-1]
    assert isinstance(page, SettingsPage)
    return page


def button(page: SettingsPage, text: str) -> QPushButton:
    found = [b for b in page.findChildren(QPushButton) if b.text() == text]
    assert len(found) == 1, [b.text() for b in page.findChildren(QPushButton)]
    return found[0]


def test_shows_database_user_and_saves_the_language(window, me, db_path, settings):
    page = settings_page(window)
    assert page.db_label.text() == str(db_path)
    assert page.user_label.text() == "周敏 (Team lead)"
    assert page.language_combo.currentData() == ""  # follow the system

    page.language_combo.setCurrentIndex(page.language_combo.findData("zh_CN"))
    assert Settings(settings.file_name()).language == "zh_CN"
    assert "restart" in window.statusBar().currentMessage()
    page.language_combo.setCurrentIndex(0)
    assert Settings(settings.file_name()).language is None


def test_switch_user_button_opens_the_dialog(window, me, actor):
    team.add_member(actor, "赵磊", [Role.PROJECT_MANAGER])
    button(settings_page(window), "Switch User…").click()
    dialog = window.findChild(WhoAmIDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.member_list.setCurrentRow(1)
    dialog.accept()
    assert settings_page(window).user_label.text() == "赵磊 (Project manager)"


def test_backup_button_asks_for_a_file_and_remembers_its_folder(
    qtbot, monkeypatch, window, me, settings, tmp_path
):
    target = tmp_path / "saved" / "desk-copy.db"
    target.parent.mkdir()
    asked: list[str] = []

    def ask(parent, caption, suggested, filters):
        asked.append(suggested)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    button(settings_page(window), "Back Up Database…").click()
    assert asked and asked[0].endswith(".db")
    qtbot.waitUntil(lambda: target.exists() and window.database.backup_action.isEnabled())
    assert tasks.wait_all(5000)
    con = sqlite3.connect(target)
    assert con.execute("SELECT count(*) FROM member").fetchone() == (1,)
    con.close()
    assert settings.last_folder == str(target.parent)


def test_restore_asks_first_and_does_nothing_when_refused(
    qtbot, monkeypatch, window, me, actor, tmp_path
):
    src = dbmod.backup_to(tmp_path / "old.db")  # the team with only me
    team.add_member(actor, "新人", [Role.EDITOR])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(src), ""))
    answers = [False, True]
    monkeypatch.setattr(notify, "confirm", lambda parent, text, action: answers.pop(0))

    window.database.restore_action.trigger()  # refused
    assert tasks.wait_all(5000)
    qtbot.wait(50)
    assert team.count() == 2

    window.database.restore_action.trigger()  # confirmed
    qtbot.waitUntil(lambda: team.count() == 1)
    qtbot.waitUntil(window.database.restore_action.isEnabled)
