"""Writing a topic's copy or script in the app (R-5.3, R-5.4), beside the style guide (R-5.6).

Every save keeps a new version (``drafts.save_draft``); the History tab shows what changed
between any two versions. The words the style guide says to avoid are highlighted as the user
types. Closing with unsaved changes asks first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from models.errors import DeskError
from models.topics import backlog, drafts
from models.topics.drafts import Attachment, DraftVersionRow
from models.topics.model import Stage
from ui import events, notify
from ui.page import PageContext
from ui.topics.attachments import AttachmentsPanel
from ui.topics.diff_view import HistoryPanel
from ui.topics.styleguide import AvoidWordHighlighter, StyleGuidePanel, utf16_offset

translate = QCoreApplication.translate  # lupdate finds calls named translate
SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
Content = tuple[str, str, tuple[Attachment, ...]]  # body, format, attachments
EMPTY: Content = ("", "markdown", ())


def ask_unsaved(parent: QWidget) -> str:
    """Save, discard or keep editing? (A function, so that tests can answer for the user.)"""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        notify.app_title(),
        translate("draft_editor", "The draft has changes that are not saved. Save them?"),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return SAVE
    return DISCARD if answer == QMessageBox.StandardButton.Discard else CANCEL


class DraftEditorDialog(QDialog):
    """The copy or script of one topic, its attachments, its versions and the style guide."""

    def __init__(self, ctx: PageContext, topic_uid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.topic_uid = topic_uid
        self.topic = backlog.topic_row(topic_uid)
        # A dropped or archived topic takes no new version (the core refuses): read only.
        self.closed = self.topic.stage == Stage.DROPPED or self.topic.archived_at is not None
        self._saved: Content = EMPTY
        self.setWindowTitle(self.tr("Draft — %1").replace("%1", self.topic.title))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

        heading = QLabel(self.topic.title, self)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        facts = [self.topic.stage.label(), self.topic.owner_name, self.topic.form]
        about = QLabel(" · ".join(f for f in facts if f), self)
        self.banner = QLabel(
            self.tr("This topic is dropped or archived: the draft can be read but not changed."),
            self,
        )
        self.banner.setStyleSheet("color: #c62828;")
        self.banner.setVisible(self.closed)

        self.format_combo = QComboBox(self)
        self.format_combo.addItem(self.tr("Markdown"), "markdown")
        self.format_combo.addItem(self.tr("Plain text"), "plain")
        self.count_label = QLabel(self)
        self.editor = QPlainTextEdit(self)
        self.editor.setPlaceholderText(self.tr("Write the copy or the script here."))
        self.preview = QTextBrowser(self)
        self.preview.setOpenExternalLinks(True)
        self.attachments = AttachmentsPanel(ctx.settings, self)
        self.history = HistoryPanel(topic_uid, self)
        self.guide_panel = StyleGuidePanel(ctx, self)
        self.highlighter = AvoidWordHighlighter(self.editor.document(), self.guide_panel.guide)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._write_tab(), self.tr("Write"))
        self.tabs.addTab(self.preview, self.tr("Preview"))
        self.tabs.addTab(self.attachments, self.tr("Attachments"))
        self.tabs.addTab(self.history, self.tr("History and Changes"))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.guide_panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([780, 320])

        self.note_edit = QLineEdit(self)
        self.note_edit.setMaxLength(drafts.NOTE_MAX)
        self.note_edit.setPlaceholderText(self.tr("What changed in this round (optional)"))
        self.status_label = QLabel(self)
        self.save_button = QPushButton(self.tr("Save Version"), self)
        self.save_button.setToolTip(self.tr("Keep this text as a new version (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"), self)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Note:"), self))
        bottom.addWidget(self.note_edit, 2)
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.close_button)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(12)
        top.addWidget(about)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.resize(1120, 720)

        self.editor.textChanged.connect(self._on_content_changed)
        self.format_combo.currentIndexChanged.connect(self._on_content_changed)
        self.attachments.changed.connect(self._on_content_changed)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.history.restore_requested.connect(self._on_history_restore_requested)
        self.guide_panel.hit_activated.connect(self.show_offset)
        self.guide_panel.guide_changed.connect(self.highlighter.set_guide)
        self.guide_panel.guide_changed.connect(self._on_content_changed)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)

        self._load(drafts.latest(topic_uid))
        for widget in (self.format_combo, self.note_edit, self.save_button):
            widget.setEnabled(not self.closed)
        self.editor.setReadOnly(self.closed)
        self.attachments.set_read_only(self.closed)

    def _write_tab(self) -> QWidget:
        tab = QWidget(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Format:"), tab))
        row.addWidget(self.format_combo)
        row.addStretch(1)
        row.addWidget(self.count_label)
        layout = QVBoxLayout(tab)
        layout.addLayout(row)
        layout.addWidget(self.editor, 1)
        return tab

    # -- content ---------------------------------------------------------------------------

    def body(self) -> str:
        return self.editor.toPlainText()

    def body_format(self) -> str:
        return str(self.format_combo.currentData())

    def content(self) -> Content:
        return self.body(), self.body_format(), self.attachments.attachments()

    def is_modified(self) -> bool:
        return self.content() != self._saved

    def _load(self, v: DraftVersionRow | None) -> None:
        """Show a saved version (the latest); None for a topic without a draft yet."""
        self._saved = (v.body, v.body_format, v.attachments) if v else EMPTY
        self._show_content(self._saved)

    def _show_content(self, content: Content) -> None:
        body, fmt, attachments = content
        self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(fmt)))
        self.attachments.set_attachments(attachments)
        self.editor.setPlainText(body)
        self._on_content_changed()

    # -- saving and closing ----------------------------------------------------------------

    @Slot()
    def save(self) -> DraftVersionRow | None:
        """Keep the text as a new version; nothing is added when it did not change."""
        if self.closed:
            return None
        before = drafts.latest(self.topic_uid)
        try:
            saved = drafts.save_draft(
                self.ctx.session.actor(),
                self.topic_uid,
                self.body(),
                body_format=self.body_format(),
                attachments=self.attachments.attachments(),
                note=self.note_edit.text(),
            )
        except DeskError as err:
            notify.desk_error(self, err)
            return None
        if before is not None and saved.number == before.number:
            text = self.tr("No change since version %1.")
        else:
            text = self.tr("Saved as version %1.")
            events.announce("draft_version")
        self.status_label.setText(text.replace("%1", str(saved.number)))
        self.note_edit.clear()
        self._saved = (saved.body, saved.body_format, saved.attachments)
        self.history.refresh()
        self._on_content_changed()
        return saved

    def reject(self) -> None:
        """Close; with unsaved changes, ask to save, discard or keep editing."""
        if self.is_modified() and not self.closed:
            answer = ask_unsaved(self)
            if answer == CANCEL or (answer == SAVE and self.save() is None):
                return
        super().reject()

    # -- reactions -------------------------------------------------------------------------

    @Slot(int)
    def show_offset(self, start: int) -> None:
        """Select the word at a character offset of the draft (an avoided word in the panel)."""
        text = self.body()
        hits = [h for h in self.guide_panel.hits if h.start == start]
        end = start + (len(hits[0].word) if hits else 0)
        cursor = self.editor.textCursor()
        cursor.setPosition(utf16_offset(text, start))
        cursor.setPosition(utf16_offset(text, end), cursor.MoveMode.KeepAnchor)
        self.tabs.setCurrentIndex(0)
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()

    @Slot()
    def _on_content_changed(self) -> None:
        text = self.body()
        self.guide_panel.check_text(text)
        chars = sum(1 for ch in text if not ch.isspace())
        modified = self.is_modified()
        self.count_label.setText(
            self.tr("%n character(s)", "", chars) + (self.tr(" · not saved") if modified else "")
        )
        count = len(self.attachments.items)
        self.tabs.setTabText(
            2,
            self.tr("Attachments (%1)").replace("%1", str(count))
            if count
            else self.tr("Attachments"),
        )
        if self.tabs.currentWidget() is self.preview:
            self._render_preview()

    @Slot(int)
    def _on_tabs_current_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.preview:
            self._render_preview()

    def _render_preview(self) -> None:
        if self.body_format() == "markdown":
            self.preview.setMarkdown(self.body())
        else:
            self.preview.setPlainText(self.body())

    @Slot(object)
    def _on_history_restore_requested(self, v: DraftVersionRow) -> None:
        self._show_content((v.body, v.body_format, v.attachments))
        self.tabs.setCurrentIndex(0)
        self.status_label.setText(
            self.tr("Version %1 is in the editor; save to keep it as the newest version.").replace(
                "%1", str(v.number)
            )
        )
