"""The review workflow (R-5.4): submit, approve, request changes, reject, resubmit, and the
gate 审核 → 发布 it opens. Every step is one transaction with its audit entries.

Decisions:

- Submission moves the topic: :func:`submit` on a topic at 撰写 moves it to 审核 through
  ``stages.move_topic`` (its permission and gate: the owner, a planner or the lead, with a
  saved draft) and opens a round for the latest draft version, in one transaction. A topic
  already at 审核 (moved on the board, or a resubmission) gets its round the same way. The
  topic stays at 审核 while changes are requested: reviewers are not allowed to move topics,
  and the board shows the review state on the card.
- A decision names the draft version the reviewer saw; when the draft changed since (a
  newer version was saved), the decision is refused and the newer version is reviewed.
  Before deciding, :func:`sync_topic` writes the round the edit calls for (rounds.py), so an
  edit after approval sends the draft back through review without anyone resubmitting.
- Anything but approval needs a comment, which becomes a review comment followed until done.
  A level does not approve while its own comments are open; the last level not while any
  comment on the topic is open; a compliance level not while a blocking Advertising-Law hit
  remains unwaived (R-2.1).
- The gate: 审核 → 发布 passes when the latest draft version's round approved every level,
  no review comment is open (one raised after approval holds the publication until it is
  resolved or withdrawn), and no blocking hit remains unwaived in the title, body and
  hashtags as they are now.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from models import base
from models.base import Actor, Record
from models.db import write
from models.errors import DeskError
from models.reviews import comments as comments_mod
from models.reviews.chain import acting_member, encode_chain, sign_refusal
from models.reviews.comments import Passage
from models.reviews.hits import check_topic
from models.reviews.rounds import (
    LIVE,
    is_outdated,
    latest_draft,
    latest_round,
    levels_of,
    signed_by,
    successor,
)
from models.reviews.schema import (
    CommentStatus,
    Decision,
    ReviewComment,
    ReviewDecision,
    ReviewRound,
    RoundStatus,
)
from models.reviews.status import ReviewState, state
from models.reviews.wording import ReviewDenied, ReviewInvalid, ReviewRefused
from models.topics import stages
from models.topics.model import DraftVersion, Stage, Topic
from models.topics.stages import StageError

COMMENT_MAX = 5000
ACTIONS = {
    Decision.APPROVE: "review_approve",
    Decision.CHANGES: "review_changes",
    Decision.REJECT: "review_reject",
}


def _create(model: type[Record], actor: Actor, action: str, note: str = "", **values: Any) -> Any:
    record = model.create(**values)
    base.audit(actor, action, record, after=record.snapshot(), note=note or None)
    return record


def _set_round(actor: Actor, rnd: ReviewRound, **changes: Any) -> ReviewRound:
    return base.update(ReviewRound, rnd.uid, changes, None, actor, action="review_round")


def _open_round(
    actor: Actor,
    topic: Topic,
    draft: DraftVersion,
    prev: ReviewRound | None,
    reason: str,
    at: datetime,
) -> ReviewRound:
    """Write the round that follows ``prev`` for ``draft`` (rounds.successor)."""
    member = acting_member(actor)
    plan = successor(topic, prev, draft)
    if prev is not None and prev.status in LIVE:
        _set_round(actor, prev, status=RoundStatus.SUPERSEDED.value, closed_at=at)
    number = (prev.number if prev is not None else 0) + 1
    carried = ", ".join(d.level_name for d in plan.carried)
    changed = ",".join(sorted(k.value for k in plan.changes))
    note = f"v{draft.number}" + (f"; changed: {changed}" if changed else "")
    note += f"; carried: {carried}" if carried else ""
    # an edit reopens the review on behalf of whoever saved the version, not the reviewer
    # whose decision happened to write the round (the audit entry names the latter)
    submitter: Any = member or topic.owner_id
    name = actor.name
    if reason == "edited" and draft.author_id is not None:
        submitter, name = draft.author_id, draft.author_name
    rnd = _create(
        ReviewRound,
        actor,
        f"review_{reason}",
        note,
        topic=topic,
        draft=draft,
        draft_number=draft.number,
        number=number,
        chain=encode_chain(plan.levels),
        level=plan.start,
        status=(RoundStatus.APPROVED if plan.approved else RoundStatus.OPEN).value,
        reason=reason,
        previous=prev,
        submitted_by=submitter,
        submitted_by_name=name,
        submitted_at=at,
        level_since=at,
        closed_at=at if plan.approved else None,
    )
    for d in plan.carried:
        _create(
            ReviewDecision,
            actor,
            "review_carry",
            f"v{d.draft_number} -> v{draft.number}",
            round=rnd,
            draft_number=draft.number,
            level=next(lv.position for lv in plan.levels if lv.name == d.level_name),
            level_name=d.level_name,
            role=d.role,
            reviewer=d.reviewer_id,
            reviewer_name=d.reviewer_name,
            decision=Decision.APPROVE.value,
            comment="",
            arrived_at=d.arrived_at,
            decided_at=d.decided_at,
            carried_from=d.carried_from_id or d.id,
        )
    return rnd


def submit(
    actor: Actor, topic_uid: str, *, note: str = "", at: datetime | None = None
) -> ReviewState:
    """Send the latest draft version to review (or back to it after changes or a rejection)."""
    with write():
        at = at or base.now()
        topic = Topic.by_uid(topic_uid)
        if acting_member(actor) is None:
            raise ReviewDenied("review_needs_member")
        draft = latest_draft(topic)
        if draft is None:
            raise StageError("topic_needs_draft")
        prev = latest_round(topic)
        same = prev is not None and prev.status in LIVE and prev.draft_number == draft.number
        here = Stage(topic.stage)
        if here is Stage.WRITE:  # the move opens the round (_entered_review)
            stages.move_topic(actor, topic.uid, Stage.REVIEW, comment=note, at=at)
            return state(topic.uid)
        if here is Stage.REVIEW:
            refusal = stages.permission_refusal(actor, topic)
            if refusal is not None:
                raise refusal
            if same:
                raise ReviewRefused("review_already_submitted", number=draft.number)
        else:
            raise ReviewRefused("review_submit_stage", stage=here.code)
        _open_round(actor, topic, draft, prev, "submit" if prev is None else "resubmit", at)
        return state(topic.uid)


def _entered_review(actor: Actor, topic: Topic, note: str, at: datetime) -> None:
    """A topic moved 撰写 → 审核 — by :func:`submit`, on the board or in the stage panel —
    gets its round, inside the move's transaction (registered with stages)."""
    draft = latest_draft(topic)
    if draft is None:  # the gate 撰写 → 审核 asks for a draft; nothing to review without one
        return
    prev = latest_round(topic)
    if prev is not None and prev.status in LIVE and prev.draft_number == draft.number:
        return  # moved back and forth without an edit: the round goes on
    _open_round(actor, topic, draft, prev, "submit" if prev is None else "resubmit", at)


