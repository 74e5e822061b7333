"""The appraisals of a cycle (R-4.3): state, total and grade (computed) per member.

A member sees only their own appraisal here (the core filters the list); the lead sees the
whole team. Double-click or Open shows one appraisal.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from models import appraisal
from models.appraisal import AppraisalRow, ItemKind, State
from models.errors import DeskError
from ui import notify
from ui.appraisal import text as t
from ui.appraisal.appraisal_dialog import AppraisalDialog
from ui.labels import role_label
from ui.session import Session
from ui.table_model import CENTER, Column, RowTableModel
from ui.table_view import build_table, select_key, selected_source_row

translate = QCoreApplication.translate  # lupdate knows calls named translate(context, text)


def kpi_average(row: AppraisalRow) -> float | None:
    known = [
        i.achievement for i in row.items if i.kind is ItemKind.KPI and i.achievement is not None
    ]
    return sum(known) / len(known) if known else None


def _columns() -> list[Column]:
    return [
        Column(translate("ListTab", "Member"), lambda r: r.member_name, chars=8),
        Column(translate("ListTab", "Role"), lambda r: role_label(r.role), chars=12),
        Column(
            translate("ListTab", "State"),
            lambda r: t.state_text(r.state),
            align=CENTER,
            chars=10,
            sort_key=lambda r: list(State).index(r.state),
        ),
        Column(
            translate("ListTab", "Total"),
            lambda r: t.total_text(r.total),
            align=CENTER,
            chars=7,
            sort_key=lambda r: -1 if r.total is None else int(r.total * 100),
        ),
        Column(
            translate("ListTab", "Grade"),
            lambda r: t.grade_text(r.grade, r.bands),
            align=CENTER,
            chars=8,
        ),
        Column(
            translate("ListTab", "KPIs achieved (avg.)"),
            lambda r: t.percent_text(kpi_average(r)),
            align=CENTER,
            chars=10,
        ),
        Column(
            translate("ListTab", "Interview"),
            lambda r: t.date_text(r.interview_on),
            align=CENTER,
            chars=10,
        ),
        Column(
            translate("ListTab", "Reward or penalty"), lambda r: t.reward_text(r.reward), chars=10
        ),
    ]


class ListTab(QWidget):
    """The cycle's appraisals that the acting member may see."""

    status_posted = Signal(str)

    def __init__(
        self, session: Session, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.today = today
        self.cycle_uid: str | None = None
        self.model = RowTableModel(_columns(), key=lambda r: r.uid)
        self.proxy, self.view = build_table(self, self.model)
        self.view.setObjectName("appraisal_table")
        self.summary = QLabel(self)
        self.open_button = QPushButton(self.tr("Open…"), self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.dialog: AppraisalDialog | None = None
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.open_button.clicked.connect(self.open_selected)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_cycle(self, cycle_uid: str | None) -> None:
        self.cycle_uid = cycle_uid
        self.refresh()

    def refresh(self) -> None:
        selected = self.current()
        rows: list[AppraisalRow] = []
        if self.cycle_uid is not None:
            try:
                rows = appraisal.list_appraisals(self.session.actor(), self.cycle_uid)
            except DeskError:
                rows = []  # not a member (yet): the page says so
        self.model.set_rows(rows)
        if selected is not None:
            select_key(self.view, self.proxy, self.model, selected.uid)
        counts = {s: sum(1 for r in rows if r.state is s) for s in State}
        parts = [f"{t.state_text(s)} {n}" for s, n in counts.items() if n]
        text = self.tr("%n appraisal(s)", "", len(rows))
        self.summary.setText(f"{text}：{'，'.join(parts)}" if parts else text)
        self._update_buttons()

    def current(self) -> AppraisalRow | None:
        row = selected_source_row(self.view, self.proxy)
        return self.model.row_at(row) if row is not None else None

    def select(self, member_name: str) -> bool:
        for r in self.model.rows():
            if r.member_name == member_name:
                return select_key(self.view, self.proxy, self.model, r.uid)
        return False

    @Slot()
    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.current() is not None)

    @Slot(QModelIndex)
    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        self.open_selected()

    @Slot()
    def open_selected(self) -> AppraisalDialog | None:
        row = self.current()
        if row is None:
            return None
        try:
            dialog = AppraisalDialog(self.session, row.uid, self.today, self)
        except DeskError as err:
            notify.desk_error(self, err)
            return None
        self.dialog = dialog
        dialog.open()
        return dialog
