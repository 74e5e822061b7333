"""Conflicts, the annotated copy, templates, exports, dropped and refused files."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from exchange_support import (
    ROSTER,
    Said,
    answer_save,
    busy_pool,
    import_now,
    open_through_menu,
    patch_messages,
    wait_task,
    workbook,
)
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from models import team
from models.exchange import RowStatus, export, get_kind
from models.team import Role
from ui.exchange import PreviewDialog
from ui.exchange.kind_dialog import KindDialog
from ui.exchange.row_text import STATUS_ROLE


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> Said:
    return patch_messages(monkeypatch)


def exported_then_changed_on_both_sides(tmp_path: Path, actor) -> Path:
    """An export whose rows 张伟 and 王芳 were edited in Excel AND here since."""
    team.add_member(actor, "张伟", [Role.EDITOR], email="zhang@example.com")
    team.add_member(actor, "王芳", [Role.EDITOR], email="wang@example.com")
    path = tmp_path / "team.xlsx"
    export(get_kind("members"), path, "zh_CN")
    for name in ("张伟", "王芳"):
        member = team.find_by_name(name)
        assert member is not None
        team.edit_member(actor, member.uid, member.version, department="品牌部")
    book = openpyxl.load_workbook(path)
    sheet = book.active
    email = [c.value for c in sheet[1]].index("邮箱")
    for row in sheet.iter_rows(min_row=2):
        if row[0].value in ("张伟", "王芳"):
            row[email].value = f"{row[0].value}@file.example.com"
    book.save(path)
    return path


def test_conflict_row_takes_the_file_values_when_chosen(
    qtbot, qtmodeltester, me, window, said, actor, monkeypatch, tmp_path
):
    path = exported_then_changed_on_both_sides(tmp_path, actor)
    dialog = open_through_menu(qtbot, window, monkeypatch, path)
    model = dialog.rows_model
    qtmodeltester.check(model)
    conflicts = {
        model.row_at(r).values["name"]: r
        for r in range(model.rowCount())
        if model.index(r, 0).data(STATUS_ROLE) == RowStatus.CONFLICT
    }
    assert set(conflicts) == {"张伟", "王芳"}
    choice = 2  # row, status, then the conflict's choice
    assert model.headerData(choice, Qt.Horizontal) == "Take the file’s"
    dialog.take_all_button.click()
    assert model.index(conflicts["王芳"], choice).data() == "Take the file’s"
    dialog.keep_all_button.click()
    assert model.index(conflicts["王芳"], choice).data() == "Keep mine"
    assert "Changed here as well since the export" in model.details(model.row_at(conflicts["张伟"]))

    index = model.index(conflicts["张伟"], choice)
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.CheckStateRole)
    assert index.data(Qt.CheckStateRole) == Qt.CheckState.Checked
    result = import_now(qtbot, dialog)
    assert (result.conflicts_taken, result.conflicts_kept) == (1, 1)
    zhang, wang = team.find_by_name("张伟"), team.find_by_name("王芳")
    assert zhang is not None and wang is not None
    assert (zhang.email, zhang.department) == ("张伟@file.example.com", "")  # the file's row
    assert (wang.email, wang.department) == ("wang@example.com", "品牌部")  # kept as here


def test_annotated_copy_marks_the_bad_cell(qtbot, me, window, said, monkeypatch, tmp_path):
    rows = [["姓名", "角色", "入职日期"], ["张伟", "编辑", "2023-03-01"], ["王芳", "编辑", "明天"]]
    dialog = open_through_menu(qtbot, window, monkeypatch, workbook(tmp_path / "in.xlsx", rows))
    assert dialog.annotate_button.isEnabled()
    out = tmp_path / "marked"  # the user typed no extension
    suggested = answer_save(monkeypatch, out)
    dialog.annotate_button.click()
    wait_task(qtbot, dialog.task)
    assert suggested and suggested[0].endswith(".xlsx") and "in" in Path(suggested[0]).name
    book = openpyxl.load_workbook(tmp_path / "marked.xlsx")
    cell = book["团队成员"]["C3"]
    assert cell.comment is not None and "明天" in cell.comment.text
    assert book["团队成员"]["C2"].comment is None
    assert said.questions and "marked.xlsx" in said.questions[0]  # offers to open the folder
    assert (tmp_path / "in.xlsx").exists() and team.count() == 1  # nothing else changed


def choose_kind_and_ok(window, name: str) -> KindDialog:
    dialog = window.findChild(KindDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.select(name)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    return dialog


def test_template_through_the_menu(qtbot, me, window, said, zh, monkeypatch, tmp_path):
    out = tmp_path / "template.xlsx"
    suggested = answer_save(monkeypatch, out)
    window.exchange.template_action.trigger()
    kinds = window.findChild(KindDialog)
    assert kinds is not None
    labels = [kinds.kind_list.item(r).text() for r in range(kinds.kind_list.count())]
    assert "团队成员" in labels  # every registered kind, in the user's language
    choose_kind_and_ok(window, "members")
    qtbot.waitUntil(out.exists, timeout=10_000)
    assert Path(suggested[0]).name == "团队成员导入模板.xlsx"
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[:2] == ["团队成员", "填写说明"]  # then the hidden drop-down lists
    assert book["团队成员"]["A1"].value.startswith("姓名")
    qtbot.waitUntil(lambda: "导入模板已保存" in window.statusBar().currentMessage())
    assert Path(window.settings.last_folder) == tmp_path  # remembered for the next time

    book["团队成员"].append(["张伟", "内容策划、编辑", "zhangwei@example.com"])
    book.save(out)  # filled in, as a user would, and dropped on the window
    accepted, dialog = drag(window, out)
    assert accepted and dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=10_000)
    sheets = dialog.sheets
    notes = [sheets.item(r, 2).text() for r in range(sheets.rowCount())]
    assert [sheets.item(r, 0).text() for r in range(sheets.rowCount())][:2] == [
        "团队成员",
        "填写说明",
    ]
    assert "填写说明" in notes[1] and "已跳过" in notes[1]  # the instructions are not data
    import_now(qtbot, dialog)
    zhang = team.find_by_name("张伟")
    assert zhang is not None and zhang.role_list == [Role.CONTENT_PLANNER, Role.EDITOR]


def test_export_through_the_menu(qtbot, me, window, said, actor, monkeypatch, tmp_path):
    team.add_member(actor, "张伟", [Role.EDITOR, Role.CONTENT_PLANNER])
    out = tmp_path / "members.xlsx"
    answer_save(monkeypatch, out)
    window.exchange.export_action.trigger()
    choose_kind_and_ok(window, "members")
    qtbot.waitUntil(out.exists, timeout=10_000)
    sheet = openpyxl.load_workbook(out).active
    rows = {r[0]: r[1] for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows == {"周敏": "Team lead", "张伟": "Content planner, Editor"}
    qtbot.waitUntil(lambda: "2 records exported" in window.statusBar().currentMessage())


def test_cancelled_export_leaves_no_file(qtbot, me, window, said, tmp_path):
    out = tmp_path / "members.xlsx"
    out.write_bytes(b"the user's old file")
    with busy_pool():
        task = window.exchange.export_to(get_kind("members"), out)
        task.cancel()
    wait_task(qtbot, task)
    assert task.outcome == "cancelled"
    assert out.read_bytes() == b"the user's old file"  # not replaced, not half written
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".xlsx") == ["members.xlsx"]


def drag(window, path: Path) -> tuple[bool, PreviewDialog | None]:
    """Drag ``path`` over the window and drop it, as a file manager would."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    action, button, keys = Qt.CopyAction, Qt.LeftButton, Qt.NoModifier
    enter = QDragEnterEvent(QPoint(300, 200), action, mime, button, keys)
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False, None
    QApplication.sendEvent(window, QDropEvent(QPointF(300, 200), action, mime, button, keys))
    return True, window.findChild(PreviewDialog)


def test_dropping_a_workbook_opens_the_preview(qtbot, me, window, said, fixtures_dir, tmp_path):
    note = tmp_path / "notes.txt"
    note.write_text("not a workbook")
    assert drag(window, note) == (False, None)
    accepted, dialog = drag(window, fixtures_dir / ROSTER)
    assert accepted and dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=10_000)
    assert dialog.preview is not None and dialog.preview.counts()["new"] == 6


def test_a_refused_file_says_why_in_one_message(qtbot, me, window, said, fixtures_dir):
    accepted, dialog = drag(window, fixtures_dir / "xlsx-other-programs/pass_protected.xlsx")
    assert accepted and dialog is not None
    qtbot.waitUntil(lambda: bool(said.errors), timeout=10_000)
    assert said.errors == [said.errors[0]] and "password" in said.errors[0]
    qtbot.waitUntil(lambda: window.findChild(PreviewDialog) is None, timeout=10_000)
    assert team.count() == 1