def sync_topic(actor: Actor, topic_uid: str, *, at: datetime | None = None) -> bool:
    """Write the round an edit calls for (the draft changed under review or after
    approval); True when one was opened. Safe to call any time (a hook after saving)."""
    with write():
        topic = Topic.by_uid(topic_uid)
        if topic.stage != Stage.REVIEW:
            return False
        rnd, draft = latest_round(topic), latest_draft(topic)
        if rnd is None or draft is None or not is_outdated(rnd, draft):
            return False
        _open_round(actor, topic, draft, rnd, "edited", at or base.now())
        return True


def _open_comment_count(topic: Topic, level_name: str | None) -> int:
    query = ReviewComment.alive().where(
        ReviewComment.topic == topic,
        ReviewComment.status.in_([CommentStatus.OPEN.value, CommentStatus.ADDRESSED.value]),
    )
    if level_name is not None:
        query = query.where(ReviewComment.level_name == level_name)
    return int(query.count())


def decide_refusal(
    actor: Actor, topic_uid: str, decision: Decision | str = Decision.APPROVE
) -> DeskError | None:
    """Why ``actor`` may not take ``decision`` on the topic now, or None (for the GUI's
    buttons; the state it looks at is the one :func:`state` shows)."""
    topic = Topic.by_uid(topic_uid)
    if topic.stage != Stage.REVIEW:
        return ReviewRefused("review_not_in_review")
    rnd, draft = latest_round(topic), latest_draft(topic)
    if rnd is None or draft is None:
        return ReviewRefused("review_not_waiting", status="none")
    if is_outdated(rnd, draft):
        plan = successor(topic, rnd, draft)
        if plan.approved:
            return ReviewRefused("review_not_waiting", status=RoundStatus.APPROVED.value)
        level = plan.levels[plan.start - 1]
        signed = {int(d.reviewer_id): d.level_name for d in plan.carried}
    else:
        if rnd.status != RoundStatus.OPEN.value:
            return ReviewRefused("review_not_waiting", status=rnd.status)
        level = levels_of(rnd)[rnd.level - 1]
        signed = signed_by(rnd)
    refusal = sign_refusal(acting_member(actor), topic, level, signed)
    if refusal is not None or Decision(decision) is not Decision.APPROVE:
        return refusal
    return _approval_refusal(topic, level.name, level.checks_adlaw, rnd, draft)


