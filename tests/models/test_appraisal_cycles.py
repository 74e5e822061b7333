"""Appraisal templates, cycles and the state machine (R-4.3): appraisals made from the role's
template with KPI items filled from actuals; draft → self-assessed → reviewed → interview
held → final; final locked; reopening audited."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from models import appraisal, base, kpi, team, training
from models.appraisal import GradeBand, ItemKind, State, TemplateItem
from models.errors import ConflictError, PermissionDenied, ValidationError, WorkflowError
from models.team import Role


@pytest.fixture
def people(db, actor):
    """A lead, a planner, an analyst who also plans, one who left; Q3 KPI data for the planner."""
    lead = team.add_member(actor, "周敏", [Role.TEAM_LEAD])
    zhang = team.add_member(actor, "张伟", [Role.CONTENT_PLANNER])
    li = team.add_member(actor, "李娜", [Role.DATA_ANALYST, Role.CONTENT_PLANNER])
    team.add_member(actor, "吴强", [Role.CHANNEL_OPERATOR], active=False)
    for month in ("2026-07", "2026-08", "2026-09"):
        kpi.set_value(actor, "content_published", month, member_uid=zhang.uid, target=14, actual=15)
        kpi.set_value(actor, "follower_growth", month, target=4000, actual=4200)
        kpi.set_value(actor, "shares", month, member_uid=zhang.uid, target=2000)
    for month in ("2026-07", "2026-08"):  # September's shares are not in yet
        kpi.set_value(actor, "shares", month, member_uid=zhang.uid, actual=1800)
    return {"lead": lead.actor(), "zhang": zhang.actor(), "li": li.actor()}


def _open(people) -> dict[str, appraisal.AppraisalRow]:
    appraisal.open_cycle(people["lead"], "2026-Q3", roles={people["li"].uid: Role.DATA_ANALYST})
    cycle = appraisal.find_cycle("2026-Q3")
    assert cycle is not None
    return {r.member_name: r for r in appraisal.list_appraisals(people["lead"], cycle.uid)}


def test_default_templates_exist_per_role_with_weights_adding_up_to_100(db):
    templates = appraisal.list_templates()
    assert {t.role for t in templates} == set(Role) - {Role.TEAM_LEAD}
    for t in templates:
        assert sum(i.weight for i in t.items) == pytest.approx(100)
        assert {i.kind for i in t.items} == {ItemKind.KPI, ItemKind.QUALITY}
        assert [b.grade for b in t.bands] == ["A", "B", "C", "D"]
        assert all(len(i.scale) == 5 for i in t.items if i.kind is ItemKind.QUALITY)


def test_only_a_lead_saves_a_template_and_weights_must_add_up_to_100(people):
    current = appraisal.template_for(Role.CRM)
    assert current is not None
    items = list(current.items)
    with pytest.raises(PermissionDenied):
        appraisal.save_template(people["zhang"], Role.CRM, "客户关系", items)
    heavier = [TemplateItem(items[0].kind, items[0].name, items[0].weight + 5, items[0].kpi)]
    with pytest.raises(ValidationError) as e:
        appraisal.save_template(people["lead"], Role.CRM, "客户关系", heavier + items[1:])
    assert (e.value.code, e.value.params["total"]) == ("appraisal_weights_sum", 105)
    bad_kpi = [TemplateItem(ItemKind.KPI, "新指标", items[0].weight, "no_such_kpi"), *items[1:]]
    with pytest.raises(ValidationError) as e:
        appraisal.save_template(people["lead"], Role.CRM, "客户关系", bad_kpi)
    assert e.value.code == "appraisal_item_kpi"
    bands = [GradeBand("优", 85), GradeBand("良", 70), GradeBand("差", 0)]
    saved = appraisal.save_template(
        people["lead"], Role.CRM, "客户关系考核表（新）", items, bands,
        expected_version=current.version,
    )  # fmt: skip
    assert [b.grade for b in saved.bands] == ["优", "良", "差"] and saved.version == 2


def test_a_cycle_makes_appraisals_from_role_templates_with_kpi_items_from_actuals(people):
    result = appraisal.open_cycle(
        people["lead"], "2026年第三季度", roles={people["li"].uid: Role.DATA_ANALYST}
    )
    assert set(result.created) == {"张伟", "李娜"} and result.skipped == ("周敏",)
    rows = {r.member_name: r for r in appraisal.list_appraisals(people["lead"], result.cycle_uid)}
    assert (rows["李娜"].role, rows["张伟"].role) == (Role.DATA_ANALYST, Role.CONTENT_PLANNER)
    items = {i.kpi_code: i for i in rows["张伟"].items if i.kind is ItemKind.KPI}
    assert (items["content_published"].target, items["content_published"].actual) == (42, 45)
    assert items["content_published"].score == pytest.approx(45 / 42 * 100)
    assert (items["follower_growth"].target, items["follower_growth"].actual) == (12000, 12600)
    assert items["shares"].target == 6000 and items["shares"].actual is None  # September missing
    assert rows["张伟"].state is State.DRAFT and rows["张伟"].total is None
    again = appraisal.open_cycle(people["lead"], "2026-Q3")  # re-running adds nobody
    assert again.created == () and again.cycle_uid == result.cycle_uid
    with pytest.raises(ValidationError):
        appraisal.open_cycle(people["lead"], "2026-W40")
    with pytest.raises(PermissionDenied):
        appraisal.open_cycle(people["zhang"], "2026-Q4")


def test_training_hours_come_from_the_training_records(people, actor):
    course = training.add_course(actor, "营销数据分析", "data", hours=3)
    session = training.add_session(actor, course.uid, datetime(2026, 8, 20, 14, 0))
    training.add_record(actor, session.uid, people["li"].uid, status="attended")
    rows = _open(people)
    [hours] = [i for i in rows["李娜"].items if i.kpi_code == "training_hours"]
    assert hours.actual == 3 and rows["李娜"].training_hours == 3


def _rate_all(row: appraisal.AppraisalRow, value: float) -> dict[str, float | None]:
    return {i.uid: value for i in row.items if i.kind is ItemKind.QUALITY}


def test_the_steps_in_order_with_final_locked_and_reopening_audited(people):
    lead, zhang = people["lead"], people["zhang"]
    row = _open(people)["张伟"]
    with pytest.raises(WorkflowError) as e:
        appraisal.save_self_assessment(lead, row.uid, None, "…", {}, submit=True)
    assert e.value.code == "appraisal_self_only"
    with pytest.raises(WorkflowError) as e:
        appraisal.save_self_assessment(zhang, row.uid, None, "本季度内容达标", {}, submit=True)
    assert e.value.code == "appraisal_self_unrated"
    with pytest.raises(WorkflowError) as e:
        appraisal.mark_reviewed(lead, row.uid, None)
    assert e.value.code == "appraisal_needs_self_assessment"
    appraisal.save_self_assessment(
        zhang, row.uid, row.version, "本季度内容达标", _rate_all(row, 4), submit=True
    )
    row = appraisal.get_appraisal(zhang, row.uid)
    assert row.state is State.SELF_ASSESSED and row.submitted_at is not None
    with pytest.raises(WorkflowError) as e:  # ratings and the missing actual first
        appraisal.mark_reviewed(lead, row.uid, None)
    assert e.value.code == "appraisal_unscored" and "内容分享数" in e.value.params["items"]
    [shares] = [i for i in row.items if i.kpi_code == "shares"]
    appraisal.score(lead, row.uid, row.version, ratings=_rate_all(row, 5),
                    actuals={shares.uid: 5700}, lead_comment="稳定")  # fmt: skip
    row = appraisal.get_appraisal(lead, row.uid)
    [shares] = [i for i in row.items if i.kpi_code == "shares"]
    assert (shares.actual, shares.actual_source, shares.score) == (5700, "manual", 95)
    assert row.total is not None and row.grade is not None
    appraisal.mark_reviewed(lead, row.uid, row.version)
    with pytest.raises(WorkflowError):
        appraisal.save_self_assessment(zhang, row.uid, None, "改一下", {})
    with pytest.raises(WorkflowError) as e:
        appraisal.finalize(lead, row.uid, None)
    assert e.value.code == "appraisal_needs_interview"
    appraisal.record_interview(lead, row.uid, None, held_on=date(2026, 10, 14),
                               strengths="选题快", weaknesses="复盘浅", reward="bonus")  # fmt: skip
    appraisal.add_action(lead, row.uid, "每篇内容一周内复盘", due_on=date(2026, 12, 31))
    appraisal.finalize(lead, row.uid, None)
    final = appraisal.get_appraisal(lead, row.uid)
    assert final.state is State.FINAL and final.locked and final.actions[0].owner_name == "张伟"
    for attempt in (
        lambda: appraisal.score(lead, row.uid, None, lead_comment="改"),
        lambda: appraisal.add_action(lead, row.uid, "再加一条"),
        lambda: appraisal.refresh_kpis(lead, row.uid),
    ):
        with pytest.raises(WorkflowError) as e:
            attempt()
        assert e.value.code == "appraisal_locked"
    with pytest.raises(ValidationError):
        appraisal.reopen(lead, row.uid, None, "  ")
    appraisal.reopen(lead, row.uid, final.version, "面谈后补充了实际值")
    entries = [e for e in base.history(row.uid) if e.action == "reopen"]
    assert len(entries) == 1 and entries[0].note == "面谈后补充了实际值"
    assert entries[0].actor_name == "周敏" and entries[0].after_values()["state"] == "interviewed"
    assert appraisal.get_appraisal(lead, row.uid).state is State.INTERVIEWED


def test_refreshing_kpis_keeps_a_corrected_actual_and_a_stale_version_is_refused(people, actor):
    lead = people["lead"]
    row = _open(people)["张伟"]
    items = {i.kpi_code: i for i in row.items}
    appraisal.score(lead, row.uid, row.version, actuals={items["content_published"].uid: 40})
    kpi.set_value(actor, "shares", "2026-09", member_uid=people["zhang"].uid, actual=2100)
    kpi.set_value(actor, "content_published", "2026-09", member_uid=people["zhang"].uid, actual=20)
    assert appraisal.refresh_kpis(lead, row.uid) == 1
    fresh = {i.kpi_code: i for i in appraisal.get_appraisal(lead, row.uid).items}
    assert fresh["shares"].actual == 5700 and fresh["content_published"].actual == 40
    with pytest.raises(ConflictError):
        appraisal.score(lead, row.uid, row.version, lead_comment="stale")


def test_the_interview_links_training_needs_to_courses(people, actor):
    course = training.add_course(actor, "SEO与SEM实操", "platform_tools")
    lead = people["lead"]
    row = _open(people)["张伟"]
    appraisal.add_training_need(lead, row.uid, course_uid=course.uid)
    appraisal.add_training_need(lead, row.uid, topic="直播控场")
    with pytest.raises(ValidationError):
        appraisal.add_training_need(lead, row.uid)
    needs = appraisal.get_appraisal(lead, row.uid).needs
    assert [(n.course_title, n.topic) for n in needs] == [("SEO与SEM实操", ""), ("", "直播控场")]
    with pytest.raises(PermissionDenied):
        appraisal.add_training_need(people["zhang"], row.uid, topic="自己加")
