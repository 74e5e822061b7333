"""The training trash: deleted courses, sessions, plans and records, to restore (R-4.2)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models import training
from models.base import Actor
from models.errors import DeskError
from models.team import Member
from models.training import Course, CourseSession, TrainingPlan, TrainingRecord
from ui import events, notify
from ui.session import Session
from ui.table_model import Column, RowTableModel
from ui.training import text as t

KINDS = ("course", "course_session", "training_plan", "training_record")


@dataclass(frozen=True)
class TrashRow:
    """Something in the trash, worded for the list."""

    uid: str
    name: str
    details: str
    deleted_at: str


# The core has no "list the training trash" view yet (team has team.list_trash); these
# read-only listings stand in for it until models.training offers one.
def _courses() -> list[TrashRow]:
    query = Course.trashed().order_by(Course.deleted_at.desc())
    return [
        TrashRow(c.uid, c.title, t.category_text(c.category), _when(c.deleted_at)) for c in query
    ]


def _sessions() -> list[TrashRow]:
    query = (
        CourseSession.select(CourseSession, Course)
        .join(Course)
        .where(CourseSession.deleted_at.is_null(False))
        .order_by(CourseSession.deleted_at.desc())
    )
    return [
        TrashRow(s.uid, s.course.title, t.datetime_text(s.starts_at), _when(s.deleted_at))
        for s in query
    ]


def _plans() -> list[TrashRow]:
    query = TrainingPlan.trashed().order_by(TrainingPlan.deleted_at.desc())
    return [TrashRow(p.uid, p.title, t.period_text(p.period), _when(p.deleted_at)) for p in query]


def _records() -> list[TrashRow]:
    query = (
        TrainingRecord.select(TrainingRecord, CourseSession, Course, Member)
        .join(CourseSession)
        .join(Course)
        .switch(TrainingRecord)
        .join(Member)
        .where(TrainingRecord.deleted_at.is_null(False))
        .order_by(TrainingRecord.deleted_at.desc())
    )
    return [
        TrashRow(
            r.uid,
            r.member.name,
            f"{r.session.course.title} {t.datetime_text(r.session.starts_at)}",
            _when(r.deleted_at),
        )
        for r in query
    ]


def _when(value: object) -> str:
    return str(value)[:16]


LISTINGS: dict[str, Callable[[], list[TrashRow]]] = {
    "course": _courses,
    "course_session": _sessions,
    "training_plan": _plans,
    "training_record": _records,
}
RESTORE: dict[str, Callable[[Actor, str], None]] = {
    "course": training.restore_course,
    "course_session": training.restore_session,
    "training_plan": training.restore_plan,
    "training_record": training.restore_record,
}


class TrainingTrashDialog(QDialog):
    """Lists one kind of deleted training records; Restore brings one back."""

    def __init__(self, session: Session, kind: str = "course", parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Training trash"))
        intro = QLabel(
            self.tr(
                "Deleted training records wait here. Restore brings one back with everything "
                "that belongs to it."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.kind_combo = QComboBox(self)
        names = [self.tr("Courses"), self.tr("Sessions"), self.tr("Plans"), self.tr("Records")]
        for value, name in zip(KINDS, names, strict=True):
            self.kind_combo.addItem(name, value)
        self.kind_combo.setCurrentIndex(KINDS.index(kind))
        columns = [
            Column(self.tr("Name"), lambda r: r.name, chars=24),
            Column(self.tr("Details"), lambda r: r.details, chars=24),
            Column(self.tr("Deleted at"), lambda r: r.deleted_at, chars=16),
        ]
        self.model = RowTableModel(columns, key=lambda r: r.uid, parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel(self.tr("Nothing of this kind is in the trash."), self)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = QPushButton(self.tr("Restore"), self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.kind_combo.currentIndexChanged.connect(self.refresh)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:"), self))
        top.addWidget(self.kind_combo)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        self.resize(720, 380)

        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        events.hub().records_changed.connect(self._on_records_changed)
        self.refresh()

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    @Slot()
    def refresh(self) -> None:
        self.model.set_rows(LISTINGS[self.kind()]())
        self.empty_label.setVisible(self.model.rowCount() == 0)
        self._update_buttons()

    def select(self, uid: str) -> None:
        row = self.model.find(uid)
        if row is not None:
            self.table.selectRow(row)

    def selected(self) -> TrashRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    @Slot()
    def restore_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            RESTORE[self.kind()](self.session.actor(), row.uid)
        except DeskError as err:  # e.g. a new course took the title meanwhile
            notify.desk_error(self, err)
            return
        events.announce(self.kind())

    @Slot()
    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    @Slot(str)
    def _on_records_changed(self, kind: str) -> None:
        if events.concerns(kind, *KINDS):
            self.refresh()
