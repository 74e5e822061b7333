"""The exchange kind ``appraisals`` (R-4.3): one row per item, the lead only, totals computed
by the app, final appraisals locked, fixed values refused with where to change them."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest

import models
from models import appraisal, base, team
from models import db as dbmod
from models import demo as demo_data
from models.appraisal import ItemKind, State
from models.errors import PermissionDenied, WorkflowError
from models.exchange import RowStatus, export, get_kind, preview, write_template

Q3 = "2026-Q3"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    models.open(path)
    demo_data.fill()
    dbmod.close()
    return path


@pytest.fixture
def lead(demo_file, tmp_path):
    path = tmp_path / "desk.db"
    shutil.copy(demo_file, path)
    models.open(path)
    yield team.find_by_name("周敏").actor()  # type: ignore[union-attr]
    dbmod.close()


def _row(lead, name: str, period: str = Q3) -> appraisal.AppraisalRow:
    cycle = appraisal.find_cycle(period)
    assert cycle is not None
    return next(r for r in appraisal.list_appraisals(lead, cycle.uid) if r.member_name == name)


def _reopen(lead, name: str) -> appraisal.AppraisalRow:
    row = _row(lead, name)
    appraisal.reopen(lead, row.uid, row.version, "更正评分")
    return _row(lead, name)


def _edit(path: Path, out: Path, who: str, item: str, header: str, value) -> None:
    """Change one cell of the export as a lead would in Excel."""
    book = openpyxl.load_workbook(path)
    ws = book.active
    heads = [c.value for c in ws[1]]
    col = heads.index(header) + 1
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 1).value == f"{Q3} {who}" and ws.cell(r, 2).value == item:
            ws.cell(r, col).value = value
            break
    else:
        raise AssertionError(f"no row {who} {item}")
    book.save(out)


def test_the_lead_exports_one_row_per_item_and_it_reimports_unchanged(lead, tmp_path):
    path = tmp_path / "items.xlsx"
    count = appraisal.export_appraisals(lead, path, "zh_CN")
    items = sum(len(r.items) for p in ("2026-Q2", Q3) for r in _rows(lead, p))
    assert count == items
    ws = openpyxl.load_workbook(path).active
    heads = [c.value for c in ws[1]]
    assert heads[:9] == [
        "考核（期间 姓名）",
        "考核项目",
        "类型",
        "权重",
        "目标值",
        "实际值",
        "自评",
        "上级评分",
        "说明/评语",
    ]
    assert not any("总分" in str(h) or "得分" in str(h) for h in heads)  # computed, not typed
    cells = {(ws.cell(r, 1).value, ws.cell(r, 2).value) for r in range(2, ws.max_row + 1)}
    assert (f"{Q3} 张伟", "内容质量") in cells
    result = appraisal.preview_appraisals(lead, path)
    counts = result.counts()
    assert counts.get("unchanged") == items and not result.errors


def _rows(lead, period):
    cycle = appraisal.find_cycle(period)
    assert cycle is not None
    return appraisal.list_appraisals(lead, cycle.uid)


def test_a_changed_rating_imports_and_the_total_is_recomputed(lead, tmp_path):
    before = _reopen(lead, "张伟")
    item = next(i for i in before.items if i.name == "团队协作")
    assert item.rating == 4
    path, edited = tmp_path / "items.xlsx", tmp_path / "edited.xlsx"
    appraisal.export_appraisals(lead, path, "zh_CN")
    _edit(path, edited, "张伟", "团队协作", "上级评分", 2)
    result = appraisal.preview_appraisals(lead, edited)
    changed = [r for s in result.data_sheets for r in s.rows if r.status is RowStatus.UPDATE]
    assert [(c.field, c.old, c.new) for r in changed for c in r.changes] == [("rating", 4, 2)]
    done = appraisal.apply_appraisals(lead, result)
    assert done.updated == 1
    after = _row(lead, "张伟")
    assert next(i for i in after.items if i.name == "团队协作").rating == 2
    # 10% weight, 4/5 → 2/5: 80 → 40 points, 4 points off the total
    assert after.total == pytest.approx(before.total - 4)
    assert after.version > before.version  # an editor open on it sees it changed


def test_a_changed_actual_is_marked_as_corrected_by_the_lead(lead, tmp_path):
    before = _reopen(lead, "王芳")
    item = next(i for i in before.items if i.kind is ItemKind.KPI and i.actual is not None)
    path, edited = tmp_path / "items.xlsx", tmp_path / "edited.xlsx"
    appraisal.export_appraisals(lead, path, "zh_CN")
    _edit(path, edited, "王芳", item.name, "实际值", item.actual * 2)
    appraisal.apply_appraisals(lead, appraisal.preview_appraisals(lead, edited))
    after = next(i for i in _row(lead, "王芳").items if i.uid == item.uid)
    assert after.actual == pytest.approx(item.actual * 2)
    assert after.actual_source == "manual"


def test_final_appraisals_are_locked_and_say_so(lead, tmp_path):
    path, edited = tmp_path / "items.xlsx", tmp_path / "edited.xlsx"
    appraisal.export_appraisals(lead, path, "zh_CN")
    assert _row(lead, "李娜").state is State.FINAL
    _edit(path, edited, "李娜", "团队协作", "说明/评语", "改一下")
    result = appraisal.preview_appraisals(lead, edited)
    errors = result.errors
    assert len(errors) == 1 and errors[0].code == "appraisals_locked"
    assert "李娜 的考核已定稿并锁定" in errors[0].full_message("zh_CN")
    with pytest.raises(models.exchange.ImportFailed):
        appraisal.apply_appraisals(lead, result)


def test_finalised_between_preview_and_import_is_refused(lead, tmp_path):
    row = _reopen(lead, "刘洋")
    path, edited = tmp_path / "items.xlsx", tmp_path / "edited.xlsx"
    appraisal.export_appraisals(lead, path, "zh_CN")
    _edit(path, edited, "刘洋", "团队协作", "说明/评语", "沟通及时")
    result = appraisal.preview_appraisals(lead, edited)
    assert not result.errors
    appraisal.finalize(lead, row.uid, row.version)
    with pytest.raises(WorkflowError) as e:
        appraisal.apply_appraisals(lead, result)
    assert e.value.code == "appraisal_locked"
    comment = next(i for i in _row(lead, "刘洋").items if i.name == "团队协作").comment
    assert comment != "沟通及时"


@pytest.mark.parametrize(
    "item, header, value, code",
    [
        ("团队协作", "权重", 30, "appraisals_weight_fixed"),
        ("内容发布量", "目标值", 1, "appraisals_target_fixed"),
        ("团队协作", "自评", 1, "appraisals_self_fixed"),
        ("团队协作", "上级评分", 9, "appraisals_bad_rating"),
        ("团队协作", "实际值", 3, "appraisals_no_actual"),
        ("内容发布量", "上级评分", 3, "appraisals_no_rating"),
        ("年度之星", "说明/评语", "x", "appraisals_no_item"),
    ],
)
def test_what_a_file_may_not_change_is_refused_at_its_cell(
    lead, tmp_path, item, header, value, code
):
    _reopen(lead, "张伟")
    path, edited = tmp_path / "items.xlsx", tmp_path / "edited.xlsx"
    appraisal.export_appraisals(lead, path, "zh_CN")
    if item == "年度之星":  # a new item: renamed in the file
        _edit(path, edited, "张伟", "团队协作", "考核项目", item)
    else:
        _edit(path, edited, "张伟", item, header, value)
    errors = appraisal.preview_appraisals(lead, edited).errors
    assert [e.code for e in errors] == [code]


def test_only_the_lead_and_never_through_the_plain_export_or_import(lead, tmp_path):
    zhang = team.find_by_name("张伟").actor()  # type: ignore[union-attr]
    with pytest.raises(PermissionDenied):
        appraisal.export_appraisals(zhang, tmp_path / "x.xlsx")
    with pytest.raises(PermissionDenied) as e:  # File ▸ Export has no actor: refused
        export(get_kind("appraisals"), tmp_path / "plain.xlsx", "zh_CN")
    assert "绩效考核" in e.value.message("zh_CN")
    assert not (tmp_path / "plain.xlsx").exists()
    path = tmp_path / "items.xlsx"
    appraisal.export_appraisals(lead, path, "zh_CN")
    plain = preview(path)  # File ▸ Import: every row refused, with where to go instead
    assert plain.errors and {e.code for e in plain.errors} == {"appraisals_on_page"}
    with pytest.raises(PermissionDenied):
        appraisal.preview_appraisals(zhang, path)


def test_the_template_has_the_columns_and_no_data(lead, tmp_path):
    dest = write_template(get_kind("appraisals"), tmp_path / "tpl.xlsx", "zh_CN")
    ws = openpyxl.load_workbook(dest).worksheets[0]
    assert ws.cell(1, 1).value.startswith("考核")
    assert ws.max_row <= 2


def test_a_trashed_cycle_takes_its_items_along(lead, tmp_path):
    result = appraisal.open_cycle(lead, "2026-Q4")
    assert result.created
    appraisal.trash_cycle(lead, result.cycle_uid)
    path = tmp_path / "items.xlsx"
    appraisal.export_appraisals(lead, path, "zh_CN")
    ws = openpyxl.load_workbook(path).active
    assert not any(str(ws.cell(r, 1).value).startswith("2026-Q4") for r in range(2, ws.max_row + 1))
    assert base.history(result.cycle_uid)[-1].action == "trash"
