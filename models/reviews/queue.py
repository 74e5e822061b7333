"""审核队列 (R-5.4): what waits at which level, each reviewer's queue with its count for the
sidebar, and the author's view of where their drafts stand.

An item is a topic at 审核 whose latest round waits at a level — or whose draft was edited
since its round began, shown at the level the edit sends it back to (rounds.successor).
Most urgent first: priority (high first), then due date (soonest first, none last), then
the oldest wait at the level.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from peewee import fn

from models.reviews.chain import Level, decode_chain, sign_refusal
from models.reviews.rounds import LIVE, successor
from models.reviews.schema import (
    CommentStatus,
    ReviewComment,
    ReviewDecision,
    ReviewRound,
    RoundStatus,
)
from models.reviews.status import ReviewState, state
from models.team import Member, Role
from models.topics.model import (
    MEMBER_ID,
    DraftVersion,
    Priority,
    Stage,
    Topic,
    decode_items,
)

OPEN_COMMENTS = [CommentStatus.OPEN.value, CommentStatus.ADDRESSED.value]


@dataclass(frozen=True)
class QueueItem:
    """A draft waiting at a level (a snapshot for the queue table)."""

    topic_uid: str
    title: str
    form: str
    channels: tuple[str, ...]
    priority: Priority
    due_on: date | None
    owner_name: str
    round_uid: str
    draft_number: int
    level: int
    level_name: str
    role: Role
    submitted_at: datetime
    waiting_since: datetime
    open_comments: int
    pending_sync: bool  # the draft was edited since its round began (rounds.successor)
    refusal: str | None = None  # why the member asking may not sign it (include_blocked)

    def urgency(self) -> tuple[Any, ...]:
        return (-int(self.priority), self.due_on or date.max, self.waiting_since, self.title)


def _open_comment_counts(topic_ids: list[int]) -> dict[int, int]:
    if not topic_ids:
        return {}
    query: Any = (
        ReviewComment.select(ReviewComment.topic, fn.COUNT(ReviewComment.id))
        .where(
            ReviewComment.topic.in_(topic_ids),
            ReviewComment.status.in_(OPEN_COMMENTS),
            ReviewComment.deleted_at.is_null(),
        )
        .group_by(ReviewComment.topic)
    )
    return {int(t): int(n) for t, n in query.tuples()}


def _same(latest: Any) -> Any:
    return (ReviewRound.topic == latest.c.topic_id) & (ReviewRound.number == latest.c.n)


def _live_rounds() -> list[tuple[ReviewRound, Topic, str, int]]:
    """The latest round of every topic at 审核 that is open or approved, with its topic, the
    owner's name and the topic's newest draft version."""
    latest = (
        ReviewRound.select(ReviewRound.topic, fn.MAX(ReviewRound.number).alias("n"))
        .where(ReviewRound.deleted_at.is_null())
        .group_by(ReviewRound.topic)
    )
    query = (
        ReviewRound.select(ReviewRound, Topic)
        .join(latest, on=_same(latest))
        .switch(ReviewRound)
        .join(Topic)
        .where(
            ReviewRound.status.in_(LIVE),
            Topic.stage == int(Stage.REVIEW),
            Topic.deleted_at.is_null(),
            Topic.archived_at.is_null(),
        )
    )
    rounds = list(query)  # the model graph: round.topic is the joined topic, no extra query
    topic_ids = [int(r.topic_id) for r in rounds]
    newest: Any = (
        DraftVersion.select(DraftVersion.topic, fn.MAX(DraftVersion.number))
        .where(DraftVersion.topic.in_(topic_ids), DraftVersion.deleted_at.is_null())
        .group_by(DraftVersion.topic)
    )
    numbers = {int(t): int(n) for t, n in newest.tuples()}
    owner_ids = {r.topic.owner_id for r in rounds if r.topic.owner_id is not None}
    names: Any = Member.select(MEMBER_ID, Member.name).where(MEMBER_ID.in_(list(owner_ids)))
    owners = {int(m): n for m, n in names.tuples()}
    return [
        (
            r,
            r.topic,
            owners.get(r.topic.owner_id or 0, ""),
            numbers.get(int(r.topic_id), r.draft_number),
        )
        for r in rounds
    ]


@dataclass(frozen=True)
class _Pending:
    item: QueueItem
    topic: Topic
    level: Level
    signed: dict[int, str]


def _pending() -> list[_Pending]:
    rounds = _live_rounds()
    counts = _open_comment_counts([int(t.id) for _, t, _, _ in rounds])
    signed: dict[int, dict[int, str]] = {}
    query = ReviewDecision.alive().where(ReviewDecision.round.in_([r.id for r, *_ in rounds]))
    for d in query:
        signed.setdefault(int(d.round_id), {})[int(d.reviewer_id)] = d.level_name
    out = []
    for r, topic, owner_name, newest in rounds:
        sync = newest > r.draft_number
        if sync:
            draft = DraftVersion.get(topic=topic, number=newest)
            plan = successor(topic, r, draft)
            if plan.approved:
                continue
            level = plan.levels[plan.start - 1]
            who = {int(d.reviewer_id): d.level_name for d in plan.carried}
            since = draft.created_at
        elif r.status == RoundStatus.OPEN.value:
            level = decode_chain(r.chain)[r.level - 1]
            who = signed.get(int(r.id), {})
            since = r.level_since
        else:
            continue
        item = QueueItem(
            topic.uid,
            topic.title,
            topic.form,
            decode_items(topic.channels),
            Priority(topic.priority),
            topic.due_on,
            owner_name,
            r.uid,
            newest,
            level.position,
            level.name,
            level.role,
            r.submitted_at,
            since,
            counts.get(int(topic.id), 0),
            sync,
        )
        out.append(_Pending(item, topic, level, who))
    out.sort(key=lambda p: p.item.urgency())
    return out


def waiting(levels: list[str] | None = None) -> list[QueueItem]:
    """Every item waiting, most urgent first; ``levels`` keeps those at the named levels."""
    return [p.item for p in _pending() if levels is None or p.item.level_name in levels]


def queue_for(member_uid: str, *, include_blocked: bool = False) -> list[QueueItem]:
    """The items ``member_uid`` may sign now, most urgent first. With ``include_blocked``,
    also those at a level of one of their roles that separation of duties keeps from them,
    with the reason's code in ``refusal`` (the GUI greys them)."""
    member = Member.by_uid(member_uid)
    if not member.active:
        return []
    roles = set(member.role_list)
    out = []
    for p in _pending():
        if p.level.role not in roles:
            continue
        refusal = sign_refusal(member, p.topic, p.level, p.signed)
        if refusal is None:
            out.append(p.item)
        elif include_blocked:
            out.append(_with_refusal(p.item, refusal.code))
    return out


