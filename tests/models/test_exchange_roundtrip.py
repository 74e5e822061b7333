"""Templates and exports people trust, round trips across machines, annotated copies."""

from __future__ import annotations

import io
import tempfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import models
from models import db as dbmod
from models import team
from models.base import Actor, AuditEntry
from models.exchange import (
    RowStatus,
    apply,
    export,
    get_kind,
    preview,
    write_annotated,
    write_template,
)
from models.exchange.commands import export_cmd, kinds_cmd, template_cmd
from models.team import Member, Role, list_members

MEMBERS = "members"


def test_template_has_hints_dropdowns_and_instructions(db: object, tmp_path: Path) -> None:
    path = write_template(get_kind(MEMBERS), tmp_path / "模板.xlsx", "zh_CN")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[:2] == ["团队成员", "填写说明"]
    sheet = book["团队成员"]
    assert sheet.freeze_panes == "A2"
    assert [c.value for c in sheet[1]] == [
        "姓名",
        "角色",
        "邮箱",
        "电话",
        "部门",
        "入职日期",
        "在职",
        "备注",
    ]
    assert sheet["A1"].font.b and sheet.column_dimensions["B"].width > 20
    validations = sheet.data_validations.dataValidation
    lists = {str(v.sqref): v.formula1 for v in validations if v.type == "list"}
    assert lists["B2:B1048576"] == "'_lists'!$A$1:$A$8"  # roles
    assert lists["G2:G1048576"] == "'_lists'!$B$1:$B$2"  # 是/否
    hints = {str(v.sqref): v.prompt for v in validations if v.prompt}
    assert "日期" in hints["F1"] and "2026-11-26" in hints["F1"] and "选填" in hints["F1"]
    assert "必填" in hints["A1"]
    roles = [book["_lists"].cell(r, 1).value for r in range(1, 9)]
    assert roles[0] == "内容策划" and "合规/法务审核" in roles
    assert book["_lists"].sheet_state == "hidden"
    notes = "\n".join(str(c.value) for row in book["填写说明"].iter_rows() for c in row if c.value)
    assert "2026年11月26日" in notes and "必填" in notes
    english = openpyxl.load_workbook(write_template(get_kind(MEMBERS), tmp_path / "t.xlsx", "en"))
    assert english.sheetnames[:2] == ["Members", "Instructions"]
    assert english["Members"]["F1"].value == "Joined on"


def test_an_empty_template_imports_as_nothing(db: object, tmp_path: Path, actor: Actor) -> None:
    path = write_template(get_kind(MEMBERS), tmp_path / "t.xlsx", "zh_CN")
    result = preview(path)
    assert [s.status.value for s in result.sheets] == ["data", "instructions", "hidden"]
    assert result.sheets[0].rows == [] and result.is_clean


def _add(actor: Actor, name: str, **others: object) -> Member:
    return team.add_member(actor, name, others.pop("roles", [Role.EDITOR]), **others)  # type: ignore[arg-type]


def test_export_writes_text_as_text_dates_as_dates(
    db: object, tmp_path: Path, actor: Actor
) -> None:
    _add(actor, "=1+2", notes="第一行\n第二行", joined_on=date(2020, 1, 2))
    _add(actor, "@SUM(A1)", phone="+8613800000000", department="-市场部")
    path = tmp_path / "export.xlsx"
    assert export(get_kind(MEMBERS), path, "zh_CN") == 2
    sheet = openpyxl.load_workbook(path)["团队成员"]
    cells = {c.value: c for row in sheet.iter_rows(min_row=2) for c in row if c.value}
    formula = cells["=1+2"]
    assert formula.data_type == "s" and formula.value == "=1+2"
    assert cells["@SUM(A1)"].data_type == "s" and cells["+8613800000000"].data_type == "s"
    assert cells["-市场部"].data_type == "s"
    joined = cells[next(v for v in cells if hasattr(v, "year"))]
    assert joined.is_date and joined.number_format == "yyyy-mm-dd"
    assert cells["第一行\n第二行"].alignment.wrap_text
    assert sheet.freeze_panes == "A2" and sheet["A1"].font.b
    assert [c.value for c in sheet[1]][-2:] == ["唯一编号", "版本"]


