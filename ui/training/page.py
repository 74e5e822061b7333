"""The 培训 Training page (R-4.2): its tabs, the period shown, and refreshing after writes."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Slot
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui import events
from ui.area_tab import AreaTab, refresh_if_stale, refresh_tabs
from ui.icons import icon
from ui.page import Page, PageContext
from ui.settings import Settings
from ui.training import text as t
from ui.training.courses import CoursesTab
from ui.training.member_view import MemberTab
from ui.training.overview import OverviewTab
from ui.training.plans import PlansTab
from ui.training.sessions import SessionsTab
from ui.training.tab import TrainingState, TrainingTab


class TrainingPage(Page):
    """Overview, courses, sessions with sign-in sheets, plans, and one member's training.

    ``today`` is what the page counts from (certificates, what is due, held sessions); tests
    pass a fixed day.
    """

    has_new = True
    has_search = True
    has_delete = True

    def __init__(
        self,
        ctx: PageContext,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state = TrainingState(today, self)

        self.period_combo = QComboBox(self)
        self._fill_periods()
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.overview = OverviewTab(ctx, self.state, self)
        self.courses = CoursesTab(ctx, self.state, self)
        self.sessions = SessionsTab(ctx, self.state, self)
        self.plans = PlansTab(ctx, self.state, self)
        self.member_view = MemberTab(ctx, self.state, self)
        for tab in self.all_tabs():
            self.tabs.addTab(tab, tab.title())
            tab.status_posted.connect(self.status_posted)

        self.import_action = QAction(self.tr("Import Sign-in Sheet…"), self)
        self.import_action.setStatusTip(self.tr("Read a training sign-in sheet (.xlsx)"))
        self.import_action.triggered.connect(self._on_import_action_triggered)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period:"), self))
        top.addWidget(self.period_combo)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        self.period_combo.currentIndexChanged.connect(self._on_period_combo_changed)
        self.state.period_changed.connect(self._on_state_period_changed)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        events.hub().records_changed.connect(self._on_records_changed)

    # -- the page interface ---------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Training")

    def icon(self) -> QIcon:
        return icon("training")

    def all_tabs(self) -> list[TrainingTab]:
        return [self.overview, self.courses, self.sessions, self.plans, self.member_view]

    def current_tab(self) -> TrainingTab:
        tab = self.tabs.currentWidget()
        assert isinstance(tab, TrainingTab)
        return tab

    def show_tab(self, tab: TrainingTab) -> TrainingTab:
        self.tabs.setCurrentWidget(tab)
        return tab

    def new_record(self) -> object:
        """Edit ▸ New: a course, a session or a plan, by the tab shown (courses otherwise)."""
        tab = self.current_tab()
        if not tab.has_new:
            tab = self.show_tab(self.courses)
        return tab.new_record()

    def focus_search(self) -> None:
        self.show_tab(self.courses).focus_search()

    def delete_selected(self) -> None:
        self.current_tab().delete_selected()

    def file_actions(self) -> list[QAction]:
        return [self.import_action]

    def save_state(self, settings: Settings) -> None:
        for tab in self.all_tabs():
            tab.save_state(settings)

    def set_today(self, today: date) -> None:
        """Count from ``today`` instead of the clock (tests, screenshots)."""
        self.state.set_today(lambda: today)

    def set_period(self, period: str) -> None:
        index = self.period_combo.findData(period)
        if index < 0:
            self.period_combo.addItem(t.period_text(period), period)
            index = self.period_combo.count() - 1
        self.period_combo.setCurrentIndex(index)

    # -- internals ----------------------------------------------------------------------------

    def _fill_periods(self) -> None:
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for label in t.period_choices(self.state.today()):
            self.period_combo.addItem(t.period_text(label), label)
        self.period_combo.setCurrentIndex(max(self.period_combo.findData(self.state.period), 0))
        self.period_combo.blockSignals(False)

    def _refresh(self, wanted: Callable[[AreaTab], bool]) -> None:
        """Refresh the tab shown now; the others when they are next shown."""
        refresh_tabs(self.tabs.currentWidget(), self.all_tabs(), wanted)

    @Slot(int)
    def _on_period_combo_changed(self, index: int) -> None:
        self.state.set_period(str(self.period_combo.itemData(index)))

    @Slot(str)
    def _on_state_period_changed(self, period: str) -> None:
        if self.period_combo.currentData() != period:
            self.set_period(period)
        self._refresh(lambda tab: True)

    @Slot(int)
    def _on_tabs_current_changed(self, index: int) -> None:
        refresh_if_stale(self.tabs.widget(index))

    @Slot(str)
    def _on_records_changed(self, kind: str) -> None:
        self._refresh(lambda tab: events.concerns(kind, *tab.kinds))

    @Slot()
    def _on_import_action_triggered(self) -> None:
        window = self.window()
        show_page = getattr(window, "show_page", None)
        if show_page is not None:
            show_page(self)
        self.show_tab(self.sessions)
        self.sessions.import_signin()
