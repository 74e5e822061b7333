"""Rounds of review and what carries from one to the next (R-5.4): the rules, read-only.

A round is one submission of one draft version. When a new round follows an old one:

- after a rejection it starts again at the first level, nothing carried;
- after a request for changes it returns to the level that asked, and the approvals of the
  levels before it carry over (whatever the policy: the issue's rule);
- after an edit of a draft under review or approved (a newer version was saved), the
  team's :class:`Policy` decides: ``all`` starts again at the first level; ``invalidated``
  starts at the first level whose approval the edit voids — the first level whose
  ``recheck`` kinds include a kind of this change (see :func:`classify`) — and carries the
  approvals before it. Any wording change voids every level from 初审 under both policies;
  new pictures void 二审 and 合规 by default; a layout-only edit voids only 合规.

Approvals carry by level name and role, so a chain changed in between keeps what still
applies; the round's pending level is the first level without a carried approval.
:func:`successor` computes this without writing: the workflow writes it, and the queue
shows it for a draft edited since its round began, before anyone wrote the new round.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass

from models.reviews.chain import Level, chain_for, decode_chain, policy
from models.reviews.schema import (
    ChangeKind,
    Decision,
    Policy,
    ReviewDecision,
    ReviewRound,
    RoundStatus,
)
from models.topics.model import DraftVersion, Topic

LIVE = (RoundStatus.OPEN.value, RoundStatus.APPROVED.value)


def _wording(text: str) -> str:
    """The text without spaces, punctuation, width or case: what a layout edit keeps."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(
        ch for ch in folded if not ch.isspace() and unicodedata.category(ch)[0] not in "PZC"
    )


def classify(old: DraftVersion, new: DraftVersion) -> frozenset[ChangeKind]:
    """What changed between two versions of a draft."""
    kinds: set[ChangeKind] = set()
    if _wording(old.body) != _wording(new.body):
        kinds.add(ChangeKind.TEXT)
    elif old.body != new.body or old.body_format != new.body_format:
        kinds.add(ChangeKind.LAYOUT)
    if json.loads(old.attachments or "[]") != json.loads(new.attachments or "[]"):
        kinds.add(ChangeKind.ATTACHMENTS)
    return frozenset(kinds)


def levels_of(rnd: ReviewRound) -> tuple[Level, ...]:
    return decode_chain(rnd.chain)


def latest_round(topic: Topic) -> ReviewRound | None:
    return (
        ReviewRound.alive()
        .where(ReviewRound.topic == topic)
        .order_by(ReviewRound.number.desc())
        .first()
    )


def latest_draft(topic: Topic) -> DraftVersion | None:
    return (
        DraftVersion.alive()
        .where(DraftVersion.topic == topic)
        .order_by(DraftVersion.number.desc())
        .first()
    )


def decisions_of(rnd: ReviewRound) -> list[ReviewDecision]:
    query = ReviewDecision.alive().where(ReviewDecision.round == rnd)
    return list(query.order_by(ReviewDecision.level, ReviewDecision.id))


def approvals_of(rnd: ReviewRound) -> dict[str, ReviewDecision]:
    """The approvals of a round (carried ones too) by level name."""
    return {d.level_name: d for d in decisions_of(rnd) if d.decision == Decision.APPROVE.value}


def signed_by(rnd: ReviewRound) -> dict[int, str]:
    """Member id → the level they decided in this round (separation of duties)."""
    return {int(d.reviewer_id): d.level_name for d in decisions_of(rnd)}


def is_outdated(rnd: ReviewRound, draft: DraftVersion | None) -> bool:
    """A round under review or approved whose draft was edited since (a newer version)."""
    return rnd.status in LIVE and draft is not None and draft.number > rnd.draft_number


@dataclass(frozen=True)
class Successor:
    """The round that would follow: its chain, pending level and carried approvals."""

    levels: tuple[Level, ...]
    start: int  # pending position; len(levels) + 1 when every level is carried
    carried: tuple[ReviewDecision, ...]
    changes: frozenset[ChangeKind]

    @property
    def approved(self) -> bool:
        return self.start > len(self.levels)


def successor(topic: Topic, prev: ReviewRound | None, draft: DraftVersion) -> Successor:
    """What a new round for ``draft`` looks like after ``prev`` (module docstring)."""
    levels = chain_for(topic)
    if prev is None or prev.status == RoundStatus.REJECTED.value:
        return Successor(levels, 1, (), frozenset())
    old_levels = levels_of(prev)
    approvals = approvals_of(prev)
    changes: frozenset[ChangeKind] = frozenset()
    if prev.status == RoundStatus.CHANGES.value:
        asked = old_levels[prev.level - 1]
        start = next(
            (lv.position for lv in levels if (lv.name, lv.role) == (asked.name, asked.role)), 1
        )
    else:
        old_draft = DraftVersion.get_by_id(prev.draft_id)
        changes = classify(old_draft, draft)
        start = len(levels) + 1
        if policy() is Policy.ALL:
            start = 1
        else:
            start = next((lv.position for lv in levels if lv.recheck & changes), start)
        if prev.status == RoundStatus.OPEN.value:
            pending = old_levels[prev.level - 1]
            start = min(start, next((lv.position for lv in levels if lv.name == pending.name), 1))
    carried: list[ReviewDecision] = []
    final = len(levels) + 1
    for lv in levels:
        found = approvals.get(lv.name)
        if lv.position < start and found is not None and found.role == lv.role.value:
            carried.append(found)
            continue
        final = lv.position
        break
    return Successor(levels, final, tuple(carried), changes)
