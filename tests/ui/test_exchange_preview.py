"""Importing workbooks through the preview dialog: rows, errors, re-mapping, kinds, cancel."""

from __future__ import annotations

from datetime import date

import pytest
from exchange_support import (
    ROSTER,
    ROSTER_NAMES,
    Said,
    busy_pool,
    import_now,
    open_through_menu,
    patch_messages,
    wait_task,
    workbook,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from models import team
from models.base import AuditEntry
from models.exchange import ImportMapping, RowStatus, SheetStatus
from models.team import Role
from ui.exchange.row_text import STATUS_ROLE
from ui.team_page import TeamPage


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> Said:
    return patch_messages(monkeypatch)


def names() -> set[str]:
    return {m.name for m in team.list_members()}


def column_of(dialog, header: str) -> int:
    model = dialog.rows_model
    found = [c for c in range(model.columnCount()) if model.headerData(c, Qt.Horizontal) == header]
    assert found, f"no column {header}"
    return found[0]


def test_roster_imports_seven_members_through_the_menu(
    qtbot, me, window, said, monkeypatch, fixtures_dir
):
    page = window.pages[0]
    assert isinstance(page, TeamPage) and page.model.rowCount() == 1  # 周敏, who I am
    dialog = open_through_menu(qtbot, window, monkeypatch, fixtures_dir / ROSTER)
    assert dialog.preview is not None and dialog.preview.counts()["new"] == 6
    assert dialog.preview.counts()["update"] == 1  # 周敏 is here already
    assert "6" in dialog.counts_label.text()
    assert team.count() == 1  # the preview wrote nothing

    result = import_now(qtbot, dialog)
    assert (result.created, result.updated) == (6, 1)
    assert names() == ROSTER_NAMES
    lina = team.find_by_name("李娜")
    assert lina is not None and lina.role_list == [Role.CONTENT_PLANNER, Role.DATA_ANALYST]
    chen = team.find_by_name("陈静")
    assert chen is not None and chen.joined_on == date(2023, 3, 15)  # a serial number in Excel
    liu = team.find_by_name("刘洋")
    assert liu is not None and not liu.active
    writers = {e.actor_name for e in AuditEntry.select().where(AuditEntry.note.contains("import"))}
    assert writers == {"周敏"}  # every write names the session's member
    assert page.model.rowCount() == 7  # the page re-read itself after the import
    assert said.info and "6" in said.info[0]  # the summary: created, updated, skipped


BAD_DATE_ROWS = [
    ["姓名", "角色", "入职日期"],
    ["张伟", "内容策划", "2023-03-01"],
    ["王芳", "渠道运营", "2026-13-01"],  # row 3: no 13th month
    ["李娜", "数据分析", "2022/9/1"],
]


def test_error_row_blocks_import_until_skipped(qtbot, me, window, said, zh, tmp_path, monkeypatch):
    path = workbook(tmp_path / "bad.xlsx", BAD_DATE_ROWS)
    dialog = open_through_menu(qtbot, window, monkeypatch, path)
    model = dialog.rows_model
    error_rows = [r for r in range(model.rowCount()) if model.row_at(r).status is RowStatus.ERROR]
    assert [model.row_at(r).row for r in error_rows] == [3]
    details = model.index(error_rows[0], column_of(dialog, "导入结果 / 错误说明")).data()
    assert details == "工作表「团队成员」第 3 行「入职日期」：无法识别的日期“2026-13-01”"
    status = model.index(error_rows[0], 1)
    assert status.data() == "错误" and status.data(Qt.ForegroundRole) is not None
    assert "错误 <b>1</b>" in dialog.counts_label.text()

    dialog.only_problems_box.setChecked(True)
    assert dialog.proxy.rowCount() == 1
    assert dialog.proxy.index(0, 0).data() == "3"

    assert not dialog.import_button.isEnabled()
    assert "1" in dialog.state_label.text()
    dialog.skip_errors_box.setChecked(True)
    result = import_now(qtbot, dialog)
    assert (result.created, result.skipped) == (2, 1)
    assert names() == {"周敏", "张伟", "李娜"}


def test_remapping_a_column_changes_the_preview_and_is_remembered(
    qtbot, me, window, said, monkeypatch, fixtures_dir
):
    dialog = open_through_menu(qtbot, window, monkeypatch, fixtures_dir / ROSTER)
    headers = [dialog.rows_model.headerData(c, Qt.Horizontal) for c in range(10)]
    assert "Email" in headers and "Notes" not in headers
    with qtbot.waitSignal(dialog.preview_shown, timeout=10_000):
        dialog.mapping.map_column("C", "notes")  # 邮箱 → 备注, as a user's combo choice
    sheet = dialog.preview.sheets[0]
    assert {c.letter: c.field for c in sheet.columns}["C"] == "notes"
    headers = [dialog.rows_model.headerData(c, Qt.Horizontal) for c in range(10)]
    assert "Notes" in headers and "Email" not in headers
    assert dialog.mapping.field_of("C") == "notes"
    import_now(qtbot, dialog)
    zhang = team.find_by_name("张伟")
    assert zhang is not None and zhang.notes == "zhangwei@example.com" and zhang.email == ""
    assert ImportMapping.select().count() == 1  # used for the next file with these headers


def test_choosing_a_kind_for_an_unknown_sheet_and_leaving_one_out(
    qtbot, me, window, said, tmp_path, monkeypatch
):
    path = workbook(tmp_path / "odd.xlsx", [["花名", "分工"], ["张伟", "编辑"]], title="Sheet1")
    dialog = open_through_menu(qtbot, window, monkeypatch, path)
    assert dialog.preview.sheets[0].status is SheetStatus.NO_KIND
    assert not dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.preview_shown, timeout=10_000):
        dialog.sheets.choose_kind("Sheet1", "members")
    assert dialog.preview.sheets[0].problems  # 姓名 and 角色 are not mapped yet
    assert dialog.sheet_note.isVisible() and "Name" in dialog.sheet_note.text()
    with qtbot.waitSignal(dialog.preview_shown, timeout=10_000):
        dialog.mapping.map_column("A", "name")
    with qtbot.waitSignal(dialog.preview_shown, timeout=10_000):
        dialog.mapping.map_column("B", "roles")
    assert dialog.preview.is_clean and dialog.import_button.isEnabled()

    with qtbot.waitSignal(dialog.preview_shown, timeout=10_000):
        dialog.sheets.choose_kind("Sheet1", None)  # leave the sheet out
    assert dialog.preview.sheets[0].status is SheetStatus.SKIPPED
    assert not dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.preview_shown, timeout=10_000):
        dialog.sheets.choose_kind("Sheet1", "members")
    with qtbot.waitSignal(dialog.preview_shown, timeout=10_000):
        dialog.mapping.map_column("A", "name")
    with qtbot.waitSignal(dialog.preview_shown, timeout=10_000):
        dialog.mapping.map_column("B", "roles")
    import_now(qtbot, dialog)
    zhang = team.find_by_name("张伟")
    assert zhang is not None and zhang.role_list == [Role.EDITOR]


