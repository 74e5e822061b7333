"""How training values read in the interface: hours, scores, periods, certificate states."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from models import messages, periods, training
from models.training import CertificateStatus, DueCourse, DueReason

translate = QCoreApplication.translate  # lupdate knows calls named translate(context, text)

DASH = "—"


def number_text(value: float | None) -> str:
    """1.5 → "1.5", 3.0 → "3"; None → ""."""
    if value is None:
        return ""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def aside(main: str, note: str) -> str:
    """ "main (note)", with the full-width brackets Chinese uses."""
    return translate("training", "%1 (%2)").replace("%1", main).replace("%2", note)


def money_text(value: Decimal) -> str:
    return f"¥{value:,.2f}"


def score_text(value: float | None) -> str:
    """An average score to one decimal, or a dash when there is none."""
    return DASH if value is None else f"{value:.1f}".removesuffix(".0")


def percent_text(rate: float | None) -> str:
    return DASH if rate is None else f"{rate * 100:.0f}%"


def datetime_text(value: datetime | None) -> str:
    return f"{value:%Y-%m-%d %H:%M}" if value is not None else ""


def category_text(category: str) -> str:
    return training.category_label(category, messages.language())


def delivery_text(delivery: str) -> str:
    return training.delivery_label(delivery, messages.language())


def attendance_text(status: str) -> str:
    return training.attendance_label(status, messages.language())


def passed_text(passed: bool | None) -> str:
    if passed is None:
        return ""
    return translate("training", "Passed") if passed else translate("training", "Failed")


def recur_text(months: int | None) -> str:
    if not months:
        return translate("training", "Once")
    return translate("training", "Every %n month(s)", "", months)


def certificate_text(status: CertificateStatus | None, days_left: int) -> str:
    """The state of a certificate in words, so it never rests on colour alone."""
    if status is CertificateStatus.EXPIRED:
        return translate("training", "Expired %n day(s) ago", "", -days_left)
    if status is CertificateStatus.EXPIRING:
        return translate("training", "Expires in %n day(s)", "", days_left)
    if status is CertificateStatus.VALID:
        return translate("training", "Valid")
    return ""


def expiry_state(expires: date | None, today: date) -> tuple[CertificateStatus | None, int]:
    if expires is None:
        return None, 0
    return training.certificate_status(expires, today), (expires - today).days


def due_text(due: DueCourse) -> str:
    if due.reason is DueReason.NEVER:
        return translate("training", "Never completed")
    return (
        translate("training", "Last done %1; due again since %2")
        .replace("%1", due.last_done.isoformat() if due.last_done else "")
        .replace("%2", due.due_since.isoformat() if due.due_since else "")
    )


def period_text(label: str) -> str:
    """2026 → "2026", 2026-Q4 → "2026 Q4" (in Chinese 2026年 / 2026年第4季度)."""
    p = periods.parse(label)
    if p.kind is periods.PeriodKind.YEAR:
        return translate("training", "Year %1").replace("%1", str(p.year))
    if p.kind is periods.PeriodKind.QUARTER:
        return (
            translate("training", "%1 Q%2")
            .replace("%1", str(p.year))
            .replace("%2", label.rsplit("Q", 1)[1])
        )
    return label


def period_choices(today: date) -> list[str]:
    """Next year back to two years ago, each year followed by its quarters."""
    out: list[str] = []
    for year in range(today.year + 1, today.year - 3, -1):
        out.append(str(year))
        out += [f"{year}-Q{q}" for q in range(1, 5)]
    return out
