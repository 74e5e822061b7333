"""The review chain and its workflow (R-5.4, R-2.1): submission, the levels, separation of
duties, changes and resubmission, edits after approval, the compliance block and waivers,
and the gate 审核 → 发布."""

from __future__ import annotations

import pytest
from test_reviews_support import make_team, stage_of, topic_in_writing

from models import base
from models.errors import PermissionDenied, ValidationError, WorkflowError
from models.reviews import chain, history, hits, workflow
from models.reviews.chain import LevelSpec
from models.reviews.schema import Policy
from models.reviews.status import state
from models.team import Role
from models.topics import drafts, stages
from models.topics.model import Stage, Topic
from models.topics.stages import StageError


@pytest.fixture
def people(db, actor):
    return make_team(actor)


@pytest.fixture
def topic(db, actor, people):
    return topic_in_writing(actor, people)


def _through_all_levels(people, uid, number=1):
    workflow.approve(people.planner, uid, draft_number=number)
    workflow.approve(people.editor, uid, draft_number=number)
    return workflow.approve(people.compliance, uid, draft_number=number)


def test_three_members_sign_the_three_levels_and_the_topic_is_published(people, topic):
    """R-5.4 done-when: 初审 → 二审 → 合规 by three different members, then 发布."""
    submitted = workflow.submit(people.operator, topic.uid)
    assert stage_of(topic.uid) is Stage.REVIEW  # submission moved the topic (one transaction)
    assert [lv.name for lv in submitted.levels] == ["初审", "二审", "合规/法务"]
    assert submitted.pending.name == "初审"
    with pytest.raises(StageError) as refused:
        stages.move_topic(people.operator, topic.uid, Stage.PUBLISH)
    assert refused.value.code == "topic_review_not_approved"
    workflow.approve(people.planner, topic.uid, draft_number=1)
    assert state(topic.uid).pending.name == "二审"
    workflow.approve(people.editor, topic.uid, draft_number=1)
    done = workflow.approve(people.compliance, topic.uid, draft_number=1)
    assert done.status == "approved" and done.pending is None
    assert [lv.reviewer_name for lv in done.levels] == ["张伟", "刘洋", "杨帆"]
    stages.move_topic(people.operator, topic.uid, Stage.PUBLISH)
    assert stage_of(topic.uid) is Stage.PUBLISH


def test_a_refused_submission_leaves_the_topic_where_it_was(people, topic):
    """Only the owner, a planner or the lead sends a topic to review; nothing half-done."""
    with pytest.raises(PermissionDenied):
        workflow.submit(people.editor, topic.uid)
    assert stage_of(topic.uid) is Stage.WRITE
    assert state(topic.uid).status == "none"
    workflow.submit(people.operator, topic.uid)
    with pytest.raises(WorkflowError) as again:
        workflow.submit(people.operator, topic.uid)
    assert again.value.code == "review_already_submitted"


def test_a_topic_moved_on_the_board_opens_its_review_round(people, topic):
    """Moving 撰写 → 审核 (the board, the stage panel) submits as workflow.submit does: one
    round, in the move's transaction; submitting again is refused, not a second round."""
    stages.move_topic(people.operator, topic.uid, Stage.REVIEW, comment="请审核")
    moved = state(topic.uid)
    assert (moved.status, moved.round_number, moved.draft_number) == ("open", 1, 1)
    assert moved.pending.name == "初审" and moved.submitted_by_name == "王芳"
    with pytest.raises(WorkflowError) as again:
        workflow.submit(people.operator, topic.uid)
    assert again.value.code == "review_already_submitted"
    # back to 撰写 and forward without an edit: the round goes on; after an edit, a new one
    stages.move_topic(people.operator, topic.uid, Stage.WRITE, comment="补图")
    stages.move_topic(people.operator, topic.uid, Stage.REVIEW)
    assert state(topic.uid).round_number == 1
    stages.move_topic(people.operator, topic.uid, Stage.WRITE)
    drafts.save_draft(people.operator, topic.uid, "冬至到了，一杯姜汁奶茶，暖一整个冬天。")
    stages.move_topic(people.operator, topic.uid, Stage.REVIEW)
    again_moved = state(topic.uid)
    assert (again_moved.round_number, again_moved.draft_number) == (2, 2)
    events = [e.event for e in history.history(topic.uid) if e.event != "stage_moved"]
    assert events == ["submitted", "resubmitted"]


