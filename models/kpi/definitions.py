"""KPI definitions (R-1.2): categories, units, directions, and derived KPIs from their parts.

A derived (ratio) KPI — CTR = clicks ÷ impressions, ROAS = revenue ÷ spend, CAC = spend ÷
new customers, conversion rate = conversions ÷ visits — has no typed actual: it is computed
from the actuals of its two parts for the same period and scope, so it can never disagree
with them. Its target is typed like any other. The parts must be entered KPIs (a ratio of
ratios is refused) so the computation is one step and never circular.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from peewee import fn

from models import base
from models.base import Actor
from models.db import write
from models.errors import ValidationError, WorkflowError
from models.kpi.schema import (
    Aggregate,
    Category,
    Direction,
    Kpi,
    KpiValue,
    Source,
)

FIELDS = (
    "code",
    "name",
    "name_en",
    "category",
    "unit",
    "direction",
    "aggregate",
    "numerator",
    "denominator",
    "scale",
    "threshold",
    "active",
    "notes",
)
NAME_MAX = 50
CODE_RE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


@dataclass(frozen=True)
class KpiRow:
    """A snapshot of a KPI definition for lists, forms and charts."""

    uid: str
    version: int
    code: str
    name: str
    name_en: str
    category: Category
    unit: str
    direction: Direction
    aggregate: Aggregate
    source: Source
    numerator: str
    denominator: str
    scale: float
    threshold: float
    builtin: bool
    active: bool
    notes: str

    @classmethod
    def of(cls, k: Kpi) -> KpiRow:
        return cls(
            k.uid,
            k.version,
            k.code,
            k.name,
            k.name_en,
            Category(k.category),
            k.unit,
            Direction(k.direction),
            Aggregate(k.aggregate),
            Source(k.source),
            k.numerator,
            k.denominator,
            float(k.scale),
            float(k.threshold),
            bool(k.builtin),
            bool(k.active),
            k.notes,
        )

    @property
    def derived(self) -> bool:
        """Computed, never typed: a ratio of two parts, or hours from training records."""
        return self.source is not Source.INPUT

    def label(self, lang: str = "zh_CN") -> str:
        return self.name_en if not lang.startswith("zh") and self.name_en else self.name


def ratio(numerator: float | None, denominator: float | None, scale: float = 1) -> float | None:
    """``numerator ÷ denominator × scale``; None when a part is missing or the divisor is 0."""
    if numerator is None or denominator is None or denominator == 0:
        return None
    return numerator / denominator * scale


def list_kpis(
    *, category: Category | str | None = None, include_inactive: bool = False
) -> list[KpiRow]:
    query = Kpi.alive()
    if category is not None:
        query = query.where(Kpi.category == Category(category).value)
    if not include_inactive:
        query = query.where(Kpi.active == True)  # noqa: E712 - peewee expression
    order = [Kpi.category, Kpi.builtin.desc(), Kpi.id]
    rows = [KpiRow.of(k) for k in query.order_by(*order)]
    rank = {c: i for i, c in enumerate(Category)}
    return sorted(rows, key=lambda r: rank[r.category])


def by_code(code: str) -> Kpi:
    found = Kpi.alive().where(Kpi.code == code).first()
    if found is None:
        raise ValidationError("kpi_unknown", field="kpi_kpi", value=code)
    return found


def get_kpi(code: str) -> KpiRow:
    return KpiRow.of(by_code(code))


def find_by_name(text: str) -> Kpi | None:
    """A KPI by its code, Chinese or English name (case and spaces folded)."""
    from models.text import normalize

    key = normalize(text)
    for k in Kpi.alive():
        if key in (normalize(k.code), normalize(k.name), normalize(k.name_en)):
            return k
    return None


def new_code(name: str) -> str:
    """A code for a team's own KPI: ``custom_1``, ``custom_2`` … (names are often Chinese)."""
    rows: Any = Kpi.select(Kpi.code).tuples()
    taken = {code for (code,) in rows}
    n = 1
    while f"custom_{n}" in taken:
        n += 1
    return f"custom_{n}"


def _number(name: str, value: Any, *, low: float | None = None, high: float | None = None) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValidationError("kpi_not_number", field=f"kpi_{name}", value=str(value)) from None
    if (low is not None and number < low) or (high is not None and number > high):
        raise ValidationError(
            "kpi_out_of_range", field=f"kpi_{name}", value=value, min=low, max=high
        )
    return number


def _choice(enum: Any, name: str, value: Any) -> str:
    try:
        return str(enum(value).value)
    except ValueError:
        raise ValidationError("kpi_bad_choice", field=f"kpi_{name}", value=str(value)) from None


