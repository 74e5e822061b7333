"""Reviews in workbooks (R-5.4, R-7.3): the review package out and back with a conflict, the
history export for a self-audit, and the read-only exchange kind ``reviews``."""

from __future__ import annotations

from datetime import datetime

import openpyxl
import pytest
from test_reviews_support import make_team, topic_in_writing

from models import base
from models.exchange import ImportFailed, export, get_kind, preview
from models.reviews import comments, history, hits, workflow
from models.reviews.comments import Passage
from models.reviews.package import export_package, is_package
from models.reviews.package_import import apply_package, read_package
from models.reviews.status import state
from models.topics import drafts

BODY_A = "冬至到了，一杯姜汁奶茶，把冬天喝暖。"
BODY_B = "双12会员专享券来啦！满30减8，当天有效。"


@pytest.fixture
def people(db, actor):
    return make_team(actor)


@pytest.fixture
def two_at_second_review(actor, people):
    a = topic_in_writing(actor, people, title="冬至限定", body=BODY_A)
    b = topic_in_writing(actor, people, title="双12领券", body=BODY_B)
    for topic in (a, b):
        workflow.submit(people.operator, topic.uid)
        workflow.approve(people.planner, topic.uid, draft_number=1)
    return a, b


def _columns(sheet) -> dict[str, int]:
    return {cell.value: cell.column for cell in sheet[1] if cell.value}


def _fill(path, items, notes):
    book = openpyxl.load_workbook(path)
    sheet = book["审核事项"]
    col = _columns(sheet)
    for row in range(2, sheet.max_row + 1):
        uid = sheet.cell(row, col["选题编号"]).value
        for header, value in items.get(uid, {}).items():
            sheet.cell(row, col[header]).value = value
    sheet = book["审核意见"]
    col = _columns(sheet)
    for row in range(2, sheet.max_row + 1):
        uid = sheet.cell(row, col["意见编号"]).value
        for header, value in notes.get(uid, {}).items():
            sheet.cell(row, col[header]).value = value
    for new in notes.get(None, []):
        row = sheet.max_row + 1
        for header, value in new.items():
            sheet.cell(row, col[header]).value = value
    book.save(path)


