"""Waive a blocking Advertising-Law hit with a written reason (R-2.1).

Only a compliance reviewer who did not write the content may waive (the model refuses
anyone else); the reason is recorded with who and when, appears in the item's history and
in the self-audit export (R-7.3).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from models import messages
from models.errors import DeskError
from models.reviews import adlaw, hits
from models.reviews.hits import TopicHit, WaiverRow
from ui import events
from ui.session import Session
from ui.widgets import ErrorLabel


class WaiverDialog(QDialog):
    """The hit, what the law says, and the reason for keeping the wording."""

    waived = Signal(str)  # the waiver's uid

    def __init__(
        self, session: Session, topic_uid: str, hit: TopicHit, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.topic_uid = topic_uid
        self.hit = hit
        self.waiver: WaiverRow | None = None
        self.setWindowTitle(self.tr("Waive an Advertising-Law hit"))
        lang = messages.language()
        h = hit.hit
        intro = QLabel(
            self.tr(
                "The wording stays as written. Say why it is lawful here (for example, the "
                "claim is proven by a certificate on file); the reason is recorded in the "
                "review history."
            ),
            self,
        )
        intro.setWordWrap(True)
        facts = QFormLayout()
        wording = QLabel(f"<b>“{html.escape(h.text)}”</b>", self)
        facts.addRow(self.tr("Wording:"), wording)
        facts.addRow(self.tr("Where:"), QLabel(messages.text(f"adlaw_field_{h.field.value}"), self))
        facts.addRow(self.tr("Category:"), QLabel(adlaw.category_label(h.category, lang), self))
        for label, value in (
            (self.tr("Legal basis:"), h.basis),
            (self.tr("Suggested:"), h.suggestion),
        ):
            shown = QLabel(value or "—", self)
            shown.setWordWrap(True)
            facts.addRow(label, shown)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setPlaceholderText(self.tr("Reason for keeping this wording (required)"))
        self.error_label = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Waive"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(facts)
        layout.addWidget(QLabel(self.tr("Reason:"), self))
        layout.addWidget(self.reason_edit, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(540, 400)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def accept(self) -> None:
        """Record the waiver; a refusal (no reason, not compliance, wording gone) stays here."""
        try:
            self.waiver = hits.waive(
                self.session.actor(),
                self.topic_uid,
                self.hit.hit.field,
                self.hit.hit.key,
                self.reason_edit.toPlainText(),
            )
        except DeskError as err:
            self.error_label.show_text(err.message(messages.language()))
            self.reason_edit.setFocus()
            return
        events.announce("adlaw_waiver")
        self.waived.emit(self.waiver.uid)
        super().accept()
