"""Tables of the topic backlog and content pipeline, their enums and labels (R-5.1 … R-5.7)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from enum import IntEnum, StrEnum
from typing import Any

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    SmallIntegerField,
    TextField,
)

from models import messages
from models.base import Record, now
from models.team import Member
from models.text import normalize

messages.register(
    {
        "topic_bad_choice": (
            "{field}: “{value}” is not one of the choices.",
            "「{field}」：“{value}”不是可选的值。",
        ),
    }
)


def _pick(names: tuple[str, str], lang: str | None) -> str:
    chinese = messages.normalize_language(lang or messages.language()) == "zh_CN"
    return names[1] if chinese else names[0]


class Stage(IntEnum):
    """Where a topic is in the flow (R-5.1); stored as a small number so it sorts in flow order."""

    IDEA = 1  # 选题
    PLAN = 2  # 策划
    WRITE = 3  # 撰写/制作
    REVIEW = 4  # 审核
    PUBLISH = 5  # 发布
    PARKED = 6  # 搁置
    DROPPED = 7  # 废弃

    @property
    def code(self) -> str:
        return self.name.lower()

    def label(self, lang: str | None = None) -> str:
        return _pick(STAGE_NAMES[self], lang)


FLOW: tuple[Stage, ...] = (Stage.IDEA, Stage.PLAN, Stage.WRITE, Stage.REVIEW, Stage.PUBLISH)
BOARD_STAGES: tuple[Stage, ...] = (*FLOW, Stage.PARKED, Stage.DROPPED)

STAGE_NAMES: dict[Stage, tuple[str, str]] = {
    Stage.IDEA: ("Topic", "选题"),
    Stage.PLAN: ("Planning", "策划"),
    Stage.WRITE: ("Writing", "撰写"),
    Stage.REVIEW: ("Review", "审核"),
    Stage.PUBLISH: ("Published", "发布"),
    Stage.PARKED: ("Parked", "搁置"),
    Stage.DROPPED: ("Dropped", "废弃"),
}
_STAGE_ALIASES = {Stage.WRITE: ("制作", "撰写/制作"), Stage.PUBLISH: ("已发布", "publish")}


class Source(StrEnum):
    """Where a topic came from (R-5.2)."""

    USER_NEED = "user_need"
    MARKET_TREND = "market_trend"
    COMPETITOR = "competitor"
    GOAL = "goal"
    OTHER = "other"

    def label(self, lang: str | None = None) -> str:
        return _pick(SOURCE_NAMES[self], lang)


SOURCE_NAMES: dict[Source, tuple[str, str]] = {
    Source.USER_NEED: ("User need", "用户需求"),
    Source.MARKET_TREND: ("Market trend", "市场热点"),
    Source.COMPETITOR: ("Competitor move", "竞品动态"),
    Source.GOAL: ("Marketing goal", "营销目标"),
    Source.OTHER: ("Other", "其他"),
}
_SOURCE_ALIASES = {
    Source.USER_NEED: ("用户", "需求", "用户调研", "调研"),
    Source.MARKET_TREND: ("热点", "市场", "趋势", "trend"),
    Source.COMPETITOR: ("竞品", "competitor"),
    Source.GOAL: ("目标", "goal"),
    Source.OTHER: ("其它",),
}


class Priority(IntEnum):
    """How urgent a topic is; stored as a number so that sorting puts high first (descending)."""

    LOW = 1
    MEDIUM = 2
    HIGH = 3

    def label(self, lang: str | None = None) -> str:
        return _pick(PRIORITY_NAMES[self], lang)


PRIORITY_NAMES: dict[Priority, tuple[str, str]] = {
    Priority.LOW: ("Low", "低"),
    Priority.MEDIUM: ("Medium", "中"),
    Priority.HIGH: ("High", "高"),
}
_PRIORITY_ALIASES = {
    Priority.LOW: ("l", "不急"),
    Priority.MEDIUM: ("m", "med", "普通", "一般"),
    Priority.HIGH: ("h", "急", "紧急", "重要"),
}


class PubStatus(StrEnum):
    """A publication's state (R-5.5)."""

    PLANNED = "planned"
    PUBLISHED = "published"
    CANCELLED = "cancelled"

    def label(self, lang: str | None = None) -> str:
        return _pick(PUB_STATUS_NAMES[self], lang)


PUB_STATUS_NAMES: dict[PubStatus, tuple[str, str]] = {
    PubStatus.PLANNED: ("Planned", "计划中"),
    PubStatus.PUBLISHED: ("Published", "已发布"),
    PubStatus.CANCELLED: ("Cancelled", "已取消"),
}


def _lookup(
    names: Mapping[Any, tuple[str, str]], aliases: Mapping[Any, tuple[str, ...]]
) -> dict[str, Any]:
    table: dict[str, Any] = {}
    for key, (en, zh) in names.items():
        code = key.value if isinstance(key.value, str) else key.name.lower()
        for text in (code, en, zh, *aliases.get(key, ())):
            table[normalize(text)] = key
    return table


_STAGES = _lookup(STAGE_NAMES, _STAGE_ALIASES)
_SOURCES = _lookup(SOURCE_NAMES, _SOURCE_ALIASES)
_PRIORITIES = _lookup(PRIORITY_NAMES, _PRIORITY_ALIASES)


def parse_stage(text: str) -> Stage | None:
    """A stage from its code, English or Chinese name (for imports and quick add)."""
    return _STAGES.get(normalize(text))


def parse_source(text: str) -> Source | None:
    return _SOURCES.get(normalize(text))


def parse_priority(text: str) -> Priority | None:
    return _PRIORITIES.get(normalize(text))


