"""What the tabs of the training page share: the chosen period, 'today', tables, refreshes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ui.area_tab import AreaTab
from ui.page import PageContext


class TrainingState(QObject):
    """The period the page shows (a year or a quarter) and what 'today' is (tests set it)."""

    period_changed = Signal(str)

    def __init__(self, today: Callable[[], date] = date.today, parent: QObject | None = None):
        super().__init__(parent)
        self._today = today
        self.period = str(today().year)

    def today(self) -> date:
        return self._today()

    def set_today(self, today: Callable[[], date]) -> None:
        self._today = today
        self.period_changed.emit(self.period)  # everything that depends on today re-reads

    def set_period(self, period: str) -> None:
        if period != self.period:
            self.period = period
            self.period_changed.emit(period)


class TrainingTab(AreaTab):
    """A tab of the training page (see AreaTab)."""

    settings_prefix = "training"

    def __init__(self, ctx: PageContext, state: TrainingState, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.state = state
