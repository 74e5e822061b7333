"""Appraisal cycles and the appraisal's steps (R-4.3): draft → self-assessed → reviewed by
the lead → interview held → final.

A cycle for a period creates one appraisal per active member from their role's template,
with the KPI items' targets and actuals filled from the KPI data of that period (an actual
only when the whole period is covered). The member writes the self-assessment; the lead
scores; totals and grades are computed (views.py), never typed. Final is locked: every
write to a final appraisal, its items, plan or needs is refused until the lead reopens it,
which the audit log records with the reason.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from models import base
from models.appraisal import visibility
from models.appraisal.schema import (
    Appraisal,
    AppraisalCycle,
    AppraisalItem,
    ItemKind,
    State,
)
from models.appraisal.templates import TemplateRow, bands_to_json, list_templates, pick_role
from models.appraisal.views import AppraisalRow, build_rows, item_row
from models.base import Actor
from models.db import write
from models.errors import ConflictError, ValidationError, WorkflowError
from models.kpi import period as kp
from models.kpi.schema import TEAM, Kpi
from models.kpi.values import Resolver
from models.team import Member, Role


@dataclass(frozen=True)
class Proposal:
    """What opening a cycle would do for one active member."""

    member_uid: str
    member_name: str
    roles: tuple[Role, ...]
    role: Role | None  # the role whose template applies; None: no template, skipped
    template_title: str
    exists: bool  # the member already has an appraisal in this cycle


@dataclass(frozen=True)
class CycleResult:
    """What opening a cycle did: its uid and period, who got an appraisal, who not."""

    cycle_uid: str
    period: str
    created: tuple[str, ...]  # member names
    skipped: tuple[str, ...]  # member names without a template for any of their roles


def cycle_period(period: str) -> kp.KpiPeriod:
    p = kp.parse(period)
    if p.span is kp.Span.WEEK:
        raise ValidationError("appraisal_period_week", field="period", value=p.label)
    return p


def plan_cycle(
    actor: Actor, period: str, *, roles: dict[str, Role] | None = None
) -> list[Proposal]:
    """Who would get an appraisal and from which template (team lead only)."""
    visibility.require_lead(actor)
    label = cycle_period(period).label
    templates = {t.role.value: t for t in list_templates()}
    existing = AppraisalCycle.alive().where(AppraisalCycle.period == label).first()
    have = set()
    if existing is not None:
        have = {a.member_id for a in Appraisal.alive().where(Appraisal.cycle == existing)}
    out = []
    query = Member.alive().where(Member.active == True)  # noqa: E712 - peewee expression
    for m in query.order_by(Member.name):
        role = (roles or {}).get(m.uid) or pick_role(m, templates)
        if role is not None and role.value not in templates:
            raise ValidationError("appraisal_no_template", field="appraisal_role", role=role.value)
        title = templates[role.value].title if role is not None else ""
        out.append(Proposal(m.uid, m.name, tuple(m.role_list), role, title, m.get_id() in have))
    return out


def open_cycle(
    actor: Actor,
    period: str,
    *,
    title: str = "",
    roles: dict[str, Role] | None = None,
) -> CycleResult:
    """Create the cycle of ``period`` (or reuse it) and the missing members' appraisals.

    ``roles`` picks the template for members with several roles (member uid → role); the
    default is the member's first role, in the procedure's order, that has a template.
    """
    with write():
        proposals = plan_cycle(actor, period, roles=roles)
        p = cycle_period(period)
        templates = {t.role.value: t for t in list_templates()}
        cycle = AppraisalCycle.alive().where(AppraisalCycle.period == p.label).first()
        if cycle is None:
            shown = title.strip() or f"{kp.display(p.label)}绩效考核"
            cycle = base.create(AppraisalCycle, actor, period=p.label, title=shown[:100])
        todo = [x for x in proposals if x.role is not None and not x.exists]
        resolver = Resolver([TEAM, *(x.member_uid for x in todo)])
        for x in todo:
            assert x.role is not None
            _create_appraisal(actor, cycle, x, templates[x.role.value], p, resolver)
        skipped = tuple(x.member_name for x in proposals if x.role is None)
        created = tuple(x.member_name for x in todo)
        return CycleResult(cycle.uid, p.label, created, skipped)


def _create_appraisal(
    actor: Actor,
    cycle: AppraisalCycle,
    proposal: Proposal,
    template: TemplateRow,
    p: kp.KpiPeriod,
    resolver: Resolver,
) -> Appraisal:
    member = Member.by_uid(proposal.member_uid)
    appraisal = base.create(
        Appraisal,
        actor,
        cycle=cycle,
        member=member,
        role=template.role.value,
        template_title=template.title,
        bands=bands_to_json(template.bands),
    )
    units = {k.code: (k.unit, k.direction) for k in Kpi.alive()}
    for n, item in enumerate(template.items):
        values: dict[str, Any] = dict(
            appraisal=appraisal,
            position=n,
            kind=item.kind.value,
            name=item.name,
            description=item.description,
            weight=item.weight,
        )
        if item.kind is ItemKind.KPI:
            unit, direction = units.get(item.kpi, ("", "higher"))
            values |= dict(
                kpi_code=item.kpi,
                unit=unit,
                direction=direction,
                scope=item.scope,
                rule=json.dumps({"floor": item.rule.floor, "cap": item.rule.cap}),
            )
            values |= _kpi_figures(
                resolver, item.kpi, p, member.uid if item.scope == "member" else TEAM
            )
        else:
            values["scale"] = json.dumps(
                [[s.rating, s.label, s.description] for s in item.scale], ensure_ascii=False
            )
        base.create(AppraisalItem, actor, **values)
    return appraisal


def _kpi_figures(resolver: Resolver, code: str, p: kp.KpiPeriod, scope: str) -> dict[str, Any]:
    """Target and actual of a KPI item; an actual only when it covers the whole period."""
    if code not in resolver.kpis:
        return {"target": None, "actual": None, "actual_source": ""}
    target = resolver.target(code, p, scope)
    actual, complete = resolver.actual(code, p, scope)
    if not complete:
        actual = None
    return {
        "target": target,
        "actual": actual,
        "actual_source": "kpi" if actual is not None else "",
    }


# --- steps --------------------------------------------------------------------------------


def load(uid: str, expected_version: int | None) -> Appraisal:
    """The appraisal, refusing a stale version (someone saved it meanwhile)."""
    appraisal = Appraisal.by_uid(uid)
    if expected_version is not None and appraisal.version != expected_version:
        raise ConflictError("appraisal", uid, mine={}, theirs=appraisal.snapshot())
    return appraisal


def check_open(appraisal: Appraisal) -> None:
    if appraisal.state == State.FINAL.value:
        raise WorkflowError("appraisal_locked", name=appraisal.member.name)


def touch(appraisal: Appraisal) -> None:
    """Bump the version after item-only changes so a stale editor is caught (no audit:
    the items' own entries say what changed)."""
    Appraisal.update(version=Appraisal.version + 1, updated_at=base.now()).where(
        Appraisal.id == appraisal.id
    ).execute()


def _items(appraisal: Appraisal) -> dict[str, AppraisalItem]:
    return {i.uid: i for i in AppraisalItem.alive().where(AppraisalItem.appraisal == appraisal)}


def _rating(item: AppraisalItem, value: float | None) -> float | None:
    if value is None:
        return None
    top = max((level[0] for level in json.loads(item.scale or "[]")), default=5)
    if not isinstance(value, int | float) or not 1 <= value <= top:
        raise ValidationError(
            "appraisal_bad_rating", field="appraisal_rating", value=value, max=top
        )
    return float(value)


def save_self_assessment(
    actor: Actor,
    uid: str,
    expected_version: int | None,
    text: str,
    ratings: dict[str, float | None],
    *,
    submit: bool = False,
) -> None:
    """The member's own words and ratings of the quality items; ``submit`` hands them to
    the lead (draft → self-assessed). Only the appraised member, before the lead's review."""
    with write():
        appraisal = load(uid, expected_version)
        me = visibility.require_member(actor)
        if appraisal.member_id != me.get_id():
            raise WorkflowError("appraisal_self_only")
        if appraisal.state not in (State.DRAFT.value, State.SELF_ASSESSED.value):
            raise WorkflowError("appraisal_self_closed", name=appraisal.member.name)
        items = _items(appraisal)
        for item_uid, value in ratings.items():
            item = items.get(item_uid)
            if item is None or item.kind != ItemKind.QUALITY.value:
                raise ValidationError("appraisal_not_item", field="appraisal_rating", uid=item_uid)
            base.update(AppraisalItem, item_uid, {"self_rating": _rating(item, value)}, None, actor)
        changes: dict[str, Any] = {"self_assessment": text.strip()}
        if submit:
            fresh = _items(appraisal)
            if not text.strip():
                raise ValidationError("required", field="appraisal_self_assessment")
            unrated = [
                i.name for i in fresh.values() if i.kind == "quality" and i.self_rating is None
            ]
            if unrated:
                raise WorkflowError("appraisal_self_unrated", items="、".join(unrated))
            changes |= {"state": State.SELF_ASSESSED.value, "submitted_at": base.now()}
        touch(appraisal)
        base.update(Appraisal, uid, changes, None, actor)


def score(
    actor: Actor,
    uid: str,
    expected_version: int | None,
    *,
    ratings: dict[str, float | None] | None = None,
    actuals: dict[str, float | None] | None = None,
    comments: dict[str, str] | None = None,
    lead_comment: str | None = None,
) -> None:
    """The lead's ratings of quality items, corrected KPI actuals (marked manual), item
    comments and overall comment. Any state but final; the state does not change."""
    with write():
        visibility.require_lead(actor)
        appraisal = load(uid, expected_version)
        check_open(appraisal)
        items = _items(appraisal)
        changes: dict[str, dict[str, Any]] = {}
        for item_uid, value in (ratings or {}).items():
            item = _item(items, item_uid, ItemKind.QUALITY)
            changes.setdefault(item_uid, {})["rating"] = _rating(item, value)
        for item_uid, value in (actuals or {}).items():
            _item(items, item_uid, ItemKind.KPI)
            number = None if value is None else float(value)
            changes.setdefault(item_uid, {}).update(
                actual=number, actual_source="manual" if number is not None else ""
            )
        for item_uid, text in (comments or {}).items():
            _item(items, item_uid, None)
            changes.setdefault(item_uid, {})["comment"] = text.strip()
        for item_uid, values in changes.items():
            base.update(AppraisalItem, item_uid, values, None, actor)
        touch(appraisal)
        if lead_comment is not None:
            base.update(Appraisal, uid, {"lead_comment": lead_comment.strip()}, None, actor)


def _item(items: dict[str, AppraisalItem], uid: str, kind: ItemKind | None) -> AppraisalItem:
    item = items.get(uid)
    if item is None or (kind is not None and item.kind != kind.value):
        raise ValidationError("appraisal_not_item", field="appraisal_item", uid=uid)
    return item


def refresh_kpis(actor: Actor, uid: str, expected_version: int | None = None) -> int:
    """Fill the KPI items again from the KPI data (a manual actual is kept); returns how
    many items changed. Any state but final."""
    with write():
        visibility.require_lead(actor)
        appraisal = load(uid, expected_version)
        check_open(appraisal)
        p = cycle_period(appraisal.cycle.period)
        resolver = Resolver([TEAM, appraisal.member.uid])
        changed = 0
        for item in _items(appraisal).values():
            if item.kind != ItemKind.KPI.value:
                continue
            scope = appraisal.member.uid if item.scope == "member" else TEAM
            figures = _kpi_figures(resolver, item.kpi_code, p, scope)
            if item.actual_source == "manual":
                figures = {"target": figures["target"]}
            if any(getattr(item, k) != v for k, v in figures.items()):
                base.update(AppraisalItem, item.uid, figures, None, actor)
                changed += 1
        if changed:
            touch(appraisal)
        return changed


def _move(
    actor: Actor,
    appraisal: Appraisal,
    to: State,
    extra: dict[str, Any] | None = None,
    *,
    action: str = "update",
    note: str | None = None,
) -> Appraisal:
    changes = {"state": to.value} | (extra or {})
    return base.update(Appraisal, appraisal.uid, changes, None, actor, action=action, note=note)


def mark_reviewed(actor: Actor, uid: str, expected_version: int | None) -> None:
    """self-assessed → reviewed: every item has a score (ratings given, actuals known)."""
    with write():
        lead = visibility.require_lead(actor)
        appraisal = load(uid, expected_version)
        if appraisal.state != State.SELF_ASSESSED.value:
            raise WorkflowError("appraisal_needs_self_assessment", name=appraisal.member.name)
        unscored = [i.name for i in map(item_row, _items(appraisal).values()) if i.score is None]
        if unscored:
            raise WorkflowError("appraisal_unscored", items="、".join(unscored))
        extra = {"reviewed_at": base.now(), "reviewer_name": lead.name}
        _move(actor, appraisal, State.REVIEWED, extra)


def finalize(actor: Actor, uid: str, expected_version: int | None) -> None:
    """interview held → final (locked)."""
    with write():
        visibility.require_lead(actor)
        appraisal = load(uid, expected_version)
        if appraisal.state != State.INTERVIEWED.value:
            raise WorkflowError("appraisal_needs_interview", name=appraisal.member.name)
        _move(actor, appraisal, State.FINAL, {"finalized_at": base.now()}, action="finalize")


def reopen(actor: Actor, uid: str, expected_version: int | None, reason: str) -> None:
    """final → interview held, with the reason in the audit log (R-4.3: final is locked)."""
    with write():
        visibility.require_lead(actor)
        appraisal = load(uid, expected_version)
        if appraisal.state != State.FINAL.value:
            raise WorkflowError("appraisal_not_final", name=appraisal.member.name)
        if not reason.strip():
            raise ValidationError("required", field="appraisal_reopen_reason")
        extra = {"finalized_at": None}
        _move(actor, appraisal, State.INTERVIEWED, extra, action="reopen", note=reason.strip())


def trash_cycle(actor: Actor, uid: str) -> None:
    """A cycle opened by mistake: only while none of its appraisals went past the draft."""
    with write():
        visibility.require_lead(actor)
        cycle = AppraisalCycle.by_uid(uid)
        appraisals = list(Appraisal.alive().where(Appraisal.cycle == cycle))
        if any(a.state != State.DRAFT.value for a in appraisals):
            raise WorkflowError("appraisal_cycle_started", period=cycle.period)
        for a in appraisals:
            # the items go too, so no list of items (the appraisals kind) shows them
            for item in AppraisalItem.alive().where(AppraisalItem.appraisal == a):
                base.trash(AppraisalItem, item.uid, actor)
            base.trash(Appraisal, a.uid, actor)
        base.trash(AppraisalCycle, uid, actor)


def snapshot(uid: str) -> AppraisalRow:
    """An appraisal's row without a visibility check (for the services' own use)."""
    return build_rows([Appraisal.by_uid(uid)])[0]
