"""The content flow and its rules (R-5.1, R-5.3, R-5.4 gate): moves, gates, who may move, audit."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from models import base, team
from models.errors import ConflictError, PermissionDenied, ValidationError
from models.team import Role
from models.topics import drafts, editing, publishing, stages
from models.topics.model import Stage, Topic
from models.topics.stages import StageError, can_move, move_topic


@pytest.fixture
def people(db, actor):
    add = team.add_member
    return SimpleNamespace(
        lead=add(actor, "周敏", [Role.TEAM_LEAD]).actor(),
        planner=add(actor, "张伟", [Role.CONTENT_PLANNER]).actor(),
        operator=add(actor, "王芳", [Role.CHANNEL_OPERATOR]).actor(),
        editor=add(actor, "刘洋", [Role.EDITOR]).actor(),
    )


def _topic(actor, people, **fields):
    values = dict(form="短视频", owner_uid=people.operator.uid) | fields
    return editing.add_topic(actor, "冬至限定·姜汁奶茶上市", **values)


def _ready_to_write(actor, topic):
    editing.edit_topic(actor, topic.uid, None, audience="白领女性", channels=["抖音", "小红书"])
    editing.save_plan(
        actor,
        topic.uid,
        0,
        core_message="把冬天喝暖",
        expected_effect="曝光10万",
        outline="1. 开场",
    )


def _to_review(actor, people, topic):
    _ready_to_write(actor, topic)
    move_topic(people.operator, topic.uid, Stage.PLAN)
    move_topic(people.operator, topic.uid, Stage.WRITE)
    drafts.save_draft(people.operator, topic.uid, "初稿")
    move_topic(people.operator, topic.uid, Stage.REVIEW)


def test_planning_needs_an_owner_and_a_form(db, actor, people):
    """R-5.1: a topic cannot enter 策划 without an owner and a form."""
    topic = editing.add_topic(actor, "奶茶热量真相科普")
    assert can_move(topic, Stage.PLAN, people.planner) == (False, "topic_needs_owner")
    editing.edit_topic(actor, topic.uid, None, owner_uid=people.editor.uid)
    assert can_move(topic, Stage.PLAN, people.planner) == (False, "topic_needs_form")
    with pytest.raises(StageError) as info:
        move_topic(people.planner, topic.uid, Stage.PLAN)
    assert info.value.message("zh_CN") == "进入「策划」前请先选择内容形式（图文、短视频等）。"
    editing.edit_topic(actor, topic.uid, None, form="图文")
    assert move_topic(people.planner, topic.uid, Stage.PLAN).stage == Stage.PLAN


def test_writing_needs_the_complete_plan(db, actor, people):
    """R-5.3: the plan names audience, core message, channels, expected effect and outline."""
    topic = _topic(actor, people)
    move_topic(people.operator, topic.uid, Stage.PLAN)
    editing.save_plan(actor, topic.uid, 0, core_message="把冬天喝暖")
    refusal = stages.move_refusal(topic, Stage.WRITE, people.operator)
    assert refusal is not None and refusal.code == "topic_plan_incomplete"
    assert refusal.params["fields"] == ["audience", "channels", "expected_effect", "outline"]
    assert "「目标受众」、「计划渠道」" in refusal.message("zh_CN")
    assert "Target audience, Channels, Expected effect" in refusal.message("en")
    editing.edit_topic(actor, topic.uid, None, audience="白领女性", channels="抖音，小红书")
    plan = editing.plan_of(topic.uid)
    editing.save_plan(actor, topic.uid, plan.version, expected_effect="曝光10万", outline="脚本")
    assert move_topic(people.operator, topic.uid, Stage.WRITE).stage == Stage.WRITE
    # leaving 策划 backwards or aside is not "leaving with a plan": allowed without it
    other = _topic(actor, people)
    move_topic(people.operator, other.uid, Stage.PLAN)
    assert can_move(other, Stage.IDEA, people.operator) == (True, None)
    assert can_move(other, Stage.PARKED, people.operator) == (True, None)


def test_review_needs_a_draft(db, actor, people):
    topic = _topic(actor, people)
    _ready_to_write(actor, topic)
    move_topic(people.operator, topic.uid, Stage.PLAN)
    move_topic(people.operator, topic.uid, Stage.WRITE)
    assert can_move(topic, Stage.REVIEW, people.operator) == (False, "topic_needs_draft")
    drafts.save_draft(people.operator, topic.uid, "【开场】冬至到了")
    assert can_move(topic, Stage.REVIEW, people.operator) == (True, None)


def test_publishing_is_refused_until_the_review_approves(db, actor, people):
    """R-5.4 gate: without the review module nothing passes 审核→发布, even for the lead."""
    topic = _topic(actor, people)
    _to_review(actor, people, topic)
    assert stages.review_approved(Topic.by_uid(topic.uid)) is False
    assert can_move(topic, Stage.PUBLISH, people.lead) == (False, "topic_review_not_approved")
    with pytest.raises(StageError) as info:
        move_topic(people.lead, topic.uid, Stage.PUBLISH)
    assert info.value.message("en").startswith("The review has not approved")
    assert Topic.by_uid(topic.uid).stage == Stage.REVIEW

    # the hook the review module will use: an approving check opens the gate
    def approves(t: Topic) -> bool:
        return t.uid == topic.uid

    stages.register_review_check(approves)
    try:
        assert move_topic(people.lead, topic.uid, Stage.PUBLISH).stage == Stage.PUBLISH
    finally:
        stages.unregister_review_check(approves)
    assert stages.review_approved(Topic.by_uid(topic.uid)) is False


def test_moves_go_one_step_at_a_time(db, actor, people):
    topic = _topic(actor, people)
    assert can_move(topic, Stage.WRITE, people.lead) == (False, "topic_move_not_allowed")
    refusal = stages.move_refusal(topic, Stage.REVIEW, people.lead)
    assert refusal is not None
    assert refusal.message("zh_CN").startswith("选题不能从「选题」直接移到「审核」")
    assert can_move(topic, Stage.IDEA, people.lead) == (False, "topic_same_stage")
    move_topic(people.lead, topic.uid, Stage.PLAN)
    assert move_topic(people.lead, topic.uid, Stage.IDEA).stage == Stage.IDEA  # one step back


def test_parked_topic_resumes_where_it_left(db, actor, people):
    topic = _topic(actor, people)
    move_topic(people.operator, topic.uid, Stage.PLAN)
    parked = move_topic(people.operator, topic.uid, Stage.PARKED, comment="等供应链")
    assert parked.parked_from == Stage.PLAN
    assert can_move(topic, Stage.IDEA, people.operator) == (False, "topic_parked_returns")
    assert can_move(topic, Stage.WRITE, people.operator) == (False, "topic_parked_returns")
    resumed = move_topic(people.operator, topic.uid, Stage.PLAN)
    assert resumed.stage == Stage.PLAN and resumed.parked_from is None


def test_dropped_from_anywhere_and_restored_to_the_stage_it_left(db, actor, people):
    topic = _topic(actor, people)
    move_topic(people.planner, topic.uid, Stage.PLAN)
    move_topic(people.planner, topic.uid, Stage.PARKED)
    dropped = move_topic(people.planner, topic.uid, Stage.DROPPED, comment="错过时间窗口")
    assert (dropped.dropped_from, dropped.parked_from) == (Stage.PARKED, Stage.PLAN)
    assert can_move(topic, Stage.PLAN, people.planner) == (False, "topic_dropped_returns")
    refusal = stages.move_refusal(topic, Stage.IDEA, people.planner)
    assert refusal is not None and "「搁置」" in refusal.message("zh_CN")
    move_topic(people.planner, topic.uid, Stage.PARKED)  # restored: parked again …
    back = move_topic(people.planner, topic.uid, Stage.PLAN)  # … then resumed
    assert (back.stage, back.parked_from, back.dropped_from) == (Stage.PLAN, None, None)
    published = editing.add_topic(
        actor, "已发布", stage=Stage.PUBLISH, form="图文", owner_uid=people.lead.uid
    )
    assert can_move(published, Stage.DROPPED, people.lead) == (True, None)


def test_published_topic_goes_back_to_review_only_while_nothing_is_out(db, actor, people):
    topic = editing.add_topic(
        actor, "双11囤货攻略", stage=Stage.PUBLISH, form="图文", owner_uid=people.operator.uid
    )
    assert can_move(topic, Stage.PARKED, people.lead) == (False, "topic_move_not_allowed")
    assert can_move(topic, Stage.REVIEW, people.lead) == (True, None)
    pub = publishing.add_publication(actor, topic.uid, "小红书", publishing.base.now())
    publishing.mark_published(actor, pub.uid, "https://www.xiaohongshu.com/explore/1")
    assert can_move(topic, Stage.REVIEW, people.lead) == (False, "topic_already_published")


def test_who_may_move_a_topic(db, actor, people):
    """The owner, a content planner or the team lead; not other members, nor an unknown actor."""
    topic = _topic(actor, people)  # owned by the channel operator
    assert can_move(topic, Stage.PLAN, people.operator) == (True, None)
    assert can_move(topic, Stage.PLAN, people.planner) == (True, None)
    assert can_move(topic, Stage.PLAN, people.lead) == (True, None)
    assert can_move(topic, Stage.PLAN, people.editor) == (False, "topic_move_denied")
    assert can_move(topic, Stage.PLAN, actor) == (False, "topic_actor_unknown")
    with pytest.raises(PermissionDenied) as info:
        move_topic(people.editor, topic.uid, Stage.PLAN)
    assert "冬至限定·姜汁奶茶上市" in info.value.message("zh_CN")
    team.set_active(actor, people.operator.uid, False)  # left the team
    assert can_move(topic, Stage.PLAN, people.operator) == (False, "topic_actor_unknown")


def test_allowed_targets_for_a_context_menu(db, actor, people):
    topic = _topic(actor, people)
    assert stages.allowed_targets(topic, people.operator) == [
        Stage.PLAN,
        Stage.PARKED,
        Stage.DROPPED,
    ]
    assert stages.allowed_targets(topic, people.editor) == []


def test_every_move_is_audited_with_who_when_and_from_to(db, actor, people):
    topic = _topic(actor, people)
    move_topic(people.operator, topic.uid, Stage.PLAN, comment="开始策划")
    move_topic(people.lead, topic.uid, Stage.PARKED)
    entries = [e for e in base.history(topic.uid) if e.action == "stage"]
    assert [(e.actor_name, e.note) for e in entries] == [
        ("王芳", "idea -> plan: 开始策划"),
        ("周敏", "plan -> parked"),
    ]
    assert entries[0].before_values()["stage"] == 1 and entries[0].after_values()["stage"] == 2
    assert entries[1].after_values()["parked_from"] == 2
    history = stages.stage_history(topic.uid)
    assert [(h.from_stage, h.to_stage) for h in history] == [
        (None, Stage.IDEA),
        (Stage.IDEA, Stage.PLAN),
        (Stage.PLAN, Stage.PARKED),
    ]
    assert history[1].comment == "开始策划" and history[1].actor_name == "王芳"


def test_a_stale_card_is_a_conflict(db, actor, people):
    topic = _topic(actor, people)
    editing.edit_topic(actor, topic.uid, 1, notes="someone else saved")
    with pytest.raises(ConflictError):
        move_topic(people.lead, topic.uid, Stage.PLAN, expected_version=1)
    assert Topic.by_uid(topic.uid).stage == Stage.IDEA


def test_what_a_stage_required_cannot_be_cleared_later(db, actor, people):
    topic = _topic(actor, people)
    move_topic(people.operator, topic.uid, Stage.PLAN)
    with pytest.raises(ValidationError) as info:
        editing.edit_topic(actor, topic.uid, None, owner_uid=None)
    assert (info.value.code, info.value.params["field"]) == ("topic_required_in_stage", "owner")
    move_topic(people.operator, topic.uid, Stage.PARKED)  # parked keeps the requirements
    with pytest.raises(ValidationError):
        editing.edit_topic(actor, topic.uid, None, form="")
    editing.add_topic(actor, "无负责人", stage=Stage.IDEA)  # at 选题 nothing is required
    with pytest.raises(ValidationError) as info:
        editing.add_topic(actor, "直接导入到撰写", stage=Stage.WRITE, form="图文")
    assert info.value.params["field"] == "owner"


def test_archived_topics_do_not_move(db, actor, people):
    from models.topics import cleanup

    topic = _topic(actor, people)
    cleanup.archive(people.lead, [topic.uid])
    assert can_move(topic, Stage.PLAN, people.lead) == (False, "topic_archived")
