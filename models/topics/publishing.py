"""The publishing plan: a topic's publication per channel, and the calendar (R-5.5).

A publication adapts the topic to one channel: when it goes out, a channel-specific title and
summary, hashtags or keywords. It is planned, then published — which needs the URL where it
can be seen, and the topic at 发布 (so content that has not passed review cannot be marked
published) — or cancelled. The calendar is in :mod:`models.topics.schedule`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from peewee import JOIN

from models import base, messages
from models.base import Actor
from models.db import write
from models.errors import ValidationError, WorkflowError
from models.team import Member
from models.topics import options
from models.topics.model import (
    MEMBER_ID,
    Publication,
    PubStatus,
    Stage,
    Topic,
    decode_items,
    encode_items,
    split_items,
)

TITLE_MAX = 200
URL_MAX = 1000
EDITABLE = ("channel", "planned_at", "title", "summary", "hashtags", "url")

messages.register_fields(
    {
        "planned_at": ("Planned time", "计划发布时间"),
        "summary": ("Summary", "摘要"),
        "hashtags": ("Hashtags or keywords", "话题标签/关键词"),
        "url": ("Link", "链接"),
        "published_at": ("Published at", "发布时间"),
    }
)
messages.register(
    {
        "pub_url_required": (
            "Paste the link (URL) of the published content before marking it published.",
            "标记为已发布前，请先填写已发布内容的链接（URL）。",
        ),
        "pub_bad_url": (
            "“{value}” is not a web link; it should start with http:// or https://.",
            "“{value}”不是有效的网址，应以 http:// 或 https:// 开头。",
        ),
        "pub_topic_not_published": (
            "“{title}” has not reached the publishing stage (发布) yet; it needs its review first.",
            "“{title}”尚未进入「发布」阶段，需先通过审核。",
        ),
        "pub_topic_closed": (
            "“{title}” is dropped or archived; no publication can be planned for it.",
            "“{title}”已废弃或归档，不能再安排发布。",
        ),
        "pub_wrong_status": (
            "This publication is {status}; that cannot be done now.",
            "该发布当前状态为“{status}”，不能执行此操作。",
        ),
    }
)


@dataclass(frozen=True)
class PublicationRow:
    """A snapshot of a publication with its topic's title and owner, for lists and the calendar."""

    uid: str
    topic_uid: str
    topic_title: str
    owner_uid: str | None
    owner_name: str
    channel: str
    planned_at: datetime
    title: str
    summary: str
    hashtags: tuple[str, ...]
    status: PubStatus
    url: str
    published_at: datetime | None
    version: int

    @property
    def display_title(self) -> str:
        """The channel title, or the topic's when none was written for the channel."""
        return self.title or self.topic_title


