"""试一试: type a sentence and see what the Advertising-Law checker flags in it, highlighted,
with the entry each hit matched (R-2.1, R-2.2) — to check a word list entry before relying on
it. The check runs in the GUI thread: a sentence against a few hundred words takes well under
a millisecond per character.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Slot
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from models.reviews import adlaw
from models.reviews.adlaw import Hit, WordList
from ui.reviews.wordlist_models import category_text, severity_text, source_text

BLOCKING_COLOUR = QColor("#ffcdd2")
WARNING_COLOUR = QColor("#ffe9b3")

# the lists a check uses for a platform ('' = every channel); the dialog may add an unsaved entry
WordsFor = Callable[[str], WordList]


def utf16(text: str, index: int) -> int:
    """A position in ``text`` as Qt counts it (an emoji such as 🔥 takes two)."""
    return len(text[:index].encode("utf-16-le")) // 2


def saved_words(platform: str) -> WordList:
    return adlaw.wordlist([platform] if platform else [])


class TryPanel(QGroupBox):
    """A text box checked as one types, the hits below it."""

    def __init__(self, parent: QWidget | None = None, words_for: WordsFor = saved_words) -> None:
        super().__init__(parent)
        self.setObjectName("try_panel")
        self.setTitle(self.tr("Try it"))
        self.words_for = words_for
        self.hits: list[Hit] = []
        self.platform_combo = QComboBox(self)
        self.platform_combo.setObjectName("try_platform")
        self.platform_combo.setToolTip(
            self.tr("Check as for a channel: its platform's list is added to the general one")
        )
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("try_text")
        self.text_edit.setPlaceholderText(
            self.tr("Type or paste a sentence, e.g. 全网最低价，国家级品质")
        )
        self.text_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.summary = QLabel(self)
        self.summary.setObjectName("try_summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("try_hits")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Found"),
                self.tr("Matches"),
                self.tr("Severity"),
                self.tr("From"),
                self.tr("Suggested wording"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        rows = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(rows * 4 + header.sizeHint().height() + 4)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Check as for:"), self))
        top.addWidget(self.platform_combo)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.text_edit)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

        self.fill_platforms()
        self.text_edit.textChanged.connect(self.timer.start)
        self.timer.timeout.connect(self.run)
        self.platform_combo.currentIndexChanged.connect(self.run)
        self.run()

    def fill_platforms(self) -> None:
        keep = self.platform()
        self.platform_combo.blockSignals(True)
        self.platform_combo.clear()
        self.platform_combo.addItem(self.tr("Every channel (general list)"), "")
        for name in [*adlaw.platform_names(), *adlaw.team_platforms()]:
            self.platform_combo.addItem(name, name)
        found = self.platform_combo.findData(keep)
        self.platform_combo.setCurrentIndex(max(found, 0))
        self.platform_combo.blockSignals(False)

    def platform(self) -> str:
        data = self.platform_combo.currentData()
        return str(data) if data else ""

    def set_platform(self, platform: str) -> None:
        found = self.platform_combo.findData(platform)
        if found >= 0:
            self.platform_combo.setCurrentIndex(found)

    def set_text(self, text: str) -> None:
        """Type ``text`` and check it at once (tests, and the dialog's sample sentence)."""
        self.text_edit.setPlainText(text)
        self.timer.stop()
        self.run()

    @Slot()
    def run(self) -> None:
        """Check the text now with the lists as they stand (the team's saved words included)."""
        text = self.text_edit.toPlainText()
        self.hits = self.words_for(self.platform()).check(text) if text.strip() else []
        self._show_hits(text)

    def _show_hits(self, text: str) -> None:
        self.table.setRowCount(len(self.hits))
        for row, hit in enumerate(self.hits):
            term = f"{hit.term}（{category_text(hit.category)}）"
            cells = (
                hit.text,
                term,
                severity_text(hit.severity),
                source_text(hit.entry),
                hit.suggestion,
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(hit.basis if column == 1 else value)
                if column == 2:
                    item.setBackground(BLOCKING_COLOUR if hit.blocking else WARNING_COLOUR)
                self.table.setItem(row, column, item)
        blocking = sum(1 for h in self.hits if h.blocking)
        if not text.strip():
            self.summary.setText(self.tr("Type a sentence to see what the checker flags."))
        elif not self.hits:
            self.summary.setText(self.tr("Nothing flagged."))
        else:
            self.summary.setText(
                self.tr("%n hit(s) found, ", "", len(self.hits))
                + self.tr("%n blocking.", "", blocking)
            )
        self._highlight(text)

    def _highlight(self, text: str) -> None:
        selections = []
        for hit in self.hits:
            selection = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(BLOCKING_COLOUR if hit.blocking else WARNING_COLOUR)
            selection.format = fmt  # type: ignore[attr-defined]
            cursor = QTextCursor(self.text_edit.document())
            cursor.setPosition(utf16(text, hit.start))
            cursor.setPosition(utf16(text, hit.end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor  # type: ignore[attr-defined]
            selections.append(selection)
        self.text_edit.setExtraSelections(selections)
