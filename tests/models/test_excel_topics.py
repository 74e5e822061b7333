"""Topics and publications in workbooks (R-5.2, R-5.5): templates, round trips, and the
stage and publishing rules a file cannot get round."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

import models
from models import db as dbmod
from models import team
from models.base import Actor, AuditEntry
from models.exchange import RowStatus, apply, export, get_kind, preview, write_template
from models.team import Role
from models.topics import backlog, editing, publishing
from models.topics.backlog_query import BacklogQuery
from models.topics.model import Priority, Publication, PubStatus, Source, Stage, Topic


def workbook(path: Path, title: str, rows: list[list[Any]]) -> Path:
    book = openpyxl.Workbook()
    book.active.title = title
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def lists_of(path: Path, sheet_name: str) -> dict[str, list[str]]:
    """Header → the values of its drop-down, as Excel would offer them."""
    book = openpyxl.load_workbook(path)
    sheet, holder = book[sheet_name], book["_lists"]
    headers = {c.column_letter: c.value for c in sheet[1]}
    out = {}
    for v in sheet.data_validations.dataValidation:
        if v.type == "list":
            letter = str(v.sqref).split(":")[0].rstrip("0123456789")
            source = v.formula1.split("!")[1].replace("$", "")
            out[headers[letter]] = [c.value for row in holder[source] for c in row]
    return out


def rows_of(path: Path) -> list[tuple[Any, ...]]:
    """An export's cells without the version token (its count differs per machine)."""
    sheet = openpyxl.load_workbook(path, read_only=True).active
    return [row[:-1] for row in sheet.iter_rows(values_only=True)]


@pytest.fixture
def people(db: Any, actor: Actor) -> dict[str, Any]:
    return {
        "zhang": team.add_member(actor, "张伟", [Role.CONTENT_PLANNER]),
        "wang": team.add_member(actor, "王芳", [Role.CHANNEL_OPERATOR]),
        "wu": team.add_member(actor, "吴强", [Role.EDITOR], active=False),
    }


def test_templates_have_the_drop_downs(
    people: dict[str, Any], tmp_path: Path, actor: Actor
) -> None:
    editing.add_topic(actor, "周报")
    editing.add_topic(actor, "周报")
    dropped = editing.add_topic(actor, "不做了")
    Topic.update(stage=int(Stage.DROPPED)).where(Topic.uid == dropped.uid).execute()
    topics = lists_of(write_template(get_kind("topics"), tmp_path / "t.xlsx", "zh_CN"), "选题库")
    assert topics["来源"] == ["用户需求", "市场热点", "竞品动态", "营销目标", "其他"]
    assert topics["内容形式"] == ["图文", "短视频", "直播", "长文"]  # the team's list
    assert "小红书" in topics["计划渠道"] and topics["优先级"] == ["低", "中", "高"]
    assert topics["负责人"] == ["张伟", "王芳"]  # 吴强 has left: not offered
    path = write_template(get_kind("publications"), tmp_path / "p.xlsx", "zh_CN")
    publications = lists_of(path, "发布计划")
    assert publications["状态"] == ["计划中", "已发布", "已取消"]
    weekly = sorted(publications["选题"])
    assert len(weekly) == 2 and all(label.startswith("周报（#") for label in weekly)
    assert "不做了" not in publications["选题"]  # dropped: nothing can be planned for it


def _topics_and_publications(actor: Actor, people: dict[str, Any]) -> Topic:
    """Three topics (one past 选题), a planned and a cancelled publication; returns the first."""
    idea = editing.add_topic(
        actor,
        "防晒霜怎么选",
        source=Source.USER_NEED,
        keywords="防晒、SPF",
        audience="25-35 岁女性",
        form="图文",
        channels=["小红书", "微信公众号"],
        priority=Priority.HIGH,
        owner_uid=people["zhang"].uid,
        due_on=date(2026, 12, 1),
        tags="种草",
        notes="第一行\n=第二行",
    )
    editing.add_topic(actor, "=公式开头的标题")
    editing.add_topic(
        actor, "618 预热", stage=Stage.PLAN, form="短视频", owner_uid=people["wang"].uid
    )
    publishing.add_publication(
        actor, idea.uid, "小红书", datetime(2026, 12, 1, 20), title="选对防晒"
    )
    cancelled = publishing.add_publication(
        actor, idea.uid, "抖音", date(2026, 12, 2), hashtags="防晒"
    )
    publishing.cancel_publication(actor, cancelled.uid)
    return idea


