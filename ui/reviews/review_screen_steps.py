"""What the review screen does (R-5.4, R-2.1): the reviewer's decisions, comments and
waivers, and the author's side — edit, resubmit, move to 发布. A mixin of ReviewScreen, kept
apart from its layout and reading; every step calls a service of ``models.reviews`` and
shows a refusal as the model words it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog

from models import messages
from models.errors import DeskError
from models.reviews import comments, workflow
from models.reviews.comments import Passage
from models.reviews.hits import TopicHit
from models.reviews.schema import Decision
from models.reviews.status import ReviewState
from models.topics import stages
from models.topics.model import Stage
from ui import events, notify
from ui.reviews import review_screen_hints as hints
from ui.reviews.comments_dialog import CommentDialog
from ui.reviews.waiver_dialog import WaiverDialog
from ui.topics.draft_editor import DraftEditorDialog

if TYPE_CHECKING:
    from ui.page import PageContext
    from ui.reviews.review_screen_draft import DraftPane
    from ui.session import Session

# refusals that mean someone else decided or edited meanwhile: show the item as it is now
STALE_CODES = ("review_level_moved", "review_draft_changed", "review_not_waiting")


translate = QCoreApplication.translate  # lupdate finds calls named translate


class ReviewSteps:
    """The steps of the review screen (mixed into ReviewScreen, a QDialog)."""

    ctx: PageContext
    session: Session
    topic_uid: str
    state: ReviewState | None
    draft: DraftPane
    dialog: QDialog | None

    # -- the reviewer's decisions ------------------------------------------------------------

    def approve(self) -> bool:
        """Sign the pending level; the model refuses what the rules forbid."""
        return self._decide(Decision.APPROVE, "")

    def request_changes(self) -> CommentDialog | None:
        return self._ask_decision(
            Decision.CHANGES,
            translate("ReviewScreen", "Request changes"),
            translate(
                "ReviewScreen",
                "What should the author change? (required; followed until resolved)",
            ),
        )

    def reject_item(self) -> CommentDialog | None:
        return self._ask_decision(
            Decision.REJECT,
            translate("ReviewScreen", "Reject"),
            translate(
                "ReviewScreen",
                "Why is the draft rejected? (required; a resubmission starts again at the "
                "first level)",
            ),
        )

    def _ask_decision(self, decision: Decision, title: str, prompt: str) -> CommentDialog | None:
        if self.state is None or self.state.pending is None:
            return None
        picked = self.draft.passage(self.state.latest_number)
        passage, quote = picked if picked is not None else (None, "")

        def step(text: str) -> object:
            return self._decide(decision, text, passage, raise_refusal=True)

        return self._open_dialog(title, prompt, step, quote)

    def _decide(
        self,
        decision: Decision,
        comment: str,
        passage: Passage | None = None,
        *,
        raise_refusal: bool = False,
    ) -> bool:
        s = self.state
        if s is None or s.pending is None or s.draft_number is None:
            return False
        try:
            workflow.decide(
                self.session.actor(),
                self.topic_uid,
                decision,
                draft_number=s.draft_number,
                level=s.pending.name,
                comment=comment,
                passage=passage,
            )
        except DeskError as err:
            if err.code in STALE_CODES:
                self._show_stale(err)
                return False
            if raise_refusal:
                raise
            notify.desk_error(self, err)
            return False
        level = s.pending.name
        self._announce("review_round", hints.decided_text(decision, level, s.title))
        return True

    def _show_stale(self, err: DeskError) -> None:
        """Someone decided or edited meanwhile: say so and show the item as it is now."""
        if isinstance(self.dialog, CommentDialog):
            self.dialog.reject()
        notify.error(
            self,
            err.message(messages.language())
            + "\n\n"
            + translate("ReviewScreen", "The screen now shows the item as it is."),
        )
        events.announce("review_round")

    # -- comments and waivers ----------------------------------------------------------------

    def comment_on_selection(self) -> CommentDialog | None:
        """A comment without a decision, on the passage selected (or on the whole draft)."""
        picked = self.draft.passage(self.state.latest_number if self.state else None)
        passage, quote = picked if picked is not None else (None, "")
        actor = self.session.actor()

        def step(text: str) -> object:
            row = comments.add_comment(actor, self.topic_uid, text, passage=passage)
            events.announce("review_comment")
            return row

        return self._open_dialog(
            translate("ReviewScreen", "Comment"),
            translate(
                "ReviewScreen",
                "Your comment (it stays open until the author addresses it and you accept):",
            ),
            step,
            quote,
        )

    def waive(self, hit: TopicHit) -> WaiverDialog:
        dialog = WaiverDialog(self.session, self.topic_uid, hit, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _open_dialog(self, title: str, prompt: str, step: object, quote: str) -> CommentDialog:
        dialog = CommentDialog(title, prompt, step, quote=quote, parent=self)  # type: ignore[arg-type]
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    # -- the author's side ---------------------------------------------------------------------

    def edit_draft(self) -> DraftEditorDialog:
        editor = DraftEditorDialog(self.ctx, self.topic_uid, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = editor
        editor.open()
        return editor

    def submit(self) -> bool:
        """Send the latest version (back) to review; after changes it returns to the level
        that asked for them."""
        try:
            now = workflow.submit(self.session.actor(), self.topic_uid)
        except DeskError as err:
            notify.desk_error(self, err)
            return False
        self._announce("review_round", hints.submitted_text(now))
        return True

    def publish(self) -> bool:
        """Move the approved item to 发布 (the gate asks the review)."""
        try:
            stages.move_topic(self.session.actor(), self.topic_uid, Stage.PUBLISH)
        except DeskError as err:
            notify.desk_error(self, err)
            return False
        title = self.state.title if self.state else ""
        self._announce(
            "topic",
            translate("ReviewScreen", "Moved “%1” to %2.")
            .replace("%1", title)
            .replace("%2", Stage.PUBLISH.label()),
        )
        return True
