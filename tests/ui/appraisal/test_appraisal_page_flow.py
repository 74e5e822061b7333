"""The 绩效考核 page end to end (R-4.3): the lead starts a quarter's cycle, the member writes
the self-assessment, the lead scores, holds the interview and makes it final; the workbook is
exported and an edited copy re-imported after a preview; final is locked, reopening audited,
and a member never sees another member's appraisal."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog

from models import appraisal, base, kpi, team
from models.appraisal import Reward, State
from models.appraisal.sheet_text import KEY_COL
from models.errors import PermissionDenied
from models.team import Role
from ui import notify
from ui.appraisal import AppraisalPage
from ui.appraisal.appraisal_dialog import AppraisalDialog
from ui.appraisal.sheets_dialog import SheetsPreviewDialog
from ui.appraisal.start_dialog import StartCycleDialog

TODAY = date(2027, 1, 12)
Q4 = "2026-Q4"


@pytest.fixture
def people(me, actor) -> dict[str, str]:
    """周敏 leads; 张伟 plans content, 刘洋 edits; Q4's KPI data is in."""
    zhang = team.add_member(actor, "张伟", [Role.CONTENT_PLANNER])
    liu = team.add_member(actor, "刘洋", [Role.EDITOR])
    for month in ("2026-10", "2026-11", "2026-12"):
        kpi.set_value(actor, "content_published", month, member_uid=zhang.uid, target=14, actual=15)
        kpi.set_value(actor, "shares", month, member_uid=zhang.uid, target=2000, actual=1800)
        kpi.set_value(actor, "follower_growth", month, target=4000, actual=4400)
        kpi.set_value(actor, "content_published", month, target=40, actual=42)
        kpi.set_value(actor, "reviews_done", month, member_uid=liu.uid, target=30, actual=27)
    return {"周敏": me.uid, "张伟": zhang.uid, "刘洋": liu.uid}


@pytest.fixture
def page(window, people) -> AppraisalPage:
    page = next(p for p in window.pages if isinstance(p, AppraisalPage))
    page.set_today(TODAY)
    window.show_page(page)
    return page


@pytest.fixture
def quiet(monkeypatch) -> list[str]:
    """Message boxes recorded instead of shown; confirmations answered yes."""
    said: list[str] = []
    monkeypatch.setattr(notify, "info", lambda parent, text: said.append(text))
    monkeypatch.setattr(notify, "error", lambda parent, text, details="": said.append(text))
    monkeypatch.setattr(notify, "confirm", lambda parent, text, action: True)
    return said


def be(session, uid: str) -> None:
    session.set_member(uid)


def open_appraisal(page: AppraisalPage, name: str) -> AppraisalDialog:
    assert page.list_tab.select(name), f"{name} is not listed"
    dialog = page.list_tab.open_selected()
    assert dialog is not None
    return dialog


def rate(combos: dict, value: float) -> None:
    for combo in combos.values():
        combo.setCurrentIndex(combo.findData(value))


def stored(page: AppraisalPage, name: str) -> appraisal.AppraisalRow:
    lead = team.find_by_name("周敏").actor()  # type: ignore[union-attr]
    cycle = appraisal.find_cycle(Q4)
    assert cycle is not None
    return next(r for r in appraisal.list_appraisals(lead, cycle.uid) if r.member_name == name)


