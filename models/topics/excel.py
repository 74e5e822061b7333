"""Topics and publications in workbooks (R-5.2, R-5.5): the exchange kinds ``topics`` and
``publications``.

Decisions:

- Topics are matched by their ID (the 唯一编号 column of an export) only. Titles may repeat
  in a backlog (a weekly column, a re-run campaign), so a row without an ID is a new topic
  and two rows may share a title; a file imported twice without IDs adds its topics twice.
- The stage (阶段) is exported but ignored on import: new topics start at 选题, as in the
  app, and an existing topic keeps its stage. A file cannot carry what the later gates
  need (the plan, a draft, the review's approval), and the import cannot tell a changed
  cell from a stale one, so every move goes through the board (stages.move_topic, with
  its gates and its audit line).
- The search text is computed from title, keywords and notes as editing.add_topic does.
  A sheet without a 关键词 or 备注 column is read as empty there: right for new topics,
  but an exported sheet re-imported without one of those columns would drop it from the
  search text of the topics it updates.
- Owners, forms and channels that are no longer active are accepted, so that an export of
  older topics imports again; the drop-downs offer only active ones.
- A publication is keyed by topic + channel + planned time, and names its topic by title
  (an export adds ``（#1a2b3c4d）``, the start of the ID, when two live topics share the
  title). Its status follows publishing's rules: marking it 已发布 needs a link (URL) and
  the topic at 发布; a published one stays published; a cancelled one is put back in the
  plan before it can be published; no new publication for a dropped or archived topic.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from peewee import fn

from models import base, messages
from models.errors import ValidationError
from models.exchange.cells import KEEP
from models.exchange.kinds import Choice, Column, ColumnType, Kind, register_kind
from models.team import Member
from models.text import normalize
from models.topics import editing, options, publishing
from models.topics.model import (
    MEMBER_ID,
    PRIORITY_NAMES,
    PUB_STATUS_NAMES,
    SOURCE_NAMES,
    STAGE_NAMES,
    Priority,
    Publication,
    PubStatus,
    Source,
    Stage,
    Topic,
    decode_items,
    encode_items,
    parse_priority,
    parse_source,
    parse_stage,
    search_text,
)

__all__ = ["PUBLICATIONS", "TOPICS"]

messages.register_fields({"topic": ("Topic", "选题"), "search_text": ("Search text", "搜索文本")})
messages.register(
    {
        "topic_unknown_title": (
            "no topic is called “{value}”; add the topic first (import the topics sheet "
            "before this one)",
            "没有标题为“{value}”的选题；请先添加该选题（先导入选题表，再导入本表）",
        ),
        "cell_option_unknown": (  # option_unknown as a cell's message, which names the column
            "“{value}” is not in the team's list; add it first with Topics › Forms & Channels…",
            "“{value}”不在团队列表中，请先在“选题库 › 形式与渠道…”中添加",
        ),
        "topic_title_ambiguous": (
            "{count} topics are called “{value}”; add the start of the topic's ID as an "
            "export writes it, e.g. “{example}”",
            "有 {count} 个选题标题都是“{value}”；请在标题后加上选题编号的前几位（导出文件即如此），"
            "如“{example}”",
        ),
    }
)


class Unresolved:
    """A cell naming no record here, or several: ``clean_field`` raises its error."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params


def _resolved(value: Any) -> Any:
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, Unresolved):
            raise ValidationError(item.code, **item.params)
    return value


def _labels(
    names: dict[Any, tuple[str, str]], aliases: dict[Any, tuple[str, ...]]
) -> tuple[Choice, ...]:
    """The choices of an enum from its (English, Chinese) names: the stored value as code."""
    return tuple(
        Choice(str(key.value), en, zh, aliases.get(key, ())) for key, (en, zh) in names.items()
    )


def _option_lookup(list_key: str) -> Callable[[str], Any]:
    def lookup(text: str) -> Any:
        found = options.find_label(list_key, text, include_inactive=True)
        return found or Unresolved("option_unknown", field=list_key, value=text)

    return lookup


def _option_choices(list_key: str) -> Callable[[], list[Choice]]:
    return lambda: [Choice(x, x, x) for x in options.labels(list_key)]


def _items_to_cell(stored: Any, lang: str) -> str:
    return ("、" if lang.startswith("zh") else ", ").join(decode_items(stored))


# --- members as owners --------------------------------------------------------------------


