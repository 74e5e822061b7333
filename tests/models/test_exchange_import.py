"""Previewing and importing members: headers, mapping, errors in words, one transaction."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from models import team
from models.base import Actor, AuditEntry
from models.errors import Cancelled
from models.exchange import (
    ImportFailed,
    ImportMapping,
    RowStatus,
    SheetStatus,
    apply,
    preview,
)
from models.exchange.commands import import_cmd
from models.team import Member, Role, list_members


def workbook(path: Path, rows: list[list[Any]], *, title: str = "团队成员", **extra: Any) -> Path:
    """A workbook as Excel or WPS would save it, from rows of cell values."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    for ref in extra.get("merge", []):
        sheet.merge_cells(ref)
    for name in extra.get("hidden", []):
        hidden = book.create_sheet(name)
        hidden.append(["姓名", "角色"])
        hidden.append(["隐藏的人", "编辑"])
        hidden.sheet_state = "hidden"
    book.save(path)
    return path


def counts() -> tuple[int, int]:
    return Member.select().count(), AuditEntry.select().count()


def test_header_is_found_below_a_title_block(db: object, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "t.xlsx",
        [
            ["2026 年市场部成员名单"],
            ["制表：行政部", None, None, "日期：2026-11-26"],
            [],
            ["序号", "姓名", "岗位", "入职日期"],
            [1, "张伟", "编辑", "2026-11-26"],
            [],  # an empty row in the middle
            [2, "王芳", "渠道运营", None],
        ],
        merge=["A1:D1"],
    )
    result = preview(path)
    (sheet,) = result.sheets
    assert sheet.kind is not None and sheet.kind.name == "members"
    assert sheet.header_row == 4
    assert [r.row for r in sheet.rows] == [5, 7]
    fields = {c.letter: c.field for c in sheet.columns}
    assert fields == {"A": None, "B": "name", "C": "roles", "D": "joined_on"}


@pytest.mark.parametrize(
    "headers",
    [
        ["姓名", "角色", "邮箱"],
        ["Name", "Roles", "Email"],
        ["ＮＡＭＥ", "ｒｏｌｅｓ", "Ｅ－ｍａｉｌ"],  # full-width forms
        [" 姓 名 ", "角色*", "邮箱（选填）"],
        ["name", "ROLE", "e-mail"],
    ],
)
def test_columns_map_by_chinese_or_english_header(
    db: object, tmp_path: Path, headers: list[str]
) -> None:
    path = workbook(tmp_path / "m.xlsx", [headers, ["张伟", "编辑", "z@example.com"]])
    (sheet,) = preview(path).sheets
    assert [c.field for c in sheet.columns] == ["name", "roles", "email"]
    assert sheet.rows[0].values["email"] == "z@example.com"


def test_user_remaps_a_column_and_it_is_remembered(
    db: object, tmp_path: Path, actor: Actor
) -> None:
    rows = [["花名", "分工", "工号", "部门"], ["张伟", "编辑", "A01", "市场部"]]
    first = workbook(tmp_path / "first.xlsx", rows)
    (sheet,) = preview(first).sheets
    assert sheet.status is SheetStatus.NO_KIND  # 花名 and 分工 mean nothing to us
    result = preview(
        first,
        kind_overrides={"团队成员": "members"},
        mapping_overrides={"团队成员": {"A": "name", "B": "roles", "C": None}},
    )
    (sheet,) = result.sheets
    assert [(c.field, c.source) for c in sheet.columns] == [
        ("name", "user"),
        ("roles", "user"),
        (None, "user"),
        ("department", "auto"),
    ]
    assert ImportMapping.select().count() == 0  # nothing written by a preview
    apply(result, actor)
    assert ImportMapping.select().count() == 1
    rows[1] = ["王芳", "渠道运营", "A02", "品牌部"]
    second = workbook(tmp_path / "second.xlsx", rows)
    (sheet,) = preview(second).sheets  # no overrides this time
    assert sheet.mapping_source == "remembered"
    assert [c.field for c in sheet.columns] == ["name", "roles", None, "department"]
    assert sheet.rows[0].values["roles"] == ",channel_operator,"


