"""How KPI values read in the interface: figures, achievement, periods, categories, directions."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from models import kpi, messages
from models.errors import ConflictError
from models.kpi import KpiRow, Measure, Span
from models.kpi import period as kp

translate = QCoreApplication.translate  # lupdate knows calls named translate(context, text)

DASH = "—"
UP, DOWN = "↑", "↓"


def lang() -> str:
    return messages.language()


def number_text(value: float | None) -> str:
    """1234567 → "1,234,567", 2.345 → "2.35", None → ""."""
    if value is None:
        return ""
    if value == int(value) or abs(value) >= 10_000:
        return f"{value:,.0f}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def percent_text(fraction: float | None) -> str:
    """An achievement as a percentage: 1.153 → "115%"; None → a dash."""
    return DASH if fraction is None else f"{fraction * 100:.0f}%"


def gap_text(gap: float | None) -> str:
    """A deviation with its sign: +15% above the target, −20% short of it."""
    if gap is None:
        return DASH
    points = round(gap * 100)
    if points == 0:
        return "±0%"
    return f"+{points}%" if points > 0 else f"−{-points}%"


def kpi_name(row: KpiRow) -> str:
    return row.label(lang())


def category_text(category: str) -> str:
    return kpi.category_label(category, lang())


def direction_text(direction: str) -> str:
    arrow = UP if direction == kpi.Direction.HIGHER else DOWN
    return f"{arrow} {kpi.direction_label(direction, lang())}"


def aggregate_text(aggregate: str) -> str:
    return kpi.aggregate_label(aggregate, lang())


def span_text(span: Span | str) -> str:
    return kpi.span_label(span, lang())


def period_text(label: str) -> str:
    """2026-11 → 2026年11月 in Chinese, the label itself in English."""
    return kpi.period_display(label, lang())


def short_period(label: str) -> str:
    """A period as an axis names it: 11月 / W45 / Q3 / 2026 (the year only on January)."""
    p = kp.parse(label)
    zh = lang().startswith("zh")
    if p.span is Span.MONTH:
        if p.start.month == 1:
            return f"{p.start.year}年1月" if zh else f"Jan {p.start.year}"
        return f"{p.start.month}月" if zh else p.start.strftime("%b")
    if p.span is Span.WEEK:
        return label.split("-", 1)[1]
    if p.span is Span.QUARTER:
        return label.replace("-", " ")
    return label


def source_text(row: KpiRow, names: dict[str, str] | None = None) -> str:
    """Entered, or the formula of a computed KPI: 点击量 ÷ 曝光量 × 100."""
    if row.source is kpi.Source.RATIO:
        names = names or {}
        formula = f"{names.get(row.numerator, row.numerator)} ÷ "
        formula += names.get(row.denominator, row.denominator)
        if row.scale != 1:
            formula += f" × {number_text(row.scale)}"
        return formula
    return kpi.source_label(row.source, lang())


def goal_status_text(status: str) -> str:
    return kpi.goal_status_label(status, lang())


def date_text(value: date | None) -> str:
    return "" if value is None else value.isoformat()


def flag_text(m: Measure) -> str:
    """The state of a deviation in words (the colour repeats it, never alone)."""
    if not m.flagged:
        return translate("kpi", "On track") if m.achievement is not None else ""
    if m.needs_cause:
        return translate("kpi", "Explain the deviation")
    return translate("kpi", "Explained")


def deviation_text(m: Measure) -> str:
    """What a flagged deviation is, in plain terms and direction-aware (R-1.3): an ad spend
    18% above its budget is worse than planned, a bounce rate 18% below it is better."""
    assert m.gap is not None
    verdict = (
        translate("kpi", "worse than the target")
        if m.gap < 0
        else translate("kpi", "better than the target")
    )
    if m.target and m.actual is not None:
        raw = (m.actual - m.target) / abs(m.target)
        where = (
            translate("kpi", "The actual is %1 above the target")
            if raw >= 0
            else translate("kpi", "The actual is %1 below the target")
        )
        where = where.replace("%1", f"{abs(raw) * 100:.0f}%")
    else:
        where = translate("kpi", "The actual deviates from the target")
    return (
        translate("kpi", "%1, %2 (%3, threshold ±%4%).")
        .replace("%1", where)
        .replace("%2", verdict)
        .replace("%3", kpi.direction_label(m.kpi.direction, lang()))
        .replace("%4", number_text(m.kpi.threshold))
    )


_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")


def parse_typed(text: str) -> float | str | None:
    """A typed figure: "1,234" and "1.2万" become numbers; what cannot be read is returned
    as typed, so the core's check names the field and the value; empty is None."""
    raw = text.strip()
    if not raw:
        return None
    folded = raw.replace(",", "").replace("，", "").replace(" ", "")
    if _NUMBER.match(folded):
        return float(folded)
    try:
        from models.exchange.values import parse_number

        return parse_number(raw)
    except Exception:  # the core words the refusal (kpi_not_number)
        return raw


def relabelled(err: ConflictError, prefix: str) -> ConflictError:
    """The conflict with its fields named as the KPI wording registers them (``kpi_target``
    → 目标值), so the conflict dialog shows labels, not column names; ``version`` stays."""
    return ConflictError(
        err.table, err.uid, prefixed(err.mine, prefix), prefixed(err.theirs, prefix)
    )


def prefixed(values: dict[str, Any], prefix: str) -> dict[str, Any]:
    return {
        f"{prefix}{k}" if f"{prefix}{k}" in messages.FIELD_LABELS else k: v
        for k, v in values.items()
    }
