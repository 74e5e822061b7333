"""Review comments (R-5.4): raised by a reviewer, optionally on a passage, followed until done.

A comment is *open* until an author of the content (the topic's owner or a draft's author)
marks it *addressed*, with an optional reply, and a member who may sign the comment's level
*accepts* that (*resolved*) — or *reopens* it. The reviewer who raised it may withdraw it.
Open and addressed comments hold up their level's approval, the last level's approval and
the move to 发布 (workflow.py). A passage is a character range of one draft version (or of
the title or hashtags) with the text quoted, so it still reads after later edits; where the
quoted text is in the latest version is computed for highlighting (:attr:`CommentRow.located`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from peewee import JOIN

from models import base
from models.base import Actor
from models.db import write
from models.reviews.chain import Level, acting_member, author_ids, chain_for
from models.reviews.hits import draft_of, hashtags_text
from models.reviews.rounds import latest_round, levels_of
from models.reviews.schema import CommentStatus, ContentField, ReviewComment, ReviewRound
from models.reviews.wording import ReviewDenied, ReviewInvalid, ReviewRefused
from models.team import Member
from models.topics.model import MEMBER_ID, Topic

BODY_MAX = 5000
QUOTE_MAX = 500


@dataclass(frozen=True)
class Passage:
    """Where a comment points: a character range of a field; for the body, of one draft
    version (None: the version under review)."""

    start: int
    end: int
    field: ContentField = ContentField.BODY
    draft_number: int | None = None


@dataclass(frozen=True)
class CommentRow:
    """A snapshot of a review comment."""

    uid: str
    topic_uid: str
    draft_number: int | None
    level_name: str
    author_uid: str
    author_name: str
    body: str
    field: str
    start: int | None
    end: int | None
    quote: str
    status: CommentStatus
    raised_at: datetime
    reply: str
    addressed_at: datetime | None
    resolved_at: datetime | None
    version: int
    located: tuple[int, int] | None = None  # the quote's range in the latest text

    @property
    def done(self) -> bool:
        return self.status in (CommentStatus.RESOLVED, CommentStatus.WITHDRAWN)


def _field_text(topic: Topic, field: ContentField, draft_number: int | None) -> tuple[str, int]:
    if field is ContentField.TITLE:
        return topic.title, 0
    if field is ContentField.HASHTAGS:
        return hashtags_text(topic), 0
    draft = draft_of(topic, draft_number)
    if draft is None:
        raise ReviewInvalid("draft_no_version", field="passage", number=draft_number or 1)
    return draft.body, draft.number


def _passage_values(topic: Topic, rnd: ReviewRound | None, passage: Passage) -> dict[str, Any]:
    field = ContentField(passage.field)
    wanted = passage.draft_number or (rnd.draft_number if rnd is not None else None)
    text, number = _field_text(topic, field, wanted)
    if not 0 <= passage.start < passage.end <= len(text):
        raise ReviewInvalid(
            "comment_passage_bad",
            field="passage",
            start=passage.start,
            end=passage.end,
            number=number,
        )
    return dict(
        field=field.value,
        start=passage.start,
        end=passage.end,
        quote=text[passage.start : passage.end][:QUOTE_MAX],
        draft_number=number or wanted,
    )


def record_comment(
    actor: Actor,
    member: Member,
    topic: Topic,
    rnd: ReviewRound | None,
    level_name: str,
    body: str,
    passage: Passage | None,
    at: datetime,
) -> ReviewComment:
    """Write a comment (callers checked who may raise it); inside their transaction."""
    text = body.strip()
    if not text:
        raise ReviewInvalid("required", field="comment")
    if len(text) > BODY_MAX:
        raise ReviewInvalid("too_long", field="comment", max=BODY_MAX)
    values: dict[str, Any] = dict(field="", draft_number=rnd.draft_number if rnd else None)
    if passage is not None:
        values = _passage_values(topic, rnd, passage)
    record = ReviewComment.create(
        topic=topic,
        round=rnd,
        level_name=level_name,
        author=member,
        author_name=member.name,
        body=text,
        status=CommentStatus.OPEN.value,
        raised_at=at,
        **values,
    )
    base.audit(actor, "comment_raise", record, after=record.snapshot())
    return record


def _chain(topic: Topic, rnd: ReviewRound | None) -> tuple[Level, ...]:
    return levels_of(rnd) if rnd is not None else chain_for(topic)


def add_comment(
    actor: Actor,
    topic_uid: str,
    body: str,
    *,
    passage: Passage | None = None,
    at: datetime | None = None,
) -> CommentRow:
    """Raise a comment on the topic's content as a reviewer: at the pending level when the
    member may sign it, else at the first level of the chain whose role they hold."""
    with write():
        topic = Topic.by_uid(topic_uid)
        member = acting_member(actor)
        rnd = latest_round(topic)
        levels = _chain(topic, rnd)
        if member is None:
            raise ReviewDenied("review_needs_member")
        mine = [lv for lv in levels if member.has_role(lv.role)]
        if not mine:
            raise ReviewDenied("comment_not_reviewer")
        pending = levels[rnd.level - 1] if rnd is not None and rnd.level <= len(levels) else None
        level = pending if pending in mine else mine[0]
        record = record_comment(
            actor, member, topic, rnd, level.name, body, passage, at or base.now()
        )
        return comment(record.uid)


def _signer_refusal(member: Member | None, c: ReviewComment, topic: Topic) -> ReviewDenied | None:
    rnd = ReviewRound.get_or_none(ReviewRound.id == c.round_id) if c.round_id else None
    level = next((lv for lv in _chain(topic, rnd) if lv.name == c.level_name), None)
    if member is None:
        return ReviewDenied("review_needs_member")
    if member.get_id() == c.author_id:
        return None
    if level is None or not member.has_role(level.role):
        return ReviewDenied("comment_not_signer", level=c.level_name)
    if level.independent and int(member.get_id()) in author_ids(topic):
        return ReviewDenied("comment_not_signer", level=c.level_name)
    return None


def _step(
    actor: Actor,
    uid: str,
    allowed: tuple[CommentStatus, ...],
    changes: dict[str, Any],
    action: str,
    check: str,
    note: str = "",
) -> CommentRow:
    with write():
        c = ReviewComment.by_uid(uid)
        topic = Topic.get_by_id(c.topic_id)
        member = acting_member(actor)
        if check == "author":
            if member is None or int(member.get_id()) not in author_ids(topic):
                raise ReviewDenied("comment_not_author")
        elif check == "raiser":
            if member is None or member.get_id() != c.author_id:
                raise ReviewDenied("comment_not_raiser")
        else:
            refusal = _signer_refusal(member, c, topic)
            if refusal is not None:
                raise refusal
        if CommentStatus(c.status) not in allowed:
            raise ReviewRefused("comment_wrong_status", state=c.status)
        values = {k: (member if v is _MEMBER else v) for k, v in changes.items()}
        base.update(ReviewComment, uid, values, None, actor, action=action, note=note or None)
        return comment(uid)


_MEMBER = object()  # stands for the acting member in a change


def mark_addressed(
    actor: Actor, uid: str, reply: str = "", *, at: datetime | None = None
) -> CommentRow:
    """The author says the comment is dealt with (with an optional reply)."""
    changes = dict(
        status=CommentStatus.ADDRESSED.value,
        reply=reply.strip(),
        addressed_by=_MEMBER,
        addressed_at=at or base.now(),
    )
    return _step(actor, uid, (CommentStatus.OPEN,), changes, "comment_address", "author")


def accept(actor: Actor, uid: str, *, at: datetime | None = None) -> CommentRow:
    """The reviewer accepts the author's answer: the comment is resolved."""
    changes = dict(
        status=CommentStatus.RESOLVED.value, resolved_by=_MEMBER, resolved_at=at or base.now()
    )
    return _step(actor, uid, (CommentStatus.ADDRESSED,), changes, "comment_accept", "signer")