def test_hidden_sheets_and_instructions_are_skipped(db: object, tmp_path: Path) -> None:
    path = workbook(tmp_path / "h.xlsx", [["姓名", "角色"], ["张伟", "编辑"]], hidden=["备用"])
    result = preview(path)
    assert [s.status for s in result.sheets] == [SheetStatus.DATA, SheetStatus.HIDDEN]
    assert "隐藏" in result.sheets[1].note("zh_CN")


def test_errors_name_sheet_row_column_in_the_users_language(db: object, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "e.xlsx",
        [
            ["姓名", "角色", "邮箱", "入职日期", "在职"],
            ["张伟", "编辑", "z@example.com", "2026-11-26", "是"],
            ["王芳", "编辑", "not-mail", "2026-11-26", "是"],
            ["李娜", "摄影", "", "2026-11-26", "是"],
            ["", "编辑", "", "", ""],
            ["刘洋", "编辑", "", "", "也许"],
            ["陈静", "", "", "2026-13-01", ""],
            ["张伟", "编辑", "", "", ""],
        ],
    )
    result = preview(path)
    messages = [e.message("zh_CN") for e in result.errors]
    assert "第 7 行「入职日期」：无法识别的日期“2026-13-01”" in messages
    assert "第 7 行「角色」：必填，但为空" in messages
    assert "第 3 行「邮箱」：“not-mail”不是有效的邮箱地址" in messages
    assert any(m.startswith("第 4 行「角色」：“摄影”不在可选值中：内容策划") for m in messages)
    assert "第 5 行「姓名」：必填，但为空" in messages
    assert any(m.startswith("第 6 行「在职」：“也许”不是“是/否”") for m in messages)
    assert "第 8 行「姓名」：“张伟”重复出现（首次在第 2 行），请只保留一行" in messages
    english = [e.message("en") for e in result.errors]
    assert "Row 7, “入职日期”: unrecognised date “2026-13-01”" in english
    error = next(e for e in result.errors if e.code == "bad_date")
    assert (error.sheet, error.row, error.column, error.header) == ("团队成员", 7, "D", "入职日期")
    assert error.line("zh_CN") == "团队成员!7 入职日期(D): 无法识别的日期“2026-13-01”"
    statuses = [r.status for r in result.sheets[0].rows]
    assert statuses == [RowStatus.NEW] + [RowStatus.ERROR] * 6


def test_an_import_with_errors_writes_nothing_unless_told_to_skip(
    db: object, tmp_path: Path, actor: Actor
) -> None:
    path = workbook(
        tmp_path / "s.xlsx",
        [["姓名", "角色"], ["张伟", "编辑"], ["王芳", "摄影"], ["李娜", "数据分析"]],
    )
    result = preview(path)
    with pytest.raises(ImportFailed) as info:
        apply(result, actor)
    assert info.value.code == "import_has_errors" and len(info.value.errors) == 1
    assert "s.xlsx" in info.value.message("zh_CN")
    assert counts() == (0, 0)
    done = apply(result, actor, skip_errors=True)
    assert (done.created, done.skipped) == (2, 1)
    assert sorted(m.name for m in list_members()) == ["张伟", "李娜"]


def test_update_shows_changed_fields_old_to_new(db: object, tmp_path: Path, actor: Actor) -> None:
    team.add_member(actor, "张伟", [Role.EDITOR], department="市场部", email="z@example.com")
    path = workbook(
        tmp_path / "u.xlsx",
        [["姓名", "角色", "部门", "邮箱"], ["张伟", "编辑、数据分析", "品牌部", "z@example.com"]],
    )
    (row,) = preview(path).sheets[0].rows
    assert row.status is RowStatus.UPDATE
    assert {(c.field, c.old, c.new) for c in row.changes} == {
        ("roles", ",editor,", ",data_analyst,editor,"),
        ("department", "市场部", "品牌部"),
    }
    apply(preview(path), actor)
    (member,) = list_members()
    assert member.department == "品牌部" and member.version == 2
    entry = AuditEntry.select().where(AuditEntry.action == "update").get()
    assert entry.before_values() == {"department": "市场部", "roles": ",editor,", "version": 1}
    assert entry.after_values()["department"] == "品牌部"
    assert preview(path).sheets[0].rows[0].status is RowStatus.UNCHANGED


