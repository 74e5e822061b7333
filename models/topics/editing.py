"""Adding and editing topics and their plans (R-5.2, R-5.3).

Edits never change the stage (see :mod:`models.topics.stages`). A topic keeps what its stage
required: from 策划 on it has an owner and a form, from 撰写 on a complete plan; clearing one of
those is refused, so the gates of the flow stay true afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from peewee import JOIN

from models import base, messages
from models.base import Actor
from models.db import write
from models.errors import ValidationError
from models.team import Member
from models.topics import options
from models.topics.model import (
    FLOW,
    MEMBER_ID,
    Priority,
    Source,
    Stage,
    Topic,
    TopicPlan,
    decode_items,
    encode_items,
    search_text,
    split_items,
)

TITLE_MAX = 200
TEXT_MAX = 500
TOPIC_FIELDS = (
    "title",
    "source",
    "keywords",
    "audience",
    "form",
    "channels",
    "priority",
    "owner_uid",
    "due_on",
    "tags",
    "notes",
)
PLAN_FIELDS = ("core_message", "expected_effect", "outline")
# what a plan must name before writing starts (audience and channels are topic fields)
PLAN_REQUIRED = ("audience", "core_message", "channels", "expected_effect", "outline")

messages.register_fields(
    {
        "title": ("Title", "标题"),
        "source": ("Source", "来源"),
        "keywords": ("Keywords", "关键词"),
        "audience": ("Target audience", "目标受众"),
        "priority": ("Priority", "优先级"),
        "owner": ("Owner", "负责人"),
        "owner_uid": ("Owner", "负责人"),
        "due_on": ("Due date", "截止日期"),
        "tags": ("Tags", "标签"),
        "stage": ("Stage", "阶段"),
        "core_message": ("Core message", "核心信息"),
        "expected_effect": ("Expected effect", "预期效果"),
        "outline": ("Outline or script", "大纲/脚本"),
    }
)
messages.register(
    {
        "topic_unknown_member": (
            "{field}: no team member is called “{value}”.",
            "「{field}」：团队中没有名为“{value}”的成员。",
        ),
        "topic_member_inactive": (
            "{field}: {value} has left the team; choose someone else.",
            "「{field}」：{value} 已离职，请选择其他成员。",
        ),
        "topic_required_in_stage": (
            "{field} is needed at this stage of the topic and cannot be cleared.",
            "该选题当前阶段需要「{field}」，不能清空。",
        ),
    }
)


def _text(field: str, value: Any, limit: int | None, *, required: bool = False) -> str:
    text = str(value or "").strip()
    if field == "title":
        text = " ".join(text.split())
    if required and not text:
        raise ValidationError("required", field=field)
    if limit is not None and len(text) > limit:
        raise ValidationError("too_long", field=field, max=limit)
    return text


def _owner_id(value: Any) -> int | None:
    if value in (None, ""):
        return None
    if isinstance(value, Member):
        member: Member | None = value
    else:
        member = Member.alive().where(Member.uid == str(value)).first()
    if member is None:
        raise ValidationError("topic_unknown_member", field="owner", value=str(value))
    if not member.active:
        raise ValidationError("topic_member_inactive", field="owner", value=member.name)
    return int(member.get_id())


def _option(list_key: str, value: Any, current: str | None) -> str:
    text = str(value or "").strip()
    if not text or text == current:
        return text
    label = options.find_label(list_key, text, include_inactive=False)
    if label is None:
        raise ValidationError("option_unknown", field=list_key, value=text)
    return label


def _channels(value: Any, current: tuple[str, ...]) -> str:
    items = [_option("channel", v, v if v in current else None) for v in split_items(value)]
    return encode_items(items)


def clean(values: dict[str, Any], current: Topic | None = None) -> dict[str, Any]:
    """Validate topic fields and turn them into column values; ValidationError names the field."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key not in TOPIC_FIELDS:
            raise ValidationError("unknown_field", field=key)
        if key == "title":
            out[key] = _text(key, value, TITLE_MAX, required=True)
        elif key in ("audience",):
            out[key] = _text(key, value, TEXT_MAX)
        elif key == "notes":
            out[key] = str(value or "")
        elif key in ("keywords", "tags"):
            encoded = encode_items(split_items(value))
            if len(encoded) > TEXT_MAX:
                raise ValidationError("too_long", field=key, max=TEXT_MAX)
            out[key] = encoded
        elif key == "source":
            try:
                out[key] = Source(value or Source.OTHER).value
            except ValueError:
                raise ValidationError("topic_bad_choice", field=key, value=str(value)) from None
        elif key == "priority":
            try:
                out[key] = int(Priority(int(value)))
            except (TypeError, ValueError):
                raise ValidationError("topic_bad_choice", field=key, value=str(value)) from None
        elif key == "form":
            out[key] = _option("form", value, current.form if current else None)
        elif key == "channels":
            out[key] = _channels(value, decode_items(current.channels) if current else ())
        elif key == "owner_uid":
            out["owner"] = _owner_id(value)
        elif key == "due_on":
            if value is not None and not isinstance(value, date):
                raise ValidationError("bad_date", field=key, value=str(value))
            out[key] = value
    return out