def _with_refusal(item: QueueItem, code: str) -> QueueItem:
    return replace(item, refusal=code)


def queue_count(member_uid: str) -> int:
    """The sidebar's number: how many items the member may sign now."""
    return len(queue_for(member_uid))


def counts_by_level() -> dict[str, int]:
    """How many items wait at each level (by level name), in chain order of first sight."""
    out: dict[str, int] = {}
    for item in waiting():
        out[item.level_name] = out.get(item.level_name, 0) + 1
    return out


@dataclass(frozen=True)
class AuthorItem:
    """Where one of an author's drafts stands."""

    state: ReviewState
    due_on: date | None
    priority: Priority
    awaiting_me: int  # open comments the author has to address
    awaiting_reviewer: int  # addressed comments the reviewer has to accept

    @property
    def needs_me(self) -> bool:
        return self.state.status in ("changes", "rejected") or self.awaiting_me > 0


def author_view(member_uid: str) -> list[AuthorItem]:
    """The topics at 撰写 or 审核 the member owns or wrote a draft of, with their review
    state: those needing the author first, then the rest by due date."""
    member = Member.by_uid(member_uid)
    wrote = DraftVersion.select(DraftVersion.topic).where(DraftVersion.author == member)
    topics = Topic.alive().where(
        (Topic.owner == member) | Topic.id.in_(wrote),
        Topic.stage.in_([int(Stage.WRITE), int(Stage.REVIEW)]),
        Topic.archived_at.is_null(),
    )
    out = []
    for topic in topics:
        snapshot = state(topic.uid)
        if snapshot.status == "none" and topic.stage != Stage.REVIEW:
            continue
        statuses = [
            c.status
            for c in ReviewComment.alive().where(ReviewComment.topic == topic)
            if c.status in OPEN_COMMENTS
        ]
        out.append(
            AuthorItem(
                snapshot,
                topic.due_on,
                Priority(topic.priority),
                statuses.count(CommentStatus.OPEN.value),
                statuses.count(CommentStatus.ADDRESSED.value),
            )
        )
    out.sort(key=lambda a: (not a.needs_me, a.due_on or date.max, -int(a.priority)))
    return out


__all__ = [
    "AuthorItem",
    "QueueItem",
    "author_view",
    "counts_by_level",
    "queue_count",
    "queue_for",
    "waiting",
]
