"""Reporting periods: a year, a quarter or a month, parsed from what people type.

Training plans (R-4.2) and KPIs (R-4.3) are kept per quarter or year. A period is written
canonically as ``2026``, ``2026-Q4`` or ``2026-11``; the parser also accepts the Chinese
spellings people use in sheets (``2026年``, ``2026年第四季度``, ``2026年11月``).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from models import messages
from models.errors import ValidationError
from models.text import normalize

messages.register(
    {
        "bad_period": (
            "“{value}” is not a period; write a year (2026), a quarter (2026-Q4) or a month "
            "(2026-11).",
            "“{value}”不是有效的期间；请写年份（2026）、季度（2026-Q4）或月份（2026-11）。",
        ),
    }
)
messages.register_fields({"period": ("Period", "期间")})


class PeriodKind(StrEnum):
    YEAR = "year"
    QUARTER = "quarter"
    MONTH = "month"


@dataclass(frozen=True, order=True)
class Period:
    """A closed date range ``start``…``end`` (both days included) with its canonical label."""

    start: date
    end: date
    kind: PeriodKind
    label: str

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= _as_date(day) <= self.end

    @property
    def year(self) -> int:
        return self.start.year

    def quarters(self) -> list[Period]:
        """The quarters this period overlaps (one for a quarter or a month)."""
        first = quarter_of(self.start)
        return [first.shift(n) for n in range((self.end.month - self.start.month) // 3 + 1)]

    def months(self) -> list[Period]:
        first = month(self.start.year, self.start.month)
        return [first.shift(n) for n in range(self.end.month - self.start.month + 1)]

    def shift(self, n: int) -> Period:
        """The period ``n`` steps later (earlier when negative), of the same kind."""
        if self.kind is PeriodKind.YEAR:
            return year(self.year + n)
        step = 3 if self.kind is PeriodKind.QUARTER else 1
        moved = add_months(self.start, n * step)
        if self.kind is PeriodKind.QUARTER:
            return quarter(moved.year, (moved.month - 1) // 3 + 1)
        return month(moved.year, moved.month)


def _as_date(day: date) -> date:
    return day.date() if isinstance(day, datetime) else day


def year(y: int) -> Period:
    return Period(date(y, 1, 1), date(y, 12, 31), PeriodKind.YEAR, f"{y}")


def quarter(y: int, q: int) -> Period:
    if not 1 <= q <= 4:
        raise ValidationError("bad_period", value=f"{y}-Q{q}")
    first = 3 * (q - 1) + 1
    end = date(y, first + 2, calendar.monthrange(y, first + 2)[1])
    return Period(date(y, first, 1), end, PeriodKind.QUARTER, f"{y}-Q{q}")


def month(y: int, m: int) -> Period:
    if not 1 <= m <= 12:
        raise ValidationError("bad_period", value=f"{y}-{m}")
    end = date(y, m, calendar.monthrange(y, m)[1])
    return Period(date(y, m, 1), end, PeriodKind.MONTH, f"{y}-{m:02d}")


def quarter_of(day: date) -> Period:
    return quarter(day.year, (day.month - 1) // 3 + 1)


def add_months(day: date, n: int) -> date:
    """The same day ``n`` months later, clamped to the month's end (31 Jan + 1 → 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + n
    y, m = divmod(index, 12)
    return date(y, m + 1, min(day.day, calendar.monthrange(y, m + 1)[1]))


_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4}
_YEAR = re.compile(r"^(\d{4})年?$")
_QUARTER = re.compile(r"^(\d{4})(?:年|-|/|\.)?(?:q|第)?([1-4一二三四])(?:季度|季|q)?$")
_MONTH = re.compile(r"^(\d{4})(?:年|-|/|\.)(\d{1,2})月?$")


def parse(text: str) -> Period:
    """``2026`` / ``2026-Q4`` / ``2026-11`` (and Chinese spellings) → a Period.

    Raises ValidationError("bad_period") for anything else, so forms and imports can say
    which value was wrong.
    """
    key = normalize(text)
    if m := _YEAR.match(key):
        return year(int(m[1]))
    if (m := _QUARTER.match(key)) and ("q" in key or "季" in key):
        return quarter(int(m[1]), _CN_DIGITS.get(m[2]) or int(m[2]))
    if m := _MONTH.match(key):
        return month(int(m[1]), int(m[2]))
    raise ValidationError("bad_period", value=str(text))


def containing(day: date, kind: PeriodKind) -> Period:
    """The year, quarter or month that ``day`` falls in."""
    if kind is PeriodKind.YEAR:
        return year(day.year)
    if kind is PeriodKind.QUARTER:
        return quarter_of(day)
    return month(day.year, day.month)
