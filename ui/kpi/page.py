"""The KPI 指标 page (R-1.1, R-1.2, R-1.3): the period's KPIs, charts, definitions, SMART goals,
and actuals imported from platform reports."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models import team
from models.kpi import Span
from ui import events
from ui.area_tab import AreaTab, refresh_if_stale, refresh_tabs
from ui.icons import icon
from ui.kpi import text as t
from ui.kpi.charts_tab import KpiChartsTab
from ui.kpi.definitions_tab import KpiDefinitionsTab
from ui.kpi.goals_tab import KpiGoalsTab
from ui.kpi.overview import KpiOverviewTab
from ui.kpi.platform_dialog import PlatformDialog, open_platform
from ui.kpi.tab import KpiState, KpiTab, period_choices
from ui.page import Page, PageContext
from ui.settings import Settings

TEAM = ""  # the scope combo's data for the team


class KpiPage(Page):
    """Overview, charts, definitions and goals; the period bar applies to the first two.

    ``today`` is what the page counts from (the default period, goal states); tests and
    screenshots pass a fixed day.
    """

    has_new = True
    has_delete = True

    def __init__(
        self,
        ctx: PageContext,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state = KpiState(today, self)
        self.span_combo = QComboBox(self)
        for span in Span:
            self.span_combo.addItem(t.span_text(span), span.value)
        self.period_combo = QComboBox(self)
        self.period_combo.setMinimumContentsLength(12)
        self.scope_combo = QComboBox(self)
        self.scope_combo.setMinimumContentsLength(8)
        self.period_bar = QWidget(self)
        bar = QHBoxLayout(self.period_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(QLabel(self.tr("Period:"), self.period_bar))
        bar.addWidget(self.span_combo)
        bar.addWidget(self.period_combo)
        bar.addSpacing(16)
        bar.addWidget(QLabel(self.tr("For:"), self.period_bar))
        bar.addWidget(self.scope_combo)
        bar.addStretch(1)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.overview = KpiOverviewTab(ctx, self.state, self)
        self.charts = KpiChartsTab(ctx, self.state, self)
        self.definitions = KpiDefinitionsTab(ctx, self.state, self)
        self.goals = KpiGoalsTab(ctx, self.state, self)
        for tab in self.all_tabs():
            self.tabs.addTab(tab, tab.title())
            tab.status_posted.connect(self.status_posted)
        self.charts.stale = True  # drawn when first shown; the other tabs read themselves

        self.import_action = QAction(self.tr("Import Platform Report…"), self)
        self.import_action.setStatusTip(
            self.tr("Actuals from a daily report exported by an ad or shop back-end (.xlsx)")
        )
        self.import_action.triggered.connect(self.choose_platform_report)
        self.overview.import_button.clicked.connect(self.choose_platform_report)

        layout = QVBoxLayout(self)
        layout.addWidget(self.period_bar)
        layout.addWidget(self.tabs, 1)

        self._fill_bar()
        self.span_combo.activated.connect(self._on_span_combo_activated)
        self.period_combo.activated.connect(self._on_period_combo_activated)
        self.scope_combo.activated.connect(self._on_scope_combo_activated)
        self.state.changed.connect(self._on_state_changed)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        events.hub().records_changed.connect(self._on_records_changed)

    # -- the page interface -----------------------------------------------------------------

    def title(self) -> str:
        return self.tr("KPI")

    def icon(self) -> QIcon:
        return icon("kpi")

    def all_tabs(self) -> list[KpiTab]:
        return [self.overview, self.charts, self.definitions, self.goals]

    def current_tab(self) -> KpiTab:
        tab = self.tabs.currentWidget()
        assert isinstance(tab, KpiTab)
        return tab

    def show_tab(self, tab: KpiTab) -> KpiTab:
        self.tabs.setCurrentWidget(tab)
        return tab

    def new_record(self) -> object:
        """Edit ▸ New: a goal or a KPI by the tab shown (goals otherwise)."""
        tab = self.current_tab()
        if not tab.has_new:
            tab = self.show_tab(self.goals)
        return tab.new_record()

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

    def set_period(self, label: str) -> None:
        self.state.set_period(label)

    def set_member(self, uid: str | None) -> None:
        self.state.set_member(uid)

    def scope_name(self) -> str:
        if self.state.member_uid is None:
            return self.tr("The team")
        return self.scope_combo.currentText()

    # -- platform reports -------------------------------------------------------------------

    @Slot()
    def choose_platform_report(self) -> PlatformDialog | None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import Platform Report"),
            self.ctx.settings.last_folder,
            self.tr("Excel workbooks (*.xlsx *.xlsm);;All files (*)"),
        )
        return self.import_platform(Path(name)) if name else None

    def import_platform(self, path: Path) -> PlatformDialog:
        """Preview ``path``'s actuals for the scope shown; the dialog opens when it is read."""
        self.ctx.settings.last_folder = path
        span = self.state.span if self.state.span in (Span.WEEK, Span.MONTH) else Span.MONTH
        window = self.window()
        show_page = getattr(window, "show_page", None)
        if show_page is not None:
            show_page(self)
        self.show_tab(self.overview)
        return open_platform(
            path, self.ctx.session, self.ctx.settings, span, self.state.member_uid, self
        )

    # -- internals ------------------------------------------------------------------------------

    def _fill_bar(self) -> None:
        for combo in (self.span_combo, self.period_combo, self.scope_combo):
            combo.blockSignals(True)
        self.span_combo.setCurrentIndex(self.span_combo.findData(self.state.span.value))
        self.period_combo.clear()
        choices = period_choices(self.state.span, self.state.today())
        for p in choices:
            self.period_combo.addItem(t.period_text(p.label), p.label)
        if self.period_combo.findData(self.state.period) < 0:
            self.period_combo.addItem(t.period_text(self.state.period), self.state.period)
        self.period_combo.setCurrentIndex(self.period_combo.findData(self.state.period))
        self.scope_combo.clear()
        self.scope_combo.addItem(self.tr("The team"), TEAM)
        for member in team.list_members(include_inactive=False):
            self.scope_combo.addItem(member.name, member.uid)
        found = self.scope_combo.findData(self.state.member_uid or TEAM)
        if found < 0:  # the member left or was deleted: back to the team
            self.state.member_uid = None
            found = 0
        self.scope_combo.setCurrentIndex(found)
        for combo in (self.span_combo, self.period_combo, self.scope_combo):
            combo.blockSignals(False)
        self.overview.scope_name = self.scope_name()
        self.period_bar.setEnabled(self.current_tab().uses_period)

    def _refresh(self, wanted: Callable[[AreaTab], bool]) -> None:
        """Refresh the tab shown now; the others when they are next shown."""
        refresh_tabs(self.tabs.currentWidget(), self.all_tabs(), wanted)

    @Slot(int)
    def _on_span_combo_activated(self, index: int) -> None:
        self.state.set_span(Span(self.span_combo.itemData(index)))

    @Slot(int)
    def _on_period_combo_activated(self, index: int) -> None:
        self.state.set_period(str(self.period_combo.itemData(index)))

    @Slot(int)
    def _on_scope_combo_activated(self, index: int) -> None:
        self.state.set_member(self.scope_combo.itemData(index) or None)

    @Slot()
    def _on_state_changed(self) -> None:
        self._fill_bar()
        self._refresh(lambda tab: True)

    @Slot(int)
    def _on_tabs_current_changed(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if isinstance(tab, KpiTab):
            self.period_bar.setEnabled(tab.uses_period)
        refresh_if_stale(tab)

    @Slot(str)
    def _on_records_changed(self, kind: str) -> None:
        if events.concerns(kind, "member"):
            self._fill_bar()
        self._refresh(lambda tab: events.concerns(kind, *tab.kinds))