def effective_stage(topic: Topic) -> Stage:
    """The flow stage whose requirements hold: where a parked or dropped topic would return."""
    stage = Stage(topic.stage)
    if stage is Stage.DROPPED and topic.dropped_from:
        stage = Stage(topic.dropped_from)
    if stage is Stage.PARKED and topic.parked_from:
        stage = Stage(topic.parked_from)
    return stage if stage in FLOW else Stage.IDEA


def _keep_requirements(topic: Topic, changes: dict[str, Any]) -> None:
    stage = effective_stage(topic)
    needed = set()
    if stage >= Stage.PLAN:
        needed |= {"owner", "form"}
    if stage >= Stage.WRITE:
        needed |= {"audience", "channels", *PLAN_FIELDS}
    for field in needed & set(changes):
        if not changes[field]:
            raise ValidationError("topic_required_in_stage", field=field)


def add_topic(actor: Actor, title: str, *, stage: Stage = Stage.IDEA, **fields: Any) -> Topic:
    """Add a topic at 选题; another ``stage`` is for imports and sample data.

    A topic added past 选题 still needs an owner and a form; its plan is saved afterwards.
    """
    with write():
        values = clean({"title": title, **fields})
        draft = Topic(stage=int(stage), **values)
        if Stage(stage) >= Stage.PLAN:
            _keep_requirements(draft, {"owner": values.get("owner"), "form": values.get("form")})
        values["search_text"] = search_text(
            values["title"], decode_items(values.get("keywords")), values.get("notes", "")
        )
        return base.create(Topic, actor, stage=int(stage), **values)


def edit_topic(actor: Actor, uid: str, expected_version: int | None, **changes: Any) -> Topic:
    """Save changed topic fields (optimistic locking: ConflictError on a stale version)."""
    with write():
        current = Topic.by_uid(uid)
        values = clean(changes, current)
        _keep_requirements(current, values)
        if {"title", "keywords", "notes"} & set(values):
            values["search_text"] = search_text(
                values.get("title", current.title),
                decode_items(values.get("keywords", current.keywords)),
                values.get("notes", current.notes),
            )
        return base.update(Topic, uid, values, expected_version, actor)


def trash_topic(actor: Actor, uid: str) -> None:
    base.trash(Topic, uid, actor)


def restore_topic(actor: Actor, uid: str) -> None:
    base.restore(Topic, uid, actor)


@dataclass(frozen=True)
class TrashedTopic:
    """A deleted topic as the trash lists it."""

    uid: str
    title: str
    stage: Stage
    owner_name: str
    deleted_at: datetime | None


def list_trash() -> list[TrashedTopic]:
    """Deleted topics, most recently deleted first."""
    query: Any = (
        Topic.select(Topic.uid, Topic.title, Topic.stage, Member.name, Topic.deleted_at)
        .join(Member, JOIN.LEFT_OUTER, on=(Topic.owner == MEMBER_ID))
        .where(Topic.deleted_at.is_null(False))
        .order_by(Topic.deleted_at.desc())
    )
    return [
        TrashedTopic(uid, title, Stage(stage), name or "", deleted)
        for uid, title, stage, name, deleted in query.tuples()
    ]


def purge_topic(actor: Actor, uid: str) -> None:
    """Delete for good a topic in the trash, with its plan, drafts and publications."""
    base.purge(Topic, uid, actor)


def get_topic(uid: str) -> Topic:
    return Topic.by_uid(uid)


@dataclass(frozen=True)
class PlanRow:
    """A snapshot of a topic's plan; ``version`` 0 means no plan was saved yet."""

    topic_uid: str
    core_message: str
    expected_effect: str
    outline: str
    version: int


def plan_of(topic_uid: str) -> PlanRow:
    topic = Topic.by_uid(topic_uid)
    plan = TopicPlan.alive().where(TopicPlan.topic == topic).first()
    if plan is None:
        return PlanRow(topic_uid, "", "", "", 0)
    return PlanRow(topic_uid, plan.core_message, plan.expected_effect, plan.outline, plan.version)


def save_plan(
    actor: Actor, topic_uid: str, expected_version: int | None, **changes: Any
) -> PlanRow:
    """Save the plan's own fields; pass the PlanRow's version (0 for a first save)."""
    with write():
        topic = Topic.by_uid(topic_uid)
        values = {}
        for key, value in changes.items():
            if key not in PLAN_FIELDS:
                raise ValidationError("unknown_field", field=key)
            values[key] = str(value or "").strip()
        _keep_requirements(topic, values)
        plan = TopicPlan.alive().where(TopicPlan.topic == topic).first()
        if plan is None:
            base.create(TopicPlan, actor, topic=topic, **values)
        else:
            base.update(TopicPlan, plan.uid, values, expected_version, actor)
        return plan_of(topic_uid)


def missing_plan_fields(topic: Topic) -> list[str]:
    """The R-5.3 plan items still empty, in the order a planner fills them."""
    plan = TopicPlan.alive().where(TopicPlan.topic == topic).first()
    have = {
        "audience": topic.audience,
        "channels": decode_items(topic.channels),
        **{f: getattr(plan, f) if plan else "" for f in PLAN_FIELDS},
    }
    return [f for f in PLAN_REQUIRED if not have[f]]
