"""Drafts and their diff (R-5.4), publications and the calendar (R-5.5), the style guide
(R-5.6), clean-up (R-5.7), the team-edited lists (R-5.3), sample data and wording."""

from __future__ import annotations

import importlib
import pkgutil
import string
from datetime import date, datetime
from types import SimpleNamespace

import pytest

import models.topics
from models import base, messages, team
from models.errors import (
    ConflictError,
    NotFound,
    PermissionDenied,
    ValidationError,
    WorkflowError,
)
from models.team import Role
from models.topics import (
    backlog,
    cleanup,
    drafts,
    editing,
    options,
    publishing,
    schedule,
    stages,
    styleguide,
)
from models.topics.drafts import Attachment
from models.topics.model import DraftVersion, PubStatus, Stage, Topic
from models.topics.textdiff import CHANGE, DELETE, EQUAL, INSERT, Span, diff_texts


@pytest.fixture
def people(db, actor):
    add = team.add_member
    return SimpleNamespace(
        lead=add(actor, "周敏", [Role.TEAM_LEAD]).actor(),
        planner=add(actor, "张伟", [Role.CONTENT_PLANNER]).actor(),
        operator=add(actor, "王芳", [Role.CHANNEL_OPERATOR]).actor(),
        editor=add(actor, "刘洋", [Role.EDITOR]).actor(),
    )


def _published_topic(actor, people, title="双11轻乳茶囤货攻略"):
    return editing.add_topic(
        actor, title, stage=Stage.PUBLISH, form="图文", owner_uid=people.operator.uid
    )


# --- drafts (R-5.4: a reviewer sees what changed) -------------------------------------------


def test_every_saved_version_is_kept_with_author_and_time(db, actor, people):
    topic = editing.add_topic(actor, "冬至限定·姜汁奶茶上市")
    first = drafts.save_draft(people.planner, topic.uid, "冬至到了。", note="初稿")
    second = drafts.save_draft(
        people.editor,
        topic.uid,
        "冬至到了，喝一杯姜汁奶茶。",
        attachments=[("/素材/姜汁奶茶.jpg", "主图"), "https://example.com/拍摄脚本"],
    )
    assert (first.number, second.number) == (1, 2)
    unchanged = drafts.save_draft(
        people.editor,
        topic.uid,
        "冬至到了，喝一杯姜汁奶茶。",
        attachments=[Attachment("/素材/姜汁奶茶.jpg", "主图"), "https://example.com/拍摄脚本"],
    )
    assert unchanged == second  # saving without a change adds no version
    history = drafts.versions(topic.uid)
    assert [(v.number, v.author_name, v.author_uid) for v in history] == [
        (1, "张伟", people.planner.uid),
        (2, "刘洋", people.editor.uid),
    ]
    assert history[0].note == "初稿" and isinstance(history[1].created_at, datetime)
    assert [a.kind for a in history[1].attachments] == ["image", "link"]
    assert drafts.latest(topic.uid) == history[1]
    assert Attachment("D:/视频/探店.MP4").kind == "video"
    assert [e.action for e in base.history(second.uid)] == ["create"]


def test_drafts_refuse_bad_input_and_closed_topics(db, actor, people):
    topic = editing.add_topic(actor, "万圣节搞怪杯套", form="短视频", owner_uid=people.lead.uid)
    with pytest.raises(ValidationError):
        drafts.save_draft(actor, topic.uid, "x", body_format="docx")
    with pytest.raises(ValidationError):
        drafts.save_draft(actor, topic.uid, "x", attachments=[("  ", "空链接")])
    stages.move_topic(people.lead, topic.uid, Stage.DROPPED)
    with pytest.raises(WorkflowError) as info:
        drafts.save_draft(actor, topic.uid, "还想写")
    assert info.value.code == "draft_topic_closed"
    assert DraftVersion.select().count() == 0


