"""The performance interview (绩效面谈, R-4.3) in an appraisal: its notes and decision, the
development plan (action, owner, due date) and training needs linked to courses (R-4.2).

The notes are saved by the dialog's "Record interview" button; plan lines and needs are
written as soon as they are added or removed (each is its own record), then ``written``
asks the dialog to read the appraisal again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import appraisal, team, training
from models.appraisal import AppraisalRow, Reward
from models.errors import DeskError
from ui import notify
from ui.appraisal import text as t
from ui.session import Session

UID_ROLE = Qt.ItemDataRole.UserRole


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class InterviewForm(QWidget):
    """Notes, decision, plan and needs of one appraisal; editable by the lead only."""

    written = Signal()  # a plan line or a need was added, changed or removed

    def __init__(
        self, session: Session, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.today = today
        self.row: AppraisalRow | None = None

        self.held_on = QDateEdit(self)
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("yyyy-MM-dd")
        self.reward_combo = QComboBox(self)
        for reward in Reward:
            self.reward_combo.addItem(t.reward_text(reward), reward.value)
        self.reward_note = QLineEdit(self)
        self.reward_note.setPlaceholderText(self.tr("What was decided, e.g. a 10% bonus"))
        self.strengths = QPlainTextEdit(self)
        self.weaknesses = QPlainTextEdit(self)
        for edit in (self.strengths, self.weaknesses):
            edit.setFixedHeight(56)
        top = QHBoxLayout()
        top.addWidget(self.held_on)
        top.addWidget(self.reward_combo)
        top.addWidget(self.reward_note, 1)
        form = QFormLayout()
        form.addRow(self.tr("Held on / decision:"), top)
        form.addRow(self.tr("Strengths:"), self.strengths)
        form.addRow(self.tr("To improve:"), self.weaknesses)

        self.plan = QTableWidget(0, 4, self)
        self.plan.setHorizontalHeaderLabels(
            [self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Status")]
        )
        self.plan.verticalHeader().hide()
        self.plan.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plan.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.plan.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.action_edit = QLineEdit(self)
        self.action_edit.setPlaceholderText(self.tr("A new action of the plan"))
        self.owner_combo = QComboBox(self)
        self.due_edit = QDateEdit(self)
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        self.add_action_button = QPushButton(self.tr("Add"), self)
        self.done_button = QPushButton(self.tr("Done / Open"), self)
        self.remove_action_button = QPushButton(self.tr("Remove"), self)
        self.plan_adding = QWidget(self)
        adding = QHBoxLayout(self.plan_adding)
        adding.setContentsMargins(0, 0, 0, 0)
        adding.addWidget(self.action_edit, 1)
        adding.addWidget(self.owner_combo)
        adding.addWidget(self.due_edit)
        for button in (self.add_action_button, self.done_button, self.remove_action_button):
            adding.addWidget(button)
        plan_box = QGroupBox(self.tr("Development plan"), self)
        plan_layout = QVBoxLayout(plan_box)
        plan_layout.addWidget(self.plan)
        plan_layout.addWidget(self.plan_adding)

        self.needs = QListWidget(self)
        self.needs.setMaximumHeight(70)
        self.course_combo = QComboBox(self)
        self.topic_edit = QLineEdit(self)
        self.topic_edit.setPlaceholderText(self.tr("or a topic when no course fits"))
        self.add_need_button = QPushButton(self.tr("Add"), self)
        self.remove_need_button = QPushButton(self.tr("Remove"), self)
        self.need_adding = QWidget(self)
        need_row = QHBoxLayout(self.need_adding)
        need_row.setContentsMargins(0, 0, 0, 0)
        need_row.addWidget(self.course_combo, 1)
        need_row.addWidget(self.topic_edit, 1)
        need_row.addWidget(self.add_need_button)
        need_row.addWidget(self.remove_need_button)
        needs_box = QGroupBox(self.tr("Training needs"), self)
        needs_layout = QVBoxLayout(needs_box)
        needs_layout.addWidget(self.needs)
        needs_layout.addWidget(self.need_adding)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(plan_box, 1)
        layout.addWidget(needs_box)

        self.add_action_button.clicked.connect(self._on_add_action_button_clicked)
        self.done_button.clicked.connect(self._on_done_button_clicked)
        self.remove_action_button.clicked.connect(self._on_remove_action_button_clicked)
        self.add_need_button.clicked.connect(self._on_add_need_button_clicked)
        self.remove_need_button.clicked.connect(self._on_remove_need_button_clicked)

    # -- showing -----------------------------------------------------------------------------

    def set_row(self, row: AppraisalRow, *, editable: bool, notes: bool = True) -> None:
        """Show ``row``; ``notes`` false keeps the notes being typed (after a plan change)."""
        self.row = row
        if notes:
            self.held_on.setDate(to_qdate(row.interview_on or self.today()))
            self.reward_combo.setCurrentIndex(max(self.reward_combo.findData(row.reward.value), 0))
            self.reward_note.setText(row.reward_note)
            self.strengths.setPlainText(row.strengths)
            self.weaknesses.setPlainText(row.weaknesses)
        self.plan.setRowCount(len(row.actions))
        for r, action in enumerate(row.actions):
            status = self.tr("Done") if action.done else self.tr("Open")
            for c, text in enumerate(
                (action.action, action.owner_name, t.date_text(action.due_on), status)
            ):
                cell = QTableWidgetItem(text)
                cell.setData(UID_ROLE, action.uid)
                self.plan.setItem(r, c, cell)
        self.needs.clear()
        for need in row.needs:
            shown = need.course_title or need.topic
            if need.course_title and need.topic:
                shown = f"{need.course_title}（{need.topic}）"
            item = QListWidgetItem(shown, self.needs)
            item.setData(UID_ROLE, need.uid)
        if editable and self.owner_combo.count() == 0:
            self._fill_choices(row)
        # Read-only: the notes stay readable (not greyed out), the adding rows go away.
        for edit in (self.strengths, self.weaknesses):
            edit.setReadOnly(not editable)
        self.held_on.setReadOnly(not editable)
        self.reward_note.setReadOnly(not editable)
        self.reward_combo.setEnabled(editable)
        self.plan_adding.setVisible(editable)
        self.need_adding.setVisible(editable)

    def _fill_choices(self, row: AppraisalRow) -> None:
        """Owners (the member first), courses (those still due for the member first)."""
        self.owner_combo.addItem(row.member_name, row.member_uid)
        for m in team.list_members(include_inactive=False):
            if m.uid != row.member_uid:
                self.owner_combo.addItem(m.name, m.uid)
        self.due_edit.setDate(to_qdate(self.today()).addMonths(3))
        self.course_combo.addItem(self.tr("(no course)"), None)
        try:
            due = appraisal.suggested_courses(self.session.actor(), row.uid, self.today())
        except DeskError:
            due = []
        due_uids = {d.course_uid for d in due}
        for d in due:
            self.course_combo.addItem(
                self.tr("%1 (still due)").replace("%1", d.title), d.course_uid
            )
        for c in training.list_courses():
            if c.uid not in due_uids:
                self.course_combo.addItem(c.title, c.uid)

    def notes(self) -> dict[str, object]:
        """The interview's notes and decision as record_interview takes them."""
        return {
            "held_on": from_qdate(self.held_on.date()),
            "strengths": self.strengths.toPlainText(),
            "weaknesses": self.weaknesses.toPlainText(),
            "reward": str(self.reward_combo.currentData()),
            "reward_note": self.reward_note.text(),
        }

    # -- plan and needs ----------------------------------------------------------------------

    def _write(self, write: Callable[[], object]) -> bool:
        try:
            write()
        except DeskError as err:
            notify.desk_error(self, err)
            return False
        self.written.emit()
        return True

    def _selected_action(self) -> str | None:
        rows = self.plan.selectionModel().selectedRows()
        cell = self.plan.item(rows[0].row(), 0) if rows else None
        return str(cell.data(UID_ROLE)) if cell is not None else None

    @Slot()
    def _on_add_action_button_clicked(self) -> None:
        assert self.row is not None
        uid, actor = self.row.uid, self.session.actor()
        text, owner = self.action_edit.text(), self.owner_combo.currentData()
        due = from_qdate(self.due_edit.date())
        if self._write(lambda: appraisal.add_action(actor, uid, text, owner_uid=owner, due_on=due)):
            self.action_edit.clear()

    @Slot()
    def _on_done_button_clicked(self) -> None:
        uid = self._selected_action()
        if uid is None or self.row is None:
            return
        action = next(a for a in self.row.actions if a.uid == uid)
        actor = self.session.actor()
        self._write(lambda: appraisal.edit_action(actor, uid, action.version, done=not action.done))

    @Slot()
    def _on_remove_action_button_clicked(self) -> None:
        uid = self._selected_action()
        if uid is not None:
            actor = self.session.actor()
            self._write(lambda: appraisal.remove_action(actor, uid))

    @Slot()
    def _on_add_need_button_clicked(self) -> None:
        assert self.row is not None
        uid, actor = self.row.uid, self.session.actor()
        course, topic = self.course_combo.currentData(), self.topic_edit.text()
        if self._write(
            lambda: appraisal.add_training_need(actor, uid, course_uid=course, topic=topic)
        ):
            self.topic_edit.clear()
            self.course_combo.setCurrentIndex(0)

    @Slot()
    def _on_remove_need_button_clicked(self) -> None:
        item = self.needs.currentItem()
        if item is not None:
            uid, actor = str(item.data(UID_ROLE)), self.session.actor()
            self._write(lambda: appraisal.remove_training_need(actor, uid))
