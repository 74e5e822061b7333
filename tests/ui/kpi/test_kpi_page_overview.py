"""The KPI page's overview (R-1.2, R-1.3): figures typed in place, achievement with its
direction, computed KPIs never typed, deviations explained and kept with the period."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from models import kpi, team
from models.base import Actor
from models.team import Role
from ui import notify
from ui.conflict_dialog import ConflictDialog
from ui.kpi import KpiPage
from ui.kpi.measure_model import EDITABLE
from ui.kpi.value_dialog import KpiValueDialog

TODAY = date(2026, 11, 26)
COLUMN = {field: column for column, field in EDITABLE.items()}


@pytest.fixture
def page(window, me) -> KpiPage:
    page = next(p for p in window.pages if isinstance(p, KpiPage))
    page.set_today(TODAY)
    window.show_page(page)
    return page


def type_into(qtbot, page: KpiPage, code: str, field: str, text: str) -> None:
    """Double-click-edit a cell as the user would: open the editor, type, press Enter."""
    tab = page.overview
    source = tab.model.index_of(code, COLUMN[field])
    index = tab.proxy.mapFromSource(source)
    tab.table.setCurrentIndex(index)
    tab.table.edit(index)
    editor = tab.table.viewport().findChild(QLineEdit)
    assert editor is not None, f"no editor for {code}.{field}"
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def shown(page: KpiPage, code: str, column: str) -> str:
    model = page.overview.model
    number = next(i for i, c in enumerate(model.columns) if c.header == column)
    return model.index_of(code, number).data()


def test_typed_figures_give_achievement_with_direction_and_cac_is_computed(qtbot, page, me):
    assert page.state.period == "2026-10"  # the last month that is over
    for code, field, text in (
        ("cac", "target", "100"),
        ("spend", "actual", "48,000"),
        ("new_customers", "actual", "400"),
        ("bounce_rate", "target", "40"),
        ("bounce_rate", "actual", "36"),
    ):
        type_into(qtbot, page, code, field, text)
        qtbot.waitUntil(lambda c=code, f=field: getattr(page.overview.measure_of(c), f) is not None)

    cac = page.overview.measure_of("cac")
    assert cac is not None
    assert cac.actual == pytest.approx(120)  # 48,000 ÷ 400, computed
    assert cac.achievement == pytest.approx(0.8)  # 20% over a lower-is-better target
    assert shown(page, "cac", "Actual") == "120"
    assert shown(page, "cac", "Achievement") == "80%"
    assert shown(page, "cac", "Deviation") == "−20%"
    assert shown(page, "bounce_rate", "Achievement") == "110%"  # below target is good
    page.overview.select("cac")
    assert "20% above the target, worse than the target" in page.overview.deviation_label.text()
    saved = kpi.Resolver().measure("bounce_rate", "2026-10")
    assert (saved.target, saved.actual) == (40, 36)
    assert page.overview.select("spend")
    assert kpi.Resolver().measure("spend", "2026-10").actual == 48_000
    from models import base

    assert base.history(saved.value_uid)[-1].actor_uid == me.uid


def test_a_computed_kpi_cell_cannot_be_typed(qtbot, page):
    tab = page.overview
    ctr_actual = tab.model.index_of("ctr", COLUMN["actual"])
    ctr_target = tab.model.index_of("ctr", COLUMN["target"])
    clicks_actual = tab.model.index_of("clicks", COLUMN["actual"])
    assert not ctr_actual.flags() & Qt.ItemFlag.ItemIsEditable
    assert ctr_target.flags() & Qt.ItemFlag.ItemIsEditable  # its target is typed
    assert clicks_actual.flags() & Qt.ItemFlag.ItemIsEditable
    assert not tab.model.setData(ctr_actual, "5")
    assert kpi.Resolver().measure("ctr", "2026-10").actual is None
    assert "never typed" in (ctr_actual.data(Qt.ItemDataRole.ToolTipRole) or "")

    tab.select("ctr")
    dialog = tab.edit_selected()
    assert isinstance(dialog, KpiValueDialog)
    assert not dialog.actual_edit.isEnabled()
    assert "actual" not in dialog.values()
    dialog.reject()


def test_a_deviation_asks_for_cause_and_action_which_stay_with_the_period(qtbot, page, actor):
    kpi.set_value(actor, "revenue", "2026-10", target=1_000_000, actual=700_000)
    page.state.changed.emit()
    tab = page.overview
    m = tab.measure_of("revenue")
    assert m is not None and m.flagged and m.needs_cause
    assert shown(page, "revenue", "Status") == "Explain the deviation"
    assert "1 to explain" in tab.summary_label.text()
    assert tab.select("revenue")
    assert tab.save_button.isEnabled()
    assert "30% below the target, worse than the target" in tab.deviation_label.text()

    tab.select("pv")  # no figures: nothing to explain
    assert not tab.save_button.isEnabled()
    tab.select("revenue")
    tab.cause_edit.setPlainText("双11预售推迟到11月")
    tab.action_edit.setPlainText("11月补足，预售节奏提前一周")
    tab.save_button.click()

    saved = kpi.Resolver().measure("revenue", "2026-10")
    assert (saved.cause, saved.action) == ("双11预售推迟到11月", "11月补足，预售节奏提前一周")
    assert not saved.needs_cause
    assert shown(page, "revenue", "Status") == "Explained"
    page.set_period("2026-09")  # kept with October only
    assert kpi.Resolver().measure("revenue", "2026-09").cause == ""


def test_an_empty_cause_is_refused_with_a_message(qtbot, page, actor, monkeypatch):
    kpi.set_value(actor, "revenue", "2026-10", target=1_000_000, actual=700_000)
    page.state.changed.emit()
    told: list[str] = []
    monkeypatch.setattr(notify, "desk_error", lambda parent, err: told.append(err.code))
    page.overview.select("revenue")
    page.overview.cause_edit.setPlainText("  ")
    assert not page.overview.save_explanation()
    assert told == ["required"]


def test_the_figures_dialog_detects_a_conflict_and_keeps_mine(qtbot, page, actor):
    kpi.set_value(actor, "pv", "2026-10", target=1_000_000, actual=900_000)
    page.state.changed.emit()
    page.overview.select("pv")
    dialog = page.overview.edit_selected()
    assert isinstance(dialog, KpiValueDialog)
    assert dialog.target_edit.text() == "1000000"
    kpi.set_value(Actor(None, "李娜"), "pv", "2026-10", actual=950_000)  # meanwhile
    dialog.target_edit.setText("1.1万")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    conflict = dialog.conflict_dialog
    assert isinstance(conflict, ConflictDialog) and conflict.isVisible()
    shown_fields = [conflict.table.item(r, 0).text() for r in range(conflict.table.rowCount())]
    assert shown_fields == ["Target", "Actual"]  # labels, and what they changed too
    conflict.keep_mine_button.click()
    saved = kpi.Resolver().measure("pv", "2026-10")
    assert (saved.target, saved.actual) == (11_000, 950_000)  # mine and theirs, both kept


def test_a_member_and_a_quarter_show_their_own_figures(qtbot, qtmodeltester, page, actor):
    wang = team.add_member(actor, "王芳", [Role.CHANNEL_OPERATOR])
    for month, clicks in (("2026-07", 100), ("2026-08", 120), ("2026-09", 130)):
        kpi.set_value(actor, "clicks", month, member_uid=wang.uid, target=100, actual=clicks)
    page.set_member(wang.uid)
    page.set_period("2026-Q3")
    assert page.scope_combo.currentText() == "王芳"
    assert page.span_combo.currentData() == "quarter"
    m = page.overview.measure_of("clicks")
    assert m is not None and (m.target, m.actual) == (300, 350)
    assert not m.target_typed  # combined from the months, shown muted
    assert "Combined" in page.overview.model.index_of("clicks", 4).data(Qt.ItemDataRole.ToolTipRole)
    page.overview.with_figures_box.setChecked(True)
    codes = {m.kpi.code for m in page.overview.model.rows()}
    assert codes == {"clicks", "training_hours"}  # her hours come from training records (0)
    qtmodeltester.check(page.overview.model)
