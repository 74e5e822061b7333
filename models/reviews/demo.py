"""Sample reviews for ``main.py demo`` (R-5.4): an item waiting at every level, with comments
open and resolved, made through the real services (so separation of duties, the history and
the audit log are what a team would see). The sample topics at 审核 arrive with their round
open (moving 撰写 → 审核 submits them); re-running adds nothing once a decision or a comment
exists.

- 双12会员专享券怎么领 — just submitted, waits at 初审;
- 圣诞联名杯套开箱 — a comment at 初审 answered by a new version and accepted, 初审 signed,
  an open comment at 二审 (黄丽 wrote it, so 刘洋 signs 二审);
- 年货节礼盒开箱直播 — a live stream, so the team's 直播 chain adds 脚本审核; its script says
  全网最低价 (blocking) and 手慢无 (a warning); the compliance reviewer has already commented
  on the first; waits at 脚本审核;
- 冬至限定·姜汁奶茶上市 — 二审 asked for changes, the author answered with version 4 and
  resubmitted, the round returned to 二审, which accepted the answer and signed; waits at
  合规/法务, where the new subtitle's 顶级 (blocking) and 错过再等一年 (a warning) wait for
  the compliance reviewer.
"""

from __future__ import annotations

from models import team
from models.base import Actor
from models.db import write
from models.reviews import comments, workflow
from models.reviews.chain import LevelSpec, form_scope, set_chain
from models.reviews.comments import Passage
from models.reviews.schema import ReviewComment, ReviewDecision, ReviewRound
from models.reviews.status import ReviewState, state
from models.team import Role
from models.topics import drafts
from models.topics.model import DraftVersion, Topic

LIVE_CHAIN = (
    LevelSpec("初审", Role.CONTENT_PLANNER),
    LevelSpec("二审", Role.EDITOR),
    LevelSpec("脚本审核", Role.PROJECT_MANAGER),
    LevelSpec("合规/法务", Role.COMPLIANCE),
)
CHRISTMAS_V2 = (
    "圣诞联名杯套开箱\n\n今年圣诞，山茶集与本地插画师“小满”合作推出限量联名杯套。\n"
    "活动期间（12月20日—12月25日）到店购买任意热饮即送杯套一个，送完为止。"
)
LIVE_SCRIPT = (
    "【开场】家人们晚上好！年货节礼盒开箱直播开始啦，今晚直播间全网最低价，手慢无！\n"
    "【环节1】逐一开箱：桂花乌龙、姜汁奶茶冲泡装、联名马克杯。\n"
    "【环节2】店长讲解原叶拼配与现熬工艺。\n"
    "【结尾】点击下方小黄车下单，礼盒12月28日前发货。"
)
SOLSTICE_V4_END = (
    "【结尾】12月21日冬至当天，第二杯半价（限堂食及小程序自提，详见门店公告）。\n"
    "【字幕】选用顶级云南小黄姜，冬至限定，错过再等一年！"
)


def _submit(actor: Actor, topic: Topic) -> ReviewState:
    """Submit the latest version, unless the move to 审核 already opened its round."""
    now = state(topic.uid)
    if now.status == "open" and not now.pending_sync and now.draft_number == now.latest_number:
        return now
    return workflow.submit(actor, topic.uid)


def _topic(title: str) -> Topic | None:
    return Topic.alive().where(Topic.title == title).first()


def _body(topic: Topic) -> str:
    latest = drafts.latest(topic.uid)
    return latest.body if latest is not None else ""


def _at(body: str, text: str) -> Passage:
    start = body.index(text)
    return Passage(start, start + len(text))


def fill_demo(actor: Actor | None = None) -> dict[str, int]:
    """Add the sample reviews (once the sample team and topics exist); returns counts."""
    counts = {"reviews": 0, "review_comments": 0, "review_drafts": 0}
    names = ("周敏", "张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄丽")
    members = {n: team.find_by_name(n) for n in names}
    done = ReviewDecision.select().exists() or ReviewComment.select().exists()
    if any(m is None for m in members.values()) or done:
        return counts
    who = {n: m.actor() for n, m in members.items() if m is not None}
    drafts_before = DraftVersion.select().count()
    with write():
        set_chain(who["周敏"], form_scope("直播"), LIVE_CHAIN)
        coupon = _topic("双12会员专享券怎么领")
        if coupon is not None:
            _submit(who["陈静"], coupon)
        christmas = _topic("圣诞联名杯套开箱")
        if christmas is not None:
            first = _submit(who["黄丽"], christmas)
            body = _body(christmas)
            note = comments.add_comment(
                who["张伟"],
                christmas.uid,
                "请写明联名方和杯套的领取规则（时间、条件、数量）。",
                passage=_at(body, "正文初稿：围绕核心信息展开。"),
            )
            drafts.save_draft(who["黄丽"], christmas.uid, CHRISTMAS_V2, note="补充联名方与领取规则")
            comments.mark_addressed(who["黄丽"], note.uid, "已补充联名方、活动时间与领取条件。")
            comments.accept(who["张伟"], note.uid)
            workflow.approve(who["张伟"], christmas.uid, draft_number=(first.draft_number or 0) + 1)
            comments.add_comment(
                who["刘洋"],
                christmas.uid,
                "“限量”请写明具体数量，避免引人误解。",
                passage=_at(CHRISTMAS_V2, "限量"),
            )
        live = _topic("年货节礼盒开箱直播")
        if live is not None:
            drafts.save_draft(who["王芳"], live.uid, LIVE_SCRIPT, note="直播脚本初稿")
            _submit(who["王芳"], live)
            comments.add_comment(
                who["杨帆"],
                live.uid,
                "“全网最低价”无法证实且属绝对化用语，请改为写明具体价格与活动时间。",
                passage=_at(LIVE_SCRIPT, "全网最低价"),
            )
            workflow.approve(who["张伟"], live.uid, draft_number=1)
            workflow.approve(who["刘洋"], live.uid, draft_number=1)
        solstice = _topic("冬至限定·姜汁奶茶上市")
        if solstice is not None:
            _solstice(who, solstice)
    counts["reviews"] = ReviewRound.select().count()
    counts["review_comments"] = ReviewComment.select().count()
    counts["review_drafts"] = DraftVersion.select().count() - drafts_before
    return counts


def _solstice(who: dict[str, Actor], topic: Topic) -> None:
    number = _submit(who["张伟"], topic).draft_number or 0
    body = _body(topic)
    workflow.approve(who["李娜"], topic.uid, draft_number=number)
    workflow.request_changes(
        who["黄丽"],
        topic.uid,
        draft_number=number,
        comment="“第二杯半价”请写明适用范围（堂食/外卖、是否可叠加）。",
        passage=_at(body, "第二杯半价"),
    )
    end = body.rindex("【结尾】")
    drafts.save_draft(who["张伟"], topic.uid, body[:end] + SOLSTICE_V4_END, note="补充活动范围")
    asked = ReviewComment.get(topic=topic)
    comments.mark_addressed(who["张伟"], asked.uid, "已写明限堂食及小程序自提。")
    workflow.submit(who["张伟"], topic.uid, note="按二审意见修改")
    comments.accept(who["黄丽"], asked.uid)
    workflow.approve(who["黄丽"], topic.uid, draft_number=number + 1)
