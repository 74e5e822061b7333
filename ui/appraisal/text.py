"""How appraisal values read in the interface: states, rewards, scores, grades, periods."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from models import appraisal, messages
from models.appraisal import GradeBand, ItemKind, Reward, State
from models.kpi import period_display

translate = QCoreApplication.translate  # lupdate knows calls named translate(context, text)

DASH = "—"


def state_text(state: State | str) -> str:
    return appraisal.state_label(state, messages.language())


def reward_text(reward: Reward | str) -> str:
    return appraisal.reward_label(reward, messages.language())


def number_text(value: float | None) -> str:
    """85.0 → "85", 1234.5 → "1,234.5"; None → a dash."""
    if value is None:
        return DASH
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def score_text(value: float | None) -> str:
    return DASH if value is None else f"{value:.1f}"


def total_text(value: float | None) -> str:
    return DASH if value is None else f"{value:.2f}"


def percent_text(value: float | None) -> str:
    return DASH if value is None else f"{value * 100:.0f}%"


def grade_text(grade: str | None, bands: tuple[GradeBand, ...]) -> str:
    """ "B（良好）" — the grade with its name, or a dash while there is no total."""
    if grade is None:
        return DASH
    label = next((b.label for b in bands if b.grade == grade), "")
    return (
        translate("appraisal", "%1 (%2)").replace("%1", grade).replace("%2", label)
        if label
        else grade
    )


def kind_text(kind: ItemKind) -> str:
    if kind is ItemKind.KPI:
        return translate("appraisal", "KPI")
    return translate("appraisal", "Competence")


def period_text(period: str) -> str:
    return period_display(period, messages.language())


def date_text(value: date | None) -> str:
    return value.isoformat() if value is not None else ""


def next_quarter(today: date) -> str:
    """The quarter an appraisal cycle is usually opened for: the one just ended."""
    quarter = (today.month - 1) // 3  # the previous quarter, 0 meaning last year's Q4
    if quarter == 0:
        return f"{today.year - 1}-Q4"
    return f"{today.year}-Q{quarter}"