def test_diff_since_the_last_round_is_readable_for_chinese(db, actor, people):
    topic = editing.add_topic(actor, "冬至限定·姜汁奶茶上市")
    old = "【开场】冬至到了，来一杯暖暖的姜汁奶茶吧！\n【镜头1】出杯特写。\n【结尾】第二杯半价。"
    new = (
        "【开场】冬至到了，一杯姜汁奶茶，把冬天喝暖。\n【镜头1】出杯特写。\n"
        "【镜头2】顾客捧杯暖手。\n【结尾】冬至当天第二杯半价。"
    )
    drafts.save_draft(people.planner, topic.uid, old, attachments=["a.jpg"])
    drafts.save_draft(people.editor, topic.uid, new, attachments=["a.jpg", "b.mp4"])
    diff = drafts.diff_versions(topic.uid, 1)
    assert (diff.old.number, diff.new.number) == (1, 2)  # type: ignore[union-attr]
    assert [a.ref for a in diff.attachments_added] == ["b.mp4"] and not diff.attachments_removed
    assert [line.kind for line in diff.text.lines] == [CHANGE, EQUAL, INSERT, CHANGE]
    opening = diff.text.lines[0]
    assert (opening.old_no, opening.new_no) == (1, 1)
    assert (
        Span(DELETE, "暖暖的") in opening.spans and Span(INSERT, "，把冬天喝暖。") in opening.spans
    )
    # reading the spans without the deleted pieces gives the new line, and vice versa
    assert "".join(s.text for s in opening.spans if s.kind != DELETE) == new.splitlines()[0]
    assert "".join(s.text for s in opening.spans if s.kind != INSERT) == old.splitlines()[0]
    ending = diff.text.lines[3]
    assert [s for s in ending.spans if s.kind != EQUAL] == [Span(INSERT, "冬至当天")]
    assert diff.text.unified.startswith("--- v1 张伟")
    assert "-【结尾】第二杯半价。" in diff.text.unified
    assert "+【镜头2】顾客捧杯暖手。" in diff.text.unified
    assert drafts.diff_versions(topic.uid, 0, 1).text.lines[0].kind == INSERT


def test_latin_words_are_compared_whole_and_unrelated_lines_are_not_paired():
    diff = diff_texts("Buy the new App now\n完全不同的一行", "Buy the old App now\nxyz")
    change = diff.lines[0]
    assert [s for s in change.spans if s.kind != EQUAL] == [
        Span(DELETE, "new"),
        Span(INSERT, "old"),
    ]
    assert [line.kind for line in diff.lines[1:]] == [DELETE, INSERT]
    assert diff.changed and not diff_texts("同样", "同样").changed
    assert diff_texts("a", "a\n").changed is False and diff_texts("a", "a\n\n").changed


# --- publications and the calendar (R-5.5) -------------------------------------------------


def test_a_publication_needs_its_url_and_a_topic_at_publish(db, actor, people):
    ready = _published_topic(actor, people)
    pub = publishing.add_publication(
        actor,
        ready.uid,
        "小红书",
        datetime(2026, 11, 6, 10, 0),
        title="双11囤货清单｜山茶集",
        hashtags="#双11，囤货",
    )
    assert (pub.status, pub.hashtags, pub.owner_name) == (
        PubStatus.PLANNED,
        ("双11", "囤货"),
        "王芳",
    )
    with pytest.raises(ValidationError) as info:
        publishing.mark_published(actor, pub.uid, "  ")
    assert info.value.code == "pub_url_required"
    assert "链接" in info.value.message("zh_CN")
    with pytest.raises(ValidationError) as info:
        publishing.mark_published(actor, pub.uid, "xiaohongshu.com/123")
    assert info.value.code == "pub_bad_url"
    done = publishing.mark_published(
        actor, pub.uid, "https://www.xiaohongshu.com/explore/1", expected_version=pub.version
    )
    assert done.status == PubStatus.PUBLISHED and done.published_at is not None
    with pytest.raises(ValidationError):
        publishing.edit_publication(actor, pub.uid, None, url="")
    with pytest.raises(WorkflowError):
        publishing.cancel_publication(actor, pub.uid)
    assert [e.action for e in base.history(pub.uid)] == ["create", "publish"]

    in_review = editing.add_topic(actor, "圣诞联名杯套", form="短视频", owner_uid=people.lead.uid)
    early = publishing.add_publication(actor, in_review.uid, "抖音", date(2026, 12, 20))
    assert early.planned_at == datetime(2026, 12, 20, 9, 0)
    with pytest.raises(WorkflowError) as info:
        publishing.mark_published(actor, early.uid, "https://www.douyin.com/video/1")
    assert info.value.code == "pub_topic_not_published"


