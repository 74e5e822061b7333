"""The brand style guide beside the draft editor, its words-to-avoid highlighting, and its editor
(R-5.6). Saving uses optimistic locking: a colleague's save in between shows the conflict dialog.
"""

from __future__ import annotations

import html
from collections import Counter
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QColor, QPalette, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from models import messages
from models.errors import ConflictError, DeskError
from models.topics import styleguide
from models.topics.styleguide import StyleGuideRow, WordingHit
from ui import events
from ui.conflict_dialog import ConflictDialog
from ui.page import PageContext
from ui.widgets import ErrorLabel

translate = QCoreApplication.translate  # lupdate finds calls named translate
AVOID_BACKGROUND = "#ffd9d9"
AVOID_UNDERLINE = "#c62828"
OFFSET_ROLE = Qt.ItemDataRole.UserRole + 1


def utf16_offset(text: str, index: int) -> int:
    """Qt counts positions in UTF-16 units; an emoji before a word shifts it by one more."""
    return len(text[:index].encode("utf-16-le")) // 2


class AvoidWordHighlighter(QSyntaxHighlighter):
    """Marks the guide's words to avoid in the draft as the user types (red, wavy underline)."""

    def __init__(self, document: QTextDocument, guide: StyleGuideRow) -> None:
        super().__init__(document)
        self.guide = guide
        self.avoid_format = QTextCharFormat()
        self.avoid_format.setBackground(QColor(AVOID_BACKGROUND))
        self.avoid_format.setForeground(QColor(AVOID_UNDERLINE))
        self.avoid_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self.avoid_format.setUnderlineColor(QColor(AVOID_UNDERLINE))
        tip = translate("styleguide", "The style guide says to avoid this word")
        self.avoid_format.setToolTip(tip)

    def set_guide(self, guide: StyleGuideRow) -> None:
        self.guide = guide
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        for hit in styleguide.check_wording(text, self.guide):
            start = utf16_offset(text, hit.start)
            length = utf16_offset(text, hit.start + len(hit.word)) - start
            self.setFormat(start, length, self.avoid_format)


def _section(title: str, body: str) -> str:
    text = html.escape(body).replace("\n", "<br>") if body else "—"
    return f"<h4 style='margin-bottom:2px'>{html.escape(title)}</h4><p>{text}</p>"


def _chip(word: str) -> str:
    """A word that never breaks across lines (word joiners between its characters)."""
    return "\u2060".join(html.escape(ch) for ch in word)


def _chips(title: str, words: tuple[str, ...], style: str) -> str:
    chips = " ".join(f"<span style='{style}'>&nbsp;{_chip(w)}&nbsp;</span>" for w in words)
    return f"<h4 style='margin-bottom:2px'>{html.escape(title)}</h4><p>{chips or '—'}</p>"


def guide_html(guide: StyleGuideRow) -> str:
    """The guide as the panel shows it: the rules, then the word lists as chips."""
    lang = messages.language()
    label = lambda field: messages.field_label(field, lang)  # noqa: E731
    return "".join(
        [
            _section(label("core_values"), guide.core_values),
            _section(label("tone"), guide.tone),
            _section(label("visual"), guide.visual),
            _section(label("wording"), guide.wording),
            _chips(label("words_use"), guide.words_use, "background-color:#d9f2df;"),
            _chips(
                label("words_avoid"),
                guide.words_avoid,
                f"background-color:{AVOID_BACKGROUND}; color:{AVOID_UNDERLINE};",
            ),
        ]
    )