def _when(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value.replace(microsecond=0)
    if isinstance(value, date):
        return datetime.combine(value, time(9, 0))  # a day without a time: 9 o'clock
    raise ValidationError("bad_date", field="planned_at", value=str(value))


def _url(value: Any) -> str:
    url = str(value or "").strip()
    if url and (not url.lower().startswith(("http://", "https://")) or " " in url):
        raise ValidationError("pub_bad_url", field="url", value=url)
    if len(url) > URL_MAX:
        raise ValidationError("too_long", field="url", max=URL_MAX)
    return url


def _clean(values: dict[str, Any], current: Publication | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key not in EDITABLE:
            raise ValidationError("unknown_field", field=key)
        if key == "channel":
            text = str(value or "").strip()
            known = options.find_label(options.CHANNEL, text, include_inactive=False)
            if current is not None and text == current.channel:
                known = text
            if not text:
                raise ValidationError("required", field="channel")
            if known is None:
                raise ValidationError("option_unknown", field="channel", value=text)
            out[key] = known
        elif key == "planned_at":
            out[key] = _when(value)
        elif key == "title":
            out[key] = " ".join(str(value or "").split())
            if len(out[key]) > TITLE_MAX:
                raise ValidationError("too_long", field="title", max=TITLE_MAX)
        elif key == "summary":
            out[key] = str(value or "").strip()
        elif key == "hashtags":
            out[key] = encode_items(split_items(value))
        elif key == "url":
            out[key] = _url(value)
    return out


def add_publication(
    actor: Actor,
    topic_uid: str,
    channel: str,
    planned_at: datetime | date,
    *,
    title: str = "",
    summary: str = "",
    hashtags: str | Iterable[str] = (),
) -> PublicationRow:
    """Plan the topic's publication on a channel."""
    with write():
        topic = Topic.by_uid(topic_uid)
        if topic.stage == Stage.DROPPED or topic.archived_at is not None:
            raise WorkflowError("pub_topic_closed", title=topic.title)
        values = _clean(
            dict(
                channel=channel,
                planned_at=planned_at,
                title=title,
                summary=summary,
                hashtags=hashtags,
            ),
            None,
        )
        pub = base.create(Publication, actor, topic=topic, **values)
        return publication(pub.uid)


def edit_publication(
    actor: Actor, uid: str, expected_version: int | None, **changes: Any
) -> PublicationRow:
    """Change channel, time, title, summary, hashtags or URL (a published one keeps its URL)."""
    with write():
        current = Publication.by_uid(uid)
        values = _clean(changes, current)
        if current.status == PubStatus.PUBLISHED and "url" in values and not values["url"]:
            raise ValidationError("pub_url_required", field="url")
        base.update(Publication, uid, values, expected_version, actor)
        return publication(uid)


def mark_published(
    actor: Actor,
    uid: str,
    url: str,
    *,
    published_at: datetime | None = None,
    expected_version: int | None = None,
) -> PublicationRow:
    """Record that the content is out: the URL is required and the topic must be at 发布."""
    with write():
        current = Publication.by_uid(uid)
        link = _url(url)
        if not link:
            raise ValidationError("pub_url_required", field="url")
        if current.status == PubStatus.CANCELLED:
            raise WorkflowError("pub_wrong_status", status=PubStatus.CANCELLED.label())
        topic = Topic.get_by_id(current.topic_id)
        if topic.stage != Stage.PUBLISH:
            raise WorkflowError("pub_topic_not_published", title=topic.title)
        changes = dict(
            status=PubStatus.PUBLISHED.value,
            url=link,
            published_at=(published_at or base.now()).replace(microsecond=0),
        )
        base.update(Publication, uid, changes, expected_version, actor, action="publish")
        return publication(uid)


def cancel_publication(
    actor: Actor, uid: str, expected_version: int | None = None
) -> PublicationRow:
    """Call off a planned publication (it stays in the plan, marked cancelled)."""
    with write():
        current = Publication.by_uid(uid)
        if current.status != PubStatus.PLANNED:
            raise WorkflowError("pub_wrong_status", status=PubStatus(current.status).label())
        base.update(
            Publication, uid, {"status": PubStatus.CANCELLED.value}, expected_version, actor
        )
        return publication(uid)


def replan_publication(
    actor: Actor, uid: str, expected_version: int | None = None
) -> PublicationRow:
    """Put a cancelled publication back in the plan."""
    with write():
        current = Publication.by_uid(uid)
        if current.status != PubStatus.CANCELLED:
            raise WorkflowError("pub_wrong_status", status=PubStatus(current.status).label())
        base.update(Publication, uid, {"status": PubStatus.PLANNED.value}, expected_version, actor)
        return publication(uid)


def trash_publication(actor: Actor, uid: str) -> None:
    base.trash(Publication, uid, actor)


_COLUMNS = (
    Publication.uid,
    Topic.uid,
    Topic.title,
    Member.uid,
    Member.name,
    Publication.channel,
    Publication.planned_at,
    Publication.title,
    Publication.summary,
    Publication.hashtags,
    Publication.status,
    Publication.url,
    Publication.published_at,
    Publication.version,
)


def select_publications() -> Any:
    """Publications (not trashed) of topics not trashed, with the topic and its owner joined."""
    return (
        Publication.select(*_COLUMNS)
        .join(Topic, on=(Publication.topic == Topic.id))
        .join(Member, JOIN.LEFT_OUTER, on=(Topic.owner == MEMBER_ID))
        .where(Publication.deleted_at.is_null(), Topic.deleted_at.is_null())
    )


def publication_row(t: tuple[Any, ...]) -> PublicationRow:
    """A snapshot from a row of :func:`select_publications`."""
    return PublicationRow(
        uid=t[0],
        topic_uid=t[1],
        topic_title=t[2],
        owner_uid=t[3],
        owner_name=t[4] or "",
        channel=t[5],
        planned_at=t[6],
        title=t[7],
        summary=t[8],
        hashtags=decode_items(t[9]),
        status=PubStatus(t[10]),
        url=t[11],
        published_at=t[12],
        version=t[13],
    )


def publication(uid: str) -> PublicationRow:
    found = select_publications().where(Publication.uid == uid).tuples().first()
    if found is None:
        Publication.by_uid(uid)  # raises NotFound
    return publication_row(found)


def publications_of(topic_uid: str) -> list[PublicationRow]:
    """A topic's publications by planned time."""
    query = select_publications().where(Topic.uid == topic_uid).order_by(Publication.planned_at)
    return [publication_row(t) for t in query.tuples()]