def _approval_refusal(
    topic: Topic, level_name: str, adlaw: bool, rnd: ReviewRound, draft: DraftVersion
) -> DeskError | None:
    last = rnd.level == len(levels_of(rnd))
    count = _open_comment_count(topic, None if last else level_name)
    if count:
        return ReviewRefused("review_comments_open", count=count)
    if adlaw:
        blocking = check_topic(topic, draft.number).open_blocking
        if blocking:
            terms = "、".join(dict.fromkeys(h.hit.text for h in blocking))
            return ReviewRefused("review_blocking_hits", count=len(blocking), terms=terms)
    return None


def decide(
    actor: Actor,
    topic_uid: str,
    decision: Decision | str,
    *,
    draft_number: int,
    level: str | None = None,
    comment: str = "",
    passage: Passage | None = None,
    at: datetime | None = None,
) -> ReviewState:
    """Decide at the pending level of the topic's review, on ``draft_number`` as seen."""
    choice = Decision(decision)
    with write():
        at = at or base.now()
        topic = Topic.by_uid(topic_uid)
        if topic.stage != Stage.REVIEW:
            raise ReviewRefused("review_not_in_review")
        sync_topic(actor, topic_uid, at=at)
        rnd, draft = latest_round(topic), latest_draft(topic)
        if rnd is None or draft is None or rnd.status != RoundStatus.OPEN.value:
            raise ReviewRefused("review_not_waiting", status=rnd.status if rnd else "none")
        if draft_number != rnd.draft_number:
            raise ReviewRefused("review_draft_changed", seen=draft_number, now=rnd.draft_number)
        levels = levels_of(rnd)
        current = levels[rnd.level - 1]
        if level is not None and level != current.name:
            raise ReviewRefused("review_level_moved", level=level, now=current.name)
        member = acting_member(actor)
        refusal = sign_refusal(member, topic, current, signed_by(rnd))
        if refusal is not None:
            raise refusal
        assert member is not None
        text = comment.strip()
        if choice is not Decision.APPROVE and not text:
            raise ReviewInvalid("review_comment_required", field="comment")
        if len(text) > COMMENT_MAX:
            raise ReviewInvalid("too_long", field="comment", max=COMMENT_MAX)
        if choice is Decision.APPROVE:
            refusal = _approval_refusal(topic, current.name, current.checks_adlaw, rnd, draft)
            if refusal is not None:
                raise refusal
        _create(
            ReviewDecision,
            actor,
            ACTIONS[choice],
            f"v{draft.number}",
            round=rnd,
            draft_number=draft.number,
            level=current.position,
            level_name=current.name,
            role=current.role.value,
            reviewer=member,
            reviewer_name=member.name,
            decision=choice.value,
            comment=text,
            arrived_at=rnd.level_since,
            decided_at=at,
        )
        if choice is not Decision.APPROVE:
            comments_mod.record_comment(actor, member, topic, rnd, current.name, text, passage, at)
        if choice is Decision.APPROVE and rnd.level < len(levels):
            _set_round(actor, rnd, level=rnd.level + 1, level_since=at)
        elif choice is Decision.APPROVE:
            _set_round(
                actor, rnd, level=rnd.level + 1, status=RoundStatus.APPROVED.value, closed_at=at
            )
        else:
            status = RoundStatus.CHANGES if choice is Decision.CHANGES else RoundStatus.REJECTED
            _set_round(actor, rnd, status=status.value, closed_at=at)
        return state(topic.uid)


def approve(actor: Actor, topic_uid: str, *, draft_number: int, **kw: Any) -> ReviewState:
    return decide(actor, topic_uid, Decision.APPROVE, draft_number=draft_number, **kw)


def request_changes(
    actor: Actor, topic_uid: str, *, draft_number: int, comment: str, **kw: Any
) -> ReviewState:
    return decide(
        actor, topic_uid, Decision.CHANGES, draft_number=draft_number, comment=comment, **kw
    )


def reject(
    actor: Actor, topic_uid: str, *, draft_number: int, comment: str, **kw: Any
) -> ReviewState:
    return decide(
        actor, topic_uid, Decision.REJECT, draft_number=draft_number, comment=comment, **kw
    )


def review_approved(topic: Topic) -> bool:
    """The gate 审核 → 发布 (registered with stages): the latest draft version's round
    approved every level, no comment is open and no blocking hit remains unwaived (R-5.4,
    R-2.1)."""
    rnd, draft = latest_round(topic), latest_draft(topic)
    if rnd is None or draft is None:
        return False
    if rnd.status != RoundStatus.APPROVED.value or rnd.draft_number != draft.number:
        return False
    if _open_comment_count(topic, None):
        return False
    return not check_topic(topic, draft.number).open_blocking


stages.register_review_check(review_approved)
stages.register_review_entry(_entered_review)