class StyleGuidePanel(QWidget):
    """The side panel of the draft editor: the avoided words in this draft, then the guide."""

    hit_activated = Signal(int)  # a character offset in the draft to jump to
    guide_changed = Signal(object)  # the StyleGuideRow after an edit or a refresh

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.guide = styleguide.get_guide()
        self.hits: list[WordingHit] = []
        self.hits_label = QLabel(self)
        self.hits_label.setWordWrap(True)
        self.hits_list = QListWidget(self)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.changed_label = QLabel(self)
        self.changed_label.setWordWrap(True)
        quiet = self.changed_label.palette()
        placeholder = quiet.color(QPalette.ColorRole.PlaceholderText)
        quiet.setColor(QPalette.ColorRole.WindowText, placeholder)
        self.changed_label.setPalette(quiet)
        self.edit_button = QPushButton(self.tr("Edit Style Guide…"), self)
        self.dialog: StyleGuideDialog | None = None

        title = QLabel(self.tr("<b>Brand style guide</b>"), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hits_label)
        layout.addWidget(self.hits_list)
        layout.addWidget(title)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.changed_label)
        layout.addWidget(self.edit_button)

        self.hits_list.itemActivated.connect(self._on_hits_list_item_activated)
        self.hits_list.itemClicked.connect(self._on_hits_list_item_activated)
        self.edit_button.clicked.connect(self.edit_guide)
        events.hub().records_changed.connect(self._on_records_changed)
        self._show_guide()
        self.check_text("")

    def check_text(self, text: str) -> list[WordingHit]:
        """List the words to avoid that the draft uses (R-5.6), with where they are."""
        self.hits = styleguide.check_wording(text, self.guide)
        self.hits_list.clear()
        counts = Counter(h.word for h in self.hits)
        if not self.hits:
            self.hits_label.setText(self.tr("✓ No words to avoid in this draft."))
        else:
            self.hits_label.setText(
                self.tr("⚠ Words to avoid in this draft: %1. Click one to find it.").replace(
                    "%1", "、".join(f"“{w}”×{n}" for w, n in counts.items())
                )
            )
        for hit in self.hits:
            line = text.count("\n", 0, hit.start) + 1
            item = QListWidgetItem(
                self.tr("Line %1: “%2”").replace("%1", str(line)).replace("%2", hit.word),
                self.hits_list,
            )
            item.setData(OFFSET_ROLE, hit.start)
        self.hits_list.setVisible(bool(self.hits))
        if self.hits:  # as tall as its lines, up to four; it scrolls beyond
            rows = min(len(self.hits), 4) * self.hits_list.sizeHintForRow(0)
            self.hits_list.setFixedHeight(rows + 2 * self.hits_list.frameWidth() + 2)
        self.hits_label.setStyleSheet("color: #c62828;" if self.hits else "color: #2e7d32;")
        return self.hits

    @Slot()
    def edit_guide(self) -> StyleGuideDialog:
        self.dialog = StyleGuideDialog(self.ctx, self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.open()
        return self.dialog

    def _show_guide(self) -> None:
        self.browser.setHtml(guide_html(self.guide))
        history = styleguide.guide_history()
        if history:
            last = history[0]
            self.changed_label.setText(
                self.tr("Last changed by %1 on %2")
                .replace("%1", last.actor_name)
                .replace("%2", f"{last.at:%Y-%m-%d %H:%M}")
            )
        self.changed_label.setVisible(bool(history))

    @Slot(QListWidgetItem)
    def _on_hits_list_item_activated(self, item: QListWidgetItem) -> None:
        self.hit_activated.emit(int(item.data(OFFSET_ROLE)))

    @Slot(str)
    def _on_records_changed(self, kind: str) -> None:
        if events.concerns(kind, "style_guide"):
            self.guide = styleguide.get_guide()
            self._show_guide()
            self.guide_changed.emit(self.guide)


def snapshot_of(guide: StyleGuideRow) -> dict[str, Any]:
    """The loaded guide in the shape of a ConflictError's ``theirs`` (lists one per line)."""
    values: dict[str, Any] = {f: getattr(guide, f) for f in styleguide.FIELDS}
    for field in styleguide.LIST_FIELDS:
        values[field] = "\n".join(values[field])
    return values


def format_guide_value(field: str, value: Any) -> str:
    if field in styleguide.LIST_FIELDS:
        items = value.split("\n") if isinstance(value, str) else list(value or ())
        return "、".join(i for i in items if i)
    return "" if value is None else str(value)


class StyleGuideDialog(QDialog):
    """Edit the team's style guide; the word lists take one word per line (or commas)."""

    saved = Signal()

    def __init__(self, ctx: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Brand Style Guide"))
        self.guide = styleguide.get_guide()
        self.version = self.guide.version  # optimistic locking: what we loaded
        self.edits: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        lang = messages.language()
        for field in styleguide.FIELDS:
            edit = QPlainTextEdit(self)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64 if field not in styleguide.LIST_FIELDS else 88)
            self.edits[field] = edit
            label = self.tr("%1:", "a field's label")
            form.addRow(label.replace("%1", messages.field_label(field, lang)), edit)
        self.edits["words_use"].setPlaceholderText(self.tr("One per line, or separated by commas"))
        self.edits["words_avoid"].setPlaceholderText(
            self.tr("One per line; these are highlighted in drafts")
        )
        self.error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.conflict_dialog: ConflictDialog | None = None
        self._load(self.guide)

    def _load(self, guide: StyleGuideRow) -> None:
        for field, value in snapshot_of(guide).items():
            self.edits[field].setPlainText(value)

    def changes(self) -> dict[str, str]:
        """Only the parts the user changed, so "keep mine" never overwrites a colleague's."""
        loaded = snapshot_of(self.guide)
        now = {f: e.toPlainText() for f, e in self.edits.items()}
        return {f: v for f, v in now.items() if v.strip() != str(loaded[f]).strip()}

    def accept(self) -> None:
        if self.save():
            super().accept()

    def save(self) -> bool:
        changes = self.changes()
        if not changes:
            return True
        try:
            styleguide.save_guide(self.ctx.session.actor(), self.version, **changes)
        except ConflictError as err:
            self._show_conflict(err)
            return False
        except DeskError as err:
            self.error.show_text(err.message(messages.language()))
            return False
        events.announce("style_guide")
        self.saved.emit()
        return True

    def _show_conflict(self, err: ConflictError) -> None:
        self.conflict_dialog = ConflictDialog(
            err, snapshot_of(self.guide), format_guide_value, self
        )
        self.conflict_dialog.keep_mine_chosen.connect(self._on_conflict_keep_mine_chosen)
        self.conflict_dialog.take_theirs_chosen.connect(self._on_conflict_take_theirs_chosen)
        self.conflict_dialog.open()

    @Slot()
    def _on_conflict_keep_mine_chosen(self) -> None:
        assert self.conflict_dialog is not None
        self.version = int(self.conflict_dialog.err.theirs["version"])  # saved over what we saw
        if self.save():
            super().accept()

    @Slot()
    def _on_conflict_take_theirs_chosen(self) -> None:
        events.announce("style_guide")  # the panel shows their version
        self.reject()