def test_publications_are_planned_cancelled_and_replanned(db, actor, people):
    topic = _published_topic(actor, people)
    pub = publishing.add_publication(actor, topic.uid, "b站", datetime(2026, 12, 1, 20, 0))
    assert pub.channel == "B站" and pub.display_title == topic.title
    with pytest.raises(ValidationError) as info:
        publishing.add_publication(actor, topic.uid, "快手", datetime(2026, 12, 1))
    assert info.value.code == "option_unknown"
    assert publishing.cancel_publication(actor, pub.uid).status == PubStatus.CANCELLED
    with pytest.raises(WorkflowError):
        publishing.mark_published(actor, pub.uid, "https://www.bilibili.com/video/1")
    assert publishing.replan_publication(actor, pub.uid).status == PubStatus.PLANNED
    moved = publishing.edit_publication(actor, pub.uid, 3, planned_at=datetime(2026, 12, 2, 20))
    assert moved.planned_at == datetime(2026, 12, 2, 20, 0)
    with pytest.raises(ConflictError):
        publishing.edit_publication(actor, pub.uid, 3, summary="stale")


def test_calendar_month_and_week_with_channel_and_owner_filters(db, actor, people):
    mine = _published_topic(actor, people)
    theirs = editing.add_topic(
        actor, "冬至姜汁奶茶", stage=Stage.PUBLISH, form="短视频", owner_uid=people.planner.uid
    )
    plan = [
        (mine, "小红书", datetime(2026, 11, 30, 10, 0)),
        (mine, "微博", datetime(2026, 12, 1, 0, 0)),
        (theirs, "抖音", datetime(2026, 12, 7, 20, 0)),
        (theirs, "小红书", datetime(2026, 12, 31, 23, 59)),
        (theirs, "微博", datetime(2027, 1, 1, 0, 0)),
    ]
    for topic, channel, when in plan:
        publishing.add_publication(actor, topic.uid, channel, when)
    december = schedule.calendar_month(2026, 12)
    assert [(r.channel, r.planned_at.day) for r in december] == [
        ("微博", 1),
        ("抖音", 7),
        ("小红书", 31),
    ]
    assert schedule.month_range(2026, 12) == (date(2026, 12, 1), date(2027, 1, 1))
    assert schedule.week_range(date(2026, 12, 3)) == (date(2026, 11, 30), date(2026, 12, 7))
    week = schedule.calendar_week(date(2026, 12, 3))
    assert [r.channel for r in week] == ["小红书", "微博"]  # Mon 30 Nov – Sun 6 Dec
    assert [r.topic_title for r in schedule.calendar_month(2026, 12, channels=["小红书"])] == [
        "冬至姜汁奶茶"
    ]
    by_owner = schedule.calendar_month(2026, 12, owner_uids=[people.operator.uid])
    assert [r.channel for r in by_owner] == ["微博"]
    days = schedule.by_day(december)
    assert sorted(days) == [date(2026, 12, 1), date(2026, 12, 7), date(2026, 12, 31)]
    assert len(publishing.publications_of(theirs.uid)) == 3


# --- the style guide (R-5.6) --------------------------------------------------------------


