"""Starting the app: language, refusal of a newer database, first run, window, menus."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

import models
from models import db as dbmod
from models import demo, team
from models.team import Role
from ui import app as appmod
from ui.i18n import choose_language, system_language
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.whoami_dialog import WhoAmIDialog


def sidebar_texts(window: MainWindow) -> list[str]:
    return [window.sidebar.item(i).text() for i in range(window.sidebar.count())]


def test_window_on_an_empty_database(window):
    texts = sidebar_texts(window)  # only areas that work, Settings last
    assert texts[0] == "Team" and texts[-1] == "Settings" and "Training" in texts
    assert window.pages[0].model.rowCount() == 0
    assert window.windowTitle() == "Marketing Desk — nobody"
    assert window.new_action.isEnabled()


def test_window_on_a_database_with_members(qtbot, settings, session, me, actor):
    demo.fill(actor)
    window = appmod.create_main_window(settings, session)
    qtbot.addWidget(window)
    assert window.pages[0].model.rowCount() == 10
    assert window.windowTitle() == "Marketing Desk — 周敏"
    assert "周敏" in window.user_label.text()


def test_edit_commands_follow_the_current_page(window):
    window.sidebar.setCurrentRow(sidebar_texts(window).index("Settings"))  # no records
    assert not window.new_action.isEnabled()
    assert not window.delete_action.isEnabled()
    window.view_menu.actions()[0].trigger()  # View ▸ Team (Ctrl+1)
    assert window.stack.currentIndex() == 0
    assert window.new_action.isEnabled()


def test_file_menu_takes_actions_from_other_modules(window):
    from PySide6.QtGui import QAction

    imp = QAction("Import…", window)
    window.add_file_actions([imp])
    texts = [a.text() for a in window.file_menu.actions() if not a.isSeparator()]
    assert texts.index("Import…") < texts.index("&Back Up Database…")
    assert texts.index("&Back Up Database…") + 1 == texts.index("&Restore Database…")
    assert texts[-1] == "&Quit"


def test_a_page_brings_its_own_file_actions(qtbot, window):
    from PySide6.QtGui import QAction

    from ui.page import Page

    class ExportPage(Page):
        def title(self) -> str:
            return "Exports"

        def file_actions(self) -> list[QAction]:
            return [QAction("Export…", self)]

    window.add_page(ExportPage())
    assert sidebar_texts(window)[-1] == "Exports"
    assert "Export…" in [a.text() for a in window.file_menu.actions()]
    window.sidebar.setCurrentRow(len(sidebar_texts(window)) - 1)
    assert not window.new_action.isEnabled()  # the page has no New
    window.new_action.trigger()  # and routing there is harmless


def test_about_names_version_database_and_qt(window, db_path):
    text = window.about_text()
    assert models.__version__ in text and str(db_path) in text and "Qt 6." in text


def test_chinese_sidebar_and_menus(qtbot, zh, settings, session, me):
    window = appmod.create_main_window(settings, session)
    qtbot.addWidget(window)
    texts = sidebar_texts(window)
    assert texts[0] == "团队" and texts[-1] == "设置" and "培训" in texts
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["文件(&F)", "编辑(&E)", "视图(&V)", "帮助(&H)"]
    assert window.windowTitle() == "营销工作台 — 周敏"
    assert window.pages[0].model.headerData(1, Qt.Orientation.Horizontal) == "角色"


def test_language_choice(monkeypatch):
    assert choose_language("en", "zh_CN") == "en"
    assert choose_language(None, "zh_CN") == "zh_CN"
    assert choose_language("zh-CN", None) == "zh_CN"
    assert choose_language(None, None) == system_language()


def _make_too_new(path: Path) -> None:
    models.open(path)
    dbmod.close()
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE app_meta SET value = '999' WHERE key = 'schema_version'")
    con.close()


def test_run_refuses_a_database_from_a_newer_version(monkeypatch, tmp_path):
    path = tmp_path / "new.db"
    _make_too_new(path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert appmod.run(str(path), "en", []) == 2
    assert len(shown) == 1 and "newer version of Marketing Desk" in shown[0]


def test_run_in_chinese_words_the_refusal_in_chinese(monkeypatch, tmp_path, qapp):
    path = tmp_path / "new.db"
    _make_too_new(path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(title))
    installed: list = []
    monkeypatch.setattr(appmod, "install_translators", lambda a, lang: installed.append(lang))
    assert appmod.run(str(path), "zh_CN", []) == 2
    assert installed == ["zh_CN"] and shown == ["Marketing Desk"]  # title via tr()


def test_run_first_run_asks_who_i_am_then_opens_the_window(monkeypatch, tmp_path):
    path = tmp_path / "first.db"
    seen: dict[str, object] = {}

    def answer(dialog: WhoAmIDialog) -> int:  # the modal first-run dialog, driven directly
        seen["add_only"] = not dialog.pick_radio.isVisibleTo(dialog)
        dialog.name_edit.setText("张伟")
        dialog.role_picker.boxes[Role.CONTENT_PLANNER].setChecked(True)
        dialog.accept()
        return dialog.result()

    def loop(app: QApplication) -> int:
        windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen["title"] = [w.windowTitle() for w in windows]
        for w in windows:
            w.close()
            w.deleteLater()
        return 0

    monkeypatch.setattr(WhoAmIDialog, "exec", answer)
    monkeypatch.setattr(QApplication, "exec", loop)
    assert appmod.run(str(path), "en", []) == 0
    assert seen == {"add_only": True, "title": ["Marketing Desk — 张伟"]}

    models.open(path)
    member = team.find_by_name("张伟")
    assert member is not None and member.role_list == [Role.CONTENT_PLANNER]
    assert Settings().member_uid(str(path)) == member.uid  # remembered for next time


def test_run_quits_when_the_first_run_dialog_is_cancelled(monkeypatch, tmp_path):
    monkeypatch.setattr(WhoAmIDialog, "exec", lambda d: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(QApplication, "exec", lambda a: pytest.fail("no window expected"))
    assert appmod.run(str(tmp_path / "x.db"), "en", []) == 0