def test_export_import_into_an_empty_database_export_again(
    people: dict[str, Any], tmp_path: Path, actor: Actor
) -> None:
    idea = _topics_and_publications(actor, people)
    names = ("members", "topics", "publications")
    for name in names:
        export(get_kind(name), tmp_path / f"{name}.xlsx", "zh_CN")
    models.open(tmp_path / "other.db")  # another machine, nothing in it
    try:
        for name in names:  # members before the topics they own, topics before publications
            result = preview(tmp_path / f"{name}.xlsx")
            assert result.is_clean, [e.message("zh_CN") for e in result.errors]
            apply(result, actor)
            export(get_kind(name), tmp_path / f"{name}-again.xlsx", "zh_CN")
        assert rows_of(tmp_path / "publications-again.xlsx") == rows_of(
            tmp_path / "publications.xlsx"
        )
        before, after = rows_of(tmp_path / "topics.xlsx"), rows_of(tmp_path / "topics-again.xlsx")
        assert before[0][-2] == "阶段" and before[1:] != after[1:]
        but_stage = [(*r[:-2], r[-1]) for r in before]  # the last column is the ID
        assert [(*r[:-2], r[-1]) for r in after] == but_stage
        stages = {r[0]: r[-2] for r in after[1:]}
        assert stages == {"防晒霜怎么选": "选题", "=公式开头的标题": "选题", "618 预热": "选题"}
        copied = Topic.get(Topic.uid == idea.uid)  # same record, same ID
        assert copied.channels == ",小红书,微信公众号," and copied.notes == "第一行\n=第二行"
        assert backlog.count(BacklogQuery(search="spf")) == 1  # the search text was built
        assert backlog.count(BacklogQuery(search="第二行")) == 1
        audited = AuditEntry.select().where(AuditEntry.table == "topic").count()
        assert audited == 3
    finally:
        dbmod.close()


def test_the_stage_column_moves_nothing(
    people: dict[str, Any], tmp_path: Path, actor: Actor
) -> None:
    topic = editing.add_topic(actor, "双11 攻略", form="图文")
    path = tmp_path / "t.xlsx"
    export(get_kind("topics"), path, "zh_CN")
    book = openpyxl.load_workbook(path)
    sheet = book.active
    headers = [c.value for c in sheet[1]]
    sheet.cell(2, headers.index("阶段") + 1, "发布")
    sheet.cell(2, headers.index("优先级") + 1, "高")
    sheet.append(["新选题", None, None, None, None, None, None, None, None, None, None, "审核"])
    sheet.append(["新选题", None, None, None, None, None, None, None, None, None, None, "胡乱写"])
    book.save(path)
    result = preview(path)
    assert result.is_clean, [e.message("zh_CN") for e in result.errors]
    changed, first, second = result.sheets[0].rows
    assert changed.status is RowStatus.UPDATE
    assert [c.field for c in changed.changes] == ["priority"]  # not the stage
    assert first.status is second.status is RowStatus.NEW  # titles may repeat: ID-only match
    apply(result, actor)
    assert Topic.get(Topic.uid == topic.uid).stage == Stage.IDEA
    assert Topic.get(Topic.uid == topic.uid).priority == Priority.HIGH
    assert {t.stage for t in Topic.select().where(Topic.title == "新选题")} == {Stage.IDEA}


def test_bad_values_name_sheet_row_and_column_in_chinese(
    people: dict[str, Any], tmp_path: Path
) -> None:
    path = workbook(
        tmp_path / "t.xlsx",
        "选题",
        [
            ["标题", "负责人", "优先级", "内容形式", "计划渠道", "截止日期"],
            ["A", "李雷", "高", "图文", "小红书", "2026-12-01"],
            ["B", "张伟", "特急", "播客", "小红书、脸书", "2026-13-01"],
            ["C", "吴强", "低", "长文", None, None],  # 吴强 has left: older topics stay valid
        ],
    )
    messages = [e.full_message("zh_CN") for e in preview(path).errors]
    assert messages == [
        "工作表「选题」第 2 行「负责人」：没有名为“李雷”的成员",
        "工作表「选题」第 3 行「优先级」：“特急”不在可选值中：低、中、高",
        "工作表「选题」第 3 行「内容形式」：“播客”不在团队列表中，"
        "请先在“选题库 › 形式与渠道…”中添加",
        "工作表「选题」第 3 行「计划渠道」：“脸书”不在团队列表中，"
        "请先在“选题库 › 形式与渠道…”中添加",
        "工作表「选题」第 3 行「截止日期」：无法识别的日期“2026-13-01”",
    ]


