"""The 内容日历 content calendar page (R-5.5): planned and published items by month or week.

A month is a grid of day cells (Monday first, as Chinese calendars are); a week gives each day
a tall column with times. Items read "✓ 小红书 · title" when published, "◷" when planned and
"✕" (struck through) when cancelled, so the state shows without colour. Double-clicking an
item opens its publication; its menu also opens the topic's draft. Clean-up (R-5.7) is one
button away.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any, TypeVar

from PySide6.QtCore import QPoint, Qt, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models import team
from models.topics import options, schedule
from models.topics.model import PubStatus
from models.topics.publishing import PublicationRow
from ui import events
from ui.icons import icon
from ui.page import Page, PageContext
from ui.topics.calendar_grid import CalendarGrid
from ui.topics.cleanup import CleanupDialog
from ui.topics.draft_editor import DraftEditorDialog
from ui.topics.publication_dialog import PublicationDialog, mark_published

MONTH, WEEK = "month", "week"
D = TypeVar("D", bound=QDialog)
SHOWN = (PubStatus.PLANNED, PubStatus.PUBLISHED)


class CalendarPage(Page):
    """Publications on a month or week grid, filtered by channel and owner."""

    def __init__(
        self,
        ctx: PageContext,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.today = today
        self.anchor = today()  # a day of the month or week shown
        self.mode = MONTH
        self.rows: list[PublicationRow] = []
        self.dialog: QWidget | None = None

        self.prev_button = QToolButton(self)
        self.prev_button.setText("◀")
        self.prev_button.setToolTip(self.tr("Previous month or week"))
        self.today_button = QPushButton(self.tr("Today"), self)
        self.next_button = QToolButton(self)
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Next month or week"))
        self.period_label = QLabel(self)
        font = self.period_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.period_label.setFont(font)
        self.month_button = QToolButton(self)
        self.month_button.setText(self.tr("Month"))
        self.week_button = QToolButton(self)
        self.week_button.setText(self.tr("Week"))
        self.mode_group = QButtonGroup(self)
        for button in (self.month_button, self.week_button):
            button.setCheckable(True)
            self.mode_group.addButton(button)
        self.month_button.setChecked(True)
        self.channel_combo = QComboBox(self)
        self.owner_combo = QComboBox(self)
        self.cancelled_box = QCheckBox(self.tr("Show cancelled"), self)
        self.cleanup_button = QPushButton(self.tr("Clean Up…"), self)
        self.cleanup_button.setToolTip(
            self.tr("Archive published content that is old or did poorly (R-5.7)")
        )
        self._fill_filters()

        self.month_grid = CalendarGrid(detailed=False, parent=self)
        self.week_grid = CalendarGrid(detailed=True, parent=self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.month_grid)
        self.stack.addWidget(self.week_grid)
        self.legend = QLabel(
            self.tr("✓ published   ◷ planned   ✕ cancelled — double-click an item to open it"),
            self,
        )
        self.count_label = QLabel(self)

        bar = QHBoxLayout()
        for widget in (self.prev_button, self.today_button, self.next_button):
            bar.addWidget(widget)
        bar.addSpacing(8)
        bar.addWidget(self.period_label)
        bar.addSpacing(16)
        bar.addWidget(self.month_button)
        bar.addWidget(self.week_button)
        bar.addStretch(1)
        bar.addWidget(QLabel(self.tr("Channel:"), self))
        bar.addWidget(self.channel_combo)
        bar.addWidget(QLabel(self.tr("Owner:"), self))
        bar.addWidget(self.owner_combo)
        bar.addWidget(self.cancelled_box)
        bar.addSpacing(8)
        bar.addWidget(self.cleanup_button)
        foot = QHBoxLayout()
        foot.addWidget(self.count_label)
        foot.addStretch(1)
        foot.addWidget(self.legend)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        layout.addLayout(foot)

        self.prev_button.clicked.connect(self.go_previous)
        self.next_button.clicked.connect(self.go_next)
        self.today_button.clicked.connect(self.go_today)
        self.month_button.clicked.connect(self._on_mode_button_clicked)
        self.week_button.clicked.connect(self._on_mode_button_clicked)
        self.channel_combo.currentIndexChanged.connect(self.refresh)
        self.owner_combo.currentIndexChanged.connect(self.refresh)
        self.cancelled_box.toggled.connect(self.refresh)
        self.cleanup_button.clicked.connect(self.open_cleanup)
        for grid in (self.month_grid, self.week_grid):
            grid.item_activated.connect(self.open_publication)
            grid.item_menu_requested.connect(self._on_grid_item_menu_requested)
            grid.day_requested.connect(self._on_grid_day_requested)
        events.hub().records_changed.connect(self._on_records_changed)
        self.refresh()

    # -- the page interface ---------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Content Calendar")

    def icon(self) -> QIcon:
        return icon("calendar")

    # -- navigation ------------------------------------------------------------------------

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        (self.month_button if mode == MONTH else self.week_button).setChecked(True)
        self.stack.setCurrentWidget(self.month_grid if mode == MONTH else self.week_grid)
        self.refresh()

    def go_to(self, day: date) -> None:
        self.anchor = day
        self.refresh()

    @Slot()
    def go_previous(self) -> None:
        if self.mode == WEEK:
            self.go_to(self.anchor - timedelta(days=7))
        else:
            first = self.anchor.replace(day=1)
            self.go_to((first - timedelta(days=1)).replace(day=1))

    @Slot()
    def go_next(self) -> None:
        if self.mode == WEEK:
            self.go_to(self.anchor + timedelta(days=7))
        else:
            self.go_to(schedule.month_range(self.anchor.year, self.anchor.month)[1])

    @Slot()
    def go_today(self) -> None:
        self.go_to(self.today())

    def visible_days(self) -> list[date]:
        """The days on the grid: whole weeks, Monday first, around the month or the week."""
        if self.mode == WEEK:
            start, end = schedule.week_range(self.anchor)
        else:
            first, after = schedule.month_range(self.anchor.year, self.anchor.month)
            start = schedule.week_range(first)[0]
            end = schedule.week_range(after - timedelta(days=1))[1]
        return [start + timedelta(days=n) for n in range((end - start).days)]

    # -- reading ---------------------------------------------------------------------------

    def filters(self) -> dict[str, Any]:
        channel = self.channel_combo.currentData()
        owner = self.owner_combo.currentData()
        shown = tuple(PubStatus) if self.cancelled_box.isChecked() else SHOWN
        return {
            "channels": [channel] if channel else [],
            "owner_uids": [owner] if owner else [],
            "statuses": shown,
        }

    @Slot()
    def refresh(self) -> None:
        """Re-query the publications of the days shown, with the filters."""
        days = self.visible_days()
        if self.mode == WEEK:
            self.rows = schedule.calendar_week(self.anchor, **self.filters())
        else:  # whole weeks: the days of the months before and after show theirs too
            after = days[-1] + timedelta(days=1)
            self.rows = schedule.calendar(days[0], after, **self.filters())
        grid = self.week_grid if self.mode == WEEK else self.month_grid
        month = None if self.mode == WEEK else self.anchor.month
        grid.show_days(days, schedule.by_day(self.rows), self.today(), month)
        self.period_label.setText(self._period_text(days))
        self._count(days)

    def _period_text(self, days: list[date]) -> str:
        if self.mode == WEEK:
            return f"{days[0].isoformat()} – {days[-1].isoformat()}"
        return (
            self.tr("%2/%1", "year and month")
            .replace("%1", str(self.anchor.year))
            .replace("%2", str(self.anchor.month))
        )

    def _count(self, days: list[date]) -> None:
        if self.mode == MONTH:
            rows = [r for r in self.rows if r.planned_at.month == self.anchor.month]
        else:
            rows = self.rows
        published = sum(1 for r in rows if r.status == PubStatus.PUBLISHED)
        planned = sum(1 for r in rows if r.status == PubStatus.PLANNED)
        text = self.tr("%n published", "", published) + self.tr(", %n planned", "", planned)
        self.count_label.setText(text)

    def _fill_filters(self) -> None:
        for combo in (self.channel_combo, self.owner_combo):
            combo.blockSignals(True)
        keep_channel = self.channel_combo.currentData()
        keep_owner = self.owner_combo.currentData()
        self.channel_combo.clear()
        self.channel_combo.addItem(self.tr("All channels"), None)
        for label in options.labels(options.CHANNEL, include_inactive=True):
            self.channel_combo.addItem(label, label)
        self.owner_combo.clear()
        self.owner_combo.addItem(self.tr("All owners"), None)
        for member in team.list_members(include_inactive=False):
            self.owner_combo.addItem(member.name, member.uid)
        for combo, keep in ((self.channel_combo, keep_channel), (self.owner_combo, keep_owner)):
            combo.setCurrentIndex(max(0, combo.findData(keep)))
            combo.blockSignals(False)

    # -- opening items ---------------------------------------------------------------------

    def row(self, uid: str) -> PublicationRow | None:
        return next((r for r in self.rows if r.uid == uid), None)

    @Slot(str)
    def open_publication(self, uid: str) -> PublicationDialog | None:
        row = self.row(uid)
        if row is None:
            return None
        dialog = PublicationDialog(self.ctx, row.topic_uid, row, self)
        return self._open(dialog)

    def open_draft(self, uid: str) -> DraftEditorDialog | None:
        row = self.row(uid)
        return None if row is None else self._open(DraftEditorDialog(self.ctx, row.topic_uid, self))

    @Slot()
    def open_cleanup(self) -> CleanupDialog:
        return self._open(CleanupDialog(self.ctx, self.today, self))

    def _open(self, dialog: D) -> D:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def item_menu(self, uid: str) -> QMenu:
        """What can be done with one item (its context menu)."""
        row = self.row(uid)
        menu = QMenu(self)
        menu.addAction(self.tr("Edit Publication…"), lambda: self.open_publication(uid))
        publish = menu.addAction(
            self.tr("Mark Published…"), lambda: row and mark_published(self, self.ctx, row)
        )
        publish.setEnabled(row is not None and row.status == PubStatus.PLANNED)
        menu.addAction(self.tr("Open Draft…"), lambda: self.open_draft(uid))
        return menu

    @Slot(str, QPoint)
    def _on_grid_item_menu_requested(self, uid: str, where: QPoint) -> None:
        menu = self.item_menu(uid)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(where)

    @Slot(object)
    def _on_grid_day_requested(self, day: date) -> None:
        self.anchor = day
        self.set_mode(WEEK)

    @Slot()
    def _on_mode_button_clicked(self) -> None:
        self.set_mode(MONTH if self.month_button.isChecked() else WEEK)

    @Slot(str)
    def _on_records_changed(self, kind: str) -> None:
        if events.concerns(kind, "member", "list_option"):
            self._fill_filters()
        if events.concerns(kind, "publication", "topic", "member", "list_option"):
            self.refresh()
