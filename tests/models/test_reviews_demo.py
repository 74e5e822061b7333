"""Sample reviews (R-5.4): an item waiting at every level of the demo chains, comments open and
resolved, separation of duties visible in the queues, and a second run adding nothing."""

from __future__ import annotations

from models import demo, team
from models.reviews import comments, hits, queue
from models.reviews.schema import CommentStatus


def test_demo_has_items_waiting_at_every_level_with_comments(db):
    counts = demo.fill()
    assert counts["reviews"] >= 4 and counts["review_comments"] == 4
    waiting = {i.level_name: i.title for i in queue.waiting()}
    assert waiting == {
        "初审": "双12会员专享券怎么领",
        "二审": "圣诞联名杯套开箱",
        "脚本审核": "年货节礼盒开箱直播",
        "合规/法务": "冬至限定·姜汁奶茶上市",
    }
    statuses = [c.status for i in queue.waiting() for c in comments.comments(i.topic_uid)]
    assert statuses.count(CommentStatus.OPEN) == 2
    assert statuses.count(CommentStatus.RESOLVED) == 2
    live = next(i for i in queue.waiting() if i.level_name == "脚本审核")
    assert [h.hit.term for h in hits.check_topic(live.topic_uid).open_blocking] == ["全网最低价"]
    both = team.find_by_name("黄丽")
    mine = queue.queue_for(both.uid, include_blocked=True)
    assert ("圣诞联名杯套开箱", "review_own_content") in {(i.title, i.refusal) for i in mine}
    assert demo.fill()["reviews"] == 0
