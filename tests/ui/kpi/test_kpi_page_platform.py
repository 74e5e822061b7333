"""Actuals from platform reports through the KPI page (R-1.3): a daily back-end export is
previewed with its columns mapped to KPIs, then saved; a sheet of KPI figures goes through
the exchange's import preview."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from models import kpi, team
from models.team import Role
from ui import notify
from ui.exchange import PreviewDialog
from ui.kpi import KpiPage
from ui.kpi.platform_dialog import PlatformDialog

TODAY = date(2026, 11, 26)


@pytest.fixture
def page(window, me) -> KpiPage:
    page = next(p for p in window.pages if isinstance(p, KpiPage))
    page.set_today(TODAY)
    window.show_page(page)
    return page


def book(path: Path, sheet: str, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def daily_report(tmp_path: Path) -> Path:
    return book(tmp_path / "巨量引擎日报.xlsx", "数据报表", [
        ["巨量引擎 广告数据报表 2026-10-30 至 2026-11-02"],
        [],
        ["日期", "展现", "点击", "点击率", "消费(元)", "新增线索"],
        ["2026-10-30", 100_000, 2_000, "2.00%", 800, 12],
        ["2026-10-31", 120_000, 2_600, "2.17%", 900, 15],
        [date(2026, 11, 1), "150,000", 3_300, "2.20%", "1,000.5", 20],
        ["2026/11/02", 130_000, 2_800, "2.15%", 950, 18],
        ["合计", 500_000, 10_700, "2.14%", 3650.5, 65],
    ])  # fmt: skip


def open_report(qtbot, monkeypatch, page: KpiPage, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(path), ""))
    page.overview.import_button.click()


def test_a_daily_report_is_mapped_previewed_and_saved_as_a_members_actuals(
    qtbot, qtmodeltester, monkeypatch, page, actor, tmp_path
):
    wang = team.add_member(actor, "王芳", [Role.CHANNEL_OPERATOR])
    kpi.set_value(actor, "clicks", "2026-11", member_uid=wang.uid, actual=1)  # to be replaced
    page.set_member(wang.uid)
    open_report(qtbot, monkeypatch, page, daily_report(tmp_path))
    qtbot.waitUntil(lambda: getattr(page.findChild(PlatformDialog), "preview", None) is not None)
    dialog = page.findChild(PlatformDialog)
    assert dialog.isVisible() and dialog.scope_combo.currentText() == "王芳"
    assert list(dialog.combos) == ["展现", "点击", "消费(元)", "新增线索"]
    assert dialog.combos["新增线索"].currentData() == ""  # no KPI of that name: not imported
    assert dialog.combos["点击"].currentData() == "clicks"

    # The user maps 新增线索 to 表单提交数 and leaves 消费 out; each choice previews again.
    with qtbot.waitSignal(dialog.preview_shown):
        dialog.map_column("新增线索", "form_submissions")
    with qtbot.waitSignal(dialog.preview_shown):
        dialog.map_column("消费(元)", None)
    lines = {(x.kpi.code, x.period): (x.actual, x.days, x.current) for x in dialog.preview.lines}
    assert lines == {
        ("impressions", "2026-10"): (220_000, 2, None),
        ("impressions", "2026-11"): (280_000, 2, None),
        ("clicks", "2026-10"): (4_600, 2, None),
        ("clicks", "2026-11"): (6_100, 2, 1),
        ("form_submissions", "2026-10"): (27, 2, None),
        ("form_submissions", "2026-11"): (38, 2, None),
    }
    assert dialog.model.rowCount() == 6
    qtmodeltester.check(dialog.model)
    assert "not complete" in dialog.model.index(0, 4).data()  # days in the file
    # Two days of November would replace the month's saved actual: said, and shown in red.
    assert dialog.state_label.text().startswith("Import saves 6 actual(s). Careful: 1 cover")
    risky = dialog.model.index(dialog.model.find("clicks|2026-11"), 0)
    assert risky.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert (
        dialog.model.index(dialog.model.find("clicks|2026-10"), 0).data(
            Qt.ItemDataRole.ForegroundRole
        )
        is None
    )

    with qtbot.waitSignal(dialog.imported, timeout=10_000) as saved:
        dialog.import_button.click()
    assert saved.args == [6]
    r = kpi.Resolver()
    assert r.measure("clicks", "2026-11", wang.uid).actual == 6_100
    assert r.measure("form_submissions", "2026-10", wang.uid).actual == 27
    assert r.measure("spend", "2026-11", wang.uid).actual is None  # left out
    assert r.measure("clicks", "2026-11").actual is None  # the team's figures untouched
    ctr = r.measure("ctr", "2026-11", wang.uid)
    assert ctr.actual == pytest.approx(6_100 / 280_000 * 100)  # computed, never imported
    page.set_period("2026-11")
    qtbot.waitUntil(lambda: page.overview.measure_of("clicks").actual == 6_100)


def test_a_report_with_bad_cells_names_them_and_saves_nothing(qtbot, monkeypatch, page, tmp_path):
    path = book(tmp_path / "bad.xlsx", "Sheet1", [
        ["日期", "点击", "分享"], ["2026-13-01", 5, 1], ["2026-11-02", "很多", 2],
    ])  # fmt: skip
    open_report(qtbot, monkeypatch, page, path)
    qtbot.waitUntil(lambda: getattr(page.findChild(PlatformDialog), "preview", None) is not None)
    dialog = page.findChild(PlatformDialog)
    assert not dialog.import_button.isEnabled()
    errors = dialog.errors_edit.toPlainText().splitlines()
    assert len(errors) == 2 and errors[0].startswith("Row 2, column A")
    assert "Nothing was saved" in dialog.state_label.text()
    dialog.reject()
    assert kpi.Resolver().measure("shares", "2026-11").actual is None


def test_a_sheet_of_kpi_figures_goes_through_the_import_preview(
    qtbot, monkeypatch, page, actor, tmp_path
):
    path = book(tmp_path / "投放数据.xlsx", "指标数据", [
        ["指标", "月份", "目标", "实际"],
        ["点击量", "2026年10月", 60000, "61,234"],
        ["获客成本（CAC）", "2026-10", 120, None],
    ])  # fmt: skip
    told: list[str] = []
    monkeypatch.setattr(notify, "info", lambda parent, text: told.append(text))
    open_report(qtbot, monkeypatch, page, path)
    qtbot.waitUntil(
        lambda: getattr(page.window().findChild(PreviewDialog), "preview", None) is not None
    )
    preview = page.window().findChild(PreviewDialog)
    assert [s.kind.name for s in preview.preview.data_sheets] == ["kpi-values"]
    assert preview.mapping.field_of("B") == "period"  # the exchange's column mapping
    with qtbot.waitSignal(preview.imported, timeout=10_000):
        preview.import_button.click()
    assert told
    m = kpi.Resolver().measure("clicks", "2026-10")
    assert (m.target, m.actual) == (60_000, 61_234)
    assert kpi.Resolver().measure("cac", "2026-10").target == 120
    qtbot.waitUntil(lambda: page.overview.measure_of("clicks").actual == 61_234)