def test_a_refused_move_to_review_opens_no_round(people, topic):
    """The move and its round are one transaction: a move refused leaves neither."""
    with pytest.raises(PermissionDenied):
        stages.move_topic(people.editor, topic.uid, Stage.REVIEW)
    assert stage_of(topic.uid) is Stage.WRITE and state(topic.uid).status == "none"


def test_a_level_is_signed_by_its_role_only(people, topic):
    workflow.submit(people.operator, topic.uid)
    with pytest.raises(PermissionDenied) as wrong_role:
        workflow.approve(people.editor, topic.uid, draft_number=1)
    assert wrong_role.value.code == "review_role_required"
    assert "内容策划" in wrong_role.value.message("zh_CN")
    with pytest.raises(PermissionDenied):
        workflow.approve(people.lead, topic.uid, draft_number=1)  # the lead holds no level


def test_nobody_signs_second_review_or_compliance_on_content_they_wrote(actor, people, topic):
    """Separation of duties: an editor who wrote a version may not sign 二审."""
    drafts.save_draft(people.editor, topic.uid, "冬至到了，一杯姜汁奶茶，把冬天喝暖。微辣回甘。")
    workflow.submit(people.operator, topic.uid)
    workflow.approve(people.planner, topic.uid, draft_number=2)
    assert workflow.decide_refusal(people.editor, topic.uid).code == "review_own_content"
    with pytest.raises(PermissionDenied) as own:
        workflow.approve(people.editor, topic.uid, draft_number=2)
    assert own.value.code == "review_own_content"
    workflow.approve(people.both, topic.uid, draft_number=2)  # another editor signs it


def test_the_owner_may_sign_the_first_review_but_not_the_later_levels(actor, people):
    """初审 is not independent by default (the planner often wrote it); 二审 and 合规 are."""
    topic = topic_in_writing(actor, people, owner_uid=people.both.uid)
    workflow.submit(people.both, topic.uid)
    workflow.approve(people.both, topic.uid, draft_number=1)
    with pytest.raises(PermissionDenied) as own:
        workflow.approve(people.both, topic.uid, draft_number=1)
    assert own.value.code == "review_own_content"


def test_one_member_signs_one_level_of_a_submission(people, topic):
    """A member holding two roles signs each level separately, never two of one round."""
    workflow.submit(people.operator, topic.uid)
    workflow.approve(people.both, topic.uid, draft_number=1)  # 初审 as a planner
    with pytest.raises(PermissionDenied) as twice:
        workflow.approve(people.both, topic.uid, draft_number=1)  # 二审 as an editor
    assert twice.value.code == "review_one_level"
    assert "初审" in twice.value.message("zh_CN")
    workflow.approve(people.editor, topic.uid, draft_number=1)


def test_requesting_changes_or_rejecting_needs_a_comment(people, topic):
    workflow.submit(people.operator, topic.uid)
    for decide in (workflow.request_changes, workflow.reject):
        with pytest.raises(ValidationError) as bare:
            decide(people.planner, topic.uid, draft_number=1, comment="  ")
        assert bare.value.code == "review_comment_required"