def test_uid_round_trip_updates_instead_of_duplicating(
    db: object, tmp_path: Path, actor: Actor
) -> None:
    member = _add(actor, "张伟", department="市场部")
    path = tmp_path / "e.xlsx"
    export(get_kind(MEMBERS), path, "en")
    book = openpyxl.load_workbook(path)
    book.active["A2"] = "张伟（新）"  # renamed in Excel: the uid still finds the member
    book.active["E2"] = "品牌部"
    book.save(path)
    (row,) = preview(path).sheets[0].rows
    assert row.status is RowStatus.UPDATE and row.uid == member.uid
    apply(preview(path), actor)
    (saved,) = list_members()
    assert (saved.uid, saved.name, saved.department) == (member.uid, "张伟（新）", "品牌部")


def test_conflict_across_machines(tmp_path: Path, actor: Actor) -> None:
    """Export on A, import on B as new, edit on both, import B's file back on A."""
    machine_a, machine_b = tmp_path / "a.db", tmp_path / "b.db"
    try:
        models.open(machine_a)
        member = _add(actor, "张伟", department="市场部")
        _add(actor, "王芳", department="市场部")
        export(get_kind(MEMBERS), tmp_path / "from-a.xlsx", "zh_CN")

        models.open(machine_b)
        done = apply(preview(tmp_path / "from-a.xlsx"), actor)
        assert done.created == 2
        assert {m.uid for m in list_members()} >= {member.uid}  # same records, same uids
        team.edit_member(actor, member.uid, None, department="品牌部")  # edited on B
        export(get_kind(MEMBERS), tmp_path / "from-b.xlsx", "zh_CN")

        models.open(machine_a)
        team.edit_member(actor, member.uid, None, department="电商部")  # edited on A too
        result = preview(tmp_path / "from-b.xlsx")
        rows = {r.values["name"]: r for r in result.sheets[0].rows}
        assert rows["张伟"].status is RowStatus.CONFLICT
        assert [(c.old, c.new) for c in rows["张伟"].changes] == [("电商部", "品牌部")]
        assert rows["王芳"].status is RowStatus.UNCHANGED
        kept = apply(result, actor)  # by default the record here is kept
        assert kept.conflicts_kept == 1 and team.get(member.uid).department == "电商部"
        result = preview(tmp_path / "from-b.xlsx")
        taken = apply(result, actor, conflict_choices={member.uid: "theirs"})
        assert taken.conflicts_taken == 1 and team.get(member.uid).department == "品牌部"
        assert Member.select().count() == 2  # updates, never duplicates
    finally:
        dbmod.close()


def test_stale_rows_of_an_old_export_are_conflicts_not_silent_reverts(
    db: object, tmp_path: Path, actor: Actor
) -> None:
    member = _add(actor, "张伟", department="市场部")
    path = tmp_path / "old.xlsx"
    export(get_kind(MEMBERS), path, "zh_CN")
    team.edit_member(actor, member.uid, None, department="品牌部")  # changed after the export
    (row,) = preview(path).sheets[0].rows
    assert row.status is RowStatus.CONFLICT


def test_annotated_copy_marks_the_bad_cells(db: object, tmp_path: Path) -> None:
    source = tmp_path / "bad.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "团队成员"
    for row in (
        ["姓名", "角色", "入职日期"],
        ["张伟", "编辑", "2026-13-01"],
        ["王芳", "摄影", None],
    ):
        book.active.append(row)
    book.save(source)
    result = preview(source)
    dest = write_annotated(result, tmp_path / "bad-批注.xlsx", "zh_CN")
    sheet = openpyxl.load_workbook(dest)["团队成员"]
    bad_date, bad_role = sheet["C2"], sheet["B3"]
    assert bad_date.fill.fgColor.rgb.endswith("FFC7CE")
    assert "无法识别的日期“2026-13-01”" in bad_date.comment.text
    assert "摄影" in bad_role.comment.text and bad_role.fill.fill_type == "solid"
    assert sheet["A2"].comment is None
    assert openpyxl.load_workbook(source)["团队成员"]["C2"].comment is None  # original untouched


