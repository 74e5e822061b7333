"""Who sees which appraisal (R-4.3), enforced in models: a member their own, the lead all."""

from __future__ import annotations

import pytest

from models import appraisal, kpi, team
from models.base import Actor
from models.errors import PermissionDenied
from models.team import Role


@pytest.fixture
def cycle(db, actor):
    lead = team.add_member(actor, "周敏", [Role.TEAM_LEAD])
    zhang = team.add_member(actor, "张伟", [Role.CONTENT_PLANNER])
    wang = team.add_member(actor, "王芳", [Role.CHANNEL_OPERATOR])
    kpi.set_value(actor, "pv", "2026-Q3", target=1, actual=1)
    result = appraisal.open_cycle(lead.actor(), "2026-Q3")
    rows = {r.member_name: r for r in appraisal.list_appraisals(lead.actor(), result.cycle_uid)}
    return {
        "uid": result.cycle_uid,
        "lead": lead.actor(),
        "zhang": zhang.actor(),
        "wang": wang.actor(),
        "rows": rows,
    }


def test_a_member_sees_only_their_own_appraisal(cycle):
    mine = appraisal.list_appraisals(cycle["zhang"], cycle["uid"])
    assert [r.member_name for r in mine] == ["张伟"]
    assert [r.member_name for r in appraisal.my_appraisals(cycle["zhang"])] == ["张伟"]
    with pytest.raises(PermissionDenied) as e:
        appraisal.get_appraisal(cycle["zhang"], cycle["rows"]["王芳"].uid)
    assert e.value.code == "appraisal_not_yours"
    assert appraisal.get_appraisal(cycle["zhang"], cycle["rows"]["张伟"].uid).member_name == "张伟"
    [c] = appraisal.list_cycles(cycle["zhang"])
    assert c.count == 1  # the cycle's counts show only what they may see


def test_the_lead_sees_everyone_and_the_summary(cycle):
    assert {r.member_name for r in appraisal.list_appraisals(cycle["lead"], cycle["uid"])} == {
        "张伟",
        "王芳",
    }
    summary = appraisal.cycle_summary(cycle["lead"], cycle["uid"])
    assert {r.member_name for r in summary.rows} == {"张伟", "王芳"}
    assert set(summary.distribution) == {"A", "B", "C", "D"}
    with pytest.raises(PermissionDenied) as e:
        appraisal.cycle_summary(cycle["zhang"], cycle["uid"])
    assert e.value.code == "appraisal_lead_only"


def test_someone_who_is_no_member_sees_nothing(cycle):
    for nobody in (Actor.system(), Actor(None, "命令行"), Actor("not-a-uid", "访客")):
        with pytest.raises(PermissionDenied) as e:
            appraisal.list_appraisals(nobody, cycle["uid"])
        assert e.value.code == "appraisal_who"
        assert not appraisal.can_see(nobody, appraisal.Appraisal.by_uid(cycle["rows"]["张伟"].uid))


def test_a_lead_who_left_is_a_lead_no_more(cycle, actor):
    lead = team.find_by_name("周敏")
    assert lead is not None
    team.set_active(actor, lead.uid, False)
    assert not appraisal.is_lead(cycle["lead"])
    assert [r.member_name for r in appraisal.list_appraisals(cycle["lead"], cycle["uid"])] == []
