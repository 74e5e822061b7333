"""The lead's appraisal workbook (R-4.3): summary and one print-ready sheet per member,
re-imported with the changes previewed and the totals recomputed; the command line."""

from __future__ import annotations

import io
import re
import shutil
from datetime import date
from pathlib import Path

import openpyxl
import pytest

import models
from models import appraisal, base, team
from models import db as dbmod
from models import demo as demo_data
from models.appraisal import State
from models.appraisal.sheet_text import KEY_COL
from models.base import Actor
from models.errors import PermissionDenied


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    """The demo team with its two finished cycles, built once for this module."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    models.open(path)
    demo_data.fill()
    dbmod.close()
    return path


@pytest.fixture
def demo(demo_file, tmp_path):
    path = tmp_path / "desk.db"
    shutil.copy(demo_file, path)
    models.open(path)
    yield team.find_by_name("周敏").actor()  # type: ignore[union-attr]
    dbmod.close()


def _keys(ws) -> dict[str, int]:
    """Row keys of a member sheet (hidden column J) → 1-based row numbers."""
    out = {}
    for row in ws.iter_rows(min_col=KEY_COL + 1, max_col=KEY_COL + 1):
        value = row[0].value
        if value:
            out[str(value)] = row[0].row
    return out


def test_the_workbook_has_a_summary_and_one_print_ready_sheet_per_member(demo, tmp_path):
    path = tmp_path / "q3.xlsx"
    assert appraisal.write_sheets(demo, "2026-Q3", path, today=date(2026, 11, 26)) == 8
    wb = openpyxl.load_workbook(path)
    cycle = appraisal.find_cycle("2026-Q3")
    assert cycle is not None
    summary = appraisal.cycle_summary(demo, cycle.uid)
    assert wb.sheetnames[0] == "汇总"
    assert sorted(wb.sheetnames[1:]) == sorted(r.member_name for r in summary.rows)
    ws = wb["汇总"]
    listed = [(ws.cell(r, 1).value, ws.cell(r, 2).value, ws.cell(r, 5).value, ws.cell(r, 6).value)
              for r in range(4, 12)]  # fmt: skip
    assert listed == [
        (s.rank, s.member_name, round(s.total or 0, 2), s.grade) for s in summary.rows
    ]
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToHeight == 0
    texts = [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]
    assert "等级分布" in texts and "A（优秀）" in texts
    for name in wb.sheetnames[1:]:
        sheet = wb[name]
        setup = sheet.page_setup
        assert (setup.paperSize, setup.orientation) == (9, "portrait")
        # one page wide and one tall (1 is the attributes' default, so they may be left out)
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert (setup.fitToWidth or 1, setup.fitToHeight or 1) == (1, 1)
        assert re.fullmatch(r"'?.+'?!\$A\$1:\$I\$\d+", str(sheet.print_area))  # not J
        assert sheet.column_dimensions["J"].hidden
        cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
        assert any(v.startswith("绩效考核表") for v in cells)
        assert "姓名：" + name in "".join(cells) or any(name in v for v in cells)
        assert any("员工签字" in v for v in cells) and any("负责人签字" in v for v in cells)
        assert any(v.startswith("一、业绩指标") for v in cells)


def test_only_a_lead_exports_and_only_a_period_with_a_cycle(demo, tmp_path):
    zhang = team.find_by_name("张伟").actor()  # type: ignore[union-attr]
    with pytest.raises(PermissionDenied):
        appraisal.write_sheets(zhang, "2026-Q3", tmp_path / "x.xlsx")
    from models.errors import NotFound

    with pytest.raises(NotFound):
        appraisal.write_sheets(demo, "2026-Q4", tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


def _reopened_export(lead: Actor, tmp_path: Path, name: str = "张伟") -> tuple[Path, str]:
    cycle = appraisal.find_cycle("2026-Q3")
    assert cycle is not None
    [row] = [r for r in appraisal.list_appraisals(lead, cycle.uid) if r.member_name == name]
    appraisal.reopen(lead, row.uid, None, "导出后在Excel中调整")
    path = tmp_path / "q3.xlsx"
    appraisal.write_sheets(lead, "2026-Q3", path)
    return path, row.uid


def test_edits_in_excel_are_previewed_and_totals_recomputed_a_typed_total_ignored(demo, tmp_path):
    path, uid = _reopened_export(demo, tmp_path)
    before = appraisal.get_appraisal(demo, uid)
    wb = openpyxl.load_workbook(path)
    ws = wb["张伟"]
    keys = _keys(ws)
    quality = [i for i in before.items if i.kind.value == "quality"]
    kpis = [i for i in before.items if i.kind.value == "kpi"]
    q_row = keys[f"q|{quality[0].uid}|{quality[0].version}"]
    k_row = keys[f"k|{kpis[0].uid}|{kpis[0].version}"]
    total_row = keys["t|"]
    new_rating = 3 if quality[0].rating != 3 else 2
    ws.cell(q_row, 7).value = new_rating  # G: the lead's rating
    ws.cell(q_row, 9).value = "需加强原创"  # I: comment
    ws.cell(k_row, 4).value = 30  # D: actual
    ws.cell(total_row, 8).value = 99.9  # a typed total: ignored
    ws.cell(keys["f|lead_comment"], 3).value = "调整后的评语"
    new_line = next(r for k, r in keys.items() if k == "n|")
    ws.cell(new_line, 2).value = "参加一次行业内容峰会"
    ws.cell(new_line, 9).value = "2026-12-20"
    wb.save(path)

    p = appraisal.preview_sheets(demo, path)
    assert p.errors == []
    [m] = p.changed
    changed = {(c.record, c.field): (c.old, c.new) for c in m.changes}
    assert changed[("item", "rating")] == (quality[0].rating, new_rating)
    assert changed[("item", "actual")] == (kpis[0].actual, 30)
    assert changed[("item", "comment")] == ("", "需加强原创")
    assert changed[("appraisal", "lead_comment")][1] == "调整后的评语"
    assert ("new_action", "new") in changed
    assert m.old_total == pytest.approx(before.total)
    assert m.new_total is not None and m.new_total != pytest.approx(99.9)
    assert m.new_total < m.old_total  # a lower rating and a lower actual
    assert all(c.label("zh_CN") and c.shown(c.new) for c in m.changes)

    assert appraisal.apply_sheets(demo, p) == len(m.changes)
    after = appraisal.get_appraisal(demo, uid)
    assert after.total == pytest.approx(m.new_total) and after.grade == m.new_grade
    [k0] = [i for i in after.items if i.uid == kpis[0].uid]
    assert (k0.actual, k0.actual_source) == (30, "manual")
    assert after.actions[-1].action == "参加一次行业内容峰会"
    assert after.actions[-1].due_on == date(2026, 12, 20)
    assert after.state is State.INTERVIEWED  # the import never moves the state
    notes = {e.note for e in base.history(kpis[0].uid)}
    assert "import: q3.xlsx" in notes
    again = appraisal.preview_sheets(demo, path)  # the same file again: nothing left to do
    [m] = again.changed  # only the plan line written in a blank row would be added again
    assert [c.record for c in m.changes] == ["new_action"] and m.conflicts == []


def test_final_appraisals_refuse_changes_and_app_edits_since_export_are_conflicts(demo, tmp_path):
    path, uid = _reopened_export(demo, tmp_path)
    row = appraisal.get_appraisal(demo, uid)
    wb = openpyxl.load_workbook(path)
    keys = _keys(wb["张伟"])
    wb["张伟"].cell(keys["f|lead_comment"], 3).value = "Excel里的评语"
    wang = wb["王芳"]
    wang.cell(_keys(wang)["f|lead_comment"], 3).value = "改定稿的评语"
    wb.save(path)
    appraisal.score(demo, uid, None, lead_comment="程序里刚改的评语")  # after the export
    p = appraisal.preview_sheets(demo, path)
    assert [(e.sheet, e.code) for e in p.errors] == [("王芳", "appraisal_locked")]
    assert "王芳" in p.errors[0].message("zh_CN")
    zhang = next(m for m in p.members if m.member_name == "张伟")
    assert zhang.changes == [] and [c.field for c in zhang.conflicts] == ["lead_comment"]
    with pytest.raises(appraisal.SheetsImportFailed):
        appraisal.apply_sheets(demo, p)
    assert appraisal.get_appraisal(demo, uid).lead_comment == "程序里刚改的评语"
    assert row.lead_comment != "程序里刚改的评语"


def test_bad_cells_are_named_by_sheet_and_cell(demo, tmp_path):
    path, uid = _reopened_export(demo, tmp_path)
    row = appraisal.get_appraisal(demo, uid)
    quality = next(i for i in row.items if i.kind.value == "quality")
    wb = openpyxl.load_workbook(path)
    ws = wb["张伟"]
    r = _keys(ws)[f"q|{quality.uid}|{quality.version}"]
    ws.cell(r, 7).value = 9
    ws.cell(_keys(ws)["f|interview"], 7).value = "发红包：很多"
    wb.save(path)
    p = appraisal.preview_sheets(demo, path)
    assert {(e.cell, e.code) for e in p.errors} == {
        (f"G{r}", "appraisal_bad_rating"),
        (f"G{_keys(ws)['f|interview']}", "appraisal_bad_reward"),
    }
    assert all("张伟" in e.message("zh_CN") for e in p.errors)


def test_a_workbook_that_is_not_ours_is_refused(demo, tmp_path):
    path = tmp_path / "other.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["姓名", "分数"])
    wb.save(path)
    with pytest.raises(appraisal.SheetsImportFailed) as e:
        appraisal.preview_sheets(demo, path)
    assert e.value.code == "sheets_not_ours"
    zhang = team.find_by_name("张伟").actor()  # type: ignore[union-attr]
    with pytest.raises(PermissionDenied):
        appraisal.preview_sheets(zhang, path)


def test_the_command_line_function_and_its_exit_codes(demo, tmp_path):
    out, err = io.StringIO(), io.StringIO()
    path = tmp_path / "sheets.xlsx"
    assert appraisal.appraisal_sheets_cmd("2026-Q3", path, actor=demo, out=out, err=err) == 0
    assert path.exists() and "2026-Q3" in out.getvalue()
    zhang = team.find_by_name("张伟").actor()  # type: ignore[union-attr]
    for actor, period in (
        (Actor(None, "命令行"), "2026-Q3"),  # no --as
        (zhang, "2026-Q3"),  # not a lead
        (demo, "2026-Q4"),  # no cycle
        (demo, "明年"),  # not a period
    ):
        err = io.StringIO()
        code = appraisal.appraisal_sheets_cmd(
            period, tmp_path / "no.xlsx", actor=actor, out=out, err=err
        )
        assert code == 2 and err.getvalue().strip()
    assert not (tmp_path / "no.xlsx").exists()
    err = io.StringIO()
    appraisal.appraisal_sheets_cmd("2026-Q3", tmp_path / "no.xlsx", actor=zhang, out=out, err=err)
    assert "--as" in err.getvalue()


def test_the_demo_has_a_year_of_kpis_and_two_finished_cycles(demo):
    from models import kpi

    cycles = appraisal.list_cycles(demo)
    assert [(c.period, c.count, c.finished) for c in cycles] == [
        ("2026-Q3", 8, True),
        ("2026-Q2", 8, True),
    ]
    grades = appraisal.cycle_summary(demo, cycles[0].uid).distribution
    assert sum(grades.values()) == 8 and len([g for g, n in grades.items() if n]) >= 3
    assert all(r.total is not None for r in appraisal.list_appraisals(demo, cycles[0].uid))
    months = kpi.series("revenue", "month", date(2026, 10, 31), 10).points  # 2026-01…10
    assert all(p.actual and p.target and p.last_year for p in months)
    flagged = kpi.deviations("2026-06")
    assert any(m.cause for m in flagged)  # explained deviations, kept with their month
    assert kpi.deviations("2026-10", only_unexplained=True)  # and one left to explain
    assert len(kpi.list_goals(date(2026, 11, 26))) == 5