def _owner_lookup(text: str) -> Any:
    key = normalize(text)
    for member_id, name in Member.alive().select(MEMBER_ID, Member.name).tuples():
        if normalize(name) == key:
            return int(member_id)
    return Unresolved("unknown_member", value=text)


def _owner_choices() -> list[Choice]:
    query = Member.alive().where(Member.active == True)  # noqa: E712 - peewee expression
    return [Choice(str(m.get_id()), m.name, m.name) for m in query.order_by(Member.name)]


def _owner_to_cell(member_id: Any, lang: str) -> str:
    return str(Member.select(Member.name).where(MEMBER_ID == member_id).scalar() or "")


# --- topics -------------------------------------------------------------------------------

STAGE_CHOICES = _labels(dict(STAGE_NAMES), {})
SOURCE_CHOICES = _labels(dict(SOURCE_NAMES), {})
PRIORITY_CHOICES = _labels(dict(PRIORITY_NAMES), {})


def clean_topic_field(name: str, value: Any) -> Any:
    """editing.clean's rules, field by field; the stage is not imported (module docstring)."""
    if name == "stage":
        return KEEP
    if name in ("owner", "form"):  # also one no longer active (module docstring)
        return _resolved(value)
    if name == "channels":
        return encode_items(_resolved(value))
    return editing.clean({name: value})[name]


def derive_topic(values: dict[str, Any]) -> None:
    """The search text, as editing.add_topic computes it."""
    values["search_text"] = search_text(
        values["title"], decode_items(values.get("keywords", "")), values.get("notes", "")
    )


TOPICS = register_kind(
    Kind(
        name="topics",
        zh="选题库",
        en="Topics",
        model=Topic,
        natural_key=("uid",),  # matched by ID only: titles may repeat (module docstring)
        derived=("search_text",),
        clean_field=clean_topic_field,
        check_row=derive_topic,
        sheet_aliases=("选题", "选题表", "选题清单", "选题列表", "topics", "backlog"),
        columns=(
            Column(
                "title",
                "标题",
                "Title",
                required=True,
                aliases=("选题", "选题标题", "选题名称", "题目", "主题", "topic", "title"),
                example="618 大促预热短视频",
                example_en="618 sale warm-up video",
                width=32,
            ),
            Column(
                "source",
                "来源",
                "Source",
                ColumnType.CHOICE,
                aliases=("选题来源", "source"),
                choices=SOURCE_CHOICES,
                lookup=parse_source,
                to_cell=lambda v, lang: Source(v).label(lang),
                example="市场热点",
                example_en="Market trend",
                width=10,
            ),
            Column(
                "keywords",
                "关键词",
                "Keywords",
                aliases=("关键字", "keywords", "keyword"),
                to_cell=_items_to_cell,
                example="618、防晒",
                width=20,
            ),
            Column(
                "audience",
                "目标受众",
                "Target audience",
                aliases=("受众", "目标人群", "人群", "audience"),
                example="25-35 岁职场女性",
                width=18,
            ),
            Column(
                "form",
                "内容形式",
                "Content form",
                ColumnType.CHOICE,
                aliases=("形式", "体裁", "内容类型", "form", "format"),
                choices=_option_choices(options.FORM),
                lookup=_option_lookup(options.FORM),
                to_cell=lambda v, lang: str(v),
                example="短视频",
                width=10,
            ),
            Column(
                "channels",
                "计划渠道",
                "Channels",
                ColumnType.MULTI_CHOICE,
                aliases=("渠道", "发布渠道", "平台", "发布平台", "channels", "channel"),
                choices=_option_choices(options.CHANNEL),
                lookup=_option_lookup(options.CHANNEL),
                to_cell=_items_to_cell,
                example="抖音、小红书",
                width=20,
            ),
            Column(
                "priority",
                "优先级",
                "Priority",
                ColumnType.CHOICE,
                aliases=("优先", "紧急程度", "priority"),
                choices=PRIORITY_CHOICES,
                lookup=parse_priority,
                to_cell=lambda v, lang: Priority(v).label(lang),
                example="高",
                example_en="High",
                width=8,
            ),
            Column(
                "owner",
                "负责人",
                "Owner",
                ColumnType.CHOICE,
                aliases=("责任人", "跟进人", "owner"),
                choices=_owner_choices,
                lookup=_owner_lookup,
                to_cell=_owner_to_cell,
                example="张伟",
                width=10,
            ),
            Column(
                "due_on",
                "截止日期",
                "Due date",
                ColumnType.DATE,
                aliases=("截止", "截止时间", "完成日期", "期限", "due", "due date"),
                example="2026-12-01",
                width=12,
            ),
            Column(
                "tags",
                "标签",
                "Tags",
                aliases=("tag", "tags"),
                to_cell=_items_to_cell,
                example="大促、种草",
                width=16,
            ),
            Column(
                "notes",
                "备注",
                "Notes",
                ColumnType.LONGTEXT,
                aliases=("说明", "描述", "note", "notes"),
                width=30,
            ),
            Column(
                "stage",
                "阶段",
                "Stage",
                ColumnType.CHOICE,
                aliases=("当前阶段", "进度", "stage"),
                choices=STAGE_CHOICES,
                lookup=lambda text: parse_stage(text) or text,  # any text: the cell is ignored
                to_cell=lambda v, lang: Stage(v).label(lang),
                example="选题（仅供查看，导入时忽略；请在看板中移动阶段）",
                example_en="Topic (for reading only; ignored on import — move topics on the board)",
                width=8,
            ),
        ),
    )
)