def test_dry_run_and_command_line_errors(db: object, tmp_path: Path) -> None:
    good = workbook(tmp_path / "g.xlsx", [["姓名", "角色"], ["张伟", "编辑"]])
    bad = workbook(
        tmp_path / "b.xlsx", [["姓名", "入职日期", "角色"], ["王芳", "2026-13-01", "编辑"]]
    )
    actor = Actor(None, "cli")
    out, err = io.StringIO(), io.StringIO()
    assert import_cmd(good, actor=actor, dry_run=True, out=out, err=err) == 0
    assert counts() == (0, 0)
    out, err = io.StringIO(), io.StringIO()
    annotated = tmp_path / "b-errors.xlsx"
    assert import_cmd(bad, actor=actor, errors_to=annotated, out=out, err=err) == 1
    assert "团队成员!2 入职日期(B): " in err.getvalue().splitlines()[0]
    assert annotated.exists() and counts() == (0, 0)
    out, err = io.StringIO(), io.StringIO()
    assert import_cmd(good, actor=actor, out=out, err=err) == 0
    assert counts() == (1, 1)


def test_a_cancelled_import_changes_nothing(db: object, tmp_path: Path, actor: Actor) -> None:
    rows = [["姓名", "角色"]] + [[f"成员{i}", "编辑"] for i in range(12_000)]
    result = preview(workbook(tmp_path / "c.xlsx", rows))
    calls = 0

    def cancelled() -> bool:  # the user presses Cancel once the first rows are written
        nonlocal calls
        calls += 1
        return calls > 1

    seen: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        apply(
            result,
            actor,
            progress=lambda done, total: seen.append((done, total)),
            cancelled=cancelled,
        )
    assert seen and seen[0][0] > 0 and seen[0][1] == 12_000
    assert counts() == (0, 0)
    with pytest.raises(Cancelled):
        preview(tmp_path / "c.xlsx", cancelled=lambda: True)


def test_the_preview_is_checked_again_inside_the_transaction(
    db: object, tmp_path: Path, actor: Actor
) -> None:
    path = workbook(tmp_path / "r.xlsx", [["姓名", "角色"], ["张伟", "编辑"]])
    result = preview(path)
    team.add_member(actor, "张伟", [Role.CRM])  # someone adds him in between
    with pytest.raises(ImportFailed) as info:
        apply(result, actor)
    assert info.value.code == "preview_stale"
    assert Member.select().count() == 1


def test_formulas_are_read_by_their_cached_value_or_flagged(db: object, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "f.xlsx",
        [["姓名", "角色", "部门"], ["张伟", "编辑", '=CONCAT("市场","部")']],
    )
    (row,) = preview(path).sheets[0].rows  # openpyxl stores no cached value
    assert row.status is RowStatus.ERROR
    assert row.errors[0].code == "formula_no_value" and row.errors[0].column == "C"
    assert "公式没有计算结果" in row.errors[0].message("zh_CN")


def test_merged_cells_fill_every_row_they_cover(db: object, tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "mc.xlsx",
        [["姓名", "角色", "部门"], ["张伟", "编辑", "市场部"], ["王芳", "编辑", None]],
        merge=["C2:C3"],
    )
    rows = preview(path).sheets[0].rows
    assert [r.values["department"] for r in rows] == ["市场部", "市场部"]


def test_typed_values_from_real_cells(db: object, tmp_path: Path, actor: Actor) -> None:
    path = workbook(
        tmp_path / "v.xlsx",
        [
            ["姓名", "角色", "电话", "入职日期", "在职", "备注"],
            ["\u00a0张伟 ", "数据分析，内容策划", 13800000000, datetime(2024, 7, 15), True, "a\nb"],
            ["王芳", "合规审核", "138 0000 0001", 45000, "×", None],
        ],
    )
    apply(preview(path), actor)
    members = {m.name: m for m in list_members()}
    assert members["张伟"].phone == "13800000000" and members["张伟"].notes == "a\nb"
    assert members["张伟"].roles == (Role.CONTENT_PLANNER, Role.DATA_ANALYST)
    assert members["张伟"].joined_on == date(2024, 7, 15) and members["张伟"].active
    assert members["王芳"].joined_on == date(2023, 3, 15) and not members["王芳"].active


