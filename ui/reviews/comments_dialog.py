"""A short text written for a review step: a comment, a reason, a reply (R-5.4).

The dialog runs the step itself when OK is pressed, so a refusal (a rule of the review, a
decision someone else took meanwhile) is shown in the dialog beside the text just written,
which stays there to be changed or copied.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from models import messages
from models.errors import DeskError
from ui.widgets import ErrorLabel

# runs the step with the text written; raises DeskError when it is refused
Step = Callable[[str], object]


class CommentDialog(QDialog):
    """A prompt, an optional quoted passage, a text box; OK runs ``step`` with the text."""

    def __init__(
        self,
        title: str,
        prompt: str,
        step: Step,
        *,
        required: bool = True,
        quote: str = "",
        ok_text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.step = step
        self.required = required
        self.result_value: object = None
        prompt_label = QLabel(prompt, self)
        prompt_label.setWordWrap(True)
        self.quote_label = QLabel(self)
        self.quote_label.setWordWrap(True)
        self.quote_label.setStyleSheet(
            "background:#dbe9ff; border-left:3px solid #1f5fbf; padding:4px 6px;"
        )
        self.quote_label.setText(self.tr("On the passage: “%1”").replace("%1", quote))
        self.quote_label.setVisible(bool(quote))
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setTabChangesFocus(True)
        self.error_label = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok_text:
            self.ok_button.setText(ok_text)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt_label)
        layout.addWidget(self.quote_label)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(520, 300)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text_edit.textChanged.connect(self._on_text_edit_text_changed)
        self._on_text_edit_text_changed()

    def text(self) -> str:
        return self.text_edit.toPlainText().strip()

    def accept(self) -> None:
        """Run the step; on a refusal keep the dialog open with the reason under the text."""
        if self.required and not self.text():
            self.error_label.show_text(self.tr("Write something first: the author reads it."))
            return
        try:
            self.result_value = self.step(self.text())
        except DeskError as err:
            self.error_label.show_text(err.message(messages.language()))
            return
        super().accept()

    @Slot()
    def _on_text_edit_text_changed(self) -> None:
        self.ok_button.setEnabled(bool(self.text()) or not self.required)
        self.error_label.show_text("")
