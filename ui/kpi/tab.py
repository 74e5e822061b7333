"""What the tabs of the KPI page share: the period and scope shown, 'today', refreshes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, QSortFilterProxyModel, Signal
from PySide6.QtWidgets import QTableView, QWidget

from models.kpi import KpiPeriod, Span
from models.kpi import period as kp
from ui.page import PageContext
from ui.settings import Settings
from ui.table_model import RowTableModel
from ui.training.tab import FITTED, build_table

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


class KpiTab(QWidget):
    """A tab of the KPI page; it re-reads itself when records of its ``kinds`` change.

    The page refreshes the visible tab at once and the hidden ones when they are shown.
    """

    status_posted = Signal(str)
    kinds: tuple[str, ...] = ()  # the event kinds (table names) this tab shows
    uses_period = True  # whether the period bar above the tabs applies to it
    has_new = False

    def __init__(self, ctx: PageContext, state: KpiState, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.session = ctx.session
        self.state = state
        self.stale = False
        self._tables: dict[str, QTableView] = {}

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError

    def new_record(self) -> object:
        return None

    def delete_selected(self) -> None:
        """Edit ▸ Delete on this tab: to the trash."""

    def make_table(
        self, model: RowTableModel, name: str = ""
    ) -> tuple[QSortFilterProxyModel, QTableView]:
        """A sortable, read-only table of ``model``; with a ``name`` its column widths are
        kept in the settings."""
        proxy, view = build_table(self, model)
        if name:
            self._tables[name] = view
            state = self.ctx.settings.header_state(f"kpi_{name}")
            if state is not None and view.horizontalHeader().restoreState(state):
                view.setProperty(FITTED, True)  # the user's widths win
        return proxy, view

    def save_state(self, settings: Settings) -> None:
        for name, view in self._tables.items():
            settings.set_header_state(f"kpi_{name}", view.horizontalHeader().saveState())