def test_a_resubmitted_draft_returns_to_the_level_that_asked_for_changes(people, topic):
    workflow.submit(people.operator, topic.uid)
    workflow.approve(people.planner, topic.uid, draft_number=1)
    asked = workflow.request_changes(
        people.editor, topic.uid, draft_number=1, comment="结尾请写明活动时间"
    )
    assert asked.status == "changes" and asked.asked.name == "二审"
    assert stage_of(topic.uid) is Stage.REVIEW  # the topic waits at 审核 while it is revised
    drafts.save_draft(people.operator, topic.uid, "冬至到了，一杯姜汁奶茶。12月21日当天有效。")
    back = workflow.submit(people.operator, topic.uid)
    assert back.pending.name == "二审" and back.draft_number == 2 and back.previous_number == 1
    assert [lv.state for lv in back.levels] == ["carried", "pending", "todo"]


def test_a_rejected_draft_starts_again_at_the_first_level(people, topic):
    workflow.submit(people.operator, topic.uid)
    workflow.approve(people.planner, topic.uid, draft_number=1)
    workflow.reject(people.editor, topic.uid, draft_number=1, comment="选题方向与品牌调性不符")
    drafts.save_draft(people.operator, topic.uid, "全新的文案")
    again = workflow.submit(people.operator, topic.uid)
    assert again.pending.name == "初审" and [lv.state for lv in again.levels][0] == "pending"


def test_a_decision_on_a_draft_that_changed_meanwhile_is_refused(people, topic):
    workflow.submit(people.operator, topic.uid)
    drafts.save_draft(people.operator, topic.uid, "改过的文案")
    assert state(topic.uid).pending_sync and state(topic.uid).draft_number == 2
    with pytest.raises(WorkflowError) as stale:
        workflow.approve(people.planner, topic.uid, draft_number=1)
    assert stale.value.code == "review_draft_changed"
    workflow.approve(people.planner, topic.uid, draft_number=2)


def _approved_then_edited(people, topic, body=None, attachments=()):
    workflow.submit(people.operator, topic.uid)
    _through_all_levels(people, topic.uid)
    assert stages.review_approved(Topic.by_uid(topic.uid))
    current = drafts.latest(topic.uid)
    drafts.save_draft(people.operator, topic.uid, body or current.body, attachments=attachments)
    assert not stages.review_approved(Topic.by_uid(topic.uid))  # the edit reopened the review
    return state(topic.uid)


def test_an_edit_after_approval_goes_through_every_level_again_by_default(people, topic):
    """Policy 'all' (the default): even new pictures send the draft back to 初审."""
    assert chain.policy() is Policy.ALL
    shown = _approved_then_edited(people, topic, attachments=["photos/cup.jpg"])
    assert shown.status == "open" and shown.pending.name == "初审" and shown.pending_sync
    assert workflow.sync_topic(people.operator, topic.uid)
    _through_all_levels(people, topic.uid, number=2)
    assert stages.review_approved(Topic.by_uid(topic.uid))


@pytest.mark.parametrize(
    ("body", "attachments", "pending", "carried"),
    [
        (None, ["photos/cup.jpg"], "二审", ["初审"]),  # pictures: editor and compliance
        ("冬至到了 ，一杯姜汁奶茶,把冬天喝暖！", (), "合规/法务", ["初审", "二审"]),  # layout
        ("冬至到了，一杯桂花乌龙。", (), "初审", []),  # wording: every level
    ],
)
def test_an_edit_after_approval_voids_only_the_levels_it_touches(
    people, topic, body, attachments, pending, carried
):
    """Policy 'invalidated': from the first level whose approval the kind of edit voids."""
    chain.set_policy(people.lead, Policy.INVALIDATED)
    shown = _approved_then_edited(people, topic, body, attachments)
    assert shown.pending.name == pending
    assert [lv.name for lv in shown.levels if lv.state == "carried"] == carried
    workflow.approve(
        {"初审": people.planner, "二审": people.editor, "合规/法务": people.compliance}[pending],
        topic.uid,
        draft_number=2,
    )
    assert state(topic.uid).round_number == 2  # the decision wrote the new round first


