"""Sample topics, plans, drafts and publications for ``main.py demo`` (R-5).

Topics below 发布 reach their stage through the real moves (so their history shows the flow
and its gates); topics at 发布 are added there directly, as an import would, because the
review gate (R-5.4) approves nothing until the review module exists. Re-running adds nothing
once the database has topics.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from models import team
from models.base import Actor
from models.db import write
from models.topics import cleanup, drafts, editing, publishing, stages, styleguide
from models.topics.demo_data import AUDIENCE, DRAFTS, GUIDE, SET_ASIDE_FROM, TOPICS
from models.topics.model import FLOW, Stage, Topic

URLS = {
    "小红书": "https://www.xiaohongshu.com/explore/6561a{:04d}",
    "抖音": "https://www.douyin.com/video/73012{:05d}",
    "微博": "https://weibo.com/7788{:04d}/Nx{:04d}",
    "微信公众号": "https://mp.weixin.qq.com/s/shanchaji{:04d}",
    "B站": "https://www.bilibili.com/video/BV1sc{:04d}",
    "知乎": "https://zhuanlan.zhihu.com/p/66{:05d}",
    "百度": "https://baike.baidu.com/item/shanchaji{:04d}",
}
WEAK = ("打工人续命茶饮测评",)
CANCELLED = ("圣诞联名杯套开箱", "抖音")


def _plan(title: str, audience: str, complete: bool) -> dict[str, str]:
    plan = {"core_message": f"{title}：好茶慢享，轻负担的日常选择。"}
    if complete:
        plan["expected_effect"] = "曝光10万+，互动率≥3%，带动门店与小程序订单增长"
        plan["outline"] = f"1. 开场点题：{title}\n2. 产品与卖点\n3. 用户场景\n4. 活动与行动号召"
    return plan


def _write_drafts(actor_for: dict[str, Actor], topic: Topic, owner: str, title: str) -> int:
    versions = DRAFTS.get(title) or [(owner, f"{title}\n\n正文初稿：围绕核心信息展开。")]
    for author, body in versions:
        drafts.save_draft(actor_for[author], topic.uid, body, note="示例草稿")
    return len(versions)


def _publications(actor: Actor, topic: Topic, channels: list[str], due: date, n: int) -> int:
    count = 0
    for k, channel in enumerate(channels):
        when = datetime.combine(due, time(10 + 2 * k, 0))
        pub = publishing.add_publication(
            actor,
            topic.uid,
            channel,
            when,
            title=f"{topic.title}｜山茶集" if channel == "微信公众号" else topic.title,
            summary=f"{topic.title}，{channel}版。",
            hashtags=[w for w in topic.keywords.split(",") if w],
        )
        if topic.stage == Stage.PUBLISH:
            url = URLS[channel].format(n * 10 + k, n * 10 + k)
            publishing.mark_published(actor, pub.uid, url, published_at=when)
        elif (topic.title, channel) == CANCELLED:
            publishing.cancel_publication(actor, pub.uid)
        count += 1
    return count


def fill_demo(actor: Actor | None = None) -> dict[str, int]:
    """Add the sample topics (once the sample team exists); returns what was added."""
    actor = actor or Actor.system()
    counts = {"topics": 0, "drafts": 0, "publications": 0}
    lead = team.find_by_name("周敏")
    if lead is None or Topic.select().exists():
        return counts
    names = {name for row in TOPICS for name in (row[4],) if name} | {
        author for versions in DRAFTS.values() for author, _ in versions
    }
    members = {name: team.find_by_name(name) for name in names}
    actor_for = {name: m.actor() for name, m in members.items() if m is not None}
    with write():
        styleguide.save_guide(lead.actor(), None, **GUIDE)
        for n, row in enumerate(TOPICS):
            title, source, form, channels, owner, priority, due, stage = row[:8]
            keywords, audience, tags, notes = row[8:]
            flow_stage = SET_ASIDE_FROM.get(title, stage)
            member = members.get(owner)
            topic = editing.add_topic(
                actor,
                title,
                stage=Stage.PUBLISH if flow_stage is Stage.PUBLISH else Stage.IDEA,
                source=source,
                keywords=keywords,
                audience=AUDIENCE[audience],
                form=form,
                channels=channels,
                priority=priority,
                owner_uid=member.uid if member else None,
                due_on=date.fromisoformat(due) if due else None,
                tags=tags,
                notes=notes,
            )
            mover = actor_for.get(owner, lead.actor())
            if flow_stage >= Stage.PLAN:
                complete = flow_stage >= Stage.WRITE
                editing.save_plan(mover, topic.uid, None, **_plan(title, audience, complete))
            if flow_stage >= Stage.REVIEW or title in DRAFTS:
                counts["drafts"] += _write_drafts(actor_for, topic, owner, title)
            for step in FLOW[1 : FLOW.index(flow_stage) + 1]:
                if flow_stage is not Stage.PUBLISH:
                    stages.move_topic(mover, topic.uid, step)
            if stage in (Stage.PARKED, Stage.DROPPED):
                stages.move_topic(mover, topic.uid, stage, comment=notes)
            topic = Topic.by_uid(topic.uid)
            if stage in (Stage.REVIEW, Stage.PUBLISH):
                day = date.fromisoformat(due) + timedelta(days=1)
                listed = channels.split(",")
                counts["publications"] += _publications(mover, topic, listed, day, n)
            if title in WEAK:
                cleanup.set_weak(actor_for["李娜"], topic.uid, True, note="互动率低于均值")
            counts["topics"] += 1
    return counts
