"""The training trash: deleted courses, sessions, plans and records, to restore (R-4.2)."""

from __future__ import annotations

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

from models.errors import DeskError
from models.training import trash
from ui import events, notify
from ui.session import Session
from ui.table_model import Column, RowTableModel
from ui.training import text as t

KINDS = trash.KINDS


@dataclass(frozen=True)
class TrashRow:
    """Something in the trash, worded for the list."""

    uid: str
    name: str
    details: str
    deleted_at: str


def _row(item: trash.TrashItem) -> TrashRow:
    if item.kind == "course":
        details = t.category_text(item.category)
    elif item.kind == "training_plan":
        details = t.period_text(item.period)
    elif item.kind == "course_session":
        details = t.datetime_text(item.starts_at)
    else:
        details = f"{item.course_title} {t.datetime_text(item.starts_at)}"
    return TrashRow(item.uid, item.name, details, t.datetime_text(item.deleted_at))


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
        self.model.set_rows([_row(item) for item in trash.list_trash(self.kind())])
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
            trash.restore(self.session.actor(), self.kind(), row.uid)
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