def test_publications_follow_the_publishing_rules(
    people: dict[str, Any], tmp_path: Path, actor: Actor
) -> None:
    live = editing.add_topic(
        actor, "已审核的选题", stage=Stage.PUBLISH, form="图文", owner_uid=people["wang"].uid
    )
    editing.add_topic(actor, "还在策划的选题")
    path = workbook(
        tmp_path / "p.xlsx",
        "发布计划",
        [
            ["选题", "渠道", "计划发布时间", "状态", "链接"],
            ["还在策划的选题", "小红书", "2026-12-01 20:00", "已发布", "https://x.cn/1"],
            ["已审核的选题", "微博", "2026-12-01 20:00", "已发布", None],
            ["已审核的选题", "抖音", "2026-12-01 20:00", "已发布", "www.douyin.com/1"],
            ["没有这个选题", "抖音", "2026-12-01", None, None],
            ["已审核的选题", "小红书", "2026/12/1 20:00", "已发布", "https://x.cn/2"],
        ],
    )
    result = preview(path)
    assert [e.full_message("zh_CN") for e in result.errors] == [
        "工作表「发布计划」第 2 行「状态」：“还在策划的选题”尚未进入「发布」阶段，需先通过审核。",
        "工作表「发布计划」第 3 行「链接」：标记为已发布前，请先填写已发布内容的链接（URL）。",
        "工作表「发布计划」第 4 行「链接」：“www.douyin.com/1”不是有效的网址，"
        "应以 http:// 或 https:// 开头。",
        "工作表「发布计划」第 5 行「选题」：没有标题为“没有这个选题”的选题；"
        "请先添加该选题（先导入选题表，再导入本表）",
    ]
    apply(result, actor, skip_errors=True)
    (done,) = publishing.publications_of(live.uid)
    assert done.status is PubStatus.PUBLISHED and done.url == "https://x.cn/2"
    assert done.published_at is not None
    back = workbook(
        tmp_path / "back.xlsx",
        "发布计划",
        [
            ["选题", "渠道", "计划发布时间", "状态", "链接"],
            ["已审核的选题", "小红书", "2026-12-01 20:00", "计划中", "https://x.cn/2"],
        ],
    )
    (error,) = preview(back).errors
    assert error.full_message("zh_CN") == (
        "工作表「发布计划」第 2 行「状态」：该发布当前状态为“已发布”，不能执行此操作。"
    )


def test_topics_sharing_a_title_are_told_apart_by_their_id(
    people: dict[str, Any], tmp_path: Path, actor: Actor
) -> None:
    first = editing.add_topic(actor, "周报")
    editing.add_topic(actor, "周报")
    publishing.add_publication(actor, first.uid, "微博", datetime(2026, 12, 4, 9))
    path = tmp_path / "p.xlsx"
    export(get_kind("publications"), path, "zh_CN")
    label = rows_of(path)[1][0]
    assert label == f"周报（#{first.uid[:8]}）"
    assert preview(path).sheets[0].rows[0].status is RowStatus.UNCHANGED
    plain = workbook(
        tmp_path / "plain.xlsx",
        "发布计划",
        [["选题", "渠道", "计划发布时间"], ["周报", "知乎", "2026-12-05 09:00"]],
    )
    (error,) = preview(plain).errors
    assert error.code == "topic_title_ambiguous" and "有 2 个选题标题都是“周报”" in error.detail(
        "zh_CN"
    )
    assert Publication.select().count() == 1


def test_an_owner_with_another_row_id_on_the_other_machine_is_no_conflict(
    people: dict[str, Any], tmp_path: Path, actor: Actor
) -> None:
    # The version token's fingerprint names the owner by uid, not by the local row id.
    editing.add_topic(actor, "防晒霜怎么选", owner_uid=people["wang"].uid, form="图文")
    export(get_kind("members"), tmp_path / "members.xlsx", "zh_CN")
    export(get_kind("topics"), tmp_path / "topics.xlsx", "zh_CN")
    models.open(tmp_path / "other.db")
    try:
        team.add_member(actor, "先来的人", [Role.EDITOR])  # the ids here are shifted by one
        for name in ("members", "topics"):
            apply(preview(tmp_path / f"{name}.xlsx"), actor)
        book = openpyxl.load_workbook(tmp_path / "topics.xlsx")
        book.active["A2"] = "防晒霜怎么选（修订）"
        book.save(tmp_path / "edited.xlsx")
        row = preview(tmp_path / "edited.xlsx").sheets[0].rows[0]
        assert row.status is RowStatus.UPDATE, row.status
        assert "title" in [c.field for c in row.changes]
    finally:
        dbmod.close()
