"""SMART goals and KPI definitions on the KPI page (R-1.1, R-1.2): add, edit, delete through
the dialogs, with the core's rules shown beside the field concerned."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from models import base, kpi, team
from models.kpi import GoalStatus
from models.team import Role
from ui.kpi import KpiPage
from ui.kpi.goal_dialog import KpiGoalDialog, to_qdate
from ui.kpi.kpi_dialog import KpiDialog

TODAY = date(2026, 11, 26)


@pytest.fixture
def page(window, me) -> KpiPage:
    page = next(p for p in window.pages if isinstance(p, KpiPage))
    page.set_today(TODAY)
    window.show_page(page)
    return page


def save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_a_goal_is_added_edited_and_deleted_with_its_progress(qtbot, window, page, me, actor):
    chen = team.add_member(actor, "陈静", [Role.CRM])
    kpi.set_value(actor, "repurchase_rate", "2026", member_uid=chen.uid, actual=27)
    page.show_tab(page.goals)
    window.new_action.trigger()  # Edit ▸ New on the goals tab
    dialog = page.goals.findChild(KpiGoalDialog)
    assert dialog is not None and dialog.isVisible()

    dialog.statement_edit.setText("复购")  # not specific: refused beside the field
    dialog.kpi_combo.setCurrentIndex(dialog.kpi_combo.findData("repurchase_rate"))
    dialog.target_edit.setText("30")
    dialog.aligned_edit.setText("会员运营计划")
    save(dialog)
    assert dialog.isVisible() and dialog.errors["goal_statement"].text()
    assert kpi.list_goals(TODAY) == []

    dialog.statement_edit.setText("2026年复购率达到30%")
    dialog.baseline_edit.setText("12")  # more than twice as far: a warning, not a refusal
    assert dialog.warning_label.isVisibleTo(dialog) and dialog.warning_label.text()
    dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findData(chen.uid))
    dialog.deadline_edit.setDate(to_qdate(date(2026, 12, 31)))
    save(dialog)
    assert not dialog.isVisible()
    [goal] = kpi.list_goals(TODAY)
    assert (goal.statement, goal.kpi.code, goal.target, goal.baseline) == (
        "2026年复购率达到30%",
        "repurchase_rate",
        30,
        12,
    )
    assert (goal.owner_name, goal.period, goal.deadline) == ("陈静", "2026", date(2026, 12, 31))
    assert goal.achievement == pytest.approx(0.9) and goal.status is GoalStatus.OPEN
    assert base.history(goal.uid)[-1].actor_uid == me.uid
    assert page.goals.current_goal() == goal
    assert page.goals.model.index(0, 4).data() == "90%"  # the progress column

    edit = page.goals.edit_selected()
    assert isinstance(edit, KpiGoalDialog)
    edit.target_edit.setText("27")
    edit.period_edit.setText("2026-Q4")
    save(edit)
    [goal] = kpi.list_goals(TODAY)
    assert (goal.target, goal.period) == (27, "2026-Q4")

    page.goals.owner_combo.setCurrentIndex(page.goals.owner_combo.findData(""))  # the team's
    assert page.goals.model.rowCount() == 0
    page.goals.owner_combo.setCurrentIndex(page.goals.owner_combo.findData(chen.uid))
    assert page.goals.model.rowCount() == 1
    page.goals.select(goal.uid)
    window.delete_action.trigger()
    assert kpi.list_goals(TODAY) == [] and page.goals.model.rowCount() == 0


def test_a_derived_kpi_is_defined_from_two_parts_and_computed(qtbot, page, actor):
    page.show_tab(page.definitions)
    assert not page.period_bar.isEnabled()  # definitions have no period
    dialog = page.new_record()
    assert isinstance(dialog, KpiDialog)
    dialog.name_edit.setText("线索成本")
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("conversion"))
    dialog.unit_combo.setCurrentText("元")
    dialog.direction_combo.setCurrentIndex(dialog.direction_combo.findData("lower"))
    assert not dialog.formula.isEnabled()
    dialog.computed_box.setChecked(True)
    dialog.numerator_combo.setCurrentIndex(dialog.numerator_combo.findData("spend"))
    dialog.denominator_combo.setCurrentIndex(dialog.denominator_combo.findData("form_submissions"))
    dialog.threshold_spin.setValue(15)
    save(dialog)
    assert not dialog.isVisible()
    row = kpi.get_kpi(kpi.find_by_name("线索成本").code)
    assert (row.source, row.numerator, row.denominator, row.threshold) == (
        kpi.Source.RATIO,
        "spend",
        "form_submissions",
        15,
    )
    assert row.direction is kpi.Direction.LOWER
    assert page.definitions.current_kpi() == row

    kpi.set_value(actor, "spend", "2026-10", actual=30_000)
    kpi.set_value(actor, "form_submissions", "2026-10", actual=600)
    kpi.set_value(actor, row.code, "2026-10", target=40)
    page.show_tab(page.overview)
    m = page.overview.measure_of(row.code)
    assert m is not None and m.actual == pytest.approx(50) and m.achievement == pytest.approx(0.75)

    page.show_tab(page.definitions)
    page.definitions.select(row.uid)
    page.delete_selected()
    assert kpi.find_by_name("线索成本") is None


def test_a_built_in_kpi_keeps_its_formula_and_is_not_deleted(qtbot, page, monkeypatch):
    page.show_tab(page.definitions)
    cac = kpi.get_kpi("cac")
    assert page.definitions.select(cac.uid)
    assert not page.definitions.delete_button.isEnabled()
    dialog = page.definitions.edit_selected()
    assert isinstance(dialog, KpiDialog)
    assert not dialog.computed_box.isEnabled() and not dialog.formula.isEnabled()
    dialog.threshold_spin.setValue(20)
    save(dialog)
    after = kpi.get_kpi("cac")
    assert after.threshold == 20 and (after.numerator, after.denominator) == (
        "spend",
        "new_customers",
    )