def test_command_line_kinds_template_export(db: object, tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert kinds_cmd(out) == 0 and "members" in out.getvalue() and "[roles]" in out.getvalue()
    assert template_cmd("members", tmp_path / "t.xlsx", out, err) == 0
    assert (tmp_path / "t.xlsx").exists()
    assert export_cmd("members", tmp_path / "e.xlsx", out, err) == 0
    assert template_cmd("no-such-kind", tmp_path / "x.xlsx", out, err) == 2
    assert "no-such-kind" in err.getvalue() and "members" in err.getvalue()
    assert not (tmp_path / "x.xlsx").exists()


def test_a_cancelled_export_leaves_no_file(db: object, tmp_path: Path, actor: Actor) -> None:
    from models.errors import Cancelled

    actor_ = actor
    for i in range(1500):
        _add(actor_, f"成员{i}")
    with pytest.raises(Cancelled):
        export(get_kind(MEMBERS), tmp_path / "c.xlsx", "zh_CN", cancelled=lambda: True)
    assert list(tmp_path.glob("*.xlsx")) == []


# Text people really keep in a roster: Chinese, emoji, new lines, a leading "=", nothing.
# (Odd spaces such as U+00A0 inside a text become plain spaces on import, by design.)
TEXT = st.text(
    alphabet=st.characters(codec="utf-8", categories=("L", "N", "P", "S"))
    | st.sampled_from(["\n", " ", "=", "张", "😀", "、"]),
    max_size=20,
).map(str.strip)
NAME = st.text(alphabet=st.sampled_from(list("张王李赵明华ABCxyz😀=+- ")), min_size=1, max_size=12)
MEMBER = st.fixed_dictionaries(
    {
        "name": NAME.map(lambda s: " ".join(s.split())).filter(bool),
        "roles": st.lists(st.sampled_from(list(Role)), min_size=1, max_size=3, unique=True),
        "phone": st.one_of(st.just(""), st.from_regex(r"\+?[0-9]{5,13}", fullmatch=True)),
        "department": TEXT.map(lambda s: s.replace("\n", " ").strip()),
        "joined_on": st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2100, 12, 31))),
        "active": st.booleans(),
        "notes": st.one_of(TEXT, TEXT.map(lambda s: f"={s}_x0041_")),  # Excel's escapes
    }
)


def _snapshot() -> list[tuple[object, ...]]:
    return sorted(
        (m.uid, m.name, m.roles, m.phone, m.department, m.joined_on, m.active, m.notes)
        for m in list_members()
    )


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(MEMBER, max_size=6, unique_by=lambda m: m["name"].lower()))
def test_export_import_export_round_trip(records: list[dict[str, object]]) -> None:
    actor = Actor(None, "hypothesis")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        try:
            models.open(folder / "a.db")
            for record in records:
                values = dict(record)
                team.add_member(actor, values.pop("name"), values.pop("roles"), **values)  # type: ignore[arg-type]
            before = _snapshot()
            kind = get_kind(MEMBERS)
            export(kind, folder / "one.xlsx", "zh_CN")
            models.open(folder / "b.db")  # an empty database on another machine
            result = preview(folder / "one.xlsx")
            assert result.error_count == 0, [e.message("en") for e in result.errors]
            apply(result, actor)
            assert _snapshot() == before
            export(kind, folder / "two.xlsx", "zh_CN")
            first = openpyxl.load_workbook(folder / "one.xlsx", read_only=True).active
            second = openpyxl.load_workbook(folder / "two.xlsx", read_only=True).active
            rows_one = [r[:-1] for r in first.iter_rows(values_only=True)]  # version aside
            rows_two = [r[:-1] for r in second.iter_rows(values_only=True)]
            assert rows_one == rows_two
            assert AuditEntry.select().count() == len(records)
        finally:
            dbmod.close()
