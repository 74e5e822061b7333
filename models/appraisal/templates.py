"""Appraisal templates per role (R-4.3): KPI items with weights and a scoring rule, quality
items rated on a described scale, weights adding up to 100, and grade bands.

Templates are stored as JSON lists on one record per role, so a template is saved as a
whole (one audit entry with before and after) and validated as a whole (the weights' sum).
Only a team lead edits them. A cycle copies the template into each appraisal it creates.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from models import base
from models.appraisal import visibility
from models.appraisal.builtin_v6 import BANDS, SCALE
from models.appraisal.schema import AppraisalTemplate, ItemKind
from models.appraisal.scoring import GradeBand, ScoringRule, check_bands, check_weights
from models.base import Actor
from models.db import write
from models.errors import ValidationError
from models.kpi.schema import Kpi
from models.team import Member, Role

ITEM_NAME_MAX = 50


@dataclass(frozen=True)
class ScaleLevel:
    """One level of a quality item's scale: the rating, its name and what it means."""

    rating: int
    label: str
    description: str = ""


DEFAULT_SCALE = tuple(ScaleLevel(*level) for level in SCALE)
DEFAULT_BANDS = tuple(GradeBand(*band) for band in BANDS)


@dataclass(frozen=True)
class TemplateItem:
    """A KPI item (``kpi`` code, measured for the member or the team) or a quality item."""

    kind: ItemKind
    name: str
    weight: float
    kpi: str = ""
    scope: str = "member"
    rule: ScoringRule = ScoringRule()
    scale: tuple[ScaleLevel, ...] = DEFAULT_SCALE
    description: str = ""

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind.value, "name": self.name, "weight": self.weight}
        out["description"] = self.description
        if self.kind is ItemKind.KPI:
            out |= {"kpi": self.kpi, "scope": self.scope}
            out |= {"floor": self.rule.floor, "cap": self.rule.cap}
        else:
            out["scale"] = [[s.rating, s.label, s.description] for s in self.scale]
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> TemplateItem:
        kind = ItemKind(data["kind"])
        scale = tuple(ScaleLevel(int(r), str(lb), str(d)) for r, lb, d in data.get("scale", []))
        return cls(
            kind,
            str(data["name"]),
            float(data["weight"]),
            str(data.get("kpi", "")),
            str(data.get("scope", "member")),
            ScoringRule(float(data.get("floor", 60)), float(data.get("cap", 120))),
            scale or DEFAULT_SCALE,
            str(data.get("description", "")),
        )


@dataclass(frozen=True)
class TemplateRow:
    """A role's template as the template editor shows it."""

    uid: str
    version: int
    role: Role
    title: str
    items: tuple[TemplateItem, ...]
    bands: tuple[GradeBand, ...]
    notes: str = ""
    kpi_weight: float = field(default=0.0)

    @classmethod
    def of(cls, t: AppraisalTemplate) -> TemplateRow:
        items = items_from_json(t.items)
        weight = sum(i.weight for i in items if i.kind is ItemKind.KPI)
        return cls(
            t.uid,
            t.version,
            Role(t.role),
            t.title,
            items,
            bands_from_json(t.bands),
            t.notes,
            weight,
        )


def items_from_json(text: str) -> tuple[TemplateItem, ...]:
    return tuple(TemplateItem.from_json(d) for d in json.loads(text or "[]"))


def items_to_json(items: Sequence[TemplateItem]) -> str:
    return json.dumps([i.to_json() for i in items], ensure_ascii=False)


def bands_from_json(text: str) -> tuple[GradeBand, ...]:
    bands = tuple(GradeBand(str(g), float(m), str(lb)) for g, m, lb in json.loads(text or "[]"))
    return bands or DEFAULT_BANDS


def bands_to_json(bands: Sequence[GradeBand]) -> str:
    return json.dumps([[b.grade, b.minimum, b.label] for b in bands], ensure_ascii=False)


def check_items(items: Sequence[TemplateItem]) -> None:
    """Names given and unique, KPI items naming an existing KPI, scales of at least two
    levels, and the weights adding up to 100."""
    if not items:
        raise ValidationError("appraisal_no_items", field="appraisal_items")
    names = [i.name.strip() for i in items]
    for i, name in zip(items, names, strict=True):
        if not name:
            raise ValidationError("required", field="appraisal_item_name")
        if len(name) > ITEM_NAME_MAX:
            raise ValidationError("too_long", field="appraisal_item_name", max=ITEM_NAME_MAX)
        if i.kind is ItemKind.KPI:
            if not Kpi.alive().where(Kpi.code == i.kpi).exists():
                raise ValidationError("appraisal_item_kpi", field="appraisal_item_kpi", name=name)
            if i.scope not in ("member", "team"):
                raise ValidationError("appraisal_item_scope", field="appraisal_item_kpi", name=name)
            i.rule.check()
        elif len(i.scale) < 2 or len({s.rating for s in i.scale}) != len(i.scale):
            raise ValidationError("appraisal_item_scale", field="appraisal_item_scale", name=name)
    if len(set(names)) != len(names):
        raise ValidationError("appraisal_item_duplicate", field="appraisal_item_name")
    check_weights(i.weight for i in items)


def list_templates() -> list[TemplateRow]:
    order = {r.value: n for n, r in enumerate(Role)}
    rows = [TemplateRow.of(t) for t in AppraisalTemplate.alive()]
    return sorted(rows, key=lambda r: order[r.role.value])


def template_for(role: Role | str) -> TemplateRow | None:
    found = AppraisalTemplate.alive().where(AppraisalTemplate.role == Role(role).value).first()
    return TemplateRow.of(found) if found else None


def save_template(
    actor: Actor,
    role: Role | str,
    title: str,
    items: Sequence[TemplateItem],
    bands: Sequence[GradeBand] = DEFAULT_BANDS,
    *,
    notes: str = "",
    expected_version: int | None = None,
) -> TemplateRow:
    """Create or replace a role's template (team lead only); validated as a whole."""
    with write():
        visibility.require_lead(actor)
        role = Role(role)
        title = " ".join(title.split())
        if not title:
            raise ValidationError("required", field="appraisal_template_title")
        check_items(items)
        ordered = check_bands(bands)
        values = dict(
            title=title[:100], items=items_to_json(items), bands=bands_to_json(ordered), notes=notes
        )
        current = AppraisalTemplate.alive().where(AppraisalTemplate.role == role.value).first()
        if current is None:
            saved = base.create(AppraisalTemplate, actor, role=role.value, **values)
        else:
            saved = base.update(AppraisalTemplate, current.uid, values, expected_version, actor)
        return TemplateRow.of(saved)


def trash_template(actor: Actor, uid: str) -> None:
    with write():
        visibility.require_lead(actor)
        base.trash(AppraisalTemplate, uid, actor)


def pick_role(member: Member, templates: dict[str, TemplateRow]) -> Role | None:
    """The member's first role (in the procedure's order) that has a template."""
    for role in member.role_list:
        if role.value in templates:
            return role
    return None
