"""Drafts written in the app: every saved version is kept, with author and time (R-5.3, R-5.4).

A draft is the copy or script of a topic (plain text or Markdown) plus links to attached files
— images, videos — stored as a path or URL and a caption, never the file itself. Versions are
append-only: saving adds version n+1 (saving an unchanged draft adds nothing), and nothing
edits or deletes a version, so a reviewer can always compare with what they saw last round.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath
from typing import Any

from peewee import JOIN, fn

from models import base, messages
from models.base import Actor
from models.db import write
from models.errors import NotFound, ValidationError, WorkflowError
from models.team import Member
from models.topics.model import MEMBER_ID, DraftVersion, Stage, Topic
from models.topics.textdiff import TextDiff, diff_texts

FORMATS = ("markdown", "plain")
REF_MAX = 1000
CAPTION_MAX = 200
NOTE_MAX = 500
_KINDS = {
    "image": {".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp", ".svg", ".heic"},
    "video": {".mp4", ".mov", ".avi", ".mkv", ".webm", ".flv", ".m4v"},
    "audio": {".mp3", ".wav", ".m4a", ".aac", ".flac"},
    "document": {".pdf", ".doc", ".docx", ".ppt", ".pptx", ".xls", ".xlsx", ".txt", ".md"},
}

messages.register_fields(
    {
        "body": ("Copy or script", "文案/脚本"),
        "body_format": ("Format", "格式"),
        "attachments": ("Attachments", "附件"),
        "caption": ("Caption", "说明"),
    }
)
messages.register(
    {
        "draft_topic_closed": (
            "“{title}” is dropped or archived; restore it before writing more.",
            "“{title}”已废弃或归档，请先恢复再继续撰写。",
        ),
        "draft_no_version": (
            "Version {number} of this draft does not exist.",
            "该草稿没有第 {number} 版。",
        ),
    }
)


@dataclass(frozen=True)
class Attachment:
    """A file or link attached to a draft: where it is (path or URL) and what it shows."""

    ref: str
    caption: str = ""

    @property
    def kind(self) -> str:
        """image, video, audio, document, or link (a web page) — for the icon."""
        path = self.ref.split("?")[0].split("#")[0]
        suffix = PurePath(path).suffix.lower()
        for kind, suffixes in _KINDS.items():
            if suffix in suffixes:
                return kind
        return "link" if "://" in self.ref else "document"


@dataclass(frozen=True)
class DraftVersionRow:
    """A snapshot of one saved version of a draft."""

    uid: str
    topic_uid: str
    number: int
    body: str
    body_format: str
    attachments: tuple[Attachment, ...]
    author_uid: str | None
    author_name: str
    note: str
    created_at: datetime


def _row(v: DraftVersion, topic_uid: str, author_uid: str | None) -> DraftVersionRow:
    attachments = tuple(
        Attachment(a["ref"], a.get("caption", "")) for a in json.loads(v.attachments)
    )
    return DraftVersionRow(
        v.uid,
        topic_uid,
        v.number,
        v.body,
        v.body_format,
        attachments,
        author_uid,
        v.author_name,
        v.note,
        v.created_at,
    )


def _clean_attachments(items: Iterable[Attachment | tuple[str, str] | str]) -> list[Attachment]:
    out = []
    for item in items:
        if isinstance(item, str):
            item = Attachment(item)
        elif not isinstance(item, Attachment):
            item = Attachment(*item)
        ref, caption = item.ref.strip(), item.caption.strip()
        if not ref:
            raise ValidationError("required", field="attachments")
        if len(ref) > REF_MAX:
            raise ValidationError("too_long", field="attachments", max=REF_MAX)
        if len(caption) > CAPTION_MAX:
            raise ValidationError("too_long", field="caption", max=CAPTION_MAX)
        out.append(Attachment(ref, caption))
    return out


def save_draft(
    actor: Actor,
    topic_uid: str,
    body: str,
    *,
    body_format: str = "markdown",
    attachments: Iterable[Attachment | tuple[str, str] | str] = (),
    note: str = "",
) -> DraftVersionRow:
    """Save a new version of the topic's draft; an unchanged draft returns the latest version."""
    with write():
        topic = Topic.by_uid(topic_uid)
        if topic.stage == Stage.DROPPED or topic.archived_at is not None:
            raise WorkflowError("draft_topic_closed", title=topic.title)
        if body_format not in FORMATS:
            raise ValidationError("topic_bad_choice", field="body_format", value=body_format)
        if len(note.strip()) > NOTE_MAX:
            raise ValidationError("too_long", field="notes", max=NOTE_MAX)
        files = _clean_attachments(attachments)
        stored = json.dumps(
            [{"ref": a.ref, "caption": a.caption} for a in files], ensure_ascii=False
        )
        last = latest(topic_uid)
        if last is not None and (last.body, last.body_format, list(last.attachments)) == (
            body,
            body_format,
            files,
        ):
            return last
        number = (
            DraftVersion.select(fn.MAX(DraftVersion.number))
            .where(DraftVersion.topic == topic)
            .scalar()
            or 0
        ) + 1
        author = Member.alive().where(Member.uid == actor.uid).first() if actor.uid else None
        version = base.create(
            DraftVersion,
            actor,
            topic=topic,
            number=number,
            body=body,
            body_format=body_format,
            attachments=stored,
            author=author,
            author_name=actor.name,
            note=note.strip(),
        )
        return _row(version, topic_uid, actor.uid if author else None)