@pytest.mark.parametrize("how", ["progress dialog", "preview dialog"])
def test_cancelled_import_changes_nothing(qtbot, me, window, said, monkeypatch, fixtures_dir, how):
    dialog = open_through_menu(qtbot, window, monkeypatch, fixtures_dir / ROSTER)
    before = (team.count(), AuditEntry.select().count())
    with busy_pool():  # the import waits in the queue until Cancel was pressed
        task = dialog.start_import()
        assert task is not None
        if how == "progress dialog":
            cancel = task.dialog.findChild(QPushButton)
            assert cancel is not None
            cancel.click()  # the progress dialog's Cancel
        else:
            dialog.close_button.click()  # stops the import, not the dialog
    wait_task(qtbot, task)
    assert task.outcome == "cancelled"
    assert (team.count(), AuditEntry.select().count()) == before
    assert dialog.isVisible() and dialog.import_button.isEnabled()  # the user may try again
    assert dialog.state_label.text() == "Cancelled; nothing was changed."


def test_stale_preview_is_said_and_previewed_again(
    qtbot, me, window, said, actor, monkeypatch, fixtures_dir
):
    dialog = open_through_menu(qtbot, window, monkeypatch, fixtures_dir / ROSTER)
    zhou = team.get(me.uid)
    team.edit_member(actor, me.uid, zhou.version, phone="13900000000")  # someone else, now
    with qtbot.waitSignal(dialog.preview_shown, timeout=10_000):
        dialog.import_button.click()
    assert said.errors and "Preview the file again" in said.errors[0]
    assert team.count() == 1  # nothing was imported
    rows = [dialog.rows_model.index(r, 1).data(STATUS_ROLE) for r in range(7)]
    assert rows.count(RowStatus.NEW) == 6
    import_now(qtbot, dialog)
    assert names() == ROSTER_NAMES
    assert team.get(me.uid).phone == "13900000000"  # the roster has no phone column