def test_a_quarter_end_to_end_in_the_gui(
    qtbot, monkeypatch, zh, page, people, session, quiet, tmp_path
):
    # 1. The lead starts the Q4 cycle: an appraisal per member with a template.
    dialog = page.start_cycle()
    assert isinstance(dialog, StartCycleDialog)
    assert dialog.period_edit.text() == Q4  # the quarter just ended
    assert dialog.table.rowCount() == 3  # the lead is listed, skipped (no template)
    dialog.start_button.click()
    assert "周敏" in quiet[-1]  # skipped, said so
    assert page.list_tab.model.rowCount() == 2
    zhang = stored(page, "张伟")
    published = next(i for i in zhang.items if i.name == "内容发布量")
    assert (published.target, published.actual) == (42, 45)  # filled from the KPI data
    assert zhang.state is State.DRAFT and zhang.total is None

    # 2. 张伟 writes his self-assessment; he sees only his own appraisal.
    be(session, people["张伟"])
    assert [r.member_name for r in page.list_tab.model.rows()] == ["张伟"]
    assert not page.start_button.isEnabled() and not page.export_button.isEnabled()
    mine = open_appraisal(page, "张伟")
    assert mine.hand_in_button.isEnabled() and not mine.review_button.isEnabled()
    assert mine.items.self_combos and not mine.items.rating_combos  # rates himself only
    mine.hand_in_button.click()  # nothing written yet: refused in words
    assert "自评" in quiet[-1] or "Self-assessment" in quiet[-1]
    mine.self_text.setPlainText("Q4 内容发布量达标，双十一专题反响好。")
    rate(mine.items.self_combos, 4.0)
    mine.hand_in_button.click()
    assert stored(page, "张伟").state is State.SELF_ASSESSED
    assert not mine.hand_in_button.isEnabled()
    assert mine.save_button.isEnabled()  # revisable until the lead has reviewed it
    mine.reject()

    # 3. The lead scores and marks it reviewed; the total is computed, then the interview.
    be(session, people["周敏"])
    assert page.pending() == 1  # one self-assessment waits for the lead
    lead = open_appraisal(page, "张伟")
    assert lead.review_button.isEnabled() and not lead.final_button.isEnabled()
    rate(lead.items.rating_combos, 4.0)
    lead.lead_comment.setPlainText("内容产出稳定。")
    assert "B" in lead.total_label.text() or "A" in lead.total_label.text()
    lead.review_button.click()
    row = stored(page, "张伟")
    assert row.state is State.REVIEWED and row.total is not None and row.grade is not None
    assert lead.total_label.text().count(f"{row.total:.2f}") == 1
    form = lead.interview
    form.strengths.setPlainText("选题紧跟热点")
    form.weaknesses.setPlainText("数据复盘不够深入")
    form.reward_combo.setCurrentIndex(form.reward_combo.findData(Reward.BONUS.value))
    form.reward_note.setText("季度奖金上浮10%")
    form.action_edit.setText("每篇重点内容发布后一周内完成数据复盘")
    form.add_action_button.click()
    assert form.plan.rowCount() == 1
    form.topic_edit.setText("归因分析")
    form.add_need_button.click()
    assert form.needs.count() == 1
    assert form.strengths.toPlainText() == "选题紧跟热点"  # notes kept across plan edits
    lead.interview_button.click()
    row = stored(page, "张伟")
    assert row.state is State.INTERVIEWED and row.reward is Reward.BONUS
    assert row.actions[0].owner_name == "张伟" and row.needs[0].topic == "归因分析"

    # 4. Final: locked; reopening asks for a reason that goes to the audit log.
    lead.final_button.click()
    assert stored(page, "张伟").state is State.FINAL
    assert not lead.save_button.isEnabled() and not lead.interview_button.isEnabled()
    assert lead.reopen_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("更正评分", True))
    lead.reopen_button.click()
    assert stored(page, "张伟").state is State.INTERVIEWED
    entry = base.history(row.uid)[-1]
    assert entry.action == "reopen" and entry.note == "更正评分"
    lead.final_button.click()
    lead.reject()

    # 5. The workbook: a summary and one sheet per member, in the background.
    out = tmp_path / "考核表.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    task = page.export_sheets()
    assert task is not None
    qtbot.waitUntil(lambda: task.outcome is not None, timeout=10_000)
    assert task.outcome == "ok" and out.exists()
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["汇总", "刘洋", "张伟"]

    # 6. An edited copy: the preview shows the change and the new total; Import applies it.
    before = stored(page, "张伟")
    appraisal.reopen(team.find_by_name("周敏").actor(), before.uid, before.version, "补录")
    ws = book["张伟"]
    rows = {str(c.value).split("|")[1]: c.row for c in ws[openpyxl.utils.get_column_letter(
        KEY_COL + 1)] if c.value and str(c.value).startswith("q|")}  # fmt: skip
    teamwork = next(i for i in before.items if i.name == "团队协作")
    ws.cell(rows[teamwork.uid], 7).value = 2  # the lead's rating, column G
    edited = tmp_path / "考核表-改.xlsx"
    book.save(edited)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(edited), ""))
    task = page.import_sheets()
    assert task is not None
    qtbot.waitUntil(lambda: page.sheets_preview is not None, timeout=10_000)
    preview = page.sheets_preview
    assert isinstance(preview, SheetsPreviewDialog)
    shown = [[preview.table.item(r, c).text() for c in range(5)]
             for r in range(preview.table.rowCount())]  # fmt: skip
    assert ["张伟", f"张伟!G{rows[teamwork.uid]}", "团队协作 · 上级评分(1–5)", "4", "2"] in shown
    assert any(r[2] == "总分（自动计算）及等级" or "Total" in r[2] or "总分" in r[2] for r in shown)
    assert preview.import_button.isEnabled()
    import_task = preview.start_import()
    assert import_task is not None
    qtbot.waitUntil(lambda: import_task.outcome is not None, timeout=10_000)
    after = stored(page, "张伟")
    assert next(i for i in after.items if i.name == "团队协作").rating == 2
    assert after.total == pytest.approx(before.total - teamwork.weight * 40 / 100)


def test_a_member_sees_only_their_own_and_no_charts(page, people, session):
    lead = team.find_by_name("周敏").actor()  # type: ignore[union-attr]
    appraisal.open_cycle(lead, Q4)
    page.refresh()
    assert page.list_tab.model.rowCount() == 2
    be(session, people["刘洋"])
    assert [r.member_name for r in page.list_tab.model.rows()] == ["刘洋"]
    zhang = stored(page, "张伟")
    with pytest.raises(PermissionDenied):  # the core refuses, whatever the GUI shows
        AppraisalDialog(session, zhang.uid)
    page.tabs.setCurrentWidget(page.charts_tab)
    assert page.charts_tab.summary is None and not page.charts_tab.grades.isVisible()
    assert not page.templates_tab.save_button.isEnabled()
