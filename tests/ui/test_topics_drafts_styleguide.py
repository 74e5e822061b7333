"""The brand style guide beside the draft (R-5.6): avoided words highlighted, guide edits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QDialog

from models import team
from models.base import Actor
from models.team import Role
from models.topics import editing, styleguide
from ui.page import PageContext
from ui.topics import draft_editor
from ui.topics.draft_editor import DraftEditorDialog
from ui.topics.styleguide import StyleGuideDialog

WAVY = QTextCharFormat.UnderlineStyle.WaveUnderline


@pytest.fixture
def ctx(qapp, settings, session, me) -> PageContext:
    actions = [QAction(name) for name in ("backup", "restore", "switch user")]
    return PageContext(settings, session, *actions)


@pytest.fixture
def lead(session, me) -> Actor:
    return session.actor()


@pytest.fixture
def colleague(actor) -> Actor:
    return team.add_member(actor, "刘洋", [Role.EDITOR]).actor()


@pytest.fixture
def editor(qtbot, monkeypatch, ctx, lead) -> DraftEditorDialog:
    styleguide.save_guide(lead, None, tone="亲切、真诚", words_avoid="最好\n第一\nbest")
    topic = editing.add_topic(lead, "控糖柠檬茶成分解读", form="长文", owner_uid=lead.uid)
    dialog = DraftEditorDialog(ctx, topic.uid)
    qtbot.addWidget(dialog)
    # closing at the end of a test must not wait for an answer to "save the changes?"
    monkeypatch.setattr(draft_editor, "ask_unsaved", lambda parent: draft_editor.DISCARD)
    return dialog


def highlighted(document: QTextDocument) -> list[tuple[int, str]]:
    """(line, text) of every stretch the highlighter marked as a word to avoid."""
    found = []
    block = document.firstBlock()
    while block.isValid():
        units = block.text().encode("utf-16-le")  # Qt's positions count UTF-16 units
        for fmt in block.layout().formats():
            if fmt.format.underlineStyle() == WAVY:
                piece = units[2 * fmt.start : 2 * (fmt.start + fmt.length)].decode("utf-16-le")
                found.append((block.blockNumber() + 1, piece))
        block = block.next()
    return found


def test_words_to_avoid_are_highlighted_as_the_user_types(qtbot, editor):
    editor.editor.setPlainText("这是最好的控糖柠檬茶。\n销量第一，")
    assert highlighted(editor.editor.document()) == [(1, "最好"), (2, "第一")]
    assert [(h.word, h.start) for h in editor.guide_panel.hits] == [("最好", 2), ("第一", 14)]
    assert "最好" in editor.guide_panel.hits_label.text()

    editor.editor.moveCursor(editor.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.editor, " the BEST tea")  # ASCII typed key by key; case ignored
    assert (2, "BEST") in highlighted(editor.editor.document())
    assert editor.guide_panel.hits_list.count() == 3

    editor.editor.setPlainText("好茶慢享，轻负担。")
    assert highlighted(editor.editor.document()) == []
    assert editor.guide_panel.hits_list.isHidden()


def test_clicking_a_listed_word_selects_it_in_the_draft(qtbot, editor):
    editor.show()
    qtbot.waitExposed(editor)
    editor.editor.setPlainText("第一行\n这是最好的选择")
    panel = editor.guide_panel
    item = panel.hits_list.item(1)
    assert item.text().startswith("Line 2")
    rect = panel.hits_list.visualItemRect(item)
    qtbot.mouseClick(panel.hits_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert editor.editor.textCursor().selectedText() == "最好"


def test_an_emoji_before_a_word_does_not_shift_the_highlight(editor):
    editor.editor.setPlainText("🍋🍋 最好喝")
    assert highlighted(editor.editor.document()) == [(1, "最好")]


def test_editing_the_guide_updates_the_panel_and_the_highlighting(qtbot, editor):
    editor.editor.setPlainText("绝对好喝")
    assert highlighted(editor.editor.document()) == []
    dialog = editor.guide_panel.edit_guide()
    dialog.edits["words_avoid"].setPlainText("最好\n第一\nbest\n绝对")
    dialog.edits["tone"].setPlainText("亲切、真诚、有温度")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted

    guide = styleguide.get_guide()
    assert guide.words_avoid == ("最好", "第一", "best", "绝对")
    assert guide.tone == "亲切、真诚、有温度"
    assert highlighted(editor.editor.document()) == [(1, "绝对")]
    assert "有温度" in editor.guide_panel.browser.toPlainText()
    assert "周敏" in editor.guide_panel.changed_label.text()


def test_a_colleagues_save_in_between_shows_the_conflict_and_keep_mine_merges(
    qtbot, ctx, lead, colleague
):
    styleguide.save_guide(lead, None, tone="亲切", visual="山茶绿")
    dialog = StyleGuideDialog(ctx)
    qtbot.addWidget(dialog)
    loaded = styleguide.get_guide()
    styleguide.save_guide(colleague, loaded.version, visual="山茶绿 #3A7D5C")
    dialog.edits["tone"].setPlainText("亲切、真诚")
    dialog.accept()

    conflict = dialog.conflict_dialog
    assert conflict is not None and conflict.isVisible()
    assert conflict.fields == ["tone", "visual"]  # mine, and what they changed
    assert styleguide.get_guide().tone == "亲切"  # nothing written yet
    conflict.keep_mine_button.click()
    guide = styleguide.get_guide()
    assert (guide.tone, guide.visual) == ("亲切、真诚", "山茶绿 #3A7D5C")  # both kept
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_take_theirs_discards_my_edit(qtbot, ctx, lead, colleague):
    styleguide.save_guide(lead, None, tone="亲切")
    dialog = StyleGuideDialog(ctx)
    qtbot.addWidget(dialog)
    styleguide.save_guide(colleague, dialog.version, tone="专业、可信")
    dialog.edits["tone"].setPlainText("活泼")
    dialog.accept()
    assert dialog.conflict_dialog is not None
    dialog.conflict_dialog.take_theirs_button.click()
    assert styleguide.get_guide().tone == "专业、可信"
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert [r.actor_name for r in styleguide.guide_history()][:1] == ["刘洋"]


def test_the_panel_lists_the_words_to_use_and_avoid(editor):
    shown = editor.guide_panel.browser.toPlainText().replace("\u2060", "")  # word joiners
    assert "亲切、真诚" in shown and "best" in shown and "最好" in shown
