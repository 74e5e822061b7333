"""The review screen (R-5.4, R-2.1): one item's content with its Advertising-Law hits, the
changes since the last round, the comments, the level chain and the history; the reviewer
approves, requests changes or rejects, and the author answers and resubmits.

The screen only calls the review's services and shows their refusals in the user's words:
separation of duties, open comments, a blocking hit at the compliance level, and decisions
someone else took meanwhile (the screen then shows the item as it is now). It re-reads
itself whenever records it shows change (``ui.events``, relayed by the page that opened it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models import messages
from models.errors import NotFound
from models.reviews import comments, history, hits
from models.reviews.status import ReviewState, state
from models.topics import backlog, stages
from models.topics.model import Stage
from ui import events, notify
from ui.page import PageContext
from ui.reviews import review_screen_hints as hints
from ui.reviews.comments_panel import CommentsPanel
from ui.reviews.review_screen_draft import ChangesPane, DraftPane
from ui.reviews.review_screen_panels import HistoryTable, HitsPanel, LevelsTable
from ui.reviews.review_screen_steps import ReviewSteps

# the records this screen shows; a change to any of them re-reads it
REVIEW_KINDS = (
    "review_round",
    "review_decision",
    "review_comment",
    "adlaw_waiver",
    "adlaw_term",
    "review_level",
    "topic",
    "draft_version",
    "publication",
    "member",
)


class ReviewScreen(QDialog, ReviewSteps):
    """One review item, for the reviewer who signs it and for its author."""

    status_posted = Signal(str)

    def __init__(self, ctx: PageContext, topic_uid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session = ctx.session
        self.topic_uid = topic_uid
        self.state: ReviewState | None = None
        self.dialog: QDialog | None = None  # the step dialog open now (tests reach it)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

        self.title_label = QLabel(self)
        font = QFont(self.title_label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title_label.setFont(font)
        self.facts_label = QLabel(self)
        self.status_label = QLabel(self)
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)

        self.draft = DraftPane(self)
        self.changes = ChangesPane(self)
        self.history = HistoryTable(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.draft, self.tr("Draft"))
        self.tabs.addTab(self.changes, self.tr("Changes since Last Round"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.levels = LevelsTable(self)
        self.hits = HitsPanel(self)
        self.comments = CommentsPanel(self.session, self)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("<b>Review levels</b>"), right))
        right_layout.addWidget(self.levels)
        side = QSplitter(Qt.Orientation.Vertical, right)
        side.addWidget(self.hits)
        side.addWidget(self.comments)
        side.setSizes([200, 300])
        right_layout.addWidget(side, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tabs)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        splitter.setSizes([640, 520])

        self.comment_button = QPushButton(self.tr("Comment on Selection…"), self)
        self.edit_button = QPushButton(self.tr("Edit Draft…"), self)
        self.submit_button = QPushButton(self.tr("Submit"), self)
        self.publish_button = QPushButton(
            self.tr("Move to %1").replace("%1", Stage.PUBLISH.label()), self
        )
        self.approve_button = QPushButton(self.tr("Approve"), self)
        self.changes_button = QPushButton(self.tr("Request Changes…"), self)
        self.reject_button = QPushButton(self.tr("Reject…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.approve_button.setStyleSheet("font-weight:bold;")
        bottom = QHBoxLayout()
        bottom.addWidget(self.comment_button)
        bottom.addSpacing(16)
        for button in (self.edit_button, self.submit_button, self.publish_button):
            bottom.addWidget(button)
        bottom.addStretch(1)
        for button in (self.approve_button, self.changes_button, self.reject_button):
            bottom.addWidget(button)
        bottom.addSpacing(16)
        bottom.addWidget(self.close_button)
        head = QHBoxLayout()
        head.addWidget(self.title_label)
        head.addSpacing(12)
        head.addWidget(self.facts_label, 1)
        head.addWidget(self.status_label)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.hint_label)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.resize(1240, 780)

        self.approve_button.clicked.connect(self.approve)
        self.changes_button.clicked.connect(self.request_changes)
        self.reject_button.clicked.connect(self.reject_item)
        self.comment_button.clicked.connect(self.comment_on_selection)
        self.edit_button.clicked.connect(self.edit_draft)
        self.submit_button.clicked.connect(self.submit)
        self.publish_button.clicked.connect(self.publish)
        self.close_button.clicked.connect(self.reject)
        self.hits.hit_activated.connect(self._on_range_requested)
        self.hits.waive_requested.connect(self.waive)
        self.comments.passage_requested.connect(self._on_range_requested)
        self.reload()

    # -- reading -------------------------------------------------------------------------------

    def reload(self) -> bool:
        """Re-read the item; False (and the screen closed) when the topic is gone."""
        try:
            row = backlog.topic_row(self.topic_uid)
            now = state(self.topic_uid)
            check = hits.check_topic(self.topic_uid)
            rows = comments.comments(self.topic_uid)
            steps = history.history(self.topic_uid)
        except NotFound:
            if self.isVisible():
                notify.error(self, self.tr("This topic was deleted meanwhile."))
                self.close()
            return False
        self.state = now
        self.setWindowTitle(self.tr("Review — %1").replace("%1", row.title))
        self.title_label.setText(row.title)
        self.facts_label.setText(hints.facts_text(row))
        self.status_label.setText(hints.status_html(now))
        self.draft.show_content(check, rows)
        self.changes.show_state(now)
        self.history.show_entries(steps)
        self.levels.show_state(now)
        me = self.session.member()
        may_waive = me is not None and hits.waive_refusal_for(me.uid, self.topic_uid) is None
        self.hits.show_hits(list(check.hits), may_waive)
        self.comments.show_comments(self.topic_uid, rows)
        self._update_actions(row.stage)
        return True

    def _update_actions(self, stage: Stage) -> None:
        assert self.state is not None
        actor = self.session.actor()
        me = self.session.member()
        s = self.state
        pending = s.pending
        mine = me is not None and pending is not None and pending.role in me.roles
        for button in (self.approve_button, self.changes_button, self.reject_button):
            button.setEnabled(stage is Stage.REVIEW and mine)
        reviewer = me is not None and any(lv.role in me.roles for lv in s.levels)
        self.comment_button.setEnabled(reviewer)
        resubmit = s.status in ("changes", "rejected") or (s.status == "none")
        can_submit = stage is Stage.WRITE or (stage is Stage.REVIEW and resubmit)
        self.submit_button.setText(
            self.tr("Resubmit") if s.status in ("changes", "rejected") else self.tr("Submit")
        )
        self.submit_button.setEnabled(can_submit and s.latest_number is not None)
        publish = stages.move_refusal(self.topic_uid, Stage.PUBLISH, actor)
        self.publish_button.setVisible(stage is Stage.REVIEW)
        self.publish_button.setEnabled(publish is None)
        self.publish_button.setToolTip(
            publish.message(messages.language()) if publish is not None else ""
        )
        text, colour = hints.hint(s, stage, actor, mine, publish)
        self.hint_label.setText(text)
        self.hint_label.setStyleSheet(f"color:{colour};")
        self.hint_label.setVisible(bool(text))

    # -- internals ---------------------------------------------------------------------------

    def _announce(self, kind: str, text: str) -> None:
        events.announce(kind)  # re-reads this screen and the pages
        self.status_posted.emit(text)

    @Slot(str, int, int)
    def _on_range_requested(self, field: str, start: int, end: int) -> None:
        self.tabs.setCurrentWidget(self.draft)
        self.draft.show_range(field, start, end)

    def records_changed(self, kind: str) -> None:
        """Re-read when records it shows changed (the page relays ``ui.events``)."""
        if events.concerns(kind, *REVIEW_KINDS) and self.isVisible():
            self.reload()