def _query(topic_uid: str) -> Any:
    return (
        DraftVersion.select(DraftVersion, Member.uid.alias("author_uid"))
        .join(Topic, on=(DraftVersion.topic == Topic.id))
        .switch(DraftVersion)
        .join(Member, JOIN.LEFT_OUTER, on=(DraftVersion.author == MEMBER_ID))
        .where(Topic.uid == topic_uid, DraftVersion.deleted_at.is_null())
    )


def versions(topic_uid: str) -> list[DraftVersionRow]:
    """Every version of the topic's draft, oldest first."""
    query = _query(topic_uid).order_by(DraftVersion.number).objects()
    return [_row(v, topic_uid, v.author_uid) for v in query]


def version(topic_uid: str, number: int) -> DraftVersionRow:
    found = _query(topic_uid).where(DraftVersion.number == number).objects().first()
    if found is None:
        raise NotFound("draft_no_version", number=number)
    return _row(found, topic_uid, found.author_uid)


def latest(topic_uid: str) -> DraftVersionRow | None:
    found = _query(topic_uid).order_by(DraftVersion.number.desc()).objects().first()
    return None if found is None else _row(found, topic_uid, found.author_uid)


@dataclass(frozen=True)
class DraftDiff:
    """What changed between two versions: the text and the attached files."""

    old: DraftVersionRow | None
    new: DraftVersionRow
    text: TextDiff
    attachments_added: tuple[Attachment, ...]
    attachments_removed: tuple[Attachment, ...]


def _label(v: DraftVersionRow | None) -> str:
    if v is None:
        return "v0"
    return f"v{v.number} {v.author_name} {v.created_at:%Y-%m-%d %H:%M}"


def diff_versions(topic_uid: str, old_number: int, new_number: int | None = None) -> DraftDiff:
    """Compare version ``old_number`` (0: an empty draft) with ``new_number`` (None: latest)."""
    new = latest(topic_uid) if new_number is None else version(topic_uid, new_number)
    if new is None:
        raise NotFound("draft_no_version", number=1)
    old = version(topic_uid, old_number) if old_number else None
    text = diff_texts(
        old.body if old else "", new.body, old_label=_label(old), new_label=_label(new)
    )
    before = old.attachments if old else ()
    return DraftDiff(
        old,
        new,
        text,
        tuple(a for a in new.attachments if a not in before),
        tuple(a for a in before if a not in new.attachments),
    )