def test_style_guide_is_one_versioned_record_with_conflict_detection(db, actor, people):
    guide = styleguide.get_guide()
    assert guide.version == 1 and guide.words_avoid == ()
    saved = styleguide.save_guide(
        people.lead, guide.version, tone="亲切、真诚", words_avoid="最好\n第一，国家级"
    )
    assert saved.version == 2 and saved.words_avoid == ("最好", "第一", "国家级")
    with pytest.raises(ConflictError) as info:
        styleguide.save_guide(people.editor, guide.version, tone="活泼")  # loaded before
    assert info.value.theirs["tone"] == "亲切、真诚"
    assert styleguide.get_guide().tone == "亲切、真诚"
    styleguide.save_guide(people.editor, info.value.theirs["version"], tone="活泼")
    history = styleguide.guide_history()
    assert [(h.actor_name, h.version) for h in history] == [("刘洋", 3), ("周敏", 2)]
    assert set(history[1].fields) == {"tone", "words_avoid"}
    with pytest.raises(ValidationError):
        styleguide.save_guide(people.lead, None, colour="绿")


def test_check_wording_finds_avoided_words(db, actor, people):
    styleguide.save_guide(people.lead, None, words_avoid="最好\n100%\nNO.1")
    hits = styleguide.check_wording("全网最好喝，100%原叶，No.1 的最好选择")
    found = [(h.word, h.start) for h in hits]
    assert found == [("最好", 2), ("100%", 6), ("NO.1", 13), ("最好", 19)]


# --- clean-up (R-5.7) ---------------------------------------------------------------------


def test_cleanup_finds_old_or_weak_published_content(db, actor, people):
    old = _published_topic(actor, people, "2025中秋礼盒")
    pub = publishing.add_publication(actor, old.uid, "微博", datetime(2025, 9, 10, 10))
    publishing.mark_published(
        actor, pub.uid, "https://weibo.com/1/2", published_at=datetime(2025, 9, 10, 10)
    )
    weak = _published_topic(actor, people, "打工人续命茶饮测评")
    fresh = _published_topic(actor, people, "双12会员券")
    editing.add_topic(actor, "还在选题", owner_uid=people.lead.uid)
    cleanup.set_weak(people.operator, weak.uid, True, note="互动率低于均值")
    today = date(2026, 11, 26)
    found = cleanup.candidates(older_than_days=180, today=today)
    assert [r.title for r in found] == ["2025中秋礼盒", "打工人续命茶饮测评"]
    assert found[0].last_published_at == datetime(2025, 9, 10, 10, 0) and found[1].weak
    assert [
        r.title for r in cleanup.candidates(older_than_days=180, include_weak=False, today=today)
    ] == ["2025中秋礼盒"]
    assert fresh.uid not in {r.uid for r in cleanup.candidates(older_than_days=None)}
    assert [e.note for e in base.history(weak.uid) if e.action == "flag"] == ["互动率低于均值"]


def test_archive_in_bulk_is_one_audited_transaction_and_reversible(db, actor, people):
    a, b = _published_topic(actor, people, "甲"), _published_topic(actor, people, "乙")
    with pytest.raises(PermissionDenied):  # the editor may not; nothing was archived
        cleanup.archive(people.editor, [a.uid, b.uid])
    with pytest.raises(NotFound):  # an unknown uid aborts the whole batch
        cleanup.archive(people.lead, [a.uid, "no-such-topic"])
    assert Topic.by_uid(a.uid).archived_at is None
    assert cleanup.archive(people.lead, [a.uid, b.uid]) == 2
    assert cleanup.archive(people.lead, [a.uid]) == 0  # already archived
    assert backlog.count(backlog.BacklogQuery()) == 0
    assert {r.title for r in cleanup.archived()} == {"甲", "乙"}
    assert [(e.action, e.actor_name) for e in base.history(a.uid)][-1] == ("archive", "周敏")
    assert cleanup.unarchive(people.planner, [a.uid]) == 1
    assert [r.title for r in backlog.fetch(backlog.BacklogQuery(), 0, 10)] == ["甲"]
    assert base.history(a.uid)[-1].action == "unarchive"