def test_empty_yes_no_cell_keeps_the_stored_value(db: object, tmp_path: Path, actor: Actor) -> None:
    team.add_member(actor, "张伟", [Role.EDITOR], active=False)
    path = workbook(tmp_path / "k.xlsx", [["姓名", "角色", "在职"], ["张伟", "编辑", None]])
    (row,) = preview(path).sheets[0].rows
    assert row.status is RowStatus.UNCHANGED and "active" not in row.values


def test_serials_in_a_1904_workbook(db: object, tmp_path: Path) -> None:
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    book = openpyxl.Workbook()
    book.epoch = CALENDAR_MAC_1904
    book.active.title = "团队成员"
    book.active.append(["姓名", "角色", "入职日期", "备注"])
    book.active.append(["张伟", "编辑", 45000 - 1462, None])  # a bare serial, no date format
    book.active.append(["王芳", "编辑", date(2024, 7, 15), None])  # a formatted date
    book.save(tmp_path / "mac.xlsx")
    result = preview(tmp_path / "mac.xlsx")
    assert result.date1904
    assert [r.values["joined_on"] for r in result.sheets[0].rows] == [
        date(2023, 3, 15),
        date(2024, 7, 15),
    ]


def test_audit_entries_hold_the_same_snapshot_as_a_created_record(
    db: object, tmp_path: Path, actor: Actor
) -> None:
    path = workbook(
        tmp_path / "a.xlsx",
        [
            ["姓名", "角色", "入职日期", "备注"],
            ["张伟", "编辑、数据分析", "2024-07-15", '引号"\\和\n换行'],
        ],
    )
    apply(preview(path), actor)
    member = Member.get()
    entry = AuditEntry.get()
    assert entry.after_values() == member.snapshot()
    assert (entry.action, entry.table, entry.record_uid) == ("create", "member", member.uid)
    assert entry.actor_name == actor.name and "a.xlsx" in entry.note
    direct = team.add_member(actor, "对照", [Role.EDITOR], notes='引号"\\和\n换行')
    reference = AuditEntry.get(AuditEntry.record_uid == direct.uid)
    assert set(reference.after_values()) == set(entry.after_values())


def test_an_imported_records_first_version_survives_later_edits_and_purge(
    db: object, tmp_path: Path, actor: Actor
) -> None:
    # The import's audit entries carry no copy of the values; the record and the later
    # entries give them back (base.first_version).
    path = workbook(tmp_path / "a.xlsx", [["姓名", "角色", "部门"], ["张伟", "编辑", "品牌部"]])
    apply(preview(path), actor)
    member = Member.get()
    created = member.snapshot()
    team.edit_member(actor, member.uid, 1, department="市场部", email="zw@example.com")
    team.edit_member(actor, member.uid, 2, department="法务部")
    entry = AuditEntry.get(AuditEntry.action == "create")
    assert entry.after is None
    assert entry.after_values() == created
    team.trash_member(actor, member.uid)
    team.purge_member(actor, member.uid)
    assert Member.select().count() == 0
    assert entry.after_values() == created


def test_a_formulas_cached_value_is_used_and_an_error_value_flagged(
    db: object, tmp_path: Path
) -> None:
    import xlsxwriter

    path = tmp_path / "cached.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("团队成员")
    sheet.write_row(0, 0, ["姓名", "角色", "部门"])
    sheet.write_row(1, 0, ["张伟", "编辑"])
    sheet.write_formula(1, 2, '="市场"&"部"', None, "市场部")  # saved with its result
    sheet.write_row(2, 0, ["王芳", "编辑"])
    sheet.write_formula(2, 2, "=1/0", None, "#DIV/0!")
    book.close()
    first, second = preview(path).sheets[0].rows
    assert first.status is RowStatus.NEW and first.values["department"] == "市场部"
    assert second.errors[0].code == "formula_error"
    assert "#DIV/0!" in second.errors[0].message("zh_CN")
