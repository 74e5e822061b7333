"""The 绩效考核 page's other parts (R-4.3) on the demo team: the template editor and its
weights rule, the charts of a finished cycle, and the item list (exchange kind
``appraisals``) exported and re-imported through the exchange's preview dialog."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog

import models
from models import appraisal, team
from models import db as dbmod
from models import demo as demo_data
from models.appraisal import State
from models.team import Role
from ui import notify
from ui.app import create_main_window
from ui.appraisal import AppraisalPage
from ui.appraisal.items_exchange import ItemsPreviewDialog
from ui.appraisal.templates_tab import WEIGHT_COL
from ui.session import Session


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    models.open(path)
    demo_data.fill()
    dbmod.close()
    return path


@pytest.fixture
def page(qtbot, demo_file, tmp_path, settings) -> AppraisalPage:
    path = tmp_path / "desk.db"
    shutil.copy(demo_file, path)
    models.open(path)
    session = Session(settings, str(path))
    session.set_member(team.find_by_name("周敏").uid)  # type: ignore[union-attr]
    window = create_main_window(settings, session)
    qtbot.addWidget(window)
    page = next(p for p in window.pages if isinstance(p, AppraisalPage))
    window.show_page(page)
    yield page
    dbmod.close()


def test_the_lead_edits_a_template_and_weights_must_add_up_to_100(page):
    tab = page.templates_tab
    page.tabs.setCurrentWidget(tab)
    tab.select_role(Role.CONTENT_PLANNER)
    tab.items.item(0, WEIGHT_COL).setText("30")  # 25 → 30: the sum is 105
    assert "105" in tab.weight_label.text()
    assert not tab.save()
    assert "105" in tab.error.text() and "100" in tab.error.text()
    stored = appraisal.template_for(Role.CONTENT_PLANNER)
    assert stored is not None and stored.items[0].weight == 25
    tab.items.item(4, WEIGHT_COL).setText("5")  # 团队协作 10 → 5: back to 100
    tab.bands.item(0, 1).setText("92")  # A from 92
    assert tab.save(), tab.error.text()
    stored = appraisal.template_for(Role.CONTENT_PLANNER)
    assert stored is not None
    assert [i.weight for i in stored.items][:1] == [30] and stored.bands[0].minimum == 92


def test_a_member_reads_the_templates_without_editing(page):
    page.session.set_member(team.find_by_name("张伟").uid)  # type: ignore[union-attr]
    tab = page.templates_tab
    assert tab.items.rowCount() > 0
    assert not tab.save_button.isEnabled() and not tab.add_kpi_button.isEnabled()


def test_the_charts_show_grades_totals_and_kpi_achievement(page):
    page.set_cycle("2026-Q3")
    page.tabs.setCurrentWidget(page.charts_tab)
    charts = page.charts_tab
    summary = charts.summary
    assert summary is not None and len(summary.rows) == 8
    grades = dict(zip(charts.grades.categories(), charts.grades.series()[0].values, strict=True))
    assert sum(grades.values()) == 8 and grades["A 优秀"] == summary.distribution["A"]
    assert charts.scores.categories()[0] == summary.rows[0].member_name  # ranked first
    assert charts.scores.value(summary.rows[0].member_name) == pytest.approx(summary.rows[0].total)
    assert len(charts.kpis.categories()) == 8


def test_the_item_list_round_trip_changes_a_comment(qtbot, monkeypatch, page, tmp_path):
    said: list[str] = []
    monkeypatch.setattr(notify, "info", lambda parent, text: said.append(text))
    monkeypatch.setattr(notify, "error", lambda parent, text, details="": said.append(text))
    lead = page.session.actor()
    cycle = appraisal.find_cycle("2026-Q3")
    assert cycle is not None
    row = next(r for r in appraisal.list_appraisals(lead, cycle.uid) if r.member_name == "黄丽")
    appraisal.reopen(lead, row.uid, row.version, "补充评语")
    out = tmp_path / "明细.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    task = page.export_items()
    assert task is not None
    qtbot.waitUntil(lambda: task.outcome is not None, timeout=10_000)
    assert task.outcome == "ok", task.error
    book = openpyxl.load_workbook(out)
    ws = book.active
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 1).value == "2026-Q3 黄丽" and ws.cell(r, 2).value == "团队协作":
            ws.cell(r, 9).value = "主动补位"
    edited = tmp_path / "明细-改.xlsx"
    book.save(edited)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(edited), ""))
    dialog = page.import_items()
    assert isinstance(dialog, ItemsPreviewDialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    assert dialog.preview.counts().get("update") == 1
    assert dialog.import_button.isEnabled()
    task = dialog.start_import()
    assert task is not None
    qtbot.waitUntil(lambda: task.outcome is not None, timeout=10_000)
    fresh = appraisal.get_appraisal(lead, row.uid)
    assert next(i for i in fresh.items if i.name == "团队协作").comment == "主动补位"
    assert fresh.state is State.INTERVIEWED and fresh.version > row.version
    assert said and "1" in said[-1]  # the exchange's "updated 1" message