def reopen(actor: Actor, uid: str, reason: str = "") -> CommentRow:
    """The reviewer does not accept the answer: the comment is open again."""
    changes = dict(status=CommentStatus.OPEN.value, addressed_at=None)
    return _step(
        actor, uid, (CommentStatus.ADDRESSED,), changes, "comment_reopen", "signer", reason
    )


def withdraw(actor: Actor, uid: str, *, at: datetime | None = None) -> CommentRow:
    """The reviewer who raised the comment takes it back."""
    allowed = (CommentStatus.OPEN, CommentStatus.ADDRESSED)
    changes = dict(status=CommentStatus.WITHDRAWN.value, resolved_at=at or base.now())
    return _step(actor, uid, allowed, changes, "comment_withdraw", "raiser")


def _row(c: Any, topic_uid: str, latest: dict[str, str]) -> CommentRow:
    located = None
    if c.quote and c.field in latest:
        found = latest[c.field].find(c.quote)
        located = (found, found + len(c.quote)) if found >= 0 else None
    return CommentRow(
        c.uid,
        topic_uid,
        c.draft_number,
        c.level_name,
        c.author_uid,
        c.author_name,
        c.body,
        c.field,
        c.start,
        c.end,
        c.quote,
        CommentStatus(c.status),
        c.raised_at,
        c.reply,
        c.addressed_at,
        c.resolved_at,
        c.version,
        located,
    )


def _query() -> Any:
    return (
        ReviewComment.select(ReviewComment, Member.uid.alias("author_uid"))
        .join(Member, JOIN.LEFT_OUTER, on=(ReviewComment.author == MEMBER_ID))
        .where(ReviewComment.deleted_at.is_null())
    )


def comments(topic_uid: str, *, include_done: bool = True) -> list[CommentRow]:
    """The topic's comments, oldest first, each located in the latest text."""
    topic = Topic.by_uid(topic_uid)
    draft = draft_of(topic)
    latest = {
        ContentField.TITLE.value: topic.title,
        ContentField.BODY.value: draft.body if draft is not None else "",
        ContentField.HASHTAGS.value: hashtags_text(topic),
    }
    query = _query().where(ReviewComment.topic == topic)
    if not include_done:
        query = query.where(ReviewComment.status.in_(["open", "addressed"]))
    rows = query.order_by(ReviewComment.raised_at, ReviewComment.id).objects()
    return [_row(c, topic_uid, latest) for c in rows]


def comment(uid: str) -> CommentRow:
    """One comment (NotFound when it does not exist)."""
    topic = Topic.get_by_id(ReviewComment.by_uid(uid).topic_id)
    return next(r for r in comments(topic.uid) if r.uid == uid)