# --- team-edited lists (R-5.3) ------------------------------------------------------------


def test_lists_are_seeded_and_edited_by_the_team(db, actor, people):
    assert options.labels(options.FORM) == ["图文", "短视频", "直播", "长文"]
    assert options.labels(options.CHANNEL)[:4] == ["微博", "微信公众号", "抖音", "小红书"]
    podcast = options.add_option(actor, options.FORM, "播客")
    assert options.labels(options.FORM)[-1] == "播客"
    with pytest.raises(ValidationError) as info:
        options.add_option(actor, options.FORM, " 播客 ")
    assert info.value.code == "option_duplicate"
    with pytest.raises(ValidationError):
        options.add_option(actor, options.CHANNEL, "快手，视频号")
    topic = editing.add_topic(actor, "茶园溯源", form="播客", channels=["抖音", "微博"])
    options.set_option_active(actor, podcast.uid, False)
    assert "播客" not in options.labels(options.FORM)
    with pytest.raises(ValidationError) as info:  # new topics cannot choose a hidden entry …
        editing.add_topic(actor, "另一个", form="播客")
    assert info.value.code == "option_unknown"
    editing.edit_topic(actor, topic.uid, None, notes="… but topics keep it")
    douyin = next(o for o in options.options(options.CHANNEL) if o.label == "抖音")
    options.rename_option(actor, douyin.uid, "抖音短视频", douyin.version)
    assert backlog.topic_row(topic.uid).channels == ("抖音短视频", "微博")
    ids = [o.uid for o in options.options(options.FORM, include_inactive=True)]
    options.reorder_options(actor, options.FORM, [ids[3], ids[0]])
    assert options.labels(options.FORM) == ["长文", "图文", "短视频", "直播"]


# --- sample data, wording, schema ---------------------------------------------------------


def test_demo_fills_topics_across_stages_once(db):
    from models import demo

    counts = demo.fill()
    assert counts["topics"] >= 30 and counts["drafts"] >= 10 and counts["publications"] >= 15
    assert demo.fill()["topics"] == 0
    columns = backlog.board(backlog.BacklogQuery())
    assert all(column.total > 0 for column in columns)
    assert schedule.calendar_month(2026, 11) and schedule.calendar_month(2026, 12)
    multi = [
        r for r in backlog.fetch(backlog.BacklogQuery(), 0, 100) if len(drafts.versions(r.uid)) >= 2
    ]
    assert len(multi) >= 3
    assert styleguide.get_guide().words_avoid
    assert cleanup.candidates(older_than_days=None)  # a weak one to retire


def test_every_topics_message_has_both_languages_with_the_same_placeholders():
    for module in pkgutil.iter_modules(models.topics.__path__, "models.topics."):
        importlib.import_module(module.name)
    fields = string.Formatter()
    codes = [
        c
        for c in messages.CATALOG
        if c.startswith(("topic_", "pub_", "draft_", "option_", "quick_"))
    ]
    assert len(codes) > 25
    for code in codes:
        en, zh = messages.CATALOG[code]
        assert en.strip() and zh.strip(), code
        assert {f for _, f, _, _ in fields.parse(en) if f} == {
            f for _, f, _, _ in fields.parse(zh) if f
        }, code
    for field in ("audience", "core_message", "outline", "channels", "url", "words_avoid"):
        assert messages.field_label(field, "zh_CN") != messages.field_label(field, "en")


def test_stage_labels_and_parsing(db):
    from models.topics.model import parse_priority, parse_source, parse_stage

    assert [s.label("zh_CN") for s in Stage] == [
        "选题",
        "策划",
        "撰写",
        "审核",
        "发布",
        "搁置",
        "废弃",
    ]
    assert parse_stage("制作") is Stage.WRITE and parse_stage("Parked") is Stage.PARKED
    assert parse_source("竞品") is not None and parse_priority("紧急") is not None
    assert parse_priority("1") is None  # a number would be ambiguous (P1 is high elsewhere)
