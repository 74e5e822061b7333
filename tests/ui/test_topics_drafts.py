"""The draft editor (R-5.3, R-5.4): versions, the reviewer's diff, attachments, unsaved changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QDesktopServices, QTextDocument
from PySide6.QtWidgets import QFileDialog

from models.base import Actor
from models.topics import cleanup, drafts, editing, stages
from models.topics.drafts import Attachment
from models.topics.model import Stage
from ui import notify
from ui.page import PageContext
from ui.topics import draft_editor
from ui.topics.attachments import url_of
from ui.topics.diff_view import INSERT_COLOR, DiffView
from ui.topics.draft_editor import DraftEditorDialog

FIRST = "冬至到了，来一杯姜汁奶茶。\n【结尾】第二杯半价。"
SECOND = "冬至到了，一杯姜汁奶茶，把冬天喝暖。\n【结尾】第二杯半价。\n【镜头2】顾客捧杯暖手。"


@pytest.fixture
def ctx(qapp, settings, session, me) -> PageContext:
    actions = [QAction(name) for name in ("backup", "restore", "switch user")]
    return PageContext(settings, session, *actions)


@pytest.fixture
def lead(session, me) -> Actor:
    """The acting member: 周敏, the team lead, chosen as "who I am"."""
    return session.actor()


@pytest.fixture
def topic(lead):
    return editing.add_topic(lead, "冬至限定·姜汁奶茶上市", form="短视频", owner_uid=lead.uid)


@pytest.fixture
def editor(qtbot, monkeypatch, ctx, topic) -> DraftEditorDialog:
    dialog = DraftEditorDialog(ctx, topic.uid)
    qtbot.addWidget(dialog)
    # closing at the end of a test must not wait for an answer to "save the changes?"
    monkeypatch.setattr(draft_editor, "ask_unsaved", lambda parent: draft_editor.DISCARD)
    return dialog


def marked(document: QTextDocument) -> tuple[str, str]:
    """The text shown as inserted (green background) and as deleted (struck through)."""
    inserted, deleted = [], []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.fontStrikeOut():
                deleted.append(fragment.text())
            elif fmt.background().color().name() == INSERT_COLOR:
                inserted.append(fragment.text())
            it += 1
        block = block.next()
    return "".join(inserted), "".join(deleted)


def test_saving_twice_keeps_two_versions_and_the_diff_shows_what_changed(
    qtbot, qtmodeltester, editor, topic
):
    editor.editor.setPlainText(FIRST)  # Chinese arrives whole from the IME
    editor.note_edit.setText("初稿")
    assert editor.is_modified()
    editor.save_button.click()
    editor.editor.setPlainText(SECOND)
    editor.save_button.click()
    editor.save_button.click()  # nothing changed: no third version

    versions = drafts.versions(topic.uid)
    assert [(v.number, v.body, v.note, v.author_name) for v in versions] == [
        (1, FIRST, "初稿", "周敏"),
        (2, SECOND, "", "周敏"),
    ]
    assert not editor.is_modified()
    assert "2" in editor.status_label.text()
    history = editor.history
    assert history.model.rowCount() == 2
    qtmodeltester.check(history.model)

    # the reviewer sees the last round: v1 → v2, by character inside the changed line
    assert (history.old_combo.currentData(), history.new_combo.currentData()) == (1, 2)
    inserted, deleted = marked(history.diff_view.browser.document())
    assert "来" in deleted and "把冬天喝暖" in inserted and "顾客捧杯暖手" in inserted
    assert "姜汁奶茶" not in inserted + deleted  # unchanged text is not marked
    history.diff_view.set_mode(DiffView.INLINE)
    inserted, deleted = marked(history.diff_view.browser.document())
    assert "来" in deleted and "把冬天喝暖" in inserted

    # pick one version in the list: compared with the one before it (v0, empty)
    history.table.selectRow(0)
    assert (history.old_combo.currentData(), history.new_combo.currentData()) == (0, 1)
    inserted, deleted = marked(history.diff_view.browser.document())
    assert "来一杯" in inserted and deleted == ""


def test_an_older_version_can_be_loaded_back_and_saved_as_the_newest(editor, topic):
    for body in (FIRST, SECOND):
        editor.editor.setPlainText(body)
        editor.save()
    editor.history.compare(0, 1)
    editor.history.restore_button.click()
    assert editor.body() == FIRST and editor.is_modified()
    editor.save()
    assert [v.body for v in drafts.versions(topic.uid)] == [FIRST, SECOND, FIRST]


def test_attachments_are_kept_with_the_next_version(qtbot, monkeypatch, editor, topic, tmp_path):
    photo = tmp_path / "姜汁奶茶主图.jpg"
    photo.write_bytes(b"\xff\xd8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(photo), ""))
    panel = editor.attachments
    dialog = panel.add_attachment()
    dialog.browse_button.click()
    assert dialog.caption_edit.text() == "姜汁奶茶主图"  # the file name until one is written
    dialog.accept()
    dialog = panel.add_attachment()
    dialog.accept()  # nothing chosen: the dialog says so and stays open
    assert dialog.isVisible() and dialog.error.text()
    qtbot.keyClicks(dialog.ref_edit, "https://example.com/script")
    dialog.caption_edit.setText("拍摄脚本")
    dialog.accept()

    assert editor.is_modified()  # attachments are part of the draft
    assert "(2)" in editor.tabs.tabText(2)
    editor.editor.setPlainText(FIRST)
    editor.save()
    saved = drafts.latest(topic.uid)
    assert saved is not None
    assert saved.attachments == (
        Attachment(str(photo), "姜汁奶茶主图"),
        Attachment("https://example.com/script", "拍摄脚本"),
    )
    assert [a.kind for a in saved.attachments] == ["image", "link"]

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    panel.table.selectRow(0)
    panel.open_button.click()
    assert opened and opened[0].toLocalFile() == str(photo)

    photo.unlink()  # moved away on the shared drive: say so instead of failing quietly
    errors = []
    monkeypatch.setattr(notify, "error", lambda parent, text, details="": errors.append(text))
    panel.open_attachment()
    assert len(opened) == 1 and str(photo) in errors[0]

    panel.remove_button.click()
    editor.save()
    diff = drafts.diff_versions(topic.uid, 1, 2)
    assert diff.attachments_removed == (Attachment(str(photo), "姜汁奶茶主图"),)
    assert "姜汁奶茶主图" in editor.history.diff_view.browser.toPlainText()


def test_unsaved_changes_ask_before_closing(monkeypatch, editor, topic):
    editor.show()
    editor.editor.setPlainText(FIRST)
    answers = []

    def answer(choice):
        def ask(parent):
            answers.append(choice)
            return choice

        monkeypatch.setattr(draft_editor, "ask_unsaved", ask)

    answer(draft_editor.CANCEL)
    editor.close_button.click()
    assert editor.isVisible() and drafts.latest(topic.uid) is None
    answer(draft_editor.SAVE)
    editor.close_button.click()
    assert not editor.isVisible()
    assert drafts.latest(topic.uid).body == FIRST  # type: ignore[union-attr]
    assert answers == ["cancel", "save"]


def test_discarding_closes_without_a_version_and_a_clean_draft_closes_without_asking(
    monkeypatch, editor, topic
):
    editor.show()
    editor.editor.setPlainText(FIRST)
    monkeypatch.setattr(draft_editor, "ask_unsaved", lambda parent: draft_editor.DISCARD)
    editor.reject()
    assert not editor.isVisible() and drafts.latest(topic.uid) is None
    editor.show()
    editor.editor.setPlainText("")
    monkeypatch.setattr(draft_editor, "ask_unsaved", lambda parent: pytest.fail("asked"))
    editor.reject()
    assert not editor.isVisible()


def test_markdown_preview_and_plain_text(editor):
    editor.editor.setPlainText("# 冬至限定\n\n**第二杯半价**")
    editor.tabs.setCurrentWidget(editor.preview)
    shown = editor.preview.toPlainText()
    assert "冬至限定" in shown and "#" not in shown and "**" not in shown
    editor.format_combo.setCurrentIndex(editor.format_combo.findData("plain"))
    assert editor.preview.toPlainText().startswith("# 冬至限定")
    editor.save()
    assert drafts.latest(editor.topic_uid).body_format == "plain"  # type: ignore[union-attr]


def test_an_archived_topic_opens_read_only(qtbot, ctx, lead):
    topic = editing.add_topic(
        lead, "打工人续命茶饮测评", stage=Stage.PUBLISH, form="短视频", owner_uid=lead.uid
    )
    drafts.save_draft(lead, topic.uid, "测评脚本")
    cleanup.archive(lead, [topic.uid])
    dialog = DraftEditorDialog(ctx, topic.uid)
    qtbot.addWidget(dialog)
    assert dialog.body() == "测评脚本"
    assert dialog.editor.isReadOnly() and not dialog.save_button.isEnabled()
    assert dialog.banner.isVisibleTo(dialog)
    assert not dialog.attachments.add_button.isEnabled()
    assert dialog.save() is None and len(drafts.versions(topic.uid)) == 1


def test_a_closed_file_dialog_adds_nothing(monkeypatch, editor):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    dialog = editor.attachments.add_attachment()
    dialog.browse_button.click()
    dialog.reject()
    assert editor.attachments.attachments() == () and not editor.is_modified()


def test_saving_in_a_dropped_topic_is_refused_with_the_core_message(
    monkeypatch, editor, topic, lead
):
    # dropped by a colleague while the editor was open: the core refuses, the user is told
    stages.move_topic(lead, topic.uid, Stage.DROPPED, comment="错过时间")
    errors = []
    monkeypatch.setattr(notify, "error", lambda parent, text, details="": errors.append(text))
    editor.editor.setPlainText(FIRST)
    assert editor.save() is None
    assert errors and "冬至限定·姜汁奶茶上市" in errors[0]
    assert drafts.latest(topic.uid) is None


def test_a_link_opens_in_the_browser_and_a_path_as_a_file():
    assert url_of("https://example.com/a.mp4").scheme() == "https"
    assert url_of(str(Path("/素材/主图.jpg"))).isLocalFile()
