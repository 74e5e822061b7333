"""Review comments (R-5.4: raised and followed until done): passages, addressed → accepted,
reopen, withdraw, and how open comments hold up approvals and the move to 发布."""

from __future__ import annotations

import pytest
from test_reviews_support import make_team, topic_in_writing

from models import base
from models.errors import PermissionDenied, ValidationError, WorkflowError
from models.reviews import comments, workflow
from models.reviews.comments import Passage
from models.reviews.schema import CommentStatus, ContentField
from models.topics import drafts, stages
from models.topics.model import Topic

BODY = "冬至到了，一杯姜汁奶茶，把冬天喝暖。冬至当天第二杯半价。"


@pytest.fixture
def people(db, actor):
    return make_team(actor)


@pytest.fixture
def topic(db, actor, people):
    topic = topic_in_writing(actor, people, body=BODY)
    workflow.submit(people.operator, topic.uid)
    return topic


def _at(text: str) -> Passage:
    start = BODY.index(text)
    return Passage(start, start + len(text))


def test_a_comment_on_a_passage_is_followed_until_the_reviewer_accepts(people, topic):
    raised = comments.add_comment(
        people.planner, topic.uid, "请写明活动规则", passage=_at("第二杯半价")
    )
    assert (raised.quote, raised.level_name, raised.draft_number) == ("第二杯半价", "初审", 1)
    start = BODY.index("第二杯半价")
    assert raised.status is CommentStatus.OPEN and raised.located == (start, start + 5)
    with pytest.raises(PermissionDenied) as not_author:
        comments.mark_addressed(people.editor, raised.uid, "改好了")
    assert not_author.value.code == "comment_not_author"
    with pytest.raises(WorkflowError):
        comments.accept(people.planner, raised.uid)  # not addressed yet
    edited = BODY.replace("第二杯半价", "第二杯半价（限堂食）")
    drafts.save_draft(people.operator, topic.uid, edited)
    addressed = comments.mark_addressed(people.operator, raised.uid, "已写明限堂食")
    assert addressed.status is CommentStatus.ADDRESSED and addressed.reply == "已写明限堂食"
    assert addressed.located == (edited.index("第二杯半价"), edited.index("（限"))
    with pytest.raises(PermissionDenied) as not_signer:
        comments.accept(people.compliance, raised.uid)
    assert not_signer.value.code == "comment_not_signer"
    reopened = comments.reopen(people.planner2, raised.uid, "还要写明日期")  # another planner
    assert reopened.status is CommentStatus.OPEN
    comments.mark_addressed(people.operator, raised.uid, "日期已补")
    resolved = comments.accept(people.planner, raised.uid)
    assert resolved.status is CommentStatus.RESOLVED and resolved.done
    actions = [e.action for e in base.history(raised.uid)]
    assert actions == [
        "comment_raise",
        "comment_address",
        "comment_reopen",
        "comment_address",
        "comment_accept",
    ]


def test_open_comments_hold_up_their_level_and_the_last_level(people, topic):
    note = comments.add_comment(people.planner, topic.uid, "标题太长")
    with pytest.raises(WorkflowError) as held:
        workflow.approve(people.planner, topic.uid, draft_number=1)
    assert held.value.code == "review_comments_open"
    comments.withdraw(people.planner, note.uid)
    workflow.approve(people.planner, topic.uid, draft_number=1)
    early = comments.add_comment(people.compliance, topic.uid, "请附检测报告")
    assert early.level_name == "合规/法务"  # raised ahead, at the level of the member's role
    workflow.approve(people.editor, topic.uid, draft_number=1)
    with pytest.raises(WorkflowError):
        workflow.approve(people.compliance, topic.uid, draft_number=1)
    comments.mark_addressed(people.operator, early.uid)
    comments.accept(people.compliance, early.uid)
    workflow.approve(people.compliance, topic.uid, draft_number=1)
    assert stages.review_approved(Topic.by_uid(topic.uid))
    late = comments.add_comment(people.editor, topic.uid, "发布前请再核对价格")
    assert not stages.review_approved(Topic.by_uid(topic.uid))  # followed until done
    comments.withdraw(people.editor, late.uid)
    assert stages.review_approved(Topic.by_uid(topic.uid))


def test_who_may_raise_and_withdraw(people, topic):
    with pytest.raises(PermissionDenied) as outsider:
        comments.add_comment(people.operator, topic.uid, "我也想提意见")
    assert outsider.value.code == "comment_not_reviewer"
    note = comments.add_comment(people.editor, topic.uid, "语气再亲切一些")
    with pytest.raises(PermissionDenied):
        comments.withdraw(people.both, note.uid)  # only the one who raised it


def test_a_passage_must_lie_in_the_text(people, topic):
    with pytest.raises(ValidationError) as outside:
        comments.add_comment(people.planner, topic.uid, "?", passage=Passage(10, 999))
    assert outside.value.code == "comment_passage_bad"
    with pytest.raises(ValidationError):
        comments.add_comment(people.planner, topic.uid, "?", passage=Passage(5, 5))
    on_title = comments.add_comment(
        people.planner, topic.uid, "标题用“冬至限定”即可", passage=Passage(0, 4, ContentField.TITLE)
    )
    assert on_title.quote == "冬至限定" and on_title.field == "title"


def test_a_request_for_changes_is_a_comment_the_author_answers(people, topic):
    workflow.request_changes(
        people.planner, topic.uid, draft_number=1, comment="补充活动时间", passage=_at("冬至当天")
    )
    (asked,) = comments.comments(topic.uid)
    assert (asked.body, asked.quote, asked.status) == ("补充活动时间", "冬至当天", "open")
    assert comments.comments(topic.uid, include_done=False) == [asked]
