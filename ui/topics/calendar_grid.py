"""The calendar's grid of day cells (R-5.5), drawn with widgets so that CJK text stays crisp.

A month cell shows as many items as fit, then "+n more" (which opens that week); a week cell
is a tall scrolling column with the time of each item. The state of an item is in its text
(✓ ◷ ✕, cancelled struck through) as well as its colour.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QContextMenuEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from models.topics.model import PubStatus
from models.topics.publishing import PublicationRow
from ui.topics.publication_dialog import MARKS, hashtags_text, status_text, when_text

translate = QCoreApplication.translate  # lupdate finds calls named translate
ITEM_STYLES = {
    PubStatus.PUBLISHED: "background:#e2f3e8; border-left:3px solid #2e7d32; color:#174a26;",
    PubStatus.PLANNED: "background:#e6eefc; border-left:3px solid #1565c0; color:#0d3c7a;",
    PubStatus.CANCELLED: "background:#efefef; border-left:3px solid #9e9e9e; color:#707070;",
}
CELL_STYLE = "QFrame#dayCell { background:%s; border:%s; }"
BRAND = "#3A7D5C"


def weekday_names() -> list[str]:
    return [
        translate("calendar", "Mon"),
        translate("calendar", "Tue"),
        translate("calendar", "Wed"),
        translate("calendar", "Thu"),
        translate("calendar", "Fri"),
        translate("calendar", "Sat"),
        translate("calendar", "Sun"),
    ]


def item_tooltip(row: PublicationRow) -> str:
    lines = [
        f"{row.channel} · {row.display_title}",
        f"{status_text(row.status)} · {when_text(row.planned_at)}",
        translate("calendar", "Topic: %1").replace("%1", row.topic_title),
    ]
    if row.owner_name:
        lines.append(translate("calendar", "Owner: %1").replace("%1", row.owner_name))
    if row.hashtags:
        lines.append(hashtags_text(row.hashtags))
    if row.url:
        lines.append(row.url)
    return "\n".join(lines)


class ItemLabel(QLabel):
    """One publication in a day cell; double-click opens it, right-click shows its menu."""

    activated = Signal(str)
    menu_requested = Signal(str, QPoint)

    def __init__(self, row: PublicationRow, detailed: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.row = row
        self.detailed = detailed
        mark = MARKS[row.status]
        if detailed:
            self.full_text = f"{row.planned_at:%H:%M} {mark} {row.channel}\n{row.display_title}"
            self.setWordWrap(True)
            self.setText(self.full_text)
        else:
            self.full_text = f"{mark} {row.channel}·{row.display_title}"  # room for the title
        self.setStyleSheet(f"QLabel {{ {ITEM_STYLES[row.status]} padding:1px 4px; }}")
        if row.status == PubStatus.CANCELLED:
            font = self.font()
            font.setStrikeOut(True)
            self.setFont(font)
        self.setToolTip(item_tooltip(row))
        # the cell decides the width (a long title must not widen its column)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        if detailed:  # wrapped: as tall as the text needs at the column's width
            policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumWidth(1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.detailed:  # one line, cut with … to the cell's width
            width = self.contentsRect().width() - 2
            self.setText(
                self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, width)
            )

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.activated.emit(self.row.uid)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.menu_requested.emit(self.row.uid, event.globalPos())


class DayCell(QFrame):
    """A day: its date, then its items (in a month, as many as fit and "+n more")."""

    day_requested = Signal(object)

    def __init__(
        self,
        day: date,
        rows: list[PublicationRow],
        *,
        today: date,
        in_month: bool,
        detailed: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.day = day
        self.rows = rows
        self.detailed = detailed
        self.setObjectName("dayCell")
        border = f"2px solid {BRAND}" if day == today else "1px solid #d9d9d9"
        self.setStyleSheet(CELL_STYLE % ("#ffffff" if in_month else "#f5f5f5", border))
        text = f"{day.month}/{day.day}" if detailed or day.day == 1 else str(day.day)
        self.header = QLabel(text, self)
        font = self.header.font()
        font.setBold(day == today)
        self.header.setFont(font)
        if day == today:
            self.header.setStyleSheet(f"color:{BRAND};")
        elif not in_month:
            self.header.setStyleSheet("color:#9e9e9e;")
        self.items = [ItemLabel(r, detailed, self) for r in rows]
        self.more_button = QPushButton(self)
        self.more_button.setFlat(True)
        self.more_button.setStyleSheet("text-align:left; padding:0 4px; color:#1565c0;")
        self.more_button.hide()
        self.column = layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 3, 4, 3)
        layout.setSpacing(2)
        layout.addWidget(self.header)
        for item in self.items:
            layout.addWidget(item)
        layout.addWidget(self.more_button)
        layout.addStretch(1)
        if not detailed:  # the grid decides the size; items that do not fit are hidden
            layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
            self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.more_button.clicked.connect(self._on_more_button_clicked)

    def uids(self) -> list[str]:
        return [r.uid for r in self.rows]

    def shown_items(self) -> list[ItemLabel]:
        return [i for i in self.items if not i.isHidden()]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.detailed and self.items:
            self._fit()

    def _fit(self) -> None:
        spacing = self.column.spacing()
        margins = self.column.contentsMargins()
        room = self.height() - margins.top() - margins.bottom()
        room -= self.header.sizeHint().height() + spacing
        step = self.items[0].sizeHint().height() + spacing
        fit = max(0, room // step)
        shown = len(self.items) if len(self.items) <= fit else max(0, fit - 1)
        for number, item in enumerate(self.items):
            item.setVisible(number < shown)
        hidden = len(self.items) - shown
        self.more_button.setVisible(hidden > 0)
        self.more_button.setText(translate("calendar", "+%n more…", "", hidden))

    @Slot()
    def _on_more_button_clicked(self) -> None:
        self.day_requested.emit(self.day)


class CalendarGrid(QWidget):
    """Weekday names over rows of day cells; rebuilt whenever the page re-queries."""

    item_activated = Signal(str)
    item_menu_requested = Signal(str, QPoint)
    day_requested = Signal(object)

    def __init__(self, detailed: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detailed = detailed
        self.cells: dict[date, DayCell] = {}
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(3)
        for column, name in enumerate(weekday_names()):
            label = QLabel(name, self)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(label, 0, column)
            self.grid.setColumnStretch(column, 1)
        self._holders: list[QWidget] = []

    def show_days(
        self,
        days: list[date],
        rows_by_day: dict[date, list[PublicationRow]],
        today: date,
        month: int | None,
    ) -> None:
        """Lay out ``days`` (whole weeks) with their items; ``month`` dims the other months."""
        for old in self._holders:
            self.grid.removeWidget(old)
            old.hide()  # deleted when the event loop next runs
            old.deleteLater()
        self._holders = []
        self.cells = {}
        weeks = len(days) // 7
        for number, day in enumerate(days):
            cell = DayCell(
                day,
                rows_by_day.get(day, []),
                today=today,
                in_month=month is None or day.month == month,
                detailed=self.detailed,
            )
            cell.day_requested.connect(self.day_requested)
            for item in cell.items:
                item.activated.connect(self.item_activated)
                item.menu_requested.connect(self.item_menu_requested)
            holder: QWidget = cell
            if self.detailed:  # a week's day may hold more than its column shows: scroll
                scroll = QScrollArea(self)
                scroll.setWidgetResizable(True)
                scroll.setFrameShape(QFrame.Shape.NoFrame)
                scroll.setWidget(cell)
                holder = scroll
            else:
                cell.setParent(self)
            row = number // 7 + 1
            self.grid.addWidget(holder, row, number % 7)
            self.grid.setRowStretch(row, 1)
            self._holders.append(holder)
            self.cells[day] = cell
        for row in range(weeks + 1, 8):
            self.grid.setRowStretch(row, 0)
