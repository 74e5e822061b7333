"""The SMART 目标 tab (R-1.1): goals by deadline with their progress; add, edit, delete."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Slot
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from models import kpi, team
from models.errors import DeskError
from models.kpi import GoalRow, GoalStatus
from ui import events, notify
from ui.kpi import text as t
from ui.kpi.goal_dialog import TEAM, KpiGoalDialog
from ui.kpi.tab import KpiState, KpiTab
from ui.page import PageContext
from ui.table_model import Column, RowTableModel
from ui.table_view import select_key, selected_source_row

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
PROGRESS_COLUMN = 4
EVERYONE = "*"
STATUS_COLORS = {
    GoalStatus.ACHIEVED: "#2e7d32",
    GoalStatus.OPEN: "#0072B2",
    GoalStatus.MISSED: "#c62828",
    GoalStatus.NO_DATA: "#9e9e9e",
}


class ProgressDelegate(QStyledItemDelegate):
    """A goal's progress as a bar in its status colour, the percentage written on it."""

    def __init__(self, model: RowTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 110), hint.height())  # room for the bar to show

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        source = index.model().mapToSource(index)  # type: ignore[attr-defined]
        goal: GoalRow = self.model.row_at(source.row())
        if option.state & QStyle.StateFlag.State_Selected:  # type: ignore[attr-defined]
            painter.fillRect(option.rect, option.palette.highlight())  # type: ignore[attr-defined]
        rect = QRectF(option.rect).adjusted(4, 5, -4, -5)  # type: ignore[attr-defined]
        painter.save()
        painter.fillRect(rect, option.palette.color(QPalette.ColorRole.AlternateBase))  # type: ignore[attr-defined]
        if goal.progress is not None:
            filled = QRectF(rect.left(), rect.top(), rect.width() * goal.progress, rect.height())
            color = QColor(STATUS_COLORS[goal.status])
            color.setAlpha(150)
            painter.fillRect(filled, color)
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))  # type: ignore[attr-defined]
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, t.percent_text(goal.achievement))
        painter.restore()


class KpiGoalsTab(KpiTab):
    """Goals of the team and of each member; progress follows from the KPI's actuals."""

    kinds = ("kpi_goal", "kpi", "kpi_value", "member", "training_record")
    uses_period = False
    has_new = True

    def __init__(self, ctx: PageContext, state: KpiState, parent: QWidget | None = None):
        super().__init__(ctx, state, parent)
        self.model = RowTableModel(self._columns(), key=lambda g: g.uid)
        self.proxy, self.table = self.make_table(self.model, "goals")
        self.table.setItemDelegateForColumn(PROGRESS_COLUMN, ProgressDelegate(self.model, self))
        self.owner_combo = QComboBox(self)
        record_buttons = self.record_buttons(self.tr("New Goal…"))
        self.count_label = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Owner:"), self))
        bar.addWidget(self.owner_combo)
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        for button in record_buttons:
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.owner_combo.currentIndexChanged.connect(self.refresh)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.refresh()

    def title(self) -> str:
        return self.tr("SMART Goals")

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Goal"), lambda g: g.statement, tooltip=lambda g: g.statement, chars=30),
            Column(self.tr("Measured by"), lambda g: t.kpi_name(g.kpi), chars=14),
            Column(
                self.tr("Target"),
                lambda g: f"{t.number_text(g.target)} {g.kpi.unit}".strip(),
                sort_key=lambda g: int(g.target * 100),
                align=RIGHT,
                chars=9,
            ),
            Column(
                self.tr("Actual"),
                lambda g: t.number_text(g.actual),
                sort_key=lambda g: int((g.actual or 0) * 100),
                align=RIGHT,
                chars=9,
            ),
            Column(
                self.tr("Progress"),
                lambda g: t.percent_text(g.achievement),
                sort_key=lambda g: int((g.achievement or -1) * 1000),
                chars=10,
            ),
            Column(self.tr("Status"), lambda g: t.goal_status_text(g.status), chars=7),
            Column(self.tr("Measured over"), lambda g: t.period_text(g.period), chars=12),
            Column(self.tr("Deadline"), lambda g: t.date_text(g.deadline), chars=10),
            Column(self.tr("Owner"), lambda g: g.owner_name or self.tr("The team"), chars=6),
            Column(self.tr("Serves"), lambda g: g.aligned_to, chars=14),
        ]

    def _fill_owners(self) -> None:
        chosen = self.owner_combo.currentData()
        if chosen is None:  # first filling ("" is the team's goals, a real choice)
            chosen = EVERYONE
        self.owner_combo.blockSignals(True)
        self.owner_combo.clear()
        self.owner_combo.addItem(self.tr("Everyone"), EVERYONE)
        self.owner_combo.addItem(self.tr("The team"), TEAM)
        for member in team.list_members(include_inactive=False):
            self.owner_combo.addItem(member.name, member.uid)
        self.owner_combo.setCurrentIndex(max(self.owner_combo.findData(chosen), 0))
        self.owner_combo.blockSignals(False)

    @Slot()
    def refresh(self) -> None:
        self._fill_owners()
        chosen = self.current_goal()
        owner = self.owner_combo.currentData()
        today = self.state.today()
        if owner == EVERYONE:
            rows = kpi.list_goals(today)
        elif owner == TEAM:
            rows = kpi.list_goals(today, team_only=True)
        else:
            rows = kpi.list_goals(today, owner_uid=owner)
        self.model.set_rows(rows)
        achieved = sum(1 for g in rows if g.status is GoalStatus.ACHIEVED)
        self.count_label.setText(
            self.tr("%n goal(s)", "", len(rows))
            + self.tr(", %1 achieved").replace("%1", str(achieved))
        )
        if chosen is not None:
            self.select(chosen.uid)
        self._on_selection_changed()

    def current_goal(self) -> GoalRow | None:
        row = selected_source_row(self.table, self.proxy)
        return self.model.row_at(row) if row is not None else None

    def select(self, uid: str) -> bool:
        return select_key(self.table, self.proxy, self.model, uid)

    @Slot()
    def _on_selection_changed(self) -> None:
        chosen = self.current_goal() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    @Slot()
    def new_record(self) -> KpiGoalDialog:
        return self._open(None)

    @Slot()
    def edit_selected(self) -> KpiGoalDialog | None:
        row = self.current_goal()
        return self._open(row) if row is not None else None

    def _open(self, row: GoalRow | None) -> KpiGoalDialog:
        dialog = KpiGoalDialog(self.session, self.state.today(), row, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_dialog_saved)
        dialog.open()
        return dialog

    @Slot()
    def delete_selected(self) -> None:
        row = self.current_goal()
        if row is None:
            return
        try:
            kpi.trash_goal(self.session.actor(), row.uid)
        except DeskError as err:
            notify.desk_error(self, err)
            return
        events.announce("kpi_goal")
        self.status_posted.emit(
            self.tr("Moved the goal “%1” to the trash.").replace("%1", row.statement)
        )

    @Slot(QModelIndex)
    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self.edit_selected()

    @Slot(str)
    def _on_dialog_saved(self, uid: str) -> None:
        self.refresh()
        self.select(uid)
        self.status_posted.emit(self.tr("Saved."))