def test_compliance_cannot_approve_over_a_blocking_hit_until_it_is_waived(people, actor):
    """R-2.1: a blocking Advertising-Law hit stops 合规 until fixed or waived in writing."""
    topic = topic_in_writing(actor, people, body="冬至限定，全城最佳的姜汁奶茶。")
    workflow.submit(people.operator, topic.uid)
    workflow.approve(people.planner, topic.uid, draft_number=1)
    workflow.approve(people.editor, topic.uid, draft_number=1)
    with pytest.raises(WorkflowError) as blocked:
        workflow.approve(people.compliance, topic.uid, draft_number=1)
    assert blocked.value.code == "review_blocking_hits"
    assert "最佳" in blocked.value.message("zh_CN")
    hit = hits.check_topic(topic.uid).open_blocking[0].hit
    assert (hit.text, hit.field.value) == ("最佳", "body")
    with pytest.raises(PermissionDenied):
        hits.waive(people.editor, topic.uid, hit.field, hit.key, "有评测报告")
    with pytest.raises(ValidationError):
        hits.waive(people.compliance, topic.uid, hit.field, hit.key, "   ")
    waiver = hits.waive(
        people.compliance, topic.uid, hit.field, hit.key, "第三方口味评测第一名，报告存档"
    )
    assert waiver.by_name == "杨帆" and waiver.quote == "最佳"
    workflow.approve(people.compliance, topic.uid, draft_number=1)
    assert stages.review_approved(Topic.by_uid(topic.uid))
    hits.revoke_waiver(people.lead, waiver.uid, "报告已过期")
    assert not stages.review_approved(Topic.by_uid(topic.uid))  # the gate looks at hits now
    audit = [e.action for e in base.history(waiver.uid)]
    assert audit == ["adlaw_waive", "adlaw_unwaive"]


def test_fixing_the_wording_clears_the_block(people, actor):
    topic = topic_in_writing(actor, people, body="国家级非遗工艺，頂級原料。")
    workflow.submit(people.operator, topic.uid)
    assert [h.hit.text for h in hits.check_topic(topic.uid).open_blocking] == ["頂級"]
    drafts.save_draft(people.operator, topic.uid, "国家级非遗工艺，精选原料。")
    workflow.approve(people.planner, topic.uid, draft_number=2)
    workflow.approve(people.editor, topic.uid, draft_number=2)
    assert workflow.approve(people.compliance, topic.uid, draft_number=2).status == "approved"


def test_the_lead_configures_chains_per_form(actor, people):
    """A live stream adds 脚本审核; only the lead changes chains; rounds keep their copy."""
    live = [
        LevelSpec("初审", Role.CONTENT_PLANNER),
        LevelSpec("脚本审核", Role.PROJECT_MANAGER),
        LevelSpec("合规/法务", Role.COMPLIANCE),
    ]
    with pytest.raises(PermissionDenied):
        chain.set_chain(people.planner, chain.form_scope("直播"), live)
    with pytest.raises(ValidationError):
        chain.set_chain(people.lead, chain.form_scope("直播"), [live[0], live[0]])
    chain.set_chain(people.lead, chain.form_scope("直播"), live)
    topic = topic_in_writing(actor, people, title="年货节礼盒开箱直播", form="直播")
    shown = workflow.submit(people.operator, topic.uid)
    assert [lv.name for lv in shown.levels] == ["初审", "脚本审核", "合规/法务"]
    assert [lv.independent for lv in shown.levels] == [False, True, True]
    chain.set_chain(people.lead, chain.form_scope("直播"), live[:1])
    workflow.approve(people.planner, topic.uid, draft_number=1)
    assert state(topic.uid).pending.name == "脚本审核"  # the round in progress kept its chain
    other = topic_in_writing(actor, people, title="短视频", channels=["抖音", "小红书"])
    chain.set_chain(
        people.lead, chain.channel_scope("小红书"), [*live, LevelSpec("终审", "team_lead")]
    )
    assert len(chain.chain_for(other)) == 4  # the strictest channel chain
