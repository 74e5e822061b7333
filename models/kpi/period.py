"""KPI periods (R-1.3): a week, a month, a quarter or a year, as people type them.

``models.periods`` knows years, quarters and months; KPIs are also reviewed weekly, so this
module adds ISO weeks (``2026-W05``, ``2026年第5周``) and the moves the KPI pages need: the
period's parts (a year's quarters, a quarter's months), the same period last year, and the
last n periods of a kind. Labels are canonical and sort in time order within a kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from models import messages, periods
from models.errors import ValidationError
from models.text import normalize

messages.register(
    {
        "kpi_bad_period": (
            "“{value}” is not a period; write a week (2026-W05), a month (2026-11), a quarter "
            "(2026-Q4) or a year (2026).",
            "“{value}”不是有效的期间；请写周（2026-W05）、月（2026-11）、季度（2026-Q4）或年（2026）。",
        ),
    }
)


class Span(StrEnum):
    """How long a KPI period is."""

    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


SPAN_NAMES: dict[Span, tuple[str, str]] = {
    Span.WEEK: ("Week", "周"),
    Span.MONTH: ("Month", "月"),
    Span.QUARTER: ("Quarter", "季度"),
    Span.YEAR: ("Year", "年"),
}


@dataclass(frozen=True, order=True)
class KpiPeriod:
    """A closed date range with its canonical label (``2026-W05``, ``2026-11``, ``2026-Q4``)."""

    start: date
    end: date
    span: Span
    label: str

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def shift(self, n: int) -> KpiPeriod:
        """The period ``n`` steps later (earlier when negative), of the same span."""
        if self.span is Span.WEEK:
            return week_of(self.start + timedelta(weeks=n))
        return of(self.as_period().shift(n))

    def last_year(self) -> KpiPeriod:
        """The same period one year earlier (week 53 falls back to week 52)."""
        if self.span is Span.WEEK:
            y, w, _ = self.start.isocalendar()
            return week(y - 1, min(w, weeks_in(y - 1)))
        return of(self.as_period().shift(-1 if self.span is Span.YEAR else -(12 // _per(self))))

    def parts(self) -> list[KpiPeriod]:
        """What the period adds up from: a year's quarters, a quarter's months; else none."""
        if self.span is Span.YEAR:
            return [of(q) for q in self.as_period().quarters()]
        if self.span is Span.QUARTER:
            return [of(m) for m in self.as_period().months()]
        return []

    def as_period(self) -> periods.Period:
        if self.span is Span.WEEK:
            raise ValidationError("kpi_bad_period", value=self.label)
        return periods.parse(self.label)


def _per(p: KpiPeriod) -> int:
    return {Span.MONTH: 1, Span.QUARTER: 3}[p.span]


def of(p: periods.Period) -> KpiPeriod:
    return KpiPeriod(p.start, p.end, Span(p.kind.value), p.label)


def weeks_in(y: int) -> int:
    return date(y, 12, 28).isocalendar()[1]


def week(y: int, w: int) -> KpiPeriod:
    """ISO week ``w`` of ``y`` (Monday to Sunday)."""
    if not 1 <= w <= weeks_in(y):
        raise ValidationError("kpi_bad_period", value=f"{y}-W{w}")
    start = date.fromisocalendar(y, w, 1)
    return KpiPeriod(start, start + timedelta(days=6), Span.WEEK, f"{y}-W{w:02d}")


def week_of(day: date) -> KpiPeriod:
    y, w, _ = day.isocalendar()
    return week(y, w)


_WEEK = re.compile(r"^(\d{4})(?:年|-|/|\.)?(?:w|第)(\d{1,2})周?$")


def parse(text: str) -> KpiPeriod:
    """A week, month, quarter or year from its label or a Chinese spelling.

    Raises ValidationError('kpi_bad_period') naming the value for anything else.
    """
    key = normalize(str(text))
    if m := _WEEK.match(key):
        if "w" in key or "周" in key:
            return week(int(m[1]), int(m[2]))
    try:
        return of(periods.parse(key))
    except ValidationError:
        raise ValidationError("kpi_bad_period", value=str(text)) from None


def containing(day: date, span: Span) -> KpiPeriod:
    if span is Span.WEEK:
        return week_of(day)
    return of(periods.containing(day, periods.PeriodKind(span.value)))


def recent(span: Span, until: date, count: int) -> list[KpiPeriod]:
    """The ``count`` periods of ``span`` ending with the one that holds ``until``, oldest first."""
    last = containing(until, span)
    return [last.shift(n) for n in range(-(count - 1), 1)]


def span_label(span: Span | str, lang: str = "zh_CN") -> str:
    en, zh = SPAN_NAMES[Span(span)]
    return zh if lang.startswith("zh") else en


def display(label: str, lang: str = "zh_CN") -> str:
    """A period as people read it: ``2026年第四季度``, ``2026年11月``, ``2026年第5周``."""
    p = parse(label)
    if not lang.startswith("zh"):
        return p.label
    y = p.start.year
    if p.span is Span.YEAR:
        return f"{y}年"
    if p.span is Span.QUARTER:
        return f"{y}年第{'一二三四'[(p.start.month - 1) // 3]}季度"
    if p.span is Span.MONTH:
        return f"{y}年{p.start.month}月"
    iso_year, w, _ = p.start.isocalendar()
    return f"{iso_year}年第{w}周"