def clean(values: dict[str, Any], *, uid: str | None = None) -> dict[str, Any]:
    """Validate and normalise KPI fields one by one; raises ValidationError naming the field."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key not in FIELDS:
            raise ValidationError("unknown_field", field=key)
        if key == "name":
            name = " ".join(str(value or "").split())
            if not name:
                raise ValidationError("required", field="kpi_name")
            if len(name) > NAME_MAX:
                raise ValidationError("too_long", field="kpi_name", max=NAME_MAX)
            clash = Kpi.alive().where(fn.LOWER(Kpi.name) == name.lower())
            if uid is not None:
                clash = clash.where(Kpi.uid != uid)
            if clash.exists():
                raise ValidationError("kpi_duplicate_name", field="kpi_name", value=name)
            out[key] = name
        elif key == "code":
            code = str(value or "").strip().lower()
            if not CODE_RE.match(code):
                raise ValidationError("kpi_bad_code", field="kpi_code", value=code)
            clash = Kpi.select().where(Kpi.code == code)
            if uid is not None:
                clash = clash.where(Kpi.uid != uid)
            if clash.exists():
                raise ValidationError("kpi_duplicate_code", field="kpi_code", value=code)
            out[key] = code
        elif key == "category":
            out[key] = _choice(Category, key, value)
        elif key == "direction":
            out[key] = _choice(Direction, key, value)
        elif key == "aggregate":
            out[key] = _choice(Aggregate, key, value)
        elif key in ("numerator", "denominator"):
            out[key] = str(value or "").strip()
        elif key == "scale":
            out[key] = _number(key, value, low=1e-9)
        elif key == "threshold":
            out[key] = _number(key, value, low=0, high=100)
        elif key == "active":
            out[key] = bool(value)
        else:
            out[key] = str(value or "").strip() if key != "notes" else str(value or "")
    return out


def check_formula(values: dict[str, Any], code: str) -> str:
    """The source a KPI's parts give it; raises when the parts are not two entered KPIs."""
    num, den = values.get("numerator", ""), values.get("denominator", "")
    if not num and not den:
        return Source.INPUT.value
    if not num or not den:
        missing = "kpi_numerator" if not num else "kpi_denominator"
        raise ValidationError("kpi_formula_half", field=missing)
    for field, part in (("kpi_numerator", num), ("kpi_denominator", den)):
        found = Kpi.alive().where(Kpi.code == part).first()
        if found is None:
            raise ValidationError("kpi_unknown", field=field, value=part)
        if part == code or found.source != Source.INPUT.value:
            raise ValidationError("kpi_formula_part", field=field, value=found.name)
    return Source.RATIO.value


def add_kpi(
    actor: Actor,
    name: str,
    category: Category | str,
    unit: str,
    direction: Direction | str = Direction.HIGHER,
    **others: Any,
) -> Kpi:
    """A team's own KPI; ``numerator`` and ``denominator`` (codes) make it a ratio KPI."""
    with write():
        others.setdefault("code", new_code(name))
        values = clean(
            {"name": name, "category": category, "unit": unit, "direction": direction, **others}
        )
        values["source"] = check_formula(values, values["code"])
        return base.create(Kpi, actor, **values)


def edit_kpi(actor: Actor, uid: str, expected_version: int | None, **changes: Any) -> Kpi:
    """Change a definition; a built-in KPI keeps its code and formula (templates use them)."""
    with write():
        current = Kpi.by_uid(uid)
        values = clean(changes, uid=uid)
        formula_keys = {"code", "numerator", "denominator", "scale"}
        if current.builtin and any(
            k in values and values[k] != getattr(current, k) for k in formula_keys
        ):
            raise WorkflowError("kpi_builtin_formula", name=current.name)
        if current.source == Source.TRAINING.value and ({"numerator", "denominator"} & set(values)):
            raise WorkflowError("kpi_builtin_formula", name=current.name)
        if {"numerator", "denominator"} & set(values):
            merged = {
                "numerator": values.get("numerator", current.numerator),
                "denominator": values.get("denominator", current.denominator),
            }
            values["source"] = check_formula(merged, values.get("code", current.code))
            if values["source"] == Source.RATIO.value and _has_actuals(current):
                raise WorkflowError("kpi_has_actuals", name=current.name)
        return base.update(Kpi, uid, values, expected_version, actor)


def _has_actuals(kpi: Kpi) -> bool:
    return KpiValue.alive().where(KpiValue.kpi == kpi, KpiValue.actual.is_null(False)).exists()


def trash_kpi(actor: Actor, uid: str) -> None:
    """Built-in KPIs are deactivated rather than trashed; a part of a ratio stays."""
    with write():
        kpi = Kpi.by_uid(uid)
        if kpi.builtin:
            raise WorkflowError("kpi_builtin_trash", name=kpi.name)
        used = Kpi.alive().where((Kpi.numerator == kpi.code) | (Kpi.denominator == kpi.code))
        if (user := used.first()) is not None:
            raise WorkflowError("kpi_is_part", name=kpi.name, other=user.name)
        base.trash(Kpi, uid, actor)


def restore_kpi(actor: Actor, uid: str) -> None:
    with write():
        kpi = Kpi.by_uid(uid, include_deleted=True)
        clean({"name": kpi.name}, uid=uid)
        base.restore(Kpi, uid, actor)