# --- publications -------------------------------------------------------------------------

_WITH_ID = re.compile(r"^(?P<title>.*?)\s*[(（]#(?P<uid>[0-9a-fA-F-]{4,36})[)）]$")


def _topic_label(topic_id: int, title: str, uid: str, twins: int) -> str:
    return f"{title}（#{uid[:8]}）" if twins > 1 else title


def lookup_topic(text: str) -> Any:
    """A live topic by title, or by title and the start of its ID: ``标题（#1a2b3c4d）``."""
    m = _WITH_ID.match(text.strip())
    query = Topic.alive().select(Topic.id, Topic.title, Topic.uid)
    if m is not None:
        found = list(query.where(Topic.uid.startswith(m["uid"].lower())).tuples())
    else:
        title = " ".join(text.split())
        found = list(query.where(Topic.title == title).tuples())
        if not found:
            found = list(query.where(fn.LOWER(Topic.title) == title.lower()).tuples())
    if len(found) == 1:
        return int(found[0][0])
    shown = m["title"] if m is not None else text
    if not found:
        return Unresolved("topic_unknown_title", value=shown)
    example = f"{found[0][1]}（#{found[0][2][:8]}）"
    return Unresolved("topic_title_ambiguous", value=shown, count=len(found), example=example)


def _topic_choices() -> list[Choice]:
    """Topics a publication can be planned for (not dropped, not archived)."""
    rows = list(
        Topic.alive()
        .select(Topic.id, Topic.title, Topic.uid)
        .where(Topic.stage != int(Stage.DROPPED), Topic.archived_at.is_null())
        .order_by(Topic.title)
        .tuples()
    )
    count: dict[str, int] = {}
    for _, title, _ in rows:
        count[title] = count.get(title, 0) + 1
    out = []
    for i, title, uid in rows:
        label = _topic_label(i, title, uid, count[title])
        out.append(Choice(str(i), label, label))
    return out


def _topic_to_cell(topic_id: Any, lang: str) -> str:
    found = Topic.select(Topic.title, Topic.uid).where(Topic.id == topic_id).tuples().first()
    if found is None:
        return ""
    title, uid = found
    twins = Topic.alive().where(Topic.title == title).count()
    return _topic_label(int(topic_id), title, uid, twins)


STATUS_CHOICES = _labels(
    dict(PUB_STATUS_NAMES),
    {
        PubStatus.PLANNED: ("计划", "待发布", "未发布", "排期"),
        PubStatus.PUBLISHED: ("发布", "已发", "已上线", "done"),
        PubStatus.CANCELLED: ("取消", "作废", "不发了", "canceled"),
    },
)


def clean_publication_field(name: str, value: Any) -> Any:
    """publishing's rules, field by field (the status rules are in check_publication)."""
    if name in ("topic", "channel"):
        return _resolved(value)
    if name == "planned_at":
        return publishing._when(value)
    if name == "status":
        return value or KEEP  # empty: a new one is planned, an existing one keeps its status
    if name == "published_at":
        return value.replace(microsecond=0) if isinstance(value, datetime) else value
    return publishing._clean({name: value}, None)[name]


