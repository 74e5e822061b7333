"""What the tabs of the KPI page share: the period and scope shown, 'today', refreshes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from models.kpi import KpiPeriod, Span
from models.kpi import period as kp
from ui.area_tab import AreaTab
from ui.page import PageContext

# How many periods of each span the period list and the charts go back.
HISTORY = {Span.WEEK: 16, Span.MONTH: 24, Span.QUARTER: 8, Span.YEAR: 4}
CHART_POINTS = {Span.WEEK: 12, Span.MONTH: 12, Span.QUARTER: 8, Span.YEAR: 4}


def default_period(span: Span, today: date) -> KpiPeriod:
    """The last week or month that is over (reviewed after it ends), the running quarter
    or year (their months are combined as they come in)."""
    current = kp.containing(today, span)
    return current.shift(-1) if span in (Span.WEEK, Span.MONTH) else current


def period_choices(span: Span, today: date) -> list[KpiPeriod]:
    """Newest first: the next period (to enter targets), the current one, then history."""
    current = kp.containing(today, span)
    return [current.shift(n) for n in range(1, -HISTORY[span], -1)]


class KpiState(QObject):
    """The period kind, the period, and the team or member the page shows."""

    changed = Signal()

    def __init__(self, today: Callable[[], date] = date.today, parent: QObject | None = None):
        super().__init__(parent)
        self._today = today
        self.span = Span.MONTH
        self.period = default_period(self.span, today()).label
        self.member_uid: str | None = None  # None: the team

    def today(self) -> date:
        return self._today()

    def set_today(self, today: Callable[[], date]) -> None:
        self._today = today
        self.changed.emit()

    def set_span(self, span: Span) -> None:
        if span is not self.span:
            self.span = span
            self.period = default_period(span, self.today()).label
            self.changed.emit()

    def set_period(self, label: str) -> None:
        label = kp.parse(label).label
        span = kp.parse(label).span
        if label != self.period:
            self.span, self.period = span, label
            self.changed.emit()

    def set_member(self, uid: str | None) -> None:
        if uid != self.member_uid:
            self.member_uid = uid
            self.changed.emit()


class KpiTab(AreaTab):
    """A tab of the KPI page (see AreaTab)."""

    uses_period = True  # whether the period bar above the tabs applies to it
    settings_prefix = "kpi"

    def __init__(self, ctx: PageContext, state: KpiState, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.state = state
