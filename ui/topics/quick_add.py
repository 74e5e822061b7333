"""Quick add: a topic from one typed line, with what the line will add shown as you type (R-5.2).

The syntax (``models.topics.quickadd``) is in the placeholder and the tooltip; problems (an
unknown @name, a bad !level, a marker given twice) are listed under the line and nothing is
added until they are fixed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from models import messages
from models.errors import DeskError
from models.topics import quickadd
from models.topics.quickadd import QuickAdd
from ui import events
from ui.session import Session
from ui.topics.backlog_model import items_text
from ui.widgets import ErrorLabel


class QuickAddBar(QWidget):
    """A line edit and an Add button; ``added`` carries the new topic's uid."""

    added = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.edit = QLineEdit(self)
        self.edit.setObjectName("quick_add")
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(
            self.tr("Quick add: title #form #channel #tag @owner !高 12-01, then Enter")
        )
        self.edit.setToolTip(
            self.tr(
                "One line adds a topic at 选题:\n"
                "  618大促预热 #短视频 #抖音 #预热 @张伟 !高 2026-12-01\n"
                "#word — a content form from the team's list, else a channel, else a tag\n"
                "@name — the owner (a team member)\n"
                "!高 !中 !低 — the priority\n"
                "a date — the due date: 2026-12-01, 12-01, 12月1日\n"
                "every other word is the title."
            )
        )
        self.add_button = QPushButton(self.tr("Add"), self)
        self.preview_label = QLabel(self)
        self.preview_label.setWordWrap(True)
        quiet = self.preview_label.palette()
        quiet.setColor(self.preview_label.foregroundRole(), quiet.placeholderText().color())
        self.preview_label.setPalette(quiet)
        self.preview_label.hide()
        self.error = ErrorLabel(self)

        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.edit, 1)
        line.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(line)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.error)

        self.edit.textChanged.connect(self._on_edit_text_changed)
        self.edit.returnPressed.connect(self.add)
        self.add_button.clicked.connect(self.add)

    def preview_text(self, parsed: QuickAdd) -> str:
        parts = [f"“{parsed.title}”" if parsed.title else ""]
        parts += [parsed.form, items_text(parsed.channels)]
        parts += ["#" + t for t in parsed.tags]
        if parsed.owner_name:
            parts.append("@" + parsed.owner_name)
        parts.append(self.tr("priority %1").replace("%1", parsed.priority.label()))
        if parsed.due_on:
            parts.append(self.tr("due %1").replace("%1", parsed.due_on.isoformat()))
        return self.tr("Adds: %1").replace("%1", " · ".join(p for p in parts if p))

    @Slot()
    def add(self) -> str | None:
        """Add the typed topic; the problems are listed and nothing added when there are any."""
        text = self.edit.text().strip()
        if not text:
            return None
        lang = messages.language()
        parsed = quickadd.parse_quick_add(text)
        if parsed.problems:
            self.error.show_text("\n".join(p.message(lang) for p in parsed.problems))
            return None
        try:
            topic = quickadd.quick_add(self.session.actor(), text)
        except DeskError as err:
            self.error.show_text(err.message(lang))
            return None
        self.edit.clear()
        events.announce("topic")
        self.added.emit(topic.uid)
        return topic.uid

    @Slot(str)
    def _on_edit_text_changed(self, text: str) -> None:
        self.error.show_text("")
        if not text.strip():
            self.preview_label.hide()
            return
        self.preview_label.setText(self.preview_text(quickadd.parse_quick_add(text)))
        self.preview_label.show()
