"""导出审核包 / 导入审核包 through the actions (R-5.4, working across machines): the package
goes out, comes back filled in, the preview shows a conflict that is not applied, nothing is
written before 导入, and then everything in one go."""

from __future__ import annotations

from datetime import datetime

import openpyxl
import pytest
from test_tools_support import (
    Said,
    answer_open,
    answer_save,
    at_second_review,
    make_team,
    tools_on_page,
    wait_task,
)

from models import base
from models.reviews import comments
from models.reviews.status import state
from models.topics import drafts
from ui.reviews.package_export import PackageLevelsDialog
from ui.reviews.package_preview import PackagePreviewDialog

BODY_A = "冬至到了，一杯姜汁奶茶，把冬天喝暖。"
BODY_B = "双12会员专享券来啦！满30减8，当天有效。"


@pytest.fixture
def people(db, actor, me):
    return make_team(actor, me)


@pytest.fixture
def tools(qtbot, settings, session, people):
    page, found = tools_on_page(qtbot, settings, session)
    yield found
    del page


@pytest.fixture
def said(monkeypatch) -> Said:
    return Said(monkeypatch)


@pytest.fixture
def two(actor, people):
    return (
        at_second_review(actor, people, "冬至限定", BODY_A),
        at_second_review(actor, people, "双12领券", BODY_B),
    )


def export_through_action(qtbot, tools, monkeypatch, path) -> PackageLevelsDialog:
    answer_save(monkeypatch, path)
    tools.package_export_action.trigger()
    dialog = tools.dialog
    assert isinstance(dialog, PackageLevelsDialog) and dialog.isVisible()
    assert list(dialog.boxes) == ["二审"] and dialog.count() == 2
    dialog.buttons.accepted.emit()
    wait_task(qtbot, tools.task)
    assert tools.task.result == 2
    return dialog


def fill(path, items: dict, new_comments: list[dict]) -> None:
    """What the reviewer writes into the package in Excel or WPS."""
    book = openpyxl.load_workbook(path)
    sheet = book["审核事项"]
    col = {c.value: c.column for c in sheet[1]}
    for row in range(2, sheet.max_row + 1):
        for header, value in items.get(sheet.cell(row, col["选题编号"]).value, {}).items():
            sheet.cell(row, col[header]).value = value
    notes = book["审核意见"]
    col = {c.value: c.column for c in notes[1]}
    for new in new_comments:
        row = notes.max_row + 1
        for header, value in new.items():
            notes.cell(row, col[header]).value = value
    book.save(path)


def import_through_action(qtbot, tools, monkeypatch, path) -> PackagePreviewDialog:
    answer_open(monkeypatch, path)
    tools.package_import_action.trigger()
    wait_task(qtbot, tools.task)
    dialog = tools.dialog
    assert isinstance(dialog, PackagePreviewDialog) and dialog.isVisible()
    return dialog


def test_a_package_round_trip_shows_the_conflict_and_does_not_apply_it(
    qtbot, zh, tools, two, people, said, tmp_path, monkeypatch
):
    a, b = two
    path = tmp_path / "审核包.xlsx"
    export_through_action(qtbot, tools, monkeypatch, path)
    assert openpyxl.load_workbook(path).sheetnames[:3] == ["审核事项", "稿件", "审核意见"]

    drafts.save_draft(people.operator, b.uid, BODY_B + "每人限领1张。")  # changed meanwhile
    fill(
        path,
        {
            a.uid: {"审核人": "刘洋", "决定": "通过", "决定时间": datetime(2026, 12, 2, 10, 0)},
            b.uid: {"审核人": "刘洋", "决定": "退回修改", "意见": "写明领取次数"},
        },
        [{"选题编号": b.uid, "提出人": "刘洋", "意见": "券面写清楚", "引用原文": "满30减8"}],
    )
    audit_before = base.AuditEntry.select().count()
    dialog = import_through_action(qtbot, tools, monkeypatch, path)

    assert dialog.actions_table.rowCount() == 2
    changes = {dialog.actions_table.item(r, 1).text() for r in range(2)}
    assert changes == {"「二审」决定：通过", "新意见"}
    assert dialog.conflicts_table.rowCount() == 1
    why = dialog.conflicts_table.item(0, 1).text()
    assert "双12领券" in why and "未生效" in why
    assert dialog.tabs.tabText(1) == "冲突，不应用（1）"
    assert "尚未写入" in dialog.summary.text()
    # nothing written before the user confirms
    assert base.AuditEntry.select().count() == audit_before
    assert state(a.uid).pending.name == "二审" and comments.comments(b.uid) == []

    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    wait_task(qtbot, dialog.task)
    assert not dialog.isVisible()
    assert dialog.package_result is not None and len(dialog.package_result.applied) == 2
    assert said.info and "1 项冲突未应用" in said.info[0]
    now_a = state(a.uid)
    assert now_a.pending.name == "合规/法务"
    assert now_a.levels[1].reviewer_name == "刘洋"
    assert now_a.levels[1].decided_at == datetime(2026, 12, 2, 10, 0)  # the reviewer's time
    # a comment is merged even on the changed draft: it quotes the version the reviewer read
    assert [(c.body, c.draft_number) for c in comments.comments(b.uid)] == [("券面写清楚", 1)]
    # the conflict was not applied: B's new version waits for review, no 退回修改 on it
    assert state(b.uid).status == "open" and state(b.uid).draft_number == 2
    assert all(lv.state != "changes" for lv in state(b.uid).levels)
    imports = base.AuditEntry.select().where(base.AuditEntry.action == "review_package")
    assert [e.actor_name for e in imports] == ["周敏"]


def test_rows_in_error_hold_the_import_until_skipped(
    qtbot, zh, tools, two, people, said, tmp_path, monkeypatch
):
    a, b = two
    path = tmp_path / "p.xlsx"
    export_through_action(qtbot, tools, monkeypatch, path)
    fill(
        path,
        {
            a.uid: {"审核人": "外包小王", "决定": "通过"},
            b.uid: {"审核人": "刘洋", "决定": "通过"},
        },
        [],
    )
    dialog = import_through_action(qtbot, tools, monkeypatch, path)
    assert dialog.errors_table.rowCount() == 1
    assert "审核事项 第 2 行" in dialog.errors_table.item(0, 0).text()
    assert "外包小王" in dialog.errors_table.item(0, 1).text()
    assert dialog.skip_box.isVisible() and not dialog.import_button.isEnabled()
    dialog.skip_box.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    wait_task(qtbot, dialog.task)
    assert state(b.uid).pending.name == "合规/法务"
    assert state(a.uid).pending.name == "二审"


def test_a_workbook_that_is_not_a_package_is_refused_in_words(
    qtbot, zh, tools, two, said, tmp_path, monkeypatch
):
    path = tmp_path / "名单.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["姓名", "角色"])
    book.save(path)
    answer_open(monkeypatch, path)
    tools.package_import_action.trigger()
    wait_task(qtbot, tools.task)
    assert tools.task.outcome == "error"
    assert said.errors and "不是审核包" in said.errors[0]
    assert not isinstance(tools.dialog, PackagePreviewDialog)


def test_nothing_waiting_means_no_package(qtbot, zh, tools, said):
    assert tools.ask_package() is None
    assert said.info == ["目前没有待审事项，无需导出审核包。"]
