"""A draft field with its Advertising-Law hits and commented passages marked (R-2.1, R-5.4).

Blocking hits are red with a wavy underline, warnings amber, waived hits grey; a passage a
comment points at is underlined in blue. Resting the mouse on a hit shows its category,
severity, legal basis and the suggested wording. The view is read-only; a selection in it is
the passage a new comment points at.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor, QHelpEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget

from models import messages
from models.reviews import adlaw
from models.reviews.comments import CommentRow
from models.reviews.hits import TopicHit
from models.reviews.schema import ContentField

translate = QCoreApplication.translate  # lupdate finds calls named translate

BLOCKING_BG, BLOCKING_FG = "#ffcdd2", "#b71c1c"
WARNING_BG, WARNING_FG = "#ffe0b2", "#8a4b00"
WAIVED_BG, WAIVED_FG = "#e6e6e6", "#555555"
COMMENT_BG, COMMENT_LINE = "#dbe9ff", "#1f5fbf"


def utf16_offset(text: str, index: int) -> int:
    """Qt counts positions in UTF-16 units; an emoji before a word shifts it by one more."""
    return len(text[:index].encode("utf-16-le")) // 2


def py_index(text: str, utf16: int) -> int:
    """The Python index of a Qt (UTF-16) position in ``text``."""
    units = 0
    for i, ch in enumerate(text):
        if units >= utf16:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def hit_format(hit: TopicHit) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if hit.waiver is not None:
        fmt.setBackground(QColor(WAIVED_BG))
        fmt.setForeground(QColor(WAIVED_FG))
        fmt.setFontStrikeOut(False)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(QColor(WAIVED_FG))
    elif hit.hit.blocking:
        fmt.setBackground(QColor(BLOCKING_BG))
        fmt.setForeground(QColor(BLOCKING_FG))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(QColor(BLOCKING_FG))
    else:
        fmt.setBackground(QColor(WARNING_BG))
        fmt.setForeground(QColor(WARNING_FG))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(QColor(WARNING_FG))
    fmt.setFontWeight(700)
    return fmt


def hit_tooltip(hit: TopicHit) -> str:
    """What the checker says about a hit, as rich text for a tooltip."""
    lang = messages.language()
    h = hit.hit
    rows = [
        (translate("AdlawHits", "Category"), adlaw.category_label(h.category, lang)),
        (translate("AdlawHits", "Severity"), adlaw.severity_label(h.severity, lang)),
        (translate("AdlawHits", "Legal basis"), h.basis),
        (translate("AdlawHits", "Suggested wording"), h.suggestion),
    ]
    if h.entry.platform:
        rows.append((translate("AdlawHits", "Platform"), h.entry.platform))
    if hit.waiver is not None:
        waived = translate("AdlawHits", "Waived by %1: %2")
        rows.append(
            (
                translate("AdlawHits", "Waiver"),
                waived.replace("%1", hit.waiver.by_name).replace("%2", hit.waiver.reason),
            )
        )
    body = "".join(
        f"<tr><td style='color:#666;padding-right:8px'>{html.escape(k)}</td>"
        f"<td>{html.escape(v)}</td></tr>"
        for k, v in rows
        if v
    )
    head = f"<b>“{html.escape(h.text)}”</b>"
    if h.term != h.key or h.text != h.term:
        head += f" ({html.escape(h.term)})"
    return f"<p>{head}</p><table>{body}</table>"


@dataclass(frozen=True)
class Mark:
    """A range of the field's text (Python indices) and what it marks."""

    start: int
    end: int
    hit: TopicHit | None = None
    comment: CommentRow | None = None


class HitTextView(QPlainTextEdit):
    """One field of the content (title, copy or hashtags), read-only, with marks."""

    def __init__(self, field: ContentField, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.marks: list[Mark] = []
        self._text = ""

    def set_content(
        self, text: str, hits: Sequence[TopicHit], comments: Sequence[CommentRow] = ()
    ) -> None:
        """Show ``text`` with the hits of this field and the open comments' passages."""
        self._text = text
        self.setPlainText(text)
        self.marks = [Mark(h.hit.start, h.hit.end, hit=h) for h in hits]
        for c in comments:
            if c.located is not None and not c.done and c.field == self.field.value:
                self.marks.append(Mark(c.located[0], c.located[1], comment=c))
        self._paint()

    def text(self) -> str:
        return self._text

    def _cursor(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(utf16_offset(self._text, start))
        cursor.setPosition(utf16_offset(self._text, end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _paint(self) -> None:
        selections = []
        for mark in sorted(self.marks, key=lambda m: m.hit is not None):  # hits on top
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self._cursor(mark.start, mark.end)  # type: ignore[attr-defined]
            if mark.hit is not None:
                fmt = hit_format(mark.hit)
            else:
                fmt = QTextCharFormat()
                fmt.setBackground(QColor(COMMENT_BG))
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(QColor(COMMENT_LINE))
            selection.format = fmt  # type: ignore[attr-defined]
            selections.append(selection)
        self.setExtraSelections(selections)

    # -- selection -------------------------------------------------------------------------

    def selected_range(self) -> tuple[int, int] | None:
        """The selected passage in Python indices of the text, or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = py_index(self._text, cursor.selectionStart())
        end = py_index(self._text, cursor.selectionEnd())
        return (start, end) if end > start else None

    def select_range(self, start: int, end: int) -> None:
        """Select a passage (a hit or a comment's quote) and scroll to it."""
        self.setTextCursor(self._cursor(start, end))
        self.ensureCursorVisible()

    def marks_at(self, index: int) -> list[Mark]:
        return [m for m in self.marks if m.start <= index < m.end]

    # -- tooltips ----------------------------------------------------------------------------

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            viewport_pos = self.viewport().mapFrom(self, e.pos())
            position = self.cursorForPosition(viewport_pos).position()
            marks = self.marks_at(py_index(self._text, position))
            tips = [hit_tooltip(m.hit) for m in marks if m.hit is not None]
            tips += [comment_tooltip(m.comment) for m in marks if m.comment is not None]
            if tips:
                QToolTip.showText(e.globalPos(), "<hr>".join(tips), self)
            else:
                QToolTip.hideText()
                e.ignore()
            return True
        return super().event(e)


def comment_tooltip(c: CommentRow) -> str:
    head = translate("AdlawHits", "Comment by %1 (%2)")
    head = head.replace("%1", c.author_name).replace("%2", c.level_name)
    return f"<p><b>{html.escape(head)}</b><br>{html.escape(c.body)}</p>"


def legend_html() -> str:
    """The key to the colours, shown above the draft."""
    parts = [
        (BLOCKING_BG, BLOCKING_FG, translate("AdlawHits", "blocking")),
        (WARNING_BG, WARNING_FG, translate("AdlawHits", "warning")),
        (WAIVED_BG, WAIVED_FG, translate("AdlawHits", "waived")),
        (COMMENT_BG, COMMENT_LINE, translate("AdlawHits", "commented")),
    ]
    return "&nbsp;&nbsp;".join(
        f"<span style='background:{bg};color:{fg}'>&nbsp;{html.escape(label)}&nbsp;</span>"
        for bg, fg, label in parts
    )
