"""Cleaning up outdated or weak content (R-5.7): find it, archive it in bulk, bring it back.

Candidates are topics at 发布 whose last publication went out before a chosen day (or, with
nothing marked published, that reached 发布 before it), and published topics flagged as weak
(e.g. by the analyst after a poor result). Archiving sets ``archived_at``: the topic leaves
the backlog, the board and the calendar but keeps everything, and unarchiving reverses it.
A bulk archive is one transaction with an audit entry per topic. Flagging, archiving and
unarchiving are for the owner, a content planner or the team lead, like moving a topic.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from peewee import JOIN, fn

from models import base, messages
from models.base import Actor
from models.db import write
from models.team import Member
from models.topics.model import MEMBER_ID, Publication, PubStatus, Stage, Topic, decode_items
from models.topics.stages import permission_refusal

messages.register_fields({"weak": ("Weak content", "效果不佳")})


@dataclass(frozen=True)
class CleanupRow:
    """A published topic as a clean-up candidate (or an archived one)."""

    uid: str
    title: str
    owner_name: str
    form: str
    channels: tuple[str, ...]
    last_published_at: datetime | None
    weak: bool
    archived_at: datetime | None
    version: int


def _query(archived: bool) -> Any:
    last = (
        Publication.select(Publication.topic, fn.MAX(Publication.published_at).alias("last"))
        .where(Publication.status == PubStatus.PUBLISHED.value, Publication.deleted_at.is_null())
        .group_by(Publication.topic)
        .alias("last_pub")
    )
    when = fn.COALESCE(last.c.last, Topic.stage_changed_at)
    query = (
        Topic.select(
            Topic.uid,
            Topic.title,
            Member.name,
            Topic.form,
            Topic.channels,
            last.c.last,
            Topic.weak,
            Topic.archived_at,
            Topic.version,
        )
        .join(Member, JOIN.LEFT_OUTER, on=(Topic.owner == MEMBER_ID))
        .switch(Topic)
        .join(last, JOIN.LEFT_OUTER, on=(last.c.topic_id == Topic.id))
        .where(Topic.deleted_at.is_null(), Topic.archived_at.is_null(not archived))
    )
    return query, when


def _row(t: tuple[Any, ...]) -> CleanupRow:
    last = t[5]
    if isinstance(last, str):  # an aggregate over a sub-select comes back as stored text
        last = datetime.fromisoformat(last)
    return CleanupRow(
        t[0], t[1], t[2] or "", t[3], decode_items(t[4]), last, bool(t[6]), t[7], t[8]
    )


def candidates(
    *, older_than_days: int | None = 365, include_weak: bool = True, today: date | None = None
) -> list[CleanupRow]:
    """Published topics older than ``older_than_days`` (None: no age limit) or flagged weak."""
    query, when = _query(archived=False)
    conds = []
    if older_than_days is not None:
        cutoff = datetime.combine((today or date.today()) - timedelta(days=older_than_days), time())
        conds.append(when < cutoff)
    if include_weak:
        conds.append(Topic.weak == True)  # noqa: E712 - peewee expression
    if not conds:
        return []
    either = conds[0] | conds[1] if len(conds) == 2 else conds[0]
    query = query.where(Topic.stage == int(Stage.PUBLISH), either).order_by(when, Topic.id)
    return [_row(t) for t in query.tuples()]


def archived() -> list[CleanupRow]:
    """Archived topics, most recently archived first (to bring one back)."""
    query, _ = _query(archived=True)
    return [_row(t) for t in query.order_by(Topic.archived_at.desc(), Topic.id).tuples()]


def _check(actor: Actor, topic: Topic) -> None:
    refusal = permission_refusal(actor, topic)
    if refusal is not None:
        raise refusal


def set_weak(actor: Actor, uid: str, weak: bool, *, note: str = "") -> Topic:
    """Flag content as weak (or clear the flag), with an optional reason in the audit note."""
    with write():
        topic = Topic.by_uid(uid)
        _check(actor, topic)
        return base.update(
            Topic, uid, {"weak": bool(weak)}, None, actor, action="flag", note=note or None
        )


def archive(actor: Actor, uids: Iterable[str]) -> int:
    """Archive the topics in one transaction (all or none); returns how many were archived."""
    return _set_archived(actor, uids, archive=True)


def unarchive(actor: Actor, uids: Iterable[str]) -> int:
    """Bring archived topics back to the backlog; returns how many came back."""
    return _set_archived(actor, uids, archive=False)


def _set_archived(actor: Actor, uids: Iterable[str], *, archive: bool) -> int:
    done = 0
    with write():
        stamp = base.now()
        for uid in uids:
            topic = Topic.by_uid(uid)
            _check(actor, topic)
            if (topic.archived_at is not None) == archive:
                continue
            change = {"archived_at": stamp if archive else None}
            action = "archive" if archive else "unarchive"
            base.update(Topic, uid, change, None, actor, action=action)
            done += 1
    return done