def _status_words(status: PubStatus) -> dict[str, str]:
    return {"zh_CN": status.label("zh_CN"), "en": status.label("en")}


def check_publication(values: dict[str, Any]) -> None:
    """What publishing's services allow: published needs a link and the topic at 发布, a
    published one stays so, a cancelled one is planned again first, no new one for a
    dropped or archived topic."""
    topic = Topic.get_by_id(values["topic"])
    current = (
        Publication.alive()
        .where(
            Publication.topic == topic,
            Publication.channel == values["channel"],
            Publication.planned_at == values["planned_at"],
        )
        .first()
    )
    old = PubStatus(current.status) if current is not None else None
    new = PubStatus(values.get("status") or old or PubStatus.PLANNED)
    if current is None and (topic.stage == Stage.DROPPED or topic.archived_at is not None):
        raise ValidationError("pub_topic_closed", field="topic", title=topic.title)
    if old is PubStatus.PUBLISHED and new is not PubStatus.PUBLISHED:
        raise ValidationError("pub_wrong_status", field="status", status=_status_words(old))
    if new is not PubStatus.PUBLISHED:
        return
    url = values["url"] if "url" in values else (current.url if current is not None else "")
    if not url:
        raise ValidationError("pub_url_required", field="url")
    if old is PubStatus.PUBLISHED:
        if values.get("published_at") is None and "published_at" in values:
            values["published_at"] = current.published_at if current is not None else None
        return
    if old is PubStatus.CANCELLED:
        raise ValidationError("pub_wrong_status", field="status", status=_status_words(old))
    if topic.stage != Stage.PUBLISH:
        raise ValidationError("pub_topic_not_published", field="status", title=topic.title)
    if values.get("published_at") is None:
        values["published_at"] = base.now()


PUBLICATIONS = register_kind(
    Kind(
        name="publications",
        zh="发布计划",
        en="Publications",
        model=Publication,
        natural_key=("topic", "channel", "planned_at"),
        clean_field=clean_publication_field,
        check_row=check_publication,
        sheet_aliases=("发布", "发布排期", "排期表", "内容日历", "publications", "schedule"),
        order_by=("planned_at",),
        columns=(
            Column(
                "topic",
                "选题",
                "Topic",
                ColumnType.CHOICE,
                required=True,
                aliases=("选题标题", "所属选题", "主题", "topic"),
                choices=_topic_choices,
                lookup=lookup_topic,
                to_cell=_topic_to_cell,
                example="618 大促预热短视频",
                width=30,
            ),
            Column(
                "channel",
                "渠道",
                "Channel",
                ColumnType.CHOICE,
                required=True,
                aliases=("发布渠道", "平台", "发布平台", "channel"),
                choices=_option_choices(options.CHANNEL),
                lookup=_option_lookup(options.CHANNEL),
                to_cell=lambda v, lang: str(v),
                example="小红书",
                width=10,
            ),
            Column(
                "planned_at",
                "计划发布时间",
                "Planned time",
                ColumnType.DATETIME,
                required=True,
                aliases=("计划时间", "计划发布", "排期", "发布日期", "planned", "planned at"),
                example="2026-12-01 20:00",
                width=17,
            ),
            Column(
                "title",
                "渠道标题",
                "Title on the channel",
                aliases=("发布标题", "标题", "title"),
                width=28,
            ),
            Column(
                "summary",
                "摘要",
                "Summary",
                ColumnType.LONGTEXT,
                aliases=("简介", "导语", "summary"),
                width=30,
            ),
            Column(
                "hashtags",
                "话题标签",
                "Hashtags or keywords",
                aliases=("话题", "标签", "hashtags", "tags"),
                to_cell=_items_to_cell,
                example="防晒、618",
                width=18,
            ),
            Column(
                "status",
                "状态",
                "Status",
                ColumnType.CHOICE,
                aliases=("发布状态", "status"),
                choices=STATUS_CHOICES,
                example="计划中",
                example_en="Planned",
                width=8,
            ),
            Column(
                "url",
                "链接",
                "Link",
                aliases=("发布链接", "网址", "url", "link"),
                example="https://www.xiaohongshu.com/…",
                width=30,
            ),
            Column(
                "published_at",
                "发布时间",
                "Published at",
                ColumnType.DATETIME,
                aliases=("实际发布时间", "published", "published at"),
                width=17,
            ),
        ),
    )
)