# Lists (keywords, tags, channels, hashtags) are stored as ",a,b," so that
# LIKE '%,a,%' matches one item exactly, the way team.encode_roles stores roles.
_SPLIT = re.compile(r"[,，、;；\n\r\t]+")


def split_items(value: str | Iterable[str] | None) -> list[str]:
    """Items typed as "a，b、c" or given as a list: trimmed, empty and repeated ones dropped."""
    if value is None:
        return []
    raw = _SPLIT.split(value) if isinstance(value, str) else [str(v) for v in value]
    out: list[str] = []
    for item in raw:
        item = " ".join(item.replace("\u3000", " ").split()).lstrip("#＃")
        if item and item not in out:
            out.append(item)
    return out


def encode_items(items: Iterable[str]) -> str:
    items = list(items)
    return "," + ",".join(items) + "," if items else ""


def decode_items(stored: str | None) -> tuple[str, ...]:
    return tuple(i for i in (stored or "").split(",") if i)


FIELD_BREAK = "\ue000"  # a private-use character: its own token, so no match spans two fields


def search_text(title: str, keywords: Iterable[str], notes: str) -> str:
    """What the backlog search looks in: folded title, each keyword and notes.

    Folding (NFKC, case, spaces removed) lets "ＡＰＰ 上新" find "app上新". Characters are
    stored one space apart for the search index (``db.install_char_index``): "6 1 8 大 促".
    """
    return f" {FIELD_BREAK} ".join(" ".join(normalize(part)) for part in (title, *keywords, notes))


def search_term(text: str) -> str:
    """One search word in the form of the stored search text ("618大促" → "6 1 8 大 促")."""
    return " ".join(normalize(text))


# peewee adds Member's primary key implicitly; typed here once for the queries that need it
MEMBER_ID: Any = Member._meta.primary_key


class ListOption(Record):
    """An entry of a team-edited list: a content form or a channel (R-5.3, R-5.5)."""

    id = AutoField()  # declared so that type checkers see it
    list_key = CharField(max_length=20)
    label = CharField(max_length=30)
    position = IntegerField(default=0)
    active = BooleanField(default=True)

    class Meta:
        table_name = "list_option"


class Topic(Record):
    """A topic of the backlog (选题库, R-5.2) and where it is in the flow (R-5.1)."""

    id = AutoField()  # declared so that type checkers see it
    owner_id: int | None
    title = CharField(max_length=200, index=True)
    source = CharField(max_length=20, default=Source.OTHER.value, index=True)
    keywords = CharField(max_length=500, default="")
    audience = CharField(max_length=500, default="")
    form = CharField(max_length=30, default="", index=True)
    channels = CharField(max_length=500, default="")
    priority = SmallIntegerField(default=Priority.MEDIUM.value, index=True)
    # owner and stage: indexed by partial indexes only (see the migration step _v4_topics)
    owner = ForeignKeyField(Member, null=True, index=False, on_delete="SET NULL")
    due_on = DateField(null=True, index=True)
    tags = CharField(max_length=500, default="")
    notes = TextField(default="")
    stage = SmallIntegerField(default=Stage.IDEA.value)
    parked_from = SmallIntegerField(null=True)
    dropped_from = SmallIntegerField(null=True)
    stage_changed_at = DateTimeField(default=now)
    weak = BooleanField(default=False)
    archived_at = DateTimeField(null=True)
    search_text = TextField(default="")
    # no index on deleted_at (unlike other records): see the migration step _v4_topics
    deleted_at = DateTimeField(null=True)

    def snapshot(self) -> dict[str, Any]:
        # the search column only repeats title, keywords and notes: keep it out of the audit log
        return {k: v for k, v in super().snapshot().items() if k != "search_text"}


class TopicPlan(Record):
    """The plan of a topic (R-5.3); audience and channels live on the topic itself."""

    id = AutoField()  # declared so that type checkers see it
    topic_id: int
    topic = ForeignKeyField(Topic, unique=True, on_delete="CASCADE")
    core_message = TextField(default="")
    expected_effect = TextField(default="")
    outline = TextField(default="")


class DraftVersion(Record):
    """One saved version of a topic's copy or script; versions are never changed (R-5.4)."""

    id = AutoField()  # declared so that type checkers see it
    topic_id: int
    author_id: int | None
    topic = ForeignKeyField(Topic, index=True, on_delete="CASCADE")
    number = IntegerField()
    body = TextField(default="")
    body_format = CharField(max_length=10, default="markdown")
    attachments = TextField(default="[]")
    author = ForeignKeyField(Member, null=True, on_delete="SET NULL")
    author_name = CharField(max_length=100, default="")
    note = CharField(max_length=500, default="")

    class Meta:
        indexes = ((("topic", "number"), True),)


class Publication(Record):
    """A topic's publication on one channel (R-5.5)."""

    id = AutoField()  # declared so that type checkers see it
    topic_id: int
    topic = ForeignKeyField(Topic, index=True, on_delete="CASCADE")
    channel = CharField(max_length=30, index=True)
    planned_at = DateTimeField(index=True)
    title = CharField(max_length=200, default="")
    summary = TextField(default="")
    hashtags = CharField(max_length=500, default="")
    status = CharField(max_length=12, default=PubStatus.PLANNED.value, index=True)
    url = CharField(max_length=1000, default="")
    published_at = DateTimeField(null=True)


class StyleGuide(Record):
    """The team's brand style guide (R-5.6): one record, edited with optimistic locking."""

    id = AutoField()  # declared so that type checkers see it
    core_values = TextField(default="")
    tone = TextField(default="")
    visual = TextField(default="")
    wording = TextField(default="")
    words_use = TextField(default="")
    words_avoid = TextField(default="")
