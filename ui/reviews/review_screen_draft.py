"""The content on the review screen: title, copy and hashtags with their hits marked, and the
changes since the last round (R-5.4, R-2.1)."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from models.errors import DeskError
from models.reviews.comments import CommentRow, Passage
from models.reviews.hits import TopicCheck
from models.reviews.schema import ContentField
from models.reviews.status import ReviewState
from models.topics import drafts
from models.topics.drafts import DraftDiff
from ui.reviews.highlight import HitTextView, legend_html
from ui.topics.diff_view import DiffView


class DraftPane(QWidget):
    """Three read-only fields; a selection in one of them is the passage a comment points at."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.legend = QLabel(legend_html(), self)
        self.views = {field: HitTextView(field, self) for field in ContentField}
        line = self.fontMetrics().lineSpacing()
        for field in (ContentField.TITLE, ContentField.HASHTAGS):
            self.views[field].setFixedHeight(int(line * 2.4) + 8)
        self.views[ContentField.TITLE].setObjectName("review_title")
        self.views[ContentField.BODY].setObjectName("review_body")
        self.views[ContentField.HASHTAGS].setObjectName("review_hashtags")
        self.version_label = QLabel(self)
        self.hint = QLabel(
            self.tr("Select words in the text, then “Comment on Selection…” to point at them."),
            self,
        )
        self.hint.setStyleSheet("color:#666666;")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.legend)
        layout.addWidget(QLabel(self.tr("Title"), self))
        layout.addWidget(self.views[ContentField.TITLE])
        layout.addWidget(self.version_label)
        layout.addWidget(self.views[ContentField.BODY], 1)
        layout.addWidget(QLabel(self.tr("Hashtags"), self))
        layout.addWidget(self.views[ContentField.HASHTAGS])
        layout.addWidget(self.hint)
        self._last: HitTextView | None = None
        for view in self.views.values():
            view.selectionChanged.connect(self._on_view_selection_changed)

    def show_content(self, check: TopicCheck, rows: list[CommentRow]) -> None:
        number = check.draft_number
        self.version_label.setText(
            self.tr("Copy (version %1)").replace("%1", str(number)) if number else self.tr("Copy")
        )
        for field, view in self.views.items():
            view.set_content(check.texts.get(field, ""), check.in_field(field), rows)
        self._last = None

    def passage(self, draft_number: int | None) -> tuple[Passage, str] | None:
        """The selected passage and its text, from the field selected last."""
        view = self._last
        found = view.selected_range() if view is not None else None
        if view is None or found is None:
            return None
        start, end = found
        return Passage(start, end, view.field, draft_number), view.text()[start:end]

    def show_range(self, field: str, start: int, end: int) -> None:
        """Select a hit or a comment's passage in its field."""
        view = self.views[ContentField(field)]
        view.select_range(start, end)

    @Slot()
    def _on_view_selection_changed(self) -> None:
        view = self.sender()
        if isinstance(view, HitTextView) and view.selected_range() is not None:
            self._last = view


class ChangesPane(QWidget):
    """What changed between the version the last round saw and the one under review now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.diff_view = DiffView(self)
        self.diff: DraftDiff | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.diff_view, 1)

    def show_state(self, state: ReviewState) -> None:
        old, new = state.previous_number, state.latest_number or state.draft_number
        if new is None:
            self.info.setText(self.tr("No draft has been saved yet."))
            self.diff = None
            self.diff_view.set_diff(None)
            return
        if old is None or old == new:
            self.info.setText(
                self.tr("First round: version %1 is compared with the version before it.").replace(
                    "%1", str(new)
                )
                if new > 1
                else self.tr("First round of the first version: nothing to compare yet.")
            )
            old = new - 1
        else:
            self.info.setText(
                self.tr("Changes since the last round: version %1 → version %2.")
                .replace("%1", str(old))
                .replace("%2", str(new))
            )
        try:
            diff = drafts.diff_versions(state.topic_uid, old, new) if old > 0 else None
        except DeskError:
            diff = None
        self.diff_view.set_diff(diff)
        self.diff = diff
