"""Shared set-up of the review tests (R-5.4): a small team and topics ready for review.

Holds helpers only (no tests); the review test modules import them.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from models import team
from models.base import Actor
from models.team import Role
from models.topics import drafts, editing, stages
from models.topics.model import Stage, Topic


def make_team(actor: Actor) -> SimpleNamespace:
    """The roles of the default chain, held by different people, plus a double-hatted one."""
    add = team.add_member
    return SimpleNamespace(
        lead=add(actor, "周敏", [Role.TEAM_LEAD]).actor(),
        planner=add(actor, "张伟", [Role.CONTENT_PLANNER]).actor(),
        planner2=add(actor, "李娜", [Role.DATA_ANALYST, Role.CONTENT_PLANNER]).actor(),
        operator=add(actor, "王芳", [Role.CHANNEL_OPERATOR]).actor(),
        editor=add(actor, "刘洋", [Role.EDITOR]).actor(),
        both=add(actor, "黄丽", [Role.EDITOR, Role.CONTENT_PLANNER]).actor(),
        compliance=add(actor, "杨帆", [Role.COMPLIANCE]).actor(),
        pm=add(actor, "赵磊", [Role.PROJECT_MANAGER]).actor(),
    )


def topic_in_writing(
    actor: Actor,
    people: SimpleNamespace,
    title: str = "冬至限定·姜汁奶茶上市",
    body: str = "冬至到了，一杯姜汁奶茶，把冬天喝暖。",
    **fields: Any,
) -> Topic:
    """A topic owned by the operator, planned, at 撰写 with one draft version she wrote."""
    values = dict(form="短视频", owner_uid=people.operator.uid, channels=["抖音"]) | fields
    topic = editing.add_topic(actor, title, audience="白领女性", **values)
    editing.save_plan(actor, topic.uid, 0, core_message="暖", expected_effect="曝光", outline="1")
    stages.move_topic(people.lead, topic.uid, Stage.PLAN)
    stages.move_topic(people.lead, topic.uid, Stage.WRITE)
    drafts.save_draft(people.operator, topic.uid, body)
    return Topic.by_uid(topic.uid)


def stage_of(uid: str) -> Stage:
    return Stage(Topic.by_uid(uid).stage)
