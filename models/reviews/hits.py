"""Advertising-Law hits of a topic's content and the compliance reviewer's waivers (R-2.1).

A topic's content is its title, the body of a draft version (the latest by default) and the
hashtags of its publications; the lists used are the default, the platforms of its channels
and the team's words. A blocking hit stops the 合规 level and the move to 发布 until the
wording is fixed or a compliance reviewer waives the hit with a written reason (audited).
A waiver covers the same wording of the same field of the topic (module schema.AdlawWaiver).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from models import base
from models.base import Actor
from models.db import write
from models.reviews import adlaw
from models.reviews.adlaw import Hit
from models.reviews.chain import acting_member, author_ids
from models.reviews.schema import AdlawWaiver, ContentField
from models.reviews.wording import ReviewDenied, ReviewInvalid, ReviewRefused
from models.team import Member, Role
from models.topics.model import DraftVersion, Publication, PubStatus, Topic, decode_items

REASON_MAX = 1000


@dataclass(frozen=True)
class WaiverRow:
    """A snapshot of a waiver (revoked ones are kept for the audit)."""

    uid: str
    topic_uid: str
    field: ContentField
    term: str
    matched: str
    quote: str
    reason: str
    by_name: str
    waived_at: datetime
    draft_number: int | None
    revoked_at: datetime | None
    revoke_reason: str


@dataclass(frozen=True)
class TopicHit:
    """A hit in a topic's content and the waiver that covers it, if any."""

    hit: Hit
    waiver: WaiverRow | None

    @property
    def open_blocking(self) -> bool:
        return self.hit.blocking and self.waiver is None


@dataclass(frozen=True)
class TopicCheck:
    """The checker's result for one version of a topic's content."""

    topic_uid: str
    draft_number: int | None
    texts: dict[ContentField, str]
    platforms: tuple[str, ...]
    hits: tuple[TopicHit, ...]

    @property
    def open_blocking(self) -> list[TopicHit]:
        return [h for h in self.hits if h.open_blocking]

    def in_field(self, field: ContentField) -> list[TopicHit]:
        return [h for h in self.hits if h.hit.field is field]


def hashtags_text(topic: Topic) -> str:
    """The hashtags of the topic's publications (not cancelled), as one text: #a、#b."""
    query = Publication.alive().where(
        Publication.topic == topic, Publication.status != PubStatus.CANCELLED.value
    )
    tags: list[str] = []
    for pub in query.order_by(Publication.planned_at):
        tags += [t for t in decode_items(pub.hashtags) if t not in tags]
    return "、".join(f"#{t}" for t in tags)


def channels_of(topic: Topic) -> list[str]:
    channels = list(decode_items(topic.channels))
    for (channel,) in (
        Publication.alive().select(Publication.channel).where(Publication.topic == topic).tuples()
    ):
        if channel not in channels:
            channels.append(channel)
    return channels


def draft_of(topic: Topic, number: int | None = None) -> DraftVersion | None:
    query = DraftVersion.alive().where(DraftVersion.topic == topic)
    if number is not None:
        return query.where(DraftVersion.number == number).first()
    return query.order_by(DraftVersion.number.desc()).first()


def _waiver_row(w: AdlawWaiver, topic_uid: str) -> WaiverRow:
    return WaiverRow(
        w.uid,
        topic_uid,
        ContentField(w.field),
        w.term,
        w.matched,
        w.quote,
        w.reason,
        w.by_name,
        w.waived_at,
        w.draft_number,
        w.revoked_at,
        w.revoke_reason,
    )


def waivers(topic_uid: str, *, include_revoked: bool = False) -> list[WaiverRow]:
    topic = Topic.by_uid(topic_uid)
    query = AdlawWaiver.alive().where(AdlawWaiver.topic == topic)
    if not include_revoked:
        query = query.where(AdlawWaiver.revoked_at.is_null())
    return [_waiver_row(w, topic_uid) for w in query.order_by(AdlawWaiver.waived_at)]


