"""The 培训计划 tab: plans of the period, each planned course against what happened."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QModelIndex, QSize, Qt, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from models import periods, training
from models.errors import DeskError
from models.training import PlanItemRow, PlanReport, PlanRow
from ui import events, notify
from ui.form_dialog import FormDialog
from ui.page import PageContext
from ui.table_view import select_key, selected_source_row
from ui.training import text as t
from ui.training.models import PlanItemTableModel, SessionTableModel
from ui.training.plan_dialogs import PlanDialog, PlanItemDialog
from ui.training.tab import TrainingState, TrainingTab

UID = Qt.ItemDataRole.UserRole
D = TypeVar("D", bound=FormDialog)


def overlaps(a: str, b: str) -> bool:
    """Whether two periods ('2026', '2026-Q4') share a day: a year shows its quarters' plans."""
    p, q = periods.parse(a), periods.parse(b)
    return p.start <= q.end and q.start <= p.end


class PlansTab(TrainingTab):
    """Plans per quarter or year; the selected plan's courses with sessions held and coverage."""

    kinds = ("training_plan", "plan_item", "course", "course_session", "training_record", "member")
    has_new = True

    def __init__(self, ctx: PageContext, state: TrainingState, parent: QWidget | None = None):
        super().__init__(ctx, state, parent)
        self.report: PlanReport | None = None
        self.plan_list = QListWidget(self)
        self.plan_list.setMinimumWidth(200)
        self.new_button = QPushButton(self.tr("New plan…"), self)
        self.edit_button = QPushButton(self.tr("Edit plan…"), self)
        self.delete_button = QPushButton(self.tr("Delete plan"), self)
        self.heading = QLabel(self)
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)
        self.add_item_button = QPushButton(self.tr("Plan a course…"), self)
        self.edit_item_button = QPushButton(self.tr("Edit line…"), self)
        self.remove_item_button = QPushButton(self.tr("Remove line"), self)
        self.model = PlanItemTableModel(self)
        self.proxy, self.table = self.make_table(self.model, "plan_items")
        self.unplanned_label = QLabel(
            self.tr("Sessions in the period that the plan does not list:"), self
        )
        self.unplanned_model = SessionTableModel(self)
        self.unplanned_proxy, self.unplanned_table = self.make_table(self.unplanned_model)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.plan_list, 1)
        for button in (self.new_button, self.edit_button, self.delete_button):
            left_layout.addWidget(button)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        line.addWidget(self.heading, 1)
        for button in (self.add_item_button, self.edit_item_button, self.remove_item_button):
            line.addWidget(button)
        right_layout.addLayout(line)
        right_layout.addWidget(self.table, 3)
        right_layout.addWidget(self.unplanned_label)
        right_layout.addWidget(self.unplanned_table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.plan_list.currentItemChanged.connect(self._on_plan_changed)
        self.new_button.clicked.connect(self.new_record)
        self.edit_button.clicked.connect(self.edit_plan)
        self.delete_button.clicked.connect(self.delete_plan)
        self.add_item_button.clicked.connect(self.add_item)
        self.edit_item_button.clicked.connect(self.edit_item)
        self.remove_item_button.clicked.connect(self.remove_item)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.refresh()

    def title(self) -> str:
        return self.tr("Plans")

    # -- reading ------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        keep = self.current_plan()
        plans = [p for p in training.list_plans() if overlaps(p.period, self.state.period)]
        self.plan_list.blockSignals(True)
        self.plan_list.clear()
        for plan in plans:
            text = f"{plan.title}\n{t.period_text(plan.period)} · " + self.tr(
                "%n course(s)", "", plan.item_count
            )
            item = QListWidgetItem(text, self.plan_list)
            item.setData(UID, plan)
            item.setSizeHint(QSize(0, 2 * self.fontMetrics().height() + 12))  # two lines
        self.plan_list.blockSignals(False)
        uids = [p.uid for p in plans]
        wanted = keep.uid if keep is not None and keep.uid in uids else None
        self.select_plan(wanted or (uids[0] if uids else ""))
        self._show_report()

    def current_plan(self) -> PlanRow | None:
        item = self.plan_list.currentItem()
        return item.data(UID) if item is not None else None

    def select_plan(self, uid: str) -> bool:
        for number in range(self.plan_list.count()):
            if self.plan_list.item(number).data(UID).uid == uid:
                self.plan_list.setCurrentRow(number)
                return True
        return False

    def current_item(self) -> PlanItemRow | None:
        row = selected_source_row(self.table, self.proxy)
        return self.model.item(row) if row is not None else None

    @Slot()
    def _on_plan_changed(self) -> None:
        self._show_report()

    def _show_report(self) -> None:
        plan = self.current_plan()
        keep = self.current_item()
        self.report = None
        if plan is not None:
            try:
                self.report = training.plan_report(plan.uid, self.state.today())
            except DeskError:  # deleted meanwhile
                self.report = None
        report = self.report
        if report is None:
            self.heading.setText(
                self.tr("No plan for %1 yet: “New plan…” makes one.").replace(
                    "%1", t.period_text(self.state.period)
                )
            )
            self.model.set_rows([])
            self.unplanned_model.set_rows([])
        else:
            self.heading.setText(
                f"{report.plan.title} ({report.start.isoformat()} – {report.end.isoformat()})"
            )
            self.model.set_rows(report.items)
            self.unplanned_model.set_rows(report.unplanned)
            if keep is not None:
                select_key(self.table, self.proxy, self.model, keep.uid)
        self.unplanned_label.setVisible(bool(report and report.unplanned))
        self.unplanned_table.setVisible(bool(report and report.unplanned))
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        has_plan = self.current_plan() is not None
        has_item = self.current_item() is not None
        self.edit_button.setEnabled(has_plan)
        self.delete_button.setEnabled(has_plan)
        self.add_item_button.setEnabled(has_plan)
        self.edit_item_button.setEnabled(has_item)
        self.remove_item_button.setEnabled(has_item)

    # -- writing ------------------------------------------------------------------------------

    @Slot()
    def new_record(self) -> PlanDialog:
        return self._open(
            PlanDialog(self.session, None, self.state.period, self.state.today(), self)
        )

    @Slot()
    def edit_plan(self) -> PlanDialog | None:
        plan = self.current_plan()
        if plan is None:
            return None
        return self._open(PlanDialog(self.session, plan, plan.period, self.state.today(), self))

    @Slot()
    def add_item(self) -> PlanItemDialog | None:
        plan = self.current_plan()
        return self._open(PlanItemDialog(self.session, plan, None, self)) if plan else None

    @Slot()
    def edit_item(self) -> PlanItemDialog | None:
        plan, item = self.current_plan(), self.current_item()
        if plan is None or item is None:
            return None
        return self._open(PlanItemDialog(self.session, plan, item, self))

    def _open(self, dialog: D) -> D:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_dialog_saved)
        dialog.open()
        return dialog

    @Slot()
    def delete_plan(self) -> None:
        plan = self.current_plan()
        if plan is None:
            return
        try:
            training.trash_plan(self.session.actor(), plan.uid)
        except DeskError as err:
            notify.desk_error(self, err)
            return
        events.announce("training_plan")
        self.status_posted.emit(
            self.tr(
                "Moved the plan “%1” to the trash. Use Trash… on the Courses tab to restore."
            ).replace("%1", plan.title)
        )

    def delete_selected(self) -> None:
        self.remove_item() if self.current_item() is not None else self.delete_plan()

    @Slot()
    def remove_item(self) -> None:
        item = self.current_item()
        if item is None:
            return
        try:
            training.remove_plan_item(self.session.actor(), item.uid)
        except DeskError as err:
            notify.desk_error(self, err)
            return
        events.announce("plan_item")

    @Slot(QModelIndex)
    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self.edit_item()

    @Slot(str)
    def _on_dialog_saved(self, uid: str) -> None:
        self.refresh()
        self.select_plan(uid)  # a new plan becomes the current one
        self.status_posted.emit(self.tr("Saved."))