def test_a_package_goes_out_and_comes_back_with_a_conflict(tmp_path, people, two_at_second_review):
    """Merge by uid; a decision on a draft changed since the package is not applied."""
    a, b = two_at_second_review
    note = comments.add_comment(people.editor, a.uid, "语气再亲切些", passage=Passage(0, 4))
    comments.mark_addressed(people.operator, note.uid, "已调整")
    path = tmp_path / "审核包.xlsx"
    assert export_package(path, levels=["二审"], lang="zh_CN") == 2
    assert is_package(path) and not is_package(tmp_path / "missing.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[:4] == ["审核事项", "稿件", "审核意见", "填写说明"]
    assert book["_review_package"].sheet_state == "hidden"
    drafts_sheet = book["稿件"]
    assert {drafts_sheet.cell(r, 5).value for r in (2, 3)} == {BODY_A, BODY_B}
    drafts.save_draft(people.operator, b.uid, BODY_B + "每人限领1张。")  # changed meanwhile
    _fill(
        path,
        {
            a.uid: {"审核人": "刘洋", "决定": "通过", "决定时间": datetime(2026, 12, 2, 10, 0)},
            b.uid: {"审核人": "刘洋", "决定": "退回修改", "意见": "写明领取次数"},
        },
        {
            note.uid: {"状态": "已解决"},
            None: [
                {"选题编号": b.uid, "提出人": "刘洋", "意见": "券面写清楚", "引用原文": "满30减8"}
            ],
        },
    )
    found = read_package(path)
    assert found.errors == []
    assert [c.code for c in found.conflicts] == ["pkg_draft_changed"]
    assert "第 1 版" in found.conflicts[0].detail("zh_CN")
    assert sorted(x.kind for x in found.actions) == ["accept", "comment", "decision"]
    done = apply_package(found, people.lead)
    assert len(done.applied) == 3 and len(done.conflicts) == 1
    assert "3" in done.message("zh_CN")
    now_a = state(a.uid)
    assert now_a.pending.name == "合规/法务"
    assert now_a.levels[1].decided_at == datetime(2026, 12, 2, 10, 0)  # the reviewer's time
    assert state(b.uid).pending.name == "初审" and state(b.uid).draft_number == 2  # re-review
    assert comments.comment(note.uid).status == "resolved"
    new = [c for c in comments.comments(b.uid) if c.body == "券面写清楚"]
    assert new[0].quote == "满30减8" and new[0].draft_number == 1
    audit = base.AuditEntry.select().where(base.AuditEntry.action == "review_package").get()
    assert audit.actor_name == "周敏" and "1 conflicts" in audit.note


def test_a_package_row_in_error_stops_the_import_unless_skipped(
    tmp_path, people, two_at_second_review
):
    a, b = two_at_second_review
    path = tmp_path / "p.xlsx"
    export_package(path, lang="zh_CN")
    _fill(
        path,
        {
            a.uid: {"审核人": "外包小王", "决定": "通过"},
            b.uid: {"审核人": "张伟", "决定": "通过"},  # signed 初审 already
        },
        {},
    )
    found = read_package(path)
    assert [e.code for e in found.errors] == ["pkg_unknown_member", "pkg_refused"]
    assert "外包小王" in found.errors[0].message("zh_CN")
    assert found.errors[0].sheet == "审核事项" and found.errors[0].row == 2
    with pytest.raises(ImportFailed):
        apply_package(found, people.lead)
    assert apply_package(found, people.lead, skip_errors=True).applied == []


def test_history_exports_for_a_self_audit(tmp_path, actor, people):
    topic = topic_in_writing(actor, people, body="全城最佳的姜汁奶茶")
    workflow.submit(people.operator, topic.uid)
    workflow.approve(people.planner, topic.uid, draft_number=1)
    workflow.approve(people.editor, topic.uid, draft_number=1)
    hit = hits.check_topic(topic.uid).open_blocking[0].hit
    hits.waive(people.compliance, topic.uid, hit.field, hit.key, "第三方评测报告已存档")
    workflow.approve(people.compliance, topic.uid, draft_number=1)
    events = [e.event for e in history.history(topic.uid)]
    assert events[-5:] == ["submitted", "approved", "approved", "hit_waived", "approved"]
    assert events[:3] == ["stage_moved"] * 3
    path = history.export_history(tmp_path / "自查.xlsx", lang="zh_CN")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["审核记录", "豁免记录"]
    rows = list(book["审核记录"].iter_rows(values_only=True))
    assert rows[0][:4] == ("时间", "选题", "稿件版本", "事件")
    assert ("豁免广告法禁用词", "杨帆") in {(r[3], r[5]) for r in rows[1:]}
    assert "撰写 → 审核" in {r[6] for r in rows[1:]}
    waivers = list(book["豁免记录"].iter_rows(values_only=True))
    assert waivers[1][:5] == (
        "冬至限定·姜汁奶茶上市",
        "正文",
        "最佳",
        "最佳",
        "第三方评测报告已存档",
    )
    later = history.audit_trail(since=datetime(2100, 1, 1))
    assert later == []


def test_the_reviews_kind_exports_decisions_comments_and_waivers_and_refuses_imports(
    tmp_path, actor, people
):
    topic = topic_in_writing(actor, people)
    workflow.submit(people.operator, topic.uid)
    workflow.approve(people.planner, topic.uid, draft_number=1)
    workflow.request_changes(people.editor, topic.uid, draft_number=1, comment="补充时间")
    drafts.save_draft(people.operator, topic.uid, "补充了时间")
    workflow.submit(people.operator, topic.uid)  # carries 初审: not a second row
    path = tmp_path / "reviews.xlsx"
    assert export(get_kind("reviews"), path, "zh_CN") == 3
    rows = list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))
    assert rows[0][:6] == ("选题", "稿件版本", "审核级别", "类型", "人员", "结果")
    assert sorted(r[3:6] for r in rows[1:]) == [
        ("审核决定", "刘洋", "退回修改"),
        ("审核决定", "张伟", "通过"),
        ("审核意见", "刘洋", "待处理"),
    ]
    back = preview(path)
    assert back.errors and {e.code for e in back.errors} == {"reviews_read_only"}