def check_topic(topic: Topic | str, draft_number: int | None = None) -> TopicCheck:
    """The hits in the topic's title, draft body (latest version by default) and hashtags."""
    record = topic if isinstance(topic, Topic) else Topic.by_uid(topic)
    draft = draft_of(record, draft_number)
    texts = {
        ContentField.TITLE: record.title,
        ContentField.BODY: draft.body if draft is not None else "",
        ContentField.HASHTAGS: hashtags_text(record),
    }
    platforms = tuple(adlaw.platforms_for(channels_of(record)))
    found = adlaw.wordlist(platforms).check_content(texts)
    waived = {(w.field, w.matched): w for w in waivers(record.uid)}
    hits = tuple(TopicHit(h, waived.get((h.field, h.key))) for h in found)
    return TopicCheck(
        record.uid, draft.number if draft is not None else None, texts, platforms, hits
    )


def waive_refusal(member: Member | None, topic: Topic) -> ReviewDenied | None:
    """Why ``member`` may not waive hits on the topic (compliance, not an author), or None."""
    if member is None or not member.has_role(Role.COMPLIANCE):
        return ReviewDenied("adlaw_not_compliance")
    if int(member.get_id()) in author_ids(topic):
        return ReviewDenied("adlaw_not_compliance")
    return None


def waive_refusal_for(member_uid: str, topic_uid: str) -> ReviewDenied | None:
    """:func:`waive_refusal` by uids (the review screen shows the waive button or not)."""
    member = Member.alive().where(Member.uid == member_uid).first()
    return waive_refusal(
        member if member is not None and member.active else None, Topic.by_uid(topic_uid)
    )


def waive(
    actor: Actor,
    topic_uid: str,
    field: ContentField | str,
    key: str,
    reason: str,
    *,
    at: datetime | None = None,
) -> WaiverRow:
    """Waive the hit whose folded wording is ``key`` (``Hit.key``) in ``field``, with a
    written reason; every occurrence of that wording in the field is covered."""
    with write():
        topic = Topic.by_uid(topic_uid)
        refusal = waive_refusal(acting_member(actor), topic)
        if refusal is not None:
            raise refusal
        member = acting_member(actor)
        assert member is not None
        text = " ".join(str(reason or "").split())
        if not text:
            raise ReviewInvalid("required", field="reason")
        if len(text) > REASON_MAX:
            raise ReviewInvalid("too_long", field="reason", max=REASON_MAX)
        part = ContentField(field)
        current = check_topic(topic)
        match = [h for h in current.in_field(part) if h.hit.key == key]
        if not match:
            raise ReviewRefused("adlaw_hit_gone", text=key, field=part.value)
        if match[0].waiver is not None:
            raise ReviewRefused("adlaw_already_waived", text=match[0].hit.text)
        hit = match[0].hit
        record = AdlawWaiver.create(
            topic=topic,
            field=part.value,
            term=hit.term,
            matched=key,
            draft_number=current.draft_number,
            start=hit.start,
            end=hit.end,
            quote=hit.text[:200],
            reason=text,
            by=member,
            by_name=member.name,
            waived_at=at or base.now(),
        )
        base.audit(actor, "adlaw_waive", record, after=record.snapshot())
        return _waiver_row(record, topic.uid)


def revoke_waiver(actor: Actor, waiver_uid: str, reason: str = "") -> WaiverRow:
    """Take a waiver back (compliance reviewer or team lead); the hit blocks again."""
    with write():
        waiver = AdlawWaiver.by_uid(waiver_uid)
        topic = Topic.get_by_id(waiver.topic_id)
        member = acting_member(actor)
        if member is None or not (
            member.has_role(Role.COMPLIANCE) or member.has_role(Role.TEAM_LEAD)
        ):
            raise ReviewDenied("adlaw_not_compliance")
        if waiver.revoked_at is not None:
            raise ReviewRefused("adlaw_waiver_revoked")
        changes = {"revoked_at": base.now(), "revoked_by": member, "revoke_reason": reason.strip()}
        saved = base.update(AdlawWaiver, waiver_uid, changes, None, actor, action="adlaw_unwaive")
        return _waiver_row(saved, topic.uid)
