"""Where a topic's review stands, as one snapshot for the review screen (R-5.4).

For a draft edited since its round began, the snapshot shows the round that the edit calls
for (``pending_sync``), computed by rounds.successor; the next write (a decision, a
resubmission, or ``workflow.sync_topic``) stores it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from models.reviews.chain import Level
from models.reviews.rounds import (
    decisions_of,
    is_outdated,
    latest_draft,
    latest_round,
    levels_of,
    successor,
)
from models.reviews.schema import (
    ChangeKind,
    CommentStatus,
    Decision,
    ReviewComment,
    ReviewDecision,
    ReviewRound,
    RoundStatus,
)
from models.reviews.wording import status_text
from models.team import Role
from models.topics.model import Stage, Topic


@dataclass(frozen=True)
class LevelState:
    """One level of the round on show: approved, carried over, pending, or still to come."""

    position: int
    name: str
    role: Role
    independent: bool
    state: str  # approved, carried, pending, changes, rejected, todo
    reviewer_name: str = ""
    decided_at: datetime | None = None
    comment: str = ""


@dataclass(frozen=True)
class ReviewState:
    """A topic's review: the round on show, its levels and what is pending."""

    topic_uid: str
    title: str
    stage: Stage
    status: str  # none, open, approved, changes, rejected
    round_uid: str | None
    round_number: int
    draft_number: int | None  # the version under review
    latest_number: int | None  # the latest saved version
    previous_number: int | None  # the version the round before reviewed (for the diff)
    levels: tuple[LevelState, ...]
    submitted_at: datetime | None
    submitted_by_name: str
    waiting_since: datetime | None
    pending_sync: bool
    changes: frozenset[ChangeKind]
    open_comments: int

    @property
    def pending(self) -> LevelState | None:
        return next((lv for lv in self.levels if lv.state == "pending"), None)

    @property
    def asked(self) -> LevelState | None:
        """The level that requested changes or rejected."""
        return next((lv for lv in self.levels if lv.state in ("changes", "rejected")), None)

    def text(self, lang: str | None = None) -> str:
        level = self.pending or self.asked
        return status_text(self.status, level.name if level else "", lang)


def _level_states(
    levels: tuple[Level, ...],
    decisions: list[ReviewDecision],
    pending: int,
    status: str,
    carried: bool = False,
) -> tuple[LevelState, ...]:
    by_level = {d.level_name: d for d in decisions}
    out = []
    info: tuple[str, datetime | None, str]
    for lv in levels:
        d = by_level.get(lv.name)
        if d is not None:
            if d.decision == Decision.APPROVE.value:
                kind = "carried" if carried or d.carried_from_id else "approved"
            else:
                kind = "changes" if d.decision == Decision.CHANGES.value else "rejected"
            info = (d.reviewer_name, d.decided_at, d.comment)
        else:
            kind = "pending" if lv.position == pending and status == "open" else "todo"
            info = ("", None, "")
        out.append(LevelState(lv.position, lv.name, lv.role, lv.independent, kind, *info))
    return tuple(out)


def _open_comments(topic: Topic) -> int:
    return int(
        ReviewComment.alive()
        .where(
            ReviewComment.topic == topic,
            ReviewComment.status.in_([CommentStatus.OPEN.value, CommentStatus.ADDRESSED.value]),
        )
        .count()
    )


def state(topic_uid: str) -> ReviewState:
    """The review snapshot of a topic (module docstring)."""
    topic = Topic.by_uid(topic_uid)
    rnd, draft = latest_round(topic), latest_draft(topic)
    latest = draft.number if draft is not None else None
    head = (topic.uid, topic.title, Stage(topic.stage))
    if rnd is None:
        return ReviewState(
            *head, "none", None, 0, None, latest, None, (), None, "", None, False,
            frozenset(), _open_comments(topic),
        )  # fmt: skip
    if draft is not None and topic.stage == Stage.REVIEW and is_outdated(rnd, draft):
        plan = successor(topic, rnd, draft)
        status = RoundStatus.APPROVED.value if plan.approved else RoundStatus.OPEN.value
        levels = _level_states(plan.levels, list(plan.carried), plan.start, status, True)
        return ReviewState(
            *head, status, rnd.uid, rnd.number + 1, draft.number, latest, rnd.draft_number,
            levels, draft.created_at, draft.author_name, draft.created_at, True,
            plan.changes, _open_comments(topic),
        )  # fmt: skip
    previous = (
        ReviewRound.get_or_none(ReviewRound.id == rnd.previous_id) if rnd.previous_id else None
    )
    status = rnd.status if rnd.status != RoundStatus.SUPERSEDED.value else "open"
    levels = _level_states(levels_of(rnd), decisions_of(rnd), rnd.level, status)
    waiting = rnd.level_since if status == RoundStatus.OPEN.value else None
    return ReviewState(
        *head, status, rnd.uid, rnd.number, rnd.draft_number, latest,
        previous.draft_number if previous is not None else None, levels, rnd.submitted_at,
        rnd.submitted_by_name, waiting, False, frozenset(), _open_comments(topic),
    )  # fmt: skip
